// UI state only: which view, filters, search, sort, selection and dialogs. Application data
// never lives here; components read it from the database with live queries.
import { create } from 'zustand';
import type { Phase, WorkMode } from '@shared/application';
import type { RangeChoice } from '@shared/dashboard/dateRange';
import { MAIN_VIEWS, type MainView } from '@shared/desktopApi';

export type View = MainView | 'settings' | 'reminders';
export type SortKey = 'company' | 'stage' | 'nextDate' | 'payPerMonth' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';

export interface Filters {
  /** Phases and stages combine as "any of": a phase stands for every stage in it. */
  phases: Phase[];
  stageIds: string[];
  workModes: WorkMode[];
  tags: string[];
  showArchived: boolean;
}

export type Dialog =
  /** `company`: a new application's, filled in from where it was asked for (a search for it). */
  | { type: 'editor'; applicationId: string | null; company?: string }
  | { type: 'paste-posting' }
  | { type: 'csv-import' }
  | null;

export interface UiState {
  view: View;
  search: string;
  filters: Filters;
  sort: { key: SortKey; direction: SortDirection };
  selectedId: string | null;
  dialog: Dialog;
  /** Bumped to ask the search box to take focus (Ctrl/Cmd+F, menu). */
  searchFocusRequest: number;
  /**
   * Asks the table to focus its current row, open until it has: arrow keys, and the details
   * closing, which would otherwise drop focus to the page. `except` is a deleted row that the
   * table may still list for a moment and must not take focus; `id`, when set, the row to focus.
   */
  tableFocusRequest: { except: string | null; id: string | null } | null;
  /** The applications the offer comparison shows, in order. */
  compareIds: string[];
  /** The days the dashboard counts applications from. */
  dashboardRange: RangeChoice;
  /** Work not saved when its view was left, by what it is (reminder settings, a stage's name), for the view's return. */
  draftsKept: Readonly<Record<string, KeptDraft>>;

  viewOpened(view: View): void;
  searchChanged(search: string): void;
  searchFocusRequested(): void;
  filtersChanged(filters: Partial<Filters>): void;
  filtersCleared(): void;
  sortRequested(key: SortKey): void;
  applicationSelected(id: string | null): void;
  /**
   * Selects an application and, in the table, puts focus on its row: one just added, or opened
   * from a view without details (the dashboard, the comparison, a reminder), which opens the table.
   */
  applicationOpened(id: string): void;
  tableFocusRequested(except?: string): void;
  /**
   * The details of `id` closed from their panel: focus goes to its row (an edit may have sorted it
   * elsewhere), or, `gone` from the table (deleted, archived out of view), to the row in its place.
   * The board comes back to its card.
   */
  detailsClosed(id: string, gone: boolean): void;
  /**
   * Focus to the table's row of this application (opened from a reminder, just added, brought
   * back by Undo), when the table is the view, or to its card on the board: other views keep
   * focus where it is.
   */
  rowFocusRequested(id: string): void;
  tableFocused(): void;
  editorOpened(applicationId: string | null, newCompany?: string): void;
  pastePostingOpened(): void;
  csvImportOpened(): void;
  dialogClosed(): void;
  compareChanged(ids: string[]): void;
  dashboardRangeChosen(range: RangeChoice): void;
  draftLeft(key: string, kept: KeptDraft | null): void;
}

/** Work not saved when its view was left, with what it was made from (keptDraft.ts). */
export interface KeptDraft {
  draft: unknown;
  of: string;
  /**
   * What the draft would be made from now, null when that is gone (a stage removed): a draft no
   * longer of it would never be shown again, so it is dropped. Without it, the draft is kept.
   */
  ofNow?: () => string | null;
}

export const NO_FILTERS: Filters = { phases: [], stageIds: [], workModes: [], tags: [], showArchived: false };

/** Views that follow the search box and filters; searching from any other view opens the table. */
const SEARCHED_VIEWS: ReadonlySet<View> = new Set(MAIN_VIEWS);
/** Views that show an application's details beside them; opening one from elsewhere opens the table. */
const DETAIL_VIEWS: ReadonlySet<View> = new Set(['applications', 'board', 'calendar']);

const viewOf = (views: ReadonlySet<View>, view: View): View => (views.has(view) ? view : 'applications');

/**
 * Whether open details take the whole view rather than a column beside it: a narrow or zoomed
 * window, as app.css's `max-width: 820px` lays it out.
 */
const detailsFillTheView = () => typeof matchMedia === 'function' && matchMedia('(max-width: 820px)').matches;

/** Columns whose natural first click is "largest / newest first". */
const DESCENDING_FIRST: ReadonlySet<SortKey> = new Set(['payPerMonth', 'updatedAt']);

export const useUiStore = create<UiState>()((set) => ({
  view: 'applications',
  search: '',
  filters: NO_FILTERS,
  sort: { key: 'nextDate', direction: 'asc' },
  selectedId: null,
  dialog: null,
  searchFocusRequest: 0,
  tableFocusRequest: null,
  compareIds: [],
  dashboardRange: { preset: 'all-time' },
  draftsKept: {},

  // The view chosen is the one shown: details that would hide it are closed (beside it they stay).
  viewOpened: (view) => set(detailsFillTheView() ? { view, selectedId: null } : { view }),
  searchChanged: (search) => set({ search }),
  searchFocusRequested: () =>
    set((s) => ({ view: viewOf(SEARCHED_VIEWS, s.view), searchFocusRequest: s.searchFocusRequest + 1 })),
  filtersChanged: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  filtersCleared: () => set({ filters: NO_FILTERS, search: '' }),
  sortRequested: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: DESCENDING_FIRST.has(key) ? 'desc' : 'asc' },
    })),
  applicationSelected: (selectedId) => set((s) => ({ selectedId, view: viewOf(DETAIL_VIEWS, s.view) })),
  tableFocusRequested: (except) => set({ tableFocusRequest: { except: except ?? null, id: null } }),
  detailsClosed: (id, gone) =>
    set({ selectedId: null, tableFocusRequest: gone ? { except: id, id: null } : { except: null, id } }),
  rowFocusRequested: (id) =>
    set((s) => (s.view === 'applications' || s.view === 'board' ? { tableFocusRequest: { except: null, id } } : {})),
  applicationOpened: (id) =>
    set((s) => {
      const view = viewOf(DETAIL_VIEWS, s.view);
      return { selectedId: id, view, ...(view === 'applications' && { tableFocusRequest: { except: null, id } }) };
    }),
  tableFocused: () => set({ tableFocusRequest: null }),
  editorOpened: (applicationId, company) => set({ dialog: { type: 'editor', applicationId, company } }),
  pastePostingOpened: () => set({ dialog: { type: 'paste-posting' } }),
  csvImportOpened: () => set({ dialog: { type: 'csv-import' } }),
  dialogClosed: () => set({ dialog: null }),
  compareChanged: (compareIds) => set({ compareIds }),
  dashboardRangeChosen: (dashboardRange) => set({ dashboardRange }),
  draftLeft: (key, kept) =>
    set((s) => {
      if (kept === null && !(key in s.draftsKept)) return s;
      const { [key]: _left, ...others } = s.draftsKept;
      return { draftsKept: kept === null ? others : { ...others, [key]: kept } };
    }),
}));
