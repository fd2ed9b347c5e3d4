// Which view shows a chosen application, and which view search keeps: the views that show details
// beside themselves keep showing, the others hand over to the table.
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../renderer/src/app/useDesktopCommands';
import { useUiStore, type View } from '../../../renderer/src/state/uiStore';

function selectIn(view: View, id: string | null): View {
  useUiStore.getState().viewOpened(view);
  useUiStore.getState().applicationSelected(id);
  return useUiStore.getState().view;
}

describe('choosing an application', () => {
  it('keeps the table, the board and the calendar, which show its details beside them', () => {
    expect(selectIn('applications', 'a')).toBe('applications');
    expect(selectIn('board', 'a')).toBe('board');
    expect(selectIn('calendar', 'a')).toBe('calendar');
    expect(useUiStore.getState().selectedId).toBe('a');
  });

  it('opens the table from a view that cannot show details', () => {
    for (const view of ['dashboard', 'compare', 'reminders', 'settings'] as const) {
      expect(selectIn(view, 'a')).toBe('applications');
    }
  });

  it('keeps the board when its details close', () => {
    expect(selectIn('board', null)).toBe('board');
    expect(useUiStore.getState().selectedId).toBeNull();
  });

  it('shows the application a notification was about beside the board when the board is open', () => {
    useUiStore.getState().viewOpened('board');
    handleCommand({ type: 'show-application', applicationId: 'app-7' });
    expect(useUiStore.getState()).toMatchObject({ view: 'board', selectedId: 'app-7' });
  });
});

describe('asking for search (Ctrl+F)', () => {
  it('keeps the views that follow the search box, and opens the table from the others', () => {
    for (const view of ['applications', 'board', 'calendar', 'dashboard', 'compare'] as const) {
      useUiStore.getState().viewOpened(view);
      useUiStore.getState().searchFocusRequested();
      expect(useUiStore.getState().view).toBe(view);
    }
    for (const view of ['reminders', 'settings'] as const) {
      useUiStore.getState().viewOpened(view);
      useUiStore.getState().searchFocusRequested();
      expect(useUiStore.getState().view).toBe('applications');
    }
  });
});
