// The words other trackers and spreadsheets use for our vocabularies (stages and phases, work
// mode, employment type, excitement, visa sponsorship), matched case-, spacing- and
// punctuation-insensitively. Status words mean a phase; the stage they name is looked up in the
// user's own pipeline by stageNames.ts.
import {
  PHASES,
  PHASE_LABELS,
  SPONSORSHIP_LABELS,
  type EmploymentType,
  type Excitement,
  type Phase,
  type Sponsorship,
  type WorkMode,
} from '../application';
import { normalizeWord } from '../normalizeWord';

function lookup<T extends string>(table: Record<T, readonly string[]>): (text: string) => T | null {
  const byWord = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    byWord.set(normalizeWord(value), value);
    for (const word of words) byWord.set(normalizeWord(word), value);
  }
  return (text) => byWord.get(normalizeWord(text)) ?? null;
}

/** A status word of another tracker: the phase it means, and the stage name that says it exactly. */
export interface StageWord {
  phase: Phase;
  name: string;
  /** Where the pipeline has no stage of this name, the phase's last stage stands for it, not its first. */
  last?: true;
  /** The phase's first stage is what it means, not a stand-in for a stage the pipeline lacks. */
  first?: true;
}

/**
 * A status word, and the words that say it. `vague`: words that say only that the application
 * ended, not how; read only as the whole status, never within a longer one ("Done" is a board's
 * last column, "Interview done" a step of the process). `whole`: words read only as the whole
 * status too, as in a longer one they say a step ("Selected for interview").
 */
/** A step done, in the words of a board's last column. */
const DONE = ['done', 'complete', 'completed', 'finished'];

