// The desktop app's own settings (tray, login), kept by the main process, not in the database.
import { useEffect, useState } from 'react';
import type { DesktopSettings } from '@shared/desktopApi';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { desktop } from '../../desktop/desktop';
import { showError } from '../../state/toastStore';

export function DesktopSettingsFields() {
  const [settings, setSettings] = useState<DesktopSettings | null>(null);

  useEffect(() => {
    let current = true;
    desktop.getDesktopSettings().then(
      (result) => {
        if (!current) return;
        if (result.ok) setSettings(result.value);
        else showError(result.error);
      },
      (error: unknown) => current && showError(`Desktop settings could not be read: ${String(error)}`),
    );
    return () => {
      current = false;
    };
  }, []);

  async function change(patch: Partial<DesktopSettings>) {
    const result = await desktop
      .updateDesktopSettings(patch)
      .catch((error: unknown) => ({ ok: false as const, error: `The setting could not be changed: ${String(error)}` }));
    if (!result.ok) throw new Error(result.error);
    setSettings(result.value);
  }
  const [closeToTray, chooseCloseToTray] = useOptimisticChoice(settings?.closeToTray ?? false, (value) =>
    change({ closeToTray: value }),
  );
  const [openAtLogin, chooseOpenAtLogin] = useOptimisticChoice(settings?.openAtLogin ?? false, (value) =>
    change({ openAtLogin: value }),
  );

  if (settings === null) return null;
  return (
    <fieldset className="desktop-settings">
      <legend>When the window is closed</legend>
      <label className="radio-row">
        <input type="checkbox" checked={closeToTray} onChange={(e) => chooseCloseToTray(e.target.checked)} />
        Keep running in the tray when the window is closed
      </label>
      <p className="hint small indent">
        {closeToTray
          ? 'Reminders keep coming with the window closed. Quit from the tray icon to stop them.'
          : 'Closing the window quits the app, and no reminders come until you open it again.'}
      </p>
      <label className="radio-row">
        <input type="checkbox" checked={openAtLogin} onChange={(e) => chooseOpenAtLogin(e.target.checked)} />
        Open at login
      </label>
      <p className="hint small indent">
        Starts in the tray when you log in, so reminders come without opening the app.
      </p>
    </fieldset>
  );
}
