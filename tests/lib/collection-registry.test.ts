import { describe, expect, it } from 'vitest';
import { catalogueEntry } from '~/lib/catalogue-export';
import { elementOf, metaOf, objectKeysAt, schemaAt, shapeOf } from '~/schemas/field-meta';
import {
  baseFields,
  collections,
  describedSchema,
  entryCollections,
  entryDefinitions,
  factFields,
  proseFields,
  taxonomyCollections,
  taxonomyDefinitions,
  type CheckerTools,
} from '~/schemas/registry';
import { z } from 'astro/zod';

const tools: CheckerTools = { ref: () => z.string(), image: () => z.string() };

describe('the collection registry', () => {
  it('defines each named collection exactly once', () => {
    expect(taxonomyDefinitions.map((d) => d.name)).toEqual([...taxonomyCollections]);
    expect(entryDefinitions.map((d) => d.name)).toEqual([...entryCollections]);
    expect(new Set(collections.map((d) => d.name)).size).toBe(collections.length);
  });

  describe.each(entryDefinitions.map((d) => [d.name, d] as const))('%s', (_name, definition) => {
    const base = definition.schema(tools);

    it('has every base field either a fact or prose, never both and never neither', () => {
      const prose = proseFields(definition).fields;
      const facts = factFields(definition);
      for (const field of baseFields(definition)) {
        expect(Number(prose.includes(field)) + Number(facts.includes(field)), `${definition.name}.${field}`).toBe(1);
      }
    });

    it('translates only fields the base file has, so no translated text is without a base', () => {
      const { fields, items } = proseFields(definition);
      for (const field of fields) expect(baseFields(definition), `${definition.name}.${field}`).toContain(field);
      for (const [list, itemFields] of Object.entries(items)) {
        const element = elementOf(schemaAt(base, [list])!);
        expect(element && shapeOf(element), `${definition.name}.${list} is a list of groups in the base file`).toBeTruthy();
        for (const field of itemFields) expect(objectKeysAt(base, [list, 0]), `${definition.name}.${list}[].${field}`).toContain(field);
      }
    });

    it('exports every field of an entry, facts among the facts and prose under text', () => {
      const data = Object.fromEntries(baseFields(definition).map((field) => [field, `value of ${field}`]));
      const entry = catalogueEntry(definition.name, { slug: 'x', data, translations: {} }, { defaultLocale: 'en', urls: {}, imageUrl: (s) => s });
      const text = entry.text.en ?? {};
      for (const field of baseFields(definition)) {
        const exported = field in entry ? entry[field] : text[field];
        expect(exported, `${definition.name}.${field}`).toBe(`value of ${field}`);
      }
    });
  });
});

describe('field meta', () => {
  it('is found through optional and default wrappers, where the checker looks for it', () => {
    const products = entryDefinitions.find((d) => d.name === 'products')!.schema(tools);
    expect(metaOf(schemaAt(products, ['hsCode'])).fix?.('190590').en).toContain('"1905.90"');
    expect(metaOf(schemaAt(products, ['packs', 0, 'barcode'])).expectedText).toMatch(/GS1 barcode/);
    expect(metaOf(schemaAt(products, ['sample'])).whenEmpty?.id).toMatch(/sample: true/);
    expect(metaOf(schemaAt(products, ['name']))).toEqual({});
  });

  it('describes references and images for form generators, with labels where given', () => {
    const products = describedSchema(entryDefinitions.find((d) => d.name === 'products')!);
    expect(metaOf(schemaAt(products, ['producer'])).references).toBe('producers');
    expect(metaOf(schemaAt(products, ['allergens', 0])).references).toBe('allergens');
    expect(metaOf(schemaAt(products, ['images', 0, 'src'])).image).toBe(true);
    expect(metaOf(schemaAt(products, ['shelfLifeDays'])).label).toEqual({ en: 'Shelf life (days)', id: 'Masa simpan (hari)' });
  });
});
