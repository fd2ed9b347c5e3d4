// The reminder scheduler's Electron side: native notifications (its store is in
// reminderFileStore.ts).
import type { NotificationConstructorOptions } from 'electron';
import type { ReminderNotifier } from '@shared/reminders/reminderScheduler';

/** The part of Electron's Notification used here. */
export interface NativeNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
  close(): void;
}

/**
 * A body as plain text in a notification server's markup ("AT&T", "<b>" typed in a role): Linux
 * servers read the body as markup, where a bare "&" can blank it and tags style or link it.
 * Titles are plain text by the specification.
 */
export function markupEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function nativeNotifier(
  create: (options: NotificationConstructorOptions) => NativeNotification,
  iconPath: string,
  { bodyIsMarkup }: { bodyIsMarkup: boolean },
): ReminderNotifier {
  // A notification nobody references can be garbage-collected before it is clicked, and then
  // the click is lost: hold each one, by its reminder's key, until it is clicked or closed.
  const showing = new Map<string, NativeNotification>();
  return {
    show(notice, onClick) {
      // The same reminder again (its snooze over) replaces its notice instead of doubling it.
      showing.get(notice.key)?.close();
      const body = bodyIsMarkup ? markupEscaped(notice.body) : notice.body;
      const notification = create({ title: notice.title, body, icon: iconPath, timeoutType: 'default' });
      const forget = () => {
        if (showing.get(notice.key) === notification) showing.delete(notice.key);
      };
      showing.set(notice.key, notification);
      notification.on('click', () => {
        forget();
        onClick();
      });
      notification.on('close', forget);
      notification.show();
    },
    withdraw(key) {
      // Closing also takes it out of the system's notification centre, where it would still
      // announce a deadline that has moved.
      const notification = showing.get(key);
      showing.delete(key);
      notification?.close();
    },
  };
}
