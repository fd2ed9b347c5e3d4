// The time of day a deadline is due, where the page writes it beside the date ("February 15,
// 2027 at 11:59 PM PT", "by 5 p.m. Eastern on March 1"), with the time zone it names. A time
// the page does not tie to the deadline's date is not taken: "midnight" is left out, since it
// may mean the start or the end of the day.
import type { CalendarDate } from '../calendarDate';
import { instantInZone, zoneAtStart } from '../timeZones';
import type { TextRange } from './postingDraft';

export interface DeadlineTime {
  /** 24-hour "HH:mm", as the page's clock reads. */
  time: string;
  /** An IANA zone ("America/Los_Angeles") or a fixed offset ("+05:30"); null where the page names none. */
  zone: string | null;
  /** The time as the page writes it, with its zone: "11:59 PM PT". */
  written: string;
}

const TWELVE_HOUR = String.raw`\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?`;
// A 24-hour clock: "17:00", "09:00", "17h00", "24:00" (the day's end). "9:30" or "11:59" alone may be morning or evening.
const TWENTY_FOUR_HOUR = String.raw`\b(0\d|1[2-9]|2[0-3]|24(?=[:h]00))[:h]([0-5]\d)\b(?!\s*[ap]\.?\s?m\b)`;
// "10:00 CET", "9:30 UTC": before a zone where clocks are read to 24 hours (Europe, Asia,
// Australia, UTC), a morning hour is the morning's.
const ZONE_OF_24_HOURS = String.raw`\s*\(?\s*(?:CES?T|MES?Z|BST|GMT|UTC|SGT|HKT|JST|KST|AES?T|AEDT)\b`;
const MORNING_BEFORE_ZONE = String.raw`\b(0?\d|1[01])[:h]([0-5]\d)\b(?=${ZONE_OF_24_HOURS})`;
const NOON = String.raw`\b(?:12(?::00)?\s*)?(?:noon|midday)\b`;
/** An hour of the clock, 0 to 24 ("24 Uhr" ends the day): "30 horas" is a count of hours. */
export const CLOCK_HOUR = '(?:[01]?\\d|2[0-4])';
/**
 * The "at" of a time before a whole hour: "às", "à", "um", or the article after "até", "a" or
 * "hasta" ("até as 18 horas", "a las 18 horas"). "as" and "las" alone are "the" ("as 6 horas de
 * formação").
 */
export const AT_TIME = String.raw`(?:às|à|um|(?:até|a|hasta)\s+l?as)`;
/**
 * Hours counted after an hour word, not a time of day: per a day, week or month ("18 horas
 * semanais", "30 horas por semana", "20 horas al mes", "20 Uhr im Monat"), or hours of something
 * or from somewhere ("6 horas de formação", "3 heures de Paris", "3 heures d’avion"); "horas do
 * dia", "da manhã", "del día" name the hour's day.
 */
