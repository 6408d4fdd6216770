/**
 * Astro content collections, derived from the collection registry
 * (src/schemas/registry.ts): every taxonomy file, entry folder and translation
 * collection there becomes a collection here. Loaded from the top-level
 * `content/` folder (or `ETALASE_CONTENT_DIR`).
 */
import { defineCollection, reference, type ImageFunction } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { associationSchema, clusterSchema, newsSchema, producerSchema, productSchema, regionSchema } from '~/schemas/collections';
import {
  entryDefinitions,
  taxonomyDefinitions,
  type EntryCollection,
  type EntryDefinition,
  type TaxonomyDefinition,
} from '~/schemas/registry';
import { basePatterns, contentRoot, parseEntryFileName, translationPatterns } from '~/lib/content-paths';

const root = contentRoot();

/** Base entries: the id is the file name without extension, which is the URL slug. */
function entries(folder: string) {
  return glob({
    base: `${root}/${folder}`,
    pattern: basePatterns,
    generateId: ({ entry }) => parseEntryFileName(entry).slug,
  });
}

/** Translations: `<slug>.<locale>.md`, with id `<locale>/<slug>`. */
function translations({ folder, translation }: EntryDefinition) {
  return defineCollection({
    loader: glob({
      base: `${root}/${folder}`,
      pattern: translationPatterns,
      generateId: ({ entry }) => {
        const { slug, locale } = parseEntryFileName(entry);
        return `${locale}/${slug}`;
      },
    }),
    schema: translation,
  });
}

function taxonomy({ file: path, schema }: TaxonomyDefinition) {
  return defineCollection({ loader: file(`${root}/${path}`), schema });
}

type SchemaFactory<S extends z.ZodType> = (tools: { ref: typeof reference; image: ImageFunction }) => S;

/**
 * A base entry collection. The schema factory is named at the call below (not
 * read from the registry) so that Astro's generated types keep each
 * collection's reference and image types.
 */
function base<S extends z.ZodType>(name: EntryCollection, schema: SchemaFactory<S>) {
  const folder = entryDefinitions.find((d) => d.name === name)!.folder;
  // Astro calls a collection's schema function once per entry, with an `image()` for that entry's file. Zod
  // builds (and compiles) a schema on its first use, so a new one per entry was half of the content sync:
  // 10,000 products built 10,000 product schemas. Every entry of a collection sits in the same folder
  // (`basePatterns` match no subfolder, and the checker refuses files elsewhere), so every entry's `image()`
  // resolves a path the same way, and one schema serves them all. Astro also calls the function with other
  // `image()`s (a plain string for the generated types): the schema is kept per kind of `image()`, told apart
  // by what it makes of a relative path.
  const built = new Map<string, S>();
  return defineCollection({
    loader: entries(folder),
    schema: ({ image }) => {
      const kind = imageKind(image);
      if (kind === undefined) return schema({ ref: reference, image });
      return built.get(kind) ?? built.set(kind, schema({ ref: reference, image })).get(kind)!;
    },
  });
}

/**
 * What an `image()` turns a relative path into: Astro's content layer marks it as an image import, its type
 * generator leaves it as is. Undefined for an `image()` that resolves asynchronously (Astro's legacy
 * collections), which is not probed, and whose schema is built for each entry.
 */
function imageKind(image: ImageFunction): string | undefined {
  try {
    const probe = image().safeParse('./probe.jpg');
    return probe.success ? String(probe.data) : undefined;
  } catch {
    return undefined;
  }
}

// What Astro's generated types read of each collection is its `schema`.
type Taxonomies = { [D in TaxonomyDefinition as D['name']]: Omit<ReturnType<typeof taxonomy>, 'schema'> & { schema: D['schema'] } };
type Translations = { [D in EntryDefinition as `${D['name']}Translations`]: Omit<ReturnType<typeof translations>, 'schema'> & { schema: D['translation'] } };

export const collections = {
  ...(Object.fromEntries(taxonomyDefinitions.map((d) => [d.name, taxonomy(d)])) as Taxonomies),
  ...({
    regions: base('regions', () => regionSchema),
    clusters: base('clusters', clusterSchema),
    associations: base('associations', associationSchema),
    producers: base('producers', producerSchema),
    products: base('products', productSchema),
    news: base('news', newsSchema),
  } satisfies Record<EntryCollection, unknown>),
  ...(Object.fromEntries(entryDefinitions.map((d) => [`${d.name}Translations`, translations(d)])) as Translations),
};
