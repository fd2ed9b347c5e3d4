// The top bar's Export menu: a menu button (WAI-ARIA pattern) with the CSV summaries, the
// calendar file and a backup. Arrow keys move between items, Escape closes and returns focus.
import { useEffect, useRef, useState } from 'react';
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
  const { open, close, dismiss, toggle, buttonRef, menuId, itemProps, onButtonKeyDown, onMenuKeyDown } = useMenuButton(
    ITEMS.length,
  );
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) dismiss();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dismiss only sets state
  }, [open]);

  async function choose(item: MenuItem) {
    close();
    setBusy(true);
    await runExport(() => item.run(data, new Date()));
    setBusy(false);
  }

  return (
    <div className="menu-button" ref={rootRef}>
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
        <ul id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKeyDown}>
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
