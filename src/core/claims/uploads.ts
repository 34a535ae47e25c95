import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor } from '../../domain/actor.js';
import type { Upload } from '../../domain/claim/upload.js';
import { refuse } from '../../domain/refusal.js';
import * as uploads from '../../store/uploads.js';
import { authorize, customerScope, storeOf } from '../access.js';
import type { Core } from '../core.js';

// Evidence photos uploaded through the web pages. The bytes go to a folder on disk (by
// default beside the PGlite data folder), the facts to the uploads table. A file is
// accepted only when its first bytes match the image type it claims to be, and while the
// customer's and the store's uploads fit their quotas (core.config.uploadQuotas). An upload
// no claim ever names is deleted a day later (housekeeping).

export const UPLOAD_BYTES_MAX = 8 * 1024 * 1024;

const IMAGE_TYPES = {
  'image/jpeg': { extension: 'jpg', matches: (bytes: Buffer) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  'image/png': { extension: 'png', matches: (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  'image/webp': { extension: 'webp', matches: (bytes: Buffer) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP' },
} as const;

export type ImageType = keyof typeof IMAGE_TYPES;
export const IMAGE_CONTENT_TYPES = Object.keys(IMAGE_TYPES) as ImageType[];

function isImageType(value: string): value is ImageType {
  return Object.hasOwn(IMAGE_TYPES, value);
}

export async function storeUpload(core: Core, actor: Actor, folder: string, input: { contentType: string; bytes: Buffer }): Promise<Upload> {
  authorize(actor, 'claims.converse');
  const storeId = storeOf(actor);
  const contentType = input.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!isImageType(contentType)) refuse({ code: 'invalid_input', message: `an upload must be one of ${IMAGE_CONTENT_TYPES.join(', ')}`, path: '/headers/content-type' });
  if (input.bytes.length === 0) refuse({ code: 'invalid_input', message: 'the upload is empty', path: '/body' });
  if (input.bytes.length > UPLOAD_BYTES_MAX) refuse({ code: 'invalid_input', message: `an upload may have at most ${UPLOAD_BYTES_MAX} bytes`, path: '/body' });
  const type = IMAGE_TYPES[contentType];
  if (!type.matches(input.bytes)) refuse({ code: 'invalid_input', message: `the file is not a ${contentType} image`, path: '/body' });

  const uuid = core.newId();
  const path = join(String(storeId), `${uuid}.${type.extension}`);
  const customerId = customerScope(actor) ?? null;
  const quotas = core.config.uploadQuotas;
  await mkdir(join(folder, String(storeId)), { recursive: true });
  // The quota is weighed under the store's row lock, so parallel uploads cannot all fit in
  // the same room; the file is written inside the transaction and removed if it rolls back.
  try {
    return await core.db.transaction().execute(async (trx) => {
      if (!(await uploads.lockStoreForUpload(trx, storeId))) refuse({ code: 'not_found', entity: 'store', id: storeId });
      const used = await uploads.sumUploadBytes(trx, storeId, customerId);
      if (customerId !== null && used.customer + input.bytes.length > quotas.perCustomerBytes) {
        refuse({ code: 'invalid_input', message: `this customer's uploads would pass their quota of ${quotas.perCustomerBytes} bytes`, path: '/body' });
      }
      if (used.store + input.bytes.length > quotas.perStoreBytes) {
        refuse({ code: 'invalid_input', message: `the store's uploads would pass its quota of ${quotas.perStoreBytes} bytes`, path: '/body' });
      }
      await writeFile(join(folder, path), input.bytes, { flag: 'wx', mode: 0o600 });
      return uploads.insertUpload(trx, {
        uuid, storeId, customerId, contentType, sizeBytes: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'), path, createdAt: core.clock(),
      });
    });
  } catch (error) {
    await rm(join(folder, path), { force: true });
    throw error;
  }
}

export const UNATTACHED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** Deletes uploads never attached to a claim (nor to a message) a day after they came; how many went. */
export async function deleteUnattachedUploads(core: Core, folder: string, limit = 1000): Promise<number> {
  const stale = await uploads.listUnattachedUploads(core.db, new Date(core.clock().getTime() - UNATTACHED_UPLOAD_TTL_MS), limit);
  await uploads.deleteUploads(core.db, stale.map((upload) => upload.id));
  for (const upload of stale) await rm(join(folder, upload.path), { force: true });
  return stale.length;
}

/** An upload and its bytes: any of the store's for a merchant, only their own for a customer. */
export async function readUpload(core: Core, actor: Actor, folder: string, uuid: string): Promise<{ upload: Upload; bytes: Buffer }> {
  authorize(actor, 'claims.read');
  const upload = await uploads.findUpload(core.db, storeOf(actor), uuid);
  const ownCustomer = customerScope(actor);
  if (upload === undefined || (ownCustomer !== undefined && upload.customerId !== ownCustomer)) refuse({ code: 'not_found', entity: 'claim', id: uuid });
  return { upload, bytes: await readFile(join(folder, upload.path)) };
}
