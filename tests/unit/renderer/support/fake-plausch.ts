// A `window.plausch` built by the real `createApi` over an in-memory invoke: the components under test go through
// the same typed API, envelopes and error translation as in the app, with canned answers per channel.
import {
  createApi,
  type ChannelName,
  type ChannelOutput,
  type ChannelPayload,
  type EventName,
  type EventPayloads,
  type Invoke,
  type Subscribe,
} from '../../../../shared/contract';
import { PlauschError } from '../../../../shared/errors';
import type { Settings } from '../../../../shared/model';
import type { AppStatus } from '../../../../shared/views';

export type Handlers = {
  [C in ChannelName]?: (payload: ChannelPayload<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface FakePlausch {
  calls: { channel: ChannelName; payload: unknown }[];
  callsTo(channel: ChannelName): unknown[];
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  settings: Settings;
}

export const defaultSettings: Settings = { language: 'de', theme: 'light', tagCadences: {}, overdueFactor: 1.5, ownEmailDomains: [] };

export const defaultStatus: AppStatus = {
  version: '0.1.0',
  dataDir: '/home/test/.config/Plausch',
  systemLanguage: 'de-DE',
  notices: [],
  contactCount: 0,
  shell: 'desktop',
};

export function installFakePlausch(handlers: Handlers = {}, initialSettings: Partial<Settings> = {}): FakePlausch {
  const fake: FakePlausch = {
    calls: [],
    callsTo: (channel) => fake.calls.filter((call) => call.channel === channel).map((call) => call.payload),
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    settings: { ...defaultSettings, ...initialSettings },
  };
  const defaults: Handlers = {
    'settings:get': () => fake.settings,
    'settings:update': (patch) => {
      // `null` takes a default rhythm, an app lock time or a retention away, as the settings service does.
      const next: Record<string, unknown> = { ...fake.settings, ...patch };
      for (const field of ['defaultCadenceDays', 'lockAfterMinutes', 'retentionYears']) if (next[field] === null) delete next[field];
      fake.settings = next as Settings;
      return fake.settings;
    },
    'app:status': () => defaultStatus,
    'keepInTouch:drifting': () => [],
    'favours:open': () => [],
    'help:requests': () => [],
    'tags:list': () => [],
    'search:query': () => [],
    // No contact has a photo unless a test says so; every avatar asks.
    'photos:list': () => ({}),
    'sampleData:status': () => ({ present: false, contacts: 0 }),
    // A journal that is not encrypted, on a computer with a keychain: no lock screen unless a test says so.
    'privacy:encryptionState': () => ({ on: false, locked: false, keychain: true }),
  };
  const all: Handlers = { ...defaults, ...handlers };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const invoke: Invoke = async (channel, payload) => {
    fake.calls.push({ channel, payload });
    const handler = all[channel] as ((payload: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'unknownChannel', details: { channel } } };
    try {
      return { ok: true, value: await handler(payload) };
    } catch (error) {
      return { ok: false, error: error instanceof PlauschError ? error.toData() : { code: 'internal' } };
    }
  };
  const subscribe: Subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  window.plausch = createApi(invoke, subscribe);
  return fake;
}
