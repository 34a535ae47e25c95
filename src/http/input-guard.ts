import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RefusalError } from '../domain/refusal.js';

// Input no door can store or compare, refused once for every door before any of them runs
// (each renders the refusal in its own shape): NUL and the other C0 control characters
// (tab, line feed and carriage return stay) and lone UTF-16 surrogates in any string or key
// of a body, a query or a path; numbers beyond ±(2^53 − 1), which neither a JSON reader nor
// a bigint column keeps; and bodies nested deeper than MAX_DEPTH. The walk is a loop, not a
// recursion, so no depth overflows a stack.

export const MAX_DEPTH = 64;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LONE_SURROGATE = /\p{Cs}/u;

export type InputProblem = { path: string; message: string };

function stringProblem(value: string): string | undefined {
  if (CONTROL.test(value)) return value.includes('\u0000') ? 'must not contain a NUL character' : 'must not contain control characters';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (a lone surrogate is not)';
  return undefined;
}

const pointer = (path: string, key: string | number) => `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** The first thing in `value` no door may take, with its JSON pointer under `root`; undefined when all is well. */
export function findInputProblem(value: unknown, root: string, options: { numbers?: boolean } = {}): InputProblem | undefined {
  const checkNumbers = options.numbers ?? true;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: item, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item === 'string') {
      const problem = stringProblem(item);
      if (problem !== undefined) return { path: path === '' ? '/' : path, message: problem };
    } else if (typeof item === 'number') {
      if (checkNumbers && !(Math.abs(item) <= Number.MAX_SAFE_INTEGER)) return { path: path === '' ? '/' : path, message: `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` };
    } else if (item !== null && typeof item === 'object') {
      if (depth >= MAX_DEPTH) return { path: path === '' ? '/' : path, message: `is nested deeper than ${MAX_DEPTH} levels` };
      if (Array.isArray(item)) {
        for (let index = item.length - 1; index >= 0; index -= 1) stack.push({ value: item[index], path: pointer(path, index), depth: depth + 1 });
      } else {
        const entries = Object.entries(item as Record<string, unknown>);
        for (let index = entries.length - 1; index >= 0; index -= 1) {
          const [key, child] = entries[index] as [string, unknown];
          const keyProblem = stringProblem(key);
          if (keyProblem !== undefined) return { path: path === '' ? '/' : path, message: `has a key that ${keyProblem}` };
          stack.push({ value: child, path: pointer(path, key), depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}

function refuseProblem(problem: InputProblem | undefined): void {
  if (problem !== undefined) throw new RefusalError({ code: 'invalid_input', message: `${problem.path} ${problem.message}`, path: problem.path });
}

function check(request: FastifyRequest, options: { numbers: boolean; body: boolean }): void {
  refuseProblem(findInputProblem(request.params, '/params', options));
  refuseProblem(findInputProblem(request.query, '/query', options));
  if (options.body) refuseProblem(findInputProblem(request.body, '', options));
}

/**
 * On every route of the app: strings, keys and depth before validation (so no validator or
 * door meets them), and again after it for numbers, which a schema may have made of a query
 * string ("?after_id=1e20").
 */
export function useInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => check(request, { numbers: true, body: true }));
  app.addHook('preHandler', async (request) => check(request, { numbers: true, body: false }));
}
