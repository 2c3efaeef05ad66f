// Turns an IPC message into a service call: the channel must be in the contract, the payload must pass the channel's
// schema, and whatever happens the caller gets an envelope back, never an exception.
import { contract, type ChannelName, type ChannelOutput, type ChannelPayload, type Envelope } from '../../../shared/contract';
import { PlauschError } from '../../../shared/errors';
import type { Services } from '../services';
import { issuesOf } from '../services/validation';
import { diskProblemOf, storageFailedError } from '../store/disk-problem';
import type { Logger } from '../store/types';
import { createCoachHandlers } from './coach-handlers';
import { createEventsHandlers } from './events-handlers';
import { createTransferHandlers } from './transfer-handlers';
import { createPhotosHandlers } from './photos-handlers';
import { createHelpHandlers } from './help-handlers';
import { createCalendarHandlers } from './calendar-handlers';
import { createPrivacyHandlers } from './privacy-handlers';
import { createEncryptionHandlers } from './encryption-handlers';

export type Handlers = {
  [C in ChannelName]: (payload: ChannelPayload<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface Router {
  channels: ChannelName[];
  handle(channel: string, payload: unknown): Promise<Envelope<unknown>>;
}

export function createHandlers(services: Services): Handlers {
  return {
    'contacts:list': (payload) => services.contacts.list(payload),
    'contacts:overview': (payload) => services.contactOverview.list(payload),
    'contacts:get': ({ id }) => services.contacts.get(id),
    'contacts:create': (payload) => services.contacts.create(payload),
    'contacts:update': ({ id, contact }) => services.contacts.update(id, contact),
    'contacts:setArchived': ({ id, archived }) => services.contacts.setArchived(id, archived),
    'contacts:delete': ({ id }) => services.contacts.delete(id),
    'interactions:list': (payload) => services.interactions.list(payload),
    'interactions:create': (payload) => services.interactions.create(payload),
    'interactions:update': ({ id, interaction }) => services.interactions.update(id, interaction),
    'interactions:delete': ({ id }) => services.interactions.delete(id),
    'undo:apply': ({ undoToken }) => services.applyUndo(undoToken),
    'search:query': (payload) => services.search.query(payload),
    'keepInTouch:drifting': () => services.keepInTouch.drifting(),
    'favours:open': () => services.reciprocity.openFavours(),
    'tags:list': () => services.contacts.tags(),
    'settings:get': () => services.settings.get(),
    'settings:update': (payload) => services.settings.update(payload),
    'sampleData:status': () => services.sampleData.status(),
    'sampleData:add': ({ language }) => services.sampleData.add(language),
    'sampleData:remove': () => services.sampleData.remove(),
    'app:status': () => services.status(),
    'desktop:hideQuickLog': () => (services.desktop.hideQuickLog(), null),
    'desktop:showMain': (payload) => (services.desktop.showMain(payload?.hash), null),
    'desktop:shortcutStatus': () => services.desktop.shortcutStatus(),
    'desktop:setShortcut': ({ accelerator }) => services.desktop.setShortcut(accelerator),
    'desktop:startAtLogin': () => services.desktop.startAtLogin(),
    'desktop:setStartAtLogin': ({ enabled }) => services.desktop.setStartAtLogin(enabled),
    'desktop:openEventMode': ({ id, onTop }) => (services.desktop.openEventMode(id, onTop), null),
    'today:get': () => services.today.today(),
    'today:snoozeSuggestion': ({ contactId }) => services.today.snoozeSuggestion(contactId),
    'reminders:list': () => services.reminders.list(),
    'reminders:snooze': ({ id, duration }) => services.reminders.snooze(id, duration),
    'reminders:done': ({ id }) => services.reminders.done(id),
    'reminders:pause': ({ duration }) => services.reminders.pause(duration),
    'quickLog:parse': ({ text }) => services.quickLog.parse(text),
    'quickLog:save': ({ text, createUnknown, type }) => services.quickLog.save(text, { createUnknown, ...(type ? { type } : {}) }),
    'campaigns:list': () => services.campaigns.list(),
    'campaigns:update': (payload) => services.campaigns.update(payload),

    // Coach
    ...createCoachHandlers(services),
    ...createTransferHandlers(services),
    ...createPhotosHandlers(services),
    ...createEventsHandlers(services),
    ...createHelpHandlers(services),
    ...createCalendarHandlers(services),
    ...createPrivacyHandlers(services),
    ...createEncryptionHandlers(services),
  };
}

function isChannel(channel: string): channel is ChannelName {
  return Object.hasOwn(contract, channel);
}

export function createRouter(services: Services, log: Logger, handlers: Handlers = createHandlers(services)): Router {
  return routerOver(handlers, log);
}

/** A router over any full set of handlers (the services', or those of a journal not yet unlocked). */
export function routerOver(handlers: Handlers, log: Logger): Router {
  return {
    channels: Object.keys(handlers) as ChannelName[],

    async handle(channel, payload) {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        return { ok: false, error: { code: 'unknownChannel', details: { channel: String(channel) } } };
      }
      const parsed = contract[channel].input.safeParse(payload);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalidInput', details: { channel, issues: issuesOf(parsed.error) } } };
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        // A structured clone both proves the result can cross IPC and keeps callers from holding the store's objects.
        return { ok: true, value: structuredClone(await handler(parsed.data)) };
      } catch (error) {
        if (error instanceof PlauschError) return { ok: false, error: error.toData() };
        log.error(`${channel} failed`, error);
        // A full disk or a read-only folder met by a service's own file (a backup, an export) is the user's to fix.
        if (diskProblemOf(error)) return { ok: false, error: storageFailedError(error).toData() };
        return { ok: false, error: { code: 'internal', details: { channel } } };
      }
    },
  };
}
