// Tags as other trackers write them in one cell.
import { describe, expect, it } from 'vitest';
import { readTagsCell } from '@shared/csv/tagsCell';

describe('a tags cell of another tracker', () => {
  it('reads a list in brackets, as ClickUp writes its tags, without the brackets', () => {
    expect(readTagsCell('[summer 2027,fintech]')).toEqual(['summer 2027', 'fintech']);
    expect(readTagsCell('[quant]')).toEqual(['quant']);
    expect(readTagsCell(' [ big tech ; pm ] ')).toEqual(['big tech', 'pm']);
    expect(readTagsCell('[]')).toEqual([]);
  });

  it('reads a JSON list of names without their quotes, commas inside a name kept', () => {
    expect(readTagsCell('["summer 2027","fintech"]')).toEqual(['summer 2027', 'fintech']);
    expect(readTagsCell('["New York, NY", "remote"]')).toEqual(['New York, NY', 'remote']);
    expect(readTagsCell("['quant', 'ml']")).toEqual(['quant', 'ml']);
  });

  it('reads other cells as lists split on commas, semicolons and lines, brackets within a tag kept', () => {
    expect(readTagsCell('summer-2027,backend')).toEqual(['summer-2027', 'backend']);
    expect(readTagsCell('ML (deep), [draft]')).toEqual(['ML (deep)', '[draft]']);
  });
});
