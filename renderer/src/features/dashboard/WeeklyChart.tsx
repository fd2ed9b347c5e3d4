// Applications that went out each week of the last 12, weeks starting on the locale's first day.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { startOfCalendarDate } from '@shared/calendarDate';
import type { WeekCount } from '@shared/dashboard/searchStats';
import { dates } from '../../components/formatDates';
import { ChartCard } from './ChartCard';
import { noAppliedDate } from './useDashboard';

/** " 3 applications have no applied date (…): no week shows them." */
function undatedWords(undated: number): string {
  if (undated === 0) return '';
  const { words, them } = noAppliedDate(undated);
  return ` ${words}: no week shows ${them}.`;
}

/** Drawn again only when its numbers change, not when the range or the rest of the page does. */
export const WeeklyChart = memo(function WeeklyChart({ weeks, undated }: { weeks: WeekCount[]; undated: number }) {
  const data = weeks.map((week) => ({
    label: dates.monthDay(startOfCalendarDate(week.weekStart)),
    long: dates.day(startOfCalendarDate(week.weekStart)),
    applied: week.applied,
  }));
  const total = weeks.reduce((sum, week) => sum + week.applied, 0);
  // Whole counts up to the tallest week: a week of 1 is not drawn against an axis up to 4.
  const tallest = Math.max(0, ...weeks.map((week) => week.applied));
  return (
    <ChartCard
      title="Applications per week"
      className="weekly-card"
      description={`How many applications went out each week of the last ${weeks.length}: ${total.toLocaleString('en-US')} in all, by the week of their applied date.${undatedWords(undated)}`}
      table={
        <table className="data-table">
          <caption className="visually-hidden">Applications per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Applications</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.long}>
                <th scope="row">{d.long}</th>
                <td>{d.applied.toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 248 }}
        margin={{ top: 20, right: 4, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="3 4" />
        <XAxis
          dataKey="label"
          // Every other week is labelled, counted back from this one, so this week's always is.
          ticks={data.filter((_, i) => (data.length - 1 - i) % 2 === 0).map((d) => d.label)}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: 'var(--border)' }}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
        />
        <YAxis
          allowDecimals={false}
          tickCount={Math.max(2, Math.min(5, tallest + 1))}
          tickLine={false}
          axisLine={false}
          width="auto"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
        />
        <Bar dataKey="applied" fill="var(--chart-bar)" radius={[4, 4, 0, 0]} maxBarSize={28} isAnimationActive={false}>
          <LabelList
            dataKey="applied"
            position="top"
            fill="var(--muted)"
            fontSize={12}
            formatter={(value) => (value === 0 ? '' : value)}
          />
        </Bar>
      </BarChart>
    </ChartCard>
  );
});
