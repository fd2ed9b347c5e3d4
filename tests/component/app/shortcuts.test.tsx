// Keyboard shortcuts in the window, with Ctrl or with ⌘, and how the app writes them.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shortcutLabel } from '../../../renderer/src/app/useShortcuts';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

afterEach(() => vi.restoreAllMocks());

async function openApp() {
  const app = renderApp(testDatabase());
  await screen.findByRole('region', { name: 'No applications yet' });
  return app;
}

describe('keyboard shortcuts', () => {
  it('open a new application with Ctrl+N, and with ⌘N', async () => {
    const { user } = await openApp();
    await user.keyboard('{Control>}n{/Control}');
    expect(useUiStore.getState().dialog).toEqual({ type: 'editor', applicationId: null });
    useUiStore.getState().dialogClosed();
    await user.keyboard('{Meta>}n{/Meta}');
    expect(useUiStore.getState().dialog).toEqual({ type: 'editor', applicationId: null });
    useUiStore.getState().dialogClosed();
  });

  it('put the cursor in search with Ctrl+F', async () => {
    const { user } = await openApp();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search applications' }));
  });

  it('open a view from the side nav with Ctrl+2, focus moving to its button there', async () => {
    const { user } = await openApp();
    const views = screen.getByRole('navigation', { name: 'Views' });
    await user.click(within(views).getByRole('button', { name: /^Reminders/ }));
    await user.keyboard('{Control>}2{/Control}');
    const board = within(views).getByRole('button', { name: 'Board' });
    expect(board.getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(board);
  });

  it('open a view with Ctrl+2 from a button of the top bar, focus going into the view; from the search box it stays', async () => {
    const { user } = await openApp();
    screen.getByRole('button', { name: /^Import CSV/ }).focus();
    await user.keyboard('{Control>}2{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    const search = screen.getByRole('searchbox', { name: 'Search applications' });
    search.focus();
    await user.keyboard('{Control>}3{/Control}');
    expect(document.activeElement).toBe(search);
  });

  it('leave Ctrl+Shift+V to a text field, where it pastes as plain text', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('searchbox', { name: 'Search applications' }));
    await user.keyboard('{Control>}{Shift>}V{/Shift}{/Control}');
    expect(useUiStore.getState().dialog).toBeNull();
  });
});

describe('shortcut labels', () => {
  it('say ⌘ on a Mac and Ctrl elsewhere, in the search box too', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    expect(shortcutLabel('F')).toBe('⌘F');
    await openApp();
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toContain('(⌘F)');

    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Linux x86_64');
    expect(shortcutLabel('F')).toBe('Ctrl+F');
  });
});
