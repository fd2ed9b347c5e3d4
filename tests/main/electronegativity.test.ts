// The Electron security scan: @doyensec/electronegativity over the main, preload and renderer
// sources. It always exits 0, so its CSV is read here: every finding must be accepted, with a
// reason, in electronegativity-allowlist.json. Takes about 10 s, mostly the tool waiting for
// translations it tries to download (there is no network; it carries on without them).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'node_modules/.bin/electronegativity');

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  sample: string;
}
interface Accepted {
  check: string;
  file: string;
  sample: string;
  reason: string;
}

let work: string;
let findings: Finding[];
let canary: Finding[];
const { accepted } = JSON.parse(await readFile(path.join(__dirname, 'electronegativity-allowlist.json'), 'utf8')) as {
  accepted: Accepted[];
};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'electronegativity-'));
  const sources = path.join(work, 'src');
  for (const dir of ['electron', 'renderer']) {
    await cp(path.join(root, dir), path.join(sources, dir), {
      recursive: true,
      filter: (f) => !f.includes('node_modules'),
    });
  }
  // A canary the scan must flag, so a scan that silently checks nothing cannot pass.
  await mkdir(path.join(sources, 'canary'));
  await writeFile(
    path.join(sources, 'canary', 'insecureWindow.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
  const { version } = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  const csv = path.join(work, 'findings.csv');
  // The check of Electron's release list needs GitHub; the version is pinned and kept current by hand.
  await promisify(execFile)(
    cli,
    ['-i', sources, '-o', csv, '-r', '-e', version, '-x', 'AvailableSecurityFixesGlobalCheck'],
    {
      timeout: 120_000,
    },
  );
  const rows = Papa.parse<string[]>((await readFile(csv, 'utf8')).trim(), { skipEmptyLines: true }).data;
  expect(rows[0]?.map((h) => h.trim())).toEqual([
    'issue',
    'severity',
    'confidence',
    'filename',
    'location',
    'sample',
    'description',
    'url',
  ]);
  // Every finding has its eight columns; anything else is output the scan did not mean to write.
  expect(rows.slice(1).filter((row) => row.length !== 8)).toEqual([]);
  const all = rows.slice(1).map(([check, severity, , file, location, sample]) => ({
    check: check!,
    severity: severity!,
    file: file!,
    location: location!,
    sample: sample!,
  }));
  canary = all.filter((f) => f.file.startsWith('canary/'));
  findings = all.filter((f) => !f.file.startsWith('canary/'));
}, 150_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const matches = (finding: Finding, entry: Accepted) =>
  finding.check === entry.check && finding.file === entry.file && finding.sample.includes(entry.sample);

describe('electronegativity scan', () => {
  it('finds nothing that is not accepted with a reason', () => {
    const unaccepted = findings.filter((f) => !accepted.some((entry) => matches(f, entry)));
    expect(
      unaccepted,
      'Fix these, or accept them with a reason in tests/main/electronegativity-allowlist.json',
    ).toEqual([]);
  });

  it('keeps no stale acceptance', () => {
    const stale = accepted.filter((entry) => !findings.some((f) => matches(f, entry)));
    expect(stale).toEqual([]);
  });

  it('gives a reason for every acceptance', () => {
    for (const entry of accepted) expect(entry.reason.length, entry.check).toBeGreaterThan(40);
  });

  it('really scans: it flags the insecure canary window', () => {
    expect(canary.map((f) => f.check)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  });
});
