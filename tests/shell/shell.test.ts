// The shell contract: the built main process and preload, run in Node under a recording stub 'electron', must ask
// Electron for exactly what the security checklist and the tray-app design require.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../shared/contract';
import {
  freshStub,
  hookElectron,
  loadMain,
  loadPreload,
  mainBundle,
  modulesRequiredBy,
  preloadBundle,
  rendererIndex,
  tempDataDir,
  unhookElectron,
  waitFor,
  type Stub,
} from './load-bundle';

/* eslint-disable @typescript-eslint/no-explicit-any -- the stub's recordings are untyped */

const ourPageUrl = pathToFileURL(rendererIndex).href;
let data: ReturnType<typeof tempDataDir>;
let electron: Stub;
let logged: ReturnType<typeof vi.spyOn>;

beforeAll(hookElectron);
afterAll(unhookElectron);

beforeEach(() => {
  data = tempDataDir();
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Quit whatever was started, so its store writes and releases the data folder before the folder goes.
  if (electron && !electron.__stub.state.quit) {
    electron.app.quit();
    await waitFor(() => electron.__stub.state.quit, 'the app to quit');
  }
  logged.mockRestore();
  data.remove();
});

async function startApp(config: Record<string, unknown> = {}): Promise<Stub> {
  electron = freshStub(config);
  loadMain(data.dir);
  await waitFor(() => electron.__stub.state.trays.length === 1, 'the tray');
  return electron;
}

const state = () => electron.__stub.state;
const mainWindow = () => state().windows[0];

function ipcEvent(sender: any, senderFrame: any) {
  return { sender, senderFrame, processId: 1, frameId: 1 };
}

function invokeFromWindow(channel: string, payload?: unknown) {
  const contents = mainWindow().webContents;
  return state().handlers.get(channel)(ipcEvent(contents, contents.mainFrame), payload);
}

describe('start-up', () => {
  it('requests the single-instance lock and quits without opening anything when it is not granted', async () => {
    electron = freshStub({ singleInstanceLock: false });
    loadMain(data.dir);
    await new Promise((settle) => setTimeout(settle, 100));
    expect(state().lockRequested).toBe(true);
    expect(state().quitRequests).toBe(1);
    expect(state().quit).toBe(true);
    expect(state().windows).toHaveLength(0);
    expect(state().trays).toHaveLength(0);
    expect(state().handlers.size).toBe(0);
  });

  it('takes the data folder from PLAUSCH_DATA_DIR, also for the lock and the browser profile', async () => {
    await startApp();
    expect(state().lockRequested).toBe(true);
    expect(state().paths.userData).toBe(data.dir);
    const status = await invokeFromWindow('app:status');
    expect(status).toMatchObject({ ok: true, value: { dataDir: data.dir } });
  });

  it('shows the window on the first run or with --show, and otherwise starts hidden in the tray', async () => {
    await startApp();
    await waitFor(() => mainWindow().isVisible(), 'the first-run window');
    await invokeFromWindow('contacts:create', { firstName: 'Erika', lastName: 'Mustermann' });
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');

    await startApp();
    await new Promise((settle) => setTimeout(settle, 50));
    expect(mainWindow().isVisible()).toBe(false);
    const contacts = await invokeFromWindow('contacts:list');
    expect(contacts.value.map((c: any) => c.lastName)).toEqual(['Mustermann']);
    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');

    process.argv.push('--show');
    try {
      await startApp();
      await waitFor(() => mainWindow().isVisible(), 'the window asked for with --show');
    } finally {
      process.argv.pop();
    }
  });

  it('explains a data folder held by another process in the system language and quits cleanly', async () => {
    writeFileSync(join(data.dir, 'plausch.lock'), String(process.pid));
    electron = freshStub({ locale: 'en-GB' });
    loadMain(data.dir);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().errorBoxes).toHaveLength(1);
    expect(state().errorBoxes[0].title).toBe('Plausch cannot start');
    expect(state().errorBoxes[0].content).toContain('in use by another Plausch process');
    expect(state().errorBoxes[0].content).toContain(data.dir);
    expect(state().exitCode).toBeUndefined();
    expect(state().windows).toHaveLength(0);
  });

  it('explains a data file from a newer Plausch in German on a German system, leaving the file untouched', async () => {
    const dataFile = join(data.dir, 'plausch.json');
    const newer = JSON.stringify({ schemaVersion: 9999, contacts: [] });
    writeFileSync(dataFile, newer);
    electron = freshStub({ locale: 'de-AT' });
    loadMain(data.dir);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().errorBoxes).toHaveLength(1);
    expect(state().errorBoxes[0].title).toBe('Plausch kann nicht starten');
    expect(state().errorBoxes[0].content).toContain('neueren Plausch-Version');
    expect(state().windows).toHaveLength(0);
    expect(readFileSync(dataFile, 'utf8')).toBe(newer);
  });
});

