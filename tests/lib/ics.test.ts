import { describe, expect, it } from 'vitest';
import { foldLine, icsCalendar, icsEscape, isEventKind } from '~/lib/ics';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('ICS', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(icsEscape('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting multi-byte characters', () => {
    const line = `DESCRIPTION:${'Kerupuk – é '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes an all-day event with an exclusive end date and CRLF line ends', () => {
    const text = icsCalendar({
      uid: 'expo@etalase',
      stamp: new Date('2026-02-06T00:00:00Z'),
      start: new Date('2027-03-17T00:00:00Z'),
      end: new Date('2027-03-20T00:00:00Z'),
      summary: 'Pameran Pangan, Kerajinan; 2027',
      description: 'Baris satu\nBaris dua',
      location: 'Jakarta, Indonesia',
      url: 'https://etalase.example.org/news/expo/',
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('\r\nUID:expo@etalase\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260206T000000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270317\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20270321\r\n');
    expect(text).toContain('\r\nSUMMARY:Pameran Pangan\\, Kerajinan\\; 2027\r\n');
    expect(text).toContain('\r\nDESCRIPTION:Baris satu\\nBaris dua\r\n');
    expect(text).toContain('\r\nLOCATION:Jakarta\\, Indonesia\r\n');
    expect(text).toContain('\r\nURL:https://etalase.example.org/news/expo/\r\n');
  });

  it('ends a one-day event the next day, across a month end', () => {
    const text = icsCalendar({ uid: 'x@etalase', stamp: new Date(0), start: new Date('2026-01-31T00:00:00Z'), summary: 'Pelatihan' });
    expect(text).toContain('DTSTART;VALUE=DATE:20260131\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20260201\r\n');
    expect(text).not.toContain('LOCATION');
  });

  it('knows which news kinds are events', () => {
    expect(['exhibition', 'training', 'programme'].every(isEventKind)).toBe(true);
    expect(isEventKind('news')).toBe(false);
  });
});
