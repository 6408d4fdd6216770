/**
 * iCalendar (RFC 5545) files for events in the news section, so a buyer can put
 * an exhibition or training in their own calendar. Events are all-day: the
 * content model has dates, not times, and a time zone would be a guess.
 */

/** News kinds that are events with a date to attend. */
export const EVENT_KINDS = ['exhibition', 'training', 'programme'] as const;

export function isEventKind(kind: string): boolean {
  return (EVENT_KINDS as readonly string[]).includes(kind);
}

export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. `<slug>@etalase`. */
  uid: string;
  /** When the file was made (the build date). */
  stamp: Date;
  /** First day (inclusive). */
  start: Date;
  /** Last day (inclusive); the file's DTEND is the day after, as RFC 5545 wants. */
  end?: Date | undefined;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1), each
 * continuation starting with a space. Splits only between characters, so a
 * multi-byte UTF-8 character (é, –) is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines carry a leading space, which counts towards the 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `20270317` (a DATE value, UTC calendar day). */
export function icsDate(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `20261005T000000Z` (a UTC DATE-TIME value). */
export function icsDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function nextDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

/** A whole VCALENDAR with one all-day VEVENT, CRLF line ends and folded lines. */
export function icsCalendar(event: IcsEvent, prodId = '-//Etalase//Catalogue//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.end ?? event.start))}`,
    `SUMMARY:${icsEscape(event.summary)}`,
    event.description ? `DESCRIPTION:${icsEscape(event.description)}` : undefined,
    event.location ? `LOCATION:${icsEscape(event.location)}` : undefined,
    // URI values are not TEXT: no backslash escaping.
    event.url ? `URL:${event.url}` : undefined,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines
    .filter((line): line is string => line !== undefined)
    .map((line) => `${foldLine(line)}${CRLF}`)
    .join('');
}
