// Proposes which import field each column holds, from the header alone, and checks a mapping
// the user has edited. Known exports are recognised as presets: our own, LinkedIn's
// "Job Applications.csv" and the common spreadsheet tracker; anything else goes by column
// names and their synonyms, compared case-, spacing- and punctuation-insensitively.
import { EXPORT_COLUMNS } from './exportColumns';
import { IMPORT_FIELD_LABELS, MULTI_COLUMN_FIELDS, type ImportField } from './importFields';

export type CsvPreset = 'own-export' | 'linkedin' | 'spreadsheet-tracker' | 'generic';

/** One entry per column: the field it fills, or null to skip it. */
export type ColumnMapping = (ImportField | null)[];

export interface MappingProposal {
  preset: CsvPreset;
  mapping: ColumnMapping;
}

/** "Max. Salary" -> "maxsalary". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const SYNONYMS: Record<ImportField, readonly string[]> = {
  company: ['company', 'company name', 'employer', 'organization', 'organisation', 'org', 'firm', 'companyname'],
  role: ['role', 'job title', 'title', 'position', 'job position', 'job', 'job name', 'role title', 'position title'],
  status: ['status', 'stage', 'application status', 'state', 'pipeline stage'],
  statusHistory: ['status history', 'history'],
  appliedAt: [
    'applied',
    'date applied',
    'applied date',
    'applied on',
    'application date',
    'date of application',
    'submitted on',
    'submission date',
  ],
  dateSaved: ['date saved', 'saved on', 'date added', 'added on', 'bookmarked on'],
  deadline: ['deadline', 'application deadline', 'due date', 'due', 'apply by', 'closing date', 'closes'],
  followUp: ['follow up', 'follow up date', 'next follow up', 'follow up on'],
  deadlines: ['deadlines'],
  cohortStart: ['cohort start', 'start date', 'start', 'starts', 'internship start'],
  cohortEnd: ['cohort end', 'end date', 'end', 'ends', 'internship end'],
  cohorts: ['cohorts'],
  durationWeeks: ['duration weeks', 'duration', 'weeks', 'length weeks', 'length'],
  pay: [
    'pay',
    'salary',
    'max salary',
    'compensation',
    'stipend',
    'wage',
    'rate',
    'hourly rate',
    'pay rate',
    'salary range',
  ],
  payMin: ['pay min', 'min salary', 'minimum salary', 'salary min'],
  payMax: ['pay max', 'salary max', 'maximum salary'],
  payCurrency: ['pay currency', 'currency', 'salary currency'],
  payPeriod: ['pay period', 'salary period', 'pay frequency'],
  locations: ['locations', 'location', 'city', 'cities', 'office location', 'place'],
  workMode: ['work mode', 'workplace type', 'work type', 'remote', 'on site remote', 'arrangement', 'work arrangement'],
  employmentType: ['employment type', 'job type', 'type', 'contract type'],
  term: ['term', 'season', 'cycle', 'semester', 'recruiting season'],
  priority: ['priority', 'excitement', 'interest', 'rating'],
  source: ['source', 'found via', 'found on', 'where found', 'job board', 'platform'],
  tags: ['tags', 'labels', 'keywords'],
  postingUrl: [
    'posting url',
    'url',
    'link',
    'job url',
    'job link',
    'posting',
    'job posting',
    'application link',
    'posting link',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  contactName: ['contact', 'contact name', 'recruiter', 'recruiter name', 'hiring manager'],
  contactEmail: ['contact email', 'email', 'recruiter email', 'e mail'],
  contactPhone: ['contact phone', 'contact phone number', 'phone', 'phone number', 'recruiter phone'],
};

const BY_SYNONYM = new Map<string, ImportField>();
for (const [field, names] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const name of names) BY_SYNONYM.set(headerKey(name), field);
}

/** Exact headers of a preset; null skips a column the preset knows is not for us. */
type PresetColumns = ReadonlyMap<string, ImportField | null>;

const OWN_COLUMNS: PresetColumns = new Map(EXPORT_COLUMNS.map((c) => [headerKey(c.header), c.field]));

const LINKEDIN_COLUMNS: PresetColumns = new Map([
  ['applicationdate', 'appliedAt'],
  ['contactemail', 'contactEmail'],
  ['contactphonenumber', 'contactPhone'],
  ['companyname', 'company'],
  ['jobtitle', 'role'],
  ['joburl', 'postingUrl'],
  ['resumename', 'notes'],
  ['questionandanswers', 'notes'],
]);

const TRACKER_COLUMNS: PresetColumns = new Map([
  ['jobposition', 'role'],
  ['company', 'company'],
  ['maxsalary', 'pay'],
  ['location', 'locations'],
  ['status', 'status'],
  ['datesaved', 'dateSaved'],
  ['deadline', 'deadline'],
  ['dateapplied', 'appliedAt'],
  ['followup', 'followUp'],
  ['excitement', 'priority'],
]);

function hasAll(keys: ReadonlySet<string>, required: readonly string[]): boolean {
  return required.every((key) => keys.has(key));
}

function detectPreset(keys: ReadonlySet<string>): CsvPreset {
  if (hasAll(keys, ['company', 'role', 'statushistory', 'deadlines', 'payperiod'])) return 'own-export';
  if (hasAll(keys, ['applicationdate', 'companyname', 'jobtitle', 'joburl'])) return 'linkedin';
  if (
    hasAll(keys, ['jobposition', 'company']) &&
    ['datesaved', 'excitement', 'maxsalary', 'followup'].some((k) => keys.has(k))
  ) {
    return 'spreadsheet-tracker';
  }
  return 'generic';
}

const PRESET_COLUMNS: Record<CsvPreset, PresetColumns> = {
  'own-export': OWN_COLUMNS,
  linkedin: LINKEDIN_COLUMNS,
  'spreadsheet-tracker': TRACKER_COLUMNS,
  generic: new Map(),
};

/**
 * The mapping a header suggests. A preset's own columns come first, then synonyms; a field
 * is proposed for one column only (except notes), and unknown columns are skipped.
 */
export function proposeMapping(header: readonly string[]): MappingProposal {
  const keys = header.map(headerKey);
  const preset = detectPreset(new Set(keys));
  const known = PRESET_COLUMNS[preset];
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = keys.map((key) => {
    const field = known.has(key) ? known.get(key)! : (BY_SYNONYM.get(key) ?? null);
    if (field === null || (taken.has(field) && !MULTI_COLUMN_FIELDS.includes(field))) return null;
    taken.add(field);
    return field;
  });
  return { preset, mapping };
}

/**
 * What stops an import with this mapping from starting: company and role need a column, and a
 * field can be filled by one column only (notes excepted). Empty when the mapping is usable.
 */
export function mappingProblems(header: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const required of ['company', 'role'] as const) {
    if (!mapping.includes(required))
      problems.push(`Choose the column that holds the ${IMPORT_FIELD_LABELS[required].toLowerCase()}.`);
  }
  const columnsOf = new Map<ImportField, string[]>();
  mapping.forEach((field, index) => {
    if (field !== null) columnsOf.set(field, [...(columnsOf.get(field) ?? []), header[index] ?? `Column ${index + 1}`]);
  });
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1 && !MULTI_COLUMN_FIELDS.includes(field)) {
      problems.push(`Only one column can be ${IMPORT_FIELD_LABELS[field]}: '${columns.join("' and '")}' both are.`);
    }
  }
  return problems;
}
