// A card's "Move to…" menu: a menu button (WAI-ARIA pattern, like the Export menu) listing the
// other stages and Archive. The menu is drawn over the board, outside the scrolling column (and
// the card's drag transform) that would clip it; arrow keys move between items, Escape closes and
// returns focus.
import { memo, useImperativeHandle, useState, type Ref } from 'react';
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
  // Drawn in the page's main landmark (fixed, so its scrolling does not clip it) rather than at
  // the end of the body, where its items would sit outside every landmark.
  const [layer, setLayer] = useState<HTMLElement | null>(null);

  function openAt(index: number, from: HTMLElement | null = null) {
    setLayer(buttonRef.current?.closest('main') ?? document.body);
    openMenuAt(index, from);
  }

  useImperativeHandle(ref, () => ({ open: (from) => openAt(0, from) }));

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
        onKeyDown={onButtonKeyDown}
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
