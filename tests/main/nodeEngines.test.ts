// package.json says which Node the project needs, and it is the range every installed package
// accepts: with a Node outside it, `npm install` warns (EBADENGINE) about some of them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// semver is installed with npm's own tooling (eslint, electron-builder…), not a dependency of ours.
const semver = createRequire(__filename)('semver') as { subset(range: string, of: string): boolean };

interface LockedPackage {
  version?: string;
  engines?: { node?: string };
}

const readJson = async <T>(file: string) => JSON.parse(await readFile(path.join(root, file), 'utf8')) as T;

describe('the Node version', () => {
  it('declared in package.json is one every package in the lockfile accepts', async () => {
    const declared = (await readJson<{ engines: { node: string } }>('package.json')).engines.node;
    const { packages } = await readJson<{ packages: Record<string, LockedPackage> }>('package-lock.json');
    const refusing = Object.entries(packages)
      .filter(([, locked]) => locked.engines?.node !== undefined && !semver.subset(declared, locked.engines.node))
      .map(
        ([where, locked]) => `${where.replace(/^.*node_modules\//, '')}@${locked.version} (${locked.engines!.node})`,
      );
    expect(refusing).toEqual([]);
  });
});
