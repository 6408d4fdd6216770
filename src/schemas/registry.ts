/**
 * The one list of collections (docs/architecture.md, "The collection registry").
 * Astro's content config, the content checker, URL sections, the data export
 * and the CMS configuration all read it, so a collection is added here once.
 *
 * - Taxonomies are one YAML file each under `content/taxonomies/`; the editor
 *   picks their ids, maintainers add items.
 * - Entry collections are Markdown/MDX files under `content/<folder>/`: facts
 *   and English prose in `<slug>.md`, other languages in `<slug>.<locale>.md`
 *   validated by `translation`. The prose fields are the translation schema's
 *   fields (see `proseFields`); every other field is a fact.
 */
import { z } from 'astro/zod';
import {
  allergenSchema,
  associationSchema,
  categorySchema,
  certificateKindSchema,
  clusterSchema,
  marketSchema,
  newsSchema,
  producerSchema,
  productSchema,
  regionSchema,
  translationSchemas,
  type SchemaTools,
} from './collections';
import { elementOf, fieldMeta, objectKeysAt, shapeOf } from './field-meta';
import { memoize } from '~/lib/memo';

/** A noun for one entry, for messages: "no producer "x" exists", "nama berkas produsen". */
export interface Noun {
  en: string;
  id: string;
}

/**
 * The collections' names, which the schemas' types use (\`ref('producers')\`);
 * each has exactly one definition below.
 */
export const taxonomyCollections = ['categories', 'certificates', 'allergens', 'markets'] as const;
export const entryCollections = ['regions', 'clusters', 'associations', 'producers', 'products', 'news'] as const;
export type TaxonomyCollection = (typeof taxonomyCollections)[number];
export type EntryCollection = (typeof entryCollections)[number];

export const taxonomyDefinitions = [
  { name: 'categories', file: 'taxonomies/categories.yaml', schema: categorySchema, section: 'categories', noun: { en: 'category', id: 'kategori' } },
  { name: 'certificates', file: 'taxonomies/certificates.yaml', schema: certificateKindSchema, section: 'certificates', noun: { en: 'certificate kind', id: 'jenis sertifikat' } },
  { name: 'allergens', file: 'taxonomies/allergens.yaml', schema: allergenSchema, section: undefined, noun: { en: 'allergen', id: 'alergen' } },
  { name: 'markets', file: 'taxonomies/markets.yaml', schema: marketSchema, section: undefined, noun: { en: 'market', id: 'pasar' } },
] as const satisfies readonly { name: TaxonomyCollection; file: string; schema: z.ZodType; section: string | undefined; noun: Noun }[];

/** Schema tools as the checker binds them (plain strings, checked against what exists). */
export type CheckerTools = SchemaTools<z.ZodType<string>, z.ZodType<string>>;
/**
 * `schema` is a factory of the schema tools (references and images, see
 * `SchemaTools`), so Astro and the checker bind them each their own way.
 * `addedBy`: who creates entries, which decides what a broken reference's hint advises.
 */
export const entryDefinitions = [
  { name: 'regions', folder: 'regions', schema: () => regionSchema, translation: translationSchemas.regions, section: 'regions', noun: { en: 'region', id: 'wilayah' }, addedBy: 'maintainers' },
  { name: 'clusters', folder: 'clusters', schema: clusterSchema, translation: translationSchemas.clusters, section: 'clusters', noun: { en: 'cluster', id: 'sentra' }, addedBy: 'maintainers' },
  { name: 'associations', folder: 'associations', schema: associationSchema, translation: translationSchemas.associations, section: 'associations', noun: { en: 'association', id: 'asosiasi' }, addedBy: 'maintainers' },
  { name: 'producers', folder: 'producers', schema: producerSchema, translation: translationSchemas.producers, section: 'producers', noun: { en: 'producer', id: 'produsen' }, addedBy: 'editors' },
  { name: 'products', folder: 'products', schema: productSchema, translation: translationSchemas.products, section: 'products', noun: { en: 'product', id: 'produk' }, addedBy: 'editors' },
  { name: 'news', folder: 'news', schema: newsSchema, translation: translationSchemas.news, section: 'news', noun: { en: 'news item', id: 'berita' }, addedBy: 'editors' },
] as const satisfies readonly {
  name: EntryCollection;
  folder: string;
  schema: (tools: CheckerTools) => z.ZodType;
  translation: z.ZodType;
  section: string;
  noun: Noun;
  addedBy: 'editors' | 'maintainers';
}[];

