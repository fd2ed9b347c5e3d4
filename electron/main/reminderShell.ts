// The reminder scheduler's Electron side: native notifications (its store is in
// reminderFileStore.ts).
import type { NotificationConstructorOptions } from 'electron';
import type { ReminderNotifier } from '@shared/reminders/reminderScheduler';

/** The part of Electron's Notification used here. */
export interface NativeNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export function nativeNotifier(
  create: (options: NotificationConstructorOptions) => NativeNotification,
  iconPath: string,
): ReminderNotifier {
  // A notification nobody references can be garbage-collected before it is clicked, and then
  // the click is lost: hold each one until it is clicked or closed.
  const showing = new Set<NativeNotification>();
  return {
    show(notice, onClick) {
      const notification = create({ title: notice.title, body: notice.body, icon: iconPath, timeoutType: 'default' });
      showing.add(notification);
      notification.on('click', () => {
        showing.delete(notification);
        onClick();
      });
      notification.on('close', () => showing.delete(notification));
      notification.show();
    },
  };
}
