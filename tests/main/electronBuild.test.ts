// Builds the Electron bundles (`electron-vite build`, as `npm run build` does) into a temporary
// folder, so a build that breaks fails the suite. It needs no Electron binary: electron-vite
// reads only the version of the electron package. Then checks what the bundles load at run
// time: the sandboxed preload can require nothing but electron, and main runs without
// node_modules (electron and Node's built-ins only).
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');

/**
 * The modules a CommonJS bundle loads: the argument of every require() and import(), with
 * anything but a plain string (a computed name) reported as such, and ES import/export
 * statements, which a CommonJS file cannot have.
 */
function loadedModules(code: string): string[] {
  const calls = [...code.matchAll(/\b(?:require|import)\s*\(\s*([^)]*)\)/g)].map(([, argument]) => {
    const literal = /^(["'`])([^"'`]*)\1$/.exec(argument!.trim());
    return literal ? literal[2]! : `<computed: ${argument}>`;
  });
  const statements = [...code.matchAll(/^\s*(?:import|export)\b[^;\n]*?\bfrom\s*["']([^"']+)["']/gm)].map(
    ([, specifier]) => `<ES module statement: ${specifier}>`,
  );
  return [...new Set([...calls, ...statements])].sort();
}

let outDir: string;
beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'electron-build-'));
  await promisify(execFile)(process.execPath, [cli, 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
}, 600_000);
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the Electron build', () => {
  it('lists what a bundle loads, computed names and ES statements included', () => {
    const sample = [
      'const e = require("electron");',
      "const p = require('node:path');",
      'const f = require(name);',
      'import("./chunk.js");',
      'import { x } from "./y.js";',
    ].join('\n');
    expect(loadedModules(sample)).toEqual([
      './chunk.js',
      '<ES module statement: ./y.js>',
      '<computed: name>',
      'electron',
      'node:path',
    ]);
  });

  it('builds main, preload and renderer', async () => {
    expect((await readdir(outDir)).sort()).toEqual(['main', 'preload', 'renderer']);
    expect(await readdir(path.join(outDir, 'renderer'))).toContain('index.html');
  });

  it('bundles the preload as one file that requires nothing but electron', async () => {
    expect(await readdir(path.join(outDir, 'preload'))).toEqual(['index.js']);
    const preload = await readFile(path.join(outDir, 'preload/index.js'), 'utf8');
    expect(loadedModules(preload)).toEqual(['electron']);
  });

  it('bundles main so that it loads only electron and Node built-ins', async () => {
    const main = await readFile(path.join(outDir, 'main/index.js'), 'utf8');
    const builtins = new Set(builtinModules);
    const foreign = loadedModules(main).filter(
      (name) => name !== 'electron' && !builtins.has(name.replace(/^node:/, '')),
    );
    expect(foreign).toEqual([]);
  });
});
