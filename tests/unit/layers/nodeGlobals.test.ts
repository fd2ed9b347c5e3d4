// Node's globals are type errors where the code runs without Node: the page (tsconfig.web.json),
// shared/ (tsconfig.shared.json) and workers (tsconfig.worker.json). Each project is compiled
// as configured, with one more file that uses them, and that file must not typecheck.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname'];
const probeCode = [
  'export const env = process.env.HOME;',
  "export const bytes = Buffer.from('x');",
  "export const fs = require('fs');",
  'export const here = __dirname;',
  // What every layer has, so the probe is not refused for some other reason.
  'export const now = Date.now();',
].join('\n');

/** The messages of the type errors in a probe file added to a project. */
function probeErrors(project: string, probeFile: string, code: string): string[] {
  const configFile = path.join(root, project);
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  const probe = path.join(root, probeFile);
  expect(parsed.fileNames.length).toBeGreaterThan(0);

  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (file) => path.resolve(file) === probe || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === probe
      ? ts.createSourceFile(file, code, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram({
    rootNames: [...parsed.fileNames, probe],
    options: { ...parsed.options, noEmit: true, composite: false, emitDeclarationOnly: false },
    host,
  });
  return program
    .getSemanticDiagnostics(program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe.each([
  ['tsconfig.web.json', 'renderer/src/layerProbe.ts'],
  ['tsconfig.shared.json', 'shared/layerProbe.ts'],
  ['tsconfig.worker.json', 'renderer/src/layerProbe.worker.ts'],
])('%s', (project, probeFile) => {
  it(`refuses Node's globals in ${probeFile}`, () => {
    const errors = probeErrors(project, probeFile, probeCode);
    for (const name of NODE_GLOBALS) expect(errors.join('\n')).toContain(`Cannot find name '${name}'`);
    expect(errors).toHaveLength(NODE_GLOBALS.length);
  });
});
