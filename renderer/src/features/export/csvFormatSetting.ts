// The CSV summary's format, as stored in the settings table: commas and decimal points, or
// semicolons and decimal commas. Until the student picks one it is the one a spreadsheet of their
// regional format opens as columns (semicolons where its decimal mark is the comma); nothing is
// stored for that, so a change of region changes it too.
import { z } from '@shared/zod';
import { CSV_FORMATS, csvFormatOfLocale, type CsvFormat } from '@shared/csv/csvExport';
import type { SettingDefinition } from '../../db/settings';
import { desktop } from '../../desktop/desktop';

let proposed: CsvFormat | undefined;

/**
 * The desktop app's regional format first (a German Windows in English), else the browser's
 * languages; worked out when first asked for, as it builds a number format: no work at start-up.
 */
export function regionCsvFormat(): CsvFormat {
  proposed ??= csvFormatOfLocale([desktop.regionLocale, ...navigator.languages]);
  return proposed;
}

export const csvFormatSetting: SettingDefinition<CsvFormat> = {
  key: 'csvFormat',
  schema: z.enum(CSV_FORMATS),
  get fallback() {
    return regionCsvFormat();
  },
};
