// Internship, co-op, part-time or full-time, read from the posting itself: its title first, then
// an "Employment type" label, then its own text. When several apply ("part-time internship"),
// the most specific wins: co-op, internship, part-time, full-time.
import type { EmploymentType } from '../application';
import type { Finding } from './finding';
import type { TextRange } from './postingDraft';
import type { TextLine } from './textSpans';

const KINDS: Array<[EmploymentType, RegExp]> = [
  ['co-op', /\bco-?op\b|\bcooperative education\b|\bwork term\b/i],
  [
    'internship',
    // "references from previous internships" is the applicant's past, not this role.
    /(?<!\b(?:previous|past|prior|former|earlier)\s+)\bintern(?:ship)?s?\b|\bwerkstudent\b|\b(?:industrial )?placement year\b|\bvacation (?:program(?:me)?|scheme)\b/i,
  ],
  // "a full-time student", "full-time enrolment" describe the applicant's studies, not the job.
  ['part-time', /\bpart[- ]?time\b(?!\s+(?:students?|stud(?:y|ies)|enrol(?:l?ment|led)|undergraduates?|degree))/i],
  ['full-time', /\bfull[- ]?time\b(?!\s+(?:students?|stud(?:y|ies)|enrol(?:l?ment|led)|undergraduates?|degree))/i],
];

const LABEL =
  /^(?:(?:employment|job|position|contract|work)\s*type|commitment|type of (?:employment|position)|schedule)\s*(?:[:–-]\s*|$)/i;

export function findEmploymentType(
  scan: string,
  lines: TextLine[],
  title: TextRange | null,
): Finding<EmploymentType> | null {
  if (title) {
    const inTitle = firstKindIn(scan, title.start, title.end);
    if (inTitle) return inTitle;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = LABEL.exec(line.content);
    if (!label) continue;
    // The value follows the label, or sits on the next lines (LinkedIn, Indeed).
    const valueLines =
      label[0].length < line.content.length ? [line] : lines.slice(i + 1, i + 4).filter((l) => l.content !== '');
    for (const value of valueLines) {
      const from = value === line ? line.contentStart + label[0].length : value.contentStart;
      const kind = firstKindIn(scan, from, value.contentStart + value.content.length);
      if (kind) return kind;
    }
  }
  return firstKindIn(scan, 0, scan.length);
}

/** The most specific kind named between `from` and `to`. */
function firstKindIn(scan: string, from: number, to: number): Finding<EmploymentType> | null {
  const text = scan.slice(from, to);
  for (const [kind, pattern] of KINDS) {
    const m = pattern.exec(text);
    if (m) return { value: kind, ranges: [{ start: from + m.index, end: from + m.index + m[0].length }] };
  }
  return null;
}
