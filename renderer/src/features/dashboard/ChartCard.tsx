// A chart with its words: a title, what it shows, and its numbers as a table. Screen readers get
// the table (the drawing is one image named by the title); anyone can swap the chart for it.
import { useId, useState, type ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  description: string;
  /** The chart's data as a table; its caption names it after the chart. */
  table: ReactNode;
  children: ReactNode;
  className?: string;
}

export function ChartCard({ title, description, table, children, className = '' }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  return (
    <section className={`dashboard-card chart-card ${className}`} aria-labelledby={titleId}>
      <div className="card-header">
        <h3 id={titleId}>{title}</h3>
        <button type="button" className="link-button" onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show the chart' : 'Show the numbers'}
          {/* Each chart has this button: a list of the page's buttons tells them apart by it. */}{' '}
          <span className="visually-hidden">for {title}</span>
        </button>
      </div>
      <p id={descriptionId} className="card-description">
        {description}
      </p>
      {!asTable && (
        <div className="chart" role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
          {/* The drawing's own text (counts, percentages, labels) would be read as one run-on name. */}
          <div aria-hidden="true">{children}</div>
        </div>
      )}
      <div className={asTable ? 'chart-table' : 'visually-hidden'}>{table}</div>
    </section>
  );
}
