// The words under each proposed field: the page text it was read from ("found in"), or that
// the page does not say, and the parser's notes about it. Screen readers hear them as the
// field's description, so the highlights are never the only way to see the evidence.
import { isCalendarDate } from '@shared/calendarDate';
import { cohortWeeks, weeksInWords } from '@shared/payNormalize';
import type { DraftField, PostingDraft, TextRange } from '@shared/posting/postingDraft';
import type { FieldAnnotation } from '../../components/Field';
import type { AnnotatedPart } from '../editor/ApplicationFormSections';
import type { EditorDraft } from '../editor/editorDraft';
import { formatWhen } from '../../components/formatDates';
import { noteField, noteInWords } from './noteFields';
import { deadlineWhen, evidenceTarget, type PostingForm } from './postingForm';

const QUOTE_LENGTH = 70;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat}”`;
}

/**
 * "Found in" and the page's words for each place a value was read from. Words the page repeats
 * ("Summer Internship" in three sentences) are quoted once: every place is still highlighted in
 * the page, and the line names what was read, not how often.
 */
export function foundIn(text: string, ranges: readonly TextRange[]): string {
  const quotes = new Map<string, string>();
  for (const r of ranges) {
    const quoted = quote(text.slice(r.start, r.end));
    const key = quoted.toLowerCase();
    if (!quotes.has(key)) quotes.set(key, quoted);
  }
  return `Found in ${[...quotes.values()].join(', ')}`;
}

function hasValue(posting: PostingDraft, field: DraftField): boolean {
  const value = posting[field];
  return Array.isArray(value) ? value.length > 0 : value !== null;
}

const NOT_STATED: Partial<Record<DraftField, string>> = {
  cohorts: 'No cohort dates found on the page.',
  deadline: 'No application deadline found on the page.',
};

export function evidenceAnnotator(posting: PostingDraft, form: PostingForm, draft: EditorDraft) {
  const notesByField = new Map<DraftField, string[]>();
  for (const note of posting.notes) {
    const field = noteField(note);
    if (field) notesByField.set(field, [...(notesByField.get(field) ?? []), note]);
  }

  return function annotate(part: AnnotatedPart): FieldAnnotation | undefined {
    const lines: string[] = [];
    const target = evidenceTarget(part, form);
    const isGroup = part === 'cohorts' || part === 'deadlines';
    if (target && !isGroup) {
      const ranges = posting.evidence[target.field] ?? [];
      const shown = target.index === null ? ranges : ranges.slice(target.index, target.index + 1);
      if (shown.length > 0) {
        lines.push(foundIn(posting.text, shown));
      } else if (hasValue(posting, target.field)) {
        lines.push("From the page's structured data; its visible text does not say it.");
      } else if (!notesByField.has(target.field)) {
        // Not where a note says what the page gives and why it is not proposed.
        lines.push('Not found on the page.');
      }
    }
    // Nor here (a deadline written without its year).
    if (isGroup && target && !hasValue(posting, target.field) && !notesByField.has(target.field))
      lines.push(NOT_STATED[target.field]!);
    if (part.startsWith('cohort:')) {
      const cohort = draft.cohorts.find((c) => `cohort:${c.id}` === part);
      if (cohort && isCalendarDate(cohort.start) && isCalendarDate(cohort.end) && cohort.end >= cohort.start) {
        lines.push(`${weeksInWords(cohortWeeks(cohort))} long`);
      }
    }
    if (part.startsWith('deadline:')) {
      const deadline = draft.deadlines.find((d) => `deadline:${d.id}` === part);
      const time = posting.deadlineTime;
      if (deadline && time && deadline.id === form.deadlineId) {
        const proposed = deadlineWhen(posting);
        if (time.zone === null) lines.push(`The page names no time zone: ${time.written} is read as your time.`);
        else if (proposed.date !== posting.deadline || proposed.time !== time.time) {
          lines.push(`The page gives ${time.written}: this is that moment in your time zone.`);
        }
      }
    }
    const notes = target && target.index === null ? (notesByField.get(target.field) ?? []) : [];
    if (lines.length === 0 && notes.length === 0) return undefined;
    return {
      key: part,
      content: (
        <>
          {lines.map((line, i) => (
            <span key={i} className="annotation-line">
              {line}
            </span>
          ))}
          {notes.map((note) => (
            <span key={note} className="annotation-line annotation-note">
              <strong>Note:</strong> {noteInWords(note, formatWhen)}
            </span>
          ))}
        </>
      ),
    };
  };
}

/** Notes about the page as a whole rather than one field (such as structured data taken). */
export function pageNotes(posting: PostingDraft): string[] {
  return posting.notes.filter((note) => noteField(note) === null).map((note) => noteInWords(note, formatWhen));
}
