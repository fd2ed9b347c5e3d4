// Pay: the amount (or range) the posting offers, with its currency and period. Money that is
// not pay (funding rounds, relocation and housing stipends, learning budgets, bonuses) is
// recognised by the words around it and ignored.
import type { Pay, PayPeriod } from '../application';
import { describeGuess, type MoneyGuess } from '../money/moneyGuess';
import { currencyNamedIn, DOLLAR_CODES, LOCAL_SIGN } from '../money/currency';
import { findMoney, joinRange, type MoneyMention, type MoneyRange } from '../money/moneyMentions';
import { COUNTED_TIME, periodAfter, periodBefore, periodOf, periodWordBefore } from '../money/period';
import { boundWordsStart, isCap, isFloor } from '../money/bounds';
import { periodBySize } from '../money/readMoney';
import { isUnpaid } from '../money/unpaid';
import type { Finding } from './finding';
import { findHoursPerWeek } from './hoursPerWeek';
import { knownCityPlaces } from './places';
import { lineAround, sentenceAround } from './textSpans';

// German pages pay an "Aufwandsentschädigung" (an allowance), French ones an "indemnité" (de stage),
// Dutch ones a "(stage)vergoeding". Portuguese pages pay a "bolsa" or "bolsa-auxílio" (a stipend); their "auxílio-transporte" is
// transport money, as "transporte" is on Spanish ones. Hindi pages pay a "मानदेय" (honorarium),
// "स्टाइपेंड" (stipend) or "वेतन" (salary).
const PAY_WORD =
  /\b(?:salary|salaries|pay|paid|payment|wages?|compensation|compensated|stipends?|remuneration|rate|earn(?:ings?)?|base|allowance|ote|income|ctc|hourly|weekly|monthly|annual|yearly)\b|\b(?:sueldo|salario|remuneraci[oó]n|aux[ií]lio|bolsa|asignaci[oó]n|est[ií]mulo|gehalt|verg[üu]tung|aufwandsentsch[äa]digung|r[ée]mun[ée]ration|gratification|indemnit[ée]s?|retribuzione|compenso|stipendio|indennit[àa]|(?:stage)?vergoeding)(?![a-zà-ÿ])|मानदेय|स्टाइपेंड|वेतन/i;
/**
 * Money that is not the intern's pay. Housing and travel money is named in other languages too:
 * "Unterkunft", "Reisekosten", "logement", "alojamiento", "moradia", "alloggio", and on Polish
 * pages "dofinansowanie do zakwaterowania" (accommodation), "dojazdu", "przelotu" (the journey).
 */
const NOT_PAY =
  /\b(?:rais(?:e|ed|ing)|funding|funded|series\s+[a-e]|seed|valuation|valued|revenue|arr|investors?|investments?|backed|relocat\w*|housing|accommodation|learning|education(?:al)?|wellness|well-being|gym|fitness|equipment|home[- ]office|budget|reimburs\w*|bonus(?:es)?|sign(?:ing|-on)|referral|gifts?|credits?|insurance|401\s?\(?k\)?|pension|retirement|match(?:ing)?|travel|meals?|lunch|commut\w*|transit|phone|internet|tuition|conferences?|visa|fees?|prizes?|grants?|donat\w*|scholarships?|perks?|discounts?|worth|customers?|users|spend(?:ing)?|assets|loans?|gmv|transactions?|pre-placement|ppo|return offer|co-?working|laptop|transport(?:ation|es?)?|fringe|unterkunft|wohnkosten|fahrtkosten|reisekosten|logement|d[ée]placements?|alojamiento|alojamento|moradia|hospedagem|alloggio|viaggio|zakwaterowani[ae]|dojazd(?:u|y|ów)?|przelot(?:u|y|ów)?)\b/i;
/**
 * Words that make the amount after them other money, but not the words after it ("$500 a week to
 * cover living costs" is pay): "Cost of attendance: $25,000", "Average salary in Leeds: £24,000",
 * "Similar salaries: $70,000", a past amount ("has previously been $4,000").
 */
const NOT_PAY_BEFORE =
  /\b(?:costs?|rent|averages|similar|comparable|previously|formerly|last\s+year|in\s+the\s+past|(?:average|median)\s+(?:base\s+|annual\s+|hourly\s+|starting\s+)?(?:salary|salaries|pay|wages?|earnings))\b/i;
/**
 * "most trainees pay between €350 and €550 a month": what the interns pay, not what they are
 * paid. "The intern pay rate is $14" names their pay.
 */
const PAID_BY_THEM =
  /\b(?:trainees?|interns?|students?|participants?|you)\s+(?:will\s+|must\s+|usually\s+)?(?:pay|spend)\b(?!\s+(?:rates?|scales?|ranges?|grades?|bands?|levels?|is)\b|:)[^.\n]{0,20}$/i;
