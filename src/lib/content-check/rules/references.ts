/**
 * References between entries (\`producer: kemplang-bu-sari\`): the schema tool
 * the checker binds \`ref()\` to, and the explanation of a reference to nothing,
 * with the likely intended id and who may add a missing entry.
 */
import { z } from 'astro/zod';
import { definitionOf, isTaxonomy, type EntryCollection, type ReferencedCollection, type TaxonomyCollection } from '~/schemas/registry';
import { hint } from '~/lib/content-check/hints';
import { clip, closest, listSome, quote } from '~/lib/content-check/text';
import type { Explained } from '~/lib/content-check/zod-issues';

/** The ids that exist per collection; null for a taxonomy that could not be read (reported once, not at every reference). */
export type KnownIds = Record<ReferencedCollection | EntryCollection, ReadonlySet<string> | null>;

export function referenceCheck(known: KnownIds, taxonomyFiles: Record<TaxonomyCollection, string>, folderOf: (collection: EntryCollection) => string) {
  const ref = (collection: ReferencedCollection) =>
    z
      .string({ error: `expected the ${isTaxonomy(collection) ? 'id' : 'slug'} of a ${definitionOf(collection).noun.en}, e.g. "${exampleId(known[collection])}"` })
      .refine((value) => known[collection]?.has(value) ?? true, { params: { check: 'reference', collection } });

  const explain = (collection: ReferencedCollection, value: unknown): Explained => {
    const ids = [...(known[collection] ?? [])].sort();
    const suggestion = typeof value === 'string' ? (knownName(collection, value, ids) ?? closest(value, ids)) : undefined;
    const mean = suggestion ? `Did you mean "${suggestion}"? ` : '';
    const meanId = suggestion ? `Maksudnya "${suggestion}"? ` : '';
    if (isTaxonomy(collection)) {
      const file = taxonomyFiles[collection];
      // Taxonomy items (certificate kinds above all) describe the real world: editors pick one, maintainers add them.
      return {
        code: 'unknown-reference',
        message: `no ${definitionOf(collection).noun.en} ${quote(value)} exists: expected an id from ${file} (${listSome(ids, 20)})`,
        hint: hint(
          `${mean}Use one of the ids in ${file}, written exactly as there. If none fits, ask a maintainer whether to add an item with this id there; do not add ${collection === 'certificates' ? 'a certificate kind' : 'one'} yourself.`,
          `${meanId}Gunakan salah satu id di ${file}, ditulis persis seperti di sana. Bila tidak ada yang cocok, tanyakan kepada pengelola apakah butir dengan id ini perlu ditambahkan; jangan menambahkannya sendiri.`,
        ),
      };
    }
    const folder = folderOf(collection);
    const blank = typeof value !== 'string' || !value.trim();
    const create = `${folder}${clip(String(value))}.md`;
    // Editors add producers, products and news; regions, clusters and associations are added by maintainers (the registry's `addedBy`).
    const byEditors = !isTaxonomy(collection) && definitionOf(collection).addedBy === 'editors';
    const orCreate = blank ? '.' : byEditors ? `, or create ${create} first.` : `; if it is missing, ask a maintainer to add ${create}.`;
    const orCreateId = blank ? '.' : byEditors ? `, atau buat dulu ${create}.` : `; bila belum ada, minta pengelola menambahkan ${create}.`;
    return {
      code: 'unknown-reference',
      message: `no ${definitionOf(collection).noun.en} ${quote(value)} exists: expected the slug (file name without .md) of an entry in ${folder}`,
      hint: hint(
        `${mean}Use the file name of an existing ${definitionOf(collection).noun.en} without .md (${listSome(ids, 8)})${orCreate}`,
        `${meanId}Gunakan nama berkas ${definitionOf(collection).noun.id} yang sudah ada tanpa .md (${listSome(ids, 8, 'id')})${orCreateId}`,
      ),
    };
  };

  return { ref, explain };
}

function exampleId(ids: ReadonlySet<string> | null): string {
  return ids?.values().next().value ?? 'some-slug';
}

/**
 * The names on labels and documents, for the ids they stand for: an editor
 * copies "PIRT" or "MD" from the pack. Keys are lower case, letters and digits only.
 */
const WELL_KNOWN_NAMES: Partial<Record<ReferencedCollection, Record<string, string>>> = {
  certificates: {
    pirt: 'spp-irt', sppirt: 'spp-irt', irt: 'spp-irt', sppirtpirt: 'spp-irt',
    md: 'bpom-md', bpom: 'bpom-md', bpommd: 'bpom-md', pom: 'bpom-md', pommd: 'bpom-md',
    mui: 'halal', halalmui: 'halal', bpjph: 'halal', lppom: 'halal', lppommui: 'halal', sertifikathalal: 'halal',
    oss: 'nib', nomorindukberusaha: 'nib',
    gmp: 'gmp-cppob', cppob: 'gmp-cppob',
    iso22000: 'iso-22000', organik: 'organic', pd: 'psat', psatpd: 'psat', standarnasionalindonesia: 'sni',
  },
};

function knownName(collection: ReferencedCollection, value: string, ids: readonly string[]): string | undefined {
  const id = WELL_KNOWN_NAMES[collection]?.[value.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return id && ids.includes(id) ? id : undefined;
}

