/**
 * Fix hints in English and Indonesian. Editors are mostly Indonesian-speaking
 * office staff, so each hint says what to type, not what the schema wants.
 */
import { E164_PATTERN, HS_CODE_PATTERN, hasValidGtinCheckDigit } from '../../schemas/fields';
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
  sampleFlag: () =>
    hint(
      'Write `sample: true` if any fact in this file is made up or a placeholder (+620… numbers, @example.com addresses, SAMPLE-… numbers), or `sample: false` if everything comes from the producer or a document.',
      'Tulis `sample: true` bila ada data karangan atau contoh di berkas ini (nomor +620…, alamat @example.com, nomor SAMPLE-…), atau `sample: false` bila semuanya dari produsen atau dokumen.',
    ),
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
  email: () =>
    hint(
      'Write one address like name@domain.com: no spaces, no "mailto:", no "(at)". Sample entries use @example.com.',
      'Tulis satu alamat seperti nama@domain.com: tanpa spasi, tanpa "mailto:", tanpa "(at)". Entri contoh memakai @example.com.',
    ),
  url: () =>
    hint('Write the full address including https://, e.g. https://example.com/shop.', 'Tulis alamat lengkap termasuk https://, mis. https://example.com/toko.'),
  phone: (value: string) => {
    const suggestion = suggestE164(value);
    const eg = suggestion ? `"${suggestion}"` : '"+6281234567890"';
    return hint(
      `Write "+", the country code (62 for Indonesia) and the number without its leading 0, no spaces or dashes, in quotes: ${eg}.`,
      `Tulis "+", kode negara (62 untuk Indonesia), lalu nomor tanpa angka 0 di depan, tanpa spasi atau tanda hubung, dalam tanda kutip: ${eg}.`,
    );
  },
  hsCode: (value: string) => {
    const suggestion = suggestHsCode(value);
    const eg = suggestion ? `"${suggestion}"` : '"1905.90"';
    return hint(
      `Write the code in quotes with a dot after the 4th, 6th and 8th digit: ${eg}. Confirm the code in the customs tariff (BTKI) for this exact product.`,
      `Tulis kode dalam tanda kutip dengan titik setelah digit ke-4, ke-6, dan ke-8: ${eg}. Pastikan kodenya di BTKI untuk produk ini.`,
    );
  },
  gtin: (value: string) => {
    const digits = value.replace(/\D/g, '');
    const fixed = /^(\d{8}|\d{12,14})$/.test(digits) && !hasValidGtinCheckDigit(digits) ? withCheckDigit(digits.slice(0, -1)) : undefined;
    const note = fixed ? ` If the first ${digits.length - 1} digits are right, the last digit must be ${fixed.slice(-1)} (${fixed}).` : '';
    const noteId = fixed ? ` Bila ${digits.length - 1} digit pertama benar, digit terakhir seharusnya ${fixed.slice(-1)} (${fixed}).` : '';
    return hint(
      `Re-type the barcode from the pack or the GS1 certificate, in quotes; the last digit is a check digit.${note}`,
      `Ketik ulang barcode dari kemasan atau sertifikat GS1, dalam tanda kutip; digit terakhir adalah digit pemeriksa.${noteId}`,
    );
  },
  countryCode: (value: string) =>
    hint(
      `Use the two-letter ISO 3166 code in capitals${/^[a-z]{2}$/i.test(value) ? `: "${value.toUpperCase()}"` : ', e.g. "SG", "MY", "JP"'}.`,
      `Gunakan kode ISO 3166 dua huruf kapital${/^[a-z]{2}$/i.test(value) ? `: "${value.toUpperCase()}"` : ', mis. "SG", "MY", "JP"'}.`,
    ),
  slugValue: (value: string) =>
    hint(
      `Write it as a slug: lowercase letters, digits and single hyphens${slugHintExample(value)}.`,
      `Tulis sebagai slug: huruf kecil, angka, dan tanda hubung tunggal${slugHintExample(value)}.`,
    ),
  certificateDates: () =>
    hint(
      'Copy validFrom (issue date) and validUntil (expiry date) from the document again; validUntil must be on or after validFrom.',
      'Salin ulang validFrom (tanggal terbit) dan validUntil (tanggal berakhir) dari dokumen; validUntil harus sama dengan atau setelah validFrom.',
    ),
  dateOrder: (first: string, second: string) =>
    hint(`Check both dates: \`${second}\` must be on or after \`${first}\`.`, `Periksa kedua tanggal: \`${second}\` harus sama dengan atau setelah \`${first}\`.`),
  minMax: () => hint('Swap the values: `min` must not be larger than `max`.', 'Tukar nilainya: `min` tidak boleh lebih besar dari `max`.'),
  generic: () => hint('Correct the value to match what is expected.', 'Perbaiki nilainya agar sesuai dengan yang diharapkan.'),
};

/** `0812-3456-7890` → `+6281234567890`; undefined when no sensible guess. */
export function suggestE164(value: string): string | undefined {
  const digits = value.replace(/[\s().-]/g, '');
  let guess: string | undefined;
  if (/^\+\d+$/.test(digits)) guess = digits;
  else if (/^0\d+$/.test(digits)) guess = `+62${digits.slice(1)}`;
  else if (/^62\d+$/.test(digits)) guess = `+${digits}`;
  else if (/^8\d+$/.test(digits)) guess = `+62${digits}`;
  return guess && E164_PATTERN.test(guess) ? guess : undefined;
}

/** `190590` or `1905 90` → `1905.90`. */
export function suggestHsCode(value: string): string | undefined {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 10 || digits.length % 2 !== 0) return undefined;
  const groups = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  const guess = groups.join('.');
  return HS_CODE_PATTERN.test(guess) ? guess : undefined;
}

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (hasValidGtinCheckDigit(`${body}${d}`)) return `${body}${d}`;
  return body;
}

function slugHintExample(value: string): string {
  const slug = slugify(value);
  return slug && slug !== value ? `: "${slug}"` : ', e.g. "gula-semut"';
}
