// A recording stand-in for the 'electron' module: it does what the shell asks just far enough to run it in Node,
// and remembers every request, so the shell contract test can inspect windows, handlers, menus and quits.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- it stands in for a CommonJS module */
const { EventEmitter } = require('node:events');
const { existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { pathToFileURL } = require('node:url');

const primaryDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

const config = {
  singleInstanceLock: true,
  locale: 'de-DE',
  displays: [primaryDisplay],
  cursor: { x: 0, y: 0 },
  /** Accelerators another application holds: registering them fails. */
  takenShortcuts: [],
  /** How the desktop answers a notification: node-notifier's (error, response, metadata). */
  notificationAnswer: [null, 'timeout', { activationType: 'timeout' }],
  /** The path the user picks in a save dialog; undefined when they cancel. */
  saveDialogAnswer: undefined,
  /** The path the user picks in an open dialog; undefined when they cancel. */
  openDialogAnswer: undefined,
  /** The index of the button the user presses in a message box. */
  messageBoxAnswer: 0,
};

const state = {
  lockRequested: false,
  /** How often the shell asked to wait for the app to be ready: the first step of starting anything. */
  readyWaits: 0,
  quitRequests: 0,
  quit: false,
  exitCode: undefined,
  paths: {},
  appUserModelId: undefined,
  windows: [],
  trays: [],
  applicationMenu: undefined,
  handlers: new Map(),
  errorBoxes: [],
  openedExternal: [],
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  beforeRequest: undefined,
  exposed: {},
  invocations: [],
  shortcuts: new Map(),
  shortcutsReleased: false,
  loginItemSettings: { openAtLogin: false },
  loginItemCalls: [],
  notifications: [],
  saveDialogs: [],
  openDialogs: [],
  messageBoxes: [],
  spellChecker: { enabled: true, dictionaryDownloadUrl: undefined },
};

function configure(options) {
  Object.assign(config, options);
}

function makeEvent(extra = {}) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

const app = new EventEmitter();
Object.assign(app, {
  isPackaged: false,
  requestSingleInstanceLock() {
    state.lockRequested = true;
    return config.singleInstanceLock;
  },
  whenReady() {
    state.readyWaits += 1;
    return Promise.resolve();
  },
  isReady: () => true,
  getPath(name) {
    return state.paths[name] ?? tmpdir();
  },
  setPath(name, value) {
    state.paths[name] = value;
  },
  getLocale: () => config.locale,
  getVersion: () => '0.1.0-test',
  getName: () => 'Plausch',
  getAppPath: () => process.cwd(),
  setAppUserModelId(id) {
    state.appUserModelId = id;
  },
  getLoginItemSettings() {
    return { ...state.loginItemSettings };
  },
  setLoginItemSettings(settings) {
    state.loginItemCalls.push(settings);
    Object.assign(state.loginItemSettings, settings);
  },
  focus() {},
  // Electron's order: before-quit (may be prevented), then every window is closed (each may refuse), then will-quit.
  quit() {
    state.quitRequests += 1;
    const beforeQuit = makeEvent();
    app.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of state.windows.filter((w) => !w.isDestroyed())) {
      const close = makeEvent();
      window.emit('close', close);
      if (close.defaultPrevented) return;
      window.destroy();
    }
    app.emit('will-quit', makeEvent());
    state.quit = true;
    app.emit('quit');
  },
  exit(code = 0) {
    state.exitCode = code;
    state.quit = true;
  },
});

class WebFrameMain {
  constructor(url, parent = null) {
    this.url = url;
    this.parent = parent;
  }
}

const defaultSession = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler(handler) {
    state.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    state.permissionCheckHandler = handler;
  },
  setSpellCheckerEnabled(enable) {
    state.spellChecker.enabled = enable;
  },
  setSpellCheckerDictionaryDownloadURL(url) {
    state.spellChecker.dictionaryDownloadUrl = url;
  },
  webRequest: {
    onBeforeRequest(filterOrListener, maybeListener) {
      state.beforeRequest = maybeListener ?? filterOrListener;
    },
  },
});

