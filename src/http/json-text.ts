import type { FastifyReply } from 'fastify';

/**
 * Sends JSON a door already holds as text (a page the database rendered): Fastify passes a
 * string with a JSON content type through unserialised, under the route's response schema,
 * which still documents the shape.
 */
export function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}
