// The pasted page with every found field highlighted where it was read, each labelled with its
// field. The spans of the field being edited are emphasised and scrolled into view.
import { useEffect, useMemo, useRef } from 'react';
import { textPieces, type EvidenceSpan } from './evidenceSpans';

interface PageHighlightsProps {
  text: string;
  spans: readonly EvidenceSpan[];
  /** Ids of the spans to emphasise. */
  active: ReadonlySet<string>;
}

export function PageHighlights({ text, spans, active }: PageHighlightsProps) {
  const pieces = useMemo(() => textPieces(text.length, spans), [text, spans]);
  const paneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const pane = paneRef.current;
    const first = pane?.querySelector<HTMLElement>('mark.active');
    if (!pane || !first) return;
    const paneBox = pane.getBoundingClientRect();
    const markBox = first.getBoundingClientRect();
    // Only the pane scrolls, and only when the span is out of sight, so the field keeps its place.
    if (markBox.top >= paneBox.top && markBox.bottom <= paneBox.bottom) return;
    pane.scrollTop += markBox.top - paneBox.top - pane.clientHeight / 3;
  }, [active]);

  return (
    // It scrolls, so it takes focus: the page can be read with the keyboard.
    <div ref={paneRef} className="page-text" role="region" aria-label="Page text" tabIndex={0}>
      {pieces.map((piece) => {
        const content = text.slice(piece.start, piece.end);
        if (piece.spans.length === 0) return content;
        const isActive = piece.spans.some((s) => active.has(s.id));
        return (
          <mark
            key={piece.start}
            className={isActive ? 'evidence active' : 'evidence'}
            // The rest of a span another one interrupted ("Internship" inside the role) is shown
            // highlighted, but not told as a highlight of its own: no unnamed or empty marks.
            role={piece.opens.length === 0 ? 'presentation' : undefined}
            data-spans={piece.spans.map((s) => s.id).join(' ')}
          >
            {piece.opens.map((span) => (
              <span key={span.id} className="evidence-label">
                {span.label}
                <span className="visually-hidden">: </span>
              </span>
            ))}
            {content}
          </mark>
        );
      })}
    </div>
  );
}
