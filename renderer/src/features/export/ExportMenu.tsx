// The top bar's Export menu: a menu button (WAI-ARIA pattern) with the CSV summaries, the
// calendar file and a backup. Arrow keys move between items, Escape closes and returns focus.
import { useState } from 'react';
import { useMenuButton } from '../../components/useMenuButton';
import { useData, type Data } from '../../db/DataContext';
import { exportBackupFile } from '../backups/exportBackupFile';
import { exportCalendar, exportCsv, runExport } from './exportFiles';

interface MenuItem {
  label: string;
  run: (data: Data, now: Date) => Promise<void>;
}

const ITEMS: readonly MenuItem[] = [
  { label: 'CSV summary — all applications', run: (data, now) => exportCsv(data, 'all', now) },
  { label: 'CSV summary — what the table shows', run: (data, now) => exportCsv(data, 'shown', now) },
  { label: 'Calendar (.ics)', run: exportCalendar },
  { label: 'Backup (.json)', run: (data, now) => exportBackupFile(data.db, now) },
];

export function ExportMenu() {
  const data = useData();
  const [busy, setBusy] = useState(false);
  const { open, close, toggle, buttonRef, menuRef, menuId, itemProps, onButtonKeyDown, onMenuKeyDown } = useMenuButton(
    ITEMS.length,
  );

  async function choose(item: MenuItem) {
    close();
    setBusy(true);
    await runExport(() => item.run(data, new Date()));
    setBusy(false);
  }

  return (
    <div className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Not `disabled`: that would take focus off the button, where choosing an item left it.
        aria-disabled={busy}
        onClick={() => !busy && toggle()}
        onKeyDown={(event) => !busy && onButtonKeyDown(event)}
      >
        {busy ? 'Exporting…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, index) => (
            <li key={item.label} role="none">
              <button {...itemProps(index)} type="button" role="menuitem" onClick={() => void choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
