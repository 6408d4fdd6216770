/**
 * The content checker: every file of a content root against the schemas in
 * src/schemas/ plus the cross-checks Astro cannot do with a useful message
 * (references, images, slugs, translations) and the trust signals
 * (expired certificates, stale verification) as warnings. Each rule lives in
 * rules/ and returns its issues; this file runs them in order and tallies.
 *
 * Every file is always checked: a broken entry only produces issues about
 * itself, and `counts` tells how many entries of each collection are valid.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { translatedLocales } from '~/i18n/locales';
import type { SchemaTools } from '~/schemas/collections';
import { entryDefinitions, factFields, proseFields, taxonomyDefinitions, type EntryCollection, type TaxonomyCollection } from '~/schemas/registry';
import { contentRoot } from '~/lib/content-paths';
import { startOfDay } from '~/lib/dates';
import { checkBody } from './body';
import { displayPath, loadContent, type EntryFile, type LoadedContent } from './load';
import { checkFileNames } from './rules/file-names';
import { checkGtins } from './rules/gtins';
import { entryImages, imageFields, ImageCheck } from './rules/images';
import { referenceCheck, type KnownIds } from './rules/references';
import { checkTaxonomy } from './rules/taxonomies';
import { checkImageAlts, checkItemLists, missingTranslation, translationWithoutBase } from './rules/translations';
import { checkCertificates, checkMarkets, checkVerification } from './rules/trust';
import { checkSample } from './sample';
import type { CheckOptions, CheckResult, Counts, Issue } from './types';
import { validate, type Explained } from './zod-issues';

type Taxonomies = Record<TaxonomyCollection, Map<string, Record<string, unknown>> | null>;

export function checkContent(root: string = contentRoot(), options: CheckOptions = {}): CheckResult {
  const today = startOfDay(options.today ?? new Date());
  const cwd = options.cwd ?? process.cwd();
  const content = loadContent(root, { cwd });
  const show = (absPath: string) => displayPath(absPath, cwd);
  const folderOf = (collection: EntryCollection) => `${show(path.join(root, collection))}/`;
  const counts = emptyCounts();
  const issues: Issue[] = [...content.issues];

  const taxonomies = {} as Taxonomies;
  for (const { name, schema } of taxonomyDefinitions) {
    const result = checkTaxonomy(content.taxonomies[name], schema);
    issues.push(...result.issues);
    taxonomies[name] = result.items;
    counts[name] = result.count;
  }

  const known = knownIds(content, taxonomies);
  const baseBySlug = new Map(content.entries.map((entry) => [`${entry.collection}/${entry.slug}`, entry] as const).reverse());

  issues.push(...checkFileNames([...content.entries, ...content.translations]));

  const imageCheck = new ImageCheck(show);
  const references = referenceCheck(known, taxonomyFiles(content), folderOf);
  const imageSchemas = new Set<z.ZodType>();
  const schemaOf = checkerSchemas(root, references.ref, imageCheck, imageSchemas);
  const explainCustom = (entry: EntryFile) => (check: string, value: unknown, params: Record<string, unknown>): Explained | undefined => {
    if (check === 'reference') return references.explain(params.collection as never, value);
    if (check === 'image' && typeof value === 'string') return imageCheck.problem(entry.absPath, value);
    return undefined;
  };

  // ---------------------------------------------------------------- base entries

  const imagesOf = new Map<EntryFile, { images: string[]; broken: string[] }>();
  const productsBySlug = new Map(content.entries.filter((e) => e.collection === 'products').map((e) => [e.slug, e]));
  for (const entry of content.entries) {
    if (!entry.readable) continue;
    const schema = schemaOf[entry.collection];
    const result = validate({ file: entry.file, source: entry, data: entry.data, schema, explainCustom: explainCustom(entry) });
    const { warnings, ...images } = entryImages(entry, imageFields(schema, entry.data, (s) => imageSchemas.has(s)), imageCheck);
    imagesOf.set(entry, images);
    issues.push(...warnings, ...result.issues);
    issues.push(...checkSample(entry, new Set(result.issues.map((i) => i.field))));
    if (entry.collection === 'producers') issues.push(...checkCertificates(entry, entry.data, today, taxonomies.certificates, productsBySlug));
    if (entry.collection === 'producers' || entry.collection === 'products') {
      issues.push(...checkVerification(entry, entry.data, today));
      issues.push(...checkMarkets(entry, entry.data, taxonomies.markets, content.taxonomies.markets.file));
    }
  }

  issues.push(...checkGtins(content.entries.filter((e) => e.collection === 'products' && e.readable)));

  // ---------------------------------------------------------------- translations

  const translated = new Set<string>();
  const definitions = new Map(entryDefinitions.map((d) => [d.name, d]));
  for (const translation of content.translations) {
    const collection = translation.collection;
    const base = baseBySlug.get(`${collection}/${translation.slug}`);
    translated.add(`${collection}/${translation.slug}/${translation.locale}`);
    if (!base) issues.push(translationWithoutBase(translation, [...(known[collection] ?? [])], folderOf(collection)));
    if (!translation.readable) continue;

    const definition = definitions.get(collection)!;
    const baseFile = base?.file ?? `${folderOf(collection)}${translation.slug}.md`;
    const translationRule = { baseFile, factFields: new Set(factFields(definition)), allowed: proseFields(definition).allowed };
    issues.push(...validate({ file: translation.file, source: translation, data: translation.data, schema: definition.translation, translation: translationRule }).issues);
    if (base?.readable) issues.push(...checkImageAlts(translation, base, imagesOf.get(base) ?? { images: [], broken: [] }), ...checkItemLists(translation, base));
  }

  // ---------------------------------------------------------------- texts (safe Markdown/MDX)

  for (const entry of [...content.entries, ...content.translations]) {
    if (entry.readable) issues.push(...checkBody({ file: entry.file, body: entry.body, firstLine: entry.bodyLine, format: entry.format }));
  }

  // ---------------------------------------------------------------- tally

  const filesWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file));
  for (const entry of content.entries) {
    if (filesWithErrors.has(entry.file)) continue; // Its errors come first; the reminder can wait.
    for (const locale of translatedLocales) {
      if (!translated.has(`${entry.collection}/${entry.slug}/${locale}`)) issues.push(missingTranslation(entry, locale));
    }
  }
  for (const entry of content.entries) {
    counts[entry.collection].total++;
    if (!filesWithErrors.has(entry.file)) counts[entry.collection].valid++;
  }
  for (const translation of content.translations) {
    counts[translation.collection].translations.total++;
    if (!filesWithErrors.has(translation.file)) counts[translation.collection].translations.valid++;
  }

  const sorted = issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { errors: sorted.filter((i) => i.severity === 'error'), warnings: sorted.filter((i) => i.severity === 'warning'), counts };
}

function emptyCounts(): Counts {
  const counts: Record<string, unknown> = {};
  for (const { name } of entryDefinitions) counts[name] = { total: 0, valid: 0, translations: { total: 0, valid: 0 } };
  for (const { name } of taxonomyDefinitions) counts[name] = { total: 0, valid: 0 };
  return counts as Counts;
}

/** The ids of every collection: taxonomy items, and the slugs of entry files. */
function knownIds(content: LoadedContent, taxonomies: Taxonomies): KnownIds {
  const known = {} as Record<string, Set<string> | null>;
  for (const { name } of taxonomyDefinitions) known[name] = taxonomies[name] ? new Set(taxonomies[name].keys()) : null;
  for (const { name } of entryDefinitions) known[name] = new Set();
  for (const entry of content.entries) known[entry.collection]!.add(entry.slug);
  return known as KnownIds;
}

