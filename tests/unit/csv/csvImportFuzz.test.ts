// The CSV importer against adversarial files (fast-check, seeded, 10,000 cases each): bytes in
// any encoding with stray bytes and NULs, any of the four separators, quoting, mixed line endings
// and repeated rows. The whole path a chosen file takes (decode, read, propose the columns,
// check every row) never throws and always ends, and it never changes a value silently: a value
// comes back as it was written, or its row is reported by number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationSchema } from '@shared/application';
import { proposeColumns } from '@shared/csv/columnFit';
import { isStatusAlone } from '@shared/csv/companyAndRole';
import { EXPORT_DROPS, applicationsToCsv } from '@shared/csv/csvExport';
import { prepareCsvImport } from '@shared/csv/csvImport';
import { decodeCsvBytes } from '@shared/csv/decodeCsvBytes';
import { readCsvText } from '@shared/csv/readCsvText';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { comparableName } from '@shared/normalizeWord';
import { applicationArb } from '../arbitraries';
import { IMPORT_NOW, countingIds } from './importHelpers';

const RUNS = 10_000;
const SEED = 20_261_202;

type Separator = ',' | ';' | '\t' | '|';
type LineEnd = '\r\n' | '\n' | '\r';
type Encoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM';

const SEPARATORS: Separator[] = [',', ';', '\t', '|'];
const LINE_ENDS: LineEnd[] = ['\r\n', '\n', '\r'];

/** What a file of another app holds: any text, each row its own line end. */
interface WrittenFile {
  separator: Separator;
  header: readonly string[];
  rows: string[][];
  lineEnds: LineEnd[];
  encoding: Encoding;
}

/** RFC 4180: a value with the separator, a quote, a line break or edge spaces goes in quotes. */
function quoted(value: string, separator: Separator, always: boolean): string {
  const needs = always || value.includes(separator) || /["\r\n]/.test(value) || value.trim() !== value;
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8 with BOM') return new TextEncoder().encode(`\uFEFF${text}`);
  const units = new Uint8Array((text.length + 1) * 2);
  const big = encoding === 'utf-16be with BOM';
  const withMark = `\uFEFF${text}`;
  for (let i = 0; i < withMark.length; i += 1) {
    const unit = withMark.charCodeAt(i);
    units[i * 2 + (big ? 1 : 0)] = unit & 0xff;
    units[i * 2 + (big ? 0 : 1)] = unit >> 8;
  }
  return units;
}

/** Runs a file's bytes the whole way the import screen does; throws only if the importer does. */
async function importBytes(bytes: Uint8Array) {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { refused: decoded.error } as const;
  const read = readCsvText(decoded.text);
  if (!read.ok) return { refused: read.error } as const;
  const { preset, mapping } = proposeColumns(read.table, DEFAULT_PIPELINE);
  const outcome = await prepareCsvImport(read.table, {
    preset,
    mapping,
    pipeline: DEFAULT_PIPELINE,
    existing: [],
    newId: countingIds(),
    now: IMPORT_NOW,
    chunkSize: 1_000_000,
  });
  return { table: read.table, outcome, warnings: decoded.warnings } as const;
}

// Cell text full of what breaks CSV readers: separators, quotes, line ends, NUL and other
// control characters, a byte order mark, replacement and non-Latin characters, spreadsheet
// blanks and formula starts.
const hostileChar = fc.constantFrom(
  ...[',', ';', '\t', '|', '"', "'", '\r', '\n', '\r\n', '\u0000', '\u0001', '\u001b', '\u007f', '\uFEFF'],
  ...['\uFFFD', 'é', 'ü', '€', '中', '😀', '\u2028', ' ', '=', '-', '@', 'N/A', '—', '5', '/', 'a', 'Z'],
);
const hostileText = (maxLength: number) => fc.string({ unit: hostileChar, maxLength });

const headerArb: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constant(['Company', 'Role', 'Notes']),
  fc.constant(['Company', 'Job Title', 'Status', 'Date Saved', 'Follow up', 'Excitement (1-10)', 'Max. Salary']),
  fc.constant(['companyName', 'title', 'listName', 'createdAt', 'url']),
  fc.array(hostileText(12), { minLength: 1, maxLength: 6 }),
);

