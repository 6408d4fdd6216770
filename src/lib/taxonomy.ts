/** Taxonomy labels (categories, certificates, allergens, markets) in a page's locale. */
import { defaultLocale, type Locale } from '~/i18n/locales';

export type LocalizedText = Record<string, string | undefined>;

/** The label in `locale`, falling back to the default locale's. */
export function labelIn(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[defaultLocale] ?? '';
}