function taxonomyFiles(content: LoadedContent): Record<TaxonomyCollection, string> {
  return Object.fromEntries(taxonomyDefinitions.map(({ name }) => [name, content.taxonomies[name].file])) as Record<TaxonomyCollection, string>;
}

/**
 * The entry schemas bound to the checker: references are checked against the
 * ids that exist, images against the files of the collection's folder (the
 * explanation, which names the entry file, comes after parsing). The image
 * schemas made are added to `imageSchemas`, so the photos of an entry can be
 * found in its data afterwards.
 */
function checkerSchemas(
  root: string,
  ref: SchemaTools<z.ZodType<string>, z.ZodType<string>>['ref'],
  imageCheck: ImageCheck,
  imageSchemas: Set<z.ZodType>,
): Record<EntryCollection, z.ZodType> {
  return Object.fromEntries(
    entryDefinitions.map(({ name, folder, schema }) => {
      const image = () => {
        const made = z
          .string({ error: 'expected the path of an image file, e.g. "../images/products/name.jpg"' })
          .refine((src) => imageCheck.isUsable(path.join(root, folder), src), { params: { check: 'image' } });
        imageSchemas.add(made);
        return made;
      };
      return [name, schema({ ref, image })];
    }),
  ) as unknown as Record<EntryCollection, z.ZodType>;
}