const STAGE_WORDS: readonly (StageWord & { words: readonly string[]; vague?: true; whole?: true })[] = [
  {
    name: 'Wishlist',
    phase: 'saved',
    words: [
      'wish list',
      'bookmarked',
      'bookmark',
      'saved',
      'interested',
      'to apply',
      'not applied',
      'not yet applied',
      'planned',
      'planning',
      'idea',
      'watching',
      'researching',
      'draft',
      'prospect',
      'not started',
      'applying',
      // "Apply" in a tracker's status column is a task, to apply ("Should apply", "Apply by
      // Friday"): nothing was sent yet.
      'apply',
      // The first column of a Jira, ClickUp or Trello board.
      'to do',
      'todo',
      'backlog',
      // French, Spanish and German trackers.
      'à postuler',
      'intéressé',
      'intéressée',
      'por aplicar',
      'por postular',
      'interesado',
      'interesada',
      'gemerkt',
      // Japanese trackers (shūkatsu): of interest, to apply, an information session (説明会) before applying.
      '気になる',
      '興味あり',
      '応募予定',
      'エントリー予定',
      '説明会',
      '説明会参加',
      '説明会参加済',
      // Dutch, Italian, Portuguese, Polish and Swedish: still to apply.
      'solliciteren',
      'nog solliciteren',
      'te solliciteren',
      'da inviare',
      'da candidare',
      'a candidatar',
      'para se inscrever',
      'do wysłania',
      'do aplikowania',
      'att söka',
      'ska söka',
    ],
  },
  {
    name: 'Applied',
    phase: 'applied',
    words: [
      'application sent',
      'application submitted',
      'submitted',
      'sent',
      'in review',
      'under review',
      'pending',
      'waiting',
      'awaiting response',
      'beworben',
      'postulé',
      'postulée',
      'candidature envoyée',
      'en attente',
      'aplicado',
      'postulado',
      'solicitud enviada',
      'en espera',
      'bewerbung gesendet',
      'enviada',
      'enviado',
      // Dutch, Italian, Portuguese, Polish and Swedish trackers.
      'gesolliciteerd',
      'sollicitatie verstuurd',
      'verstuurd',
      'in behandeling',
      'inviata',
      'inviato',
      'candidatura inviata',
      'candidato',
      'candidata',
      'in attesa',
      'inscrito',
      'inscrita',
      'candidatura enviada',
      'candidatado',
      'em análise',
      'aguardando',
      'wysłano',
      'wysłana',
      'wysłane',
      'aplikowano',
      'zaaplikowano',
      'oczekuje',
      'ansökt',
      'sökt',
      'ansökan skickad',
      'skickad',
      'inväntar svar',
      // Japanese trackers: 書類選考 the papers sent are being screened; 応募済み, エントリー済, ES提出済
      // applied, entered, the entry sheet (ES) sent.
      '書類選考',
      '応募',
      '応募済',
      '応募済み',
      'エントリー',
      'エントリー済',
      'エントリー済み',
      'es提出',
      'es提出済',
      'es提出済み',
      '書類提出済',
      '書類提出済み',
      // The application done is the application sent ("Done applying", "Application complete"),
      // not the end of it.
      ...DONE.flatMap((done) => [`${done} applying`, `application ${done}`]),
    ],
  },
  {
    name: 'Online assessment',
    phase: 'in-process',
    words: [
      'assessment',
      'oa',
      'coding challenge',
      'coding test',
      'test',
      'take home',
      'assignment',
      'hackerrank',
      'codesignal',
      'case study',
      'prueba técnica',
      'test en ligne',
      // UK graduate schemes' tests, taken online before any interview.
      'online test',
      'psychometric test',
      'aptitude test',
      'reasoning test',
      'situational judgement test',
      // Japanese trackers: a web test, an aptitude test (SPI the common one), a written test.
      'webテスト',
      'テスト',
      '適性検査',
      'spi',
      '筆記試験',
    ],
  },
  {
    name: 'Phone screen',
    phase: 'in-process',
    words: [
      'screening',
      'phone interview',
      'recruiter call',
      'recruiter screen',
      'hr screen',
      // A recorded (one-way) video interview, HireVue's the common one: a screen before the
      // interviews with people, not a test. A "video interview" may be a live one, of any round.
      'one-way interview',
      'hirevue',
      'entretien téléphonique',
      'entrevista telefónica',
      'telefoninterview',
    ],
  },
  {
    name: 'Technical interview',
    phase: 'in-process',
    words: ['tech interview', 'coding interview', 'vorstellungsgespräch'],
  },
  // A UK scheme's assessment centre is its last stage, a day of interviews and group exercises on
  // site after the online tests: its final round, not an online assessment.
  {
    name: 'Final round',
    phase: 'in-process',
    words: [
      'final interview',
      'superday',
      'onsite interview',
      'assessment centre',
      'assessment center',
      'assessment day',
      '最終面接',
      // The executives' interview, a Japanese process's last.
      '役員面接',
    ],
  },
  // The stage a v1 database's "interviewing" became (migrations/v1ToV2.ts), when it has one.
  {
    name: 'Interviewing',
    phase: 'in-process',
    words: [
      'interview',
      'interviews',
      'interviewed',
      'interview scheduled',
      'entretien',
      'entretiens',
      'entrevista',
      'entrevistas',
      'gesprek',
      'gesprekken',
      'sollicitatiegesprek',
      'colloquio',
      'colloqui',
      'rozmowa',
      'rozmowa kwalifikacyjna',
      'intervju',
      'intervjuer',
      // Japanese trackers (shūkatsu): 面接 an interview (一次面接 the first round, as a status opens
      // with it: 一次面接待ち), 面談 a meeting with a recruiter, グループディスカッション (GD) a group discussion.
      '面接',
      '一次面接',
      '二次面接',
      '三次面接',
      '面談',
      'グループディスカッション',
      'gd',
    ],
  },
  // Japanese 通過, a round passed (書類通過).
  { name: 'In process', phase: 'in-process', words: ['in progress', 'ongoing', '通過'] },
  // Indian campus placements: "Shortlisted", the application passed its screening for the next
  // round, which is the stage after applying.
  { name: 'In process', phase: 'in-process', first: true, words: ['shortlisted', 'short listed'] },
  // A waitlist comes after the interviews, while the employer decides.
  {
    name: 'Waitlisted',
    phase: 'in-process',
    last: true,
    words: [
      'waitlist',
      'wait list',
      'wait listed',
      'on waitlist',
      'on the waitlist',
      'waiting list',
      'on the waiting list',
      'warteliste',
      'auf der warteliste',
      "liste d'attente",
      'lista de espera',
    ],
  },
  {
    name: 'Offer',
    phase: 'offer',
    words: [
      'offer received',
      'offered',
      'got offer',
      'offer extended',
      'offer pending',
      // Indian campus placements: a pre-placement offer, made to an intern for after the degree.
      'ppo',
      'pre placement offer',
      'negotiating',
      'negotiation',
      'offre',
      'offre reçue',
      'oferta',
      'oferta recibida',
      'angebot',
      'aanbod',
      'aanbieding',
      'offerta',
      'proposta',
      'erbjudande',
      '内定',
      // 内々定: the informal offer before the formal one.
      '内々定',
      '内定通知',
    ],
  },
  // A Brazilian selection process "approves" the candidate it offers the job; an Indian placement
  // "selects" them. In a longer status they say a step: "Selected for interview", "Aprovado para entrevista".
  { name: 'Offer', phase: 'offer', whole: true, words: ['aprovado', 'aprovada', 'selected'] },
  // Japanese 採用, hired; in a longer status it says the recruiting ("採用面接", a recruiting interview).
  { name: 'Accepted', phase: 'accepted', whole: true, words: ['採用'] },
  {
    name: 'Accepted',
    phase: 'accepted',
    words: [
      // Japanese: the offer accepted (内定承諾), joining decided (入社決定), hiring decided (採用決定).
      '内定承諾',
      '承諾',
      '入社決定',
      '採用決定',
      'accepted offer',
      'offer accepted',
      'hired',
      'signed',
      'zusage',
      'accepté',
      'acceptée',
      'aceptado',
      'aceptada',
      'aangenomen',
      'accettata',
      'accettato',
      'contratado',
      'contratada',
      'przyjęto',
      'zaakceptowano',
      'anställd',
    ],
  },
  {
    name: 'Rejected',
    phase: 'closed',
    words: [
      'rejection',
      'not selected',
      'no offer',
      'unsuccessful',
      'denied',
      'absage',
      'abgelehnt',
      'refusé',
      'refusée',
      'refus',
      'rechazado',
      'rechazada',
      'rechazo',
      'afgewezen',
      'niet aangenomen',
      'niet geselecteerd',
      'non selezionato',
      'non selezionata',
      'não aprovado',
      'nie przyjęto',
      'rifiutata',
      'rifiutato',
      'scartato',
      'scartata',
      'reprovado',
      'reprovada',
      'odrzucono',
      'odrzucona',
      'odmowa',
      'avslag',
      'nekad',
      '不合格',
      // Japanese: not hired (不採用), passed over (お見送り, 見送り), not passed (不通過), failed (落選);
      // お祈り, the "we pray for your success" of a rejection letter.
      '不採用',
      'お見送り',
      '見送り',
      '不通過',
      '落選',
      'お祈り',
    ],
  },
  {
    name: 'Withdrawn',
    phase: 'closed',
    words: [
      'withdrew',
      'withdraw',
      // The student no longer wants the job.
      'not interested',
      'not interested anymore',
      'no longer interested',
      'lost interest',
      'no longer pursuing',
      'not pursuing',
      'withdrew application',
      'application withdrawn',
      // Jira's resolution of a card the student dropped.
      "won't do",
      'wont do',
      "won't fix",
      'wont fix',
      'zurückgezogen',
      'retiré',
      'retirée',
      'teruggetrokken',
      'ritirata',
      'desisti',
      'wycofano',
      'återkallad',
      '辞退',
    ],
  },
  {
    name: 'Declined',
    phase: 'closed',
    words: ['declined offer', 'offer declined', 'turned down offer', 'turned down', '内定辞退'],
  },
  {
    name: 'Ghosted',
    phase: 'closed',
    words: [
      'no response',
      'no reply',
      'never heard back',
      'never heard',
      'never heard anything',
      'no answer',
      'keine rückmeldung',
      'keine antwort',
      'aucune réponse',
      'sans réponse',
      'pas de réponse',
      'sin respuesta',
      'no hay respuesta',
      'geen reactie',
      'nessuna risposta',
      'sem resposta',
      'brak odpowiedzi',
      'inget svar',
    ],
  },
  {
    name: 'Closed',
    phase: 'closed',
    words: ['archived', 'rescinded', 'position closed', 'position filled', 'reneged'],
  },
  // A board's last column (Jira's and ClickUp's "Done", "Complete") says the card is finished, not
  // how: the application has ended, as "Closed" says, and a pipeline without such a stage takes
  // the status to the notes. Jira says how in its Resolution (an Outcome column).
  {
    name: 'Closed',
    phase: 'closed',
    vague: true,
    words: [
      'ended',
      ...DONE,
      'resolved',
      // German, French and Spanish boards.
      'erledigt',
      'abgeschlossen',
      'beendet',
      'fertig',
      'terminé',
      'terminée',
      'fini',
      'finie',
      'terminado',
      'terminada',
      'finalizado',
      'finalizada',
      'completado',
      'completada',
    ],
  },
];

