/** Formatting of numbers, quantities and prices for a page's locale. */
import { t, type StringKey } from '~/i18n/strings';
import { localeConfig, type Locale } from '~/i18n/locales';
import { memoize } from './memo';

export interface Quantity {
  quantity: number;
  unit: string;
}

// Building an Intl formatter costs far more than using one, and every page formats dozens of values.
const numberFormat = memoize((locale: Locale) => new Intl.NumberFormat(localeConfig(locale).intl), (locale) => locale);
const moneyFormat = memoize(
  (currency: string, locale: Locale) =>
    new Intl.NumberFormat(localeConfig(locale).intl, { style: 'currency', currency, maximumFractionDigits: currency === 'IDR' ? 0 : 2 }),
  (currency, locale) => `${currency}|${locale}`,
);
const displayNames = memoize(
  (type: 'region' | 'language', locale: Locale) => new Intl.DisplayNames([localeConfig(locale).intl], { type }),
  (type, locale) => `${type}|${locale}`,
);

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** A unit's name in the form for `count` (`1 tonne`, `2 tonnes`); the plural when no count is given. */
export function unitLabel(unit: string, locale: Locale, count?: number): string {
  return t(locale, `unit.${unit}` as StringKey, count === undefined ? {} : { count });
}

/** `2 tonnes` / `2 ton`, `1 pack`. */
export function formatQuantity(q: Quantity, locale: Locale): string {
  return `${formatNumber(q.quantity, locale)} ${unitLabel(q.unit, locale, q.quantity)}`;
}

/** `2 tonnes per month`. */
export function formatMonthly(q: Quantity, locale: Locale): string {
  return t(locale, 'perMonth', { quantity: formatQuantity(q, locale) });
}

export interface PriceRange {
  min: number;
  max: number;
  currency: string;
  per: string;
}

const PRICE_UNITS = ['kg', 'ton', 'g', 'pcs', 'pack', 'carton', 'litre', 'sheet', 'set', 'metre'];

/**
 * `IDR 13,000–15,000 per pack` / `Rp 13.000–15.000 per bungkus`: the currency once,
 * the unit singular, a single price when min equals max, and `, EXW` when the
 * Incoterm the price is quoted on is known.
 */
export function formatPriceRange(price: PriceRange, locale: Locale, incoterm?: string): string {
  const money = moneyFormat(price.currency, locale);
  const range = price.min === price.max ? money.format(price.min) : money.formatRange(price.min, price.max);
  const unit = PRICE_UNITS.includes(price.per) ? unitLabel(price.per, locale, 1) : price.per;
  const perUnit = t(locale, 'product.pricePer', { range, unit });
  return incoterm ? t(locale, 'product.priceOnTerm', { price: perUnit, incoterm }) : perUnit;
}

/** The Incoterm a product's price is quoted on: known only when the product offers exactly one. */
export function priceIncoterm(incoterms: readonly string[]): string | undefined {
  return incoterms.length === 1 ? incoterms[0] : undefined;
}

/** `250 g`, `1 kg`, `12 pieces`. */
export function formatNetWeight(weight: { value: number; unit: string }, locale: Locale): string {
  return `${formatNumber(weight.value, locale)} ${unitLabel(weight.unit, locale)}`;
}

/** Country name in the reader's language from an ISO 3166 code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return displayNames('region', locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Language name in the reader's language from an ISO 639-1 code. */
export function languageName(code: string, locale: Locale): string {
  try {
    return displayNames('language', locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `Singapore (since 2022), Malaysia` in the reader's language. */
export function formatExportMarkets(markets: readonly { country: string; since?: number | undefined }[], locale: Locale): string {
  return markets
    .map((m) => (m.since ? `${countryName(m.country, locale)} (${t(locale, 'product.exportSince', { year: m.since })})` : countryName(m.country, locale)))
    .join(', ');
}
