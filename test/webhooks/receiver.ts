import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server that receives webhooks: it records every request and answers with
// whatever the test's `answer` says (a status code, or 'hang' to never answer).

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

export interface Receiver {
  url: string;
  received: Received[];
  answer: (request: Received, index: number) => number | 'hang';
  /** How long each answer takes. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const hanging: Array<() => void> = [];
  const receiver = { received: [] as Received[], answer: () => 204, delayMs: 0 } as unknown as Receiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry = { headers: request.headers, body, json: JSON.parse(body) };
      const index = receiver.received.push(entry) - 1;
      const status = receiver.answer(entry, index);
      if (status === 'hang') {
        hanging.push(() => response.destroy());
        return;
      }
      setTimeout(() => response.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}${path}`;
  receiver.close = async () => {
    for (const release of hanging) release();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}
