/**
 * Field schemas shared by every collection. Each carries the message an editor
 * sees when the value is wrong, so errors say what was expected, not just "invalid",
 * and those with a well-known format carry their fix hint (`fieldMeta`).
 */
import { z } from 'astro/zod';
import { ImpossibleDate, impossibleDate } from '~/lib/dates';
import { bilingual, fieldMeta } from './field-meta';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
/** HS code: 4 to 10 digits written in dotted groups (1905, 1905.90, 1905.90.40, 2103.90.10.00). */
export const HS_CODE_PATTERN = /^\d{4}(?:\.\d{2}){0,3}$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'expected a slug: lowercase letters a-z, digits and single hyphens, e.g. "gula-kelapa-kristal"');

export const emailHint = () =>
  bilingual(
    'Write one address like name@domain.com: no spaces, no "mailto:", no "(at)". Sample entries use @example.com.',
    'Tulis satu alamat seperti nama@domain.com: tanpa spasi, tanpa "mailto:", tanpa "(at)". Entri contoh memakai @example.com.',
  );

/** A fix that shows the value as it should be written (or an example), in quotes. */
function fixWithExample(example: (written: string) => string, en: (eg: string) => string, id: (eg: string) => string) {
  return (written: string) => {
    const eg = `"${example(written)}"`;
    return bilingual(en(eg), id(eg));
  };
}

export const email = z.email({ message: 'expected an email address such as "sales@example.com"' }).register(fieldMeta, { fix: emailHint });

export const e164 = z
  .string()
  .regex(E164_PATTERN, 'expected a number in E.164 form: "+" then country code and number, no spaces or leading 0, e.g. "+6281234567890"')
  .register(fieldMeta, {
    expectedText: 'expected a phone number in E.164 form as text in quotes, e.g. "+6281234567890"',
    fix: fixWithExample(
      (written) => suggestE164(written) ?? '+6281234567890',
      (eg) => `Write "+", the country code (62 for Indonesia) and the number without its leading 0, no spaces or dashes, in quotes: ${eg}.`,
      (eg) => `Tulis "+", kode negara (62 untuk Indonesia), lalu nomor tanpa angka 0 di depan, tanpa spasi atau tanda hubung, dalam tanda kutip: ${eg}.`,
    ),
  });

export const hsCode = z
  .string()
  .regex(HS_CODE_PATTERN, 'expected an HS code of 4 to 10 digits in dotted groups, e.g. "1905.90" or "2103.90.10"')
  .register(fieldMeta, {
    expectedText: 'expected an HS code as text in quotes, e.g. "1905.90"',
    fix: fixWithExample(
      (written) => suggestHsCode(written) ?? '1905.90',
      (eg) => `Write the code in quotes with a dot after the 4th, 6th and 8th digit: ${eg}. Confirm the code in the customs tariff (BTKI) for this exact product.`,
      (eg) => `Tulis kode dalam tanda kutip dengan titik setelah digit ke-4, ke-6, dan ke-8: ${eg}. Pastikan kodenya di BTKI untuk produk ini.`,
    ),
  });

export const urlHint = () =>
  bilingual('Write the full address including https://, e.g. https://example.com/shop.', 'Tulis alamat lengkap termasuk https://, mis. https://example.com/toko.');

export const url = z.url({ message: 'expected a full web address starting with https://' }).register(fieldMeta, { fix: urlHint });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected a two-letter ISO country code in capitals, e.g. "SG" or "MY"')
  .register(fieldMeta, {
    fix: (written) =>
      bilingual(
        `Use the two-letter ISO 3166 code in capitals${/^[a-z]{2}$/i.test(written) ? `: "${written.toUpperCase()}"` : ', e.g. "SG", "MY", "JP"'}.`,
        `Gunakan kode ISO 3166 dua huruf kapital${/^[a-z]{2}$/i.test(written) ? `: "${written.toUpperCase()}"` : ', mis. "SG", "MY", "JP"'}.`,
      ),
  });

/** ISO 4217 currency code. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected a three-letter currency code, e.g. "IDR" or "USD"')
  .register(fieldMeta, {
    fix: () => bilingual('Use the three-letter ISO 4217 code in capitals, e.g. "IDR" or "USD".', 'Gunakan kode ISO 4217 tiga huruf kapital, mis. "IDR" atau "USD".'),
  });

/**
 * A date written as YYYY-MM-DD in front matter (YAML turns it into a Date). A
 * quoted date that is not on the calendar ("2026-02-31") is refused rather than
 * rolled over to another day, as JavaScript's Date would.
 */