const STAGE_WORD_BY_WORD = new Map<string, StageWord>();
/** The words read within a longer status too. */
const STAGE_WORD_WITHIN = new Map<string, StageWord>();
const VAGUE_WORDS = new Set<string>();
for (const { words, vague, whole, ...word } of STAGE_WORDS) {
  STAGE_WORD_BY_WORD.set(normalizeWord(word.name), word);
  STAGE_WORD_WITHIN.set(normalizeWord(word.name), word);
  if (vague) VAGUE_WORDS.add(normalizeWord(word.name));
  for (const written of words) {
    STAGE_WORD_BY_WORD.set(normalizeWord(written), word);
    if (vague) VAGUE_WORDS.add(normalizeWord(written));
    if (!vague && !whole) STAGE_WORD_WITHIN.set(normalizeWord(written), word);
  }
}

const WISHLIST = STAGE_WORD_BY_WORD.get('wishlist')!;
/** "Closed": the one word read within a longer status that says the application ended but not how. */
const ENDED = STAGE_WORD_BY_WORD.get('closed')!;
/** Phases that say how an application ended: a word of these beside "Closed" says more than it. */
const OUTCOME_PHASES: ReadonlySet<Phase> = new Set(['accepted', 'closed']);

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Words of the applied phase ("applied", "beworben", "postulé", "application sent"), and the verb
 * ("Yet to apply"), longest first.
 */
const APPLIED_WORDS = [...STAGE_WORD_BY_WORD]
  .filter(([, word]) => word.phase === 'applied')
  .map(([written]) => written)
  .concat('apply')
  .sort((a, b) => b.length - a.length)
  .map(escaped)
  .join('|');
