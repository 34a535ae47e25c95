import type { ApiKey } from '../../domain/access/api-key.js';

// Every request presents a key, and looking it up is one statement of the dozen a list
// page costs. Found keys are kept here for a few seconds, by the hash of their secret (the
// secret itself is never kept). Revoking a key forgets it at once in this process; another
// process sharing the database stops accepting it within KEY_CACHE_TTL_MS. Expiry is checked
// against the clock on every request, cached or not. Unknown keys are never cached, so
// guessing cannot fill the cache.

export const KEY_CACHE_TTL_MS = 5_000;
const KEY_CACHE_MAX = 10_000;

type FoundKey = ApiKey & { keyHash: string };

export class KeyCache {
  readonly #entries = new Map<string, { key: FoundKey; until: number }>();

  constructor(private readonly ttlMs = KEY_CACHE_TTL_MS) {}

  get(keyHash: string, now: number): FoundKey | undefined {
    const entry = this.#entries.get(keyHash);
    if (entry === undefined) return undefined;
    if (entry.until <= now) {
      this.#entries.delete(keyHash);
      return undefined;
    }
    return entry.key;
  }

  set(key: FoundKey, now: number): void {
    if (this.ttlMs <= 0) return;
    // A Map iterates in insertion order: the first entry is the oldest.
    if (this.#entries.size >= KEY_CACHE_MAX) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(key.keyHash, { key, until: now + this.ttlMs });
  }

  forget(keyId: number): void {
    for (const [hash, entry] of this.#entries) if (entry.key.id === keyId) this.#entries.delete(hash);
  }
}
