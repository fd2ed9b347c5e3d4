// The one way IPC handlers are registered: every call is checked for where it comes from,
// its arguments are parsed with the shared schemas, and it answers with a Result instead of
// throwing across the process boundary.
import type { IpcMainInvokeEvent } from 'electron';
import type { DesktopApi, Result } from '@shared/desktopApi';
import { CHANNEL_METHODS, parseCallArgs, type ChannelArgs, type InvokeChannel } from '@shared/ipc';

/**
 * What the main process implements: the desktop API minus what only the preload has, taking
 * what each channel carries.
 */
export type MainHandlers = {
  [C in InvokeChannel as (typeof CHANNEL_METHODS)[C]]: (
    ...args: ChannelArgs<C>
  ) => ReturnType<DesktopApi[(typeof CHANNEL_METHODS)[C]]>;
};

/** Where a call came from, as far as the check needs to know. */
export interface CallOrigin {
  /** The web contents that sent it. */
  senderId: number;
  /** The frame's URL, or null when the frame is gone. */
  frameUrl: string | null;
  /** False for calls from an iframe. */
  isMainFrame: boolean;
}

export type IsTrustedCaller = (origin: CallOrigin) => boolean;

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export function callOrigin(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): CallOrigin {
  const frame = event.senderFrame;
  return {
    senderId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** Why a payload was refused, in one line, without echoing the payload back. */
/** Handles one call; exported so tests can drive it without Electron. */
export async function answerCall(
  channel: InvokeChannel,
  origin: CallOrigin,
  args: unknown[],
  handlers: MainHandlers,
  isTrusted: IsTrustedCaller,
  log: (message: string) => void,
): Promise<Result<unknown>> {
  if (!isTrusted(origin)) {
    log(`Refused ${channel} from an untrusted sender (${origin.frameUrl ?? 'no frame'})`);
    return { ok: false, error: 'Refused: this call did not come from the app window.' };
  }
  const parsed = parseCallArgs(channel, args);
  if (!parsed.ok) {
    log(parsed.error);
    return parsed;
  }
  const method = handlers[CHANNEL_METHODS[channel]] as (...values: unknown[]) => Promise<Result<unknown>>;
  try {
    return await method(...(parsed.value as unknown[]));
  } catch (error) {
    log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: `Something went wrong (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: MainHandlers,
  isTrusted: IsTrustedCaller,
  log: (message: string) => void,
): void {
  for (const channel of Object.keys(CHANNEL_METHODS) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, ...args) => answerCall(channel, callOrigin(event), args, handlers, isTrusted, log));
  }
}

/** Calls are trusted from the app window's own top frame, showing one of the app's pages. */
export function appWindowCaller(
  windowContentsId: () => number | null,
  isAppPage: (url: string) => boolean,
): IsTrustedCaller {
  return (origin) =>
    origin.senderId === windowContentsId() &&
    origin.isMainFrame &&
    origin.frameUrl !== null &&
    isAppPage(origin.frameUrl);
}
