/**
 * What editors are told about a field, kept with the field's schema: a Zod
 * registry (`fieldMeta`) whose entries the content checker reads when a value
 * is wrong and the CMS configuration reads for labels and help texts
 * (docs/architecture.md, "Field labels and hints").
 *
 * Register on the schema a field is declared with: `positiveInt.optional().register(fieldMeta, {…})`.
 * `metaOf` looks through `.optional()`, `.default()` and the like, so a shared
 * field type (`hsCode`, `e164`) registered in fields.ts is found wherever it is used.
 */
import { z } from 'astro/zod';
import type { StringKey } from '~/i18n/strings';

/** A text in English and Indonesian. */
export interface Bilingual {
  en: string;
  id: string;
}

export const bilingual = (en: string, id: string): Bilingual => ({ en, id });

export interface FieldMeta {
  /** The field's name in a form (the CMS). */
  label?: Bilingual;
  /** What to write, in a form's help line (the CMS). */
  hint?: Bilingual;
  /** What the field expects when YAML read something other than text (an unquoted HS code or phone number). */
  expectedText?: string;
  /** The checker's fix for a wrong value, from the value as written ("0812…" → "+62812…"). */
  fix?: (written: string) => Bilingual;
  /** The checker's fix when the field is present but empty. */
  whenEmpty?: Bilingual;
  /** Set by the registry's `describedSchema()`: the collection a reference points to (a select in a form). */
  references?: string;
  /** Set by the registry's `describedSchema()`: an image path (a file picker in a form). */
  image?: true;
  /** The product page shows the field as a row of one of its facts lists (src/lib/shown-facts.ts). */
  show?: ShownFact;
}

/**
 * How a fact reads on the product page. Its value is written by its kind — a
 * text as written, a number as a number, a date in the page's language, yes or
 * no, a list joined with commas (references by their taxonomy label), a
 * quantity with its unit, an object of yes/no items as ✓/✗ — unless a key
 * below or a named `format` says more. An absent value or empty list has no row.
 */
export interface ShownFact {
  /** The list it is a row of: `trade` ("Trade facts") or `food` ("Ingredients and storage"). */
  list: 'trade' | 'food';
  /** The row's label from the UI strings, in every language; without it, the field's `label`. */
  label?: StringKey;
  /** The row follows this field's row, where the page's order is not the schema's. */
  after?: string;
  /** Values (of an enum, or the items of an object of yes/no items) read through the UI strings `<values>.<value>`. */
  values?: string;
  /** A number is written through this UI string, the number as `{count}` ("{count} days"). */
  unit?: StringKey;
  /** The value is a code (monospace), with this UI string as its note. */
  code?: { note: StringKey };
  /** What an empty list says instead of having no row. */
  empty?: StringKey;
  /** A value its kind does not say enough about, written by a named format of src/lib/shown-facts.ts. */
  format?: 'monthly' | 'exportMarkets' | 'availability' | 'retailTrial';
}

/**
 * `params` of a refinement across two fields (from–until, min–max): the other
 * field, whose value the checker shows beside this one's, and the fix.
 */
export interface ComparisonParams {
  comparedWith: string;
  hint: Bilingual;
}

export const comparison = (comparedWith: string, hint: Bilingual): { params: ComparisonParams } => ({ params: { comparedWith, hint } });

export const fieldMeta = z.registry<FieldMeta>();

// Zod 4 keeps each schema's definition in `_zod.def`; only wrappers, pipes, objects and arrays are walked.
interface DefLike {
  type: string;
  innerType?: SchemaLike;
  in?: SchemaLike;
  element?: SchemaLike;
  shape?: Record<string, SchemaLike>;
}
interface SchemaLike {
  _zod: { def: DefLike };
}

const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch']);

/** The schema and each schema it wraps, outermost first (`.optional()` → the field type). */
function layersOf(schema: z.ZodType): z.ZodType[] {
  const layers = [schema];
  for (;;) {
    const def = (layers.at(-1) as unknown as SchemaLike)._zod.def;
    const inner = wrappers.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (!inner) return layers;
    layers.push(inner as unknown as z.ZodType);
  }
}

/** The schema without its wrappers. */
export const unwrap = (schema: z.ZodType): z.ZodType => layersOf(schema).at(-1)!;

/** The field's meta, merged from its wrappers inwards (the outer registration wins). */
export function metaOf(schema: z.ZodType | undefined): FieldMeta {
  if (!schema) return {};
  return Object.assign({}, ...layersOf(schema).reverse().map((layer) => fieldMeta.get(layer) ?? {}));
}

/** The object shape of a schema (after its wrappers), or undefined when it is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (unwrap(schema) as unknown as SchemaLike)._zod.def;
  return def.type === 'object' ? (def.shape as unknown as Record<string, z.ZodType>) : undefined;
}

/** The element schema of a list (after its wrappers), or undefined. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = (unwrap(schema) as unknown as SchemaLike)._zod.def;
  return def.type === 'array' ? (def.element as unknown as z.ZodType) : undefined;
}

/** The schema of the field at `path` (array indexes step into elements), or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    current = typeof segment === 'number' ? elementOf(current) : shapeOf(current)?.[String(segment)];
  }
  return current;
}

/** The field names of the object schema at `path`. */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const shape = at && shapeOf(at);
  return shape ? Object.keys(shape) : [];
}
