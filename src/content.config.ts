/**
 * Astro content collections, loaded from the top-level `content/` folder (or
 * `ETALASE_CONTENT_DIR`). The schemas themselves live in `src/schemas/`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
  type TranslatedCollection,
} from './schemas/collections';
import { basePatterns, contentRoot, parseEntryFileName, translationPatterns } from './lib/content-paths';

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
function translations(folder: TranslatedCollection) {
  return defineCollection({
    loader: glob({
      base: `${root}/${folder}`,
      pattern: translationPatterns,
      generateId: ({ entry }) => {
        const { slug, locale } = parseEntryFileName(entry);
        return `${locale}/${slug}`;
      },
    }),
    schema: translationSchemas[folder],
  });
}

const taxonomy = (name: string) => file(`${root}/taxonomies/${name}.yaml`);

export const collections = {
  categories: defineCollection({ loader: taxonomy('categories'), schema: categorySchema }),
  certificates: defineCollection({ loader: taxonomy('certificates'), schema: certificateKindSchema }),
  allergens: defineCollection({ loader: taxonomy('allergens'), schema: allergenSchema }),
  markets: defineCollection({ loader: taxonomy('markets'), schema: marketSchema }),

  regions: defineCollection({ loader: entries('regions'), schema: regionSchema }),
  clusters: defineCollection({ loader: entries('clusters'), schema: ({ image }) => clusterSchema({ ref: reference, image }) }),
  associations: defineCollection({
    loader: entries('associations'),
    schema: ({ image }) => associationSchema({ ref: reference, image }),
  }),
  producers: defineCollection({ loader: entries('producers'), schema: ({ image }) => producerSchema({ ref: reference, image }) }),
  products: defineCollection({ loader: entries('products'), schema: ({ image }) => productSchema({ ref: reference, image }) }),
  news: defineCollection({ loader: entries('news'), schema: ({ image }) => newsSchema({ ref: reference, image }) }),

  regionsTranslations: translations('regions'),
  clustersTranslations: translations('clusters'),
  associationsTranslations: translations('associations'),
  producersTranslations: translations('producers'),
  productsTranslations: translations('products'),
  newsTranslations: translations('news'),
};
