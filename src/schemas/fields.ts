/**
 * Field schemas shared by every collection. Each carries the message an editor
 * sees when the value is wrong, so errors say what was expected, not just "invalid".
 */
import { z } from 'astro/zod';
import { ImpossibleDate, impossibleDate } from '../lib/dates';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
/** HS code: 4 to 10 digits written in dotted groups (1905, 1905.90, 1905.90.40, 2103.90.10.00). */
export const HS_CODE_PATTERN = /^\d{4}(?:\.\d{2}){0,3}$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'expected a slug: lowercase letters a-z, digits and single hyphens, e.g. "gula-kelapa-kristal"');

export const email = z.email({ message: 'expected an email address such as "sales@example.com"' });

export const e164 = z
  .string()
  .regex(E164_PATTERN, 'expected a number in E.164 form: "+" then country code and number, no spaces or leading 0, e.g. "+6281234567890"');

export const hsCode = z
  .string()
  .regex(HS_CODE_PATTERN, 'expected an HS code of 4 to 10 digits in dotted groups, e.g. "1905.90" or "2103.90.10"');

export const url = z.url({ message: 'expected a full web address starting with https://' });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected a two-letter ISO country code in capitals, e.g. "SG" or "MY"');

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code, e.g. "IDR" or "USD"');

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
export const quantity = z.object({
  quantity: positiveNumber,
  unit: z.enum(['kg', 'ton', 'g', 'pcs', 'pack', 'carton', 'litre', 'sheet', 'set', 'metre'], {
    message: 'expected one of: kg, ton, g, pcs, pack, carton, litre, sheet, set, metre',
  }),
});

/** Who last checked a listing against the producer, and when. */
export const verification = z.object({
  date,
  by: z.string().min(2, 'expected the name of the person or office that verified the listing'),
});

export const exportMarket = z.object({
  country: countryCode,
  since: year.optional(),
});

export const coordinates = z.object({
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
  .refine(hasValidGtinCheckDigit, 'the barcode check digit is wrong: re-type the number from the pack');

export function hasValidGtinCheckDigit(code: string): boolean {
  const digits = code.split('').map(Number);
  const check = digits.pop();
  const sum = digits
    .reverse()
    .reduce((acc, digit, i) => acc + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
