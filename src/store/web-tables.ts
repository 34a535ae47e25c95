import type { ColumnType, Generated, Kysely } from 'kysely';
import type { UserRole } from '../domain/access/user.js';
import type { DB } from './schema.js';

// The tables of migrations 0006 (users, web sessions, uploads) and 0010 (attempts).

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

interface UsersTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  api_key_id: number;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  /** Emails about claims assigned to this user (migration 0013). */
  notify_assigned: ColumnType<boolean, boolean | undefined, boolean>;
}

interface WebSessionsTable {
  id: Generated<number>;
  store_id: number;
  kind: 'console' | 'portal';
  token_hash: string;
  user_id: number | null;
  customer_id: number | null;
  order_id: number | null;
  api_key_id: number;
  expires_at: Date;
  created_at: CreatedAt;
}

interface AttemptsTable {
  id: Generated<number>;
  bucket: string;
  at: Date;
}

interface UploadsTable {
  id: Generated<number>;
  store_id: number;
  uuid: string;
  customer_id: number | null;
  content_type: string;
  size_bytes: number;
  sha256: string;
  path: string;
  created_at: CreatedAt;
}

export type WebTables = {
  users: UsersTable;
  web_sessions: WebSessionsTable;
  attempts: AttemptsTable;
  uploads: UploadsTable;
};

export function withWebTables(db: Kysely<DB>): Kysely<DB & WebTables> {
  return db.withTables<WebTables>();
}
