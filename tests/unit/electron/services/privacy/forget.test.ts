// Forgetting a person: the removal over a journal document (the same function runs over the journal and each backup),
// and the service around it: one commit, backups rewritten, the photo deleted, no undo that brings the person back.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { photosDir } from '../../../../../electron/main/services/photos';
import { removePerson, type PersonRecords } from '../../../../../electron/main/services/privacy/person-removal';
import type { JournalDocument } from '../../../../../electron/main/store/document';
import { PlauschError } from '../../../../../shared/errors';
import { settingsSchema } from '../../../../../shared/model';
import { createMemoryStore } from '../../../../support/memory-store';
import { bytesOf, TINY_PNG_BASE64 } from '../../../../support/photo-samples';
import { recordingLogger } from '../../../../support/services-harness';
import { ids, personJournal } from './person-journal';

const NOW = '2026-12-03T09:30:00.000Z';

function journalDocument(): JournalDocument {
  const seed = personJournal();
  return {
    schemaVersion: 3,
    contacts: seed.contacts ?? [],
    interactions: seed.interactions ?? [],
    coach: seed.coach ?? [],
    settings: settingsSchema.parse(seed.settings ?? {}),
    walSeq: 7,
  };
}

/** Whether the id appears anywhere in the records, as any field's value or key. */
function mentions(records: PersonRecords, id: string): boolean {
  return JSON.stringify(records).includes(id);
}

describe('removePerson', () => {
  it('takes the person out of every record and keeps the others', () => {
    const before = journalDocument();
    const { document, counts, changed } = removePerson(before, ids.sabine);

    expect(changed).toBe(true);
    expect(mentions(document, ids.sabine)).toBe(false);
    // The shared lunch stays for Jürgen; every encounter with only her goes.
    expect(document.interactions.map((i) => i.id).sort()).toEqual(['i-juergen', 'i-lunch']);
    expect(document.interactions.find((i) => i.id === 'i-lunch')?.contactIds).toEqual([ids.juergen]);
    expect(document.contacts.map((c) => c.id).sort()).toEqual([ids.juergen, ids.lena, ids.max].sort());
    expect(document.contacts.find((c) => c.id === ids.lena)?.introducedById).toBeUndefined();
    const event = document.coach.find((r) => r.id === ids.event);
    expect(event?.kind === 'event' && [event.expectedIds, event.toMeetIds]).toEqual([[ids.juergen], []]);
    const group = document.coach.find((r) => r.id === 'group-1');
    expect(group?.kind === 'networkGroup' && group.memberIds).toEqual([ids.juergen]);
    expect(group?.kind === 'networkGroup' && group.meetings[0]).toMatchObject({ attendeeIds: [ids.juergen], note: 'meeting-note-text' });
    expect(group?.kind === 'networkGroup' && group.meetings[0]?.organiserId).toBeUndefined();
    expect(document.coach.some((r) => r.kind === 'integrationPlan')).toBe(false);
    // Her challenge stays the user's own step, without her.
    expect(document.coach.find((r) => r.id === 'attempt-1')).toMatchObject({ kind: 'attempt', reflection: 'Öfter fragen' });
    expect(document.settings.campaigns?.[0]?.recipients.map((r) => r.contactId)).toEqual([ids.juergen]);
    expect(document.settings.reminderLog?.map((e) => e.contactId)).toEqual([ids.juergen]);
    expect(document.settings.todaySnoozes).toEqual({ [ids.juergen]: '2026-12-06' });
    expect(document.walSeq).toBe(7);

    expect(counts).toEqual({ encountersRemoved: 2, encountersKept: 1, favours: 2, gifts: 1, campaigns: 1, events: 1, groups: 1, plans: 1, mentions: 1 });
  });

  it('leaves the records it does not change as they were, and the input untouched', () => {
    const before = journalDocument();
    const copy = structuredClone(before);
    const { document } = removePerson(before, ids.sabine);
    expect(before).toEqual(copy);
    expect(document.interactions.find((i) => i.id === 'i-juergen')).toBe(before.interactions.find((i) => i.id === 'i-juergen'));
    expect(document.coach.find((r) => r.id === ids.otherEvent)).toBe(before.coach.find((r) => r.id === ids.otherEvent));
  });

  it('says nothing changed for a document without the person, and returns it as it was', () => {
    const before = journalDocument();
    const once = removePerson(before, ids.sabine).document;
    const again = removePerson(once, ids.sabine);
    expect(again.changed).toBe(false);
    expect(again.document).toBe(once);
  });

  it('drops the sample-data stamp’s links to her, her encounters and her plan', () => {
    const before = journalDocument();
    before.settings = { ...before.settings, sampleData: { addedAt: NOW, contactIds: [ids.sabine, ids.max], interactionIds: ['i-gift', 'i-lunch'], coachIds: [`plan:${ids.sabine}`, 'group-1'] } };
    const { document } = removePerson(before, ids.sabine);
    expect(document.settings.sampleData).toEqual({ addedAt: NOW, contactIds: [ids.max], interactionIds: ['i-lunch'], coachIds: ['group-1'] });
  });
});

