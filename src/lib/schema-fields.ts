/**
 * The fields of a content schema as plain data, read from the Zod schemas in
 * src/schemas/ through Zod 4's public `def` and `.meta()`, for the tools that
 * must follow the schemas without repeating them: the CMS configuration
 * (src/lib/cms-config.ts) and the spreadsheet import (src/lib/import/).
 *
 * References and images are recognised by building the schema with `schemaTools`,
 * whose `ref()` and `image()` mark their string with `.meta()`.
 */
import { z } from 'astro/zod';
import type { SchemaTools } from '~/schemas/collections';
import { metaOf } from '~/schemas/field-meta';
import type { ReferencedCollection } from '~/schemas/registry';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'object' | 'list' | 'record' | 'reference' | 'image' | 'unknown';

export interface FieldInfo {
  name: string;
  kind: FieldKind;
  /** False when the field may be left out (optional, or has a default). */
  required: boolean;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
  /** Whole numbers only. */
  integer?: boolean;
  /** Allowed values of an enum. */
  options?: readonly string[];
  /** Collection a reference (or a list of references) points to. */
  collection?: ReferencedCollection;
  /** Fields of an object, or of a list's items when they are objects. */
  fields?: FieldInfo[];
  /** A list's item when it is not an object. */
  item?: FieldInfo;
  /** At least this many list items. */
  minItems?: number;
  /** The label and hint the schema gives the field (`fieldMeta`), by language. */
  text?: { label: Record<string, string>; hint?: Record<string, string> };
}

const REFERENCE = 'etalaseReference';
const IMAGE = 'etalaseImage';

/** Schema tools whose references and images can be told apart by `describeFields`. */
export const schemaTools: SchemaTools<z.ZodString, z.ZodString> = {
  ref: (collection) => z.string().meta({ [REFERENCE]: collection }),
  image: () => z.string().meta({ [IMAGE]: true }),
};

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): AnyDef => (schema as { def: AnyDef }).def;

/** The fields of an object schema, in the schema's order. */
export function describeFields(schema: z.ZodType): FieldInfo[] {
  const shape = objectShape(schema);
  if (!shape) throw new Error('describeFields expects an object schema');
  return Object.entries(shape).map(([name, field]) => describeField(name, field));
}

function objectShape(schema: unknown): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  if (def.type === 'pipe') return objectShape(def.in);
  return undefined;
}

export function describeField(name: string, schema: z.ZodType): FieldInfo {
  let current: unknown = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else break;
    current = def.innerType;
  }
  const info: FieldInfo = { name, kind: 'unknown', required };
  if (defaultValue !== undefined) info.defaultValue = defaultValue;
  const { label, hint } = metaOf(schema);
  if (label) info.text = { label: { ...label }, ...(hint ? { hint: { ...hint } } : {}) };
  const def = defOf(current);
  const meta = (current as z.ZodType).meta?.() as Record<string, unknown> | undefined;
  if (meta?.[REFERENCE]) return { ...info, kind: 'reference', collection: meta[REFERENCE] as ReferencedCollection };
  if (meta?.[IMAGE]) return { ...info, kind: 'image' };
  switch (def.type) {
    case 'string':
      return { ...info, kind: 'string' };
    case 'number': {
      const integer = (current as { isInt?: boolean }).isInt === true;
      return { ...info, kind: 'number', ...(integer ? { integer } : {}) };
    }
    case 'boolean':
      return { ...info, kind: 'boolean' };
    case 'date':
      return { ...info, kind: 'date' };
    case 'enum':
      return { ...info, kind: 'enum', options: (current as z.ZodEnum).options as string[] };
    case 'object':
      return { ...info, kind: 'object', fields: describeFields(current as z.ZodType) };
    case 'record':
      return { ...info, kind: 'record' };
    case 'array': {
      const item = describeField(name, def.element as z.ZodType);
      const min = (def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find((c) => c._zod.def.check === 'min_length');
      const list: FieldInfo = { ...info, kind: 'list', ...(min?._zod.def.minimum ? { minItems: min._zod.def.minimum } : {}) };
      return item.kind === 'object' ? { ...list, fields: item.fields! } : { ...list, item };
    }
    case 'pipe': {
      // `date` in fields.ts: a preprocess step, then a date.
      const out = describeField(name, def.out as z.ZodType);
      return out.kind === 'unknown' ? describeField(name, def.in as z.ZodType) : { ...out, required, ...(defaultValue !== undefined ? { defaultValue } : {}) };
    }
    default:
      return info;
  }
}

/** The field at a dotted path (`contacts.email`, `packs.netWeight.unit`), through objects and lists of objects. */
export function fieldAt(fields: readonly FieldInfo[], path: readonly string[]): FieldInfo | undefined {
  const [head, ...rest] = path;
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  return field.fields ? fieldAt(field.fields, rest) : undefined;
}
