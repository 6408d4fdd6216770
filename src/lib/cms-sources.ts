/**
 * What the CMS configuration is generated from (src/lib/cms-config.ts): the
 * entry collections with their schemas, the taxonomy terms of a content
 * folder, and the labels and hints in src/i18n/cms/<locale>.json. The
 * collections come from the registry (src/schemas/registry.ts): the ones
 * editors add entries to first, then the maintainers' places.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import en from '~/i18n/cms/en.json';
import id from '~/i18n/cms/id.json';
import { defaultLocale, localeCodes } from '~/i18n/locales';
import { entryDefinitions, taxonomyCollections } from '~/schemas/registry';
import { cmsConfig, type CmsCollectionSource, type CmsConfigInput, type FieldText, type TaxonomyTerm } from './cms-config';
import { describeFields, schemaTools } from './schema-fields';

export const cmsCollections: CmsCollectionSource[] = [...entryDefinitions]
  .sort((a, b) => Number(b.addedBy === 'editors') - Number(a.addedBy === 'editors'))
  .map((definition) => ({ name: definition.name, fields: describeFields(definition.schema(schemaTools)), translationFields: describeFields(definition.translation) }));

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
