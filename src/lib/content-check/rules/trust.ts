/**
 * The trust signals buyers rely on (docs/architecture.md, "Content checks"):
 * certificates that expired or are not yet valid, listings not verified for a
 * year, export markets missing from the markets taxonomy. All warnings but one:
 * a certificate covering another producer's product is an error.
 * Read from the raw data, so a schema error elsewhere in the file does not hide these.
 */
import { certificateDatesHint } from '~/schemas/collections';
import { isStale, startOfDay } from '~/lib/dates';
import { certificateStatus } from '~/lib/trust';
import { hint, hints } from '~/lib/content-check/hints';
import { lineAt, type EntryFile } from '~/lib/content-check/load';
import { formatPath, isoDay, listSome } from '~/lib/content-check/text';
import type { Issue } from '~/lib/content-check/types';

export function checkCertificates(
  entry: EntryFile,
  data: Record<string, unknown>,
  today: Date,
  kinds: Map<string, Record<string, unknown>> | null,
  products: Map<string, EntryFile>,
): Issue[] {
  const out: Issue[] = [];
  arrayOf(data.certificates).forEach((raw, i) => {
    const at = (...field: PropertyKey[]) => {
      const full = ['certificates', i, ...field];
      return { file: entry.file, ...lineAt(entry, full), field: formatPath(full) };
    };
    (Array.isArray(raw.products) ? raw.products : []).forEach((slug: unknown, j) => {
      const product = typeof slug === 'string' ? products.get(slug) : undefined;
      const owner = product?.data.producer;
      if (!product || typeof owner !== 'string' || owner === entry.slug) return;
      out.push({
        severity: 'error',
        code: 'reference-mismatch',
        ...at('products', j),
        message: `product "${product.slug}" belongs to producer "${owner}", not to this producer: expected one of this producer's own products`,
        hint: hint(
          `Remove "${product.slug}" from this certificate, or correct \`producer\` in ${product.file}.`,
          `Hapus "${product.slug}" dari sertifikat ini, atau perbaiki \`producer\` di ${product.file}.`,
        ),
      });
    });

    const validFrom = toDate(raw.validFrom);
    const validUntil = toDate(raw.validUntil);
    if (typeof raw.kind !== 'string' || !validFrom || (validUntil && validUntil < validFrom)) return; // The schema reports these.
    const kind = kinds?.get(raw.kind);
    const label = labelOf(kind) ?? raw.kind;
    const number = typeof raw.number === 'string' ? `${raw.number} ` : '';
    const status = certificateStatus({ validFrom, validUntil }, today);
    if (status === 'expired' && validUntil) {
      out.push({
        severity: 'warning',
        code: 'certificate-expired',
        ...at('validUntil'),
        message: `the ${label} ${number}expired on ${isoDay(validUntil)} (build date ${isoDay(today)}): it is shown as expired`,
        hint: hint(
          'Ask the producer for the renewed document and update `number`, `validFrom` and `validUntil`. If it was not renewed, leave it: the site marks it as expired.',
          'Minta dokumen perpanjangan kepada produsen lalu perbarui `number`, `validFrom`, dan `validUntil`. Bila tidak diperpanjang, biarkan: situs menandainya kedaluwarsa.',
        ),
      });
    } else if (status === 'not-yet-valid') {
      out.push({
        severity: 'warning',
        code: 'certificate-not-yet-valid',
        ...at('validFrom'),
        message: `the ${label} ${number}is valid only from ${isoDay(validFrom)} (build date ${isoDay(today)}): it is shown as not yet valid`,
        hint: certificateDatesHint(),
      });
    }
    if (kind?.expires === true && raw.validUntil === undefined) {
      out.push({
        severity: 'warning',
        code: 'certificate-without-expiry',
        ...at('validUntil'),
        message: `${label} documents expire, but no \`validUntil\` is given: buyers cannot see whether it is still valid`,
        hint: hint('Add `validUntil:` with the expiry date printed on the document (YYYY-MM-DD).', 'Tambahkan `validUntil:` dengan tanggal berakhir yang tercetak di dokumen (TAHUN-BULAN-HARI).'),
      });
    }
  });
  return out;
}

export function checkVerification(entry: EntryFile, data: Record<string, unknown>, today: Date): Issue[] {
  const date = toDate(arrayOf([data.verification])[0]?.date);
  if (!date) return [];
  const verification = { date };
  const field = ['verification', 'date'];
  const where = () => ({ file: entry.file, ...lineAt(entry, field), field: formatPath(field) });
  if (isStale(verification.date, today)) {
    return [
      {
        severity: 'warning',
        code: 'verification-stale',
        ...where(),
        message: `last verified on ${isoDay(verification.date)}, more than 12 months before the build date ${isoDay(today)}: the listing is shown as not recently verified`,
        hint: hint(
          'Confirm the details with the producer, update anything that changed, then set `verification.date` to the day you checked and `verification.by` to your name or office.',
          'Konfirmasi data kepada produsen, perbarui yang berubah, lalu isi `verification.date` dengan tanggal pemeriksaan dan `verification.by` dengan nama atau kantor Anda.',
        ),
      },
    ];
  }
  if (startOfDay(verification.date).getTime() > today.getTime()) {
    return [
      {
        severity: 'warning',
        code: 'verification-in-future',
        ...where(),
        message: `verified on ${isoDay(verification.date)}, after the build date ${isoDay(today)}: expected the day the listing was checked`,
        hint: hints.date('date'),
      },
    ];
  }
  return [];
}

/**
 * Export markets are ISO country codes; the markets taxonomy gives them labels.
 * A code missing there is a warning, not an error: the page still shows the code.
 */
export function checkMarkets(entry: EntryFile, data: Record<string, unknown>, markets: Map<string, Record<string, unknown>> | null, marketsFile: string): Issue[] {
  if (!markets) return [];
  const ids = [...markets.keys()];
  return arrayOf(data.exportMarkets).flatMap(({ country }, i): Issue[] => {
    if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country) || markets.has(country.toLowerCase())) return [];
    const field = ['exportMarkets', i, 'country'];
    return [
      {
        severity: 'warning',
        code: 'unknown-market',
        file: entry.file,
        ...lineAt(entry, field),
        field: formatPath(field),
        message: `export market "${country}" is not in ${marketsFile}: expected a country listed there (${listSome(ids.map((id) => id.toUpperCase()))}); the page shows the bare code`,
        hint: hint(
          `Check the country code, or add an item \`- id: ${country.toLowerCase()}\` with its label to ${marketsFile}.`,
          `Periksa kode negaranya, atau tambahkan butir \`- id: ${country.toLowerCase()}\` beserta labelnya ke ${marketsFile}.`,
        ),
      },
    ];
  });
}

/** The objects in a raw YAML list (anything else is the schema's to report). */
function arrayOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

/** A YAML date (js-yaml and `yaml` both give Date objects) or a quoted YYYY-MM-DD. */
function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function labelOf(item: Record<string, unknown> | undefined): string | undefined {
  const label = item?.label as Record<string, unknown> | undefined;
  return typeof label?.en === 'string' ? label.en : undefined;
}

