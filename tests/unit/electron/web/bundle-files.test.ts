// Request paths map to files of the built renderer and to nothing else.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveBundleFile, safeSegments } from '../../../../electron/web/bundle-files';

let base: string;
let bundle: string;

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'plausch-bundle-')));
  bundle = join(base, 'renderer');
  await mkdir(join(bundle, 'assets'), { recursive: true });
  await mkdir(join(bundle, '.vite'));
  await writeFile(join(bundle, 'index.html'), '<!doctype html>');
  await writeFile(join(bundle, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(bundle, 'assets', 'with space.css'), 'body{}');
  await writeFile(join(bundle, '.vite', 'manifest.json'), '{}');
  await writeFile(join(bundle, '.env'), 'SECRET=1');
  await writeFile(join(base, 'secret.txt'), 'outside the bundle');
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'data.json'), '{"private":true}');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('safeSegments', () => {
  it('decodes each segment and drops empty ones', () => {
    expect(safeSegments('/')).toEqual([]);
    expect(safeSegments('/assets/index-abc.js')).toEqual(['assets', 'index-abc.js']);
    expect(safeSegments('/assets//with%20space.css')).toEqual(['assets', 'with space.css']);
  });

  it.each([
    'assets/index.js',
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '/assets/%00',
    '/assets/index.js%00.png',
    '/.vite/manifest.json',
    '/.env',
    '/assets/.hidden',
    '/C:%5cWindows',
    '/c:',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(safeSegments(path)).toBeUndefined();
  });
});

describe('resolveBundleFile', () => {
  it('finds files of the bundle, `/` being the page', async () => {
    expect(await resolveBundleFile(bundle, '/')).toBe(join(bundle, 'index.html'));
    expect(await resolveBundleFile(bundle, '/assets/index-abc.js')).toBe(join(bundle, 'assets', 'index-abc.js'));
    expect(await resolveBundleFile(bundle, '/assets/with%20space.css')).toBe(join(bundle, 'assets', 'with space.css'));
  });

  it('finds nothing for a folder or a missing file', async () => {
    expect(await resolveBundleFile(bundle, '/assets')).toBeUndefined();
    expect(await resolveBundleFile(bundle, '/assets/missing.js')).toBeUndefined();
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/.vite/manifest.json', '/.env', '/assets/%00'])(
    'finds nothing for %s',
    async (path) => {
      expect(await resolveBundleFile(bundle, path)).toBeUndefined();
    },
  );

  it('refuses a symbolic link that leads out of the bundle, to a file or to a folder', async () => {
    await symlink(join(base, 'secret.txt'), join(bundle, 'assets', 'leak.js'));
    await symlink(join(base, 'outside'), join(bundle, 'assets', 'out'));
    await symlink('/etc/passwd', join(bundle, 'passwd.js'));
    expect(await resolveBundleFile(bundle, '/assets/leak.js')).toBeUndefined();
    expect(await resolveBundleFile(bundle, '/assets/out/data.json')).toBeUndefined();
    expect(await resolveBundleFile(bundle, '/passwd.js')).toBeUndefined();
  });

  it('follows a symbolic link that stays inside the bundle, to its real file', async () => {
    await symlink(join(bundle, 'assets', 'index-abc.js'), join(bundle, 'alias.js'));
    expect(await resolveBundleFile(bundle, '/alias.js')).toBe(join(bundle, 'assets', 'index-abc.js'));
  });

  it('serves a bundle that is itself reached through a symbolic link', async () => {
    const linked = join(base, 'linked-renderer');
    await symlink(bundle, linked);
    expect(await resolveBundleFile(linked, '/assets/index-abc.js')).toBe(join(bundle, 'assets', 'index-abc.js'));
    expect(await resolveBundleFile(linked, '/../secret.txt')).toBeUndefined();
  });
});

describe('contentTypeOf', () => {
  it('names the types the bundle holds and treats anything else as bytes', () => {
    expect(contentTypeOf('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/a/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/a/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/a/README')).toBe('application/octet-stream');
    expect(contentTypeOf('/a/page.php')).toBe('application/octet-stream');
  });
});
