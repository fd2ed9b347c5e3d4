// `npm start`: runs the desktop app in development (electron-vite dev). npm installs only
// Electron's JavaScript wrapper; the binary comes from GitHub, outside the npm registry. On first
// run this fetches it (with a time limit); where that fails it explains why and points to the web
// build, instead of letting require('electron') retry a download on every start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The Electron executable, resolved the way node_modules/electron/index.js does but without its
 * download fallback; null when it is not there.
 */
export function electronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = override ? path.join(override, relative || 'electron') : path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

export const MISSING_ELECTRON_MESSAGE =
  'Internship Tracker cannot start as a desktop app here because the Electron binary is not installed ' +
  '(node_modules/electron has no dist/ folder). npm installs only Electron\u2019s JavaScript wrapper; the ' +
  'binary itself is downloaded from GitHub, outside the npm registry, and that download failed on this ' +
  'machine. Where GitHub is reachable, `npm start` fetches it on its first run. ' +
  'Meanwhile the same app runs in your browser: `npm run web`.';

/** Long enough for a ~100 MB download on a slow line; short enough not to hang forever offline. */
const DOWNLOAD_TIME_LIMIT_MS = 10 * 60_000;

/** Runs Electron's own installer once; its output is kept quiet unless it is all we can say. */
function fetchElectron(electronDir) {
  process.stdout.write('Fetching the Electron binary from GitHub (first run only)\u2026\n');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIME_LIMIT_MS,
  });
  const reason = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '');
  return result.error?.message ?? reason ?? null;
}

function main() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (!electronBinary(electronDir)) {
    const reason = fetchElectron(electronDir);
    if (!electronBinary(electronDir)) {
      process.stderr.write(`${MISSING_ELECTRON_MESSAGE}${reason ? ` (The download said: ${reason.trim()})` : ''}\n`);
      process.exit(1);
    }
  }
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [electronVite, 'dev', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
