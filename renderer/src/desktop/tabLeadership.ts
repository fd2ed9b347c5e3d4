// One tab of the web build leads: it holds a Web Lock for as long as it is open, and only it runs
// the reminder scheduler. The others wait in the lock's queue and talk to the leader over a
// BroadcastChannel; when the leading tab closes, the browser gives the lock to the next one.
//
// The browser globals are reached through narrow structural types (not the DOM lib's), so this
// file also compiles where tests run it with fakes under Node's types.

export interface TabLeadership {
  /** Resolves when this tab becomes the leader; it stays so until release() or it closes. */
  readonly leading: Promise<void>;
  /** How the tabs reach each other; null when this tab is on its own (every tab leads). */
  readonly channel: TabChannel | null;
  /** Gives up the lead, or the place in the queue for it, and closes the channel (the tab is going away). */
  release(): void;
}

/** Messages between the tabs of one browser profile. */
export interface TabChannel {
  post(message: unknown): void;
  listen(listener: (message: unknown) => void): void;
  close(): void;
}

interface LockManager {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

interface LeadershipGlobals {
  navigator?: { locks?: LockManager };
  BroadcastChannel?: new (name: string) => BroadcastChannelLike;
}

const browser = globalThis as unknown as LeadershipGlobals;

/**
 * The lead as a Web Lock held until released, and a BroadcastChannel to the other tabs. Without
 * Web Locks (browsers before 2022) or BroadcastChannel, every tab leads on its own, as before.
 */
export function webLockLeadership(name: string): TabLeadership {
  const locks = browser.navigator?.locks;
  const Channel = browser.BroadcastChannel;
  if (!locks || !Channel) return { leading: Promise.resolve(), channel: null, release: () => undefined };
  let unlock = () => {};
  const held = new Promise<void>((resolve) => (unlock = resolve));
  const leading = new Promise<void>((resolve) => {
    void locks.request(name, () => {
      resolve();
      return held;
    });
  });
  const channel = new Channel(name);
  const listeners: ((message: unknown) => void)[] = [];
  channel.onmessage = (event) => listeners.forEach((listener) => listener(event.data));
  return {
    leading,
    channel: {
      post: (message) => channel.postMessage(message),
      listen: (listener) => void listeners.push(listener),
      close: () => channel.close(),
    },
    release() {
      unlock();
      channel.close();
    },
  };
}
