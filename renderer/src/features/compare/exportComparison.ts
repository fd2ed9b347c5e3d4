// The comparison as a CSV file, handed to the desktop like the other exports.
import type { Application } from '@shared/application';
import type { FactRow } from '@shared/compare/compareOffers';
import { comparisonToCsv } from '@shared/compare/comparisonCsv';
import { countOf } from '@shared/countOf';
import { exportFileName, saveExport } from '../export/saveExport';

export async function exportComparison(apps: readonly Application[], rows: readonly FactRow[], now: Date) {
  await saveExport(
    {
      suggestedName: exportFileName('offer-comparison', 'csv', now),
      content: comparisonToCsv(apps, rows),
      format: 'csv',
    },
    `the comparison of ${countOf(apps.length, 'application')}`,
  );
}
