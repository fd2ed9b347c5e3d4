// The keyboard and focus behaviour of a menu button (WAI-ARIA "menu button" pattern), shared by
// every menu in the app: ↓/↑ on the button open the menu at its first/last item, arrow keys,
// Home and End move between items, Escape closes and returns focus to the button (or to what
// opened the menu from elsewhere, as a card's M does), Tab closes and
// moves on from the button (the menu may be drawn elsewhere in the page, so the next stop is the
// one after the button, not after the menu). The highlighted item is the focused one, whatever
// moved focus there, and the pointer moves it only when it moves: a menu opened by keyboard under
// a resting pointer keeps its first item. It also places every menu in the window (placeMenu).
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Space kept between a menu and the window's edges, and between a menu and its button. */
const EDGE = 8;
const GAP = 4;
/** Less room than this (about three items) on either side, and the menu may cover its button instead. */
const LEAST_ROOM = 96;

/**
 * Puts an open menu (fixed, app.css `.menu`) under its button, right edges aligned, or above it
 * when there is more room there; never past the window's edges. A menu taller than the room it
 * has scrolls within itself (the browser scrolls its focused item into sight). Measured, not
 * estimated: at 200% zoom or a larger font, items are taller than any guess.
 */
function placeMenu(button: HTMLElement, menu: HTMLElement) {
  const rect = button.getBoundingClientRect();
  const { innerWidth, innerHeight } = window;
  // Its whole height, even while a smaller max-height makes it scroll.
  const natural = menu.scrollHeight + menu.offsetHeight - menu.clientHeight;
  const roomBelow = innerHeight - rect.bottom - GAP - EDGE;
  const roomAbove = rect.top - GAP - EDGE;
  const below = natural <= roomBelow || roomBelow >= roomAbove;
  let height = Math.min(natural, below ? roomBelow : roomAbove);
  if (height < Math.min(natural, LEAST_ROOM)) height = Math.min(natural, innerHeight - 2 * EDGE);
  const top = below ? rect.bottom + GAP : rect.top - GAP - height;
  const width = menu.offsetWidth;
  menu.style.maxHeight = `${height}px`;
  menu.style.top = `${clamp(top, EDGE, innerHeight - EDGE - height)}px`;
  menu.style.left = `${clamp(rect.right - width, EDGE, innerWidth - EDGE - width)}px`;
}

function clamp(value: number, least: number, most: number): number {
  return Math.max(least, Math.min(value, most));
}

export function useMenuButton(itemCount: number) {
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes back to on close: the button, or what opened the menu for it (a key on a card). */
  const returnTo = useRef<HTMLElement | null>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  // Placed before it is painted, and again as the page scrolls under it or the window changes
  // size (not as the menu scrolls itself).
  useLayoutEffect(() => {
    if (!open) return;
    const place = (event?: Event) => {
      const menu = menuRef.current;
      const button = buttonRef.current;
      if (!menu || !button || (event?.target instanceof Node && menu.contains(event.target))) return;
      placeMenu(button, menu);
    };
    place();
    document.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open]);

  useEffect(() => {
    if (open) itemRefs.current[focused]?.focus();
  }, [open, focused]);

  // A press anywhere but the menu and its button closes it, focus left where the press put it.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const { target } = event;
      if (target instanceof Node && (menuRef.current?.contains(target) || buttonRef.current?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function openAt(index: number, from: HTMLElement | null = null) {
    returnTo.current = from;
    setFocused(index);
    setOpen(true);
  }

  /** Closes the menu and puts focus back on what opened it: its button, or the card its key was pressed on. */
  function close(to: 'opener' | 'button' = 'opener') {
    setOpen(false);
    ((to === 'opener' ? returnTo.current : null) ?? buttonRef.current)?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : itemCount - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowDown: (focused + 1) % itemCount,
      ArrowUp: (focused - 1 + itemCount) % itemCount,
      Home: 0,
      End: itemCount - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocused(moves[event.key]!);
    } else if (event.key === 'Escape') {
      // Escape closes the menu, not the details or the search around it.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      // Focus goes back to the button first, so that Tab's own move starts from there.
      close('button');
    }
  }

  return {
    open,
    openAt,
    close,
    /** Closes without moving focus (a click elsewhere already moved it). */
    dismiss: () => setOpen(false),
    toggle: () => (open ? setOpen(false) : openAt(0)),
    buttonRef,
    /** The menu's list: a press inside it does not close it. */
    menuRef,
    menuId,
    /** What each item's button needs: its ref, its place in the tab order and what moves focus to it. */
    itemProps: (index: number) => ({
      ref: (element: HTMLButtonElement | null) => {
        itemRefs.current[index] = element;
      },
      tabIndex: index === focused ? 0 : -1,
      onFocus: () => setFocused(index),
      // Not mouseenter: the browser sends that when the menu appears under a pointer that stayed still.
      onMouseMove: () => setFocused(index),
    }),
    onButtonKeyDown,
    onMenuKeyDown,
  };
}
