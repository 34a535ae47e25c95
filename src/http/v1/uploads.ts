import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { uploadsFolder } from '../../config.js';
import { publicLink } from '../public-origin.js';
import type { Core } from '../../core/core.js';
import { IMAGE_CONTENT_TYPES, readUpload, storeUpload, UPLOAD_BYTES_MAX } from '../../core/claims/uploads.js';
import { BinaryContent, withErrors } from './schemas.js';

// Evidence photos: POST the image bytes as the body (Content-Type image/jpeg, image/png or
// image/webp), get back a URL to put in a claim's evidence. Reading needs the same store
// (and, for a customer, the same customer).

const UploadSchema = Type.Object({
  id: Type.String(), url: Type.String(), content_type: Type.String(), size: Type.Integer(), sha256: Type.String(), created_at: Type.String(),
}, { $id: 'Upload' });

export const uploadRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  const folder = uploadsFolder();
  // Only this plugin reads raw image bodies; the rest of the API stays JSON.
  for (const type of IMAGE_CONTENT_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: UPLOAD_BYTES_MAX }, (_request, body, done) => done(null, body));
  }

  app.post('/uploads', {
    bodyLimit: UPLOAD_BYTES_MAX,
    schema: {
      operationId: 'createUpload',
      tags: ['uploads'], summary: `Upload an evidence photo (${IMAGE_CONTENT_TYPES.join(', ')}, at most ${UPLOAD_BYTES_MAX} bytes)`,
      body: { content: Object.fromEntries(IMAGE_CONTENT_TYPES.map((type) => [type, { schema: Type.Unknown({ description: 'the image bytes' }) }])) },
      response: withErrors({ 201: UploadSchema }),
    },
  }, async (request, reply) => {
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const upload = await storeUpload(core, request.actor, folder, { contentType: request.headers['content-type'] ?? '', bytes });
    return reply.code(201).send({
      id: upload.uuid, url: publicLink(request, `/v1/uploads/${upload.uuid}`).toString(), content_type: upload.contentType,
      size: upload.sizeBytes, sha256: upload.sha256, created_at: upload.createdAt.toISOString(),
    });
  });

  app.get('/uploads/:id', {
    schema: {
      operationId: 'getUpload', tags: ['uploads'], summary: 'The bytes of an uploaded photo', params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      response: withErrors({
        200: BinaryContent(IMAGE_CONTENT_TYPES, 'The photo, in the type it was uploaded as'),
      }),
    },
  }, async (request, reply) => {
    const { upload, bytes } = await readUpload(core, request.actor, folder, request.params.id);
    return reply.type(upload.contentType).header('cache-control', 'private, max-age=86400').header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'").send(bytes);
  });
};
