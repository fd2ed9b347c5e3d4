import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../renderer/src/app/useDesktopCommands';
import { useToastStore } from '../../../renderer/src/state/toastStore';
import { useUiStore } from '../../../renderer/src/state/uiStore';

describe('commands from the desktop (menu, tray, notifications)', () => {
  it('opens the editor for a new application', () => {
    handleCommand({ type: 'new-application' });
    expect(useUiStore.getState().dialog).toEqual({ type: 'editor', applicationId: null });
  });

  it('does not replace an open dialog, so nothing typed in it is lost', () => {
    useUiStore.getState().pastePostingOpened();
    handleCommand({ type: 'new-application' });
    expect(useUiStore.getState().dialog).toEqual({ type: 'paste-posting' });
  });

  it('shows the application a notification was about, in the applications view', () => {
    useUiStore.getState().viewOpened('settings');
    handleCommand({ type: 'show-application', applicationId: 'app-7' });
    expect(useUiStore.getState()).toMatchObject({ view: 'applications', selectedId: 'app-7' });
  });

  it('shows a reminder the browser may not show as a message that stays, with Open', async () => {
    useUiStore.getState().viewOpened('settings');
    handleCommand({
      type: 'remind-in-page',
      key: 'arm|deadline|3d',
      title: 'Arm: Application deadline in 3 days',
      body: 'Thu, Mar 5, 5:00 PM · Graduate Intern',
      applicationId: 'app-arm',
      over: Date.now() + 3 * 86_400_000,
    });
    const toast = useToastStore.getState().toasts.at(-1)!;
    expect(toast).toMatchObject({
      message:
        'Arm: Application deadline in 3 days (Thu, Mar 5, 5:00 PM · Graduate Intern). Shown here: notifications are not allowed in this browser (Reminders → Allow notifications).',
      lasting: true,
      // Its buttons named with its date: another deadline of Arm can be "in 3 days" too.
      about: 'Arm: Application deadline in 3 days (Thu, Mar 5, 5:00 PM · Graduate Intern)',
      action: { label: 'Open' },
    });
    await toast.action!.run();
    expect(useUiStore.getState()).toMatchObject({ view: 'applications', selectedId: 'app-arm' });
  });

  it('takes a reminder shown in the page away once what it reminds of is over, and keeps one that was over when shown', () => {
    const now = Date.now();
    const remind = (key: string, over: number) =>
      handleCommand({ type: 'remind-in-page', key, title: `Arm: ${key}`, body: '', applicationId: 'app-arm', over });
    remind('interview in 1 hour', now + 3_600_000);
    remind('deadline in 3 days', now + 3 * 86_400_000);
    remind('while you were away', now - 86_400_000);
    const shown = () => useToastStore.getState().toasts.map((t) => t.message.replace(/\. Shown here.*$/, ''));
    useToastStore.getState().outdated(now + 3_600_000 - 1);
    expect(shown()).toEqual(['Arm: interview in 1 hour', 'Arm: deadline in 3 days', 'Arm: while you were away']);
    useToastStore.getState().outdated(now + 3_600_000);
    expect(shown()).toEqual(['Arm: deadline in 3 days', 'Arm: while you were away']);
  });

  it('shows a later reminder of the same deadline in place of the earlier one, whose words no longer hold', () => {
    const remind = (key: string, title: string) =>
      handleCommand({
        type: 'remind-in-page',
        key,
        title,
        body: '',
        applicationId: 'app-arm',
        over: Date.now() + 86_400_000,
      });
    remind('arm|deadline@17:00|1d', 'Arm: deadline tomorrow');
    remind('bolt|deadline@17:00|1d', 'Bolt: deadline tomorrow');
    remind('arm|deadline@17:00|3h', 'Arm: deadline in 3 hours');
    const shown = useToastStore.getState().toasts.map((t) => t.message.replace(/\. Shown here.*$/, ''));
    expect(shown.filter((m) => m.startsWith('Arm') || m.startsWith('Bolt'))).toEqual([
      'Bolt: deadline tomorrow',
      'Arm: deadline in 3 hours',
    ]);
  });

  it('takes a reminder shown in the page away once that reminder is planned away', () => {
    const remind = (key: string) =>
      handleCommand({
        type: 'remind-in-page',
        key,
        title: `Arm: ${key}`,
        body: '',
        applicationId: 'app-arm',
        over: Date.now() + 86_400_000,
      });
    remind('moved');
    remind('kept');
    handleCommand({ type: 'reminder-withdrawn', key: 'moved' });
    const shown = useToastStore.getState().toasts.map((t) => t.message);
    expect(shown.filter((m) => m.startsWith('Arm: moved'))).toEqual([]);
    expect(shown.filter((m) => m.startsWith('Arm: kept'))).toHaveLength(1);
  });

  it('opens the reminder centre and settings', () => {
    handleCommand({ type: 'open-reminders' });
    expect(useUiStore.getState().view).toBe('reminders');
    handleCommand({ type: 'open-settings' });
    expect(useUiStore.getState().view).toBe('settings');
  });
});
