// Shares as the dashboard writes them: whole percents, "67%".
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

export function formatPercent(share: number): string {
  return PERCENT.format(share);
}
