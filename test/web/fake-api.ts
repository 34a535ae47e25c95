import { configure } from '@testing-library/react';
import { createApi, type Api } from '../../web/src/api/client.js';

// A fake server for component tests: the pages' generated client with a fetch that
// answers from a table of routes, recording every request the page sent.

// findBy… and waitFor wait up to 5 s: on a loaded 2-core machine a page's first render in a
// fresh test file can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

export type Route = (request: Request, body: unknown) => { status: number; body?: unknown; headers?: Record<string, string> };

export interface FakeApi {
  api: Api;
  sent: Array<{ method: string; path: string; body: unknown; headers: Headers }>;
}

export function fakeApi(kind: 'console' | 'portal', routes: Record<string, Route>): FakeApi {
  const sent: FakeApi['sent'] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    const text = request.method === 'GET' ? '' : await request.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    sent.push({ method: request.method, path, body, headers: request.headers });
    const route = routes[`${request.method} ${path}`];
    const answer = route === undefined ? { status: 404, body: { code: 'route_not_found', detail: `no route ${request.method} ${path}` } } : route(request, body);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status, headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
    });
  };
  return { api: createApi(kind, { baseUrl: 'http://localhost', fetch: fetcher }), sent };
}

export const problem = (status: number, code: string, detail: string) => ({ status, body: { type: 'about:blank', title: 'x', status, code, detail } });
