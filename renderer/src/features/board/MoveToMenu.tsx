// A card's "Move to…" menu: a menu button (WAI-ARIA pattern, like the Export menu) listing the
// other stages and Archive. The menu is drawn over the board, outside the scrolling column (and
// the card's drag transform) that would clip it; arrow keys move between items, Escape closes and
// returns focus.
import { memo, useEffect, useImperativeHandle, useState, type CSSProperties, type Ref } from 'react';
import { createPortal } from 'react-dom';
import type { Stage } from '@shared/pipeline';
import { useMenuButton } from '../../components/useMenuButton';

export interface MoveToMenuHandle {
  /** Opens the menu from `from` (the card, on M), where focus goes back when it closes. */
  open(from: HTMLElement): void;
}

interface MoveToMenuProps {
  /** What the card is, for screen readers: "Stripe — Software Engineering Intern". */
  subject: string;
  /** The stages it can move to, in pipeline order. */
  stages: readonly Stage[];
  archived: boolean;
  tabIndex: number;
  onMove(stage: Stage): void;
  onArchive(): void;
  ref?: Ref<MoveToMenuHandle>;
}

interface Item {
  label: string;
  color: string | null;
  run(): void;
}

/** Room a menu item takes, to open the menu upwards when it would not fit below. */
const ITEM_HEIGHT = 32;

export const MoveToMenu = memo(function MoveToMenu({
  subject,
  stages,
  archived,
  tabIndex,
  onMove,
  onArchive,
  ref,
}: MoveToMenuProps) {
  const items: Item[] = [
    ...stages.map((stage) => ({ label: stage.name, color: stage.color, run: () => onMove(stage) })),
    { label: archived ? 'Unarchive' : 'Archive', color: null, run: onArchive },
  ];
  const {
    open,
    openAt: openMenuAt,
    close,
    dismiss,
    buttonRef,
    menuRef,
    menuId,
    itemProps,
    onButtonKeyDown,
    onMenuKeyDown,
  } = useMenuButton(items.length);
  const [position, setPosition] = useState<CSSProperties>({});
  // Drawn in the page's main landmark (fixed, so its scrolling does not clip it) rather than at
  // the end of the body, where its items would sit outside every landmark.
  const [layer, setLayer] = useState<HTMLElement | null>(null);

  /** Where the menu goes: under its button, or above it when it would not fit below. */
  function place() {
    const rect = buttonRef.current?.getBoundingClientRect();
    if (!rect) return;
    const height = items.length * ITEM_HEIGHT + 16;
    const below = rect.bottom + height < window.innerHeight;
    setPosition({
      right: Math.max(8, window.innerWidth - rect.right),
      ...(below ? { top: rect.bottom + 4 } : { bottom: Math.max(8, window.innerHeight - rect.top + 4) }),
    });
  }

  function openAt(index: number, from: HTMLElement | null = null) {
    place();
    setLayer(buttonRef.current?.closest('main') ?? document.body);
    openMenuAt(index, from);
  }

  useImperativeHandle(ref, () => ({ open: (from) => openAt(0, from) }));

  useEffect(() => {
    if (!open) return;
    // The menu is drawn over the board: it follows its button when the board scrolls.
    document.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the listeners depend on being open; place only reads refs and sets state
  }, [open]);

  function choose(item: Item) {
    close();
    item.run();
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="board-card-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Move ${subject} to…`}
        title="Move to… (M)"
        tabIndex={tabIndex}
        onClick={() => (open ? dismiss() : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') place();
          onButtonKeyDown(event);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open &&
        layer &&
        createPortal(
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={`Move ${subject} to`}
            className="menu board-menu"
            style={position}
            onKeyDown={onMenuKeyDown}
          >
            {items.map((item, index) => (
              <li key={item.label} role="none" className={item.color === null ? 'menu-separated' : undefined}>
                <button {...itemProps(index)} type="button" role="menuitem" onClick={() => choose(item)}>
                  {item.color !== null && <span aria-hidden="true" className={`stage-dot stage-color-${item.color}`} />}
                  {item.label}
                </button>
              </li>
            ))}
          </ul>,
          layer,
        )}
    </>
  );
});
