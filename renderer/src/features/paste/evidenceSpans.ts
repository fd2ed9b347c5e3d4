// The posting's evidence as spans of its text, and the text cut into pieces at their edges so
// each piece can be shown plain or highlighted (spans may overlap: a role holds its "Intern").
import { DRAFT_FIELDS, type DraftField, type PostingDraft } from '@shared/posting/postingDraft';

export interface EvidenceSpan {
  /** `field:index`, unique in the posting. */
  id: string;
  field: DraftField;
  /** Which of the field's spans (the second cohort, the third location). */
  index: number;
  label: string;
  start: number;
  end: number;
}

const FIELD_LABELS: Record<DraftField, string> = {
  source: 'Source',
  company: 'Company',
  title: 'Role',
  locations: 'Location',
  workMode: 'Work mode',
  employmentType: 'Type',
  pay: 'Pay',
  durationWeeks: 'Duration',
  cohorts: 'Cohort',
  deadline: 'Deadline',
  postingUrl: 'Posting link',
  term: 'Term',
  sponsorship: 'Visa sponsorship',
};

export function spanId(field: DraftField, index: number): string {
  return `${field}:${index}`;
}

export function evidenceSpans(posting: PostingDraft): EvidenceSpan[] {
  const spans = DRAFT_FIELDS.flatMap((field) =>
    (posting.evidence[field] ?? []).map((range, index) => ({
      id: spanId(field, index),
      field,
      index,
      // Cohorts are numbered as the form numbers them.
      label: field === 'cohorts' ? `Cohort ${index + 1}` : FIELD_LABELS[field],
      start: range.start,
      end: range.end,
    })),
  );
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface TextPiece {
  start: number;
  end: number;
  /** The spans covering this piece; empty for plain text. */
  spans: EvidenceSpan[];
  /** The spans that begin with this piece, whose labels it shows. */
  opens: EvidenceSpan[];
}

/** Cuts `[0, length)` at every span edge, so every piece is covered by the same spans throughout. */
export function textPieces(length: number, spans: readonly EvidenceSpan[]): TextPiece[] {
  const edges = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((edge) => edge >= 0 && edge <= length)
    .sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    pieces.push({
      start,
      end,
      spans: spans.filter((s) => s.start <= start && end <= s.end),
      opens: spans.filter((s) => s.start === start),
    });
  }
  return pieces;
}
