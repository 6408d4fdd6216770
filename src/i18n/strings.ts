import en from './strings/en.json';
import { defaultLocale, localeCodes, type Locale } from './locales';

/** Every UI string key; English is the reference set. */
export type StringKey = keyof typeof en;
/**
 * A string, or its plural forms by `Intl.PluralRules` category (`one`, `other`, ...)
 * chosen by the `count` parameter: `{ "one": "{count} result", "other": "{count} results" }`.
 */
export type Template = string | Partial<Record<Intl.LDMLPluralRule, string>>;
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

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale`; a count given already formatted ("1,234") is read back as a number. */
export function pluralCategory(locale: string, count: string | number): Intl.LDMLPluralRule {
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
  const value = typeof count === 'number' ? count : Number(count.replace(/[^\d.]/g, ''));
  return pluralRules.get(locale)!.select(value);
}

/** Fills `{name}` placeholders from `params`; unknown names stay as they are. Shared with the client scripts. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  if (!template.includes('{')) return template; // most strings: called thousands of times per page set
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The form of a template for `count`: `other` when the language has no form for its category. */
export function pluralForm(template: Template, locale: string, count: string | number | undefined): string {
  if (typeof template === 'string') return template;
  const category = count === undefined ? 'other' : pluralCategory(locale, count);
  return template[category] ?? template.other ?? Object.values(template)[0] ?? '';
}

/**
 * A UI string in `locale`, with `{name}` placeholders filled from `params`; a
 * string with plural forms takes the form for `params.count`.
 * A key missing from a locale's file falls back to English so a page never shows a raw key.
 */
export function t(locale: Locale, key: StringKey, params: Record<string, string | number> = {}): string {
  const own = stringsByLocale[locale]?.[key];
  const template = own ?? stringsByLocale[defaultLocale]?.[key] ?? key;
  return fill(pluralForm(template, own === undefined ? defaultLocale : locale, params.count), params);
}

/** Keys present in English but missing in `locale` (reported by tests). */
export function missingStringKeys(locale: Locale): string[] {
  const strings = stringsByLocale[locale] ?? {};
  return Object.keys(en).filter((key) => !(key in strings));
}
