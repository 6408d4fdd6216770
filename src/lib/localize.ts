/**
 * Facts once, prose per language: a page in locale L shows the base entry's facts
 * with L's prose laid over them when a translation exists, and the base
 * (default-locale) prose with a visible notice when it does not.
 */
import { defaultLocale, type Locale } from '~/i18n/locales';

export interface ProseOverlay {
  imageAlts?: Record<string, string> | undefined;
  [field: string]: unknown;
}

/**
 * The base data with every prose field the translation defines laid over it.
 * A list of objects (a cluster's `programmes`) is translated item by item, in
 * the same order: `programmes: [{ name: … }]` replaces only the names and
 * keeps each item's facts (who, year, status).
 */
export function overlayProse<D extends object>(data: D, translation: ProseOverlay | undefined): D {
  if (!translation) return data;
  const { imageAlts: _alts, ...prose } = translation;
  const merged = { ...data } as Record<string, unknown>;
  for (const [key, value] of Object.entries(prose)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isObjectList(base) && isObjectList(value) ? base.map((item, index) => ({ ...item, ...definedFields(value[index]) })) : value;
  }
  return merged as D;
}

function isObjectList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
}

function definedFields(item: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item ?? {}).filter(([, value]) => value !== undefined));
}

export interface LocaleAvailability {
  /** Locale of the page being built. */
  locale: Locale;
  /** Language the prose on the page is actually in. */
  contentLocale: Locale;
  /** True when the page's locale has no translation and shows the default locale's prose. */
  isFallback: boolean;
}

export function localeAvailability(locale: Locale, hasTranslation: boolean): LocaleAvailability {
  const real = locale === defaultLocale || hasTranslation;
  return { locale, contentLocale: real ? locale : defaultLocale, isFallback: !real };
}
