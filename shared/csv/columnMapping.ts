// Proposes which import field each column holds from the header alone (columnFit.ts then looks
// at the values), and checks a mapping the user has edited. Known exports are recognised as
// presets: our own (of either schema), LinkedIn's "Job Applications.csv" and "Saved Jobs.csv",
// the common spreadsheet tracker; anything else (Teal, Huntr, Simplify …) goes by column names
// and their synonyms, compared case-, spacing- and punctuation-insensitively.
import { withoutCaseOrAccents } from '../normalizeWord';
import { EXPORT_COLUMNS } from './exportColumns';
import { IMPORT_FIELD_LABELS, MULTI_COLUMN_FIELDS, type ImportField } from './importFields';

export type CsvPreset = 'own-export' | 'linkedin' | 'spreadsheet-tracker' | 'generic';

/** One entry per column: the field it fills, or null to skip it. */
export type ColumnMapping = (ImportField | null)[];

export interface HeaderProposal {
  preset: CsvPreset;
  mapping: ColumnMapping;
}

/** Jira's CSV export writes each custom field as "Custom field (Company)". */
const CUSTOM_FIELD = /^\s*custom\s+field\s*\((.+)\)\s*$/i;

/** A column's own name: "Company" of Jira's "Custom field (Company)", else the header as it is. */
function ownName(header: string): string {
  return CUSTOM_FIELD.exec(header)?.[1] ?? header;
}

/**
 * "Max. Salary" -> "maxsalary", "Société" -> "societe". Letters of every script count: a Japanese
 * tracker's "企業名" is named by its letters as "Company" is (full-width "ＵＲＬ" is "url").
 */
