// The note a running browser shell leaves in its data folder, and the check that the announced server still answers.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announce, answers, instanceFile, readAnnouncement, withdraw } from '../../../../electron/web/running-instance';

let dir: string;
const servers: Server[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plausch-instance-'));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dir, { recursive: true, force: true });
});

async function serve(listener: RequestListener): Promise<number> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: one that was just given out and closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the note', () => {
  it('is written privately, read back and withdrawn', async () => {
    const instance = { pid: 4242, url: 'http://127.0.0.1:5000/open?key=abc_DEF-1' };
    await announce(dir, instance);
    expect(instanceFile(dir)).toBe(join(dir, 'browser-shell.json'));
    if (process.platform !== 'win32') expect((await stat(instanceFile(dir))).mode & 0o777).toBe(0o600);
    expect(await readAnnouncement(dir)).toEqual(instance);
    await withdraw(dir);
    expect(await readAnnouncement(dir)).toBeUndefined();
    await expect(withdraw(dir)).resolves.toBeUndefined();
  });

  it.each([
    ['not JSON', '{"pid":'],
    ['no pid', JSON.stringify({ url: 'http://127.0.0.1:5000/open?key=abc' })],
    ['an address elsewhere', JSON.stringify({ pid: 1, url: 'http://evil.example:5000/open?key=abc' })],
    ['an address under another name', JSON.stringify({ pid: 1, url: 'http://localhost:5000/open?key=abc' })],
    ['an address with more after the key', JSON.stringify({ pid: 1, url: 'http://127.0.0.1:5000/open?key=abc&x=http://evil.example' })],
    ['a negative pid', JSON.stringify({ pid: -1, url: 'http://127.0.0.1:5000/open?key=abc' })],
  ])('is ignored when it holds %s', async (_case, text) => {
    await writeFile(instanceFile(dir), text);
    expect(await readAnnouncement(dir)).toBeUndefined();
    expect(await readFile(instanceFile(dir), 'utf8')).toBe(text);
  });

  it('is missing when nobody announced', async () => {
    expect(await readAnnouncement(dir)).toBeUndefined();
  });
});

describe('answers', () => {
  it('holds when the server trades the key for a cookie', async () => {
    const port = await serve((request, response) => {
      response.writeHead(request.url === '/open?key=right' ? 303 : 401, request.url === '/open?key=right' ? { location: '/', 'set-cookie': 'plausch=1' } : {});
      response.end();
    });
    expect(await answers({ pid: 1, url: `http://127.0.0.1:${port}/open?key=right` })).toBe(true);
    expect(await answers({ pid: 1, url: `http://127.0.0.1:${port}/open?key=wrong` })).toBe(false);
  });

  it('does not hold for a server that redirects without a cookie, or for nothing listening', async () => {
    const port = await serve((_request, response) => {
      response.writeHead(303, { location: '/' });
      response.end();
    });
    expect(await answers({ pid: 1, url: `http://127.0.0.1:${port}/open?key=k` })).toBe(false);
    expect(await answers({ pid: 1, url: `http://127.0.0.1:${await closedPort()}/open?key=k` })).toBe(false);
  });

  it('gives up on a server that never answers', async () => {
    const port = await serve(() => undefined);
    expect(await answers({ pid: 1, url: `http://127.0.0.1:${port}/open?key=k` }, 200)).toBe(false);
  });
});
