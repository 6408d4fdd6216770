/**
 * The CMS configuration against the schemas, field by field, so the forms
 * cannot drift from them: every schema field is a form field of the matching
 * kind, required as the schema says, translated exactly when the translation
 * schema has it, and labelled (with the same hints) in English and Indonesian.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, formFieldPaths, type CmsField } from '~/lib/cms-config';
import { cmsCollections, cmsFieldText, siteCmsConfig, taxonomyTerms } from '~/lib/cms-sources';
import { describeFields, schemaTools, type FieldInfo } from '~/lib/schema-fields';
import { producerSchema } from '~/schemas/collections';
import { fromFile, joinFileNames, toFile } from '~/lib/cms-format';

const content = path.resolve(import.meta.dirname, '../../content');
const config = siteCmsConfig(content, { name: 'github', repo: 'owner/etalase', branch: 'main' });
const collections = config.collections as { name: string; folder: string; fields: CmsField[]; format: string }[];
const taxonomies = taxonomyTerms(content);

const expectedWidget = (field: FieldInfo): string => {
  if (field.kind === 'list' && field.item) return field.item.kind === 'reference' ? (taxonomies[field.item.collection!] ? 'select' : 'relation') : field.item.kind === 'enum' ? 'select' : 'list';
  if (field.kind === 'reference') return taxonomies[field.collection!] ? 'select' : 'relation';
  return { string: ['string', 'text'], number: 'number', boolean: 'boolean', date: 'datetime', enum: 'select', object: 'object', list: 'list', record: 'keyvalue', image: 'image', unknown: 'string' }[field.kind] as string;
};

function compare(fields: readonly FieldInfo[], form: readonly CmsField[], translated: readonly FieldInfo[] | undefined, where: string) {
  for (const field of fields) {
    const at = `${where}.${field.name}`;
    const formField = form.find((f) => f.name === field.name);
    expect(formField, `${at} is missing from the CMS form`).toBeDefined();
    const widget = formField!.widget;
    if (field.kind === 'string') expect(['string', 'text'], at).toContain(widget);
    else expect(widget, at).toBe(expectedWidget(field));
    const translation = translated?.find((t) => t.name === field.name);
    expect(formField!.i18n, `${at}: translated exactly when the translation schema has it`).toBe(Boolean(translation));
    if (!field.required) expect(formField!.required, at).toBe(false);
    else expect(formField!.required, at).toEqual(translation && !translation.required ? ['en'] : true);
    if (field.kind === 'enum') expect(formField!.options, at).toEqual(field.options);
    if (field.kind === 'reference' || field.item?.kind === 'reference') {
      const collection = field.collection ?? field.item!.collection!;
      if (taxonomies[collection]) expect((formField!.options as { value: string }[]).map((o) => o.value), at).toEqual(taxonomies[collection]!.map((t) => t.id));
      else expect(formField!.collection, at).toBe(collection);
    }
    if (field.kind === 'date') expect(formField!.format, at).toBe('YYYY-MM-DD');
    if (field.kind === 'image') expect(formField!.public_folder, at).toMatch(/^\.\.\/images\//);
    if (field.fields) compare(field.fields, formField!.fields as CmsField[], translation?.fields, at);
  }
  expect(form.map((f) => f.name).filter((n) => n !== 'body' && !fields.some((f) => f.name === n)), `${where}: form fields the schema does not have`).toEqual([]);
}

describe('the generated CMS configuration', () => {
  it('has a form per collection writing <slug>.md and <slug>.id.md into content/<collection>/', () => {
    expect(collections.map((c) => c.name)).toEqual(cmsCollections.map((c) => c.name));
    for (const c of collections) expect(c.folder).toBe(`content/${c.name}`);
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', default_locale: 'en', locales: ['en', 'id'], omit_default_locale_from_file_path: true });
  });

  it('matches the schemas field by field', () => {
    for (const source of cmsCollections) {
      const form = collections.find((c) => c.name === source.name)!.fields;
      compare(source.fields, form, source.translationFields, source.name);
    }
  });

  it('labels every field in Indonesian and English (from the schema, or src/i18n/cms/*.json)', () => {
    const fieldsOf = (list: readonly FieldInfo[]): FieldInfo[] => list.flatMap((f) => [f, ...fieldsOf(f.fields ?? []), ...fieldsOf(f.item?.fields ?? [])]);
    const schemaText = new Map(cmsCollections.flatMap((c) => fieldsOf(c.fields)).flatMap((f) => (f.text ? [[f.name, f.text] as const] : [])));
    const unlabelled = formFieldPaths(config)
      .map((p) => p.split('/')[1]!)
      .filter((p) => {
        const text = schemaText.get(p) ?? cmsFieldText(p);
        return !text?.label.en || !text.label.id || Boolean(text.hint?.en) !== Boolean(text.hint?.id);
      });
    expect([...new Set(unlabelled)], 'give the field a label (and any hint) in both languages: fieldMeta in the schema, or src/i18n/cms/en.json and id.json').toEqual([]);
  });

  it("uses the label and hint the schema gives a field (fieldMeta), Indonesian first", () => {
    const products = collections.find((c) => c.name === 'products')!;
    const shelfLife = products.fields.find((f) => f.name === 'shelfLifeDays')!;
    expect(cmsFieldText('shelfLifeDays'), 'the schema is its only source').toBeUndefined();
    expect(shelfLife.label).toBe('Masa simpan (hari) / Shelf life (days)');
    expect(shelfLife.hint).toBe('Jumlah hari sejak produksi sampai tanggal kedaluwarsa, seperti tercetak di kemasan. / Days from production to the best-before date, as printed on the pack.');
  });

  it('shows a field added to a schema in the form', () => {
    const extended = producerSchema(schemaTools).extend({ halalAuditor: z.string().optional() });
    const generated = cmsConfig({
      collections: [{ name: 'producers', fields: describeFields(extended), translationFields: [] }],
      taxonomies,
      locales: ['en', 'id'],
      labelOrder: ['id', 'en'],
      text: cmsFieldText,
      contentFolder: 'content',
      backend: { name: 'test-repo' },
    });
    expect(formFieldPaths(generated)).toContain('producers/halalAuditor');
  });
});

describe("the CMS's file format", () => {
  it('reads and writes front matter and text, keeping alt texts keyed by file name', () => {
    const text = '---\nsummary: Kemplang ikan pipih dari Palembang.\nimageAlts:\n  kemplang.jpg: Kemplang di atas tampah\n---\nTeks.\n';
    const read = fromFile(text);
    expect(read).toEqual({ summary: 'Kemplang ikan pipih dari Palembang.', imageAlts: { 'kemplang.jpg': 'Kemplang di atas tampah' }, body: 'Teks.\n' });
    // Sveltia hands the formatter the keys split at the dot.
    expect(toFile({ ...read, imageAlts: { kemplang: { jpg: 'Kemplang di atas tampah' } } })).toBe(text);
    expect(joinFileNames({ 'foto-1': { 'besar.webp': 'x' } })).toEqual({ 'foto-1.besar.webp': 'x' });
  });
});
