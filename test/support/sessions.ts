import type { LightMyRequestResponse } from 'fastify';

/** The `name=value` of the first cookie an answer sets (a console or portal session). */
export function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (first === undefined) throw new Error(`no cookie in ${response.statusCode} ${response.body}`);
  return first.split(';')[0] ?? '';
}