// Negations as normalizeWord writes them ("haven't" is "haven t"), and the "yet" around them.
const NOT = String.raw`(?:not|never|haven t|havent|hasn t|hasnt|didn t|didnt|have not|has not|did not|yet to|nicht|nie|kein|keine|pas|non|jamais|no|sin|nunca|niet|não|nao|inte|ej)`;
/** Japanese negations joined to the word they negate: 未応募 not yet applied, 不採用 not hired. */
const NOT_JOINED = '[未不]';
const STILL = String.raw`(?:yet|ever|noch|encore|aún|aun|todavía|todavia|nog|ancora|ainda|jeszcze|ännu)`;
/**
 * An applied word negated ("Noch nicht beworben", "Pas encore postulé", "Aún no aplicado",
 * "Haven't applied", "Yet to apply"): the application was not sent, so the job is still only
 * saved. Only words of the applied phase: "No offer" and "No response" are listed as they mean.
 */
const NEGATED_APPLIED = new RegExp(
  `^(?:${STILL} )*${NOT}(?: ${STILL})* (?:${APPLIED_WORDS})(?: ${STILL})?$|^${NOT_JOINED}(?:${APPLIED_WORDS})$`,
  'u',
);
const APPLIED = STAGE_WORD_BY_WORD.get('applied')!;
const REJECTED = STAGE_WORD_BY_WORD.get('rejected')!;
/** "Not moving forward", "Did not progress": the employer did not take the application on. */
const NOT_TAKEN_ON = new RegExp(
  String.raw`^(?:not|no longer|didn t|didnt|did not|won t be|will not be) (?:moving|move|moved|taken|going) forward(?: with (?:me|us|my application|the application))?$` +
    String.raw`|^(?:not|no longer|didn t|didnt|did not) (?:progressing|progressed|progress|proceeding|proceeded|proceed|advancing|advanced|advance|shortlisted)$`,
  'u',
);
// Negations of a reply still to come: "never heard" is no reply at all (Ghosted, as listed).
const NOT_YET = String.raw`(?:not|haven t|havent|hasn t|hasnt|didn t|didnt|have not|has not|did not)`;
const REPLY = String.raw`(?:reply|response|answer|news|word|feedback)`;
/** A reply, in German, French, Spanish, Dutch, Italian and Portuguese. */
const REPLY_ABROAD = String.raw`(?:rückmeldung|rueckmeldung|antwort|feedback|réponse|reponse|retour|nouvelles|respuesta|noticias|reactie|antwoord|terugkoppeling|risposta|riscontro|resposta|retorno)`;
/** Waiting, in the same languages: bare words like "attente" are left out, as "Liste d'attente" is a waitlist. */
const WAITING_ABROAD = String.raw`(?:warte|warten|wartend|en attente|en espera|esperando|in afwachting|wachten|wacht|wachtend|in attesa|aspettando|aguardando|em espera|à espera|a espera)`;
/** "No reply" in the same languages: listed alone as Ghosted, a reply not come yet with a "still". */
const NO_ABROAD = String.raw`(?:keine|kein|sin|no hay|geen|nessuna|sem)`;
/**
 * A reply not heard yet ("Haven't heard back", "Not heard", "No reply yet", "Still waiting"): the
 * application was sent and waits on an answer. Not the negation of an applied word, which says
 * nothing was sent. The same in other languages: "Warte auf Rückmeldung", "Rückmeldung
 * ausstehend", "Noch keine Antwort", "En attente (de réponse)", "Pas encore de réponse", "En espera
 * de respuesta", "Aún sin respuesta", "Todavía no hay respuesta", "In afwachting van reactie", "Nog geen reactie", "In attesa
 * di risposta", "Aguardando resposta", "Ainda sem resposta".
 */
const AWAITING = new RegExp(
  String.raw`^(?:still )?(?:${STILL} )*${NOT_YET}(?: ${STILL})* (?:heard|hear)(?: anything)?(?: back)?(?: ${STILL})?$` +
    String.raw`|^(?:no|nothing) ${REPLY}?(?: back)? ${STILL}$|^still (?:no ${REPLY}|nothing|waiting(?: .+)?)$` +
    String.raw`|^(?:(?:${STILL}|toujours|immer) )*${WAITING_ABROAD}(?:(?: (?:auf|op|van|de|d|di|da|do|por))?(?: (?:eine|die|une|un|una|um|uma|een|la|el|a))? ${REPLY_ABROAD})?$` +
    String.raw`|^(?:${REPLY_ABROAD} )?ausstehend$|^${REPLY_ABROAD} (?:pendiente|pendente)$|^(?:pendiente|pendente) de ${REPLY_ABROAD}$` +
    String.raw`|^${STILL} ${NO_ABROAD} ${REPLY_ABROAD}$|^${NO_ABROAD} ${REPLY_ABROAD} ${STILL}$|^(?:pas encore|toujours pas|encore pas) de ${REPLY_ABROAD}$`,
  'u',
);
/** Words ending in a negation, before a status word ("referral asked, not" + "applied", "applied, no" + "interview"). */
const ENDS_NEGATED = new RegExp(`(?:^| )${NOT}(?: ${STILL})*$|${NOT_JOINED}$`, 'u');

