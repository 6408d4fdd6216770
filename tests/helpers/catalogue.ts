/**
 * What the content folder says should be on the site, read from the files
 * themselves (front matter and taxonomy YAML), not through the site's own
 * loaders, so a page is checked against the catalogue rather than against the
 * code that rendered it. The locale list and the content root are the project's
 * own configuration (src/i18n/locales.ts, ETALASE_CONTENT_DIR).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { defaultLocale, localeCodes, locales, translatedLocales, type Locale } from '~/i18n/locales';
import { contentRoot } from '~/lib/content-paths';
import { entryCollections, type EntryCollection } from '~/schemas/registry';
import { basePath, projectRoot } from './built-site';

export { defaultLocale, entryCollections, localeCodes, translatedLocales, type EntryCollection, type Locale };

export const contentDir = contentRoot(projectRoot);

type FrontMatter = Record<string, any>;

export function frontMatter(file: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1]!) ?? {} : {}) as FrontMatter;
}

export interface Entry {
  collection: EntryCollection;
  slug: string;
  /** Facts and English prose, from `<slug>.md`. */
  data: FrontMatter;
  /** Prose per translated locale, from `<slug>.<locale>.md`, when that file exists. */
  translations: Partial<Record<Locale, FrontMatter>>;
}

const entryCache = new Map<string, Entry[]>();

/** Base entries of a collection: `*.md|mdx` except `*.<locale>.md|mdx` translation files. */
export function entries(collection: EntryCollection): Entry[] {
  if (!entryCache.has(collection)) {
    const dir = path.join(contentDir, collection);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort() : [];
    const stems = (f: string) => f.replace(/\.mdx?$/, '');
    const isTranslation = (f: string) => translatedLocales.some((code) => stems(f).endsWith(`.${code}`));
    entryCache.set(
      collection,
      files
        .filter((f) => !isTranslation(f))
        .map((file) => {
          const slug = stems(file);
          const translations: Entry['translations'] = {};
          for (const code of translatedLocales) {
            const found = ['md', 'mdx'].map((ext) => path.join(dir, `${slug}.${code}.${ext}`)).find(existsSync);
            if (found) translations[code] = frontMatter(found);
          }
          return { collection, slug, data: frontMatter(path.join(dir, file)), translations };
        }),
    );
  }
  return entryCache.get(collection)!;
}

export function allEntries(): Entry[] {
  return entryCollections.flatMap((c) => entries(c));
}

/** Whether the entry's prose exists in `locale` (the default locale always has it). */
export function isTranslated(entry: Entry, locale: Locale): boolean {
  return locale === defaultLocale || entry.translations[locale] !== undefined;
}

/** A prose field in `locale`: the translation's value when it sets one, else the base file's. */
export function proseIn(entry: Entry, locale: Locale, field: string): any {
  return (locale === defaultLocale ? undefined : entry.translations[locale]?.[field]) ?? entry.data[field];
}

/** The name an entry's page shows as its heading (`title` for news). */
export function nameIn(entry: Entry, locale: Locale): string {
  return proseIn(entry, locale, 'name') ?? proseIn(entry, locale, 'title');
}

export interface Term {
  id: string;
  label: Record<string, string>;
  [field: string]: any;
}

export type TaxonomyName = 'categories' | 'certificates' | 'allergens' | 'markets';

export function taxonomy(name: TaxonomyName): Term[] {
  return parse(readFileSync(path.join(contentDir, 'taxonomies', `${name}.yaml`), 'utf8')) as Term[];
}

export function labelIn(term: Term, locale: Locale): string {
  return term.label[locale] ?? term.label[defaultLocale]!;
}

// ---------------------------------------------------------------- URLs

/** Site path of a page in a locale, base included: `('id', 'products', 'x')` → `/id/products/x/`. */
export function pathIn(locale: Locale, ...segments: string[]): string {
  const parts = [locale === defaultLocale ? '' : locale, ...segments].filter(Boolean);
  return `${basePath}${parts.map((p) => `${p}/`).join('')}`;
}

