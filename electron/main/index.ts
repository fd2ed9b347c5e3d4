// The Electron main process: the thin edge where the tested modules beside this file meet real
// Electron. One secure window, the tray, native reminders and the desktop API handlers.
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  ipcMain,
  nativeImage,
  nativeTheme,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { AppCommand } from '@shared/desktopApi';
import { dateLocaleOf, dateWords } from '@shared/dateWords';
import { readLocale } from '@shared/readLocale';
import { IPC } from '@shared/ipcChannels';
import { watchClock } from '@shared/reminders/clockWatch';
import {
  startReminderScheduler,
  type ReminderScheduler,
  type SchedulerTimers,
} from '@shared/reminders/reminderScheduler';
import { appMenuTemplate } from './appMenu';
import { APP_ENTRY_URL, APP_SCHEME, appOriginFor, isAppUrl } from './appOrigin';
import { serveAppRequest } from './appProtocol';
import { writeFileAtomic } from './atomicWrite';
import { createBackupStore } from './backups';
import { TRAY_HINT, closeAction } from './closeBehaviour';
import { devContentSecurityPolicy, withContentSecurityPolicy } from './contentSecurityPolicy';
import { loadDesktopSettings, type DesktopSettingsStore } from './desktopSettings';
import { appWindowCaller, registerIpcHandlers } from './ipcRegistry';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { loadFailedPageUrl } from './loadFailedPage';
import { HIDDEN_ARG, autostartDirectory, setOpenAtLogin } from './loginItem';
import { mainHandlers } from './mainHandlers';
import { PAGE_RECOVERY, pageRecovery } from './pageRecovery';
import { reminderFileStore } from './reminderFileStore';
import { nativeNotifier } from './reminderShell';
import { trayMenuTemplate } from './trayMenu';
import { answerUnloadRefused } from './unsavedWork';
import { guardSessionPermissions, guardWebContents } from './webContentsGuards';
import { mainWindowOptions } from './windowOptions';
import { restoreWindowState, revealWindow, windowStateToSave } from './windowState';

/** How long quitting waits for reminder saves under way (a save takes milliseconds). */
const QUIT_SAVE_WAIT_MS = 2_000;

/** Must match appId in electron-builder.yml: Windows ties notifications to it. */
const APP_ID = 'io.github.internship-tracker';

const log = (message: string) => console.error(`[internship-tracker] ${message}`);

