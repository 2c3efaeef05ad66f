// The page's only door to the main process. It sees named, typed methods and plain event payloads: never
// `ipcRenderer` itself, and never the IpcRendererEvent, whose `sender` would hand the page the raw IPC object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi, eventNames, type EventName, type Invoke, type Subscribe } from '../../shared/contract';

const invoke: Invoke = (channel, payload) => ipcRenderer.invoke(channel, payload);

const subscribe: Subscribe = (event, listener) => {
  if (!eventNames.includes(event as EventName)) throw new TypeError(`Unknown event: ${String(event)}`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
};

contextBridge.exposeInMainWorld('plausch', createApi(invoke, subscribe));
