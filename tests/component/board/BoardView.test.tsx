// The board on a real (fake-indexeddb) database: its columns and cards, the folded Closed column,
// the table's search, "Move to…" and Archive with Undo, the details beside the board, moving focus
// between cards, focus staying on a card moved by keyboard, and a long column rendered a screenful
// at a time. Dragging is tested in Chromium (tests/e2e/board.spec.ts): jsdom has no layout to drag
// across, and here the board gets only what the keyboard's moves need (layOutBoard).
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '@shared/application';
import { toRow, fromRow, type AppDatabase } from '../../../renderer/src/db/db';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { anApplication } from '../applicationFixture';
import { renderApp } from '../renderApp';
import { testDatabase } from '../testDatabase';

/** Far ahead, so the deadline is still to come whenever the tests run. */
const STRIPE = {
  ...anApplication(
    'stripe',
    {
      company: 'Stripe',
      role: 'Software Engineering Intern',
      pay: { min: 9000, max: 9000, currency: 'USD', period: 'month', raw: '$9,000/month' },
      deadlines: [{ id: 'd1', kind: 'assessment', at: '2099-03-05', label: 'Coding challenge', done: false }],
      excitement: 4,
      tags: ['fintech', 'dream'],
    },
    { stage: 'applied' },
  ),
  boardRank: 1000,
};
const FIGMA = {
  ...anApplication('figma', { company: 'Figma', role: 'Design Intern' }, { stage: 'applied' }),
  boardRank: 2000,
};
const NOTION = { ...anApplication('notion', { company: 'Notion' }, { stage: 'phone-screen' }), boardRank: 1000 };
const MONZO = anApplication('monzo', { company: 'Monzo' }, { stage: 'rejected' });

async function openBoard(apps: Application[]) {
  const db = testDatabase();
  await db.applications.bulkAdd(apps.map(toRow));
  const view = renderApp(db);
  act(() => useUiStore.getState().viewOpened('board'));
  await screen.findByRole('region', { name: 'Wishlist' });
  return { db, ...view };
}

