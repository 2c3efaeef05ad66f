// Pushes the main process's events (`data:changed`, `app:navigate`, `app:notice`) to every open page, as
// Server-Sent Events over a response the page keeps open. The page reads it with fetch rather than EventSource,
// because EventSource cannot send the API header every call must carry.
import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../../shared/contract';

/** A comment line now and then keeps idle connections from being dropped by anything in between. */
const keepAliveMs = 25_000;

export interface EventStreams {
  /** Takes over a response for good: it stays open until the page goes or `closeAll` is called. */
  attach(response: ServerResponse): void;
  broadcast<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Pages currently listening. */
  count(): number;
  closeAll(): void;
}

export function createEventStreams(): EventStreams {
  const open = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const response of open) response.write(': keep-alive\n\n');
  }, keepAliveMs);
  keepAlive.unref();

  return {
    attach(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // The page knows it is connected once this arrives, before any event.
      response.write(': connected\n\n');
      open.add(response);
      response.on('close', () => open.delete(response));
    },
    broadcast(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const response of open) response.write(frame);
    },
    count: () => open.size,
    closeAll() {
      clearInterval(keepAlive);
      for (const response of open) response.end();
      open.clear();
    },
  };
}
