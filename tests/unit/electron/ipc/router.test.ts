import { describe, expect, it } from 'vitest';
import { createHandlers, createRouter } from '../../../../electron/main/ipc/router';
import { PlauschError } from '../../../../shared/errors';
import { aContact } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

function routerHarness() {
  const harness = servicesHarness({ contacts: [aContact({ firstName: 'Sabine', lastName: 'Schmitt' })] });
  return { ...harness, router: createRouter(harness.services, harness.log) };
}

describe('router', () => {
  it('validates, fills defaults and calls the service', async () => {
    const { router, store } = routerHarness();
    const created = await router.handle('contacts:create', { firstName: 'Jan', lastName: 'Peters' });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Jan', lastName: 'Peters', tags: [], relation: 'internal' } });
    expect(store.contacts.size).toBe(2);

    const listed = await router.handle('contacts:list', undefined);
    expect(listed.ok && (listed.value as { lastName: string }[]).map((c) => c.lastName)).toEqual(['Peters', 'Schmitt']);
  });

  it('answers an invalid payload with invalidInput and the fields at fault, and changes nothing', async () => {
    const { router, store } = routerHarness();
    const before = new Map(store.contacts);

    const result = await router.handle('contacts:create', { firstName: '', lastName: '', birthday: '2025-02-30', colour: 'red' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalidInput');
    const paths = result.error.details?.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['birthday']));
    expect(result.error.details?.issues?.every((issue) => typeof issue.message === 'string')).toBe(true);
    expect(store.contacts).toEqual(before);
    expect(store.commits).toHaveLength(0);
  });

  it('reports a missing name on firstName', async () => {
    const { router } = routerHarness();
    const result = await router.handle('contacts:create', { firstName: '', lastName: '' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalidInput', details: { channel: 'contacts:create', issues: [{ path: 'firstName', message: 'nameRequired' }] } },
    });
  });

  it('refuses channels outside the contract, including inherited object keys', async () => {
    const { router } = routerHarness();
    for (const channel of ['contacts:drop', 'toString', '__proto__', '']) {
      expect(await router.handle(channel, {})).toEqual({ ok: false, error: { code: 'unknownChannel', details: { channel } } });
    }
  });

  it('passes a PlauschError on as data', async () => {
    const { router } = routerHarness();
    expect(await router.handle('contacts:get', { id: 'missing' })).toEqual({ ok: false, error: { code: 'notFound', details: { id: 'missing' } } });
    expect(await router.handle('undo:apply', { undoToken: 'stale' })).toEqual({ ok: false, error: { code: 'undoExpired' } });
  });

  it('turns any other exception into internal, logs it and does not throw', async () => {
    const { services, log } = servicesHarness();
    const handlers = createHandlers(services);
    handlers['tags:list'] = () => {
      throw new TypeError('boom');
    };
    const router = createRouter(services, log, handlers);

    await expect(router.handle('tags:list', undefined)).resolves.toEqual({ ok: false, error: { code: 'internal', details: { channel: 'tags:list' } } });
    expect(log.errors).toHaveLength(1);
    expect(String(log.errors[0]?.[1])).toContain('boom');
  });

  it('turns a full disk, a missing permission or a read-only disk met by a service into storageFailed saying which', async () => {
    const { services, log } = servicesHarness();
    const handlers = createHandlers(services);
    handlers['backups:create'] = () => {
      throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
    };
    const router = createRouter(services, log, handlers);

    await expect(router.handle('backups:create', undefined)).resolves.toEqual({ ok: false, error: { code: 'storageFailed', details: { problem: 'readOnly' } } });
  });

  it('never hands out the store’s own objects', async () => {
    const { router, store } = routerHarness();
    const result = await router.handle('contacts:list', {});
    if (!result.ok) throw new PlauschError(result.error.code);
    const [first] = result.value as { firstName: string }[];
    first!.firstName = 'Changed';
    expect([...store.contacts.values()][0]?.firstName).toBe('Sabine');
  });

  it('returns results that survive JSON unchanged on every read channel', async () => {
    const { router, services } = routerHarness();
    const [contact] = services.contacts.list();
    await router.handle('interactions:create', { contactIds: [contact!.id], type: 'lunch', date: '2025-06-01', note: 'Einschulung' });
    const reads: [string, unknown][] = [
      ['contacts:list', {}],
      ['contacts:get', { id: contact!.id }],
      ['interactions:list', {}],
      ['search:query', { text: 'Sabine' }],
      ['keepInTouch:drifting', undefined],
      ['favours:open', undefined],
      ['tags:list', undefined],
      ['settings:get', undefined],
      ['app:status', undefined],
    ];
    for (const [channel, payload] of reads) {
      const result = await router.handle(channel, payload);
      expect(result.ok, channel).toBe(true);
      expect(JSON.parse(JSON.stringify(result)), channel).toEqual(result);
    }
  });
});
