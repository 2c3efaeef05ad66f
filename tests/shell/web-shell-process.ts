// Helpers for running the built browser shell (`out/web/index.js`) and the `npm start` launcher as processes of their
// own and talking to them over real HTTP with `node:http`, which, unlike fetch, sends whatever Host, Origin and Cookie
// a test asks for. Every wait is for output or an event; the bounds only stop a test that would otherwise hang.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const webEntry = join(repoRoot, 'out', 'web', 'index.js');
export const launcherEntry = join(repoRoot, 'electron', 'start', 'index.mjs');
export const rendererDir = join(repoRoot, 'out', 'renderer');

/** The instant every shell's clock stands at. */
export const now = '2026-12-02T09:30:00.000Z';

/** Longer than anything should take on a slow, busy machine; reached only when something hangs. */
export const upperBoundMs = 30_000;

const addressLine = /^http:\/\/127\.0\.0\.1:(\d+)\/open\?key=([\w-]+)$/m;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match in stdout, at once if it is there already; rejects if the process ends first. */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<Exit>;
  isRunning(): boolean;
  /** Sends a signal to the process, or to its whole process group when it was started as a group of its own. */
  signal(signal: NodeJS.Signals): void;
}

function withBound<T>(promise: Promise<T>, what: string, details: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up waiting for ${what} after ${upperBoundMs} ms\n${details()}`)), upperBoundMs);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** An environment without the caller's locale, data folder, clock or display, so only what a test sets counts. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(LANG|LANGUAGE|LC_.*|PLAUSCH_.*|DISPLAY|WAYLAND_DISPLAY)$/.test(name)) delete env[name];
  }
  return { ...env, LANG: 'en_US.UTF-8', TZ: 'Europe/Berlin', PLAUSCH_NOW: now, ...extra };
}

/** The processes and folders one scope (a test, a suite) started; `cleanUp` ends and removes all of them. */
export class Scope {
  private readonly processes = new Set<Spawned>();
  private readonly dirs = new Set<string>();

  async tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'plausch-web-shell-'));
    this.dirs.add(dir);
    return dir;
  }

  spawn(command: string, args: string[], options: { env: NodeJS.ProcessEnv; group?: boolean }): Spawned {
    const child = spawn(command, args, { cwd: repoRoot, env: options.env, detached: options.group ?? false, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const watchers = new Set<() => void>();
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      for (const watcher of [...watchers]) watcher();
    });
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    // 'close' rather than 'exit': by then everything the process printed has been read.
    const exited = new Promise<Exit>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    let running = true;
    void exited.then(() => {
      running = false;
      for (const watcher of [...watchers]) watcher();
    });
    const details = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
    const spawned: Spawned = {
      child,
      stdout: () => stdout,
      stderr: () => stderr,
      exited,
      isRunning: () => running,
      signal(signal) {
        if (!running || child.pid === undefined) return;
        try {
          if (options.group) process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
          // Gone meanwhile.
        }
      },
      waitForOutput(pattern) {
        return withBound(
          new Promise<RegExpMatchArray>((resolve, reject) => {
            const check = () => {
              const match = pattern.exec(stdout);
              if (match) {
                watchers.delete(check);
                resolve(match);
              } else if (!running) {
                watchers.delete(check);
                reject(new Error(`the process ended before printing ${pattern}\n${details()}`));
              }
            };
            watchers.add(check);
            check();
          }),
          `${pattern} from ${args.join(' ')}`,
          details,
        );
      },
    };
    this.processes.add(spawned);
    return spawned;
  }

  /** Ends what is still running (SIGKILL: a test that failed may have left it in any state), then removes the folders. */
  async cleanUp(): Promise<void> {
    const processes = [...this.processes];
    this.processes.clear();
    for (const spawned of processes) spawned.signal('SIGKILL');
    await Promise.all(processes.map((spawned) => spawned.exited));
    const dirs = [...this.dirs];
    this.dirs.clear();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

export interface Shell {
  process: Spawned;
  dataDir: string;
  url: string;
  port: number;
  secret: string;
  /** `127.0.0.1:PORT`, the only Host the shell answers to. */
  host: string;
  origin: string;
}

export interface ShellStart {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts `out/web/index.js --no-open` and waits for the address line. */
export async function startShell(scope: Scope, { dataDir, env }: ShellStart = {}): Promise<Shell> {
  const dir = dataDir ?? (await scope.tempDir());
  const spawned = scope.spawn(process.execPath, [webEntry, '--no-open'], { env: cleanEnv({ PLAUSCH_DATA_DIR: dir, ...env }) });
  return shellFrom(spawned, dir);
}

export async function shellFrom(spawned: Spawned, dataDir: string): Promise<Shell> {
  const [url, port, secret] = await spawned.waitForOutput(addressLine);
  return {
    process: spawned,
    dataDir,
    url: url as string,
    port: Number(port),
    secret: secret as string,
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Call {
  method?: string;
  path?: string;
  /** A header set to undefined is not sent; Host is ours unless a test sets it (or sets it to undefined). */
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
}

/** No answer of the shell may allow another origin anything. */
function corsAllowances(headers: IncomingHttpHeaders): string[] {
  return Object.keys(headers).filter((name) => name.toLowerCase().startsWith('access-control-allow-'));
}

function refuseCors(response: IncomingMessage, what: string): void {
  const allowances = corsAllowances(response.headers);
  if (allowances.length > 0) throw new Error(`${what} answered with CORS allowances: ${allowances.join(', ')}`);
}

function outgoing(port: number, headers: Record<string, string | undefined> = {}): OutgoingHttpHeaders {
  const all: Record<string, string | undefined> = { host: `127.0.0.1:${port}`, ...headers };
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** One request on a connection of its own. */
export function send(port: number, { method = 'GET', path = '/', headers, body }: Call = {}): Promise<Reply> {
  const what = `${method} ${path}`;
  return withBound(
    new Promise<Reply>((resolve, reject) => {
      const sent = outgoing(port, headers);
      const request = httpRequest({ host: '127.0.0.1', port, method, path, headers: sent, agent: false, setHost: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            refuseCors(response, what);
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    }),
    what,
    () => '',
  );
}

export type LargeBody =
  /** Declared with its length and sent whole. */
  | 'declared'
  /** Declared with its length, then nothing more until the server answers, as a client waiting for its verdict. */
  | 'declaredAwaitingVerdict'
  /** Chunked: no length is declared, the server can only count. */
  | 'chunked';

/**
 * Sends a large body and resolves with the answer. The server answers a body over its limit before it has read all of
 * it and closes the connection at once, so a client still sending may see EPIPE instead of the answer (a later write
 * can fail before the answer is read). Hence: a declared length over the limit waits for the verdict before sending;
 * a chunked body goes to the socket in one write, which the server reads to its last byte before it can answer.
 */
export function sendLarge(port: number, path: string, headers: Record<string, string>, body: Buffer, how: LargeBody): Promise<Reply> {
  const what = `POST ${path} with ${body.length} bytes, ${how}`;
  return withBound(
    new Promise<Reply>((resolve, reject) => {
      let answered = false;
      const length = how === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) };
      const sent = outgoing(port, { ...headers, ...length });
      const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: sent, agent: false, setHost: false }, (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          request.destroy();
          try {
            refuseCors(response, what);
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on('error', (error) => (answered ? undefined : reject(error)));
      });
      // Once the answer is in, the server closing the connection under the rest of the body is expected.
      request.on('error', (error) => (answered ? undefined : reject(error)));
      if (how === 'declaredAwaitingVerdict') request.flushHeaders();
      else request.end(body);
    }),
    what,
    () => '',
  );
}

/** A raw request line and headers, for what http.request will not send (no Host at all, HTTP/1.0). */
export function sendRaw(port: number, text: string): Promise<string> {
  return withBound(
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    }),
    'a raw answer',
    () => '',
  );
}

/** Whether a TCP connection to the address and port is accepted. */
export function connects(address: string, port: number): Promise<{ connected: boolean; code?: string }> {
  return withBound(
    new Promise((resolve) => {
      const socket = connect({ host: address, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve({ connected: true });
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve({ connected: false, code: error.code ?? error.message }));
    }),
    `a connection to ${address}:${port}`,
    () => '',
  );
}

export interface Session {
  /** `plausch-PORT=value`, as a Cookie header sends it. */
  cookie: string;
  /** The headers every call of our page carries. */
  api: Record<string, string>;
}

/** Trades the secret for the cookie as a browser does. */
export async function openSession(shell: Shell): Promise<Session> {
  const reply = await send(shell.port, { path: `/open?key=${shell.secret}` });
  const setCookie = reply.headers['set-cookie']?.[0];
  if (reply.status !== 303 || !setCookie) throw new Error(`no cookie for the secret: ${reply.status}`);
  const cookie = setCookie.split(';')[0] as string;
  return { cookie, api: { cookie, 'x-plausch': '1', 'content-type': 'application/json' } };
}

/** An API call as our page makes it; `headers` change or remove (undefined) what it sends. */
export function call(shell: Shell, session: Session, channel: string, payload: unknown, headers: Record<string, string | undefined> = {}): Promise<Reply> {
  return send(shell.port, { method: 'POST', path: `/api/${channel}`, headers: { ...session.api, ...headers }, body: JSON.stringify({ payload }) });
}

export function envelopeOf(reply: Reply): { ok: boolean; value?: unknown; error?: { code: string } } {
  return JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string } };
}

export async function contactCount(shell: Shell, session: Session): Promise<number> {
  const reply = await call(shell, session, 'app:status', undefined);
  const envelope = envelopeOf(reply);
  if (reply.status !== 200 || !envelope.ok) throw new Error(`app:status failed: ${reply.status} ${reply.body}`);
  return (envelope.value as { contactCount: number }).contactCount;
}

/**
 * The journal's files by content: what a write would change. The lock, the running-shell note and the daily backups
 * are left out; they are not the journal.
 */
export async function journalOnDisk(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const name = relative(dataDir, path);
      if (name === 'backups' || name === 'plausch.lock' || name === 'browser-shell.json' || name === 'browser-profile') continue;
      if (entry.isDirectory()) await walk(path);
      else files[name] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  };
  await walk(dataDir);
  return files;
}

export interface EventListener {
  status: number;
  headers: IncomingHttpHeaders;
  text(): string;
  /** Resolves once the text received so far satisfies `done`; rejects if the stream ends first. */
  until(done: (text: string) => boolean, what: string): Promise<void>;
  close(): void;
}

/** Opens `GET /api/events` as the page bridge does and keeps reading it. */
export function listenToEvents(shell: Shell, headers: Record<string, string | undefined>): Promise<EventListener> {
  return withBound(
    new Promise<EventListener>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: shell.port, path: '/api/events', headers: outgoing(shell.port, headers), agent: false, setHost: false },
        (response) => {
          try {
            refuseCors(response, 'GET /api/events');
          } catch (error) {
            request.destroy();
            reject(error as Error);
            return;
          }
          let text = '';
          let ended = false;
          const watchers = new Set<() => void>();
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            for (const watcher of [...watchers]) watcher();
          });
          const end = () => {
            ended = true;
            for (const watcher of [...watchers]) watcher();
          };
          response.on('end', end);
          response.on('close', end);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: () => text,
            until: (done, what) =>
              withBound(
                new Promise<void>((found, failed) => {
                  const check = () => {
                    if (done(text)) {
                      watchers.delete(check);
                      found();
                    } else if (ended) {
                      watchers.delete(check);
                      failed(new Error(`the event stream ended before ${what}:\n${text}`));
                    }
                  };
                  watchers.add(check);
                  check();
                }),
                what,
                () => text,
              ),
            close: () => request.destroy(),
          });
        },
      );
      request.on('error', (error) => reject(error));
      request.end();
    }),
    'the event stream to answer',
    () => '',
  );
}
