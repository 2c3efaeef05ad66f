// What `npm start` rebuilds: a target whose outputs are missing or older than any of its inputs.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTargets, isStale, newestChange } from '../../../../electron/start/stale.mjs';

let root: string;
const target = { name: 'test', outputs: ['out/a.js', 'out/b.js'], inputs: ['src', 'package.json', 'missing'], script: 'build:test' };

/** Seconds since the epoch, well apart, so no file system's time resolution blurs them. */
const older = 1_700_000_000;
const newer = older + 1000;
const newest = older + 2000;

function file(path: string, seconds: number) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  utimesSync(full, seconds, seconds);
}

function folder(path: string, seconds: number) {
  utimesSync(join(root, path), seconds, seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'plausch-stale-'));
  file('src/index.ts', older);
  file('src/deep/er/module.ts', older);
  file('package.json', older);
  for (const dir of ['src/deep/er', 'src/deep', 'src']) folder(dir, older);
  file('out/a.js', newer);
  file('out/b.js', newer);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('isStale', () => {
  it('is fresh when every output is newer than every input', () => {
    expect(isStale(target, root)).toBe(false);
  });

  it('is stale when an output is missing', () => {
    rmSync(join(root, 'out/b.js'));
    expect(isStale(target, root)).toBe(true);
  });

  it('is stale when a file deep in an input folder changed after the oldest output', () => {
    file('out/b.js', newest);
    file('src/deep/er/module.ts', newest - 1);
    folder('src/deep/er', older);
    expect(isStale(target, root)).toBe(true);
  });

  it('is stale when an input file changed', () => {
    file('package.json', newest);
    expect(isStale(target, root)).toBe(true);
  });

  it('is stale when a file was removed from an input folder, which changes the folder', () => {
    rmSync(join(root, 'src/index.ts'));
    folder('src', newest);
    expect(isStale(target, root)).toBe(true);
  });

  it('ignores node_modules and dot folders in the inputs', () => {
    file('src/node_modules/dep/index.js', newest);
    file('src/.cache/x', newest);
    folder('src', older);
    expect(isStale(target, root)).toBe(false);
  });
});

describe('newestChange', () => {
  it('is the newest time under a folder, 0 for nothing', () => {
    file('src/deep/er/module.ts', newer);
    folder('src/deep/er', older);
    expect(newestChange(join(root, 'src'))).toBe(newer * 1000);
    expect(newestChange(join(root, 'missing'))).toBe(0);
  });
});

describe('buildTargets', () => {
  it('builds the app and the browser shell with their npm scripts', () => {
    expect(buildTargets.map((t) => [t.name, t.script])).toEqual([
      ['app', 'build:app'],
      ['browser shell', 'build:web'],
    ]);
    expect(buildTargets.find((t) => t.script === 'build:web')?.outputs).toEqual(['out/web/index.js', 'out/web/plausch-web.js']);
  });
});
