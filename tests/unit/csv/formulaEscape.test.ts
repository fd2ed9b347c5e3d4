import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGER, unescapeFormula } from '@shared/csv/formulaEscape';
import { textArb } from '../arbitraries';

function exportCell(value: string | number): string {
  return Papa.unparse([[value]], { escapeFormulae: FORMULA_TRIGGER });
}

function readCell(csv: string): string {
  return Papa.parse<string[]>(csv, { delimiter: ',' }).data[0]![0]!;
}

describe('formula escaping', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('prefixes %j with an apostrophe', (value) => {
    expect(readCell(exportCell(value))).toBe(`'${value}`);
  });

  it('escapes a multi-line formula, which Papa Parse’s own escapeFormulae misses', () => {
    const note = '=HYPERLINK("https://evil.example","click")\nsecond line';
    expect(readCell(Papa.unparse([[note]], { escapeFormulae: true }))).toBe(note);
    expect(readCell(exportCell(note))).toBe(`'${note}`);
  });

  it('leaves numbers alone, so negative numbers we write stay numbers', () => {
    expect(exportCell(-5)).toBe('-5');
    expect(exportCell(0.25)).toBe('0.25');
  });

  it('leaves ordinary text and a lone leading apostrophe alone', () => {
    expect(exportCell('Pinterest')).toBe('Pinterest');
    expect(exportCell("'quoted")).toBe("'quoted");
  });

  it('escapes text that already starts with an apostrophe before a trigger, so it comes back exactly', () => {
    expect(readCell(exportCell("'=1"))).toBe("''=1");
    expect(unescapeFormula("''=1")).toBe("'=1");
  });

  it('undoes exactly what the export did, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(textArb(20), fc.string()), (value) => {
        expect(unescapeFormula(readCell(exportCell(value) || '""'))).toBe(value);
      }),
    );
  });
});
