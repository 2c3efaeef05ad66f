// Contacts' photos: what is accepted (by content, within the limit), how it is written (atomically, beside the
// journal) and what becomes of it when its contact is deleted, brought back by undo, or gone for good.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/main/services';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createJournalWriter } from '../../../../electron/main/services/journal-writer';
import { KEEP_REMOVED_DAYS, createPhotos, photosDir } from '../../../../electron/main/services/photos';
import { createRouter } from '../../../../electron/main/ipc/router';
import type { StoreFileSystem } from '../../../../electron/main/store/files';
import { PlauschError } from '../../../../shared/errors';
import { MAX_PHOTO_BYTES, examinePhoto } from '../../../../shared/photos';
import { aContact } from '../../../support/journal-fixtures';
import { createMemoryStore } from '../../../support/memory-store';
import { NOW, recordingLogger } from '../../../support/services-harness';
import { TINY_JPEG_BASE64, TINY_PNG_BASE64, bytesOf } from '../../../support/photo-samples';

const anna = aContact({ id: 'anna', firstName: 'Anna', lastName: 'Berg' });
const ben = aContact({ id: 'ben', firstName: 'Ben', lastName: 'Cho' });

/** A JPEG's skeleton: start, a frame header of the given size, end. Enough for the header check, not for a viewer. */
function jpegDeclaring(width: number, height: number, padding = 0): Uint8Array {
  const frame = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  const comment = padding > 0 ? [0xff, 0xfe, (padding + 2) >> 8, (padding + 2) & 0xff, ...new Array<number>(padding).fill(0x20)] : [];
  return Uint8Array.from([0xff, 0xd8, ...comment, ...frame, 0xff, 0xd9]);
}

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'plausch-photos-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function harness(options: { now?: string; contacts?: ReturnType<typeof aContact>[] } = {}) {
  const store = createMemoryStore({ contacts: options.contacts ?? [anna, ben] });
  const clock = fixedClock(options.now ?? NOW);
  const log = recordingLogger();
  const services = createServices({ store, clock, log, appInfo: { version: 't', dataDir, systemLanguage: 'de-DE' } });
  return { store, clock, services, photos: services.photos, router: createRouter(services, log) };
}

