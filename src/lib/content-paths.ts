/**
 * Where content lives. `ETALASE_CONTENT_DIR` points a build (or the content
 * checker) at another catalogue, e.g. a synthetic one for benchmarks or a test
 * fixture, without touching `content/`.
 */
import path from 'node:path';
import { translatedLocales } from '~/i18n/locales';

export function contentRoot(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env.ETALASE_CONTENT_DIR || 'content');
}

// A brace list with one item is not expanded by glob libraries, so only use braces for several.
const localeSuffixes = translatedLocales.length > 1 ? `{${translatedLocales.join(',')}}` : (translatedLocales[0] ?? 'none');

/** Glob patterns (relative to the collection folder) for base entries and for translations. */
export const basePatterns = ['*.{md,mdx}', `!*.${localeSuffixes}.{md,mdx}`];
export const translationPatterns = [`*.${localeSuffixes}.{md,mdx}`];

/** `kemplang-ikan.id.md` → `{ slug: 'kemplang-ikan', locale: 'id' }`; base files have no locale. */
export function parseEntryFileName(fileName: string): { slug: string; locale?: string; extension: string } {
  const match = /^(.*?)(?:\.([a-z]{2,3}(?:-[A-Za-z]+)?))?\.(mdx?)$/.exec(fileName);
  if (!match) return { slug: fileName, extension: '' };
  const [, slug = '', locale, extension = ''] = match;
  return locale && (translatedLocales as string[]).includes(locale) ? { slug, locale, extension } : { slug: locale ? `${slug}.${locale}` : slug, extension };
}
