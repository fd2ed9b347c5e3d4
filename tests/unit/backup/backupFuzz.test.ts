// Hostile input for the backup reader, 10,000 cases each (seeded, so a failure reproduces):
// a backup of applications full of hostile text comes back exactly as it went in, and anything
// else is either read or refused with one of the reader's own messages: never an exception,
// never a hang, never a value silently changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { createBackup } from '@shared/backup/backupFormat';
import { parseBackup } from '@shared/backup/parseBackup';
import { applicationArb } from '../arbitraries';
import { digest, PIPELINE_ROW } from './backupTestKit';

const OPTIONS = { supportedSchemaVersion: 2, digest };
const RUNS = { numRuns: 10_000, seed: 20261202 };

/** Text that breaks JSON readers and naive scanners, yet is valid in an application. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '\\"', '\\\\', '{', '[', ']', '}', '\u0000', '\u001f', '\u2028', '\u2029', '\ufeff'),
    fc.constantFrom('\ud800', '\udfff', '😀', '</script>', '\r\n', '\r', '\t', '"}]}', 'é', '中', ','),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 30,
});

const hostileApplication: fc.Arbitrary<Application> = fc
  .tuple(applicationArb, hostileText, hostileText, hostileText)
  .map(([app, notes, source, raw]) => ({ ...app, notes, source, pay: app.pay && { ...app.pay, raw } }));

async function backupText(applications: Application[]): Promise<string> {
  const backup = await createBackup(
    { applications, settings: [PIPELINE_ROW] },
    { schemaVersion: 2, appVersion: '0.1.0', now: new Date('2026-12-02T12:00:00Z'), digest },
  );
  return JSON.stringify(backup);
}

/** Every refusal is one of the reader's own sentences about the file. */
const OWN_MESSAGE = /^(?:The backup|This backup|This file) /;

function expectOwnRefusal(error: string) {
  expect(error).toMatch(OWN_MESSAGE);
  expect(error).not.toMatch(/Maximum call stack|undefined|\[object |NaN/);
}

describe('the backup reader under hostile input', () => {
  it('gives back exactly the applications it was given, whatever their text holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostileApplication, { selector: (a) => a.id, maxLength: 2 }), async (apps) => {
        const result = await parseBackup(await backupText(apps), OPTIONS);
        if (!result.ok) throw new Error(result.error);
        expect(result.value.data.applications).toEqual(apps);
        expect(result.value.outOfBounds).toEqual([]);
      }),
      RUNS,
    );
  }, 300_000);

  /** JSON of any shape, nested deep or repeated wide, inside and outside a backup's envelope. */
  const jsonish = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 3 }),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'format',
          'schemaVersion',
          'data',
          'applications',
          'settings',
          'counts',
          'checksum',
          'key',
          'value',
          'x',
        ),
        tie('value'),
        { maxKeys: 4 },
      ),
    ),
  })).value;
  const nested = fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('[', '{"a":', '["x",'), fc.boolean())
    .map(([depth, open, closed]) => {
      const close = open === '[' || open === '["x",' ? ']' : '}';
      return `{"format":"internship-tracker-backup","schemaVersion":2,"data":${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}}`;
    });
  const envelope = fc
    .record({
      format: fc.constantFrom('internship-tracker-backup', 'other'),
      schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2, 3, 2.5, -1, 1e308), fc.string({ maxLength: 3 })),
      appVersion: fc.string({ maxLength: 5 }),
      createdAt: fc.constantFrom('2026-12-02T12:00:00Z', 'yesterday', ''),
      counts: jsonish,
      checksum: fc.oneof(fc.constant('0'.repeat(64)), fc.string({ maxLength: 64 })),
      data: jsonish,
    })
    .map((e) => JSON.stringify(e));

  it('reads or refuses with its own message anything JSON-like: no exception, no hang', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonish.map((v) => JSON.stringify(v) ?? ''),
          nested,
          envelope,
          fc.string({ maxLength: 40 }),
        ),
        async (text) => {
          const result = await parseBackup(text, OPTIONS);
          if (result.ok) throw new Error(`accepted ${text}`);
          expectOwnRefusal(result.error);
        },
      ),
      RUNS,
    );
  }, 300_000);

  it('refuses a real backup cut, spliced or bit-flipped anywhere, or reads it unchanged', async () => {
    const apps = fc.sample(hostileApplication, { numRuns: 2, seed: 7 });
    const text = await backupText(apps);
    const damage = fc.oneof(
      fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
      fc
        .tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 3 }))
        .map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: 4 }))
        .map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 0, max: 15 }))
        .map(
          ([at, bit]) => text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << bit)) + text.slice(at + 1),
        ),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (damaged) => {
        const result = await parseBackup(damaged, OPTIONS);
        if (result.ok) expect(result.value.data.applications).toEqual(apps);
        else expectOwnRefusal(result.error);
      }),
      RUNS,
    );
  }, 300_000);
});