describe('windows', () => {
  it('opens every window with the secure webPreferences and our preload, loading our bundle', async () => {
    await startApp();
    expect(state().windows.length).toBeGreaterThan(0);
    for (const window of state().windows) {
      const prefs = window.options.webPreferences;
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.preload).toMatch(/out[\\/]preload[\\/]index\.js$/);
      expect(window.webContents.getURL()).toBe(ourPageUrl);
    }
  });

  it('hides the window when it is closed, and really closes it when the user quits', async () => {
    await startApp();
    const window = mainWindow();
    window.show();
    const close = electron.__stub.makeEvent();
    window.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(window.isVisible()).toBe(false);
    expect(state().quit).toBe(false);

    electron.app.quit();
    await waitFor(() => state().quit, 'the app to quit');
    expect(window.isDestroyed()).toBe(true);
  });

  it('brings the window forward when a second instance starts', async () => {
    await startApp();
    mainWindow().hide();
    electron.app.emit('second-instance', electron.__stub.makeEvent(), ['plausch'], data.dir);
    expect(mainWindow().isVisible()).toBe(true);
    expect(mainWindow().focused).toBe(true);
  });
});

describe('tray', () => {
  it('holds a tray with the icon, a tooltip and a translated menu to open and to quit', async () => {
    await startApp({ locale: 'de-DE' });
    const [tray] = state().trays;
    expect(tray.toolTip).toBe('Plausch');
    expect(tray.image.isEmpty()).toBe(false);
    const items = tray.contextMenu.items.filter((item: any) => item.type !== 'separator');
    expect(items.map((item: any) => [item.id, item.label])).toEqual([
      ['open', 'Plausch öffnen'],
      ['quit', 'Beenden'],
    ]);

    mainWindow().hide();
    items[0].click();
    expect(mainWindow().isVisible()).toBe(true);

    items[1].click();
    await waitFor(() => state().quit, 'the app to quit');
  });

  it('speaks English on an English system and follows the language chosen in the settings', async () => {
    await startApp({ locale: 'en-US' });
    const labels = () => state().trays[0].contextMenu.items.map((item: any) => item.label).filter(Boolean);
    expect(labels()).toEqual(['Open Plausch', 'Quit']);
    const tray = state().trays[0];
    tray.emit('click');
    expect(mainWindow().isVisible()).toBe(true);

    await invokeFromWindow('settings:update', { language: 'de' });
    await waitFor(() => labels()[0] === 'Plausch öffnen', 'the German tray menu');
  });
});

