import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useToastStore } from '../../renderer/src/state/toastStore';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { closeTestDatabases } from './testDatabase';

// waitFor and findBy wait for what a test expects, for up to a second by default: too little on
// a loaded CI machine. This only bounds a wait that would otherwise hang.
configure({ asyncUtilTimeout: 20_000 });

// jsdom has no <dialog> modality. Enough of it for our Dialog component: showModal/close
// toggle `open` (so the contents are visible to queries) and close fires `close`.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom has no layout, so every clientHeight is 0. The table's and the board columns' `initialRect`
// only covers the first render: the virtualiser then measures the scroll area (0 high) and renders
// no rows. Give those elements a window-sized box, as a browser would.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
Object.defineProperty(Element.prototype, 'clientHeight', {
  configurable: true,
  get(this: Element) {
    return this.classList.contains('table-scroll') || this.classList.contains('board-column-scroll')
      ? 800
      : (clientHeight.get!.call(this) as number);
  },
});

// jsdom has no layout, so nothing to scroll: scrolling into view (the table brought into a low
// view's sight with its focused row) does nothing, as in a view that already shows it all.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// Vitest globals are off, so Testing Library cannot register its own cleanup. Each test also
// starts with fresh UI stores and its own databases.
afterEach(async () => {
  cleanup();
  useUiStore.setState(useUiStore.getInitialState(), true);
  useToastStore.setState(useToastStore.getInitialState(), true);
  await closeTestDatabases();
});
