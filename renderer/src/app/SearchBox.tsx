// The search box in the top bar: searches company, role, notes, locations and tags as you type.
import { useEffect, useRef, useState } from 'react';
import { useUiStore } from '../state/uiStore';
import { shortcutLabel } from './useShortcuts';

export function SearchBox() {
  const search = useUiStore((s) => s.search);
  const searchChanged = useUiStore((s) => s.searchChanged);
  const focusRequest = useUiStore((s) => s.searchFocusRequest);
  const ref = useRef<HTMLInputElement>(null);
  // The text while an input method composes it ("めるか" on its way to "メルカリ"): shown, not
  // searched for, so the table does not empty and refill at every syllable.
  const [composing, setComposing] = useState<string | null>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    ref.current?.focus();
    ref.current?.select();
  }, [focusRequest]);

  return (
    <div className="search-box" role="search">
      <label htmlFor="search" className="visually-hidden">
        Search applications
      </label>
      <input
        ref={ref}
        id="search"
        type="search"
        // Short enough to read whole in the top bar of a 900 px window; the label names what it searches.
        placeholder={`Search  (${shortcutLabel('F')})`}
        value={composing ?? search}
        onChange={(e) => {
          if ((e.nativeEvent as InputEvent).isComposing) return setComposing(e.target.value);
          setComposing(null);
          searchChanged(e.target.value);
        }}
        onCompositionEnd={(e) => {
          setComposing(null);
          searchChanged(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && search) {
            e.preventDefault();
            searchChanged('');
          }
        }}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