describe('ipc', () => {
  it('registers a handler for every contract channel and for nothing else', async () => {
    await startApp();
    expect([...state().handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('hands calls from our window to the router and tells the window what changed', async () => {
    await startApp();
    const created = await invokeFromWindow('contacts:create', { firstName: 'Anna', organisation: 'Vorstand' });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Anna', organisation: 'Vorstand' } });
    const listed = await invokeFromWindow('contacts:list');
    expect(listed.value.map((c: any) => c.id)).toEqual([created.value.id]);
    await waitFor(() => mainWindow().webContents.sent.length > 0, 'a data:changed event');
    expect(mainWindow().webContents.sent[0]).toEqual(['data:changed', { collections: ['contacts'] }]);
  });

  it('returns a validation error envelope for bad input instead of throwing', async () => {
    await startApp();
    const reply = await invokeFromWindow('contacts:create', { firstName: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses subframes, foreign pages and other web contents, and changes nothing', async () => {
    await startApp();
    const { WebContents, WebFrameMain } = electron.__stub;
    const contents = mainWindow().webContents;
    const create = state().handlers.get('contacts:create');
    const payload = { firstName: 'Mallory' };

    const fromSubframe = await create(ipcEvent(contents, new WebFrameMain(ourPageUrl, contents.mainFrame)), payload);
    const stranger = new WebContents();
    stranger.mainFrame.url = ourPageUrl;
    const fromOtherContents = await create(ipcEvent(stranger, stranger.mainFrame), payload);
    const withoutFrame = await create(ipcEvent(contents, null), payload);
    contents.mainFrame.url = 'https://example.com/';
    const fromForeignPage = await create(ipcEvent(contents, contents.mainFrame), payload);
    contents.mainFrame.url = pathToFileURL(join(data.dir, 'index.html')).href;
    const fromOtherFile = await create(ipcEvent(contents, contents.mainFrame), payload);

    for (const reply of [fromSubframe, fromOtherContents, withoutFrame, fromForeignPage, fromOtherFile]) {
      expect(reply).toEqual({ ok: false, error: { code: 'forbiddenSender' } });
    }
    expect(logged.mock.calls.filter(([line]: unknown[]) => String(line).includes('untrusted sender'))).toHaveLength(5);

    contents.mainFrame.url = ourPageUrl;
    const listed = await invokeFromWindow('contacts:list');
    expect(listed).toEqual({ ok: true, value: [] });
    expect(contents.sent).toEqual([]);
  });
});

describe('security', () => {
  it('denies navigation away from our bundle, window.open and webviews', async () => {
    await startApp();
    const contents = mainWindow().webContents;
    const navigate = (url: string) => {
      const event = electron.__stub.makeEvent();
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${ourPageUrl}#/contacts`)).toBe(false);

    const redirect = electron.__stub.makeEvent();
    contents.emit('will-redirect', redirect, 'http://example.com/');
    expect(redirect.defaultPrevented).toBe(true);

    expect(contents.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: ourPageUrl })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: 'mailto:erika@example.com' })).toEqual({ action: 'deny' });
    expect(state().openedExternal).toEqual(['mailto:erika@example.com']);

    const frameNavigation = (url: string, isMainFrame: boolean) => {
      const event = electron.__stub.makeEvent({ url, isMainFrame });
      contents.emit('will-frame-navigate', event);
      return event.defaultPrevented;
    };
    expect(frameNavigation('https://example.com/', false)).toBe(true);
    expect(frameNavigation(ourPageUrl, false)).toBe(false);

    const webview = electron.__stub.makeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('hardens web contents created later too', async () => {
    await startApp();
    const late = new electron.__stub.WebContents();
    expect(late.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const event = electron.__stub.makeEvent();
    late.emit('will-navigate', event, 'https://example.com/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', async () => {
    await startApp();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      state().permissionRequestHandler(mainWindow().webContents, permission, answer, {});
      expect(answer).toHaveBeenCalledWith(false);
      expect(state().permissionCheckHandler(mainWindow().webContents, permission, 'file://', {})).toBe(false);
    }
  });

  it('blocks every request that leaves the machine, and lets our bundle load', async () => {
    await startApp();
    const cancelled = (url: string) => {
      const callback = vi.fn();
      state().beforeRequest({ url, method: 'GET', resourceType: 'xhr' }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]![0].cancel;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('ws://example.com/socket')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(ourPageUrl)).toBe(false);
    expect(cancelled(pathToFileURL(join(rendererIndex, '..', 'assets', 'index.js')).href)).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('network', () => {
  it('loads no networking module and fetches nothing in the main process', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch');
    await startApp();
    await invokeFromWindow('contacts:create', { firstName: 'Nora' });
    await invokeFromWindow('search:query', { text: 'Nora' });
    expect(fetching).not.toHaveBeenCalled();
    fetching.mockRestore();
    const required = modulesRequiredBy(mainBundle).map((name) => name.replace(/^node:/, ''));
    expect(required).toContain('electron');
    for (const networking of ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici']) {
      expect(required).not.toContain(networking);
    }
  });
});

describe('quitting', () => {
  it('keeps the process alive until the store is closed, then quits', async () => {
    await startApp();
    await invokeFromWindow('contacts:create', { firstName: 'Bernd' });
    electron.app.quit();
    expect(state().quit).toBe(false);
    await waitFor(() => state().quit, 'the app to quit');
    expect(state().quitRequests).toBe(2);

    electron = freshStub();
    loadMain(data.dir);
    await waitFor(() => state().trays.length === 1, 'the tray');
    const contacts = await invokeFromWindow('contacts:list');
    expect(contacts.value.map((c: any) => c.firstName)).toEqual(['Bernd']);
  });
});

describe('preload', () => {
  beforeEach(() => {
    electron = freshStub({ invokeReply: { ok: true, value: [] } });
    // Nothing in the main process to quit here.
    electron.__stub.state.quit = true;
    loadPreload();
  });

  it('exposes only `plausch`, with one method per contract channel and `on`', () => {
    const exposed = state().exposed;
    expect(Object.keys(exposed)).toEqual(['plausch']);
    const api = exposed.plausch;
    const methods = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, actions]) => Object.keys(actions as object).map((action) => `${domain}:${action}`));
    expect(methods.sort()).toEqual([...channelNames].sort());
    expect(typeof api.on).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('turns each call into an invoke of its channel and unwraps the envelope', async () => {
    const api = state().exposed.plausch;
    await expect(api.contacts.list({ includeArchived: true })).resolves.toEqual([]);
    expect(state().invocations).toEqual([['contacts:list', { includeArchived: true }]]);

    electron.__stub.configure({ invokeReply: { ok: false, error: { code: 'notFound', details: { id: 'x' } } } });
    await expect(api.contacts.get({ id: 'x' })).rejects.toMatchObject({ name: 'PlauschError', code: 'notFound' });
  });

  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(modulesRequiredBy(preloadBundle)).toEqual(['electron']);
  });

  it('passes event payloads to the page without the event object, and lets it unsubscribe', () => {
    const api = state().exposed.plausch;
    const ipc = electron.ipcRenderer;
    for (const event of eventNames) {
      const listener = vi.fn();
      const unsubscribe = api.on(event, listener);
      expect(ipc.listenerCount(event)).toBe(1);
      const payload = { collections: ['contacts'] };
      ipc.emit(event, { sender: ipc, senderId: 0, ports: [] }, payload);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(listener.mock.calls[0]).toEqual([payload]);
      unsubscribe();
      expect(ipc.listenerCount(event)).toBe(0);
    }
  });

  it('refuses to subscribe the page to any channel outside the contract events', () => {
    const api = state().exposed.plausch;
    expect(() => api.on('contacts:create', vi.fn())).toThrow();
    expect(electron.ipcRenderer.eventNames()).toEqual([]);
  });
});
