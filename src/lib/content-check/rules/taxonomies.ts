/** Taxonomy files: each item a unique slug id and the fields of its schema. */
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '~/schemas/fields';
import { hint, hints } from '~/lib/content-check/hints';
import { lineAt, type TaxonomyFile } from '~/lib/content-check/load';
import { formatPath, quote } from '~/lib/content-check/text';
import type { Count, Issue } from '~/lib/content-check/types';
import { validate } from '~/lib/content-check/zod-issues';

export interface TaxonomyResult {
  issues: Issue[];
  /** Items by id; null when the file is unreadable (reported once, not at every reference). */
  items: Map<string, Record<string, unknown>> | null;
  count: Count;
}

/**
 * Validates the items of one taxonomy file. The schema is used strictly: Astro's
 * loader keeps each item's \`id\` in its data, so the collection's schema lets
 * unknown keys pass, but the loader here has taken \`id\` out.
 */
export function checkTaxonomy(taxonomy: TaxonomyFile, schema: z.ZodObject): TaxonomyResult {
  const issues: Issue[] = [];
  const count = { total: 0, valid: 0 };
  if (!taxonomy.items) return { issues, items: null, count };
  const strict = schema.strict();
  const byId = new Map<string, Record<string, unknown>>();
  for (const item of taxonomy.items) {
    count.total++;
    const before = issues.length;
    const at = (field: PropertyKey[]) => ({ file: taxonomy.file, ...lineAt(taxonomy, [item.index, ...field]), field: formatPath([item.index, ...field]) });
    if (!item.id) {
      issues.push({
        severity: 'error',
        code: 'missing-field',
        ...at([]),
        field: formatPath([item.index, 'id']),
        message: 'missing required field `id`: expected a slug that entries use to refer to this item, e.g. "crackers"',
        hint: hint('Start the item with `- id: some-id` (lowercase letters, digits and hyphens).', 'Awali butir dengan `- id: nama-id` (huruf kecil, angka, dan tanda hubung).'),
      });
    } else if (!SLUG_PATTERN.test(item.id)) {
      issues.push({
        severity: 'error',
        code: 'invalid-value',
        ...at(['id']),
        message: `expected the id to be a slug (lowercase letters a-z, digits and single hyphens), got ${quote(item.id)}`,
        hint: hints.slugValue(item.id),
      });
    } else if (byId.has(item.id)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-id',
        ...at(['id']),
        message: `the id "${item.id}" is used by an earlier item too: ids must be unique`,
        hint: hint('Merge the two items or give one of them another id.', 'Gabungkan kedua butir atau beri salah satunya id lain.'),
      });
    }
    issues.push(...validate({ file: taxonomy.file, source: taxonomy, data: item.data, schema: strict, pathPrefix: [item.index] }).issues);
    if (item.id && !byId.has(item.id)) byId.set(item.id, item.data);
    if (issues.length === before) count.valid++;
  }
  return { issues, items: byId, count };
}
