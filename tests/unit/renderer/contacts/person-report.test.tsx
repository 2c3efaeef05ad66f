// "Auskunft" on the contact page: the menu item opens the dialog, each button asks the main process for the report
// in its format and the app's language and hands the returned file over as a download, and a failure is told in words.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract, createApi, type ChannelOutput, type Invoke, type PlauschApi } from '../../../../shared/contract';
import { PlauschError } from '../../../../shared/errors';
import type { Settings } from '../../../../shared/model';
import { ContactPage } from '../../../../renderer/src/features/contacts';
import { saveFile } from '../../../../renderer/src/features/transfer/read-file';
import { renderInApp } from '../support/render-app';
import { installInMemoryPlausch } from './in-memory-plausch';
import { stubLayout } from './layout-stub';

// The download itself (a blob URL and a link click) is not what is tested here, and jsdom has no blob URLs.
vi.mock('../../../../renderer/src/features/transfer/read-file', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../renderer/src/features/transfer/read-file')>()),
  saveFile: vi.fn(),
}));

type ExportFile = ChannelOutput<'privacy:personReport'>;

const pageFile: ExportFile = {
  fileName: 'auskunft-sabine-wagner-2025-03-01.html',
  mimeType: 'text/html;charset=utf-8',
  content: '<!doctype html><h1>Sabine Wagner</h1>',
};
const dataFile: ExportFile = {
  fileName: 'auskunft-sabine-wagner-2025-03-01.json',
  mimeType: 'application/json',
  content: '{"contact":{"firstName":"Sabine"}}',
};

/**
 * The in-memory journal behind the contact page, with `privacy:personReport` answered by `answer` after the
 * contract's schema has checked the payload, as the router does.
 */
function seed(answer: (format: 'json' | 'html') => ExportFile, settings: Partial<Settings> = {}) {
  const fake = installInMemoryPlausch(settings);
  const sabine = fake.addContact({ firstName: 'Sabine', lastName: 'Wagner', organisation: 'Nordlicht AG' });
  const reportPayloads: unknown[] = [];
  const invoke: Invoke = async (channel, payload) => {
    reportPayloads.push(payload);
    const parsed = contract['privacy:personReport'].input.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'invalidInput' } };
    try {
      return { ok: true, value: answer(parsed.data.format) };
    } catch (error) {
      return { ok: false, error: error instanceof PlauschError ? error.toData() : { code: 'internal' } };
    }
  };
  const { privacy } = createApi(invoke, () => () => undefined);
  window.plausch = Object.freeze({ ...window.plausch, privacy }) as PlauschApi;
  return { sabine, reportPayloads };
}

const byFormat = (format: 'json' | 'html') => (format === 'html' ? pageFile : dataFile);

async function openReport(user: ReturnType<typeof userEvent.setup>, more: string, item: string) {
  await user.click(await screen.findByRole('button', { name: more }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByRole('dialog');
}

describe('Auskunft on the contact page', () => {
  // The timeline is virtualized.
  stubLayout();
  afterEach(() => vi.mocked(saveFile).mockClear());

  it('opens a dialog about the person from the menu, which Escape closes without asking for anything', async () => {
    const { sabine, reportPayloads } = seed(byFormat);
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    const dialog = await openReport(user, 'Weitere Aktionen', 'Auskunft');
    expect(within(dialog).getByRole('heading', { name: 'Was über Sabine gespeichert ist' })).toBeTruthy();
    expect(dialog.textContent).toContain('zum Beispiel, wenn die Person nach Art. 15 DSGVO fragt');
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      expect.stringMatching(/^Seite zum Drucken speichern.*öffnen Sie sie im Browser und drucken Sie sie\.$/),
      expect.stringMatching(/^Als Datei speichern.*zum Aufbewahren oder Weitergeben\.$/),
      'Schließen',
    ]);
    // The focus is inside the dialog, on its first button.
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(reportPayloads).toEqual([]);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('"Seite zum Drucken speichern" saves the page and says how to print it', async () => {
    const { sabine, reportPayloads } = seed(byFormat);
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    const dialog = await openReport(user, 'Weitere Aktionen', 'Auskunft');
    await user.click(within(dialog).getByRole('button', { name: /^Seite zum Drucken speichern/ }));

    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(pageFile.fileName, pageFile.mimeType, pageFile.content));
    expect(reportPayloads).toEqual([{ contactId: sabine.id, format: 'html', language: 'de' }]);
    expect(
      await screen.findByText(`„${pageFile.fileName}“ ist fertig zum Speichern. Öffnen Sie die Seite danach im Browser und drucken Sie sie.`),
    ).toBeTruthy();
  });

  it('"Als Datei speichern" saves the data file with the name and type the main process gave', async () => {
    const { sabine, reportPayloads } = seed(byFormat);
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    const dialog = await openReport(user, 'Weitere Aktionen', 'Auskunft');
    await user.click(within(dialog).getByRole('button', { name: /^Als Datei speichern/ }));

    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(dataFile.fileName, dataFile.mimeType, dataFile.content));
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(reportPayloads).toEqual([{ contactId: sabine.id, format: 'json', language: 'de' }]);
    expect(await screen.findByText(`„${dataFile.fileName}“ ist fertig zum Speichern.`)).toBeTruthy();
    // The dialog stays open for the other format.
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('tells a failure in words and saves nothing', async () => {
    const { sabine } = seed(() => {
      throw new PlauschError('notFound', { id: 'gone' });
    });
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />);

    const dialog = await openReport(user, 'Weitere Aktionen', 'Auskunft');
    await user.click(within(dialog).getByRole('button', { name: /^Als Datei speichern/ }));

    expect(await screen.findByText('Dieser Eintrag existiert nicht mehr. Vielleicht wurde er gerade gelöscht.')).toBeTruthy();
    expect(saveFile).not.toHaveBeenCalled();
    // The buttons are free again for another try.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: /^Als Datei speichern/ }).getAttribute('aria-disabled')).not.toBe('true'));
  });

  it('speaks English and asks for the report in English', async () => {
    const { sabine, reportPayloads } = seed(byFormat, { language: 'en' });
    const user = userEvent.setup();
    await renderInApp(<ContactPage id={sabine.id} />, 'en');

    const dialog = await openReport(user, 'More actions', 'Data report');
    expect(within(dialog).getByRole('heading', { name: 'What is stored about Sabine' })).toBeTruthy();
    expect(dialog.textContent).toContain('Art. 15 GDPR');
    await user.click(within(dialog).getByRole('button', { name: /^Save a page to print/ }));

    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(pageFile.fileName, pageFile.mimeType, pageFile.content));
    expect(reportPayloads).toEqual([{ contactId: sabine.id, format: 'html', language: 'en' }]);
    expect(await screen.findByText(`“${pageFile.fileName}” is ready to save. Then open the page in your browser and print it.`)).toBeTruthy();
  });
});
