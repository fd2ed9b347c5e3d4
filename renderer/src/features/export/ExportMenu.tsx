// The top bar's Export menu: a menu button (WAI-ARIA pattern) with the CSV summaries, the
// calendar file and a backup. Arrow keys move between items, Escape closes and returns focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
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
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) itemRefs.current[focused]?.focus();
  }, [open, focused]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function openAt(index: number) {
    setFocused(index);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function choose(item: MenuItem) {
    close();
    setBusy(true);
    await runExport(() => item.run(data, new Date()));
    setBusy(false);
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : ITEMS.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowDown: (focused + 1) % ITEMS.length,
      ArrowUp: (focused - 1 + ITEMS.length) % ITEMS.length,
      Home: 0,
      End: ITEMS.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocused(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
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
        onClick={() => {
          if (busy) return;
          if (open) setOpen(false);
          else openAt(0);
        }}
        onKeyDown={(event) => !busy && onButtonKeyDown(event)}
      >
        {busy ? 'Exporting…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKeyDown}>
          {ITEMS.map((item, index) => (
            <li key={item.label} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === focused ? 0 : -1}
                onClick={() => void choose(item)}
                onMouseEnter={() => setFocused(index)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