export function headerKey(header: string): string {
  return withoutCaseOrAccents(ownName(header)).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Columns that hold the notes themselves; other columns read as notes keep their name with them. */
const PLAIN_NOTES = [
  'notes',
  'note',
  'comments',
  'comment',
  'remarks',
  'notizen',
  'bemerkungen',
  'anmerkungen',
  'remarques',
  'commentaires',
  'notas',
  'observaciones',
  'opmerkingen',
  'notities',
  'osservazioni',
  'annotazioni',
  'observações',
  'notatki',
  'uwagi',
  'anteckningar',
  'kommentarer',
  'メモ',
  '備考',
];

/**
 * A column saying how an application ended, beside its Status (rowToApplication reads its stage):
 * Jira's "Resolution" says how a card in "Done" was done.
 */
const OUTCOME = ['outcome', 'result', 'final outcome', 'decision', 'resolution'];
const OUTCOME_HEADERS = new Set(OUTCOME.map(headerKey));

export function isOutcomeHeader(header: string): boolean {
  return OUTCOME_HEADERS.has(headerKey(header));
}

/**
 * A posting's requisition number ("Req ID: R-10423"): an application has no field of its own for
 * it, so it is kept in the notes under its column's name. The posting URL usually carries it too,
 * and duplicates are told apart by that (sameApplication.ts).
 */
const REQUISITION = [
  'requisition',
  'requisition id',
  'requisition number',
  'requisition no',
  'req',
  'req id',
  'req number',
  'req no',
  'job id',
  'job req',
  'job requisition id',
  'job number',
  'posting id',
];

/**
 * Names of the deadline to apply itself, in the languages column names are read in: not a
 * deadline that may be another step's, nor the posting's closing date. Part of the Deadline
 * column's names (SYNONYMS), and asked of by namesApplicationDeadline.
 */
const APPLICATION_DEADLINE = [
  'application deadline',
  'deadline to apply',
  'apply by',
  'apply before',
  // Indian English: "Last date" (to apply) is the usual header there.
  'last date to apply',
  'last date for applying',
  'last date of application',
  'last date for application',
  'last date to register',
  'last day to apply',
  'bewerbungsfrist',
  'bewerbungsschluss',
  'date limite de candidature',
  'date limite candidature',
  'fecha límite de postulación',
  'fecha límite de solicitud',
  'fecha límite de aplicación',
  'sollicitatiedeadline',
  'deadline sollicitatie',
  'uiterste sollicitatiedatum',
  'scadenza candidatura',
  'scadenza candidature',
  'prazo de inscrição',
  'prazo de candidatura',
  'termin zgłoszeń',
  'termin aplikacji',
  'sista ansökningsdag',
];
const APPLICATION_DEADLINE_HEADERS = new Set(APPLICATION_DEADLINE.map(headerKey));

/**
 * Whether a column's name says it holds the deadline to apply itself ("Application deadline",
 * "Bewerbungsfrist", "Date limite de candidature"), read as fieldNamed reads a name: without its
 * brackets ("Application deadline (CET)"), turned round ("Next application deadline").
 */
export function namesApplicationDeadline(header: string): boolean {
  const bare = ownName(header).replace(TRAILING_ASIDE, '');
  return [header, bare, reworded(bare)].some((name) => APPLICATION_DEADLINE_HEADERS.has(headerKey(name)));
}

const SYNONYMS: Record<ImportField, readonly string[]> = {
  company: [
    'company',
    'company name',
    'employer',
    'organization',
    'organisation',
    'org',
    'firm',
    'companyname',
    'firma',
    'unternehmen',
    'arbeitgeber',
    'entreprise',
    'société',
    'empresa',
    'bedrijf',
    'organisatie',
    'werkgever',
    'azienda',
    'società',
    'pracodawca',
    'företag',
    'arbetsgivare',
    '企業名',
    '会社名',
    '企業',
    '会社',
  ],
  role: [
    'role',
    'job title',
    'title',
    'position',
    'job position',
    'job',
    'job name',
    'role title',
    'position title',
    'programme',
    'program',
    'internship title',
    'stelle',
    'stellenbezeichnung',
    'poste',
    'intitulé du poste',
    'puesto',
    'functie',
    'vacature',
    'posizione',
    'ruolo',
    'vaga',
    'cargo',
    'stanowisko',
    'tjänst',
    'befattning',
    '職種',
    '募集職種',
    'ポジション',
    'コース',
  ],
  companyAndRole: ['company and role', 'role and company', 'company and position', 'position and company'],
  term: ['term', 'terms', 'internship term', 'cycle', 'semester', 'recruiting season', 'recruiting cycle'],
  termSeason: ['season', 'internship season'],
  termYear: ['year', 'internship year'],
  employmentType: ['employment type', 'job type', 'type', 'contract type'],
  source: [
    'source',
    'found via',
    'found on',
    'where found',
    'job board',
    'platform',
    // A form's question ("Where did you find the posting?").
    'where did you find',
    'how did you find',
    'where did you hear',
    'how did you hear',
  ],
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
    'job posting url',
    'job posting link',
    'apply url',
    'apply link',
    'application url',
    'listing url',
    'job listing url',
    'lien',
    'lien offre',
    'enlace',
    'länk',
  ],
  // Huntr's boards name the stage "list" (its export's "listName").
  stage: [
    'stage',
    'status',
    'application status',
    'state',
    'pipeline stage',
    'current stage',
    'stage name',
    'list',
    'list name',
    // Asana's board column.
    'section column',
    'statut',
    'estado',
    'stato',
    'ステータス',
    '選考状況',
    '選考ステータス',
    '状況',
    '進捗',
  ],
  phase: ['phase'],
  archived: ['archived', 'is archived', 'archive'],
  excitement: ['excitement', 'interest', 'interest level', 'rating', 'priority', 'stars', 'how excited'],
  appliedAt: [
    'applied',
    'date applied',
    'applied date',
    'applied on',
    'application date',
    'date of application',
    'submitted on',
    'submission date',
    '応募日',
    'エントリー日',
    'applied at',
    'date of submission',
    'date submitted',
    'submitted date',
    'beworben am',
    'beworben',
    'bewerbungsdatum',
    'date de candidature',
    'candidature',
    'candidature envoyée',
    'postulé le',
    'date de postulation',
    'fecha de solicitud',
    'fecha de postulación',
    'fecha de aplicación',
    'datum sollicitatie',
    'sollicitatiedatum',
    'gesolliciteerd op',
    'data candidatura',
    'data di candidatura',
    'data da inscrição',
    'data de inscrição',
    'data da candidatura',
    'data de candidatura',
    'data aplikacji',
    'data zgłoszenia',
    'ansökt',
    'ansökt datum',
    'ansökningsdatum',
  ],
  // LinkedIn's "Saved Jobs.csv" has "Saved Date"; Huntr's export "createdAt" (when the job was added).
  dateSaved: [
    'date saved',
    'saved on',
    'saved date',
    'saved at',
    'saved',
    'date added',
    'added on',
    'added',
    'bookmarked on',
    'date bookmarked',
    'created at',
    'created on',
    'date created',
    // Notion's and Airtable's own column: when the row, the saved job, was made.
    'created',
    'created time',
    // A Google Form's responses sheet: when the student logged the job, named in the form's language.
    'timestamp',
    'carimbo de data/hora',
    'marca temporal',
    'horodateur',
    'zeitstempel',
    'informazioni cronologiche',
    'tijdstempel',
    'sygnatura czasowa',
    'tidstämpel',
  ],
  // When the row reached its stage: Huntr's "lastMovedAt", or when the row last changed (Trello's
  // "Last Activity Date", Airtable's "Last Modified"), which is no earlier.
  stageSince: [
    'last moved',
    'last moved at',
    'moved at',
    'moved on',
    'status date',
    'status changed',
    'status changed on',
    'status updated',
    'status updated on',
    'date of status',
    'stage date',
    'stage changed',
    'stage changed on',
    'in stage since',
    'last status change',
    'last stage change',
    'last updated',
    'updated',
    'updated at',
    'updated on',
    'last modified',
    'date modified',
    'modified',
    'last edited',
    'last edited time',
    'last activity',
    'last activity date',
  ],
  followUp: ['follow up', 'follow up date', 'next follow up', 'follow up on', 'follow up by'],
  // Trello's "Due Complete" beside its "Due Date".
  deadlineDone: ['due complete', 'deadline done', 'deadline complete', 'deadline completed'],
  // Names of the deadline to apply itself first, then of any deadline (the next step's, the
  // posting's closing date), which a row past applying reads otherwise (rowToApplication.ts).
  deadline: [
    ...APPLICATION_DEADLINE,
    'deadline',
    // Indian English for the deadline to apply, but alone it may be another step's (an offer's
    // answer), as "Deadline" may: a row past applying reads it as any deadline.
    'last date',
    'due date',
    'due',
    'closing date',
    'closes',
    'frist',
    'date limite',
    'fecha límite',
    'sluitingsdatum',
    'scadenza',
    'data di scadenza',
    'prazo',
    '締切',
    '締め切り',
    '締切日',
    '〆切',
    '応募締切',
    'エントリー締切',
  ],
  deadlines: ['deadlines'],
  interviewDate: [
    'interview date',
    'interview dates',
    'interview',
    'interview on',
    'interview scheduled',
    'next interview',
    'interview date time',
    'interview time',
    'interview at',
  ],
  events: ['events', 'interviews'],
  cohortStart: [
    'cohort start',
    'start date',
    'start',
    'starts',
    'internship start',
    'beginn',
    'startdatum',
    'praktikumsbeginn',
    'début',
    'date de début',
    'début du stage',
    'fecha de inicio',
    'inicio',
    'data inizio',
    'data di inizio',
    'data de início',
    'data rozpoczęcia',
  ],
  cohortEnd: [
    'cohort end',
    'end date',
    'end',
    'ends',
    'internship end',
    'ende',
    'enddatum',
    'praktikumsende',
    'date de fin',
    'fin du stage',
    'fecha de fin',
    'fecha final',
    'einddatum',
    'slutdatum',
    'data fine',
    'data di fine',
    'data de término',
    'data de fim',
    'data zakończenia',
  ],
  // Japanese: the period the internship runs (実施期間), as its dates "2027/08/01〜2027/08/31".
  cohorts: ['cohorts', '期間', '実施期間', '開催期間', 'インターン期間'],
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
    'monthly stipend',
    'monthly salary',
    'monthly pay',
    'weekly pay',
    'hourly wage',
    'hourly pay',
    'annual salary',
    'yearly salary',
    'expected pay',
    'expected salary',
    'expected stipend',
    'vergütung',
    'gehalt',
    'salaire',
    'rémunération',
    'salario',
    'sueldo',
    'remuneración',
    'vergoeding',
    'stagevergoeding',
    'salaris',
    'retribuzione',
    'rimborso spese',
    'stipendio',
    'compenso',
    'salário',
    'bolsa',
    'bolsa auxílio',
    'remuneração',
    'wynagrodzenie',
    'pensja',
    'lön',
    'månadslön',
    'ersättning',
    '給与',
    '報酬',
    '給料',
    // A pay column named for its period, read from the name (periodInHeader).
    '時給',
    '月給',
  ],
  payMin: ['pay min', 'min salary', 'minimum salary', 'salary min', 'min pay'],
  payMax: ['pay max', 'salary max', 'maximum salary', 'max pay'],
  payCurrency: ['pay currency', 'currency', 'salary currency'],
  payPeriod: ['pay period', 'salary period', 'pay frequency'],
  payHours: [
    'hours per week',
    'hours week',
    'hours a week',
    'weekly hours',
    'hrs per week',
    'hrs week',
    'work hours per week',
    'working hours per week',
    'wochenstunden',
    'stunden pro woche',
    'heures par semaine',
    'horas por semana',
    'horas semanales',
    'horas semanais',
    'carga horária',
    'carga horária semanal',
  ],
  offeredOn: ['offer date', 'offered on', 'date offered', 'offer received on'],
  offerCurrency: ['offer currency'],
  housing: ['housing', 'housing stipend', 'accommodation', 'housing provided'],
  relocation: ['relocation', 'relocation bonus', 'relocation stipend', 'moving allowance'],
  signOnBonus: ['sign on bonus', 'signing bonus', 'sign on', 'signing'],
  offerParts: ['other offer parts', 'other compensation', 'other pay', 'perks'],
  responseDeadline: [
    'offer response deadline',
    'response deadline',
    'offer deadline',
    'respond by',
    'decision deadline',
    'offer expires',
  ],
  returnOfferProspects: ['return offer prospects', 'return offer', 'conversion', 'return offer chances'],
  locations: [
    'locations',
    'location',
    'city',
    'cities',
    'office location',
    'office',
    'place',
    'job location',
    'location name',
    'ort',
    'standort',
    'lieu',
    'ville',
    'ubicación',
    'ciudad',
    'locatie',
    'plaats',
    'città',
    'sede',
    'cidade',
    'localização',
    'miasto',
    'lokalizacja',
    '勤務地',
    '勤務場所',
    '場所',
    '所在地',
  ],
  workMode: [
    'work mode',
    'workplace type',
    'work type',
    'work model',
    'remote',
    'on site remote',
    'arrangement',
    'work arrangement',
    'location type',
  ],
  sponsorship: ['visa sponsorship', 'sponsorship', 'visa', 'sponsors visa', 'h1b sponsorship', 'sponsors'],
  referralName: ['referred by', 'referral', 'referrer', 'referral name', 'referral from'],
  referralRelation: ['referral relation', 'referrer relation', 'relation', 'relationship', 'how i know them'],
  contacts: ['contacts', 'people'],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'point of contact',
    'recruiter',
    'recruiter name',
    'hiring manager',
    'ansprechpartner',
    'ansprechpartnerin',
    'ansprechperson',
    'kontakt',
    'kontaktperson',
    'interlocuteur',
    'interlocutrice',
    'personne de contact',
    'contacto',
    'persona de contacto',
    'contactpersoon',
    'referente',
    'contatto',
    'contato',
    'osoba kontaktowa',
  ],
  contactRole: ['contact role', 'contact title', 'contact job title', 'contact position', 'recruiter title'],
  contactEmail: ['contact email', 'email', 'recruiter email', 'e mail', 'courriel', 'correo', 'correo electrónico'],
  contactPhone: [
    'contact phone',
    'contact phone number',
    'phone',
    'phone number',
    'recruiter phone',
    'telefon',
    'telefonnummer',
    'téléphone',
    'teléfono',
  ],
  resumeVersion: ['resume version', 'resume', 'resume name', 'resume used', 'cv', 'cv version', 'which resume'],
  coverLetter: ['cover letter', 'cover letter version', 'cover letter used'],
  tags: ['tags', 'labels', 'keywords'],
  // Trello's "Card Description", ClickUp's "Task Content", Jira's and an open-source tracker's
  // "description": what the card says about itself, kept under its name. Not a "Job description",
  // a posting's whole text, which may be longer than notes can be.
  notes: [
    ...PLAIN_NOTES,
    ...REQUISITION,
    'next step',
    'next steps',
    'next action',
    'interview notes',
    'to do',
    'description',
    'card description',
    'task description',
    'issue description',
    'item description',
    'task content',
    'content',
    'details',
    // A form's last, open question.
    'anything else',
    // How it ended ("Rejected after interview"), beside a Status column: kept with its name.
    ...OUTCOME,
  ],
  stageHistory: ['stage history', 'status history', 'history'],
};

