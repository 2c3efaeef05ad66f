// The browser shell as its own process: the built `out/web/index.js` on a data folder of the test's own, talked to
// over real HTTP. It serves someone's private journal on the loopback interface, so the tests try what any local
// program or web page could try, and check after every refusal that nothing changed.
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/main/services/clock';
import { openStore } from '../../electron/main/store';
import { say as launcherSay } from '../../electron/start/messages.mjs';
import { buildTargets, isStale } from '../../electron/start/stale.mjs';
import { takeFrames } from '../../electron/web/page/event-stream-reader';
import { say } from '../../electron/web/messages';
import { MAX_BODY_BYTES } from '../../electron/web/server';
import {
  call,
  cleanEnv,
  connects,
  contactCount,
  envelopeOf,
  journalOnDisk,
  launcherEntry,
  listenToEvents,
  now,
  openSession,
  rendererDir,
  repoRoot,
  Scope,
  send,
  sendLarge,
  sendRaw,
  shellFrom,
  startShell,
  webEntry,
  type EventListener,
  type Session,
  type Shell,
} from './web-shell-process';

const testTimeout = 90_000;
const hookTimeout = 60_000;

const bridgeTag = '<script src="./plausch-web.js"></script>';
const packageJson = readFileSync(join(repoRoot, 'package.json'), 'utf8');
/** The renderer's entry script as the current build names it (read each time: a rebuild renames it). */
function entryAsset(): string {
  return /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(rendererDir, 'index.html'), 'utf8'))?.[1] as string;
}
const newContact = { firstName: 'Ada', lastName: 'Lovelace' };

/** Everything a path traversal could hope to read; no answer may contain any of it. */
const secretsOnDisk = [packageJson.slice(0, 200), existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n')[0] : undefined].filter(
  (text): text is string => Boolean(text),
);

beforeAll(() => {
  expect(existsSync(webEntry), `${webEntry} is missing: run \`npm run build\` first`).toBe(true);
  expect(entryAsset(), 'out/renderer/index.html loads no assets/index-*.js').toBeTruthy();
});

