import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand, DesktopApi } from '@shared/desktopApi';
import { CHANNEL_METHODS } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';

const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: null };
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
  },
}));

beforeEach(async () => {
  exposed.clear();
  invoked.length = 0;
  listeners.clear();
  vi.resetModules();
  await import('../../electron/preload/index');
});

const desktop = () => exposed.get('desktop') as DesktopApi;

describe('preload', () => {
  it('exposes one object, desktop, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['desktop']);
    expect(Object.keys(desktop()).sort()).toEqual(
      ['dateLocale', 'onCommand', 'platform', 'regionLocale', ...Object.values(CHANNEL_METHODS)].sort(),
    );
    expect(desktop().platform).toBe('electron');
  });

  it('tells the page the locale main gave for dates, on its command line', async () => {
    expect(desktop().dateLocale).toBeUndefined();
    process.argv.push('--date-locale=en-GB');
    try {
      vi.resetModules();
      await import('../../electron/preload/index');
      expect(desktop().dateLocale).toBe('en-GB');
    } finally {
      process.argv.pop();
    }
  });

  it('tells the page the system’s regional format main gave, on its command line', async () => {
    expect(desktop().regionLocale).toBeUndefined();
    process.argv.push('--region-locale=pt-BR');
    try {
      vi.resetModules();
      await import('../../electron/preload/index');
      expect(desktop().regionLocale).toBe('pt-BR');
    } finally {
      process.argv.pop();
    }
  });

  it('turns each call into one invoke on its channel, passing the arguments as given', async () => {
    const api = desktop();
    await api.snoozeReminder('r1', 15);
    await api.listBackups();
    await api.saveFile({ suggestedName: 'a.csv', content: 'x', format: 'csv' });
    expect(invoked).toEqual([
      [IPC.snoozeReminder, 'r1', 15],
      [IPC.listBackups],
      [IPC.saveFile, { suggestedName: 'a.csv', content: 'x', format: 'csv' }],
    ]);
  });

  it('sends a backup file as its bytes: IPC carries no Blobs', async () => {
    const json = '{"company":"Société Générale"}';
    await desktop().writeBackup(new Blob([json]), 'manual');
    expect(invoked).toEqual([[IPC.writeBackup, new Uint8Array(Buffer.from(json, 'utf8')), 'manual']]);
    expect(invoked[0]![1]).toBeInstanceOf(Uint8Array);
  });

  it('covers every invoke channel', async () => {
    const api = desktop() as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const method of Object.values(CHANNEL_METHODS))
      await (method === 'writeBackup' ? api[method]!(new Blob(['{}']), 'manual') : api[method]!('x', 1));
    expect(new Set(invoked.map(([channel]) => channel))).toEqual(new Set(Object.keys(CHANNEL_METHODS)));
  });

  it('hands commands to the page without the IPC event, and stops on unsubscribe', () => {
    const received: unknown[][] = [];
    const unsubscribe = desktop().onCommand((...args: unknown[]) => received.push(args));
    const command: AppCommand = { type: 'show-application', applicationId: 'app-1' };
    const fakeEvent = { sender: { send: () => {} }, ports: [] };
    for (const listener of listeners.get(IPC.command) ?? []) listener(fakeEvent, command);
    expect(received).toEqual([[command]]);
    unsubscribe();
    expect(listeners.get(IPC.command)?.size).toBe(0);
  });
});
