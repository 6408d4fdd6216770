/**
 * What the CMS configuration is generated from (src/lib/cms-config.ts): the
 * entry collections with their schemas, the taxonomy terms of a content
 * folder, and the labels and hints in src/i18n/cms/<locale>.json. When the
 * collections come from one registry, only `cmsCollections` changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import en from '../i18n/cms/en.json';
import id from '../i18n/cms/id.json';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { associationSchema, clusterSchema, newsSchema, producerSchema, productSchema, regionSchema, translationSchemas } from '../schemas/collections';
import { taxonomyCollections } from './content-paths';
import { cmsConfig, type CmsCollectionSource, type CmsConfigInput, type FieldText, type TaxonomyTerm } from './cms-config';
import { describeFields, schemaTools } from './schema-fields';

export const cmsCollections: CmsCollectionSource[] = [
  { name: 'producers', schema: producerSchema(schemaTools) },
  { name: 'products', schema: productSchema(schemaTools) },
  { name: 'regions', schema: regionSchema },
  { name: 'clusters', schema: clusterSchema(schemaTools) },
  { name: 'associations', schema: associationSchema(schemaTools) },
  { name: 'news', schema: newsSchema(schemaTools) },
].map(({ name, schema }) => ({ name, fields: describeFields(schema), translationFields: describeFields(translationSchemas[name as keyof typeof translationSchemas]) }));

const texts: Record<string, Record<string, { label: string; hint?: string }>> = { en, id };

/** A field's label and hint in every locale that has them; undefined when no locale has a label. */
export function cmsFieldText(fieldPath: string): FieldText | undefined {
  const label: Record<string, string> = {};
  const hint: Record<string, string> = {};
  for (const [locale, strings] of Object.entries(texts)) {
    const entry = strings[fieldPath];
    if (entry?.label) label[locale] = entry.label;
    if (entry?.hint) hint[locale] = entry.hint;
  }
  if (Object.keys(label).length === 0) return undefined;
  return Object.keys(hint).length ? { label, hint } : { label };
}

/** Taxonomy terms (id and label per locale) of a content folder. */
export function taxonomyTerms(contentDir: string): Record<string, TaxonomyTerm[]> {
  return Object.fromEntries(
    taxonomyCollections.map((name) => {
      const file = path.join(contentDir, 'taxonomies', `${name}.yaml`);
      const items = fs.existsSync(file) ? ((loadYaml(fs.readFileSync(file, 'utf8')) ?? []) as { id: string; label: Record<string, string> }[]) : [];
      return [name, items.map((item) => ({ id: item.id, label: item.label }))];
    }),
  );
}

export function siteCmsConfig(contentDir: string, backend: CmsConfigInput['backend']): Record<string, unknown> {
  return cmsConfig({
    collections: cmsCollections,
    taxonomies: taxonomyTerms(contentDir),
    locales: [defaultLocale, ...localeCodes.filter((c) => c !== defaultLocale)],
    labelOrder: ['id', 'en'],
    text: cmsFieldText,
    contentFolder: 'content',
    backend,
  });
}