/**
 * Names that are a cohort's start and end only when their values are dates: French "Fin" (also a
 * word of other things), "From" and "To" (a source, a recipient). Read as a pair by columnFit.ts.
 */
const COHORT_IF_DATES: Readonly<Record<'cohortStart' | 'cohortEnd', readonly string[]>> = {
  cohortStart: ['from', 'von', 'desde'],
  cohortEnd: ['to', 'fin', 'bis', 'hasta'],
};

/** The end of a cohort a column's name says it may be, when its values are dates. */
export function cohortEndIfDates(header: string): 'cohortStart' | 'cohortEnd' | null {
  const key = headerKey(header);
  for (const field of ['cohortStart', 'cohortEnd'] as const)
    if (COHORT_IF_DATES[field].some((name) => headerKey(name) === key)) return field;
  return null;
}

const BY_SYNONYM = new Map<string, ImportField>();
for (const [field, names] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
  for (const name of names) BY_SYNONYM.set(headerKey(name), field);
}

const NOTES_HEADERS = new Set(PLAIN_NOTES.map(headerKey));

/** Whether a column's name says it holds notes ("Notes", "Comments"), not something else kept as notes. */
export function isNotesHeader(header: string): boolean {
  return NOTES_HEADERS.has(headerKey(header));
}