const photoFile = (id: string) => join(photosDir(dataDir), `${id}.photo`);

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<PlauschError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof PlauschError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('which bytes are a photo', () => {
  it('knows a JPEG and a PNG by their content and reads their size', () => {
    expect(examinePhoto(bytesOf(TINY_JPEG_BASE64))).toEqual({ ok: true, facts: { type: 'image/jpeg', width: 8, height: 8 } });
    expect(examinePhoto(bytesOf(TINY_PNG_BASE64))).toEqual({ ok: true, facts: { type: 'image/png', width: 8, height: 8 } });
  });

  it('refuses other files, and pictures cut short on the way', () => {
    const gif = Uint8Array.from(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    const jpeg = bytesOf(TINY_JPEG_BASE64);
    const png = bytesOf(TINY_PNG_BASE64);
    for (const bytes of [gif, new TextEncoder().encode('<svg/>'), jpeg.subarray(0, jpeg.length - 10), png.subarray(0, png.length - 12), new Uint8Array()]) {
      expect(examinePhoto(bytes)).toEqual({ ok: false, reason: 'unreadable' });
    }
  });

  it('refuses more than the limit: too many bytes, or too many pixels a side', () => {
    expect(examinePhoto(jpegDeclaring(1024, 1024)).ok).toBe(true);
    expect(examinePhoto(jpegDeclaring(1025, 10))).toEqual({ ok: false, reason: 'tooLarge' });
    expect(examinePhoto(jpegDeclaring(10, 2000))).toEqual({ ok: false, reason: 'tooLarge' });
    expect(examinePhoto(jpegDeclaring(100, 100, 60_000)).ok).toBe(true);
    const heavy = jpegDeclaring(100, 100, MAX_PHOTO_BYTES);
    expect(heavy.length).toBeGreaterThan(MAX_PHOTO_BYTES);
    expect(examinePhoto(heavy)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('setting and removing a photo', () => {
  it('writes the photo into the photos folder, lists it and hands it back', async () => {
    const { photos } = harness();
    const { version } = await photos.set('anna', TINY_JPEG_BASE64);
    expect(readFileSync(photoFile('anna')).toString('base64')).toBe(TINY_JPEG_BASE64);
    expect(await photos.list()).toEqual({ anna: version });
    expect(await photos.get('anna')).toEqual({ type: 'image/jpeg', base64: TINY_JPEG_BASE64, version });
    expect(await photos.get('ben')).toBeNull();
  });

  it('gives a new version when the photo changes, so the window fetches it again', async () => {
    const { photos } = harness();
    const first = await photos.set('anna', TINY_JPEG_BASE64);
    const second = await photos.set('anna', TINY_PNG_BASE64);
    expect(second.version).not.toBe(first.version);
    expect((await photos.get('anna'))?.type).toBe('image/png');
  });

  it('refuses bad input with a translatable error and changes nothing', async () => {
    const { photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    const tooLarge = Buffer.from(jpegDeclaring(2000, 2000)).toString('base64');
    expect((await rejection(() => photos.set('anna', Buffer.from('GIF89a not a photo').toString('base64')))).code).toBe('photoUnreadable');
    expect((await rejection(() => photos.set('anna', 'not base64 at all!'))).code).toBe('photoUnreadable');
    expect((await rejection(() => photos.set('anna', tooLarge))).code).toBe('photoTooLarge');
    expect((await rejection(() => photos.set('nobody', TINY_JPEG_BASE64))).code).toBe('notFound');
    expect(readFileSync(photoFile('anna')).toString('base64')).toBe(TINY_JPEG_BASE64);
    expect(existsSync(photoFile('nobody'))).toBe(false);
    expect(Object.keys(await harness().photos.list())).toEqual(['anna']);
  });

  it('refuses a payload over the limit at the channel, before the service', async () => {
    const { router } = harness();
    const envelope = await router.handle('photos:set', { id: 'anna', base64: 'A'.repeat(200_000) });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(existsSync(photoFile('anna'))).toBe(false);
  });

  it('writes atomically: a failed rename leaves the old photo and no temporary file', async () => {
    const failing: StoreFileSystem = {
      ...nodeFs,
      rename: async (from, to) => {
        if (String(from).endsWith('.tmp')) throw Object.assign(new Error('disk'), { code: 'EIO' });
        return nodeFs.rename(from, to);
      },
    };
    const { photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    const store = createMemoryStore({ contacts: [anna] });
    const onFailingDisk = createPhotos({
      dataDir,
      store,
      writer: createJournalWriter({ store, log: recordingLogger() }),
      clock: fixedClock(NOW),
      log: recordingLogger(),
      fs: failing,
    });
    await expect(onFailingDisk.set('anna', TINY_PNG_BASE64)).rejects.toThrow('disk');
    expect(readFileSync(photoFile('anna')).toString('base64')).toBe(TINY_JPEG_BASE64);
    expect(readdirSync(photosDir(dataDir))).toEqual(['anna.photo']);
    expect(await harness().photos.get('anna')).toMatchObject({ base64: TINY_JPEG_BASE64 });
  });

  it('removes a photo', async () => {
    const { photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    await photos.remove('anna');
    expect(existsSync(photoFile('anna'))).toBe(false);
    expect(await photos.list()).toEqual({});
  });
});

describe('a photo follows its contact', () => {
  it('is put aside when the contact is deleted, comes back with an undo, and is gone after the keeping time', async () => {
    const { services, photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    const changed: string[] = [];
    services.onDataChanged(({ collections }) => changed.push(collections.join()));

    const { undoToken } = await services.contacts.delete('anna');
    await photos.idle();
    expect(existsSync(photoFile('anna'))).toBe(false);
    expect(await photos.list()).toEqual({});
    expect(readdirSync(join(photosDir(dataDir), 'removed'))).toHaveLength(1);

    await services.applyUndo(undoToken);
    await photos.idle();
    expect(existsSync(photoFile('anna'))).toBe(true);
    expect(Object.keys(await photos.list())).toEqual(['anna']);
    expect(changed.filter((collections) => collections === 'contacts').length).toBeGreaterThanOrEqual(3);

    await services.contacts.delete('anna');
    await photos.idle();
    expect(existsSync(photoFile('anna'))).toBe(false);
    // Opened again after the keeping time, the photo of a contact that stayed deleted is deleted too.
    const later = new Date(Date.parse(NOW) + (KEEP_REMOVED_DAYS + 1) * 86_400_000).toISOString();
    const reopened = harness({ now: later, contacts: [ben] });
    await reopened.photos.loaded;
    expect(readdirSync(join(photosDir(dataDir), 'removed'))).toEqual([]);
  });

  it('is kept within the keeping time, so restoring a backup that holds the contact brings it back', async () => {
    const { services, photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    const backup = services.transfer.export('json').content;
    await services.contacts.delete('anna');
    await photos.idle();
    expect(existsSync(photoFile('anna'))).toBe(false);

    const soon = new Date(Date.parse(NOW) + (KEEP_REMOVED_DAYS - 1) * 86_400_000).toISOString();
    const reopened = harness({ now: soon, contacts: [ben] });
    await reopened.photos.loaded;
    await reopened.services.transfer.backups.restoreFromText(backup, 'backup.json');
    await reopened.photos.idle();
    expect(existsSync(photoFile('anna'))).toBe(true);
    expect(Object.keys(await reopened.photos.list())).toEqual(['anna']);
  });

  it('travels in the complete backup ("Komplette Sicherung") and comes back with its restore on another computer', async () => {
    const { services, photos } = harness();
    await photos.set('anna', TINY_JPEG_BASE64);
    const { content } = await services.transfer.exportFile('json');
    expect(JSON.parse(content).photos).toEqual({ anna: TINY_JPEG_BASE64 });

    const otherComputer = mkdtempSync(join(tmpdir(), 'plausch-photos-other-'));
    try {
      const store = createMemoryStore({});
      const other = createServices({ store, clock: fixedClock(NOW), log: recordingLogger(), appInfo: { version: 't', dataDir: otherComputer, systemLanguage: 'de-DE' } });
      await other.transfer.backups.restoreFromText(content, 'plausch-backup.json');
      expect(await other.photos.get('anna')).toMatchObject({ type: 'image/jpeg', base64: TINY_JPEG_BASE64 });
      expect(await other.photos.get('ben')).toBeNull();
    } finally {
      rmSync(otherComputer, { recursive: true, force: true });
    }
  });

  it('a photo left behind by a crash (its contact gone) is put aside when opening, not shown', async () => {
    mkdirSync(photosDir(dataDir), { recursive: true });
    writeFileSync(photoFile('gone'), bytesOf(TINY_JPEG_BASE64));
    writeFileSync(join(photosDir(dataDir), 'anna.photo.0123abcd.tmp'), 'half');
    const { photos } = harness();
    await photos.loaded;
    expect(await photos.list()).toEqual({});
    expect(readdirSync(photosDir(dataDir)).sort()).toEqual(['removed']);
  });
});
