// The options of the one app window, with every setting of the Electron security checklist
// spelled out even where it is already Electron's default, so a test can hold them.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  bounds: Rectangle;
  preloadPath: string;
  iconPath: string;
  /** DevTools are for development only. */
  isPackaged: boolean;
  backgroundColor: string;
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
    },
  };
}
