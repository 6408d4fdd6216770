/**
 * The one place that lists the site's languages.
 *
 * Adding a locale (e.g. Malay for export buyers) takes one entry here and one
 * strings file in `src/i18n/strings/<code>.json`; pages, routes, hreflang,
 * the sitemap and content fallbacks all derive from this list.
 */
export interface LocaleConfig {
  /** URL segment and content-file suffix, e.g. `id` for `/id/` and `foo.id.md`. */
  code: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** Open Graph locale, e.g. `id_ID`. */
  ogLocale: string;
  /** The language's own name, shown in the language switch. */
  label: string;
  /** Locale for dates and numbers (English uses day-month-year, unambiguous for buyers worldwide). */
  intl: string;
}

export const locales = [
  { code: 'en', lang: 'en', ogLocale: 'en_GB', label: 'English', intl: 'en-GB' },
  { code: 'id', lang: 'id', ogLocale: 'id_ID', label: 'Bahasa Indonesia', intl: 'id-ID' },
] as const satisfies readonly LocaleConfig[];

/** English is served at `/`; every other locale under `/<code>/`. */
export const defaultLocale = 'en';

export type Locale = (typeof locales)[number]['code'];

export const localeCodes: Locale[] = locales.map((l) => l.code);

/** Locales whose prose lives in `<slug>.<code>.md` files beside the base entry. */
export const translatedLocales: Locale[] = localeCodes.filter((c) => c !== defaultLocale);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

export function localeConfig(code: Locale): LocaleConfig {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}
