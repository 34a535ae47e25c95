// A console user's role, read from a select's value.

export type Role = 'owner' | 'agent' | 'viewer';

export function roleOf(value: string): Role {
  return value === 'owner' ? 'owner' : value === 'viewer' ? 'viewer' : 'agent';
}
