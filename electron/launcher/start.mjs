// `npm start`: runs the desktop app in development (electron-vite dev) when the Electron binary
// is installed. npm only installs Electron's JavaScript wrapper; the binary is downloaded from
// GitHub on first use, outside the npm registry. Where it is missing this explains that and
// points to the web build, instead of letting require('electron') try a download that hangs.
import { spawn } from 'node:child_process';
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
  'binary itself is downloaded from GitHub the first time, outside the npm registry, and that download ' +
  'did not happen on this machine. Where GitHub is reachable, `npx install-electron` fetches it. ' +
  'Meanwhile the same app runs in your browser: `npm run web`.';

function main() {
  if (!electronBinary(path.join(root, 'node_modules', 'electron'))) {
    process.stderr.write(`${MISSING_ELECTRON_MESSAGE}\n`);
    process.exit(1);
  }
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [electronVite, 'dev', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