export const date = z.preprocess(
  (value) => (typeof value === 'string' && impossibleDate(value) ? new ImpossibleDate(value) : value),
  z.coerce.date({ message: 'expected a date written as YYYY-MM-DD' }),
);

export const year = z
  .number({ message: 'expected a year as a number, e.g. 2015' })
  .int()
  .min(1900, 'expected a year from 1900 on')
  .max(2100, 'expected a year before 2100');

export const positiveNumber = z.number({ message: 'expected a number' }).positive('expected a number greater than 0');
export const positiveInt = z.number({ message: 'expected a whole number' }).int('expected a whole number').positive('expected a number greater than 0');

/** A quantity with its unit, e.g. `{ quantity: 2, unit: ton }` for a monthly capacity. */
export const quantity = z.strictObject({
  quantity: positiveNumber,
  unit: z.enum(['kg', 'ton', 'g', 'pcs', 'pack', 'carton', 'litre', 'sheet', 'set', 'metre'], {
    message: 'expected one of: kg, ton, g, pcs, pack, carton, litre, sheet, set, metre',
  }),
});

/** Who last checked a listing against the producer, and when. */
export const verification = z.strictObject({
  date,
  by: z.string().min(2, 'expected the name of the person or office that verified the listing'),
});

export const exportMarket = z.strictObject({
  country: countryCode,
  since: year.optional(),
});

export const coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/**
 * A GS1 barcode (GTIN-8/12/13/14) with a correct check digit. Indonesian GS1
 * numbers start with 899, but imported packs may carry others, so only the
 * check digit is enforced.
 */
export const gtin = z
  .string()
  .regex(/^(\d{8}|\d{12,14})$/, 'expected a GS1 barcode of 8, 12, 13 or 14 digits')
  .refine(hasValidGtinCheckDigit, 'the barcode check digit is wrong: re-type the number from the pack')
  .register(fieldMeta, {
    expectedText: 'expected a GS1 barcode as text in quotes, e.g. "8991234567891"',
    fix: (written) => {
      const digits = written.replace(/\D/g, '');
      const fixed = /^(\d{8}|\d{12,14})$/.test(digits) && !hasValidGtinCheckDigit(digits) ? withCheckDigit(digits.slice(0, -1)) : undefined;
      const note = fixed ? ` If the first ${digits.length - 1} digits are right, the last digit must be ${fixed.slice(-1)} (${fixed}).` : '';
      const noteId = fixed ? ` Bila ${digits.length - 1} digit pertama benar, digit terakhir seharusnya ${fixed.slice(-1)} (${fixed}).` : '';
      return bilingual(
        `Re-type the barcode from the pack or the GS1 certificate, in quotes; the last digit is a check digit.${note}`,
        `Ketik ulang barcode dari kemasan atau sertifikat GS1, dalam tanda kutip; digit terakhir adalah digit pemeriksa.${noteId}`,
      );
    },
  });

export function hasValidGtinCheckDigit(code: string): boolean {
  const digits = code.split('').map(Number);
  const check = digits.pop();
  const sum = digits
    .reverse()
    .reduce((acc, digit, i) => acc + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (hasValidGtinCheckDigit(`${body}${d}`)) return `${body}${d}`;
  return body;
}

/** `0812-3456-7890` → `+6281234567890`; undefined when no sensible guess. */
function suggestE164(value: string): string | undefined {
  const digits = value.replace(/[\s().-]/g, '');
  let guess: string | undefined;
  if (/^\+\d+$/.test(digits)) guess = digits;
  else if (/^0\d+$/.test(digits)) guess = `+62${digits.slice(1)}`;
  else if (/^62\d+$/.test(digits)) guess = `+${digits}`;
  else if (/^8\d+$/.test(digits)) guess = `+62${digits}`;
  return guess && E164_PATTERN.test(guess) ? guess : undefined;
}

/** `190590` or `1905 90` → `1905.90`. */
function suggestHsCode(value: string): string | undefined {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 10 || digits.length % 2 !== 0) return undefined;
  const groups = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  const guess = groups.join('.');
  return HS_CODE_PATTERN.test(guess) ? guess : undefined;
}
