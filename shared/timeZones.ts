// Time zones as people write them beside a time: "PT", "(EST)", "Pacific Time", "GMT+1",
// "UTC+05:30". Job pages write them after a deadline's time, and trackers after a date's time
// (Notion: "December 9, 2026 2:00 PM (EST)"). Ambiguous abbreviations (IST: India, Israel or
// Ireland) are left out; "India Standard Time" written out is read.
import { TZDate } from '@date-fns/tz';

/** Zones by their usual abbreviation or name. */
const ZONES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:P[SD]?T|Pacific(?: (?:Standard|Daylight))?(?: Time)?)$/, 'America/Los_Angeles'],
  [/^(?:M[SD]?T|Mountain(?: (?:Standard|Daylight))?(?: Time)?)$/, 'America/Denver'],
  [/^(?:C[SD]?T|Central(?: (?:Standard|Daylight))?(?: Time)?)$/, 'America/Chicago'],
  [/^(?:E[SD]?T|Eastern(?: (?:Standard|Daylight))?(?: Time)?)$/, 'America/New_York'],
  [/^(?:BST|UK time)$/, 'Europe/London'],
  [/^(?:CES?T|MES?Z)$/, 'Europe/Berlin'],
  [/^Indian? Standard Time$/, 'Asia/Kolkata'],
  [/^(?:AES?T|AEDT)$/, 'Australia/Sydney'],
  [/^SGT$/, 'Asia/Singapore'],
  [/^HKT$/, 'Asia/Hong_Kong'],
  [/^JST$/, 'Asia/Tokyo'],
  [/^KST$/, 'Asia/Seoul'],
  [/^(?:GMT|UTC)$/, 'UTC'],
];

// A zone's name as the IANA database writes it, as Notion does too: "(America/New_York)".
const ZONE_NAME = String.raw`[A-Z][A-Za-z]+(?:\/[A-Za-z_+\-]+){1,2}`;
const ZONE_WORDS = String.raw`${ZONE_NAME}|(?:Pacific|Mountain|Central|Eastern)(?: (?:Standard|Daylight))?(?: Time)?|Indian? Standard Time|UK time|[A-Z]{2,4}\b`;
/** A zone, optionally in brackets: its offset (sign, hours, minutes) or its words. */
const ZONE = String.raw`\(?\s*(?:(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b|(${ZONE_WORDS}))\s*\)?`;
const ZONE_AT_START = new RegExp(String.raw`^\s*${ZONE}`);
const ZONE_AT_END = new RegExp(String.raw`\s+${ZONE}\s*$`);

function offset(sign: string, hours: string, minutes: string | undefined): string | null {
  if (Number(hours) > 14) return null;
  return `${sign === '+' ? '+' : '-'}${hours.padStart(2, '0')}:${minutes ?? '00'}`;
}

/** Whether the engine knows a zone by this name. */
function isZoneName(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone ("America/New_York") or a fixed offset ("+05:30"). */
function zoneOf([, sign, hours, minutes, words]: RegExpExecArray): string | null {
  if (words === undefined) return offset(sign!, hours!, minutes);
  if (words.includes('/')) return isZoneName(words) ? words : null;
  return ZONES.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/**
 * The zone written at the start of `text` ("PT", " (EST)", " Pacific Time"), and how much of the
 * text it takes. An unknown capitalised word ("ON", "CV") is no zone.
 */
export function zoneAtStart(text: string): { zone: string; length: number } | null {
  const named = ZONE_AT_START.exec(text);
  const zone = named && zoneOf(named);
  if (!named || zone === null) return null;
  // A closing parenthesis belongs to the zone only where one opened before it.
  const whole = named[0];
  return { zone, length: (/^\s*\(/.test(whole) ? whole : whole.replace(/\)$/, '')).trimEnd().length };
}

/** The zone that ends `text` after a space ("… 2:00 PM (EST)"), and the text before it. */
export function zoneAtEnd(text: string): { zone: string; before: string } | null {
  const named = ZONE_AT_END.exec(text);
  const zone = named && zoneOf(named);
  if (!named || zone === null) return null;
  return { zone, before: text.slice(0, named.index) };
}

/** The moment a wall-clock time in a zone is. */
export function instantInZone(
  [year, month, day]: readonly [number, number, number],
  [hours, minutes, seconds = 0]: readonly [number, number, number?],
  zone: string,
): Date {
  return new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, zone).getTime());
}
