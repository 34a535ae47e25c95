import type { Config } from '../config.js';

export async function seedDemo(_config: Config, _options: { orders: number }): Promise<void> {
  throw new Error('not yet');
}