describe('a running shell refuses whoever lacks the secret, the header or our name', { timeout: testTimeout }, () => {
  const scope = new Scope();
  let shell: Shell;
  let session: Session;
  let before: { count: number; disk: Record<string, string> };

  beforeAll(async () => {
    shell = await startShell(scope);
    session = await openSession(shell);
    // The first answer waits for the journal to be read; from here on the files on disk must not change.
    before = { count: await contactCount(shell, session), disk: await journalOnDisk(shell.dataDir) };
    expect(before.count).toBe(0);
  }, hookTimeout);

  afterAll(() => scope.cleanUp(), hookTimeout);

  /** After a refused write: no contact more in the journal, no byte more on disk, and the shell still answers. */
  async function expectNothingChanged(): Promise<void> {
    expect(await contactCount(shell, session)).toBe(before.count);
    expect(await journalOnDisk(shell.dataDir)).toEqual(before.disk);
  }

  /** A create our page would make, with something changed; it must be refused with `status` and change nothing. */
  async function expectRefusedCreate(status: number, headers: Record<string, string | undefined>): Promise<void> {
    const reply = await call(shell, session, 'contacts:create', newContact, headers);
    expect(reply.status, reply.body).toBe(status);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(envelopeOf(reply).ok).toBe(false);
    await expectNothingChanged();
  }

  it('prints an address on 127.0.0.1 with a long random secret', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\?key=[\w-]{43}$/);
    expect(shell.process.stdout()).toContain(say('en', 'serving'));
    expect(shell.process.stdout()).toContain(say('en', 'howToQuit'));
  });

  it('with cookie, header and JSON a create reaches the router: each refusal below stops exactly that call', async () => {
    // Invalid on purpose (no name), so it is the router that answers and the journal stays empty.
    const reply = await call(shell, session, 'contacts:create', { firstName: '' });
    expect(reply.status).toBe(200);
    expect(envelopeOf(reply)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    await expectNothingChanged();
  });

  describe('without the secret', () => {
    it('answers nothing but a refusal: page, asset, bridge, API and events are 401', async () => {
      const page = await send(shell.port, { path: '/' });
      expect(page.status).toBe(401);
      expect(page.body).toBe(say('en', 'refusedPage'));
      expect(page.body).not.toContain('<script');

      const asset = await send(shell.port, { path: `/${entryAsset()}` });
      expect(asset.status).toBe(401);
      expect(asset.body).not.toBe(readFileSync(join(rendererDir, entryAsset()), 'utf8'));

      expect((await send(shell.port, { path: '/plausch-web.js' })).status).toBe(401);
      expect((await send(shell.port, { path: '/index.html' })).status).toBe(401);

      const status = await send(shell.port, { method: 'POST', path: '/api/app:status', headers: { 'x-plausch': '1', 'content-type': 'application/json' }, body: '{}' });
      expect(status.status).toBe(401);
      expect(envelopeOf(status)).toEqual({ ok: false, error: { code: 'forbiddenSender' } });

      const events = await send(shell.port, { path: '/api/events', headers: { 'x-plausch': '1' } });
      expect(events.status).toBe(401);
      expect(events.headers['content-type']).not.toContain('text/event-stream');

      await expectRefusedCreate(401, { cookie: undefined });
    });

    it('refuses /open without a key', async () => {
      for (const path of ['/open', '/open?key=', '/open?secret=' + shell.secret]) {
        const reply = await send(shell.port, { path });
        expect(reply.status, path).toBe(401);
        expect(reply.headers['set-cookie'], path).toBeUndefined();
      }
    });

    it('refuses a wrong key, also one of the right length, and hands out no cookie', async () => {
      const last = shell.secret.at(-1) === 'A' ? 'B' : 'A';
      const wrongKeys = ['wrong', `${shell.secret.slice(0, -1)}${last}`, `${shell.secret}x`, shell.secret.slice(1), shell.secret.toLowerCase() === shell.secret ? shell.secret.toUpperCase() : shell.secret.toLowerCase()];
      expect(wrongKeys[1]).toHaveLength(shell.secret.length);
      for (const key of wrongKeys) {
        const reply = await send(shell.port, { path: `/open?key=${encodeURIComponent(key)}` });
        expect(reply.status, key).toBe(401);
        expect(reply.headers['set-cookie'], key).toBeUndefined();
        expect(reply.headers.location, key).toBeUndefined();
        // The refusal is logged by path only: no key, right or wrong, ends up in the terminal.
        expect(shell.process.stderr()).not.toContain(key);
      }
      expect(shell.process.stderr()).toContain('request refused');
      expect(shell.process.stderr()).not.toContain(shell.secret);
      // Nor is the secret itself a session: only the cookie handed out for it is.
      expect((await send(shell.port, { path: '/', headers: { cookie: `plausch-${shell.port}=${shell.secret}` } })).status).toBe(401);
      await expectRefusedCreate(401, { cookie: `plausch-${shell.port}=${shell.secret}` });
      await expectRefusedCreate(401, { cookie: `${session.cookie.replace(/=.*/, '')}=${'A'.repeat(43)}` });
    });

    it('refuses a session cookie sent under another port’s name', async () => {
      const value = session.cookie.split('=')[1] as string;
      await expectRefusedCreate(401, { cookie: `plausch-${shell.port + 1}=${value}` });
    });
  });

  describe('with the secret', () => {
    it('trades it for an HttpOnly, SameSite=Strict cookie and sends the browser to /', async () => {
      const reply = await send(shell.port, { path: `/open?key=${shell.secret}` });
      expect(reply.status).toBe(303);
      expect(reply.headers.location).toBe('/');
      const setCookie = reply.headers['set-cookie'] ?? [];
      expect(setCookie).toHaveLength(1);
      expect(setCookie[0]).toMatch(new RegExp(`^plausch-${shell.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
      // The cookie is not the secret that stood in the address bar.
      expect(setCookie[0]).not.toContain(shell.secret);
    });

    it('opens the page, with the bridge loaded first and a strict Content-Security-Policy', async () => {
      const page = await send(shell.port, { path: '/', headers: { cookie: session.cookie } });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain(bridgeTag);
      expect(page.body.indexOf(bridgeTag)).toBeLessThan(page.body.indexOf('<script type="module"'));
      const csp = page.headers['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    });

    it('serves the bundle’s assets and the bridge as they are on disk', async () => {
      const asset = await send(shell.port, { path: `/${entryAsset()}`, headers: { cookie: session.cookie } });
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(asset.body).toBe(readFileSync(join(rendererDir, entryAsset()), 'utf8'));
      const bridge = await send(shell.port, { path: '/plausch-web.js', headers: { cookie: session.cookie } });
      expect(bridge.status).toBe(200);
      expect(bridge.body).toBe(readFileSync(join(repoRoot, 'out', 'web', 'plausch-web.js'), 'utf8'));
    });
  });

  describe('from another site', () => {
    it.each(['http://evil.example', 'localhost', 'null', 'https'])('refuses an API call with a foreign Origin (%s) with 403', async (kind) => {
      const origin = {
        'http://evil.example': 'http://evil.example',
        localhost: `http://localhost:${shell.port}`,
        null: 'null',
        https: `https://127.0.0.1:${shell.port}`,
      }[kind] as string;
      const reply = await call(shell, session, 'contacts:create', newContact, { origin });
      expect(reply.status).toBe(403);
      expect(envelopeOf(reply)).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
      await expectNothingChanged();
      expect((await send(shell.port, { path: '/', headers: { cookie: session.cookie, origin } })).status).toBe(403);
    });

    it('refuses Sec-Fetch-Site cross-site and same-site with 403, even with our own Origin', async () => {
      await expectRefusedCreate(403, { 'sec-fetch-site': 'cross-site' });
      await expectRefusedCreate(403, { 'sec-fetch-site': 'same-site', origin: shell.origin });
      expect((await send(shell.port, { path: '/', headers: { cookie: session.cookie, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    });

    it('lets our own page through: our Origin and Sec-Fetch-Site same-origin', async () => {
      const reply = await call(shell, session, 'app:status', undefined, { origin: shell.origin, 'sec-fetch-site': 'same-origin' });
      expect(reply.status).toBe(200);
      expect(envelopeOf(reply).ok).toBe(true);
    });

    it('gives no CORS allowance, not even to a preflight', async () => {
      for (const origin of ['http://evil.example', shell.origin]) {
        const preflight = await send(shell.port, {
          method: 'OPTIONS',
          path: '/api/contacts:create',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-plausch' },
        });
        // `send` fails on any access-control-allow-* header; the preflight is refused outright as well.
        expect(preflight.status, origin).toBeGreaterThanOrEqual(400);
      }
      const allowed = await call(shell, session, 'app:status', undefined, { origin: 'http://evil.example' });
      expect(allowed.status).toBe(403);
      await expectNothingChanged();
    });
  });

  describe('addressed by another name (DNS rebinding)', () => {
    it.each(['evil.example', 'localhost', 'other port', 'no port'])('refuses Host %s with 421 on the page, the API, the events and /open', async (kind) => {
      const host = { 'evil.example': `evil.example:${shell.port}`, localhost: `localhost:${shell.port}`, 'other port': `127.0.0.1:${shell.port + 1}`, 'no port': '127.0.0.1' }[
        kind
      ] as string;
      const page = await send(shell.port, { path: '/', headers: { host, cookie: session.cookie } });
      expect(page.status).toBe(421);
      expect(page.body).not.toContain('<script');
      expect((await send(shell.port, { path: `/${entryAsset()}`, headers: { host, cookie: session.cookie } })).status).toBe(421);
      expect((await send(shell.port, { path: '/api/events', headers: { ...session.api, host } })).status).toBe(421);
      // Even with the secret: a rebinding page that learnt it still gets no cookie.
      const open = await send(shell.port, { path: `/open?key=${shell.secret}`, headers: { host } });
      expect(open.status).toBe(421);
      expect(open.headers['set-cookie']).toBeUndefined();
      await expectRefusedCreate(421, { host });
    });

    it('refuses a request without any Host (HTTP/1.0) with 421', async () => {
      const answer = await sendRaw(shell.port, `GET /open?key=${shell.secret} HTTP/1.0\r\nCookie: ${session.cookie}\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 421 /);
      expect(answer.toLowerCase()).not.toContain('set-cookie');
    });
  });

  describe('an API call that is not our page’s', () => {
    it('refuses a call without the x-plausch header with 403', async () => {
      await expectRefusedCreate(403, { 'x-plausch': undefined });
      await expectRefusedCreate(403, { 'x-plausch': '0' });
      expect((await send(shell.port, { path: '/api/events', headers: { cookie: session.cookie } })).status).toBe(403);
    });

    it('refuses a body that is not declared JSON with 415, as a cross-site form would send it', async () => {
      await expectRefusedCreate(415, { 'content-type': undefined });
      await expectRefusedCreate(415, { 'content-type': 'text/plain' });
      await expectRefusedCreate(415, { 'content-type': 'application/x-www-form-urlencoded' });
    });

    it('refuses a body over MAX_BODY_BYTES with 413, with an honest Content-Length and chunked, and reads no more', async () => {
      // A create that would be taken if it were small: the padding sits beside the payload, which the server ignores.
      const head = `{"payload":${JSON.stringify({ firstName: 'Oversized' })},"padding":"`;
      const tail = '"}';
      const body = Buffer.alloc(MAX_BODY_BYTES + 1, 'x');
      body.write(head, 0);
      body.write(tail, body.length - tail.length);
      // A declared length over the limit is refused before a byte of the body is read; a chunked body once it grows past it.
      for (const how of ['declaredAwaitingVerdict', 'chunked'] as const) {
        const reply = await sendLarge(shell.port, '/api/contacts:create', session.api, body, how);
        expect(reply.status, how).toBe(413);
        expect(reply.headers.connection, how).toBe('close');
        expect(envelopeOf(reply)).toEqual({ ok: false, error: { code: 'invalidInput' } });
        await expectNothingChanged();
      }
      await expectNothingChanged();
    });

    it.each([
      ['not JSON', '{"payload":'],
      ['an array', '[]'],
      ['a string', '"text"'],
      ['null', 'null'],
      ['a number', '42'],
      ['empty', ''],
    ])('answers a body that is %s with 400 invalidInput', async (_kind, body) => {
      const reply = await send(shell.port, { method: 'POST', path: '/api/contacts:create', headers: session.api, body });
      expect(reply.status).toBe(400);
      expect(envelopeOf(reply)).toEqual({ ok: false, error: { code: 'invalidInput' } });
      await expectNothingChanged();
    });

    it('answers an object without a valid payload with the router’s invalidInput', async () => {
      for (const body of ['{}', '{"payload":{"firstName":""}}', '{"payload":{"firstName":"Ada","cadenceDays":-1}}']) {
        const reply = await send(shell.port, { method: 'POST', path: '/api/contacts:create', headers: session.api, body });
        expect(reply.status, body).toBe(200);
        expect(envelopeOf(reply), body).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      }
      await expectNothingChanged();
    });

    it('answers a channel that is not in the contract with unknownChannel', async () => {
      for (const channel of ['contacts:drop', 'nothing', '__proto__', 'constructor', '%E0%A4%A', 'contacts%3Acreate%00']) {
        const reply = await send(shell.port, { method: 'POST', path: `/api/${channel}`, headers: session.api, body: JSON.stringify({ payload: newContact }) });
        expect(envelopeOf(reply), channel).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
      }
      const get = await send(shell.port, { path: '/api/contacts:create', headers: session.api });
      expect(get.status).toBe(405);
      await expectNothingChanged();
    });
  });

  describe('static paths', () => {
    it.each([
      '/../package.json',
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/%2E%2E/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%2e%2e%5cpackage.json',
      '/..\\..\\package.json',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/assets/%00',
      '/assets/index.js%00.png',
      '/.vite/manifest.json',
      '/.env',
      '/.git/config',
      '/assets/.%2e/.%2e/package.json',
      '/web/index.js',
      '/../web/index.js',
      '/%2e%2e/web/plausch-web.js',
      '//',
      '//x:99999/',
      '/assets',
      '/assets/',
    ])('%s is never served', async (path) => {
      const reply = await send(shell.port, { path, headers: { cookie: session.cookie } });
      expect([400, 404]).toContain(reply.status);
      for (const secret of secretsOnDisk) expect(reply.body).not.toContain(secret);
      expect(reply.body).not.toContain('plausch-web');
    });
  });

  describe('the network', () => {
    it('listens on 127.0.0.1 only', async () => {
      expect(new URL(shell.url).hostname).toBe('127.0.0.1');
      expect(await connects('127.0.0.1', shell.port)).toEqual({ connected: true });
      // Bound to 127.0.0.1 itself, not to every address: another loopback address (Linux routes all of 127/8) is refused.
      if (process.platform === 'linux') expect((await connects('127.0.0.2', shell.port)).connected).toBe(false);
      expect((await connects('::1', shell.port)).connected).toBe(false);
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal);
      if (outside) {
        expect(await connects(outside.address, shell.port)).toMatchObject({ connected: false, code: 'ECONNREFUSED' });
      } else {
        console.log('no non-loopback IPv4 address on this machine, so a connection from the network cannot be tried');
      }
    });
  });

  it('keeps the journal and the note with the secret private to the user', async () => {
    for (const file of ['plausch.json', 'browser-shell.json', 'plausch.lock']) {
      expect((await stat(join(shell.dataDir, file))).mode & 0o777, file).toBe(0o600);
    }
  });

  it('after all of the above, the journal is as it was and the shell still serves', async () => {
    await expectNothingChanged();
    expect(shell.process.isRunning()).toBe(true);
    // Every refusal was a refusal, not a failure of the shell.
    expect(shell.process.stderr()).not.toMatch(/request failed|router threw/);
    expect((await send(shell.port, { path: '/', headers: { cookie: session.cookie } })).status).toBe(200);
  });
});

describe('a running shell does its work', { timeout: testTimeout }, () => {
  const scope = new Scope();
  const listeners: EventListener[] = [];

  afterEach(async () => {
    for (const listener of listeners.splice(0)) listener.close();
    await scope.cleanUp();
  }, hookTimeout);

  it('creates a contact and tells every listening page over the event stream', async () => {
    const shell = await startShell(scope);
    const session = await openSession(shell);
    const events = await listenToEvents(shell, { cookie: session.cookie, 'x-plausch': '1' });
    listeners.push(events);
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await events.until((text) => text.startsWith(': connected\n\n'), 'the greeting');

    const reply = await call(shell, session, 'contacts:create', newContact);
    expect(reply.status).toBe(200);
    const envelope = envelopeOf(reply);
    expect(envelope).toMatchObject({ ok: true, value: { firstName: 'Ada', lastName: 'Lovelace' } });
    expect((envelope.value as { id: string }).id).toEqual(expect.any(String));

    await events.until((text) => takeFrames(text).frames.some((frame) => frame.event === 'data:changed'), 'data:changed');
    const changed = takeFrames(events.text()).frames.find((frame) => frame.event === 'data:changed');
    expect(changed?.data).toMatchObject({ collections: expect.arrayContaining(['contacts']) });
    expect(await contactCount(shell, session)).toBe(1);
  });

  it('takes a body of exactly MAX_BODY_BYTES: the limit is the size and nothing else', async () => {
    const shell = await startShell(scope);
    const session = await openSession(shell);
    const head = `{"payload":${JSON.stringify({ firstName: 'Boundary' })},"padding":"`;
    const body = Buffer.alloc(MAX_BODY_BYTES, 'x');
    body.write(head, 0);
    body.write('"}', body.length - 2);
    const reply = await sendLarge(shell.port, '/api/contacts:create', session.api, body, 'declared');
    expect(reply.status).toBe(200);
    expect(envelopeOf(reply)).toMatchObject({ ok: true, value: { firstName: 'Boundary' } });
    expect(await contactCount(shell, session)).toBe(1);
  });

  it('quits on Ctrl+C, removes its lock and note, and leaves everything on disk', async () => {
    const shell = await startShell(scope);
    const session = await openSession(shell);
    expect(existsSync(join(shell.dataDir, 'plausch.lock'))).toBe(true);
    expect(JSON.parse(await readFile(join(shell.dataDir, 'browser-shell.json'), 'utf8'))).toEqual({ pid: shell.process.child.pid, url: shell.url });
    const created = envelopeOf(await call(shell, session, 'contacts:create', newContact));
    expect(created.ok).toBe(true);

    shell.process.signal('SIGINT');
    expect(await shell.process.exited).toEqual({ code: 0, signal: null });
    expect(shell.process.stdout()).toContain(say('en', 'quitting'));
    expect(shell.process.stdout()).toContain(say('en', 'quit'));
    expect(existsSync(join(shell.dataDir, 'plausch.lock'))).toBe(false);
    expect(existsSync(join(shell.dataDir, 'browser-shell.json'))).toBe(false);
    expect((await connects('127.0.0.1', shell.port)).connected).toBe(false);

    const store = await openStore({ dir: shell.dataDir, clock: fixedClock(now) });
    try {
      expect([...store.contacts.values()]).toEqual([expect.objectContaining({ id: (created.value as { id: string }).id, firstName: 'Ada', lastName: 'Lovelace' })]);
    } finally {
      await store.close();
    }
  });

  it('quits cleanly on a Ctrl+C that comes the moment the address is printed', async () => {
    const shell = await startShell(scope);
    shell.process.signal('SIGINT');
    const exit = await shell.process.exited;
    expect(exit, `${shell.process.stdout()}\n${shell.process.stderr()}`).toEqual({ code: 0, signal: null });
    expect(shell.process.stdout()).toContain(say('en', 'quit'));
    expect(existsSync(join(shell.dataDir, 'plausch.lock'))).toBe(false);
    expect(existsSync(join(shell.dataDir, 'browser-shell.json'))).toBe(false);
  });

  it('closes cleanly when the signal comes twice, from the terminal and from whoever passes it on', async () => {
    const shell = await startShell(scope);
    const session = await openSession(shell);
    expect(envelopeOf(await call(shell, session, 'contacts:create', { firstName: 'Doppelt' }))).toMatchObject({ ok: true });
    shell.process.signal('SIGTERM');
    shell.process.signal('SIGINT');
    const exit = await shell.process.exited;
    expect(exit, `${shell.process.stdout()}\n${shell.process.stderr()}`).toEqual({ code: 0, signal: null });
    expect(shell.process.stdout()).toContain(say('en', 'quit'));
    expect(existsSync(join(shell.dataDir, 'plausch.lock'))).toBe(false);
    expect(existsSync(join(shell.dataDir, 'browser-shell.json'))).toBe(false);
  });

  it('ends an open event stream when it quits', async () => {
    const shell = await startShell(scope);
    const session = await openSession(shell);
    const events = await listenToEvents(shell, { cookie: session.cookie, 'x-plausch': '1' });
    listeners.push(events);
    await events.until((text) => text.includes(': connected'), 'the greeting');
    shell.process.signal('SIGINT');
    expect(await shell.process.exited).toEqual({ code: 0, signal: null });
    await expect(events.until(() => false, 'the end')).rejects.toThrow(/ended/);
  });
});

describe('one Plausch per data folder', { timeout: testTimeout }, () => {
  const scope = new Scope();
  afterEach(() => scope.cleanUp(), hookTimeout);

  it('a second start on the same folder points to the first, which keeps serving', async () => {
    const first = await startShell(scope);
    const session = await openSession(first);
    const second = scope.spawn(process.execPath, [webEntry, '--no-open'], { env: cleanEnv({ PLAUSCH_DATA_DIR: first.dataDir }) });
    expect(await second.exited).toEqual({ code: 0, signal: null });
    const lines = second.stdout().trim().split('\n');
    expect(lines).toEqual([say('en', 'alreadyRunning'), first.url]);

    expect(first.process.isRunning()).toBe(true);
    expect(await contactCount(first, session)).toBe(0);
    expect(JSON.parse(await readFile(join(first.dataDir, 'browser-shell.json'), 'utf8'))).toEqual({ pid: first.process.child.pid, url: first.url });
    expect(Number.parseInt(await readFile(join(first.dataDir, 'plausch.lock'), 'utf8'), 10)).toBe(first.process.child.pid);
  });

  it('a folder locked by another live process, with no running shell announced, exits 3 and says why in German', async () => {
    const dataDir = await scope.tempDir();
    // Any live process that is not a shell: the desktop app, say.
    const other = scope.spawn(process.execPath, ['-e', 'console.log("holding"); setInterval(() => {}, 1 << 30)'], { env: cleanEnv() });
    await other.waitForOutput(/holding/);
    const lock = join(dataDir, 'plausch.lock');
    await writeFile(lock, String(other.child.pid));

    const shell = scope.spawn(process.execPath, [webEntry, '--no-open'], { env: cleanEnv({ PLAUSCH_DATA_DIR: dataDir, LANG: 'de_DE.UTF-8' }) });
    expect(await shell.exited).toEqual({ code: 3, signal: null });
    expect(shell.stderr()).toContain(say('de', 'lockedByOther', { dataDir }));
    expect(shell.stderr()).toContain('werden gerade von einem anderen Plausch verwendet');
    expect(shell.stdout()).not.toMatch(/http:\/\//);
    expect(await readFile(lock, 'utf8')).toBe(String(other.child.pid));
    expect(other.isRunning()).toBe(true);
  });

  it('a folder held by a shell whose note is gone, or points nowhere, exits 3 and says why in English', async () => {
    const first = await startShell(scope);
    const session = await openSession(first);
    const note = join(first.dataDir, 'browser-shell.json');

    for (const change of ['removed', 'stale'] as const) {
      if (change === 'removed') await rm(note);
      // A note whose address does not take its key, so nobody there would hand out a cookie.
      else await writeFile(note, JSON.stringify({ pid: first.process.child.pid, url: `http://127.0.0.1:${first.port}/open?key=${'A'.repeat(43)}` }));
      const second = scope.spawn(process.execPath, [webEntry, '--no-open'], { env: cleanEnv({ PLAUSCH_DATA_DIR: first.dataDir, LANG: 'en_US.UTF-8' }) });
      expect(await second.exited, change).toEqual({ code: 3, signal: null });
      expect(second.stderr(), change).toContain(say('en', 'lockedByOther', { dataDir: first.dataDir }));
      expect(second.stderr(), change).toContain('is in use by another Plausch');
    }
    expect(await contactCount(first, session)).toBe(0);
  });
});

describe('a damaged journal whose newest backups do not read', { timeout: testTimeout }, () => {
  const scope = new Scope();
  afterEach(() => scope.cleanUp(), hookTimeout);

  async function damagedFolder(): Promise<string> {
    const dataDir = await scope.tempDir();
    await mkdir(join(dataDir, 'backups'));
    await writeFile(join(dataDir, 'plausch.json'), 'damaged');
    const settings = { language: 'de', theme: 'system', tagCadences: {}, overdueFactor: 1.5 };
    const contact = { id: 'restored-1', firstName: 'Rita', lastName: 'Rückkehr', createdAt: '2025-03-12T08:00:00.000Z', updatedAt: '2025-03-12T08:00:00.000Z' };
    await writeFile(join(dataDir, 'backups', 'daily-2025-03-12.json'), JSON.stringify({ schemaVersion: 3, contacts: [contact], interactions: [], coach: [], settings, walSeq: 4 }));
    await writeFile(join(dataDir, 'backups', 'daily-2025-03-13.json'), '{"schemaVersion": 3, "conta');
    return dataDir;
  }

  it('is refused with what would be restored and how to agree, in German, changing nothing', async () => {
    const dataDir = await damagedFolder();
    const before = await journalOnDisk(dataDir);
    const shell = scope.spawn(process.execPath, [webEntry, '--no-open'], { env: cleanEnv({ PLAUSCH_DATA_DIR: dataDir, LANG: 'de_DE.UTF-8' }) });
    expect(await shell.exited).toEqual({ code: 1, signal: null });
    expect(shell.stderr()).toContain('Die neueste lesbare Sicherung ist vom 12. März 2025');
    expect(shell.stderr()).toContain('daily-2025-03-13.json');
    expect(shell.stderr()).toContain('npm start -- --restore-backup');
    expect(shell.stdout()).not.toMatch(/http:\/\//);
    expect(await journalOnDisk(dataDir)).toEqual(before);
  });

  it('with --restore-backup restores the backup and serves it', async () => {
    const dataDir = await damagedFolder();
    const spawned = scope.spawn(process.execPath, [webEntry, '--no-open', '--restore-backup'], { env: cleanEnv({ PLAUSCH_DATA_DIR: dataDir }) });
    const shell = await shellFrom(spawned, dataDir);
    expect(await contactCount(shell, await openSession(shell))).toBe(1);
  });
});

describe('the npm start launcher', { timeout: testTimeout }, () => {
  const scope = new Scope();
  afterEach(() => scope.cleanUp(), hookTimeout);

  it('with --browser --no-open builds nothing when the build is fresh, prints the address and serves the folder it was given', async () => {
    const stale = buildTargets.filter((target) => isStale(target, repoRoot)).map((target) => target.name);
    // A stale build would make the launcher rebuild out/ under everyone's feet; say so instead.
    expect(stale, 'the build is stale: run `npm run build` first').toEqual([]);
    const dataDir = await scope.tempDir();
    const launcher = scope.spawn(process.execPath, [launcherEntry, '--browser', '--no-open', '--data', dataDir], { env: cleanEnv(), group: true });
    const shell = await shellFrom(launcher, dataDir);
    const session = await openSession(shell);
    const status = envelopeOf(await call(shell, session, 'app:status', undefined));
    expect(status).toMatchObject({ ok: true, value: { dataDir, shell: 'browser', contactCount: 0 } });
    expect(launcher.stdout()).not.toContain(launcherSay('en', 'building'));
    expect(launcher.stdout()).not.toContain(launcherSay('de', 'building'));

    // Ctrl+C in a terminal reaches the whole process group: launcher and shell.
    launcher.signal('SIGINT');
    expect(await launcher.exited).toEqual({ code: 0, signal: null });
    expect(launcher.stdout()).toContain(say('en', 'quit'));
    expect(existsSync(join(dataDir, 'plausch.lock'))).toBe(false);
  });

  it('passes a SIGTERM sent to it alone on to the shell, which quits cleanly and leaves nothing running', async () => {
    const dataDir = await scope.tempDir();
    const launcher = scope.spawn(process.execPath, [launcherEntry, '--no-open', '--data', dataDir], { env: cleanEnv(), group: true });
    const shell = await shellFrom(launcher, dataDir);
    const { pid } = JSON.parse(await readFile(join(dataDir, 'browser-shell.json'), 'utf8')) as { pid: number };
    expect(pid).not.toBe(launcher.child.pid);
    launcher.child.kill('SIGTERM');
    const exit = await launcher.exited;
    expect(exit, `${launcher.stdout()}\n${launcher.stderr()}`).toEqual({ code: 0, signal: null });
    expect(launcher.stdout()).toContain(say('en', 'quit'));
    expect((await connects('127.0.0.1', shell.port)).connected).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('quits the shell when whoever started it is gone, as when npm is stopped and only the shell between dies', async () => {
    const dataDir = await scope.tempDir();
    // npm runs the script through `sh -c`; stopping npm stops that shell alone. The trailing `exit` keeps sh in between.
    const script = `"${process.execPath}" "${launcherEntry}" --no-open --data "${dataDir}"; exit $?`;
    const sh = scope.spawn('sh', ['-c', script], { env: cleanEnv(), group: true });
    const shell = await shellFrom(sh, dataDir);
    const { pid } = JSON.parse(await readFile(join(dataDir, 'browser-shell.json'), 'utf8')) as { pid: number };
    const output = sh.child.stdout;
    if (!output) throw new Error('no stdout');
    const allWritersGone = once(output, 'end');
    sh.child.kill('SIGKILL');
    // The launcher and the shell hold the same output open until both have ended.
    await allWritersGone;
    expect(sh.stdout()).toContain(say('en', 'quit'));
    expect(existsSync(join(dataDir, 'plausch.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'browser-shell.json'))).toBe(false);
    expect((await connects('127.0.0.1', shell.port)).connected).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('exits 2 on an unknown option, building and starting nothing', async () => {
    const launcher = scope.spawn(process.execPath, [launcherEntry, '--bogus'], { env: cleanEnv(), group: true });
    expect(await launcher.exited).toEqual({ code: 2, signal: null });
    expect(launcher.stderr().trim()).toBe(launcherSay('en', 'usage', { option: '--bogus' }));
    expect(launcher.stdout()).toBe('');
  });

  it('the shell itself exits 2 on an unknown option, in German for a German locale', async () => {
    const shell = scope.spawn(process.execPath, [webEntry, '--bogus'], { env: cleanEnv({ LANG: 'de_DE.UTF-8' }) });
    expect(await shell.exited).toEqual({ code: 2, signal: null });
    expect(shell.stderr().trim()).toBe(say('de', 'unknownOption', { option: '--bogus' }));
  });
});
