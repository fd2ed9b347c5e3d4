// The options of the one app window, with every setting of the Electron security checklist
// spelled out even where it is already Electron's default, so a test can hold them.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { DATE_LOCALE_ARG, REGION_LOCALE_ARG } from '@shared/ipcChannels';

export interface WindowOptionsInput {
  bounds: Rectangle;
  preloadPath: string;
  iconPath: string;
  /** DevTools are for development only. */
  isPackaged: boolean;
  backgroundColor: string;
  /** The locale the page writes dates in, which only the main process can read (dateLocaleOf). */
  dateLocale: string;
  /** The system's regional format, for the CSV summary's proposed format (DesktopApi.regionLocale). */
  regionLocale: string;
}

export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Internship Tracker',
    icon: input.iconPath,
    backgroundColor: input.backgroundColor,
    // Shown once the first paint is ready, or kept hidden when started at login.
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !input.isPackaged,
      // For the preload, which reads it from its process.argv before the page starts.
      additionalArguments: [`${DATE_LOCALE_ARG}${input.dateLocale}`, `${REGION_LOCALE_ARG}${input.regionLocale}`],
    },
  };
}
