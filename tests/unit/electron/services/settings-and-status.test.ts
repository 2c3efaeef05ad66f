import { describe, expect, it } from 'vitest';
import { aContact } from '../../../support/journal-fixtures';
import { NOW, recordingLogger, servicesHarness } from '../../../support/services-harness';
import { createMemoryStore } from '../../../support/memory-store';
import { createServices } from '../../../../electron/main/services';
import { fixedClock } from '../../../../electron/main/services/clock';

describe('settings', () => {
  it('starts from the defaults and merges a partial update', async () => {
    const { services, store } = servicesHarness();
    const events: unknown[] = [];
    services.onDataChanged((event) => events.push(event));
    expect(services.settings.get()).toEqual({ language: 'system', theme: 'system', tagCadences: {}, overdueFactor: 1.5, ownEmailDomains: [] });

    const updated = await services.settings.update({ theme: 'dark', tagCadences: { Vorstand: 30 } });

    expect(updated).toEqual({ language: 'system', theme: 'dark', tagCadences: { Vorstand: 30 }, overdueFactor: 1.5, ownEmailDomains: [] });
    expect(store.settings).toEqual(updated);
    expect(events).toEqual([{ collections: ['settings'] }]);
  });

  it('refuses an invalid setting and keeps the old ones', async () => {
    const { services, store } = servicesHarness();
    await expect(services.settings.update({ overdueFactor: 0 })).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [expect.objectContaining({ path: 'overdueFactor' })] },
    });
    expect(store.settings.overdueFactor).toBe(1.5);
  });
});

describe('app status', () => {
  it('reports version, data folder, system language, the store notices, how many contacts there are and the desktop shell', () => {
    const notice = { kind: 'startedEmptyAfterDamage' as const, damagedFile: '/data/plausch.damaged.json' };
    const { services } = servicesHarness({ notices: [notice], contacts: [aContact({ firstName: 'Ada' }), aContact({ firstName: 'Bo', archived: true })] });
    expect(services.status()).toEqual({ version: '1.2.3', dataDir: '/tmp/plausch-test', systemLanguage: 'de-DE', notices: [notice], contactCount: 2, shell: 'desktop' });
  });

  it('says when the browser shell serves the app', () => {
    const services = createServices({
      store: createMemoryStore({}),
      clock: fixedClock(NOW),
      log: recordingLogger(),
      appInfo: { version: '1.2.3', dataDir: '/data', systemLanguage: 'de-DE', shell: 'browser' },
    });
    expect(services.status().shell).toBe('browser');
  });
});
