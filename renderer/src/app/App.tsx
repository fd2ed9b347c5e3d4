// The window: top bar with search and actions, navigation, the current view and dialogs. The
// table and the editor are in the first bundle; the other views and dialogs are loaded once the
// window has started (or when first opened), so its first rows wait for no code they do not need.
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, type ComponentType } from 'react';
import { MAIN_VIEW_LABELS, MAIN_VIEWS } from '@shared/desktopApi';
import { useUiStore, type View } from '../state/uiStore';
import { Toasts } from '../components/Toasts';
import { useAfterStartup } from '../components/useAfterStartup';
import { ApplicationsView } from '../features/applications/ApplicationsView';
import { useDailyBackup } from '../features/backups/useDailyBackup';
import { ApplicationEditor } from '../features/editor/ApplicationEditor';
import { ExportMenu } from '../features/export/ExportMenu';
import { usePruneDeleted } from '../features/recentlyDeleted/usePruneDeleted';
import { RemindersNavButton } from '../features/reminders/RemindersNavButton';
import { useReminderPlanSync } from '../features/reminders/useReminderPlanSync';
import { SearchBox } from './SearchBox';
import { isTextEntry, shortcutLabel, useShortcuts } from './useShortcuts';
import { useKeptCompareSelection } from '../features/compare/compareSelection';
import { useDesktopCommands } from './useDesktopCommands';
import { useTheme } from './useTheme';

/**
 * A view or dialog whose code is loaded when it is first opened, or before that, in the page's
 * idle moments once the window has started (see preloadWhenIdle): the first Import CSV… then
 * opens at once, and keys pressed as it opens reach it.
 */
function loadedLater<Props>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // Tried again when opened: a load that failed in an idle moment is not its last word.
        loading = undefined;
        throw error;
      },
    ));
  return { Component: lazy(preload), preload };
}

const LOADED_LATER = {
  board: loadedLater(() => import('../features/board/BoardView').then((m) => m.BoardView)),
  calendar: loadedLater(() => import('../features/calendar/CalendarView').then((m) => m.CalendarView)),
  dashboard: loadedLater(() => import('../features/dashboard/DashboardView').then((m) => m.DashboardView)),
  compare: loadedLater(() => import('../features/compare/CompareView').then((m) => m.CompareView)),
  reminders: loadedLater(() => import('../features/reminders/ReminderCentre').then((m) => m.ReminderCentre)),
  settings: loadedLater(() => import('../features/settings/SettingsView').then((m) => m.SettingsView)),
  pastePosting: loadedLater(() => import('../features/paste/PastePostingDialog').then((m) => m.PastePostingDialog)),
  csvImport: loadedLater(() => import('../features/csvImport/CsvImportDialog').then((m) => m.CsvImportDialog)),
};
const BoardView = LOADED_LATER.board.Component;
const CalendarView = LOADED_LATER.calendar.Component;
const DashboardView = LOADED_LATER.dashboard.Component;
const CompareView = LOADED_LATER.compare.Component;
const ReminderCentre = LOADED_LATER.reminders.Component;
const SettingsView = LOADED_LATER.settings.Component;
const PastePostingDialog = LOADED_LATER.pastePosting.Component;
const CsvImportDialog = LOADED_LATER.csvImport.Component;

/** Loads the code of every view and dialog not yet opened, one in each idle moment of the page. */
function preloadWhenIdle(): () => void {
  const waiting = Object.values(LOADED_LATER).map((later) => later.preload);
  let idle: number | undefined;
  const next = () => {
    idle = requestIdleCallback(() => {
      const preload = waiting.shift();
      if (preload) void preload().then(next, next);
    });
  };
  if (typeof requestIdleCallback === 'function') next();
  return () => {
    waiting.length = 0;
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

const NAV: { view: View; label: string; key: string }[] = [
  ...MAIN_VIEWS.map((view, i) => ({ view, label: MAIN_VIEW_LABELS[view], key: String(i + 1) })),
  { view: 'reminders', label: 'Reminders', key: 'Shift+R' },
  { view: 'settings', label: 'Settings', key: ',' },
];

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'applications':
      return <ApplicationsView />;
    case 'settings':
      return <SettingsView />;
    case 'reminders':
      return <ReminderCentre />;
    case 'compare':
      return <CompareView />;
    case 'board':
      return <BoardView />;
    case 'calendar':
      return <CalendarView />;
    case 'dashboard':
      return <DashboardView />;
  }
}

