/** Small text helpers for readable messages: paths, values, "did you mean". */
import { ImpossibleDate } from '~/lib/dates';

/** `['certificates', 1, 'validUntil']` → `certificates[1].validUntil`; odd keys are quoted: `imageAlts["a.jpg"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(String(segment))) out += out ? `.${clip(String(segment))}` : clip(String(segment));
    else out += `[${JSON.stringify(clip(String(segment)))}]`;
  }
  return out;
}

/** `2026-02-06`; a date that is not on the calendar is shown as it was written. */
export function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return date instanceof ImpossibleDate ? clip(date.written) : 'an impossible date';
  return date.toISOString().slice(0, 10);
}

/** Messages quote at most this many characters of anything an editor wrote. */
export const MAX_QUOTED = 60;

/** Shortens text for a message: a value, a key or a file name written by an editor. */
export function clip(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a value read from YAML looks to an editor: `the text "lots"`, `the number 12`, `a list of 2 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? (value instanceof ImpossibleDate ? `the impossible date ${isoDay(value)}` : 'an impossible date') : `the date ${isoDay(value)}`;
  if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Quotes and shortens a value for a message. */
export function quote(value: unknown, max = MAX_QUOTED): string {
  return JSON.stringify(clip(value instanceof Date ? isoDay(value) : String(value), max));
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate most like `input`, if it is plausibly a typo: compared case-
 * insensitively, within a third of the length (at least 2 edits), or one
 * containing the other (`kemplang` → `kemplang-panggang`).
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle || needle.length > 200) return undefined; // nothing written, or no typo of a name: any guess would be noise
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let score = editDistance(needle, hay);
    if (needle.length >= 4 && (hay.includes(needle) || needle.includes(hay))) score = Math.min(score, 1.5);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

export { slugify } from '~/lib/slugify';

/** Up to `max` items joined with commas, then "and N more" (in Indonesian for `id` hints: "dan N lainnya"). */
export function listSome(items: readonly string[], max = 12, language: 'en' | 'id' = 'en'): string {
  if (items.length === 0) return language === 'id' ? '(tidak ada)' : '(none)';
  const shown = items.slice(0, max).join(', ');
  if (items.length <= max) return shown;
  return language === 'id' ? `${shown} dan ${items.length - max} lainnya` : `${shown} and ${items.length - max} more`;
}
