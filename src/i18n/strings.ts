import en from './strings/en.json';
import { defaultLocale, localeCodes, type Locale } from './locales';

/** Every UI string key; English is the reference set. */
export type StringKey = keyof typeof en;
type Strings = Partial<Record<StringKey, string>>;

// Vite picks up every strings file, so a new locale needs no code change here.
const files = import.meta.glob<{ default: Strings }>('./strings/*.json', { eager: true });

const stringsByLocale: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([path, mod]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), mod.default]),
);

for (const code of localeCodes) {
  if (!stringsByLocale[code]) {
    throw new Error(`Missing UI strings file src/i18n/strings/${code}.json for locale "${code}"`);
  }
}

/**
 * A UI string in `locale`, with `{name}` placeholders filled from `params`.
 * A key missing from a locale's file falls back to English so a page never shows a raw key.
 */
export function t(locale: Locale, key: StringKey, params: Record<string, string | number> = {}): string {
  const template = stringsByLocale[locale]?.[key] ?? stringsByLocale[defaultLocale]?.[key] ?? key;
  if (!template.includes('{')) return template; // most strings: called thousands of times per page set
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** A `t` bound to one locale, for templates. */
export function useStrings(locale: Locale) {
  return (key: StringKey, params?: Record<string, string | number>) => t(locale, key, params);
}

/** Keys present in English but missing in `locale` (reported by tests). */
export function missingStringKeys(locale: Locale): string[] {
  const strings = stringsByLocale[locale] ?? {};
  return Object.keys(en).filter((key) => !(key in strings));
}