const anyFileArb: fc.Arbitrary<WrittenFile> = headerArb.chain((header) =>
  fc.record({
    separator: fc.constantFrom(...SEPARATORS),
    header: fc.constant(header),
    // Rows as long as the header, or not; some repeated.
    rows: fc
      .array(fc.array(hostileText(16), { minLength: 0, maxLength: header.length + 2 }), { maxLength: 6 })
      .chain((rows: string[][]) =>
        fc
          .nat({ max: 4 })
          .map((copies) => [...rows, ...rows.slice(0, 1).flatMap((r) => Array<string[]>(copies).fill(r))]),
      ),
    lineEnds: fc.array(fc.constantFrom(...LINE_ENDS), { minLength: 12, maxLength: 12 }),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8 with BOM', 'utf-16le with BOM', 'utf-16be with BOM'),
  }),
);

function written(file: WrittenFile, alwaysQuote: boolean): string {
  const lines = [file.header, ...file.rows].map((cells) =>
    cells.map((cell) => quoted(cell, file.separator, alwaysQuote)).join(file.separator),
  );
  return lines.map((line, i) => line + file.lineEnds[i % file.lineEnds.length]!).join('');
}

/** Bytes as they may come: a file as written, with stray bytes, cut short, or no text at all. */
const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    arbitrary: fc.tuple(anyFileArb, fc.boolean()).map(([file, q]) => encode(written(file, q), file.encoding)),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(anyFileArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
      .map(([file, strays]) => {
        const bytes = encode(written(file, false), file.encoding);
        for (const [at, byte] of strays) if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes;
      }),
    weight: 3,
  },
  {
    arbitrary: fc.tuple(anyFileArb, fc.nat()).map(([file, cut]) => {
      const bytes = encode(written(file, false), file.encoding);
      return bytes.subarray(0, bytes.length === 0 ? 0 : cut % bytes.length);
    }),
    weight: 1,
  },
  { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 2 },
);

