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
      title: 'Arm: Application deadline in 3 days',
      body: 'Graduate Intern',
      applicationId: 'app-arm',
    });
    const toast = useToastStore.getState().toasts.at(-1)!;
    expect(toast).toMatchObject({
      message:
        'Arm: Application deadline in 3 days (Graduate Intern). Shown here: notifications are not allowed in this browser (Reminders → Allow notifications).',
      lasting: true,
      action: { label: 'Open', name: 'Open Arm: Application deadline in 3 days' },
    });
    await toast.action!.run();
    expect(useUiStore.getState()).toMatchObject({ view: 'applications', selectedId: 'app-arm' });
  });

  it('opens the reminder centre and settings', () => {
    handleCommand({ type: 'open-reminders' });
    expect(useUiStore.getState().view).toBe('reminders');
    handleCommand({ type: 'open-settings' });
    expect(useUiStore.getState().view).toBe('settings');
  });
});
