// In the web build, reminders reach the desktop only with the browser's permission, and a
// browser prompts for it only after a click: this says where things stand and offers that click.
import { useState } from 'react';
import { desktop } from '../../desktop/desktop';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export function NotificationPermissionNotice() {
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (desktop.platform !== 'browser' || permission === 'granted') return null;

  if (permission === 'unsupported') {
    return <p className="notice">This browser cannot show notifications; reminders are listed here only.</p>;
  }
  if (permission === 'denied') {
    return (
      <p className="notice">
        Notifications are blocked for this page, so reminders are listed here only. To get them as notifications, allow
        notifications for this site in the browser’s site settings.
      </p>
    );
  }
  return (
    <p className="notice">
      To get reminders as notifications, the browser needs your permission.{' '}
      <button type="button" onClick={async () => setPermission(await Notification.requestPermission())}>
        Allow notifications
      </button>
    </p>
  );
}