function viewName(view: View): string {
  return NAV.find((item) => item.view === view)?.label.toLowerCase() ?? view;
}

function CurrentDialog() {
  const dialog = useUiStore((s) => s.dialog);
  if (dialog?.type === 'editor')
    return (
      <ApplicationEditor
        key={dialog.applicationId ?? 'new'}
        applicationId={dialog.applicationId}
        newCompany={dialog.company}
      />
    );
  if (dialog?.type === 'paste-posting') return <PastePostingDialog />;
  if (dialog?.type === 'csv-import') return <CsvImportDialog />;
  return null;
}

export function App() {
  const view = useUiStore((s) => s.view);
  const viewOpened = useUiStore((s) => s.viewOpened);
  const editorOpened = useUiStore((s) => s.editorOpened);
  const pastePostingOpened = useUiStore((s) => s.pastePostingOpened);
  const csvImportOpened = useUiStore((s) => s.csvImportOpened);
  useShortcuts();
  useDesktopCommands();
  useKeptCompareSelection();
  useTheme();
  useReminderPlanSync();
  useDailyBackup();
  usePruneDeleted();
  const started = useAfterStartup();
  useEffect(() => (started ? preloadWhenIdle() : undefined), [started]);
  const mainRef = useRef<HTMLElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const shownView = useRef(view);

  // A view opened by its shortcut takes the old one away, and the focus in it (at once, or once
  // the new view's code has loaded): focus goes to the view's area rather than to the top of the
  // page. Focus in the side nav goes to the new view's button there, so that the keyboard keeps
  // its place and a screen reader says which view is now current; focus in a text field (the
  // search box) stays there, so typing goes on, and focus on any other control (the top bar's
  // Import CSV…) goes into the view. A layout effect, so that it comes before the new view's own
  // effects: focus one of them asks for (a reminder's application's row) is not taken away again.
  useLayoutEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    const main = mainRef.current;
    const focused = document.activeElement;
    if (navRef.current?.contains(focused ?? null))
      navRef.current!.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    else if (focused !== main && !isTextEntry(focused)) main?.focus();
  }, [view]);

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="app-title">Internship Tracker</h1>
        <SearchBox />
        {/* One group, so that a narrow window moves the buttons under the search as a whole,
            keeping the order Tab takes the one the eye does. */}
        <div className="top-bar-actions">
          <button type="button" onClick={csvImportOpened}>
            Import CSV…
          </button>
          <ExportMenu />
          <button type="button" onClick={pastePostingOpened} aria-keyshortcuts="Control+Shift+V">
            Paste posting
          </button>
          <button type="button" className="primary" onClick={() => editorOpened(null)} aria-keyshortcuts="Control+N">
            Add application
          </button>
        </div>
      </header>
      <nav ref={navRef} className="side-nav" aria-label="Views">
        <ul>
          {NAV.map((item) => {
            const NavButton = item.view === 'reminders' ? RemindersNavButton : 'button';
            return (
              <li key={item.view}>
                <NavButton
                  type="button"
                  className="nav-button"
                  aria-current={view === item.view ? 'page' : undefined}
                  aria-keyshortcuts={`Control+${item.key}`}
                  title={shortcutLabel(item.key)}
                  onClick={() => viewOpened(item.view)}
                >
                  {item.label}
                </NavButton>
              </li>
            );
          })}
        </ul>
      </nav>
      <main ref={mainRef} className="content" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Opening {viewName(view)}…</p>}>
          <CurrentView view={view} />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <CurrentDialog />
      </Suspense>
      <Toasts />
    </div>
  );
}