let nextId = 1;
class WebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.mainFrame = new WebFrameMain('');
    this.session = defaultSession;
    this.sent = [];
    this.destroyed = false;
    this.windowOpenHandler = undefined;
    app.emit('web-contents-created', makeEvent(), this);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
  loadURL(url) {
    this.mainFrame.url = url;
    setImmediate(() => this.emit('did-finish-load'));
    return Promise.resolve();
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  isLoading() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.alwaysOnTop = options.alwaysOnTop === true;
    this.visible = false;
    this.focused = false;
    this.destroyed = false;
    /** Set once 'ready-to-show' has been emitted (and every listener has run). */
    this.readyToShow = false;
    this.webContents = new WebContents();
    state.windows.push(this);
  }
  static getAllWindows() {
    return state.windows.filter((w) => !w.isDestroyed());
  }
  static fromWebContents(contents) {
    return state.windows.find((w) => w.webContents === contents) ?? null;
  }
  loadURL(url) {
    const loading = this.webContents.loadURL(url);
    setImmediate(() => {
      this.readyToShow = true;
      this.emit('ready-to-show');
    });
    return loading;
  }
  loadFile(path, options = {}) {
    return this.loadURL(pathToFileURL(path).href + (options.hash ? `#${options.hash}` : ''));
  }
  setBounds(bounds) {
    this.bounds = { ...bounds };
  }
  getBounds() {
    return this.bounds ?? { x: 0, y: 0, width: this.options.width, height: this.options.height };
  }
  setVisibleOnAllWorkspaces() {}
  setAlwaysOnTop(flag) {
    this.alwaysOnTop = flag;
  }
  isAlwaysOnTop() {
    return this.alwaysOnTop;
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
    this.focused = false;
  }
  focus() {
    this.focused = true;
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  close() {
    const event = makeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  setMenu() {}
}

class Tray extends EventEmitter {
  constructor(image) {
    super();
    this.image = image;
    this.toolTip = undefined;
    this.contextMenu = undefined;
    this.destroyed = false;
    state.trays.push(this);
  }
  setToolTip(text) {
    this.toolTip = text;
  }
  setContextMenu(menu) {
    this.contextMenu = menu;
  }
  setImage(image) {
    this.image = image;
  }
  destroy() {
    this.destroyed = true;
  }
}

const Menu = {
  buildFromTemplate(template) {
    return { items: template.map((item) => ({ ...item })) };
  },
  setApplicationMenu(menu) {
    state.applicationMenu = menu;
  },
};

const nativeImage = {
  createFromPath(path) {
    return {
      path,
      template: false,
      setTemplateImage(value) {
        this.template = value;
      },
      isEmpty: () => !existsSync(path),
    };
  },
  createEmpty() {
    return nativeImage.createFromPath('');
  },
};

const ipcMain = {
  handle(channel, handler) {
    if (state.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.handlers.set(channel, handler);
  },
  removeHandler(channel) {
    state.handlers.delete(channel);
  },
  on() {},
};

const dialog = {
  showErrorBox(title, content) {
    state.errorBoxes.push({ title, content });
  },
  showMessageBox(windowOrOptions, maybeOptions) {
    state.messageBoxes.push(maybeOptions ?? windowOrOptions);
    return Promise.resolve({ response: config.messageBoxAnswer, checkboxChecked: false });
  },
  showSaveDialogSync(windowOrOptions, maybeOptions) {
    const parent = maybeOptions ? windowOrOptions : undefined;
    state.saveDialogs.push({ parent, options: maybeOptions ?? windowOrOptions });
    return config.saveDialogAnswer;
  },
  showOpenDialog(windowOrOptions, maybeOptions) {
    const parent = maybeOptions ? windowOrOptions : undefined;
    state.openDialogs.push({ parent, options: maybeOptions ?? windowOrOptions });
    const picked = config.openDialogAnswer;
    return Promise.resolve(picked === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [picked] });
  },
};

/** A download as Electron hands it to `will-download`: it remembers where it is to go, or that it was cancelled. */
class DownloadItem {
  constructor(url, filename) {
    this.url = url;
    this.filename = filename;
    this.savePath = undefined;
    this.cancelled = false;
  }
  getURL() {
    return this.url;
  }
  getFilename() {
    return this.filename;
  }
  setSavePath(path) {
    this.savePath = path;
  }
  cancel() {
    this.cancelled = true;
  }
}

const shell = {
  openExternal(url) {
    state.openedExternal.push(url);
    return Promise.resolve();
  },
};

function contains({ x, y, width, height }, point) {
  return point.x >= x && point.x < x + width && point.y >= y && point.y < y + height;
}

const screen = {
  getCursorScreenPoint: () => ({ ...config.cursor }),
  getDisplayNearestPoint: (point) => config.displays.find((d) => contains(d.bounds, point)) ?? config.displays[0],
  getPrimaryDisplay: () => config.displays[0],
};

const globalShortcut = {
  register(accelerator, callback) {
    if (!/^[\w]+(\+[\w]+)*$/.test(accelerator)) throw new Error(`Error processing argument: ${accelerator}`);
    if (config.takenShortcuts.includes(accelerator) || state.shortcuts.has(accelerator)) return false;
    state.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator) {
    state.shortcuts.delete(accelerator);
  },
  unregisterAll() {
    state.shortcuts.clear();
    state.shortcutsReleased = true;
  },
  isRegistered: (accelerator) => state.shortcuts.has(accelerator),
};

const powerMonitor = new EventEmitter();
powerMonitor.getSystemIdleTime = () => config.systemIdleSeconds ?? 0;

// A keychain that wraps by prefixing, so a test can see what was wrapped; unavailable unless configured.
const safeStorage = {
  isEncryptionAvailable: () => config.safeStorageAvailable ?? false,
  encryptString: (text) => Buffer.from(`wrapped:${text}`),
  decryptString: (wrapped) => wrapped.toString().replace(/^wrapped:/, ''),
};

// Stands in for node-notifier (loaded in its place by the test's module hook): records and answers as configured.
const nodeNotifier = {
  notify(options, callback) {
    state.notifications.push(options);
    setImmediate(() => callback(...config.notificationAnswer));
  },
};

const ipcRenderer = new EventEmitter();
ipcRenderer.invoke = (channel, payload) => {
  state.invocations.push([channel, payload]);
  return Promise.resolve(config.invokeReply ?? { ok: true, value: null });
};

const contextBridge = {
  exposeInMainWorld(key, api) {
    state.exposed[key] = api;
  },
};

module.exports = {
  __stub: { config, state, configure, makeEvent, WebContents, WebFrameMain, DownloadItem, nodeNotifier },
  app,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  ipcMain,
  dialog,
  shell,
  screen,
  globalShortcut,
  powerMonitor,
  safeStorage,
  session: { defaultSession },
  ipcRenderer,
  contextBridge,
};
