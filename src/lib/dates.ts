/** Dates and the trust rules that depend on them. All comparisons are by calendar day in UTC. */
import { localeConfig, type Locale } from '../i18n/locales';
import { memoize } from './memo';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The build date: today, or `ETALASE_TODAY=YYYY-MM-DD` for reproducible builds and tests. */
export function buildDate(): Date {
  const fixed = process.env.ETALASE_TODAY;
  const date = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  if (Number.isNaN(date.getTime())) throw new Error(`ETALASE_TODAY must be YYYY-MM-DD, got "${fixed}"`);
  return startOfDay(date);
}

export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** ISO calendar date, e.g. `2026-02-06`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);
}

/** The same calendar day `months` later (clamped to the month's last day). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** A listing is stale when it was last verified more than 12 months before `today`. */
export const STALE_AFTER_MONTHS = 12;

export function isStale(verifiedOn: Date, today: Date): boolean {
  return startOfDay(today).getTime() > addMonths(startOfDay(verifiedOn), STALE_AFTER_MONTHS).getTime();
}

/** Formats a date for readers of `locale`, e.g. "6 February 2026" / "6 Februari 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return longDateFormat(locale).format(date);
}

// One formatter per locale: building an Intl formatter costs far more than using one.
const longDateFormat = memoize(
  (locale: Locale) => new Intl.DateTimeFormat(localeConfig(locale).intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  (locale) => locale,
);

/** A compact date for strips and cards, e.g. "10 Nov 2028" / "10 Nov 2028". */
export function formatShortDate(date: Date, locale: Locale): string {
  return shortDateFormat(locale).format(date);
}

const shortDateFormat = memoize(
  (locale: Locale) => new Intl.DateTimeFormat(localeConfig(locale).intl, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  (locale) => locale,
);