/**
 * A title column names what each row is about, but not whether that is the company or the role:
 * Notion's and Airtable's first column ("Name"), a Trello card's name, a Jira issue's "Summary".
 * Its values and the other columns settle it (columnFit.ts).
 */
const TITLE_HEADERS = new Set(
  ['name', 'card name', 'task name', 'item name', 'opportunity', 'summary', 'issue summary'].map(headerKey),
);

export function isTitleHeader(header: string): boolean {
  return TITLE_HEADERS.has(headerKey(header));
}

/** "Company / Role", "Role @ Company", "Company - Position", "Role at Company": two names joined. */
const PAIR_JOIN = /\s*[/|@&+:]\s*|\s+(?:[-–—]|and|at|or)\s+/i;

/**
 * Whether a header names the company and the role together, as a title column holds them
 * ("Stripe - Software Engineering Intern"); its parts name two fields, so fieldNamed gives none.
 */
export function namesCompanyAndRole(preset: CsvPreset, header: string): boolean {
  const parts = ownName(header).split(PAIR_JOIN);
  if (parts.length !== 2) return false;
  const fields = new Set(parts.map((part) => fieldNamed(preset, part)));
  return fields.size === 2 && fields.has('company') && fields.has('role');
}

/** Exact headers of a preset; null skips a column the preset knows is not for us. */
type PresetColumns = ReadonlyMap<string, ImportField | null>;

