// The layer rules in eslint.config.mjs, run with ESLint's own API on small samples placed in
// each folder: what a layer may not import (subpaths included) or use is an error there.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);

/** The layer-rule messages ESLint reports for one line of code in a file at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => LAYER_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

const cases: Record<string, { file: string; refused: string[]; allowed: string[] }> = {
  'shared/': {
    file: 'shared/layerSample.ts',
    refused: [
      "import { createStore } from 'zustand/vanilla';",
      "import { create } from 'zustand';",
      "import { posix } from 'path/posix';",
      "import { readFile } from 'fs/promises';",
      "import { readFile } from 'node:fs/promises';",
      "import os from 'os';",
      "import { createRoot } from 'react-dom/client';",
      "import { jsx } from 'react/jsx-runtime';",
      "import Dexie from 'dexie';",
      "import type { IpcMain } from 'electron';",
      "import { ipcMain } from 'electron/main';",
      "import { useVirtualizer } from '@tanstack/react-virtual';",
      "import { db } from '../renderer/src/db/db';",
      'export const home = process.env.HOME;',
      "export const bytes = Buffer.from('x');",
      'export const here = __dirname;',
      // zod only through shared/zod.ts, which keeps it from probing for eval.
      "import { z } from 'zod';",
      "import { z } from 'zod/v4';",
    ],
    allowed: [
      "import { z } from './zod';",
      "import Papa from 'papaparse';",
      "import { addDays } from 'date-fns';",
      // Relative files named like built-ins are the project's own.
      "import { x } from './events';",
      "import { y } from './url/parse';",
    ],
  },
  'renderer/': {
    file: 'renderer/src/features/layerSample.tsx',
    refused: [
      "import { ipcRenderer } from 'electron';",
      "import { ipcRenderer } from 'electron/renderer';",
      "import { posix } from 'path/posix';",
      "import { readFile } from 'node:fs';",
      "import { EventEmitter } from 'events';",
      "import { mainHandlers } from '../../../electron/main/mainHandlers';",
      'export const mode = process.env.NODE_ENV;',
      "export const fs = require('fs');",
      'export const here = __dirname;',
      "import { z } from 'zod';",
    ],
    allowed: [
      "import { z } from '@shared/zod';",
      "import { create } from 'zustand';",
      "import { createStore } from 'zustand/vanilla';",
      "import { createRoot } from 'react-dom/client';",
      "import Dexie from 'dexie';",
      "import { IPC } from '@shared/ipcChannels';",
    ],
  },
  'a worker': {
    file: 'renderer/src/workers/layerSample.worker.ts',
    refused: [
      "import { createStore } from 'zustand/vanilla';",
      "import { createRoot } from 'react-dom/client';",
      "import { useLiveQuery } from 'dexie-react-hooks';",
      "import { ipcRenderer } from 'electron';",
      "import { posix } from 'path/posix';",
      "import { z } from 'zod';",
    ],
    allowed: ["import Dexie from 'dexie';", "import { parseBackup } from '@shared/backup/parseBackup';"],
  },
  'the preload': {
    file: 'electron/preload/layerSample.ts',
    refused: [
      "import { readFile } from 'fs';",
      "import { readFile } from 'node:fs/promises';",
      "import { posix } from 'path/posix';",
      "import { z } from 'zod';",
      "import { mainHandlers } from '../main/mainHandlers';",
      "import { db } from '../../renderer/src/db/db';",
      "export const fs = require('fs');",
      'export const versions = process.versions;',
      'export const here = __dirname;',
    ],
    allowed: [
      "import { contextBridge, ipcRenderer } from 'electron';",
      "import { IPC } from '@shared/ipcChannels';",
      "import type { DesktopApi } from '@shared/desktopApi';",
    ],
  },
  'the main process': {
    file: 'electron/main/layerSample.ts',
    refused: ["import { db } from '../../renderer/src/db/db';", "import { z } from 'zod';"],
    allowed: [
      "import { readFile } from 'node:fs/promises';",
      "import { app } from 'electron';",
      "import { z } from '@shared/zod';",
      'export const home = process.env.HOME;',
    ],
  },
};

describe.each(Object.entries(cases))('in %s', (_layer, { file, refused, allowed }) => {
  it.each(refused)('refuses %s', async (code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });
  it.each(allowed)('allows %s', async (code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
