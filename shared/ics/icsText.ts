// iCalendar (RFC 5545) text: escaping TEXT values, folding content lines at 75 octets without
// splitting a UTF-8 character, and the basic date formats.

/** TEXT value escaping: backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const MAX_OCTETS = 75;

/** Splits a content line so no line is longer than 75 octets; continuations start with a space. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

/** 2026-05-18 -> 20260518 (a DATE value). */
export function icsDate(calendarDate: string): string {
  return calendarDate.replaceAll('-', '');
}

/** The calendar date after this one, by plain arithmetic on the date (no time zone involved). */
export function nextCalendarDate(calendarDate: string): string {
  const [year, month, day] = calendarDate.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day! + 1);
  return date.toISOString().slice(0, 10);
}

/** An ISO instant with any offset -> 20260518T160000Z (a UTC DATE-TIME value). */
export function icsUtc(instant: string | Date): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Minutes from the event as a DURATION, negative before it: -4320 -> -P3D, 540 -> PT9H. */
export function icsDuration(offsetMinutes: number): string {
  const minutes = Math.abs(offsetMinutes);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = hours > 0 ? `${hours}H${mins > 0 ? `${mins}M` : ''}` : mins > 0 || days === 0 ? `${mins}M` : '';
  return `${offsetMinutes < 0 ? '-' : ''}P${days > 0 ? `${days}D` : ''}${time === '' ? '' : `T${time}`}`;
}
