// The shell's event hub over real HTTP responses: pages that listen get every event, pages that go are forgotten.
import { once } from 'node:events';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventStreams, type EventStreams } from '../../../../electron/web/event-stream';
import { takeFrames, type StreamFrame } from '../../../../electron/web/page/event-stream-reader';

let server: Server | undefined;
let streams: EventStreams | undefined;

afterEach(async () => {
  streams?.closeAll();
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = undefined;
  streams = undefined;
});

interface Listener {
  response: IncomingMessage;
  text(): string;
  frames(): StreamFrame[];
  /** Resolves once the text received so far satisfies `done`. */
  until(done: (text: string) => boolean): Promise<void>;
}

async function listen(port: number): Promise<Listener> {
  const [response] = (await once(get(`http://127.0.0.1:${port}/`), 'response')) as [IncomingMessage];
  let text = '';
  const waiting = new Set<() => void>();
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    text += chunk;
    for (const check of waiting) check();
  });
  return {
    response,
    text: () => text,
    frames: () => takeFrames(text).frames,
    until: (done) =>
      new Promise((resolve) => {
        const check = () => {
          if (!done(text)) return;
          waiting.delete(check);
          resolve();
        };
        waiting.add(check);
        check();
      }),
  };
}

async function startHub() {
  const hub = createEventStreams();
  streams = hub;
  server = createServer((_request, response) => hub.attach(response));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { hub, port: (server.address() as AddressInfo).port };
}

describe('event streams', () => {
  it('greets each page, sends every event to all of them and forgets a page that goes', async () => {
    const { hub, port } = await startHub();
    const first = await listen(port);
    const second = await listen(port);
    expect(first.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await Promise.all([first.until((text) => text.startsWith(': connected\n\n')), second.until((text) => text.startsWith(': connected\n\n'))]);
    expect(hub.count()).toBe(2);

    hub.broadcast('data:changed', { collections: ['contacts'] });
    await Promise.all([first.until((text) => text.includes('data:changed')), second.until((text) => text.includes('data:changed'))]);
    expect(first.frames()).toEqual([{ event: 'data:changed', data: { collections: ['contacts'] } }]);
    expect(second.frames()).toEqual(first.frames());

    first.response.destroy();
    // The server learns of it when the socket closes; look again until then (bounded by the test's timeout).
    await new Promise<void>((resolve) => {
      const check = () => (hub.count() === 1 ? resolve() : setTimeout(check, 10));
      check();
    });
    hub.broadcast('app:navigate', { hash: '#/today' });
    await second.until((text) => text.includes('app:navigate'));
    expect(second.frames().at(-1)).toEqual({ event: 'app:navigate', data: { hash: '#/today' } });
  });

  it('ends every stream when closed', async () => {
    const { hub, port } = await startHub();
    const page = await listen(port);
    await page.until((text) => text.includes('connected'));
    const ended = once(page.response, 'end');
    hub.closeAll();
    await ended;
    expect(hub.count()).toBe(0);
  });
});