export const NOT_COUNTED_HOURS = String.raw`(?!\s*(?:semana(?:is|les)|di[áa]ri[ao]s|mensais|mensuales|quotidiennes|hebdomadaires|mensuelles|wöchentlich|täglich|monatlich|(?:por|al|ao|a\s+la|pro|par|per|die|im|in\s+der)\s+(?:semana|woche|semaine|week|d[ií]a|tag|jour|day|m[eê]s|monat|mois|month)(?![a-zà-ÿ])|(?:de\s+|d['’])[a-zà-ÿ]))`;
// A whole hour with its word, where it is a time of day: after the "at" of a time ("às 18 horas",
// "à 12h", "hasta las 18 horas", "um 18 Uhr"), or before "Uhr", which names only the clock's hours.
const HOUR_WORD = String.raw`(?:(?<=(?:^|[^a-zà-ÿ])${AT_TIME}\s+)|\b(?=\d{1,2}\s*uhr\b))(${CLOCK_HOUR})\s*(?:horas?|heures?|hs?|hrs?|uhr)(?![a-zà-ÿ\d])${NOT_COUNTED_HOURS}`;
// Noon first, so that "12:00 noon" is read whole.
const TIME = new RegExp(`${NOON}|${TWELVE_HOUR}|${TWENTY_FOUR_HOUR}|${MORNING_BEFORE_ZONE}|${HOUR_WORD}`, 'i');
/** TIME, read from a place in a text whose words before it it sees ("às " before "18 horas"). */
const TIME_FROM = new RegExp(TIME.source, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');

/** The time `TIME` found in `text` (which starts at `base` in the scan), with a zone written after it. */
function readTime(text: string, time: RegExpExecArray, base: number): { value: DeadlineTime; range: TextRange } {
  const [, hour12, minute12, meridiem] = time;
  const hour24 = time[4] ?? time[6] ?? time[8];
  const minute24 = time[5] ?? time[7];
  let hours = 12;
  let minutes = 0;
  if (hour12 !== undefined) {
    hours = (Number(hour12) % 12) + (meridiem!.toLowerCase() === 'p' ? 12 : 0);
    minutes = Number(minute12 ?? 0);
  } else if (hour24 !== undefined) {
    hours = Number(hour24);
    minutes = Number(minute24 ?? 0);
  }
  // "24 Uhr", "24:00": the day's end, the last minute of it on a clock that stops at 23:59.
  if (hours === 24) [hours, minutes] = [23, 59];
  let end = time.index + time[0].length;
  const named = zoneAtStart(text.slice(end));
  const zone = named?.zone ?? null;
  if (named) end += named.length;
  const start = time.index;
  return {
    // "5pm." ends a sentence; "5 p.m." keeps its dot.
    value: {
      time: `${pad(hours)}:${pad(minutes)}`,
      zone,
      written: text
        .slice(start, end)
        .trim()
        .replace(/(?<![ap]\.m)\.$/i, ''),
    },
    range: { start: base + start, end: base + end },
  };
}

/** After the date: the time follows it at once, or after "at" (AT_TIME: "às", "à", "a las", "um"), "by", a comma or a dash. */
const AFTER_DATE = new RegExp(String.raw`^[\s,(]*(?:(?:at|by|before|until|@|[-–—]|${AT_TIME})\s*)?$`, 'i');
/** How far after the date its time may start ("..., 2027, at 11:59 PM"). */
const AFTER_REACH = 12;

/**
 * The deadline's time: in the words between its cue and its date ("Apply by 5 p.m. ET on ..."),
 * or right after its date ("... 2027 at 11:59 PM PT"), on the same line.
 */
export function findDeadlineTime(scan: string, cueEnd: number, date: TextRange): TimeFound | null {
  // Up to the date, read from the cue's end: the "at" of a time may end the cue ("até às ").
  const upToDate = scan.slice(0, date.start);
  TIME_FROM.lastIndex = cueEnd;
  const inGap = TIME_FROM.exec(upToDate);
  if (inGap) {
    const found = readTime(upToDate, inGap, 0);
    return found.value.zone === null ? withZoneAfterDate(scan, date.end, found) : found;
  }
  const lineEnd = scan.indexOf('\n', date.end);
  const after = scan.slice(date.end, Math.min(lineEnd === -1 ? scan.length : lineEnd, date.end + AFTER_REACH + 40));
  const next = TIME.exec(after);
  if (!next || next.index > AFTER_REACH || !AFTER_DATE.test(after.slice(0, next.index))) return null;
  return readTime(after, next, date.end);
}

type TimeFound = { value: DeadlineTime; range: TextRange };

/**
 * A time before the date whose zone comes after it, in brackets: "due at NOON on Monday,
 * February 4, 2019 (12 pm PST 2/4/19)", "by 5pm on March 1, 2027 (ET)". The same time again, or
 * none, with a zone.
 */
function withZoneAfterDate(scan: string, dateEnd: number, found: TimeFound): TimeFound {
  const bracket = /^[^\S\n]*\(([^)\n]{1,40})\)/.exec(scan.slice(dateEnd, dateEnd + 48));
  if (!bracket) return found;
  const inner = bracket[1]!;
  const again = TIME.exec(inner);
  const repeated = again && again.index === 0 ? readTime(inner, again, 0).value : null;
  const zone = repeated
    ? repeated.time === found.value.time
      ? repeated.zone
      : null
    : (zoneAtStart(inner)?.zone ?? null);
  if (zone === null) return found;
  return {
    value: { ...found.value, zone, written: `${found.value.written} (${repeated?.written ?? inner.trim()})` },
    range: { start: found.range.start, end: dateEnd + bracket[0].length },
  };
}

/** The moment a deadline with a time in a named zone is due; null where the page names no zone. */
export function deadlineInstant(date: CalendarDate, time: DeadlineTime): Date | null {
  if (time.zone === null) return null;
  const day = date.split('-').map(Number) as [number, number, number];
  const clock = time.time.split(':').map(Number) as [number, number];
  return instantInZone(day, clock, time.zone);
}
