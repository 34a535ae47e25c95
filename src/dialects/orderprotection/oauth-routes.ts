import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../../core/core.js';
import { issueAccessToken, revokeAccessToken, type ClientCredentials } from '../../core/identity/oauth-tokens.js';

// POST /v1/oauth/token (client-credentials grant) and POST /v1/oauth/revoke. The client
// authenticates with its own credentials, so these routes sit outside the bearer hook.
// Errors carry OAuth's codes (RFC 6749 §5.2) in `error`, beside the door's statusCode/message.

type Params = Record<string, string | string[]>;

const FIELD_LENGTH_MAX = 1024;

function oauthError(reply: FastifyReply, statusCode: number, error: string, description: string): FastifyReply {
  if (error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="oauth"');
  return reply.code(statusCode).header('cache-control', 'no-store')
    .send({ statusCode, message: description, error, error_description: description });
}

function paramsOf(body: unknown): Params {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  const params: Params = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') params[name] = value;
    else if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) params[name] = value;
  }
  return params;
}

function one(params: Params, name: string): string | undefined {
  const value = params[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' || text.length > FIELD_LENGTH_MAX ? undefined : text;
}

/** client_id/client_secret from the body, or HTTP Basic (RFC 6749 §2.3.1). */
function credentialsOf(request: FastifyRequest, params: Params): ClientCredentials | undefined {
  const inBody = { clientId: one(params, 'client_id'), clientSecret: one(params, 'client_secret') };
  if (inBody.clientId !== undefined && inBody.clientSecret !== undefined) return { clientId: inBody.clientId, clientSecret: inBody.clientSecret };
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(request.headers.authorization ?? '');
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  const clientId = decodeFormPart(decoded.slice(0, colon));
  const clientSecret = decodeFormPart(decoded.slice(colon + 1));
  return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret };
}

/** Basic credentials are form-encoded first (RFC 6749 §2.3.1); a malformed one is no credential. */
function decodeFormPart(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/** `scopes` (a list, or space/comma separated), `scopes[]` from a form, or the standard `scope`. */
function scopesOf(params: Params): string[] {
  const raw = [params.scopes, params['scopes[]'], params.scope].flatMap((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
  return raw.flatMap((value) => value.split(/[\s,]+/)).filter((scope) => scope !== '');
}

function parseForm(body: string): Params {
  const params: Params = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = params[name];
    params[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

export const oauthRoutes: FastifyPluginAsync<{ core: Core }> = async (app, { core }) => {
  // OAuth clients send forms (RFC 6749 §4.4.2); JSON is accepted as well.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseForm(typeof body === 'string' ? body : body.toString('utf8')));
  });

  app.post('/v1/oauth/token', async (request, reply) => {
    const params = paramsOf(request.body);
    const grantType = one(params, 'grant_type');
    if (grantType === undefined) return oauthError(reply, 400, 'invalid_request', 'grant_type is required');
    if (grantType !== 'client_credentials') return oauthError(reply, 400, 'unsupported_grant_type', `grant_type ${grantType} is not supported; use client_credentials`);
    const credentials = credentialsOf(request, params);
    if (credentials === undefined) return oauthError(reply, 401, 'invalid_client', 'client_id and client_secret are required');
    const grant = await issueAccessToken(core, { ...credentials, scopes: scopesOf(params) });
    if (!grant.ok) return oauthError(reply, grant.error === 'invalid_client' ? 401 : 400, grant.error, grant.description);
    return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').send({
      access_token: grant.accessToken, token_type: 'Bearer', expires_in: grant.expiresInSeconds, scope: grant.scopes.join(' '),
    });
  });

  app.post('/v1/oauth/revoke', async (request, reply) => {
    const params = paramsOf(request.body);
    const token = one(params, 'token');
    if (token === undefined) return oauthError(reply, 400, 'invalid_request', 'token is required');
    const credentials = credentialsOf(request, params);
    if (credentials === undefined) return oauthError(reply, 401, 'invalid_client', 'client_id and client_secret are required');
    const result = await revokeAccessToken(core, { ...credentials, token });
    if (!result.ok) return oauthError(reply, 401, result.error, result.description);
    return reply.send({});
  });
};