const INTERVIEWING = STAGE_WORD_BY_WORD.get('interviewing')!;
/**
 * A late interview round, after the technical ones: its phase's last stage where the pipeline has
 * no final round, as the interviews' last round is.
 */
const LATE_ROUND: StageWord = { phase: 'in-process', name: 'Final round', last: true };
/** "R2", "Round 3", "2nd round", "Interview round 2": a round's number, and the word before it. */
const NUMBERED_ROUND = /^(?:(\p{L}+) )?(?:rounds?|r) ?(\d+)$|^(\d+)(?:st|nd|rd|th)? rounds?$/u;
const ROUND_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const ORDINAL_ROUND = new RegExp(`^(${ROUND_ORDINALS.join('|')}) rounds?$`, 'u');
/** The interviews after the technical ones: HR's, a manager's, a director's, the culture fit. */
const LATE_INTERVIEW =
  /^(?:hr|managerial|manager|management|director|partner|leadership|culture fit|cultural fit|fit|bar raiser|ceo|founder|founders|last) (?:interviews?|rounds?)$/u;
/** "Technical round", "Coding round", "OA round": a round of one word's kind. */
const KIND_ROUND = /^(\p{L}+) rounds?$/u;

/**
 * A round of the process, as Indian campus placements name them: an interview round ("Technical
 * round", "R1", "Round 1"), or a late one (an HR or managerial round, a round numbered past the
 * first); a round of a status word's kind is that word's stage ("OA round", "Assessment round").
 */
function roundWord(normalized: string, byWord: ReadonlyMap<string, StageWord>): StageWord | null {
  if (LATE_INTERVIEW.test(normalized)) return LATE_ROUND;
  const numbered = NUMBERED_ROUND.exec(normalized);
  const kind = KIND_ROUND.exec(normalized);
  // "Rejected R2", "Withdrawn round": a word of another phase before the round says how it ended,
  // which the words within the status read.
  const before = numbered?.[1] ?? kind?.[1];
  const word = before === undefined ? undefined : (byWord.get(before) ?? byWord.get(singular(before)));
  if (word !== undefined && word.phase !== 'in-process') return null;
  const ordinal = ORDINAL_ROUND.exec(normalized);
  const number = numbered
    ? Number(numbered[2] ?? numbered[3])
    : ordinal
      ? ROUND_ORDINALS.indexOf(ordinal[1]!) + 1
      : null;
  if (number !== null) return number > 1 ? LATE_ROUND : INTERVIEWING;
  if (kind === null) return null;
  return word ?? INTERVIEWING;
}

/** "online tests" -> "online test": each word without a plural's s (not "progress", "status", "analysis"). */
function singular(normalized: string): string {
  return normalized.replace(/(?<=\p{L}{3})(?<![isu])s(?= |$)/gu, '');
}

/**
 * A normalised status read as it is written, or in the singular ("Online tests", "Offers"), or as
 * not applied yet when it negates an applied word.
 */
function stageWordWritten(normalized: string, byWord: ReadonlyMap<string, StageWord>): StageWord | null {
  return (
    byWord.get(normalized) ??
    byWord.get(singular(normalized)) ??
    (NEGATED_APPLIED.test(normalized)
      ? WISHLIST
      : AWAITING.test(normalized)
        ? APPLIED
        : NOT_TAKEN_ON.test(normalized)
          ? REJECTED
          : roundWord(normalized, byWord))
  );
}

/**
 * What a tracker writes where no status was set: Asana's "(no section)", Jira's Resolution
 * "Unresolved". An empty cell, not a status.
 */
const NO_STATUS = new Set(['no section', 'unresolved', 'no status']);

/** A status cell holding a tracker's placeholder for none ("(no section)", "Unresolved"). */
export function saysNoStatus(text: string): boolean {
  return NO_STATUS.has(normalizeWord(text));
}

/** "Closed", "Done": a status that says the application ended but not how (an outcome that says no more than a status). */
export function saysOnlyThatItEnded(text: string): boolean {
  return VAGUE_WORDS.has(normalizeWord(text));
}

/** The phase a status word means and the stage name it says; null for a word not listed. */
export function stageWordOf(text: string): StageWord | null {
  return stageWordWritten(normalizeWord(text), STAGE_WORD_BY_WORD);
}

/**
 * A script written without spaces between words (Japanese, Chinese): a word of it may start or
 * end at any of its characters ("一次面接" ends with "面接"), so each is a word of its own here.
 */
