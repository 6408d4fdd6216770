/**
 * Sample data must say so, and only sample data may use placeholders. The seed
 * catalogue is written from news reports with made-up contacts and document
 * numbers in reserved forms (`SAMPLE-…`, `@example.com`, `+620…`, GS1's 952
 * demonstration barcodes), and every page of an entry with `sample: true`
 * carries a notice. A placeholder in an entry not marked as sample would be
 * shown to buyers as a real fact; a real-looking number in a sample entry may
 * be someone's real phone or permit. Either way the field is named.
 */
import type { EntryFile } from './load';
import { hint } from './hints';
import { formatPath, quote } from './text';
import type { Hint, Issue } from './types';

interface Placeholder {
  /** The field names (last path segment) this kind of value lives in. */
  keys: readonly string[];
  /** Only under this parent field (certificate numbers), when set. */
  parent?: string;
  is: (value: string) => boolean;
  /** What the value is, in English and Indonesian ("number" / "nomor"). */
  noun: Hint;
  example: string;
}

const exampleDomain = /(^|[@.])example\.(com|org|net)$/i;
const hostOf = (value: string) => {
  try {
    return new URL(value).hostname;
  } catch {
    return '';
  }
};

const placeholders: readonly Placeholder[] = [
  { keys: ['whatsapp', 'phone'], is: (v) => /^\+620/.test(v), noun: hint('number', 'nomor'), example: '"+620000000001"' },
  { keys: ['email'], is: (v) => exampleDomain.test(v.trim()), noun: hint('email address', 'alamat email'), example: 'sales@example.com' },
  { keys: ['website', 'url', 'document'], is: (v) => exampleDomain.test(hostOf(v)), noun: hint('web address', 'alamat web'), example: 'https://example.com/…' },
  { keys: ['number'], parent: 'certificates', is: (v) => /^SAMPLE-/i.test(v.trim()), noun: hint('certificate number', 'nomor sertifikat'), example: 'SAMPLE-HALAL-0001' },
  // GS1 keeps the prefix 952 for demonstrations and examples.
  { keys: ['barcode'], is: (v) => /^0?952/.test(v), noun: hint('barcode', 'barcode'), example: '"9520000000028"' },
];

/** `reported`: fields the schema already found wrong, whose values are not judged again here. */
export function checkSample(entry: EntryFile, reported: ReadonlySet<string>): Issue[] {
  const flag = entry.data.sample;
  if (flag !== true && flag !== false && flag !== undefined) return []; // the schema reports it
  const sample = flag === true;
  const out: Issue[] = [];
  for (const { path, value, kind } of placeholderFields(entry.data, [])) {
    const field = formatPath(path);
    if (kind.is(value) === sample || reported.has(field)) continue;
    const line = entry.lineOf(path);
    const where = { severity: 'error' as const, code: 'sample-mismatch' as const, file: entry.file, ...(line ? { line } : {}), field };
    out.push(
      sample
        ? {
            ...where,
            message: `this entry is marked \`sample: true\`, but ${quote(value)} looks like a real ${kind.noun.en}: sample entries use placeholders, so that no real person or business is contacted or misrepresented`,
            hint: hint(
              `Use a placeholder such as ${kind.example} here. If this ${kind.noun.en} is real and from a source, set \`sample: false\` and replace every other placeholder in the file.`,
              `Pakai contoh seperti ${kind.example} di sini. Bila ${kind.noun.id} ini asli dan ada sumbernya, isi \`sample: false\` lalu ganti semua isian contoh lain di berkas ini.`,
            ),
          }
        : {
            ...where,
            message: `${quote(value)} is a placeholder ${kind.noun.en}, but this entry is not marked \`sample: true\`: readers would take it for a real one`,
            hint: hint(
              `Replace it with the real ${kind.noun.en} from the producer or the document, or delete the line. If the whole entry is sample data, set \`sample: true\` instead (every page then says so).`,
              `Ganti dengan ${kind.noun.id} asli dari produsen atau dokumennya, atau hapus barisnya. Bila seluruh entri ini data contoh, isi \`sample: true\` (setiap halamannya lalu menyebutnya).`,
            ),
          },
    );
  }
  return out;
}

function* placeholderFields(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; value: string; kind: Placeholder }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* placeholderFields(item, [...path, i]);
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Date) return;
  for (const [key, item] of Object.entries(value)) {
    const here = [...path, key];
    if (typeof item !== 'string') {
      yield* placeholderFields(item, here);
      continue;
    }
    const kind = placeholders.find((p) => p.keys.includes(key) && (!p.parent || path[0] === p.parent));
    if (kind && item.trim()) yield { path: here, value: item, kind };
  }
}
