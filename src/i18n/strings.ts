import en from './strings/en.json';
import { defaultLocale, localeCodes, type Locale } from './locales';
import { fillTemplate, type Template } from './fill';

export { fill, pluralCategory, pluralForm, type Template } from './fill';

/** Every UI string key; English is the reference set. */
export type StringKey = keyof typeof en;
type Strings = Partial<Record<StringKey, Template>>;

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
 * A UI string in `locale`, with `{name}` placeholders filled from `params`; a
 * string with plural forms takes the form for `params.count`.
 * A key missing from a locale's file falls back to English so a page never shows a raw key.
 */
export function t(locale: Locale, key: StringKey, params: Record<string, string | number> = {}): string {
  const own = stringsByLocale[locale]?.[key];
  const template = own ?? stringsByLocale[defaultLocale]?.[key] ?? key;
  return fillTemplate(template, own === undefined ? defaultLocale : locale, params);
}

/** A string's template as written (plural forms unchosen, placeholders unfilled), for client scripts that fill it with `fillTemplate`. */
export function templateOf(locale: Locale, key: StringKey): Template {
  return stringsByLocale[locale]?.[key] ?? stringsByLocale[defaultLocale]?.[key] ?? key;
}

/** Keys present in English but missing in `locale` (reported by tests). */
export function missingStringKeys(locale: Locale): string[] {
  const strings = stringsByLocale[locale] ?? {};
  return Object.keys(en).filter((key) => !(key in strings));
}
