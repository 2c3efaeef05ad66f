import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../../shared/errors';
import { createRouter } from '../../../../../electron/main/ipc/router';
import { badInputs } from '../../../../fixtures/transfer/bad-inputs';
import { transferHarness } from './helpers';

describe('malformed and hostile import files', () => {
  it('has at least 30 of them', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(badInputs.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    const { transfer, store } = transferHarness();
    const bytes = input.bytes();
    if ('error' in input.expect) {
      let thrown: unknown;
      try {
        await transfer.preview(bytes, input.fileName);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PlauschError);
      expect((thrown as PlauschError).code).toBe(input.expect.error);
      expect(store.commits).toEqual([]);
      return;
    }
    const preview = await transfer.preview(bytes, input.fileName);
    expect([...new Set(preview.problems.map((p) => p.code))]).toEqual(input.expect.problems);
    const receipt = await transfer.confirmImport(preview.importId, []);
    expect(receipt.created).toBe(input.expect.imported);
    expect(store.contacts.size).toBe(input.expect.imported);
    expect(store.commits.length).toBe(input.expect.imported > 0 ? 1 : 0);
  });

  it('keeps markup as plain text and formulas as typed', async () => {
    const { transfer, store } = transferHarness();
    const markup = badInputs.find((b) => b.name === 'markup in fields')!;
    await transfer.confirmImport((await transfer.preview(markup.bytes(), markup.fileName)).importId, []);
    const [contact] = [...store.contacts.values()];
    expect(contact).toMatchObject({ firstName: '<b>Anna</b>', lastName: '<img src=x onerror=alert(1)>', notes: '<iframe src="javascript:alert(1)">' });
  });

  it('explains an unknown layout with the columns it expected and those it found', async () => {
    const { transfer } = transferHarness();
    const unknown = badInputs.find((b) => b.name === 'an unknown CSV layout')!;
    await expect(transfer.preview(unknown.bytes(), unknown.fileName)).rejects.toThrow(
      expect.objectContaining({ code: 'importUnknownLayout', details: { expected: expect.arrayContaining(['First Name', 'Vorname']), found: ['Artikel', 'Preis', 'Menge'] } }),
    );
  });

  it('refuses oversized content and bad base64 at the IPC boundary with a clear code', async () => {
    const { services, log } = transferHarness();
    const router = createRouter(services, log);
    const huge = await router.handle('transfer:preview', { fileName: 'x.csv', content: 'A'.repeat(15_000_000), encoding: 'text' });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    const garbage = await router.handle('transfer:preview', { fileName: 'x.csv', content: '@@not base64@@', encoding: 'base64' });
    expect(garbage).toEqual({ ok: false, error: { code: 'importUnreadable' } });
    const text = await router.handle('transfer:preview', { fileName: 'x.csv', content: 'Vorname;Nachname\r\nJürgen;Müller\r\n', encoding: 'text' });
    expect(text).toMatchObject({ ok: true, value: { counts: { create: 1 } } });
  });
});
