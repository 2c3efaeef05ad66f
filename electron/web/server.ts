// The browser shell's HTTP server on the loopback interface: the built renderer, the page bridge that gives it
// `window.plausch`, one POST route per contract channel and the event stream. Every request passes request-guard.ts
// first; nothing outside the renderer bundle is ever served.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import type { Envelope } from '../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../shared/transfer';
import type { Language } from '../../shared/model';
import type { Logger } from '../main/store/types';
import { contentTypeOf, resolveBundleFile } from './bundle-files';
import type { EventStreams } from './event-stream';
import { say } from './messages';
import {
  checkAddressing,
  checkApiCall,
  createSessionKeys,
  hasSession,
  sameSecret,
  sessionCookie,
  type GuardContext,
  type Refusal,
} from './request-guard';

/** The largest call is an import: the file in base64, plus room for its name and the JSON around it. */
export const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES + 16) / 3) * 4 + 64 * 1024;

interface RouterLike {
  handle(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

export interface ShellServerOptions {
  router: RouterLike;
  streams: EventStreams;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** The built page bridge (`out/web/plausch-web.js`). */
  bridgeFile: string;
  language: Language;
  log: Logger;
}

export interface ShellServer {
  /** The address that opens Plausch: it carries the secret, which the server trades for the session cookie. */
  openUrl(hash?: string): string;
  close(): Promise<void>;
}

const refusalStatus: Record<Refusal, number> = { foreignHost: 421, foreignOrigin: 403, noSession: 401, noApiHeader: 403 };

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The page as the renderer built it, with the bridge loaded first; its own CSP, which the header repeats. */
async function loadPage(rendererDir: string, bridgeName: string): Promise<{ html: string; csp: string }> {
  const built = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(built)?.[1];
  if (!csp) throw new Error(`${rendererDir}/index.html has no Content-Security-Policy`);
  const at = built.indexOf('<script');
  if (at < 0) throw new Error(`${rendererDir}/index.html loads no script`);
  // A classic script runs before the page's module scripts, so `window.plausch` exists when the app starts.
  const html = `${built.slice(0, at)}<script src="./${bridgeName}"></script>\n    ${built.slice(at)}`;
  return { html, csp: `${csp}; frame-ancestors 'none'` };
}

type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413 };

function readBody(request: IncomingMessage): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop reading what could be endless; the answer goes out and the connection closes after it.
        request.pause();
        finish({ ok: false, status: 413 });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', () => finish({ ok: false, status: 400 }));
  });
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>, closeAfter = false): void {
  response.writeHead(status, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    ...(closeAfter ? { connection: 'close' } : {}),
  });
  response.end(JSON.stringify(envelope), () => {
    if (closeAfter) response.socket?.destroy();
  });
}

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8', ...extra });
  response.end(text);
}

export async function startShellServer({ router, streams, rendererDir, bridgeFile, language, log }: ShellServerOptions): Promise<ShellServer> {
  const bridgeName = basename(bridgeFile);
  const page = await loadPage(rendererDir, bridgeName);

  const refuse = (request: IncomingMessage, response: ServerResponse, refusal: Refusal, path: string) => {
    // The path only, never the query: an address with a wrong secret must not end up in a log either.
    log.warn('browser shell: request refused', { refusal, method: request.method, path });
    if (path.startsWith('/api/')) {
      sendEnvelope(response, refusalStatus[refusal], { ok: false, error: { code: 'forbiddenSender' } });
    } else {
      sendText(response, refusalStatus[refusal], say(language, 'refusedPage'));
    }
  };

  const serveFile = async (request: IncomingMessage, response: ServerResponse, path: string, guard: GuardContext) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, '', { allow: 'GET, HEAD' });
      return;
    }
    if (!hasSession(request.headers, guard.keys)) {
      refuse(request, response, 'noSession', path);
      return;
    }
    const headers = { ...securityHeaders, 'content-security-policy': page.csp };
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : page.html);
      return;
    }
    const file = path === `/${bridgeName}` ? bridgeFile : await resolveBundleFile(rendererDir, path);
    if (!file) {
      sendText(response, 404, '');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': contentTypeOf(file) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).on('error', () => response.destroy()).pipe(response);
  };

  const callChannel = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
      sendEnvelope(response, 415, { ok: false, error: { code: 'invalidInput' } });
      return;
    }
    const body = await readBody(request);
    if (!body.ok) {
      sendEnvelope(response, body.status, { ok: false, error: { code: 'invalidInput' } }, body.status === 413);
      return;
    }
    let payload: unknown;
    try {
      const parsed: unknown = JSON.parse(body.text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError('not an object');
      payload = (parsed as { payload?: unknown }).payload;
    } catch {
      sendEnvelope(response, 400, { ok: false, error: { code: 'invalidInput' } });
      return;
    }
    try {
      sendEnvelope(response, 200, await router.handle(channel, payload));
    } catch (error) {
      log.error('browser shell: router threw', { channel, error });
      sendEnvelope(response, 500, { ok: false, error: { code: 'internal' } });
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, guard: GuardContext) => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://${guard.host}`);
    } catch {
      // A target such as `//` or `//x:99999/` reads as an address with a broken host: a bad request, not our failure.
      return sendText(response, 400, '');
    }
    const path = url.pathname;
    const addressing = checkAddressing(request.headers, guard);
    if (addressing) return refuse(request, response, addressing, path);

    if (path === '/open') {
      if (request.method !== 'GET' || !sameSecret(url.searchParams.get('key'), guard.keys.secret)) {
        return refuse(request, response, 'noSession', path);
      }
      // The address bar keeps the `#/…` route across the redirect; the secret leaves it.
      response.writeHead(303, { ...securityHeaders, location: '/', 'set-cookie': sessionCookie(guard.keys) });
      response.end();
      return;
    }
    if (path.startsWith('/api/')) {
      const refusal = checkApiCall(request.headers, guard);
      if (refusal) return refuse(request, response, refusal, path);
      if (path === '/api/events' && request.method === 'GET') return streams.attach(response);
      if (request.method !== 'POST') return sendEnvelope(response, 405, { ok: false, error: { code: 'unknownChannel' } });
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return sendEnvelope(response, 400, { ok: false, error: { code: 'unknownChannel' } });
      }
      return callChannel(request, response, channel);
    }
    return serveFile(request, response, path, guard);
  };

  const server: Server = createServer();
  // Loopback only: nothing on the network can reach the journal.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const keys = createSessionKeys(port);
  const context: GuardContext = { host: `127.0.0.1:${port}`, keys };
  // Requests are answered from here on: the port, and with it every key, is known only now.
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response, context).catch((error: unknown) => {
      log.error('browser shell: request failed', error);
      if (!response.headersSent) sendText(response, 500, '');
      else response.destroy();
    });
  });

  return {
    openUrl: (hash = '') => `http://127.0.0.1:${port}/open?key=${keys.secret}${hash}`,
    close: () =>
      new Promise<void>((resolve) => {
        streams.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
