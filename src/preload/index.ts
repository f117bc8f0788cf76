// The preload exposes exactly one function, invoke(method, input), and nothing of Electron.
// Input is checked again in the main process: this is a convenience, not a boundary.
import { contextBridge, ipcRenderer } from 'electron';

const INVOKE_CHANNEL = 'claimdesk:invoke';

contextBridge.exposeInMainWorld('claimdesk', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input),
});