function column(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function companiesIn(name: string): string[] {
  return [...column(name).querySelectorAll('.board-card-company')].map((e) => e.textContent ?? '');
}

/** A card's handle, by company: a button named "Company — Role" (jsdom leaves out the spaces). */
function card(company: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${company}\\s*—\\s*`) });
}

async function stored(db: AppDatabase, id: string): Promise<Application> {
  return fromRow((await db.applications.get(id))!);
}

describe('the board', () => {
  it('shows a column per open stage in pipeline order, with counts, and the closed stages folded into one', async () => {
    await openBoard([STRIPE, FIGMA, NOTION, MONZO]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Wishlist',
      'Applied',
      'Online assessment',
      'Phone screen',
      'Technical interview',
      'Final round',
      'Offer',
      'Accepted',
    ]);
    expect(within(column('Applied')).getByText('2').textContent).toBe('2 applications');
    expect(companiesIn('Applied')).toEqual(['Stripe', 'Figma']);
    expect(companiesIn('Phone screen')).toEqual(['Notion']);
    expect(within(column('Wishlist')).getByText('No applications')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Closed 1 application' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Monzo')).toBeNull();
  });

  it('shows on each card its company, role, next date, pay per month, excitement and tags', async () => {
    await openBoard([STRIPE]);
    const item = card('Stripe').closest('[role="listitem"]') as HTMLElement;
    expect(card('Stripe').textContent).toBe('Stripe — Software Engineering Intern');
    expect(item.textContent).toContain('Mar 5, 2099 · in ');
    expect(item.textContent).toContain('Coding challenge');
    expect(item.textContent).toContain('$9,000 a month');
    // Four full and one hollow: told apart by shape where a high-contrast mode draws them in one colour.
    expect(within(item).getByRole('img', { name: 'Excitement 4 of 5' }).textContent).toBe('●●●●○');
    expect([...item.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['fintech', 'dream']);
  });

  it('says "Unpaid" on the card of an unpaid role, not "Unpaid a month" or "$0 a month"', async () => {
    await openBoard([{ ...STRIPE, pay: { min: 0, max: 0, currency: 'USD', period: 'month', raw: '$0' } }]);
    const item = card('Stripe').closest('[role="listitem"]') as HTMLElement;
    expect(item.querySelector('.board-card-pay')?.textContent).toBe('Unpaid');
  });

  it('opens the closed stages as a column each, and folds them again', async () => {
    const { user } = await openBoard([STRIPE, MONZO]);
    await user.click(screen.getByRole('button', { name: 'Closed 1 application' }));
    expect(companiesIn('Rejected')).toEqual(['Monzo']);
    for (const name of ['Withdrawn', 'Declined', 'Ghosted']) expect(companiesIn(name)).toEqual([]);
    // The button that turns it back takes focus, so the keyboard keeps its place.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fold' }));
    await user.click(screen.getByRole('button', { name: 'Fold' }));
    expect(screen.queryByRole('region', { name: 'Rejected' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Closed 1 application' }));
  });

  it('follows the search box and the filters of the table', async () => {
    const { user } = await openBoard([STRIPE, FIGMA, NOTION]);
    await user.type(screen.getByRole('searchbox', { name: 'Search applications' }), 'fig');
    expect(companiesIn('Applied')).toEqual(['Figma']);
    expect(companiesIn('Phone screen')).toEqual([]);
    expect(screen.getByText('1 of 3 applications')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search applications' }));
    act(() => useUiStore.getState().filtersChanged({ stageIds: ['phone-screen'] }));
    expect(companiesIn('Applied')).toEqual([]);
    expect(companiesIn('Phone screen')).toEqual(['Notion']);
  });
});

describe('moving a card from its "Move to…" menu', () => {
  it('lists the other stages and Archive, moves the card with one write recorded in the history, and Undo restores it', async () => {
    const { db, user } = await openBoard([STRIPE, FIGMA, NOTION]);
    await user.click(screen.getByRole('button', { name: 'Move Figma — Design Intern to…' }));
    const menu = screen.getByRole('menu', { name: 'Move Figma — Design Intern to' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Wishlist',
      'Online assessment',
      'Phone screen',
      'Technical interview',
      'Final round',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
      'Declined',
      'Ghosted',
      'Archive',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Phone screen' }));

    await screen.findByText('Moved Figma to Phone screen.');
    // At the top of the column it went to: a step before its first card.
    expect(companiesIn('Phone screen')).toEqual(['Figma', 'Notion']);
    expect(companiesIn('Applied')).toEqual(['Stripe']);
    const moved = await stored(db, 'figma');
    expect(moved.stageId).toBe('phone-screen');
    expect(moved.boardRank).toBe(1000 - 1024);
    expect(moved.stageHistory.map((entry) => entry.stageId)).toEqual(['applied', 'phone-screen']);
    expect(Date.now() - Date.parse(moved.stageHistory[1]!.at)).toBeLessThan(60_000);
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));

    // From the keyboard: F8 to the message, Enter on Undo. The card goes back, and so does focus.
    await user.keyboard('{F8}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(companiesIn('Applied')).toEqual(['Stripe', 'Figma']));
    // As it was, written again now.
    expect(await stored(db, 'figma')).toEqual({ ...FIGMA, updatedAt: expect.any(String) });
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));
  });

  it('moved back out of Accepted, opens the answer to its offer again and says so; Undo ticks it again', async () => {
    const answer = { id: 'answer', kind: 'offer-response' as const, at: '2099-03-20', label: '', done: true };
    const accepted = anApplication('accepted', { company: 'Canva', deadlines: [answer] }, { stage: 'accepted' });
    const { db, user } = await openBoard([accepted]);
    await user.click(screen.getByRole('button', { name: /^Move Canva — .* to…$/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Offer' }));

    await screen.findByText('Moved Canva to Offer. Reopened: Offer response due.');
    expect((await stored(db, 'accepted')).deadlines).toEqual([{ ...answer, done: false }]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(db, 'accepted')).deadlines).toEqual([answer]));
  });

  it('archives a card, which leaves the board, and Undo brings it back', async () => {
    const { db, user } = await openBoard([STRIPE, FIGMA]);
    await user.click(screen.getByRole('button', { name: 'Move Stripe — Software Engineering Intern to…' }));
    await user.click(screen.getByRole('menuitem', { name: 'Archive' }));
    await screen.findByText('Archived Stripe.');
    expect(companiesIn('Applied')).toEqual(['Figma']);
    expect((await stored(db, 'stripe')).archivedAt).not.toBeNull();
    // The card that took its place takes focus.
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(companiesIn('Applied')).toEqual(['Stripe', 'Figma']));
    expect(await stored(db, 'stripe')).toEqual({ ...STRIPE, updatedAt: expect.any(String) });
    await waitFor(() => expect(document.activeElement).toBe(card('Stripe')));
  });

  it('moved by keyboard into the folded closed stages, hands focus to the card that took its place, or to the Closed column', async () => {
    const { user } = await openBoard([STRIPE, FIGMA, NOTION]);
    card('Stripe').focus();
    // M, then down the list to Rejected (the eighth item), Enter.
    await user.keyboard('m{ArrowDown>7/}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Rejected' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Moved Stripe to Rejected.');
    expect(companiesIn('Applied')).toEqual(['Figma']);
    // As after Archive: the card now in its place, where the keyboard was.
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));

    // The last card of its column: focus goes where it went, to the column that now counts it.
    await user.keyboard('m{End}{ArrowUp>4/}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Rejected' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Moved Figma to Rejected.');
    expect(companiesIn('Applied')).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Closed 2 applications' })),
    );

    // Undo from the keyboard: the card comes back, and so does focus.
    await user.keyboard('{F8}{Enter}');
    await waitFor(() => expect(companiesIn('Applied')).toEqual(['Figma']));
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));
  });

  it('archived by keyboard from a column it leaves empty, hands focus to the nearest card beside it', async () => {
    const { user } = await openBoard([STRIPE, FIGMA, NOTION]);
    card('Notion').focus();
    await user.keyboard('m{End}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Archive' }));
    await user.keyboard('{Enter}');

    await screen.findByText('Archived Notion.');
    // No card to the right of Phone screen: the first of Applied, as ← would.
    await waitFor(() => expect(document.activeElement).toBe(card('Stripe')));
  });

  it('opens with the keyboard, moves through its items with the arrow keys and closes with Escape', async () => {
    const { user } = await openBoard([STRIPE, FIGMA]);
    card('Stripe').focus();
    await user.keyboard('m');
    const menu = screen.getByRole('menu');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Wishlist' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Online assessment' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    // Back on the card M was pressed on, where the student was.
    expect(document.activeElement).toBe(card('Stripe'));

    // Opened from its button, it gives focus back to the button.
    await user.click(screen.getByRole('button', { name: 'Move Stripe — Software Engineering Intern to…' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Move Stripe — Software Engineering Intern to…' }),
    );
  });

  it('closes on Tab, and Tab goes on to the next control of the card, not back to the menu button', async () => {
    const { user } = await openBoard([STRIPE, FIGMA]);
    card('Stripe').focus();
    await user.keyboard('m');
    expect(screen.getByRole('menu')).toBeTruthy();
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Details of Stripe — Software Engineering Intern' }),
    );
  });
});

describe('the details of a card', () => {
  it('open beside the board with O or a click, and the view stays the board', async () => {
    const { user } = await openBoard([STRIPE, FIGMA]);
    card('Figma').focus();
    await user.keyboard('o');
    expect(screen.getByRole('complementary', { name: 'Figma' })).toBeTruthy();
    expect(useUiStore.getState().view).toBe('board');

    await user.click(card('Stripe'));
    expect(screen.getByRole('complementary', { name: 'Stripe' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Details of Figma — Design Intern' }));
    expect(screen.getByRole('complementary', { name: 'Figma' })).toBeTruthy();
  });

  it('close with Escape from the card that opened them, focus staying on the card', async () => {
    const { user } = await openBoard([STRIPE, FIGMA]);
    card('Figma').focus();
    await user.keyboard('o');
    expect(screen.getByRole('complementary', { name: 'Figma' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(card('Figma'));
  });

  it('give focus back to the card when they close', async () => {
    const { user } = await openBoard([STRIPE, FIGMA]);
    await user.click(card('Figma'));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));
  });
});

describe('deleting a card from its details', () => {
  const INFOSYS = { ...anApplication('infosys', { company: 'Infosys' }, { stage: 'wishlist' }), boardRank: 1000 };
  const ZOHO = { ...anApplication('zoho', { company: 'Zoho' }, { stage: 'applied' }), boardRank: 3000 };

  it('hands focus to the card that took its place in its column, and Undo to the card brought back', async () => {
    const { user } = await openBoard([INFOSYS, STRIPE, FIGMA, ZOHO, NOTION]);
    card('Figma').focus();
    await user.keyboard('o');
    await user.click(
      within(screen.getByRole('complementary', { name: 'Figma' })).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Deleted Figma — Design Intern.');
    expect(companiesIn('Applied')).toEqual(['Stripe', 'Zoho']);
    // Not the board's first card (Infosys, in Wishlist): the keyboard keeps its place.
    await waitFor(() => expect(document.activeElement).toBe(card('Zoho')));

    await user.keyboard('{F8}{Enter}');
    await waitFor(() => expect(companiesIn('Applied')).toEqual(['Stripe', 'Figma', 'Zoho']));
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));
  });

  it("hands focus to the card before it when it was its column's last, and to the nearest beside once the column is empty", async () => {
    const { user } = await openBoard([INFOSYS, STRIPE, ZOHO, NOTION]);
    card('Zoho').focus();
    await user.keyboard('o');
    await user.click(
      within(screen.getByRole('complementary', { name: 'Zoho' })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(document.activeElement).toBe(card('Stripe')));

    card('Notion').focus();
    await user.keyboard('o');
    await user.click(
      within(screen.getByRole('complementary', { name: 'Notion' })).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText(/^Deleted Notion/);
    // No card to the right of Phone screen: the last of Applied, as ← would.
    await waitFor(() => expect(document.activeElement).toBe(card('Stripe')));
  });
});

describe('the keyboard on the board', () => {
  it('reaches one card with Tab and moves between cards and columns with the arrow keys', async () => {
    const { user } = await openBoard([STRIPE, FIGMA, NOTION]);
    expect(card('Stripe').tabIndex).toBe(0);
    expect(card('Figma').tabIndex).toBe(-1);
    card('Stripe').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(card('Figma'));
    // Right skips the empty Online assessment column.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(card('Notion'));
    expect(card('Notion').tabIndex).toBe(0);
    expect(card('Stripe').tabIndex).toBe(-1);
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(card('Stripe'));
  });
});

/**
 * Lays the board out for dnd-kit, which jsdom does not: columns side by side, cards down each one,
 * and the dragged card's overlay where dnd-kit places it (its style) at a card's size.
 */
function layOutBoard() {
  const box = (left: number, top: number, width: number, height: number) =>
    ({ x: left, y: top, left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    // dnd-kit places the overlay (the card drawn while it is dragged) with its wrapper's style.
    const overlay = this.matches('.overlay') ? this.parentElement : this.querySelector(':scope > .overlay') && this;
    if (overlay) return box(parseFloat(overlay.style.left), parseFloat(overlay.style.top), 272, 116);
    const columns = [...document.querySelectorAll('.board-column, .board-closed-folded')];
    const left = columns.indexOf(this.closest('.board-column, .board-closed-folded')!) * 300;
    if (this.matches('.board-column, .board-closed-folded')) return box(left, 0, 280, 900);
    if (this.matches('.board-card')) return box(left + 4, 40 + Number(this.dataset.index) * 124, 272, 116);
    return box(0, 0, 0, 0);
  });
}

describe('a card moved by keyboard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps focus as it is carried into another column, and where it is dropped', async () => {
    const { user } = await openBoard([STRIPE, FIGMA, NOTION]);
    layOutBoard();
    card('Figma').focus();
    await user.keyboard(' ');
    await screen.findByText(/^Picked up Figma/);
    await user.keyboard('{ArrowRight}');
    await screen.findByText('Moved to Online assessment, position 1 of 1.');
    // The card is drawn anew in the column it joined; focus went with it, not to the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(column('Online assessment')).getByRole('button', { name: /^Figma/ })),
    );
    await user.keyboard('{ArrowRight}');
    await screen.findByText('Moved to Phone screen, position 1 of 2.');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(column('Phone screen')).getByRole('button', { name: /^Figma/ })),
    );

    await user.keyboard(' ');
    await screen.findByText('Moved Figma to Phone screen.');
    expect(companiesIn('Phone screen')).toEqual(['Figma', 'Notion']);
    await waitFor(() => expect(document.activeElement).toBe(card('Figma')));
  });
});

describe('a long column', () => {
  it('renders only a screenful of cards, and tells assistive technology how many there are', async () => {
    const apps = Array.from({ length: 300 }, (_, i) => ({
      ...anApplication(`app-${String(i).padStart(3, '0')}`, {}, { stage: 'applied' }),
      boardRank: i,
    }));
    await openBoard(apps);
    const items = within(column('Applied')).getAllByRole('listitem');
    // 800 px of 124 px cards plus a few beyond: a screenful, not 300.
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(14);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('300');
    expect(column('Applied').textContent).toContain('300 applications');
  });
});