export type TaxonomyDefinition = (typeof taxonomyDefinitions)[number];
export type EntryDefinition = (typeof entryDefinitions)[number];
/** Every collection an entry can refer to (`ref('producers')`). */
export type ReferencedCollection = TaxonomyCollection | Exclude<EntryCollection, 'news'>;
/** The section of the site a collection's pages live in, e.g. `/products/<slug>/`. */
export type Section = EntryDefinition['section'] | NonNullable<TaxonomyDefinition['section']>;

/** Every collection: taxonomies, then entry collections. */
export const collections: readonly (TaxonomyDefinition | EntryDefinition)[] = [...taxonomyDefinitions, ...entryDefinitions];


const byName = new Map<string, TaxonomyDefinition | EntryDefinition>(collections.map((d) => [d.name, d]));

export function definitionOf<C extends TaxonomyCollection | EntryCollection>(name: C): Extract<TaxonomyDefinition | EntryDefinition, { name: C }> {
  return byName.get(name) as Extract<TaxonomyDefinition | EntryDefinition, { name: C }>;
}

export const isTaxonomy = (name: string): name is TaxonomyCollection => (taxonomyCollections as readonly string[]).includes(name);

const plainTools = { ref: () => z.string(), image: () => z.string() };

/** The fields of a collection's base file, in schema order. */
export const baseFields: (definition: EntryDefinition) => string[] = memoize(
  (definition: EntryDefinition) => objectKeysAt(definition.schema(plainTools), []),
  (definition) => definition.name,
);

/** Fields of a translation file that are not the base file's prose: the photos' alt texts. */
const TRANSLATION_ONLY = new Set(['imageAlts']);
/** The name-like fields, first among the prose (and kept from the base file when a translation omits them). */
export const NAME_FIELDS: ReadonlySet<string> = new Set(['name', 'title']);

/**
 * The prose of a collection, from its translation schema: `fields` are
 * translated as a whole (name first), `items` are lists whose items keep their
 * facts in the base file and have the listed fields translated item by item
 * (a cluster's `programmes`), and `allowed` is everything a translation file may contain.
 */
export function proseFields(definition: EntryDefinition): { fields: string[]; items: Record<string, string[]>; allowed: string[] } {
  const shape = shapeOf(definition.translation)!;
  const allowed = Object.keys(shape);
  const items: Record<string, string[]> = {};
  const fields: string[] = [];
  for (const key of allowed) {
    if (TRANSLATION_ONLY.has(key)) continue;
    const element = elementOf(shape[key]!);
    const itemShape = element && shapeOf(element);
    if (itemShape) items[key] = Object.keys(itemShape);
    else fields.push(key);
  }
  fields.sort((a, b) => Number(NAME_FIELDS.has(b)) - Number(NAME_FIELDS.has(a)));
  return { fields, items, allowed };
}

/** The facts of a collection: its base fields that are not prose (a list translated item by item is a fact). */
export function factFields(definition: EntryDefinition): string[] {
  const { fields } = proseFields(definition);
  return baseFields(definition).filter((key) => !fields.includes(key) && !TRANSLATION_ONLY.has(key));
}

/**
 * A collection's schema with tools that describe instead of check: each
 * reference field carries \`{ references: collection }\` and each image field
 * \`{ image: true }\` in \`fieldMeta\`, for generators such as the CMS configuration.
 */
export function describedSchema(definition: TaxonomyDefinition | EntryDefinition): z.ZodType {
  if (!('folder' in definition)) return definition.schema;
  return definition.schema({
    ref: (collection) => z.string().register(fieldMeta, { references: collection }),
    image: () => z.string().register(fieldMeta, { image: true }),
  });
}