const OWN_COLUMNS: PresetColumns = new Map(EXPORT_COLUMNS.map((c) => [headerKey(c.header), c.field]));

// Its "Contact Email" and "Contact Phone Number" are the student's own, as given when applying
// with Easy Apply: no contact at the company.
const LINKEDIN_COLUMNS: PresetColumns = new Map([
  ['applicationdate', 'appliedAt'],
  ['saveddate', 'dateSaved'],
  ['contactemail', null],
  ['contactphonenumber', null],
  ['companyname', 'company'],
  ['jobtitle', 'role'],
  ['joburl', 'postingUrl'],
  ['resumename', 'resumeVersion'],
  ['questionandanswers', 'notes'],
]);

const TRACKER_COLUMNS: PresetColumns = new Map([
  ['jobposition', 'role'],
  ['company', 'company'],
  ['maxsalary', 'pay'],
  ['location', 'locations'],
  ['status', 'stage'],
  ['datesaved', 'dateSaved'],
  ['deadline', 'deadline'],
  ['dateapplied', 'appliedAt'],
  ['followup', 'followUp'],
  ['excitement', 'excitement'],
]);

function hasAll(keys: ReadonlySet<string>, required: readonly string[]): boolean {
  return required.every((key) => keys.has(key));
}

function detectPreset(keys: ReadonlySet<string>): CsvPreset {
  // Both versions of our export: schema 1's had a status history, schema 2's a stage history.
  if (
    hasAll(keys, ['company', 'role', 'deadlines', 'payperiod']) &&
    (keys.has('stagehistory') || keys.has('statushistory'))
  ) {
    return 'own-export';
  }
  // "Job Applications.csv" and "Saved Jobs.csv" of LinkedIn's data export.
  if (hasAll(keys, ['companyname', 'jobtitle', 'joburl']) && (keys.has('applicationdate') || keys.has('saveddate'))) {
    return 'linkedin';
  }
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

const TRAILING_ASIDE = /\s*(?:\([^)]*\)|\[[^\]]*\]|\d+\s*(?:[-–—]|to)\s*\d+|\/\s*\d+|out of \d+)\s*$/i;

