import type { Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import type { Store } from '../../domain/store.js';
import * as stores from '../../store/stores.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

export interface CreateStoreInput {
  name: string;
  code: string;
  currency: string;
  languages?: string[];
}

export async function createStore(core: Core, actor: Actor, input: CreateStoreInput): Promise<Store> {
  authorize(actor, 'store.create');
  const store = await stores.insertStore(core.db, {
    uuid: core.newId(), code: input.code, name: input.name, currency: input.currency.toUpperCase(),
    languages: (input.languages ?? ['en-us']).map((language) => language.toLowerCase()),
  });
  if (store === undefined) refuse({ code: 'conflict', entity: 'store', message: `a store with code ${input.code} already exists` });
  return store;
}

export async function getStore(core: Core, actor: Actor, storeId: number): Promise<Store> {
  authorize(actor, 'store.read');
  const store = await stores.findStore(core.db, storeOf(actor, storeId));
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id: storeId });
  return store;
}

export async function listStores(core: Core, actor: Actor, page: { afterId: number; limit: number }): Promise<Store[]> {
  authorize(actor, 'store.read');
  if (actor.role !== 'admin') {
    const own = await stores.findStore(core.db, storeOf(actor));
    return own === undefined || own.id <= page.afterId ? [] : [own];
  }
  return stores.listStores(core.db, page);
}

/** Resolves a store code (OrderProtection's storeId) for an actor allowed to see it. */
export async function findStoreForActor(core: Core, actor: Actor, storeId?: number): Promise<Store> {
  authorize(actor, 'store.read');
  const id = storeOf(actor, storeId);
  const store = await stores.findStore(core.db, id);
  if (store === undefined) refuse({ code: 'not_found', entity: 'store', id });
  return store;
}
