/** getStaticPaths for entry pages: one page per entry and locale. */
import { localeCodes, type Locale } from '~/i18n/locales';
import { langParam } from './urls';

export function entryStaticPaths(ids: readonly string[]) {
  return localeCodes.flatMap((locale: Locale) => ids.map((slug) => ({ params: { lang: langParam(locale), slug }, props: { locale, slug } })));
}
