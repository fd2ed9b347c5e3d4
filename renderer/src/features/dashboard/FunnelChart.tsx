// The funnel: how many applications reached each phase, by their whole history, and what share
// of the phase before went on to it.
import { memo } from 'react';
import { Bar, BarChart, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { PHASE_LABELS } from '@shared/application';
import type { FunnelPhase, FunnelStep } from '@shared/dashboard/searchStats';
import type { StageColor } from '@shared/pipeline';
import { ChartCard } from './ChartCard';
import { formatPercent } from './percent';

/** Each phase in the colour of its stages in the default pipeline, so the funnel reads like the board. */
const PHASE_COLORS: Record<FunnelPhase, StageColor> = {
  saved: 'gray',
  applied: 'blue',
  'in-process': 'teal',
  offer: 'amber',
  accepted: 'green',
};

interface Datum {
  label: string;
  reached: number;
  conversion: string | null;
  color: StageColor;
}

/** A bar in its phase's colour with its count, and the share of the phase before, after it. */
function FunnelBar(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const datum = props.payload as Datum;
  const textY = y + height / 2;
  return (
    <g>
      <Rectangle x={x} y={y} width={width} height={height} radius={[0, 4, 4, 0]} fill={`var(--stage-${datum.color})`} />
      <text x={x + width + 8} y={textY} dominantBaseline="central" className="funnel-count">
        {datum.reached.toLocaleString('en-US')}
        {datum.conversion !== null && (
          <tspan className="funnel-conversion" dx={8}>
            {datum.conversion}
          </tspan>
        )}
      </text>
    </g>
  );
}

/** Drawn again only when its numbers change, not when the range or the rest of the page does. */
export const FunnelChart = memo(function FunnelChart({ funnel }: { funnel: FunnelStep[] }) {
  const data: Datum[] = funnel.map((step) => ({
    label: PHASE_LABELS[step.phase],
    reached: step.reached,
    conversion: step.conversion === null ? null : formatPercent(step.conversion),
    color: PHASE_COLORS[step.phase],
  }));
  return (
    <ChartCard
      title="Funnel"
      className="funnel-card"
      description="How many applications reached each phase, counting where they have been, not only where they are now, and the share of the phase before that got there."
      table={
        <table className="data-table">
          <caption className="visually-hidden">Funnel</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Reached</th>
              <th scope="col">Of the phase before</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{d.reached.toLocaleString('en-US')}</td>
                <td>{d.conversion ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: 248 }}
        margin={{ top: 4, right: 88, bottom: 4, left: 0 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={88}
          tickLine={false}
          axisLine={false}
          tick={{ fill: 'var(--text)', fontSize: 13 }}
        />
        <Bar dataKey="reached" isAnimationActive={false} shape={FunnelBar} minPointSize={2} />
      </BarChart>
    </ChartCard>
  );
});