/** The locale a site path belongs to, from its first segment after the base. */
export function localeOfPath(sitePath: string): Locale {
  const first = sitePath.slice(basePath.length).split('/')[0];
  return translatedLocales.find((code) => code === first) ?? defaultLocale;
}

/** The same page in another locale: `/id/products/x/` ↔ `/products/x/`. */
export function switchPath(sitePath: string, to: Locale): string {
  const from = localeOfPath(sitePath);
  const rest = sitePath.slice(basePath.length + (from === defaultLocale ? 0 : from.length + 1));
  return `${basePath}${to === defaultLocale ? '' : `${to}/`}${rest}`;
}

/** Entry pages shown in a locale their entry has no translation for: they repeat the default locale's prose. */
export function fallbackPaths(): Set<string> {
  return new Set(
    allEntries().flatMap((e) => translatedLocales.filter((code) => !isTranslated(e, code)).map((code) => pathIn(code, e.collection, e.slug))),
  );
}

export function langOf(locale: Locale): string {
  return locales.find((l) => l.code === locale)!.lang;
}

export function labelOfLocale(locale: Locale): string {
  return locales.find((l) => l.code === locale)!.label;
}

export function intlOf(locale: Locale): string {
  return locales.find((l) => l.code === locale)!.intl;
}

// ---------------------------------------------------------------- UI strings and dates

type Template = string | Record<string, string>;
const stringCache = new Map<string, Record<string, Template>>();

function stringsOf(locale: Locale): Record<string, Template> {
  if (!stringCache.has(locale)) {
    stringCache.set(locale, JSON.parse(readFileSync(path.join(projectRoot, 'src/i18n/strings', `${locale}.json`), 'utf8')));
  }
  return stringCache.get(locale)!;
}

/**
 * A UI string as the site shows it: the locale's text (English when the key is missing) with
 * `{name}` filled in; a string with plural forms takes the form `Intl.PluralRules` gives `params.count`.
 */
export function uiString(locale: Locale, key: string, params: Record<string, string> = {}): string {
  const own = stringsOf(locale)[key];
  const found = own ?? stringsOf(defaultLocale)[key];
  if (found === undefined) throw new Error(`No UI string "${key}" in src/i18n/strings/${defaultLocale}.json`);
  const forms = typeof found === 'string' ? { other: found } : found;
  const category = params.count === undefined ? 'other' : new Intl.PluralRules(own === undefined ? defaultLocale : locale).select(Number(params.count.replace(/[^\d.]/g, '')));
  const template = forms[category] ?? forms.other!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The build date, by the build's rule: `ETALASE_TODAY` (YYYY-MM-DD) if set, else today, as a UTC calendar day. */
export function buildDay(): Date {
  const fixed = process.env.ETALASE_TODAY;
  const now = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A front-matter date (YAML gives a Date for `2026-02-06`, a string when quoted) as a UTC day. */
export function day(value: Date | string): Date {
  const d = value instanceof Date ? value : new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Verified more than 12 months before `today`: later than the same calendar day a year on (29 Feb → 28 Feb). */
export function isStale(verified: Date | string, today = buildDay()): boolean {
  const v = day(verified);
  const year = v.getUTCFullYear() + 1;
  const lastDay = new Date(Date.UTC(year, v.getUTCMonth() + 1, 0)).getUTCDate();
  const limit = Date.UTC(year, v.getUTCMonth(), Math.min(v.getUTCDate(), lastDay));
  return today.getTime() > limit;
}

/** A certificate whose `validUntil` day is before the build day. */
export function isExpired(cert: { validUntil?: Date | string }, today = buildDay()): boolean {
  return cert.validUntil !== undefined && day(cert.validUntil).getTime() < today.getTime();
}

/** A date as readers of `locale` see it, e.g. "6 February 2026" / "6 Februari 2026". */
export function longDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlOf(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day(value));
}

/** A compact date as strips show it, e.g. "8 Aug 2026". */
export function shortDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlOf(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day(value));
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
