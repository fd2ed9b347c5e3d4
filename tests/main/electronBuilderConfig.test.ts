// electron-builder.yml, read by electron-builder's own config loader and checked offline
// against electron-builder's own JSON schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { findAndReadConfig } from 'app-builder-lib/out/util/config/load';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Config = Record<string, Record<string, unknown> & { target?: unknown }> & {
  electronFuses: Record<string, boolean>;
};
let config: Config;

beforeAll(async () => {
  const read = await findAndReadConfig<Config>({
    packageKey: 'build',
    configFilename: 'electron-builder',
    projectDir: root,
    packageMetadata: null,
  });
  if (!read) throw new Error('electron-builder.yml was not found');
  expect(path.basename(read.configFile ?? '')).toBe('electron-builder.yml');
  config = read.result;
});

function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file);
  expect(header.subarray(1, 4).toString()).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught by the schema check if a key were misspelled', () => {
    expect(validate({ ...config, linux: { ...config.linux, categroy: 'Office' } })).toBe(false);
  });

  it('builds AppImage and deb, dmg and NSIS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('packs the built app only', () => {
    expect(config.files).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
      '!**/node_modules/**/*',
    ]);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('sets the Electron fuses: no running as Node, no NODE_OPTIONS, no inspector, asar only and checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses an icon of at least 512 px and ships the tray icons the app loads', () => {
    for (const platform of ['linux', 'mac', 'win']) {
      const icon = path.join(root, String(config[platform]?.icon));
      const { width, height } = pngSize(icon);
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
    const shipped = (config.extraResources as unknown as { filter: string[] }[])[0]!.filter;
    for (const name of shipped) expect(() => pngSize(path.join(root, 'assets', name)), name).not.toThrow();
    expect(pngSize(path.join(root, 'assets/trayTemplate.png'))).toEqual({ width: 16, height: 16 });
    expect(pngSize(path.join(root, 'assets/tray.png'))).toEqual({ width: 32, height: 32 });
  });
});