describe('the CSV importer, fuzzed', () => {
  it('reads any bytes without throwing: each file is refused with a message, or each row imported or reported by number', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, async (bytes) => {
        const result = await importBytes(bytes);
        if ('refused' in result) {
          expect(result.refused).toMatch(/\S/);
          return;
        }
        const { table, outcome } = result;
        if (outcome.status === 'refused') {
          expect(outcome.problems.length).toBeGreaterThan(0);
          return;
        }
        if (outcome.status !== 'ready') throw new Error(`unexpected ${outcome.status}`);
        const { preview } = outcome;
        // Every row is accounted for: imported, or left out with a message naming its row.
        expect(preview.rows.length + preview.rejectedRows.length).toBe(table.rows.length);
        for (const rowNumber of preview.rejectedRows) {
          expect(preview.errors.some((e) => e.startsWith(`Row ${rowNumber}:`))).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 300_000);

  // Values a person types: no control characters, no spaces at the ends (other apps' cells are
  // trimmed), and names that are more than blanks.
  const typedChar = fc.constantFrom(
    ...[',', ';', '\t', '|', '"', "'", '\n', '\r\n', 'é', 'ü', '€', '中', '😀', ' ', '=', '-', '@', '/', 'a', 'B', '7'],
  );
  const typed = (maxLength: number) =>
    fc
      .string({ unit: typedChar, maxLength })
      .map((text) => text.trim())
      // A cell that is one of a spreadsheet's ways to say "empty" is empty on purpose.
      .filter((text) => !/^\s*(?:[-–—]|n\/?a|n\.a\.)?\s*$/i.test(text) && !text.startsWith('\t'));
  const typedFileArb = fc.record({
    separator: fc.constantFrom(...SEPARATORS),
    rows: fc.array(fc.tuple(typed(30), typed(40), fc.option(typed(60), { nil: '' })), { minLength: 1, maxLength: 5 }),
    repeat: fc.nat({ max: 3 }),
    lineEnds: fc.array(fc.constantFrom(...LINE_ENDS), { minLength: 10, maxLength: 10 }),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8 with BOM', 'utf-16le with BOM', 'utf-16be with BOM'),
    alwaysQuote: fc.boolean(),
  });

  it('never changes a value silently: company, role and notes come back as written, in any encoding and separator', async () => {
    await fc.assert(
      fc.asyncProperty(typedFileArb, async ({ separator, rows, repeat, lineEnds, encoding, alwaysQuote }) => {
        const all = [...rows, ...Array<(typeof rows)[number]>(repeat).fill(rows[0]!)];
        const file: WrittenFile = { separator, header: ['Company', 'Role', 'Notes'], rows: all, lineEnds, encoding };
        const result = await importBytes(encode(written(file, alwaysQuote), encoding));
        if ('refused' in result) throw new Error(result.refused);
        expect(result.warnings).toEqual([]);
        if (result.outcome.status !== 'ready') throw new Error(result.outcome.status);
        const { preview } = result.outcome;
        expect(preview.errors).toEqual([]);
        expect(result.table.delimiter).toBe(separator);
        expect(preview.rows.map((r) => [r.application.company, r.application.notes])).toEqual(
          all.map(([company, , notes]) => [company, notes]),
        );
        // A role written with its row's company ("B @ A" at A) loses only that, and the check says
        // so; one that is the company's name again, or a status alone, is no role, to fill in, as a
        // warning says.
        const leftOut = preview.notes.some((note) => note.startsWith("'Role': the company written with the role"));
        preview.rows.forEach(({ application, rowNumber }, i) => {
          const [company, role] = all[i]!.map((cell) => cell.toLowerCase()) as [string, string];
          if (application.role === all[i]![1]) return;
          if (comparableName(role) === comparableName(company) || isStatusAlone(all[i]![1])) {
            const said = preview.warnings.some(
              (w) => w.startsWith(`Row ${rowNumber}: 'Role' names`) && w.includes('but no role'),
            );
            expect(said).toBe(true);
            return;
          }
          expect(leftOut).toBe(true);
          expect(role.includes(company) && role.includes(application.role.toLowerCase())).toBe(true);
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 300_000);

  const withoutControls = (text: string) => text.replace(EXPORT_DROPS, '');

  it('reads its own export back from the file bytes, hostile text included, control characters left out', async () => {
    // A name must still say something once its control characters are left out: one of nothing
    // but control characters would come back empty and be reported as missing on its line.
    const hostileName = hostileText(30).filter((text) => withoutControls(text).trim() !== '');
    const appsArb = fc
      .array(fc.tuple(applicationArb, hostileName, hostileName, hostileText(80)), { minLength: 1, maxLength: 3 })
      .map((apps) =>
        apps.flatMap(([app, company, role, notes]) => {
          const parsed = applicationSchema.safeParse({ ...app, company, role, notes });
          return parsed.success ? [parsed.data] : [];
        }),
      )
      .filter((apps) => apps.length > 0);
    await fc.assert(
      fc.asyncProperty(appsArb, async (apps) => {
        const csv = applicationsToCsv(apps, { pipeline: DEFAULT_PIPELINE, now: IMPORT_NOW });
        const result = await importBytes(new TextEncoder().encode(csv));
        if ('refused' in result) throw new Error(result.refused);
        if (result.outcome.status !== 'ready') throw new Error(result.outcome.status);
        const { preview } = result.outcome;
        expect(preview.errors).toEqual([]);
        expect(preview.rows.map((r) => [r.application.company, r.application.role, r.application.notes])).toEqual(
          // Names are trimmed by the schema, as when they were typed.
          apps.map((a) => [
            withoutControls(a.company).trim(),
            withoutControls(a.role).trim(),
            withoutControls(a.notes),
          ]),
        );
      }),
      { numRuns: 1_000, seed: SEED },
    );
  }, 300_000);
});