const PERIOD_IN_NAME =
  /^(?:hourly|weekly|monthly|annual|yearly)\s+|\s*(?:\/|\bper\b)\s*(?:hours?|hr|h|weeks?|wk|months?|mo|years?|yr|annum)\s*$/gi;

/**
 * The mapping a header suggests. A preset's own columns come first, then synonyms; a field
 * is proposed for one column only (except notes), and unknown columns are skipped.
 */
export function proposeMapping(header: readonly string[]): HeaderProposal {
  const preset = detectPreset(new Set(header.map(headerKey)));
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = header.map((name) => {
    const field = fieldNamed(preset, name);
    if (field === null || (taken.has(field) && !MULTI_COLUMN_FIELDS.includes(field))) return null;
    taken.add(field);
    return field;
  });
  // "Max. Salary" alone is the pay (Teal's tracker); beside "Min. Salary" it is the range's top.
  const top = header.findIndex((name, i) => mapping[i] === 'pay' && headerKey(name).startsWith('max'));
  if (top !== -1 && taken.has('payMin') && !taken.has('payMax')) mapping[top] = 'payMax';
  return { preset, mapping };
}

/** A header's words, lower case: "jobPostURL" and "Job Post URL" are "job post url". */
function headerWords(name: string): string[] {
  return ownName(name)
    .normalize('NFKD')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * "Date of First Interview" as "Interview date", "Next Deadline" as "Deadline": the name turned
 * round, and without the word that says which of several dates it is.
 */
function reworded(name: string): string {
  return name
    .replace(/^\s*date\s+of\s+(.+)$/i, '$1 date')
    .replace(/^\s*(?:first|1st|initial|next|upcoming|latest|last|most recent|current)\s+/i, '');
}

const LINK_WORDS = new Set(['url', 'urls', 'link', 'links', 'href', 'weblink', 'lien', 'enlace']);

/**
 * Words of a link that is not the job's posting: the tracker's own page for the row (Trello's
 * "Card URL", Notion's, Airtable's record), an attachment, the company's site, a person's profile,
 * a meeting. Such a column stays on Ignore, and the review lists it (ignoredColumns), since some
 * (a card's attachments) may hold the posting.
 */
const NOT_THE_POSTING = new Set([
  ...['card', 'board', 'item', 'task', 'record', 'row', 'trello', 'notion', 'airtable', 'asana', 'sheet', 'tracker'],
  ...['attachment', 'attachments', 'file', 'files', 'document', 'documents', 'doc', 'docs', 'drive', 'folder'],
  ...['company', 'website', 'homepage', 'logo', 'image', 'photo', 'avatar'],
  ...['linkedin', 'glassdoor', 'profile', 'portfolio', 'github', 'resume', 'cv', 'cover', 'letter'],
  ...['contact', 'recruiter', 'referral', 'referrer', 'email', 'calendar', 'meeting', 'zoom', 'teams', 'video'],
]);

/** Whether a column's name leaves it free to be the job's posting: it names no other page ("Card URL", "LinkedIn"). */
export function mayNamePosting(name: string): boolean {
  // "LinkedIn" and "GitHub" are one word each, not "linked in".
  const words = [...headerWords(name), ...headerWords(name.toLowerCase())];
  return !words.some((word) => NOT_THE_POSTING.has(word));
}

/** Whether a column named as a link is the job's posting ("Job Post URL"), not another page. */
function namesPostingLink(name: string): boolean {
  return headerWords(name).some((word) => LINK_WORDS.has(word)) && mayNamePosting(name);
}

/**
 * Words of a span of days that is not the work itself: when applications, interviews or an
 * assessment run, an offer's time to answer. A column of ranges so named is no cohort.
 */
const NOT_A_COHORT = new Set([
  ...['application', 'applications', 'apply', 'applied', 'recruiting', 'recruitment', 'hiring', 'posted', 'posting'],
  ...['open', 'opens', 'closes', 'closing', 'deadline', 'deadlines', 'due', 'offer', 'response', 'decision'],
  ...['interview', 'interviews', 'assessment', 'oa', 'test', 'exam', 'event', 'events', 'session', 'sessions'],
  ...['info', 'webinar', 'fair', 'call', 'meeting', 'screen', 'follow', 'followup', 'reminder'],
]);

/** Whether a column's name leaves it free to hold cohorts: it names no other span of days ("Interview window"). */
export function mayNameCohorts(name: string): boolean {
  return !headerWords(name).some((word) => NOT_A_COHORT.has(word));
}

/** Whether a known export's column is one its preset leaves out on purpose (our export's totals). */
export function isSkippedByPreset(preset: CsvPreset, header: string): boolean {
  return PRESET_COLUMNS[preset].get(headerKey(header)) === null;
}

const BOOKKEEPING_WORDS = new Set(['id', 'ids', 'uuid', 'guid', 'count', 'votes', 'color', 'colour', 'domain']);

/**
 * A tracker's own bookkeeping, no part of an application: ids ("Card ID", Huntr's "boardId"),
 * counts, a card's colour, the domain of an address another column has in full.
 */
export function isBookkeepingHeader(header: string): boolean {
  return headerWords(header).some((word) => BOOKKEEPING_WORDS.has(word));
}

/** The field a column's name suggests, whether or not another column already has it. */
export function fieldNamed(preset: CsvPreset, header: string): ImportField | null {
  const name = ownName(header);
  const key = headerKey(name);
  const known = PRESET_COLUMNS[preset].get(key);
  if (known !== undefined) return known;
  // "Excitement (1-10)", "Salary ($)", "Excitement 1–10": the name without its brackets or scale.
  const bare = name.replace(TRAILING_ASIDE, '');
  const named = BY_SYNONYM.get(key) ?? BY_SYNONYM.get(headerKey(bare));
  if (named !== undefined) return named;
  // "Pay per month", "Salary/hr", "Hourly salary": a pay column named with its period, which the
  // import then reads from the name (periodInHeader).
  const paid = BY_SYNONYM.get(headerKey(bare.replace(PERIOD_IN_NAME, '')));
  if (paid === 'pay' || paid === 'payMin' || paid === 'payMax') return paid;
  const turned = BY_SYNONYM.get(headerKey(reworded(bare)));
  if (turned !== undefined) return turned;
  const alternatives = bare.split(ALTERNATIVES);
  if (alternatives.length > 1) return fieldOfAlternatives(preset, alternatives);
  if (isQuestion(name)) return fieldAskedFor(bare);
  return namesPostingLink(bare) ? 'postingUrl' : null;
}

/** A form's question as a column's name: "What position did you apply for?", "Date you applied". */
function isQuestion(name: string): boolean {
  return name.trimEnd().endsWith('?') || headerWords(name).some((word) => word === 'you' || word === 'your');
}

/**
 * The field a question asks for: the longest run of its words that names one ("position" in
 * "What position did you apply for?", "where did you find" before "posting" in "Where did you
 * find the posting?"); none where two runs of that length name two fields.
 */
function fieldAskedFor(question: string): ImportField | null {
  const words = headerWords(question);
  for (let length = words.length; length > 0; length -= 1) {
    const fields = new Set<ImportField>();
    for (let start = 0; start + length <= words.length; start += 1) {
      const field = BY_SYNONYM.get(words.slice(start, start + length).join(''));
      if (field !== undefined) fields.add(field);
    }
    if (fields.size > 0) return fields.size === 1 ? [...fields][0]! : null;
  }
  return null;
}

/** "Role / Scheme", "Company|Organisation", "Deadline or closing date": one column named twice over. */
const ALTERNATIVES = /\s*[/|]\s*|\s+or\s+/i;

/**
 * The field of a name written as alternatives: the one its parts name ("Role / Scheme" the role,
 * "Company/Organisation" the company, "Status / Outcome" the stage); none where they name two
 * ("Start / End", "Link / Notes").
 */
function fieldOfAlternatives(preset: CsvPreset, parts: readonly string[]): ImportField | null {
  const fields = new Set(parts.map((part) => fieldNamed(preset, part)).filter((field) => field !== null));
  // "Status / Outcome": a status that may say how it ended, which the stage reads ("Rejected").
  if (fields.has('stage') && parts.some(isOutcomeHeader)) fields.delete('notes');
  return fields.size === 1 ? [...fields][0]! : null;
}

/**
 * What stops an import with this mapping from starting: company and role need a column (or one
 * column holding both), and a
 * field can be filled by one column only (notes excepted). Empty when the mapping is usable.
 */
export function mappingProblems(header: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  // A company is needed; without a role column each row takes its kind of job as its role, to
  // fill in (rowToApplication), as a Trello board of cards named by company has none.
  if (!mapping.includes('company') && !mapping.includes('companyAndRole'))
    problems.push(`Choose the column that holds the ${IMPORT_FIELD_LABELS.company.toLowerCase()}.`);
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