const SALARY = /\bsalar(?:y|ies)\b/i;
/** Where the words describing an amount end: "$1,200 per week, plus a relocation stipend of ...". */
const DESCRIPTION_END = /[,;(]|\s(?:plus|and|or|with|in addition to|as well as)\s/i;
/** A field naming the pay, the amount its value: "Stipend: ", "• Monthly salary - ". */
const PAY_FIELD =
  /^[^\S\n]*(?:[•*·▪-][^\S\n]*)?(?:[\w'’]+[^\S\n]+){0,2}(?:stipend|salary|pay|compensation|remuneration|allowance|wages?)(?:[^\S\n]+(?:details|rate|range|amount))?[^\S\n]*[:–-][^\S\n]*$/i;
/** A short heading above the amount ("Stipend", "Compensation") says what it is. */
const PAY_HEADING = /^\s*[\w\s&/()-]{0,40}$/;

/** What a bare "$" means where a page is set. */
const DOLLAR_BY_COUNTRY: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  MX: 'MXN',
  // The peso countries write their peso with the same "$".
  CO: 'COP',
  AR: 'ARS',
  CL: 'CLP',
};

/**
 * Words that set a page in a dollar country: "Canadian university students", "plus
 * superannuation". Global, since the country named most wins.
 */
const DOLLAR_COUNTRY_WORDS: Array<[string, RegExp]> = [
  ['US', /\b(?:United States|U\.S\.A?\.?|USA|American)(?![\w.])/g],
  // NSERC, SSHRC, CIHR and Mitacs fund Canadian research placements. Provinces too: "New
  // Brunswick" unless it is the one in New Jersey.
  [
    'CA',
    /\b(?:Canada|Canadian|NSERC|SSHRC|CIHR|Mitacs|Ontario|Qu[eé]bec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick(?!,?\s*(?:NJ|New Jersey))|Newfoundland|Prince Edward Island)\b/g,
  ],
  // States and capitals too, as Canada's provinces ("The University of Queensland"); not the
  // cities that are also first names or American towns (Sydney, Adelaide, Melbourne, Perth).
  [
    'AU',
    /\b(?:Australia|Australian|superannuation|Queensland|New South Wales|Tasmania|Northern Territory|Brisbane|Canberra|Hobart)\b/gi,
  ],
  ['NZ', /\b(?:New Zealand|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Waikato)\b/g],
  ['SG', /\bSingapore(?:an)?\b/g],
  ['HK', /\bHong Kong\b/g],
  // The peso countries by name ("Mexico" is left out: New Mexico, the Gulf of Mexico).
  ['CO', /\bColombi(?:a|an[oa]?s?)\b/g],
  ['AR', /\bArgentina\b/g],
  ['CL', /\bChile\b/g],
];

const DOLLAR_CODE = new RegExp(String.raw`\b(?:${DOLLAR_CODES.join('|')})\b`, 'g');
/** A dollar written with its country, not the US's: "S$450", "A$30", "NZ$ 25". */
const COUNTRY_DOLLAR = /(?<![A-Za-z])(?:CA|C|AU|A|NZ|S|HK)\$(?=\s?\d)/g;

/**
 * The currency of a bare "$" on this page: the one dollar code the page names ("All pay in
 * CAD"), else the dollar of the one country its places are in, else of the dollar country its
 * words name most, else of the one dollar country its well-known cities are in, else USD.
 */
export function dollarCurrency(scan: string, countries: Set<string>): string {
  const named = new Set(scan.match(DOLLAR_CODE));
  if (named.size === 1) return [...named][0]!;
  const placed = new Set([...countries].flatMap((c) => DOLLAR_BY_COUNTRY[c] ?? []));
  if (placed.size > 0) return placed.size === 1 ? [...placed][0]! : 'USD';
  // "Hourly rate $7.00 – $8.50" on a page that writes "S$450" elsewhere: the dollar it writes.
  const written = new Set([...scan.matchAll(COUNTRY_DOLLAR)].map((m) => currencyNamedIn(m[0])?.currency));
  if (written.size === 1) return [...written][0] ?? 'USD';
  // "Auckland ... New Zealand ... citizens of New Zealand or Australia": the country named most.
  const worded = DOLLAR_COUNTRY_WORDS.map(([country, words]) => ({
    country,
    times: scan.match(words)?.length ?? 0,
  })).filter((w) => w.times > 0);
  if (worded.length > 0) {
    const most = Math.max(...worded.map((w) => w.times));
    const leaders = worded.filter((w) => w.times === most);
    return leaders.length === 1 ? DOLLAR_BY_COUNTRY[leaders[0]!.country]! : 'USD';
  }
  // "enrolled at Toronto Metropolitan University": a well-known city, even inside a name, sets the page there.
  const cities = new Set(
    knownCityPlaces(scan, 0, scan.length).flatMap((place) => DOLLAR_BY_COUNTRY[place.country ?? ''] ?? []),
  );
  return cities.size === 1 ? [...cities][0]! : 'USD';
}

/** Places that set a page in one rupee country, for a bare "Rs" or "rupees" (news datelines are in capitals: "LAHORE:"). */
const RUPEE_COUNTRY_WORDS: Array<[string, RegExp]> = [
  ['INR', /\b(?:India|Indian|Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|Pune|Ahmedabad|Kerala)\b/i],
  ['PKR', /\b(?:Pakistan|Pakistani|Lahore|Karachi|Islamabad|Rawalpindi|Peshawar|Faisalabad|Multan|Quetta)\b/i],
  ['LKR', /\b(?:Sri Lanka|Sri Lankan|Colombo|Kandy)\b/i],
  ['NPR', /\b(?:Nepal|Nepali|Nepalese|Kathmandu|Pokhara)\b/i],
];

/** The currency of a bare "Rs" on this page: that of the one rupee country it names, else null (unsettled). */
export function rupeeCurrency(scan: string): string | null {
  const named = RUPEE_COUNTRY_WORDS.filter(([, words]) => words.test(scan));
  return named.length === 1 ? named[0]![0] : null;
}

/**
 * Where a page must be set before letters are read as its currency's sign: "R6 000" is rand on
 * a South African page, "Sh15,000" shillings on a Kenyan one, "N40,000" naira on a Nigerian one.
 */
const LOCAL_SIGN_COUNTRY: Record<string, RegExp> = {
  ZAR: /\b(?:South Africa|South African|Johannesburg|Joburg|Cape Town|Pretoria|Durban|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga)\b/,
  KES: /\b(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Nyeri)\b/,
  NGN: /\b(?:Nigeria|Nigerian|Lagos|Abuja|Ibadan|Port Harcourt)\b/,
};
const LOCAL_SIGN_AT = new RegExp(`^${LOCAL_SIGN}[^\\S\\n]?\\d`);
/** "Kes12, 000 ... Kes11 000 ... Kes10, 000": a page that slips its separators is not read in part. */
const SLIPPED_LOCAL = new RegExp(`${LOCAL_SIGN}[^\\S\\n]?\\d{1,3},[^\\S\\n]\\d{3}(?!\\d)`);

/** Whether an amount is written with a country's letters ("R6 000") on a page not set in that country. */
function unsettledLocalSign(scan: string, mention: MoneyMention, settled: Map<string, boolean>): boolean {
  const country = LOCAL_SIGN_COUNTRY[mention.currency ?? ''];
  if (!country || !LOCAL_SIGN_AT.test(scan.slice(mention.start, mention.start + 8))) return false;
  if (!settled.has(mention.currency!)) settled.set(mention.currency!, country.test(scan) && !SLIPPED_LOCAL.test(scan));
  return !settled.get(mention.currency!);
}

/** What the signs several countries share stand for on this page, where it settles them. */
export interface PageCurrencies {
  /** A bare "$": always settled (USD when nothing says otherwise). */
  dollar: string;
  /**
   * A bare "Rs" or "rupees", or null when the page names no one rupee country. Left out, it is read
   * from the page (rupeeCurrency) only once an amount is written so.
   */
  rupee?: string | null;
}

/**
 * "$250-500 biweekly", "£400 per fortnight", "Rs 500 per day": pay per a period the app has no
 * unit for, so no pay.
 */
const UNHELD_PERIOD =
  /^[^\S\n]*(?:\/|per|a|an|every)?[^\S\n]*(?:bi-?weekly|fortnight(?:ly)?|semi-?monthly|twice (?:a|per) month|two weeks|2 weeks|pay period|day|daily)\b/i;
/** "The daily rate of pay is $80", "a tax-free daily allowance of CHF 93": a day's rate, before the amount. */
const DAY_RATE_BEFORE = /\b(?:daily|per[- ]diem)\b[^.\n\d]{0,25}$/i;

/**
 * "$1,000 to cover the cost of payroll expenses", "$4,000 per student to cover stipend and other
 * expenses": money for costs, not the intern's pay, unless the costs are the intern's own living
 * ("£330 per week to cover living expenses" is a stipend).
 */
const COVERS_COSTS =
  /^[^\S\n]*,?[^\S\n]*(?:(?:per|a|an|each)[^\S\n]+[\w-]+[^\S\n]*,?[^\S\n]*)?to[^\S\n]+(?:help[^\S\n]+)?(?:cover|offset|defray)\b(?![^\S\n]+(?:(?:the|your|their|basic|reasonable)[^\S\n]+)?(?:costs?[^\S\n]+of[^\S\n]+)?(?:living|subsistence|maintenance)\b)/i;

/**
 * "This amount is the equivalent of $312.50 per week", "CHF 4,000, which is roughly ₹4 lakh": the
 * same money said again in another unit, not a second pay.
 */
const RESTATED_BEFORE =
  /\b(?:(?:the\s+)?equivalent\s+(?:of|to)|equates?\s+to|works?\s+out\s+(?:at|to)|which\s+is\s+(?:roughly|about|approximately|around|nearly))\s+(?:an?\s+|about\s+|roughly\s+|approximately\s+)?$/i;
/**
 * "2 430 zł (stawka jednostkowa 20,25 zł za godzinę)", "$3,000 (about $750 per month)": an amount
 * in brackets opened right after other money is that money said again, per hour or per month.
 */
const BRACKET_RIGHT_AFTER = /^[^\S\n]*,?[^\S\n]*\([^()\n]{0,30}$/;
/**
 * "Faculty hosting a project will receive $1,500 per student", "full-time analysts earn $85,000":
 * what someone other than the intern receives, said before the amount in its sentence.
 */
const OTHER_EARNER_BEFORE =
  /(?:\b(?:faculty|mentors?|supervisors?|advisors?|hosts?|host\s+(?:institutions?|organi[sz]ations?|sites?|employers?)|employers?|departments?)\b|\b(?:full[- ]time|permanent|senior|our|all|other)\s+(?:employees|staff|analysts|engineers|associates|hires)\b)(?:(?!\b(?:interns?|students?|you|trainees?|participants?|fellows?|scholars?)\b)[^.\n]){0,80}?\b(?:receive[sd]?|get|gets|earn|earns|(?:are|is|will\s+be)\s+(?:paid|given|awarded))\b[^.\n]{0,100}$/i;

/** "A one-time $500 stipend": paid once, right before the amount (not a "One-time fee (approx. €300)"). */
/** "a one-time $500 stipend", "upon completion of the internship, each receives a $125 stipend". */
const ONE_TIME_BEFORE =
  /\bone[- ]time[^\S\n]+$|\b(?:upon|on|at|after)[^\S\n]+(?:the[^\S\n]+)?(?:successful[^\S\n]+)?completion\b[^.\n]{0,60}$/i;

/** A posting names a handful of amounts; a page with hundreds is a price list, read only so far. */
const MAX_AMOUNTS = 300;
/** How many other amounts the notes name at most. */
const OTHERS_NAMED = 2;

interface Candidate extends Finding<Pay> {
  score: number;
  guesses: MoneyGuess[];
}

/** An amount read and left out, with why, for the note that says so when the page gives no pay. */
interface Declined {
  declined: string;
}
const declined = (why: string): Declined => ({ declined: why });

/**
 * The posting's pay. `currencies` says what a bare "$" (USD unless the page is Canadian,
 * Australian, ...) and a bare "Rs" stand for on this page.
 */
export function findPay(scan: string, given: PageCurrencies): { pay: Finding<Pay> | null; notes: string[] } {
  let rupee = given.rupee;
  const currencies = {
    dollar: given.dollar,
    rupee: () => (rupee === undefined ? (rupee = rupeeCurrency(scan)) : rupee),
  };
  const settled = new Map<string, boolean>();
  const money = findMoney(scan, { limit: MAX_AMOUNTS, local: true }).filter(
    (m) => !unsettledLocalSign(scan, m, settled),
  );
  const candidates: Candidate[] = [];
  // Amounts with too few words of pay to stand alone ("and graduate students will receive
  // $3,200"), still one of the rates by level a sentence beside the pay lists.
  const unworded: Candidate[] = [];
  // The first amount left out, and why: a page that gives no pay says what it read instead.
  let leftOut: string | null = null;
  let previousEnd = 0;
  let previousDeclined = false;
  for (let i = 0; i < money.length; i++) {
    const first = money[i]!;
    const joined = joinRange(scan, first, money[i + 1]);
    if (joined.usedNext) i++;
    const nextStart = money[i + 1]?.start ?? scan.length;
    const restated: boolean = previousDeclined && BRACKET_RIGHT_AFTER.test(scan.slice(previousEnd, first.start));
    previousDeclined = false;
    if (!joined.large) {
      const candidate: Candidate | Declined | null = restated
        ? declined('it says the other money before it again')
        : rate(scan, first, joined, { previousEnd, nextStart }, currencies);
      previousDeclined = candidate !== null && 'declined' in candidate;
      if (candidate && 'declined' in candidate) {
        leftOut ??= `Pay: "${scan.slice(first.start, joined.end).trim()}" is left out: ${candidate.declined.startsWith('"') ? `${candidate.declined} makes it other money` : candidate.declined}.`;
      } else if (candidate) (candidate.score < 2 ? unworded : candidates).push(candidate);
    }
    previousEnd = joined.end;
  }
  if (candidates.length === 0) {
    const bare = unworded[0];
    const note = bare
      ? `Pay: "${bare.value.raw}" is left out: nothing beside it says it is pay or what it is paid per.`
      : leftOut;
    return { pay: null, notes: note ? [note] : [] };
  }
  const top = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  const levels = ratesByLevel(scan, top, candidates, unworded);
  const levelsOrTop = levels ?? top;
  // "a monthly salary depending on the level ... For a Bachelor's Degree, the salary is R6 758".
  const best = levelsOrTop.value.period ? levelsOrTop : withPeriodNamedEarlier(scan, levelsOrTop);
  // "$0 - $0 without compensation", "Salary: $0": an amount of nothing says the role is unpaid,
  // kept as the editor and the CSV import keep it (money/unpaid.ts), not left out as a pay not known.
  // No period is guessed from the size of nothing.
  if (isUnpaid(best.value)) {
    const period = best.guesses.some((guess) => guess.kind === 'period') ? null : best.value.period;
    return { pay: { value: { ...best.value, period }, ranges: best.ranges }, notes: [] };
  }
  // Other pay the page names, each amount once however often the page repeats it.
  const others: Candidate[] = [];
  for (const c of candidates) {
    if (others.length === OTHERS_NAMED) break;
    if (c === top || levels?.ranges.includes(c.ranges[0]!) || c.score < 2) continue;
    if (![best, ...others].some((seen) => samePay(c.value, seen.value))) others.push(c);
  }
  const notes = [
    ...best.guesses.map((guess) => `Pay: ${describeGuess(guess)}.`),
    ...(levels ? [`Pay: the rates ${levels.value.raw} are read as one range.`] : []),
    ...others.map((c) => `The page also mentions pay "${c.value.raw}".`),
  ];
  // The hours a week the page states are the ones this pay is for: "€2,000 per month (38 h/week)".
  const hours = findHoursPerWeek(scan, best.ranges);
  if (!hours) return { pay: { value: best.value, ranges: best.ranges }, notes };
  return {
    pay: { value: { ...best.value, hoursPerWeek: hours.value }, ranges: [...best.ranges, ...hours.ranges] },
    notes,
  };
}

/** "for undergraduate students and $16 per hour for graduate students", "will increase to $17.00 per hour". */
const LEVEL_OR_RAISE =
  /\b(?:undergraduates?|graduates?|high school|college|juniors?|seniors?|levels?|years? of study|bachelor['’]?s|master['’]?s|ph\.?d|increas\w*|ris(?:e|es|ing)|raised?)\b/i;
/** Lines of a copied table hold a rate and little else: "$13.00 p/hr." */
const TABLE_CELL = 40;

/**
 * Two rates by level, or a rate that rises during the term, make one range: several single
 * amounts with the chosen one's currency and period, in its sentence where that sentence speaks
 * of levels or a raise, or on the lines right after its own when each line is a table's cell.
 */
function ratesByLevel(
  scan: string,
  chosen: Candidate,
  candidates: Candidate[],
  unworded: Candidate[],
): Candidate | null {
  const { value } = chosen;
  if (value.min === null || value.min !== value.max) return null;
  const alike = (c: Candidate) =>
    c.value.min !== null &&
    c.value.min === c.value.max &&
    c.value.currency === value.currency &&
    c.value.period === value.period;
  const span = levelSentences(scan, chosen.ranges[0]!.start);
  const inSentence = span
    ? [...candidates, ...unworded]
        .filter((c) => alike(c) && c.ranges[0]!.start >= span.start && c.ranges[0]!.end <= span.end)
        .sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start)
    : [];
  // Cells of a table without a unit are any figures; amounts that name their levels are rates.
  const group =
    inSentence.length > 1 ? inSentence : value.period === null ? [] : tableRun(scan, chosen, candidates.filter(alike));
  const amounts = group.map((c) => c.value.min!);
  const min = Math.min(...amounts);
  const max = Math.max(...amounts);
  if (group.length < 2 || min === max) return null;
  const ordered = [...group].sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start);
  return {
    value: { ...value, min, max, raw: ordered.map((c) => c.value.raw).join(', ') },
    ranges: ordered.map((c) => c.ranges[0]!),
    score: chosen.score,
    guesses: chosen.guesses,
  };
}

/**
 * The sentence around `at` where it speaks of levels or a raise, with the next one when that one
 * does too: "Our high school internship will pay $500 for the summer. Our college internship will
 * pay $1,000 for the summer." Null when the sentence speaks of none.
 */
function levelSentences(scan: string, at: number): { start: number; end: number } | null {
  const sentence = sentenceAround(scan, at);
  if (!LEVEL_OR_RAISE.test(scan.slice(sentence.start, sentence.end))) return null;
  // The next sentence of the same line: one ending at a line break ends the paragraph's thought.
  if (sentence.end >= scan.length - 1 || scan[sentence.end] === '\n') return sentence;
  const next = sentenceAround(scan, sentence.end + 1);
  return LEVEL_OR_RAISE.test(scan.slice(next.start, next.end)) ? { start: sentence.start, end: next.end } : sentence;
}

/** The chosen rate and the rates on the lines right after it, while each line is a short cell. */
function tableRun(scan: string, chosen: Candidate, alike: Candidate[]): Candidate[] {
  const run = [chosen];
  let line = lineAround(scan, chosen.ranges[0]!.start);
  while (line.end - line.start <= TABLE_CELL) {
    const next = lineAround(scan, line.end + 1);
    const cell = alike.find((c) => c.ranges[0]!.start >= next.start && c.ranges[0]!.end <= next.end);
    if (!cell || next.end - next.start > TABLE_CELL || line.end >= scan.length) break;
    run.push(cell);
    line = next;
  }
  return run;
}

function rate(
  scan: string,
  first: MoneyMention,
  joined: MoneyRange,
  neighbours: { previousEnd: number; nextStart: number },
  { dollar, rupee }: { dollar: string; rupee: () => string | null },
): Candidate | Declined | null {
  const { previousEnd, nextStart } = neighbours;
  const sentence = sentenceAround(scan, first.start);
  const before = scan.slice(Math.max(previousEnd, sentence.start, first.start - 60), first.start);
  // "CHF 440.- per month": Swiss prices close whole francs with ".-", a stop that ends no sentence.
  const swissClose = /^\.[-–]/.test(scan.slice(joined.end, joined.end + 2)) ? 2 : 0;
  // "13,50 zł. za godzinę": a sign's abbreviation stop before a word in lower case ends no sentence.
  const signStop =
    scan[joined.end - 1] === '.' && /^[^\S\n]+\p{Ll}/u.test(scan.slice(joined.end, joined.end + 3)) ? 1 : 0;
  // The sentence the amount ends in: "Rs. 15,000/- per month" opens with an abbreviation's full stop.
  const afterEnd = Math.min(
    nextStart,
    sentenceAround(scan, joined.end - 1 + swissClose + signStop).end,
    joined.end + 48,
  );
  const after = scan.slice(joined.end, Math.max(joined.end, afterEnd));

  const described = after.slice(0, 36);
  const cut = DESCRIPTION_END.exec(described);
  const other = otherMoneyBefore(before.slice(-50));
  // "The funding consists of a $3,000 stipend": the amount's own pay word names what it is.
  const ownPayWord = OWN_PAY_WORD_AFTER.test(after) || AWARD_VALUE_BEFORE.test(before);
  const notPay = NOT_PAY.exec(cut ? described.slice(0, cut.index) : described);
  if (other !== null && !isLivingAward(other, after) && !ownPayWord) return declined(`"${other}" before it`);
  if (notPay) return declined(`"${notPay[0]}" after it`);
  if (PAID_BY_THEM.test(before)) return declined('it is what the interns pay');
  if (UNHELD_PERIOD.test(after) || DAY_RATE_BEFORE.test(before))
    return declined('it is paid per a period an application cannot hold (a day, two weeks)');
  if (COVERS_COSTS.test(after)) return declined("it covers costs, not the intern's pay");
  if (RESTATED_BEFORE.test(before)) return null;
  if (OTHER_EARNER_BEFORE.test(scan.slice(Math.max(sentence.start, first.start - 160), first.start)))
    return declined('someone other than the intern receives it');

  let period: PayPeriod | null = joined.perYear ? 'year' : null;
  let end = joined.end;
  // The pay as written keeps a period word the amount follows with only a label's mark between
  // ("時給1,500円", "Hourly: $25"): without it the amount reads as no rate at all.
  let periodWordAt: number | null = null;
  // "Rs. 15,000/- per month": Indian pages close an amount with "/-".
  const closed = /^\/-/.test(after) ? 2 : swissClose;
  const written = period ? null : (periodAfter(after.slice(closed)) ?? sharedUnit(scan, after, nextStart));
  // "a monthly stipend of N40,000 for the six months": paid monthly over the term, not a total.
  const unitBefore = written?.period === 'total' ? periodBefore(before) : null;
  if (unitBefore && unitBefore !== 'total') {
    period = unitBefore;
  } else if (written) {
    period = written.period;
    end = joined.end + closed + written.length;
  } else if (!period) {
    // A number counted in its own unit between the period word and the amount is what the word
    // measures ("Jornada mensual de 120 horas; auxilio de 900 €"), unless the word names the pay
    // across the stay's length (namesPayWord); commas, a year or a clause do not part them
    // ("Monthly stipend for 2027: $3,000"). No other amount can: `before` starts after it.
    const found = periodWordBefore(before);
    const word = found && (namesPayWord(before, found) || !COUNTED_TIME.test(before.slice(found.end))) ? found : null;
    if (word && /^[^\S\n]*[:：]?[^\S\n]*$/.test(before.slice(word.end))) periodWordAt = word.start;
    period =
      word?.period ??
      (ONE_TIME_BEFORE.test(before) ||
      WHOLE_TERM_LATER.test(restOfSentence(scan, joined.end)) ||
      WHOLE_TERM_LATER_ABROAD.test(restOfSentence(scan, joined.end)) ||
      LENGTH_TIED_LATER.test(restOfSentence(scan, joined.end)) ||
      LENGTH_TIED_BEFORE.test(before) ||
      TOTAL_AFTER_STAY.test(before)
        ? 'total'
        : null);
  }
  // "Starting salary $79,176": a salary with no unit is a year's, when its size says so.
  // "Rs 50,000" on a page from Lahore: the rupee the page settles, no longer a guess.
  const settledRupee = joined.guesses.some(isRupeeGuess) ? rupee() : null;
  const settled = settledRupee !== null;
  const guesses = settled ? joined.guesses.filter((guess) => !isRupeeGuess(guess)) : joined.guesses;
  const currency = first.currency === '$' || first.currency === null ? dollar : settled ? settledRupee : first.currency;
  if (!period && SALARY.test(before) && periodBySize(joined.min, joined.max, currency) === 'year') period = 'year';

  const payWords =
    ownPayWord ||
    isAmountLine(scan, first.start, joined.end) ||
    TAXED_AFTER.test(after) ||
    PAY_WORD.test(before) ||
    PAY_WORD.test(after) ||
    PAY_WORD.test(headingAbove(scan, first.start));
  // "Stipend: R10,109.86 per month" under a headline's rounded "R10,000 Monthly!": a pay field states it exactly.
  const field = PAY_FIELD.test(scan.slice(lineAround(scan, first.start).start, first.start));
  const score = (payWords ? 2 : 0) + (period ? 2 : 0) + (joined.max !== first.amount ? 1 : 0) + (field ? 1 : 0);
  // "a minimum of $10 per hour", "salaries start at $11.02": a floor; "up to $500": a cap.
  const single = joined.min === joined.max;
  const floor = single && isFloor(before, scan.slice(end));
  const cap = single && isCap(before);
  // The pay as written keeps the words that bound it ("a minimum of $15 per hour"), as a CSV
  // cell's "at least $20/hr" is kept whole: without them it reads as a flat rate.
  const boundAt = floor || cap ? boundWordsStart(before) : periodWordAt;
  const start = boundAt === null ? first.start : first.start - before.length + boundAt;
  const raw = scan.slice(start, end).trim();
  return {
    value: { min: cap ? null : joined.min, max: floor ? null : joined.max, currency, period, raw },
    ranges: [{ start, end: start + raw.length }],
    score,
    guesses,
  };
}

/**
 * "Monthly stipend for 3 months: $3,000", "bolsa mensal durante 6 meses: R$ 1.500": a period word
 * naming the pay noun beside it, then the stay's length right before the amount, names that pay's
 * period; the count is the stay's, not what the word measures. Not when the word names another
 * noun ("Weekly paid hours: 20 hours", "Salary weekly hours"), or when a sum or a cap for the whole
 * stay comes between ("for 3 months totalling $9,000": TOTAL_AFTER_STAY).
 */
function namesPayWord(before: string, word: { start: number; end: number }): boolean {
  const across = NAMED_ACROSS_STAY.exec(before.slice(word.end));
  if (!across) return false;
  const noun = across[1] ?? /([\p{L}-]+)[^\S\n]*$/u.exec(before.slice(0, word.start))?.[1];
  return noun !== undefined && PAY_WORD.test(noun) && !NOT_A_PAY_NOUN.test(noun);
}

/** Between two amounts offered as alternatives: "$10 or $12 an hour". */
const ALTERNATIVE = /^[^\S\n]*(?:or|and)[^\S\n]*$/i;
/** The other amount's money, to read past it: "$12", "12.50", "£1,200". */
const NEXT_AMOUNT = /^[^\s\d]{0,3}\d[\d.,]*(?:[^\S\n]*[kK]\b)?/;

/**
 * "paid either $10 or $12 an hour": the unit written once after the second of two amounts offered
 * as alternatives is the first's too. Its length is not part of the first amount's text (0).
 */
function sharedUnit(scan: string, after: string, nextStart: number): { period: PayPeriod; length: number } | null {
  if (!ALTERNATIVE.test(after)) return null;
  const amount = NEXT_AMOUNT.exec(scan.slice(nextStart, nextStart + 24));
  if (!amount) return null;
  const unit = periodAfter(scan.slice(nextStart + amount[0].length, nextStart + amount[0].length + 48));
  return unit && unit.period !== 'total' ? { period: unit.period, length: 0 } : null;
}

/** "the salary is", "The allowance for internships ... ranges from": the pay named again with "the". */
const PAY_AGAIN = /\bthe[^\S\n]+(salary|allowance|stipend|wage)\b[^.\n]{0,40}$/i;
/** How far back the page may have named the pay with its period (characters). */
const NAMED_EARLIER_REACH = 400;

/**
 * The period the page gave the same pay a sentence or two before: "IOM grants interns a Monthly
 * Subsistence Allowance ... The allowance for internships in Geneva ranges from 500 to 1500 CHF".
 */
function withPeriodNamedEarlier(scan: string, pay: Candidate): Candidate {
  const at = pay.ranges[0]!.start;
  const before = scan.slice(Math.max(sentenceAround(scan, at).start, at - 60), at);
  const period = periodNamedEarlier(scan, before, at);
  return period ? { ...pay, value: { ...pay.value, period } } : pay;
}

function periodNamedEarlier(scan: string, before: string, at: number): PayPeriod | null {
  const again = PAY_AGAIN.exec(before);
  if (!again) return null;
  const earlier = scan.slice(Math.max(0, at - before.length - NAMED_EARLIER_REACH), at - before.length + again.index);
  const named = new RegExp(
    `\\b(hourly|weekly|monthly|annual|yearly)[^\\S\\n]+(?:[\\w-]+[^\\S\\n]+){0,2}?${again[1]}\\b`,
    'i',
  ).exec(earlier);
  return named ? periodOf(named[1]!) : null;
}

/**
 * A stipend with no unit whose sentence goes on to tie it to the whole term: "a stipend of $3,346
 * and free housing in furnished apartments for the semester", "a $2,800 stipend for their
 * participation in the program", "paid in regular disbursements throughout the summer".
 */
const WHOLE_TERM_LATER =
  /\b(?:for|throughout|over)[^\S\n]+(?:the|their|your|his|her)[^\S\n]+(?:(?:entire|whole|full)[^\S\n]+)?(?:semester|summer|program(?:me)?|internship|fellowship|term|session|participation[^\S\n]+in[^\S\n]+the[^\S\n]+program(?:me)?)\b/i;
/**
 * The same tie in the other languages read: "4000 Euro brutto ... für ein maximal sechsmonatiges
 * Praktikum", "pour toute la durée du stage", "por toda la pasantía", "voor de hele stage", "per
 * l'intero tirocinio": for the internship (an article, then at most two words before it).
 */
const WHOLE_TERM_LATER_ABROAD =
  /(?<![\p{L}])(?:f[üu]r[^\S\n]+(?:das|den|die|ein|eine|einen)|pour[^\S\n]+(?:(?:toute[^\S\n]+)?la[^\S\n]+dur[ée]e[^\S\n]+du|le|un)|por[^\S\n]+(?:toda[^\S\n]+)?(?:la|el)|voor[^\S\n]+(?:de|het|een)|per[^\S\n]+(?:l['’]|il|lo|tutto[^\S\n]+il))[^\S\n]*(?:[\p{L}-]+[^\S\n]+){0,2}?(?:praktikum|praktikumszeit|programm|stage|pasant[ií]a|pr[aá]cticas?|programa|tirocinio|programma)(?![\p{L}])/iu;
/**
 * A stipend with no unit that its sentence ties to a stated length: "$4500 to undergraduates ...
 * for 8-10 full-time weeks of summer research", "The stipend for the five months is $11,000".
 */
const LENGTH_COUNT =
  '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[^\\S\\n]*(?:-|–|to)[^\\S\\n]*(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?';
const LENGTH_TIED_LATER = new RegExp(
  `^[^.\\n]{0,60}?\\bfor[^\\S\\n]+(?:the[^\\S\\n]+)?${LENGTH_COUNT}[^\\S\\n]+(?:full[- ]time[^\\S\\n]+)?(?:weeks?|months?)\\b`,
  'i',
);
const LENGTH_TIED_BEFORE = new RegExp(
  `\\b(?:stipend|award|fellowship|pay|salary)[^\\S\\n]+for[^\\S\\n]+the[^\\S\\n]+${LENGTH_COUNT}[^\\S\\n]+(?:weeks?|months?)[^\\S\\n]+(?:is|was|will be|of)[^\\S\\n]+$`,
  'i',
);
/** The stay's length: "for 3 months", "for the 10 weeks", "durante 6 meses", "für 3 Monate". */
const STAY_LENGTH = `(?<!\\p{L})(?:for|during|over|throughout|durante|por|pour|pendant|für|über|per)[^\\S\\n]+(?:(?:the|os|as|les|la|las|los|die|den|i|gli|le)[^\\S\\n]+)?${LENGTH_COUNT}[^\\S\\n]*-?[^\\S\\n]*(?:weeks?|months?|semanas?|meses|semaines?|mois|wochen|monate|settimane|mesi)(?!\\p{L})`;
/** After a period word: the pay noun it names (or none, the noun before it), the stay's length, a label's mark. */
const NAMED_ACROSS_STAY = new RegExp(
  `^[^\\S\\n]*(?:([\\p{L}-]+)[^\\S\\n]+)?${STAY_LENGTH}[^\\S\\n]*[:：,]?[^\\S\\n]*$`,
  'iu',
);
/** Pay words that name no pay noun a period word could name: "Weekly paid hours", "Paid monthly meetings". */
const NOT_A_PAY_NOUN = /^(?:paid|compensated|hourly|weekly|monthly|annual|yearly)$/i;
/**
 * "for 3 months totalling $9,000", "durante 6 meses, no total R$ 9.000", "for 10 weeks, up to
 * $5,000": a sum, or a cap, after the stay's length is for the whole stay.
 */
const TOTAL_AFTER_STAY = new RegExp(
  `${STAY_LENGTH}[^\\S\\n]*,?[^\\S\\n]*(?:totall?ing|amounting[^\\S\\n]+to|in[^\\S\\n]+total|up[^\\S\\n]+to|insgesamt|au[^\\S\\n]+total|no[^\\S\\n]+total|en[^\\S\\n]+total)[^\\S\\n]*:?[^\\S\\n]*$`,
  'iu',
);
/** How far into its sentence the words after an amount are read (characters). */
const SENTENCE_REST = 120;

function restOfSentence(scan: string, from: number): string {
  return scan.slice(from, Math.min(sentenceAround(scan, Math.max(0, from - 1)).end, from + SENTENCE_REST));
}

function isRupeeGuess(guess: MoneyGuess): boolean {
  return guess.kind === 'sign' && guess.currency === 'INR';
}

const NOT_PAY_ANYWHERE = new RegExp(`${NOT_PAY.source}|${NOT_PAY_BEFORE.source}`, 'gi');

/**
 * The word before an amount that makes it other money ("a relocation stipend of"), unless a pay
 * word of its own stands between them and the amount: "a scholarship of a tax-free stipend of
 * up to $500", "Students who receive funding will be compensated at $585". Null when none does.
 */
function otherMoneyBefore(before: string): string | null {
  let last: RegExpExecArray | null = null;
  NOT_PAY_ANYWHERE.lastIndex = 0;
  for (let m = NOT_PAY_ANYWHERE.exec(before); m; m = NOT_PAY_ANYWHERE.exec(before)) last = m;
  if (!last) return null;
  const rest = before.slice(last.index + last[0].length);
  const pay = PAY_WORD.exec(rest);
  // "relocation stipend": the other word names the kind of stipend.
  return !pay || !/[\p{L}\d]/u.test(rest.slice(0, pay.index)) ? last[0] : null;
}

/**
 * "Each bursary has a value of €500", "The award carries a value of $4,800", "a bursary of
 * £600": the award the student holds for the work, valued. (A scholarship may be towards tuition.)
 */
const AWARD_VALUE_BEFORE =
  /(?:\b(?:bursar(?:y|ies)|studentships?|awards?)\b[^.\n]{0,40}?(?:\b(?:has|have|carries|carry|with)[^\S\n]+a[^\S\n]+value[^\S\n]+of|\bvalued[^\S\n]+at)|\b(?:bursary|studentship)[^\S\n]+of)[^\S\n]*$/i;
/**
 * "4000 Euro brutto", "€2,000 gross", "1.500 € netto", "$3,000 before tax": an amount taxed as
 * income is someone's earnings, as a pay word says.
 */
const TAXED_AFTER =
  /^[^\S\n]*(?:brutto|netto|bruto|neto|bruts?|gross|before[^\S\n]+tax(?:es)?|pre-tax)(?![\p{L}\d-])/iu;
/** "$3,000 stipend", "£2,000 salary": a pay word right after the amount. */
const OWN_PAY_WORD_AFTER = /^[^\S\n]*(?:stipend|salary|wage|allowance)\b/i;

/** Awards that students live on while they do the work. */
const LIVING_AWARD = /^(?:scholarships?|grants?|funding)$/i;

/**
 * "a Summer Research Scholarship of $360 per week", "Funding of £150 a week, to cover living costs":
 * an award or funding paid by the hour, week or month is
 * what the student lives on while doing the work, so it is the pay; "a $5,000 scholarship" with
 * no such unit stays other money (tuition, a prize).
 */
function isLivingAward(word: string, after: string): boolean {
  const period = periodAfter(after)?.period;
  return LIVING_AWARD.test(word) && (period === 'hour' || period === 'week' || period === 'month');
}

/**
 * "£31,000, rising to £32,250 in the second year." under a UK posting's title, "$17.50 – $18.00"
 * between a job card's fields: an amount that is all its line says is what the job pays, where
 * the page's header block states it or a pay label heads it ("Pay Details:").
 */
const RAISE_TO_END = /^[^\S\n]*,?[^\S\n]*(?:rising|increasing)[^\S\n]+to\b[^\n]*$/i;
const NOTHING_TO_END = /^[^\S\n]*[.,]?[^\S\n]*$/;
/** A line this long is the page's prose, which ends its header block of title, company and fields. */
const PROSE_LINE = 100;
/** Costs named in a header block: the words other money is named by, and "Estimated monthly expenses". */
const COSTS_NAMED = new RegExp(`${NOT_PAY.source}|${NOT_PAY_BEFORE.source}|\\bexpenses\\b`, 'i');
/** "This is an unpaid internship.": an amount alone on its line there is a cost ("Program deposit"). */
const UNPAID_PAGE = /\b(?:unpaid|not paid|without pay|no (?:pay|compensation|stipend|salary))\b/i;

function isAmountLine(scan: string, start: number, end: number): boolean {
  const line = lineAround(scan, start);
  const rest = scan.slice(end, line.end);
  if (scan.slice(line.start, start).trim() !== '' || !(NOTHING_TO_END.test(rest) || RAISE_TO_END.test(rest)))
    return false;
  if (UNPAID_PAGE.test(scan)) return false;
  const above = scan.slice(0, line.start).trimEnd();
  const heading = above.slice(above.lastIndexOf('\n') + 1);
  // "Student Pass Application Fee (one-time)" over "S$90 – S$120": a row of a table of costs.
  if (NOT_PAY.test(heading) || NOT_PAY_BEFORE.test(heading)) return false;
  if (PAY_WORD.test(heading)) return true;
  // "What you need to budget for" over "Flights" over "$1,200": a list of costs, not a header's field.
  return above.split('\n').every((text) => text.length <= PROSE_LINE) && !COSTS_NAMED.test(above);
}

/** The line above the amount's line, when it is a short heading and the amount opens its line. */
function headingAbove(scan: string, at: number): string {
  const line = lineAround(scan, at);
  if (line.start === 0 || scan.slice(line.start, at).trim() !== '') return '';
  const previous = lineAround(scan, line.start - 1);
  const heading = scan.slice(previous.start, previous.end);
  return PAY_HEADING.test(heading) ? heading : '';
}

function samePay(a: Pay, b: Pay): boolean {
  return a.min === b.min && a.max === b.max && a.period === b.period && a.currency === b.currency;
}
