/**
 * Translation files (\`<slug>.<locale>.md\`): a base entry beside each, only
 * prose fields (facts stay in the base file), lists translated item by item,
 * alt texts for the base file's photos; and a reminder where a translation is missing.
 */
import path from 'node:path';
import { localeConfig, type Locale } from '~/i18n/locales';
import { hint } from '~/lib/content-check/hints';
import { lineAt, type EntryFile } from '~/lib/content-check/load';
import { clip, closest, formatPath, listSome, quote } from '~/lib/content-check/text';
import type { Issue } from '~/lib/content-check/types';

export function translationWithoutBase(translation: EntryFile, baseSlugs: string[], folder: string): Issue {
  const suggestion = closest(translation.slug, baseSlugs);
  const ext = path.extname(translation.fileName);
  return {
    severity: 'error',
    code: 'translation-without-base',
    file: translation.file,
    field: '(file name)',
    message: `translation without a base entry: expected ${folder}${translation.slug}.md (facts and English text) next to it`,
    hint: hint(
      suggestion
        ? `If this translates ${folder}${suggestion}.md, rename it to ${suggestion}.${translation.locale}${ext}; otherwise create ${folder}${translation.slug}.md.`
        : `Create ${folder}${translation.slug}.md with the facts and English text, or delete this file.`,
      suggestion
        ? `Bila ini terjemahan ${folder}${suggestion}.md, ganti namanya menjadi ${suggestion}.${translation.locale}${ext}; bila bukan, buat ${folder}${translation.slug}.md.`
        : `Buat ${folder}${translation.slug}.md berisi fakta dan teks Inggris, atau hapus berkas ini.`,
    ),
  };
}

export function missingTranslation(entry: EntryFile, locale: Locale): Issue {
  const language = localeConfig(locale).label;
  const name = `${entry.slug}.${locale}.md`;
  return {
    severity: 'warning',
    code: 'missing-translation',
    file: entry.file,
    field: '(translation)',
    message: `no ${language} translation: expected ${name} next to this file; until then the ${language} page shows the English text with a notice`,
    hint: hint(
      `Add ${name} with \`summary\` (and \`name\`/\`title\` if it differs) in ${language} in the front matter and the translated text below it.`,
      `Tambahkan ${name} berisi \`summary\` (serta \`name\`/\`title\` bila berbeda) dalam ${language} di front matter dan teks terjemahan di bawahnya.`,
    ),
  };
}

/** A translated list of items (a cluster's `programmes`) must follow the base file item by item. */
export function checkItemLists(translation: EntryFile, base: EntryFile): Issue[] {
  const out: Issue[] = [];
  for (const [field, value] of Object.entries(translation.data)) {
    const baseList = base.data[field];
    if (!Array.isArray(value) || !Array.isArray(baseList) || !value.every((v) => typeof v === 'object' && v !== null)) continue;
    if (value.length === baseList.length) continue;
    out.push({
      severity: 'error',
      code: 'invalid-value',
      file: translation.file,
      ...lineAt(translation, [field]),
      field,
      message: `${value.length} item(s) here but ${baseList.length} in ${base.file}: expected one translated item per item there, in the same order`,
      hint: hint(
        `Give \`${field}\` exactly ${baseList.length} item(s), in the order of ${base.file}, each with only the translated text (e.g. \`- name: …\`).`,
        `Isi \`${field}\` dengan tepat ${baseList.length} butir, sesuai urutan di ${base.file}, masing-masing hanya berisi teks terjemahan (mis. \`- name: …\`).`,
      ),
    });
  }
  return out;
}

export function checkImageAlts(translation: EntryFile, base: EntryFile, { images, broken }: { images: string[]; broken: string[] }): Issue[] {
  const out: Issue[] = [];
  const alts = translation.data.imageAlts;
  const given = alts && typeof alts === 'object' && !Array.isArray(alts) ? Object.keys(alts) : [];
  for (const name of given) {
    if (images.includes(name)) continue;
    const suggestion = closest(name, images);
    const field = ['imageAlts', name];
    // After a photo is renamed or mistyped in the base file, the alt text here may well be the right one.
    const fixBaseFirst = broken.length > 0 && !suggestion;
    out.push({
      severity: 'error',
      code: 'unknown-image-alt',
      file: translation.file,
      ...lineAt(translation, field),
      field: formatPath(field),
      message: `no image named ${quote(name)} in ${base.file}: expected one of its image file names (${listSome(images)})`,
      hint: fixBaseFirst
        ? hint(
            `First correct the image path in ${base.file}: ${listSome(broken.map((b) => quote(b)))} is not an existing file. Alt texts are keyed by the file name used there; if that becomes ${quote(name)}, this line is right as it is.`,
            `Perbaiki dulu jalur gambar di ${base.file}: ${listSome(broken.map((b) => quote(b)), 12, 'id')} bukan berkas yang ada. Teks alt dikunci dengan nama berkas di sana; bila namanya menjadi ${quote(name)}, baris ini sudah benar.`,
          )
        : hint(
            `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Alt texts are keyed by the image file name as used in the base file; remove this one if the image was removed.`,
            `${suggestion ? `Maksudnya "${suggestion}"? ` : ''}Teks alt dikunci dengan nama berkas gambar seperti di berkas dasar; hapus yang ini bila gambarnya sudah dihapus.`,
          ),
    });
  }
  const missing = images.filter((name) => !given.includes(name));
  if (missing.length) {
    const language = translation.locale ? localeConfig(translation.locale as Locale).label : 'this language';
    out.push({
      severity: 'warning',
      code: 'missing-image-alt',
      file: translation.file,
      ...lineAt(translation, ['imageAlts']),
      field: 'imageAlts',
      message: `no ${language} alt text for ${missing.map((m) => quote(m)).join(', ')}: the ${language} page will describe ${missing.length === 1 ? 'this photo' : 'these photos'} in English`,
      hint: hint(
        `Add \`imageAlts:\` with one line per photo, e.g. \`  ${clip(missing[0]!)}: "…"\`, describing what the photo shows.`,
        `Tambahkan \`imageAlts:\` dengan satu baris per foto, mis. \`  ${clip(missing[0]!)}: "…"\`, yang menjelaskan isi foto.`,
      ),
    });
  }
  return out;
}

