// The Electron security scan: @doyensec/electronegativity over the main, preload and renderer
// sources. It always exits 0, so its findings are read here: every finding must be accepted, with a
// reason, in electronegativity-allowlist.json. Takes about 10 s, mostly the tool waiting for
// translations it tries to download (there is no network; it carries on without them).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

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
  // The CLI writes its CSV header and its rows with two unordered fs.writeFile calls, so now and
  // then the header lands over the first finding. The runner's own result is read instead, in a
  // child process so the tool's global logger and translation loader stay out of this one.
  const result = path.join(work, 'findings.json');
  const script = `
    const [runner, input, version, output] = process.argv.slice(1);
    require(runner)({
      input,
      isRelative: true,
      electronVersionOverride: version,
      // The check of Electron's release list needs GitHub; the version is pinned and kept current by hand.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    }).then(({ issues }) => {
      // Global checks have no file or sample; the CLI writes N/A for them, as the allowlist does.
      const findings = issues.map((i) => ({
        check: i.id,
        severity: i.severity.name,
        file: i.file ?? 'N/A',
        location: i.location.line + ':' + i.location.column,
        sample: i.sample ?? 'N/A',
      }));
      require('node:fs').writeFileSync(output, JSON.stringify(findings));
    });`;
  await promisify(execFile)(
    process.execPath,
    ['-e', script, path.join(root, 'node_modules/@doyensec/electronegativity'), sources, version, result],
    { timeout: 120_000 },
  );
  const all = JSON.parse(await readFile(result, 'utf8')) as Finding[];
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
