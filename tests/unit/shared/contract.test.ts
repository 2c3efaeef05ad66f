import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/main/ipc/router';
import { channelNames, contract, createApi, type ChannelName } from '../../../shared/contract';
import { PlauschError } from '../../../shared/errors';
import { servicesHarness } from '../../support/services-harness';

describe('contract completeness', () => {
  it('has a router handler for every channel and no handler outside the contract', () => {
    const { services, log } = servicesHarness();
    const router = createRouter(services, log);
    expect([...router.channels].sort()).toEqual([...channelNames].sort());
  });

  it('names every channel domain:action', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
  });
});

describe('createApi', () => {
  it('builds one method per channel that invokes exactly that channel', async () => {
    const calls: [ChannelName, unknown][] = [];
    const api = createApi(
      async (channel, payload) => {
        calls.push([channel, payload]);
        return { ok: true, value: channel };
      },
      () => () => {},
    ) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

    for (const name of channelNames) {
      const [domain, action] = name.split(':') as [string, string];
      await expect(api[domain]?.[action]?.({ probe: name })).resolves.toBe(name);
    }
    expect(calls).toEqual(channelNames.map((name) => [name, { probe: name }]));
  });

  it('turns an error envelope into a PlauschError and anything malformed into internal', async () => {
    const replies: unknown[] = [
      { ok: false, error: { code: 'notFound', details: { id: 'x' } } },
      { ok: false, error: { code: 'made-up' } },
      'garbage',
    ];
    const api = createApi(async () => replies.shift(), () => () => {});

    await expect(api.contacts.get({ id: 'x' })).rejects.toEqual(new PlauschError('notFound', { id: 'x' }));
    const second = await api.contacts.get({ id: 'x' }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(PlauschError);
    expect((second as PlauschError).code).toBe('internal');
    await expect(api.tags.list()).rejects.toMatchObject({ code: 'internal' });
  });

  it('works end to end over the real router', async () => {
    const { services, log } = servicesHarness();
    const router = createRouter(services, log);
    const api = createApi((channel, payload) => router.handle(channel, payload), () => () => {});

    const contact = await api.contacts.create({ firstName: 'Jürgen', lastName: 'Weiß', organisation: 'Stadtwerke' });
    expect((await api.contacts.get({ id: contact.id })).contact.lastName).toBe('Weiß');
    const hits = await api.search.query({ text: 'Juergen Weiss' });
    expect(hits[0]).toMatchObject({ kind: 'contact', contactId: contact.id });
    await expect(api.contacts.create({ firstName: '' })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('passes event subscriptions through', () => {
    const seen: unknown[] = [];
    const api = createApi(
      async () => ({ ok: true, value: null }),
      (event, listener) => {
        listener({ collections: ['contacts'] });
        seen.push(event);
        return () => {};
      },
    );
    const payloads: unknown[] = [];
    api.on('data:changed', (payload) => payloads.push(payload));
    expect(seen).toEqual(['data:changed']);
    expect(payloads).toEqual([{ collections: ['contacts'] }]);
  });
});
