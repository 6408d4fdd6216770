/**
 * The product page's facts lists come from the schema (src/lib/shown-facts.ts):
 * which fields, in which order, and how each kind of value reads.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { shownFacts, shownFields, type FactContext } from '~/lib/shown-facts';
import { bilingual, fieldMeta } from '~/schemas/field-meta';
import { definitionOf, describedSchema } from '~/schemas/registry';

const label = (en: string) => bilingual(en, `${en} (id)`);
const context = (data: Record<string, unknown>, locale: 'en' | 'id' = 'en'): FactContext => ({
  locale,
  data,
  termLabel: (collection, id) => `${collection}:${id}`,
});

describe('shown facts', () => {
  it('lists the products schema fields in the page order: the schema order, or after the field `after` names', () => {
    const schema = describedSchema(definitionOf('products'));
    expect(shownFields(schema, 'trade').map((f) => f.key)).toEqual(['hsCode', 'monthlyCapacity', 'incoterms', 'samples', 'privateLabel', 'shelfLifeDays', 'exportMarkets', 'availability']);
    expect(shownFields(schema, 'food').map((f) => f.key)).toEqual(['ingredients', 'allergens', 'storage', 'onPack', 'retailTrial']);
  });

  it('writes each kind of value: number, yes/no, list, references by their label, yes/no items, and the field label in the page language', () => {
    const schema = z.strictObject({
      weight: z.number().optional().register(fieldMeta, { label: label('Weight'), show: { list: 'trade' } }),
      halal: z.boolean().default(false).register(fieldMeta, { label: label('Halal'), show: { list: 'trade' } }),
      codes: z.array(z.string()).default([]).register(fieldMeta, { label: label('Codes'), show: { list: 'trade' } }),
      allergens: z.array(z.string().register(fieldMeta, { references: 'allergens' })).default([]).register(fieldMeta, { label: label('Allergens'), show: { list: 'trade', empty: 'product.noAllergens' } }),
      onPack: z.strictObject({ productionCode: z.boolean(), expiryDate: z.boolean() }).optional().register(fieldMeta, { label: label('On pack'), show: { list: 'trade', values: 'product' } }),
    });
    const rows = shownFacts(schema, 'trade', context({ weight: 1250.5, halal: true, codes: ['A', 'B'], allergens: [{ id: 'fish' }], onPack: { expiryDate: false, productionCode: true } }));
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Weight', '1,250.5'],
      ['Halal', 'Yes'],
      ['Codes', 'A, B'],
      ['Allergens', 'allergens:fish'],
      ['On pack', '✓ Production code · ✗ Expiry date'],
    ]);
    expect(shownFacts(schema, 'trade', context({ halal: false, codes: [], allergens: [] }, 'id')).map((r) => [r.label, r.value])).toEqual([
      ['Halal (id)', 'Tidak'],
      ['Allergens (id)', 'Tidak ada yang dinyatakan'],
    ]);
  });

  it('refuses a shown field without a label, or placed after a field that is not in its list', () => {
    const unlabelled = z.strictObject({ colour: z.string().register(fieldMeta, { show: { list: 'trade' } }) });
    expect(() => shownFields(unlabelled, 'trade')).toThrow(/"colour" is shown on the product page but has no label/);
    const misplaced = z.strictObject({ colour: z.string().register(fieldMeta, { label: label('Colour'), show: { list: 'trade', after: 'size' } }) });
    expect(() => shownFields(misplaced, 'trade')).toThrow(/"colour" is shown after "size"/);
  });

  it('names the field whose value it cannot write', () => {
    const schema = z.strictObject({ origin: z.strictObject({ lat: z.number() }).register(fieldMeta, { label: label('Origin'), show: { list: 'trade' } }) });
    expect(() => shownFacts(schema, 'trade', context({ origin: { lat: 1 } }))).toThrow(/"origin" is shown on the page, but its value .* give it a `format`/);
  });
});
