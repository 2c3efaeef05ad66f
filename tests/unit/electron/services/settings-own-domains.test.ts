import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/contract';
import { settingsSchema } from '../../../../shared/model';
import { servicesHarness } from '../../../support/services-harness';
import { open, tempDir } from '../store/helpers';

describe('settings: own e-mail domains', () => {
  it('starts with none', () => {
    expect(servicesHarness().services.settings.get().ownEmailDomains).toEqual([]);
  });

  it('keeps domains in lower case and once each', async () => {
    const { services, store } = servicesHarness();
    await services.settings.update({ ownEmailDomains: ['Firma.de', 'firma-gruppe.com', 'firma.de'] });
    expect(store.settings.ownEmailDomains).toEqual(['firma.de', 'firma-gruppe.com']);
  });

  it('refuses what is no domain, over IPC and in the service, and keeps the old ones', async () => {
    const channel = contract['settings:update'].input;
    expect(channel.safeParse({ ownEmailDomains: ['firma.de'] }).success).toBe(true);
    expect(channel.safeParse({ ownEmailDomains: ['firma'] }).success).toBe(false);
    expect(channel.safeParse({ ownEmailDomains: ['firma.de; drop'] }).success).toBe(false);
    expect(channel.safeParse({ ownEmailDomains: Array.from({ length: 51 }, (_, i) => `f${i}.de`) }).success).toBe(false);

    const { services, store } = servicesHarness({ settings: { ownEmailDomains: ['firma.de'] } });
    await expect(services.settings.update({ ownEmailDomains: ['keine domain'] })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.settings.ownEmailDomains).toEqual(['firma.de']);
  });

  it('sets and takes away the default rhythm', async () => {
    const { services, store } = servicesHarness();
    await services.settings.update({ defaultCadenceDays: 30 });
    expect(store.settings.defaultCadenceDays).toBe(30);
    await services.settings.update({ theme: 'dark' });
    expect(store.settings.defaultCadenceDays).toBe(30);
    await services.settings.update({ defaultCadenceDays: null });
    expect(store.settings).not.toHaveProperty('defaultCadenceDays');
    expect(contract['settings:update'].input.safeParse({ defaultCadenceDays: 0 }).success).toBe(false);
  });

  it('does not let the sample data stamp be set from outside', () => {
    expect(contract['settings:update'].input.safeParse({ sampleData: { addedAt: '2025-01-01T00:00:00.000Z', contactIds: [], interactionIds: [], coachIds: [] } }).success).toBe(false);
  });

  it('gives settings written before the field an empty list', async () => {
    expect(settingsSchema.parse({ language: 'de', theme: 'dark', tagCadences: {}, overdueFactor: 2 }).ownEmailDomains).toEqual([]);

    // A data file of the first version, whose settings know nothing of own domains.
    const dir = await tempDir();
    await writeFile(
      join(dir, 'plausch.json'),
      JSON.stringify({ schemaVersion: 1, contacts: [], interactions: [], settings: { theme: 'dark', tagCadences: { Vorstand: 30 } } }),
    );

    const reopened = await open(dir);
    expect(reopened.settings.theme).toBe('dark');
    expect(reopened.settings.tagCadences).toEqual({ Vorstand: 30 });
    expect(reopened.settings.ownEmailDomains).toEqual([]);
  });
});
