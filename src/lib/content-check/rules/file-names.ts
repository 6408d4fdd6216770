/** File names are slugs (they become web addresses), and one slug names one entry per language. */
import path from 'node:path';
import { translatedLocales } from '~/i18n/locales';
import { SLUG_PATTERN } from '~/schemas/fields';
import { hint } from '~/lib/content-check/hints';
import type { EntryFile } from '~/lib/content-check/load';
import { quote, slugify } from '~/lib/content-check/text';
import type { Issue } from '~/lib/content-check/types';
import { groupBy } from '~/lib/collect';

export function checkFileNames(files: readonly EntryFile[]): Issue[] {
  const issues: Issue[] = files.filter((entry) => !SLUG_PATTERN.test(entry.slug)).map(invalidSlug);
  for (const group of duplicates(files)) {
    for (const entry of group) {
      const others = group.filter((e) => e !== entry).map((e) => e.file);
      issues.push({
        severity: 'error',
        code: 'duplicate-slug',
        file: entry.file,
        field: '(file name)',
        message: `the slug "${entry.slug}"${entry.locale ? ` (${entry.locale})` : ''} is also used by ${others.join(', ')}: only one of them would be published`,
        hint: hint(
          'Keep one of the files and delete the other, or rename one (the slug is the file name without .md/.mdx) and update references to it.',
          'Simpan salah satu berkas dan hapus yang lain, atau ganti nama salah satunya (slug adalah nama berkas tanpa .md/.mdx) lalu perbarui rujukannya.',
        ),
      });
    }
  }

  return issues;
}

function duplicates(files: readonly EntryFile[]): EntryFile[][] {
  return [...groupBy(files, (file) => `${file.collection}/${file.slug}/${file.locale ?? ''}`).values()].filter((g) => g.length > 1);
}

function invalidSlug(entry: EntryFile): Issue {
  const suggested = slugify(entry.slug) || 'new-name';
  const extension = path.extname(entry.fileName);
  const renamed = `${suggested}${entry.locale ? `.${entry.locale}` : ''}${extension}`;
  const localeLike = /\.([a-z]{2,3})$/.exec(entry.slug)?.[1];
  const localeNote = localeLike
    ? ` If this is a translation: translation files are named <slug>.<language>.md and the configured languages are ${translatedLocales.join(', ')}; English goes in the base file.`
    : '';
  const localeNoteId = localeLike
    ? ` Bila ini terjemahan: berkas terjemahan bernama <slug>.<bahasa>.md dan bahasa yang tersedia adalah ${translatedLocales.join(', ')}; teks Inggris ada di berkas dasar.`
    : '';
  return {
    severity: 'error',
    code: 'invalid-slug',
    file: entry.file,
    field: '(file name)',
    message: `the file name ${quote(entry.slug)} is not a valid slug: file names become web addresses, so expected only lowercase letters a-z, digits and single hyphens`,
    hint: hint(
      `Rename the file to ${renamed} and update entries that refer to it.${localeNote}`,
      `Ganti nama berkas menjadi ${renamed} dan perbarui entri yang merujuknya.${localeNoteId}`,
    ),
  };
}
