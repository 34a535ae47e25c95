import type { FastifyInstance } from 'fastify';

/**
 * Action routes of the DRF-style doors (`POST …/reject/`) document no body; a client that
 * still sends `Content-Type: application/json` may send nothing. An empty JSON body reads
 * as `{}` on POST (and as no body otherwise) instead of a parse error.
 */
export function acceptEmptyJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const source = typeof body === 'string' ? body : body.toString('utf8');
    if (source.trim() === '') return done(null, undefined);
    return parseJson(request, source, done);
  });
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.method === 'POST') request.body = {};
  });
}
