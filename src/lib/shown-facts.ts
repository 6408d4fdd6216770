/**
 * The product page's facts lists, derived from the schema: every field whose
 * `fieldMeta` has `show` (src/schemas/field-meta.ts, `ShownFact`) is a row of
 * its list, in the schema's order (or after the field its `after` names),
 * labelled and written as its meta says (docs/architecture.md, "A fact field").
 */
import type { z } from 'astro/zod';
import type { Locale } from '~/i18n/locales';
import { t, type StringKey } from '~/i18n/strings';
import { elementOf, metaOf, shapeOf, type Bilingual, type ShownFact } from '~/schemas/field-meta';
import { formatDate } from './dates';
import { memoize } from './memo';
import { formatExportMarkets, formatMonthly, formatNumber, formatQuantity, type Quantity } from './format';
import type { Fact } from './page-view';
import { labelIn } from './taxonomy';

export interface ShownField {
  key: string;
  show: ShownFact;
  /** The field's own label (`fieldMeta`), used when `show.label` names no UI string. */
  label?: Bilingual | undefined;
  /** The taxonomy a reference, or a list of them, points to (`allergens`). */
  references?: string | undefined;
  /** The items of an object of yes/no items, in the schema's order. */
  items?: string[] | undefined;
}

export interface FactContext {
  locale: Locale;
  /** The entry's data (facts and the page language's prose). */
  data: Record<string, unknown>;
  /** A taxonomy term's label in the page's language. */
  termLabel: (collection: string, id: string) => string;
}

/** Every shown field of an object schema, in the schema's order. */
const allShownFields = memoize(
  (schema: z.ZodType): ShownField[] =>
    Object.entries(shapeOf(schema) ?? {}).flatMap(([key, field]): ShownField[] => {
      const meta = metaOf(field);
      if (!meta.show) return [];
      if (!meta.show.label && !meta.label) throw new Error(`The field "${key}" is shown on the product page but has no label: give it \`label\` in fieldMeta or \`show.label\`.`);
      const element = elementOf(field);
      return [{ key, show: meta.show, label: meta.label, references: (element ? metaOf(element) : meta).references, items: Object.keys(shapeOf(field) ?? {}) }];
    }),
  (schema) => schema,
);

/** The fields shown in `list`, in the page's order. */
export function shownFields(schema: z.ZodType, list: ShownFact['list']): ShownField[] {
  const inList = allShownFields(schema).filter((field) => field.show.list === list);
  const ordered = inList.filter((field) => !field.show.after);
  for (const field of inList.filter((f) => f.show.after)) {
    const anchor = ordered.findIndex((f) => f.key === field.show.after);
    if (anchor === -1) throw new Error(`The field "${field.key}" is shown after "${field.show.after}", which is not in the ${list} list.`);
    ordered.splice(anchor + 1, 0, field);
  }
  return ordered;
}

/** The rows of `list` for an entry: a field with no value (or an empty list without `empty`) has none. */
export function shownFacts(schema: z.ZodType, list: ShownFact['list'], context: FactContext): Fact[] {
  return shownFields(schema, list).flatMap((field) => {
    const row = factRow(field, context);
    return row ? [row] : [];
  });
}

function factRow(field: ShownField, context: FactContext): Fact | undefined {
  const { locale } = context;
  const { show } = field;
  const value = context.data[field.key];
  const label = show.label ? t(locale, show.label) : labelIn({ ...field.label }, locale);
  if (Array.isArray(value) && value.length === 0) return show.empty ? { label, value: t(locale, show.empty) } : undefined;
  if (value === undefined || value === null || value === '') return undefined;
  const text = show.format ? formats[show.format](value as never, context) : written(value, field, context);
  return show.code ? { label, value: text, code: true, note: t(locale, show.code.note) } : { label, value: text };
}

/** A value written by its kind. */
function written(value: unknown, field: ShownField, context: FactContext): string {
  const { locale } = context;
  const { show } = field;
  if (Array.isArray(value)) return value.map((item) => written(item, field, context)).join(', ');
  if (value instanceof Date) return formatDate(value, locale);
  if (typeof value === 'boolean') return t(locale, value ? 'product.yes' : 'product.no');
  if (typeof value === 'number') return show.unit ? t(locale, show.unit, { count: value }) : formatNumber(value, locale);
  if (typeof value === 'string') return show.values ? t(locale, `${show.values}.${value}` as StringKey) : value;
  if (isReference(value)) return field.references ? context.termLabel(field.references, value.id) : value.id;
  if (isQuantity(value)) return formatQuantity(value, locale);
  if (isYesNoItems(value) && show.values) {
    return field.items!.filter((item) => item in value)
      .map((item) => `${value[item] ? '✓' : '✗'} ${t(locale, `${show.values}.${item}` as StringKey)}`)
      .join(' · ');
  }
  throw new Error(`The product field "${field.key}" is shown on the page, but its value ${JSON.stringify(value)} is of no kind the page writes: give it a \`format\` (src/lib/shown-facts.ts).`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isReference = (value: unknown): value is { id: string } => isObject(value) && typeof value.id === 'string';
const isQuantity = (value: unknown): value is Quantity => isObject(value) && typeof value.quantity === 'number' && typeof value.unit === 'string';
const isYesNoItems = (value: unknown): value is Record<string, boolean> => isObject(value) && Object.values(value).every((v) => typeof v === 'boolean');

/** "Seasonal: June to September". */
export function availabilityText(availability: string, season: string | undefined, locale: Locale): string {
  return `${t(locale, `product.availability.${availability}` as StringKey)}${season ? `: ${season}` : ''}`;
}

/** The named formats (`show.format`): values that say more than their kind. */
const formats = {
  monthly: (value: Quantity, { locale }: FactContext) => formatMonthly(value, locale),
  exportMarkets: (value: { country: string; since?: number | undefined }[], { locale }: FactContext) => formatExportMarkets(value, locale),
  availability: (value: string, { locale, data }: FactContext) => availabilityText(value, data.season as string | undefined, locale),
  retailTrial: (value: { status: string; chains: string[] }, { locale }: FactContext) =>
    `${t(locale, `product.retailTrial.${value.status}` as StringKey)}${value.chains.length ? ` (${value.chains.join(', ')})` : ''}`,
} satisfies Record<NonNullable<ShownFact['format']>, (value: never, context: FactContext) => string>;