describe('forget (service)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'plausch-forget-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function harness() {
    const store = createMemoryStore(personJournal());
    const clock = fixedClock(NOW);
    const log = recordingLogger();
    const services = createServices({ store, clock, log, appInfo: { version: 't', dataDir, systemLanguage: 'de-DE' } });
    return { store, services, log };
  }

  it('previews what would go, the backups holding her included, and changes nothing', async () => {
    const { store, services } = harness();
    store.backupDocuments.set('daily-2026-12-01.json', journalDocument());
    store.backupDocuments.set('manual-old.json', removePerson(journalDocument(), ids.sabine).document);
    const preview = await services.privacy.forgetPreview(ids.sabine);
    expect(preview).toEqual({
      contactId: ids.sabine,
      name: 'Sabine Keller',
      counts: { encountersRemoved: 2, encountersKept: 1, favours: 2, gifts: 1, campaigns: 1, events: 1, groups: 1, plans: 1, mentions: 1, photo: false },
      backups: 1,
    });
    expect(store.commits).toEqual([]);
    expect(mentions(store.backupDocuments.get('daily-2026-12-01.json') as JournalDocument, ids.sabine)).toBe(true);
  });

  it('removes her from the journal in one commit and from every backup that held her', async () => {
    const { store, services } = harness();
    const events: string[][] = [];
    services.onDataChanged(({ collections }) => events.push(collections));
    store.backupDocuments.set('daily-2026-12-01.json', journalDocument());
    const without = removePerson(journalDocument(), ids.sabine).document;
    store.backupDocuments.set('manual-old.json', without);

    const report = await services.privacy.forget(ids.sabine);

    expect(store.commits).toHaveLength(1);
    expect(store.contacts.has(ids.sabine)).toBe(false);
    expect(store.interactions.get('i-lunch')?.contactIds).toEqual([ids.juergen]);
    expect(mentions({ contacts: [...store.contacts.values()], interactions: [...store.interactions.values()], coach: [...store.coach.values()], settings: store.settings }, ids.sabine)).toBe(false);
    expect(mentions(store.backupDocuments.get('daily-2026-12-01.json') as JournalDocument, ids.sabine)).toBe(false);
    expect(store.backupDocuments.get('manual-old.json')).toBe(without);
    expect(report).toEqual({
      name: 'Sabine Keller',
      forgottenAt: NOW,
      counts: { encountersRemoved: 2, encountersKept: 1, favours: 2, gifts: 1, campaigns: 1, events: 1, groups: 1, plans: 1, mentions: 1, photo: false },
      backupsRewritten: 1,
      unreadableFiles: [],
    });
    expect(events[0]).toEqual(['coach', 'contacts', 'interactions', 'settings']);
  });

  it('leaves no pending undo that could bring her or her encounters back', async () => {
    const { store, services } = harness();
    const { undoToken: encounterUndo } = await services.interactions.delete('i-favour');
    const { undoToken: lenaUndo } = await services.contacts.delete(ids.lena);

    await services.privacy.forget(ids.sabine);

    for (const token of [encounterUndo, lenaUndo]) {
      await expect(services.applyUndo(token)).rejects.toMatchObject({ code: 'undoExpired' });
    }
    expect(store.interactions.has('i-favour')).toBe(false);
    expect(store.contacts.has(ids.sabine)).toBe(false);
  });

  it('deletes her photo and the copy kept for an undo', async () => {
    const { services } = harness();
    await services.photos.loaded;
    await services.photos.set(ids.sabine, TINY_PNG_BASE64);
    const removed = join(photosDir(dataDir), 'removed');
    mkdirSync(removed, { recursive: true });
    writeFileSync(join(removed, `1700000000000_${ids.sabine}.photo`), bytesOf(TINY_PNG_BASE64));

    const report = await services.privacy.forget(ids.sabine);
    await services.photos.idle();

    expect(report.counts.photo).toBe(true);
    expect(existsSync(join(photosDir(dataDir), `${ids.sabine}.photo`))).toBe(false);
    expect(existsSync(join(removed, `1700000000000_${ids.sabine}.photo`))).toBe(false);
  });

  it('names backups that do not read', async () => {
    const { store, services } = harness();
    const rewrite = store.rewriteBackups.bind(store);
    store.rewriteBackups = async (edit) => ({ ...(await rewrite(edit)), unreadable: ['daily-2026-01-01.json'] });
    const report = await services.privacy.forget(ids.sabine);
    expect(report.unreadableFiles).toEqual(['daily-2026-01-01.json']);
  });

  it('refuses an id the journal does not hold, changing nothing', async () => {
    const { store, services } = harness();
    await expect(services.privacy.forget('nobody')).rejects.toBeInstanceOf(PlauschError);
    await expect(services.privacy.forgetPreview('nobody')).rejects.toMatchObject({ code: 'notFound' });
    expect(store.commits).toEqual([]);
  });
});
