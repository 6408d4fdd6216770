/**
 * Fix hints in English and Indonesian. Editors are mostly Indonesian-speaking
 * office staff, so each hint says what to type, not what the schema wants.
 */
import { slugify } from './text';
import type { Hint } from './types';

export const hint = (en: string, id: string): Hint => ({ en, id });

export const hints = {
  yamlSyntax: () =>
    hint(
      'Check this line and the one above: indent with spaces (not tabs), put a space after each colon, and wrap text that contains ": " or " #" in double quotes.',
      'Periksa baris ini dan baris di atasnya: gunakan spasi (bukan tab) untuk indentasi, beri spasi setelah setiap titik dua, dan apit teks yang berisi ": " atau " #" dengan tanda kutip ganda.',
    ),
  noFrontMatter: () =>
    hint(
      'Start the file with a line `---`, then the fields (`name: …`), then another line `---`, then the text.',
      'Awali berkas dengan baris `---`, lalu isian (`name: …`), lalu baris `---` lagi, baru teksnya.',
    ),
  /** `parent`: the path of the group the field belongs in, as written in the file (`verification`, `images[0]`). */
  missingField: (key: string, parent: readonly PropertyKey[]) => {
    const last = parent.at(-1);
    if (last === undefined) {
      return hint(`Add a line \`${key}: …\` to the front matter (between the two \`---\` lines).`, `Tambahkan baris \`${key}: …\` ke front matter (di antara dua baris \`---\`).`);
    }
    // A list item has no line of its own name: it starts with "- " under the list.
    const itemOf = (index: number, list: PropertyKey | undefined) =>
      list === undefined
        ? { en: `item ${index + 1} of the list`, id: `butir ke-${index + 1} daftar ini` }
        : { en: `item ${index + 1} of \`${String(list)}:\``, id: `butir ke-${index + 1} dari \`${String(list)}:\`` };
    if (typeof last === 'number') {
      const item = itemOf(last, parent.at(-2));
      return hint(
        `Add \`${key}: …\` to ${item.en}, indented like its other fields under its "- " line.`,
        `Tambahkan \`${key}: …\` pada ${item.id}, menjorok sejajar isian lain di bawah baris "- "-nya.`,
      );
    }
    const before = parent.at(-2);
    const item = typeof before === 'number' ? itemOf(before, parent.at(-3)) : undefined;
    return hint(
      `Add \`${key}: …\` indented under \`${String(last)}:\`${item ? ` (in ${item.en})` : ''}.`,
      `Tambahkan \`${key}: …\` menjorok di bawah \`${String(last)}:\`${item ? ` (di ${item.id})` : ''}.`,
    );
  },
  emptyField: (key: string) =>
    hint(`Write a value after \`${key}:\`, or delete the line if the field is optional.`, `Isi nilai setelah \`${key}:\`, atau hapus barisnya bila isian ini tidak wajib.`),
  quoteText: (key: string, source: string) =>
    hint(
      `Wrap the value in double quotes so it is read as text, exactly as written: \`${key}: "${source}"\`.`,
      `Apit nilainya dengan tanda kutip ganda agar dibaca sebagai teks, persis seperti ditulis: \`${key}: "${source}"\`.`,
    ),
  plainNumber: (key: string) =>
    hint(
      `Write digits only, without units, words or thousands separators, e.g. \`${key}: 12\`. Units have their own field.`,
      `Tulis angka saja, tanpa satuan, kata, atau pemisah ribuan, mis. \`${key}: 12\`. Satuan punya isian sendiri.`,
    ),
  trueFalse: (key: string) => hint(`Write \`${key}: true\` or \`${key}: false\`, without quotes.`, `Tulis \`${key}: true\` atau \`${key}: false\`, tanpa tanda kutip.`),
  list: (key: string) =>
    hint(
      `Write a list: one item per line starting with "- " under \`${key}:\`, or \`${key}: [a, b]\`.`,
      `Tulis sebagai daftar: satu butir per baris diawali "- " di bawah \`${key}:\`, atau \`${key}: [a, b]\`.`,
    ),
  group: (key: string) =>
    hint(`Put the sub-fields on their own lines, indented under \`${key}:\`.`, `Tulis sub-isian di baris masing-masing, menjorok di bawah \`${key}:\`.`),
  date: (key: string) =>
    hint(`Write the date as YEAR-MONTH-DAY, e.g. \`${key}: 2025-03-31\`.`, `Tulis tanggal sebagai TAHUN-BULAN-HARI, mis. \`${key}: 2025-03-31\`.`),
  oneOf: (values: readonly string[], suggestion?: string) =>
    hint(
      `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use exactly one of: ${values.join(', ')} (same spelling and case).`,
      `${suggestion ? `Maksudnya "${suggestion}"? ` : ''}Gunakan salah satu dari: ${values.join(', ')} (ejaan dan huruf besar-kecil sama persis).`,
    ),
  longerText: (min: number) => hint(`Write at least ${min} characters.`, `Tulis paling sedikit ${min} karakter.`),
  shorterText: (max: number) =>
    hint(`Shorten it to at most ${max} characters; longer text belongs in the body below the front matter.`, `Persingkat menjadi paling banyak ${max} karakter; teks panjang ditulis di badan berkas, di bawah front matter.`),
  moreItems: (min: number) => hint(`Add at least ${min} item${min === 1 ? '' : 's'}.`, `Tambahkan paling sedikit ${min} butir.`),
  numberRange: () => hint('Check the number against the source document.', 'Periksa angkanya dengan dokumen sumber.'),
  slugValue: (value: string) =>
    hint(
      `Write it as a slug: lowercase letters, digits and single hyphens${slugHintExample(value)}.`,
      `Tulis sebagai slug: huruf kecil, angka, dan tanda hubung tunggal${slugHintExample(value)}.`,
    ),
  generic: () => hint('Correct the value to match what is expected.', 'Perbaiki nilainya agar sesuai dengan yang diharapkan.'),
};

function slugHintExample(value: string): string {
  const slug = slugify(value);
  return slug && slug !== value ? `: "${slug}"` : ', e.g. "gula-semut"';
}