// Before the app is ready: every renderer sandboxed, and app:// a secure, standard origin
// (so the renderer's IndexedDB and fetch work there as on https).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void main().catch((error: unknown) => {
    log(`Could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('Internship Tracker could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function main(): Promise<void> {
  const origin = appOriginFor(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const isAppPage = (url: string) => isAppUrl(url, origin);
  const startHidden =
    process.argv.includes(HIDDEN_ARG) || (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);

  let window: BrowserWindow | null = null;
  let creating: Promise<BrowserWindow> | null = null;
  let windowLoaded = false;
  // Until start-up is done, a second launch or a dock click has nothing to show yet: it is
  // remembered, and answered once the window exists (even one started hidden, at login).
  let started = false;
  let showRequested = false;
  let tray: Tray | null = null;
  let quitting = false;
  let scheduler: ReminderScheduler | null = null;
  const pending: AppCommand[] = [];

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url));
  });
  const showWhenStarted = () => {
    if (started) void showWindow();
    else showRequested = true;
  };
  app.on('second-instance', showWhenStarted);
  app.on('activate', showWhenStarted);
  /** Quitting waits (a little) for the reminders' saves under way: one shown must stay shown. */
  let waitForSaves = true;
  app.on('before-quit', (event) => {
    quitting = true;
    if (!scheduler || !waitForSaves) return;
    waitForSaves = false;
    event.preventDefault();
    const saved = scheduler.saved();
    void Promise.race([saved, new Promise((resolve) => setTimeout(resolve, QUIT_SAVE_WAIT_MS))]).finally(() =>
      app.quit(),
    );
  });
  // With "close to tray" the window is hidden, not closed; this runs only when it really closed.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Dates are written as the system's regional format has them (getSystemLocale: a German
  // Windows set to UK dates says en-GB), in English; its languages only if it says nothing.
  const systemLocales = [app.getSystemLocale(), ...app.getPreferredSystemLanguages()];
  const dateLocale = dateLocaleOf(systemLocales);
  // The regional format itself, whose decimal mark proposes the CSV summary's format.
  const regionLocale = systemLocales.find((locale) => readLocale(locale) !== null) ?? '';

  const userData = app.getPath('userData');
  const backupsDir = path.join(userData, 'backups');
  const assetsDir = app.isPackaged ? path.join(process.resourcesPath, 'assets') : path.join(app.getAppPath(), 'assets');
  const iconPath = path.join(assetsDir, 'icon.png');
  const rendererDir = path.join(__dirname, '../renderer');
  const preloadPath = path.join(__dirname, '../preload/index.js');
  const timers: SchedulerTimers = {
    set: (callback, ms) => setTimeout(callback, ms),
    clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };

  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(rendererDir, request.url);
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
  guardSessionPermissions(session.defaultSession, origin);
  const devServer = origin.devServerOrigin;
  if (devServer) {
    session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devServer}/*`] }, (details, callback) =>
      callback({
        responseHeaders: withContentSecurityPolicy(details.responseHeaders, devContentSecurityPolicy(devServer)),
      }),
    );
  }

  const settings: DesktopSettingsStore = await loadDesktopSettings({
    file: path.join(userData, 'desktop-settings.json'),
    applyOpenAtLogin: (enabled) =>
      setOpenAtLogin(enabled, {
        platform: process.platform,
        setLoginItemSettings: (loginItem) => app.setLoginItemSettings(loginItem),
        autostartDir: autostartDirectory(process.env, app.getPath('home')),
        executable: process.env.APPIMAGE ?? process.execPath,
      }),
    log,
  });

  function sendCommand(command: AppCommand) {
    if (window && windowLoaded) window.webContents.send(IPC.command, command);
    else pending.push(command);
  }

  async function showWindow() {
    const win = window ?? (await (creating ??= createWindow(false)));
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  function bringUp(command: AppCommand) {
    void showWindow();
    sendCommand(command);
  }

  async function refreshTray() {
    if (!tray || !scheduler) return;
    const centre = await scheduler.centre();
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenuTemplate({
          upcoming: centre.ok ? centre.value.upcoming : [],
          dates: dateWords(dateLocale),
          open: () => void showWindow(),
          showApplication: (applicationId) => bringUp({ type: 'show-application', applicationId }),
          openReminders: () => bringUp({ type: 'open-reminders' }),
          quit: () => app.quit(),
        }),
      ),
    );
  }

  // Shown notifications are held here until clicked or closed (see nativeNotifier).
  const notifications = nativeNotifier((options) => new Notification(options), iconPath, {
    // Linux notification servers (through libnotify) read the body as markup.
    bodyIsMarkup: process.platform === 'linux',
  });
  scheduler = await startReminderScheduler({
    now: () => Date.now(),
    timers,
    notifier: notifications,
    store: reminderFileStore(path.join(userData, 'reminders.json')),
    onCommand: (command) => (command.type === 'reminders-changed' ? sendCommand(command) : bringUp(command)),
    onError: log,
    onChange: () => void refreshTray(),
  });
  const reminders = scheduler;

  registerIpcHandlers(
    ipcMain,
    mainHandlers({
      scheduler: reminders,
      settings,
      backups: createBackupStore(backupsDir, () => new Date(), log),
      saveFile: {
        showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
        write: (file, content) => writeFileAtomic(file, content),
        defaultDir: app.getPath('documents'),
      },
      openExternal: (url) => shell.openExternal(url),
    }),
    appWindowCaller(() => window?.webContents.id ?? null, isAppPage),
    log,
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ platform: process.platform, appName: app.name, isPackaged: app.isPackaged, send: bringUp }),
    ),
  );

  try {
    const trayIcon = nativeImage.createFromPath(
      path.join(assetsDir, process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
    );
    tray = new Tray(trayIcon);
    tray.setToolTip('Internship Tracker');
    tray.on('click', () => void showWindow());
    await refreshTray();
  } catch (error) {
    // Without a tray, closing the window quits (closeAction checks hasTray).
    log(`No tray icon: ${String(error)}`);
    tray = null;
  }

  powerMonitor.on('resume', () => reminders.wake());
  watchClock({
    wallNow: () => Date.now(),
    monotonicNow: () => performance.now(),
    timers,
    onJump: () => reminders.wake(),
  });

  async function createWindow(hidden: boolean): Promise<BrowserWindow> {
    const stateFile = path.join(userData, 'window-state.json');
    const saved = await readJsonFile(stateFile).catch(() => null);
    const { bounds, maximized } = restoreWindowState(
      saved,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const win = new BrowserWindow(
      mainWindowOptions({
        bounds,
        preloadPath,
        iconPath,
        isPackaged: app.isPackaged,
        backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
        dateLocale,
        regionLocale,
      }),
    );
    windowLoaded = false;
    revealWindow(win, { maximized, hidden });
    // Commands wait while the page (re)loads: sent then, nobody would be listening.
    win.webContents.on('did-start-loading', () => {
      windowLoaded = false;
    });
    win.webContents.on('did-finish-load', () => {
      windowLoaded = true;
      for (const command of pending.splice(0)) win.webContents.send(IPC.command, command);
    });
    // A crashed or killed page would leave a blank window; its data is safe in IndexedDB. It is
    // reloaded, waiting longer each time, and a page that keeps failing gives way to one that says so.
    const recovery = pageRecovery({
      now: () => Date.now(),
      timers,
      reload: () => {
        if (!win.isDestroyed()) win.reload();
      },
      showFailurePage: () => {
        if (!win.isDestroyed())
          void win
            .loadURL(loadFailedPageUrl({ backupsDir, reloads: PAGE_RECOVERY.maxReloads }))
            .catch((error: unknown) => log(`The failure page did not load: ${String(error)}`));
      },
      log,
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason !== 'clean-exit') recovery.failed(`the page stopped: ${details.reason}`);
    });
    win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
      // -3 is a load that was cancelled (by a reload or another load), not a failure.
      if (isMainFrame && errorCode !== -3) recovery.failed(`did not load: ${errorDescription} (${errorCode})`);
    });
    win.on('closed', () => recovery.dispose());
    win.webContents.on('will-prevent-unload', (event) =>
      answerUnloadRefused(event, {
        ask: ({ message, detail, buttons }) => {
          // Quitting from the tray: the question needs its window in sight.
          if (!win.isVisible()) win.show();
          return dialog.showMessageBoxSync(win, {
            type: 'question',
            message,
            detail,
            buttons,
            defaultId: 0,
            cancelId: 0,
          });
        },
        stay: () => {
          quitting = false;
          waitForSaves = true;
        },
      }),
    );

    let saveTimer: NodeJS.Timeout | null = null;
    const saveState = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      if (win.isDestroyed()) return;
      void writeJsonFile(stateFile, windowStateToSave(win.getNormalBounds(), win.isMaximized())).catch(
        (error: unknown) => log(`Window position not saved: ${String(error)}`),
      );
    };
    const saveSoon = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(saveState, 1_000);
    };
    win.on('resize', saveSoon);
    win.on('move', saveSoon);

    win.on('close', (event) => {
      saveState();
      const current = settings.get();
      const action = closeAction({
        quitting,
        closeToTray: current.closeToTray,
        trayHintShown: current.trayHintShown,
        hasTray: tray !== null,
      });
      if (action.type === 'close') return;
      event.preventDefault();
      win.hide();
      if (action.showHint) {
        if (Notification.isSupported()) notifications.show(TRAY_HINT, () => void showWindow());
        void settings.update({ trayHintShown: true });
      }
    });
    win.on('closed', () => {
      if (window === win) window = null;
      creating = null;
    });

    // The window is the trusted IPC sender from before its page loads: the page calls early.
    window = win;
    win
      .loadURL(devServer ? (process.env.ELECTRON_RENDERER_URL ?? APP_ENTRY_URL) : APP_ENTRY_URL)
      .catch((error: unknown) => log(`The app page did not load: ${String(error)}`));
    return win;
  }

  // A tray or notification click while starting up may have made the window already.
  await (creating ??= createWindow(startHidden));
  started = true;
  if (showRequested) void showWindow();
}