const UNSPACED = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]`;
const WORD = new RegExp(`${UNSPACED}|(?:(?!${UNSPACED})[^ ])+`, 'gu');

/** The most words (wordsOf) a status word opening or ending a status is tried with ("グループディスカッション": 12). */
const LONGEST_STATUS_WORD = 16;

/** A normalised status's words, where each starts and ends in it. */
function wordsOf(normalized: string): { start: number; end: number }[] {
  return [...normalized.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A status that opens or ends with a status word ("Rejected after interview", "Interview (round
 * 2)", "Applied - no response"): of the words found there, the one furthest along the phases, since
 * a status tells where the application got to; the longer word where two mean the same phase.
 * "Closed" says only that it ended, so a word saying how ("Closed (offer accepted)", "Closed:
 * hired", "Closed (withdrew)") is read before it; a step of the process is not ("Closed after
 * interview" ended).
 */
export function stageWordWithin(text: string): StageWord | null {
  const normalized = normalizeWord(text);
  const words = wordsOf(normalized);
  /** The status from its `from`th word up to its `to`th, as written. */
  const part = (from: number, to: number) => normalized.slice(words[from]!.start, words[to - 1]!.end);
  let best: { word: StageWord; length: number } | null = null;
  const ahead = (word: StageWord, length: number): boolean => {
    if (best === null) return true;
    const saysHow = (w: StageWord) => w !== ENDED && OUTCOME_PHASES.has(w.phase);
    if (best.word === ENDED && saysHow(word)) return true;
    if (word === ENDED && saysHow(best.word)) return false;
    const rank = PHASES.indexOf(word.phase) - PHASES.indexOf(best.word.phase);
    return rank > 0 || (rank === 0 && length > best.length);
  };
  // Longest first: at each end, only the longest part read counts, as the words it adds change the
  // shorter part's meaning ("Beworben, noch keine Rückmeldung" is still waiting, not "keine
  // Rückmeldung", ghosted; "Applied, still no response" likewise).
  const endRead = [false, false];
  // A status word is a few words long (a katakana one a dozen characters): longer parts are not
  // tried, so a long status costs in proportion to its length, not to its square.
  for (let length = Math.min(words.length - 1, LONGEST_STATUS_WORD); length >= 1; length--) {
    const from = words.length - length;
    const ends: [part: string, before: string][] = [
      [part(0, length), ''],
      [part(from, words.length), normalized.slice(0, words[from]!.start).trimEnd()],
    ];
    for (const [end, [written, before]] of ends.entries()) {
      if (endRead[end]) continue;
      const word = stageWordWritten(written, STAGE_WORD_WITHIN);
      // "Referral asked, not applied", "Applied, no interview", "未内定" (no offer yet): a word
      // after a negation was not reached.
      if (!word || ENDS_NEGATED.test(before)) continue;
      endRead[end] = true;
      if (ahead(word, length)) best = { word, length };
    }
  }
  return best?.word ?? null;
}

const PHASE_BY_NAME = new Map<string, Phase>(
  PHASES.flatMap((phase) => [
    [normalizeWord(phase), phase],
    [normalizeWord(PHASE_LABELS[phase]), phase],
  ]),
);

/** A phase by its name ("In process", "in-process") or by a status word that means it. */
export function phaseFromWord(text: string): Phase | null {
  return PHASE_BY_NAME.get(normalizeWord(text)) ?? stageWordOf(text)?.phase ?? null;
}

export const workModeFromWord = lookup<WorkMode>({
  onsite: [
    'on site',
    'on-site',
    'in office',
    'in-office',
    'in person',
    'in-person',
    'office',
    'présentiel',
    'presencial',
  ],
  hybrid: ['partly remote', 'flexible', 'hybride', 'híbrido'],
  remote: [
    'fully remote',
    'remote first',
    'wfh',
    'work from home',
    'working from home',
    'télétravail',
    'remoto',
    'homeoffice',
    'home office',
  ],
});

// Working from home as the posting parser reads it too (posting/workMode.ts): "WFH", "Work from home".
const MODE_WORD = String.raw`remote|hybrid|on-?site|in[- ]office|in[- ]person|work(?:ing)?[- ]from[- ]home|wfh|télétravail|teletravail|hybride|híbrido|hibrido|remoto|présentiel|presentiel|presencial|homeoffice`;
const MODE = new RegExp(MODE_WORD, 'i');
/**
 * "Remote", "Seattle, WA (Remote)", "Remote in USA", "Remote (UK)", "New York, NY - Hybrid", "Paris
 * (télétravail)": a mode written with a place.
 */
const MODE_WITH_PLACE = new RegExp(
  String.raw`^(?:${MODE_WORD})(?:\s*$|\s*[-–—,:|/]|\s*(?=\()|\s+in\b)|\((?:${MODE_WORD})\)|[-–—|/]\s*(?:${MODE_WORD})\s*$`,
  'i',
);

/**
 * The work mode a location list states with its places, when it states one ("Remote" alone,
 * "Seattle, WA (Remote)"), and the places without it ("Seattle, WA"; none for "Remote"). Null
 * when it names none, or two ("Boston (Hybrid); Remote").
 */
export function workModeInLocations(locations: readonly string[]): { mode: WorkMode; places: string[] } | null {
  const modes = new Set<WorkMode>();
  const places: string[] = [];
  for (const location of locations) {
    let place = location;
    // "Work from home / Remote": each mode word written is taken out, what is left is the place.
    for (;;) {
      const m = MODE_WITH_PLACE.exec(place);
      const mode = m && workModeFromWord(MODE.exec(m[0])![0]);
      if (!m || !mode) break;
      modes.add(mode);
      place = (place.slice(0, m.index) + place.slice(m.index + m[0].length))
        .replace(/^[\s,:|/–—-]+|[\s,:|/–—-]+$/g, '')
        // "Remote (UK)": the place in the brackets the mode opened.
        .replace(/^\((.*)\)$/, '$1');
    }
    if (place !== '') places.push(place);
  }
  return modes.size === 1 ? { mode: [...modes][0]!, places } : null;
}

/** A yes/no column asking whether the job is remote ("Remote?", "Remote (Y/N)"). */
export function asksRemote(header: string): boolean {
  return /\bremote\b/i.test(header);
}

/**
 * A work mode cell: its word, or under a column asking "Remote?" a yes as remote. A no there says
 * only that the job is not remote (on-site or hybrid), so it reads as nothing (see isNoWord).
 */
export function workModeFromCell(text: string, header: string): WorkMode | null {
  return workModeFromWord(text) ?? (asksRemote(header) && isYesWord(text) ? 'remote' : null);
}

export const employmentTypeFromWord = lookup<EmploymentType>({
  // The UK's spring weeks and insight programmes are short internships.
  internship: [
    'intern',
    'internship',
    'summer internship',
    'summer placement',
    'spring week',
    'spring insight',
    'insight week',
    'insight programme',
    'insight program',
  ],
  // French "alternance" alternates school and company, as a co-op does, and so does a UK degree's
  // placement year ("sandwich" year); a German working student ("Werkstudent") works part-time
  // beside the studies.
  'co-op': [
    'coop',
    'co op',
    'cooperative education',
    'alternance',
    'en alternance',
    'alternant',
    'alternante',
    'placement year',
    'industrial placement',
    'year in industry',
    'sandwich placement',
    'sandwich year',
  ],
  'part-time': ['part time', 'parttime', 'werkstudent', 'werkstudentin', 'working student'],
  'full-time': ['full time', 'fulltime', 'new grad', 'graduate scheme', 'graduate programme'],
});

/** Words for what is not known yet: "TBD", "?". */
const NOT_KNOWN_YET = ['?', 'not sure', 'unsure', "don't know", 'dont know', 'tbd', 'tba', 'tbc', 'unknown'];
const NOT_KNOWN_YET_WORDS = new Set(NOT_KNOWN_YET.map(normalizeWord));

export const sponsorshipFromWord = lookup<Sponsorship>({
  unknown: [SPONSORSHIP_LABELS.unknown, ...NOT_KNOWN_YET, 'other'],
  offers: [
    SPONSORSHIP_LABELS.offers,
    'yes',
    'y',
    'sponsors',
    'sponsors visas',
    'sponsorship',
    'sponsorship available',
    'visa sponsorship',
    'will sponsor',
    // Simplify's words.
    'offers sponsorship',
    'h1b',
    'h-1b',
  ],
  'does-not-offer': [
    SPONSORSHIP_LABELS['does-not-offer'],
    'no',
    'n',
    'none',
    'no sponsorship',
    'does not sponsor',
    "doesn't sponsor",
    'will not sponsor',
    'not sponsored',
    'does not offer sponsorship',
  ],
  'citizenship-required': [
    SPONSORSHIP_LABELS['citizenship-required'],
    'citizenship',
    'citizens only',
    'us citizens only',
    'citizen only',
    'us citizen',
    'u s citizenship is required',
    'us citizenship required',
    'citizenship is required',
    'security clearance',
    'clearance required',
  ],
});

// Airtable writes a ticked checkbox as "checked". Excel and LibreOffice write TRUE and FALSE in the
// sheet's language when saving as CSV ("WAHR", "FAUX", "PRAWDA"), and students type yes and no in theirs.
const YES_WORDS = new Set([
  ...['yes', 'y', 'true', 'x', '✓', '✔', '✅', 'checked', 'referred', 'referral'],
  ...['wahr', 'vrai', 'verdadero', 'vero', 'verdadeiro', 'waar', 'prawda', 'sant'],
  ...['ja', 'oui', 'sí', 'si', 'sim', 'tak'],
]);
const NO_WORDS = new Set([
  ...['no', 'n', 'false', 'none', 'unchecked', '✗', '✘', '❌'],
  ...['falsch', 'faux', 'falso', 'onwaar', 'fałsz', 'falskt'],
  ...['nein', 'non', 'não', 'nie', 'nee', 'nej'],
]);

/** "Yes", "TRUE", "✓": a checkbox column's ticked value, which says that but not who or what. */
export function isYesWord(text: string): boolean {
  return YES_WORDS.has(normalizeWord(text) || text.trim());
}

/** A yes-word before a name: "Yes - Rahul", "Yes (Rahul)", "Yes, by Rahul", "Referred by Rahul". */
const YES_BEFORE_NAME = /^\s*([^\s,:(–—-]+)\s*(?:(?:[-–—:]|,?\s*by\b)\s*(.*)|\((.*)\))\s*$/iu;

/**
 * A name as a yes/no column writes it after its yes ("Yes - Rahul" is Rahul), or the text as it is.
 * A comma alone does not part them, as it parts a surname from a given name ("Si, Wei").
 */
export function nameAfterYesWord(text: string): string {
  const m = YES_BEFORE_NAME.exec(text);
  if (!m || !isYesWord(m[1]!)) return text;
  // "Yes -", "Yes by": a yes with no name after it says no more than "Yes".
  return (m[2] ?? m[3] ?? '').trim() || m[1]!;
}

/** "No", "FALSE", "none": a checkbox column's unticked value. */
export function isNoWord(text: string): boolean {
  return NO_WORDS.has(normalizeWord(text) || text.trim());
}

/** An archived mark: a ticked box ("TRUE", Trello's "true") or the word itself. */
export function isArchivedMark(text: string): boolean {
  return isYesWord(text) || normalizeWord(text) === 'archived';
}

/** What a spreadsheet writes in a cell it means to leave empty ("-", "N/A"). */
export function isBlankCell(text: string): boolean {
  return /^\s*(?:[-–—]|n\/?a|n\.a\.)?\s*$/i.test(text);
}

/** A cell that names nobody (a contact, who referred you): blank, a dash or N/A, "none", or "TBD". */
export function namesNobody(text: string): boolean {
  return isBlankCell(text) || isNoWord(text) || NOT_KNOWN_YET_WORDS.has(normalizeWord(text));
}

const excitementWord = lookup<'1' | '2' | '3' | '4' | '5'>({
  '1': ['lowest', 'very low', 'low', 'meh', 'not interested', 'not excited'],
  '2': ['somewhat', 'lukewarm', 'slightly interested', 'a little'],
  '3': ['medium', 'mid', 'average', 'normal', 'default', 'neutral', 'ok', 'okay', 'maybe'],
  '4': ['interested', 'excited', 'keen', 'quite high'],
  '5': [
    'high',
    'highest',
    'very high',
    'very excited',
    'top',
    'top choice',
    'dream',
    'dream job',
    'must apply',
    'urgent',
  ],
});

/** An excitement cell read: the level (null for 0, "not rated") and whether a word said it. */
export interface ExcitementReading {
  value: Excitement | null;
  fromWord: boolean;
}

/** Levels of a 1–10 scale on ours: 1–2 → 1, 3–4 → 2, … 9–10 → 5. */
function onFive(level: number, scale: 5 | 10): Excitement {
  return (scale === 10 ? Math.ceil(level / 2) : level) as Excitement;
}

const STARS = /^([★⭐*]+)(☆*)$/u;
const RATED = /^(\d{1,2})\s*(?:\/|out of)\s*(5|10)$/i;

/**
 * An excitement rating as trackers keep one: 1–5 (or 1–10 on a `scale` of 10), "4/5" or
 * "7 out of 10", stars ("★★★☆☆"), or words (low, medium, high, very excited …). 0 is "not
 * rated". Null when the text is none of these.
 */
export function excitementFromCell(text: string, scale: 5 | 10): ExcitementReading | null {
  const trimmed = text.trim();
  const stars = STARS.exec(trimmed);
  if (stars) {
    const filled = [...stars[1]!].length;
    const empty = [...stars[2]!].length;
    // Empty stars say the scale ("★★★☆☆" is 3 of 5); filled ones alone follow the column's.
    const starScale = empty === 0 ? scale : filled + empty === 10 ? 10 : filled + empty === 5 ? 5 : null;
    return starScale !== null && filled <= starScale ? { value: onFive(filled, starScale), fromWord: false } : null;
  }
  const rated = RATED.exec(trimmed);
  const [level, levelScale] = rated
    ? [Number(rated[1]), Number(rated[2]) as 5 | 10]
    : /^\d{1,2}(\.0+)?$/.test(trimmed)
      ? [Number(trimmed), scale]
      : [null, scale];
  if (level !== null) {
    if (level === 0) return { value: null, fromWord: false };
    return level <= levelScale ? { value: onFive(level, levelScale), fromWord: false } : null;
  }
  const word = excitementWord(trimmed);
  return word === null ? null : { value: Number(word) as Excitement, fromWord: true };
}

/** The scale a rating column's name gives: "Excitement (1-10)", "Interest /10", "Rating out of 5". */
export function excitementScaleInHeader(header: string): 5 | 10 | null {
  const m = /(?:\b[01]\s*(?:[-–—]|to)\s*|\/\s*|out of\s*)(5|10)\s*\)?\s*$/i.exec(header);
  return m ? (Number(m[1]) as 5 | 10) : null;
}

/**
 * The scale a column of excitement ratings uses: 10 when some plain rating is from 6 to 10, as
 * in "Excitement 1–10" sheets; else 5.
 */

export function detectExcitementScale(cells: Iterable<string>): 5 | 10 {
  let aboveFive = false;
  for (const cell of cells) {
    const trimmed = cell.trim();
    const stars = STARS.exec(trimmed);
    const level = stars ? [...stars[1]!].length : /^\d{1,3}(\.0+)?$/.test(trimmed) ? Number(trimmed) : null;
    if (level !== null && level > 5 && level <= 10) aboveFive = true;
  }
  return aboveFive ? 10 : 5;
}
