import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationPermissionNotice } from '../../../renderer/src/features/reminders/NotificationPermission';

vi.mock('../../../renderer/src/desktop/desktop', () => ({ desktop: { platform: 'browser' } }));

function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission) {
  const requestPermission = vi.fn(async () => answer);
  vi.stubGlobal('Notification', { permission, requestPermission });
  return requestPermission;
}

describe('notification permission in the web build', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks only when the button is clicked, and goes away once allowed', async () => {
    const requestPermission = fakeNotifications('default', 'granted');
    render(<NotificationPermissionNotice />);
    expect(requestPermission).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Allow notifications' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/needs your permission/)).toBeNull();
  });

  it('says how to unblock notifications when the browser blocks them', () => {
    fakeNotifications('denied', 'denied');
    render(<NotificationPermissionNotice />);
    expect(screen.getByText(/blocked for this page/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says nothing once notifications are allowed', () => {
    fakeNotifications('granted', 'granted');
    const { container } = render(<NotificationPermissionNotice />);
    expect(container.textContent).toBe('');
  });
});
