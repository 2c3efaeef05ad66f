// `plausch ask "TEXT"`: the ranked people with their reasons in the user's language, or the answer as JSON; it only
// reads, so it answers while the app holds the data.
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import type { HelpAnswer } from '../../../../shared/help-contract';
import { HELP_JOURNAL_NOW, helpContacts, helpInteractions, helpers } from '../../../support/help-journal';
import { tempDir } from '../store/helpers';

async function run(args: string[], lang = 'de_DE.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, clock: fixedClock(HELP_JOURNAL_NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function seeded(): Promise<string> {
  const dir = await tempDir();
  const store = await openStore({ dir, clock: fixedClock(HELP_JOURNAL_NOW) });
  await store.commit([
    ...helpContacts.map((value) => ({ op: 'put' as const, collection: 'contacts' as const, value })),
    ...helpInteractions.map((value) => ({ op: 'put' as const, collection: 'interactions' as const, value })),
  ]);
  await store.close();
  return dir;
}

describe('plausch ask', () => {
  it('prints the people who can help, best first, each with the reasons in German', async () => {
    const dir = await seeded();
    const result = await run(['ask', 'Raum für eine Videokonferenz heute Nachmittag', '--data', dir]);
    expect(result).toMatchObject({ code: EXIT.ok, err: '' });
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('1. Sabine Keller · Facility Manager · Nordlicht AG');
    expect(lines).toContain('   – Hat Ihnen im März geholfen: Konferenzraum 4.12');
    expect(lines).toContain('   – Kann helfen bei: Raumbuchung');
    expect(result.out).toContain('Sie schulden Petra schon zwei Gefallen');
    expect(result.out).not.toContain('Ralf Meier');
  });

  it('speaks English when the language is English, and answers while the app holds the data', async () => {
    const dir = await seeded();
    const app = await openStore({ dir, clock: fixedClock(HELP_JOURNAL_NOW) });
    try {
      const result = await run(['ask', 'Termin', 'mit', 'Dr.', 'Roth', '--data', dir], 'en_GB.UTF-8');
      expect(result.code).toBe(EXIT.ok);
      expect(result.out.split('\n')[0]).toBe('1. Miriam Schulz · Assistenz des Vorstands · Nordlicht AG');
      expect(result.out).toContain('   – Assistant in Anna Roth’s area');
    } finally {
      await app.close();
    }
  });

  it('prints the answer as JSON with --json', async () => {
    const dir = await seeded();
    const result = await run(['ask', 'Zugang fur Laptop', '--json', '--data', dir]);
    expect(result.code).toBe(EXIT.ok);
    const answer = JSON.parse(result.out) as HelpAnswer;
    expect(answer.need).toBe('Zugang fur Laptop');
    expect(answer.people[0]).toMatchObject({ contactId: helpers.jonas.id, name: 'Jonas Weber', warmth: 'none' });
    expect(answer.people[0]?.reasons).toContainEqual({ kind: 'canHelp', entry: 'Laptop' });
    expect(answer.people[0]?.reasons).toContainEqual({ kind: 'alreadyAsked', date: '2025-05-30' });
  });

  it('says so in one line when nobody fits, and refuses a missing need', async () => {
    const dir = await seeded();
    const nobody = await run(['ask', 'Segelboot leihen', '--data', dir]);
    expect(nobody).toEqual({ code: EXIT.ok, out: 'Niemand in Ihren Kontakten passt zu „Segelboot leihen“. Tragen Sie bei Ihren Kontakten ein, wobei sie helfen können.', err: '' });
    const missing = await run(['ask', '--data', dir], 'en_US.UTF-8');
    expect(missing).toMatchObject({ code: EXIT.usage, err: 'Missing: TEXT.' });
    expect((await run(['help'], 'en_US.UTF-8')).out).toContain('ask "NEED" [--json]');
  });
});
