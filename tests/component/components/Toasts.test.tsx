// Messages at the bottom of the window: F8 reaches the newest, a message waits while it has
// focus, and acting on it takes focus back to where the keyboard was.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../renderer/src/components/Toasts';
import { useToastStore } from '../../../renderer/src/state/toastStore';
import { useUiStore } from '../../../renderer/src/state/uiStore';

// Events are fired directly: user-event waits on timers between steps, and these are fake.
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

function setup() {
  vi.useFakeTimers();
  render(
    <>
      <main tabIndex={-1}>
        <button type="button">Remove Final round</button>
      </main>
      <Toasts />
    </>,
  );
  const undone: string[] = [];
  const show = (message: string) =>
    act(() =>
      useToastStore.getState().toastShown({
        message,
        tone: 'info',
        action: { label: 'Undo', run: () => void undone.push(message) },
      }),
    );
  return { show, undone };
}

const message = (text: string) => screen.getByText(text).closest('.toast') as HTMLElement;

describe('messages', () => {
  afterEach(() => vi.useRealTimers());

  it('offer one Undo at a time, for the latest change, described by its message', () => {
    const { show } = setup();
    show('Moved Zalando SE to Applied.');
    show('Deleted Zalando SE — Data Intern.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.getElementById(undo.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Deleted Zalando SE — Data Intern.',
    );
    expect(screen.queryByText('Moved Zalando SE to Applied.')).toBeNull();
  });

  it('keep a reminder shown in the page, with its own action, when a change’s Undo comes after it', () => {
    const { show } = setup();
    act(() =>
      useToastStore.getState().toastShown({
        message: 'Arm: deadline in 3 days.',
        tone: 'info',
        lasting: true,
        action: { label: 'Open', run: () => {} },
      }),
    );
    show('Moved Zalando SE to Applied.');
    show('Deleted Zalando SE — Data Intern.');
    expect(Array.from(document.querySelectorAll('.toast > span'), (span) => span.textContent)).toEqual([
      'Arm: deadline in 3 days.',
      'Deleted Zalando SE — Data Intern.',
    ]);
  });

  it('name their buttons by what the message is about, where it says (several reminders can be on screen)', () => {
    setup();
    for (const about of ['Arm: deadline in 3 days (Fri, Mar 6)', 'Arm: assessment due in 3 days (Fri, Mar 6)'])
      act(() =>
        useToastStore.getState().toastShown({
          message: `${about}.`,
          tone: 'info',
          lasting: true,
          about,
          action: { label: 'Open', run: () => {} },
        }),
      );
    expect(screen.getByRole('button', { name: 'Open Arm: deadline in 3 days (Fri, Mar 6)' }).textContent).toBe('Open');
    expect(screen.getAllByRole('button', { name: /^Dismiss / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Dismiss Arm: deadline in 3 days (Fri, Mar 6)',
      'Dismiss Arm: assessment due in 3 days (Fri, Mar 6)',
    ]);
  });

  it('stay, when lasting (a reminder shown in the page), until dismissed', () => {
    setup();
    act(() =>
      useToastStore.getState().toastShown({ message: 'Arm: deadline in 3 days.', tone: 'info', lasting: true }),
    );
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByText('Arm: deadline in 3 days.')).not.toBeNull();
  });

  it('go after 8 seconds when nobody is on them', () => {
    const { show } = setup();
    show('Removed “Final round”.');
    act(() => vi.advanceTimersByTime(7_999));
    expect(screen.queryByText('Removed “Final round”.')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText('Removed “Final round”.')).toBeNull();
  });

  it('are reached with F8, newest first, and wait while focus is on them', async () => {
    const { show, undone } = setup();
    const opener = screen.getByRole('button', { name: 'Remove Final round' });
    opener.focus();
    show('Renamed “Offer” to “Offers”.');
    show('Removed “Final round”.');

    press('F8');
    const newest = message('Removed “Final round”.');
    expect(document.activeElement).toBe(within(newest).getByRole('button', { name: 'Undo' }));
    act(() => vi.advanceTimersByTime(60_000));
    // The older one went on time; the one with focus is still there.
    expect(screen.queryByText('Renamed “Offer” to “Offers”.')).toBeNull();
    expect(screen.queryByText('Removed “Final round”.')).not.toBeNull();

    fireEvent.click(document.activeElement!);
    expect(undone).toEqual(['Removed “Final round”.']);
    expect(screen.queryByText('Removed “Final round”.')).toBeNull();
    expect(document.activeElement).toBe(opener);
    // And it says that it was undone.
    await act(() => Promise.resolve());
    expect(screen.getByRole('status').textContent).toContain('Undone: Removed “Final round”.');
  });

  it('start their 8 seconds again once focus leaves them', () => {
    const { show } = setup();
    show('Removed “Final round”.');
    press('F8');
    act(() => vi.advanceTimersByTime(20_000));
    // Within the message focus may move on: it still waits.
    act(() => within(message('Removed “Final round”.')).getByRole('button', { name: 'Dismiss message' }).focus());
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.queryByText('Removed “Final round”.')).not.toBeNull();
    act(() => screen.getByRole('button', { name: 'Remove Final round' }).focus());
    act(() => vi.advanceTimersByTime(7_999));
    expect(screen.queryByText('Removed “Final round”.')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText('Removed “Final round”.')).toBeNull();
  });

  it('put focus back where it was when Undo is clicked, as when it is reached by F8', () => {
    const { show, undone } = setup();
    const opener = screen.getByRole('button', { name: 'Remove Final round' });
    opener.focus();
    show('Removed “Final round”.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    // A click: the pointer goes down, the button takes focus, then the click.
    fireEvent.pointerDown(undo);
    undo.focus();
    fireEvent.click(undo);
    expect(undone).toEqual(['Removed “Final round”.']);
    expect(document.activeElement).toBe(opener);
  });

  it('put focus in the view, and ask the table for it, when where F8 was pressed is gone', () => {
    const { show } = setup();
    const opener = screen.getByRole('button', { name: 'Remove Final round' });
    opener.focus();
    show('Imported 3 applications.');
    press('F8');
    // The place F8 was pressed from goes, as an import's dialog does once its message shows.
    opener.remove();
    const requestsBefore = useUiStore.getState().tableFocusRequest;
    fireEvent.click(document.activeElement!);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(useUiStore.getState().tableFocusRequest).not.toBe(requestsBefore);
  });

  it('say a repeated message once, for 8 seconds from the last time', () => {
    setup();
    const backedUp = () =>
      act(() => useToastStore.getState().toastShown({ message: 'Backed up 3 applications.', tone: 'info' }));
    backedUp();
    act(() => vi.advanceTimersByTime(5_000));
    backedUp();
    expect(screen.getAllByText('Backed up 3 applications.')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.queryByText('Backed up 3 applications.')).not.toBeNull();
  });

  it('say a repeated message with Undo once, and its Undo is the newest change’s', () => {
    setup();
    const undone: number[] = [];
    for (const move of [1, 2, 3])
      act(() =>
        useToastStore.getState().toastShown({
          message: 'Moved “Take-home” up.',
          tone: 'info',
          action: { label: 'Undo', run: () => void undone.push(move) },
        }),
      );
    expect(screen.getAllByText('Moved “Take-home” up.')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toEqual([3]);
  });

  it('show three at most, the oldest going first', () => {
    setup();
    for (const company of ['Meta', 'Stripe', 'Figma', 'Datadog'])
      act(() => useToastStore.getState().toastShown({ message: `${company} could not be saved.`, tone: 'error' }));
    expect(Array.from(document.querySelectorAll('.toast > span'), (span) => span.textContent)).toEqual([
      'Stripe could not be saved.',
      'Figma could not be saved.',
      'Datadog could not be saved.',
    ]);
  });

  it('never push out a reminder shown in the page: it stays until dismissed, however many come after it', () => {
    setup();
    const remind = (title: string) =>
      act(() => useToastStore.getState().toastShown({ message: title, tone: 'info', lasting: true, reminder: title }));
    const error = (message: string) => act(() => useToastStore.getState().toastShown({ message, tone: 'error' }));
    remind('Arm: deadline today.');
    error('Meta could not be saved.');
    remind('Figma: interview in 1 hour.');
    error('Stripe could not be saved.');
    remind('Datadog: deadline tomorrow.');
    expect(Array.from(document.querySelectorAll('.toast > span'), (span) => span.textContent)).toEqual([
      'Arm: deadline today.',
      'Figma: interview in 1 hour.',
      'Datadog: deadline tomorrow.',
    ]);
  });

  it('let a plain confirmation give way to the next message, keeping those with Undo and errors', () => {
    const { show } = setup();
    const said = (message: string, tone: 'info' | 'error' = 'info') =>
      act(() => useToastStore.getState().toastShown({ message, tone }));
    said('Added Figma.');
    said('The backup could not be written.', 'error');
    show('Deleted Spotify — Backend Intern.');
    said('Added Datadog.');
    expect(Array.from(document.querySelectorAll('.toast > span'), (span) => span.textContent)).toEqual([
      'The backup could not be written.',
      'Deleted Spotify — Backend Intern.',
      'Added Datadog.',
    ]);
  });

  describe('keep focus when the message holding it goes', () => {
    const newestUndo = () => within(message('Archived Datadog.')).getByRole('button', { name: 'Undo' });

    it('to the same message said again, which takes its place', () => {
      const { show } = setup();
      show('Moved “Take-home” up.');
      press('F8');
      show('Moved “Take-home” up.');
      expect(document.activeElement).toBe(
        within(message('Moved “Take-home” up.')).getByRole('button', { name: 'Undo' }),
      );
    });

    it('to the newest message when it pushes the focused one out', () => {
      const { show } = setup();
      show('Archived Meta.');
      press('F8');
      for (const company of ['Stripe', 'Figma', 'Datadog']) show(`Archived ${company}.`);
      expect(screen.queryByText('Archived Meta.')).toBeNull();
      expect(document.activeElement).toBe(newestUndo());
    });

    it('to the next message when a plain confirmation gives way to it', () => {
      const { show } = setup();
      act(() => useToastStore.getState().toastShown({ message: 'Added Figma.', tone: 'info' }));
      press('F8');
      show('Archived Datadog.');
      expect(document.activeElement).toBe(newestUndo());
    });

    it('and, once none is left, back to where F8 was pressed', () => {
      const { show } = setup();
      const opener = screen.getByRole('button', { name: 'Remove Final round' });
      opener.focus();
      show('Archived Datadog.');
      press('F8');
      act(() => useToastStore.getState().toastDismissed(useToastStore.getState().toasts[0]!.id));
      expect(document.activeElement).toBe(opener);
    });

    it('but leave focus alone when it is elsewhere', () => {
      const { show } = setup();
      const opener = screen.getByRole('button', { name: 'Remove Final round' });
      show('Archived Meta.');
      opener.focus();
      for (const company of ['Stripe', 'Figma', 'Datadog']) show(`Archived ${company}.`);
      expect(document.activeElement).toBe(opener);
    });
  });

  it('leave F8 alone when there is none', () => {
    setup();
    const opener = screen.getByRole('button', { name: 'Remove Final round' });
    opener.focus();
    press('F8');
    expect(document.activeElement).toBe(opener);
  });
});
