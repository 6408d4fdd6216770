/**
 * Facts once, prose per language: a page in locale L shows the base entry's facts
 * with L's prose laid over them when a translation exists, and the base
 * (default-locale) prose with a visible notice when it does not.
 */
import { defaultLocale, type Locale } from '../i18n/locales';

export interface ProseOverlay {
  imageAlts?: Record<string, string> | undefined;
  [field: string]: unknown;
}

/** The base data with every prose field the translation defines laid over it. */
export function overlayProse<D extends object>(data: D, translation: ProseOverlay | undefined): D {
  if (!translation) return data;
  const { imageAlts: _alts, ...prose } = translation;
  const defined = Object.fromEntries(Object.entries(prose).filter(([, value]) => value !== undefined));
  return { ...data, ...defined };
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
