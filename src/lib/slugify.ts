/**
 * File-name slugs for new entries: lowercase ASCII letters, digits and single
 * hyphens (SLUG_PATTERN in src/schemas/fields.ts), so the name an editor types
 * becomes a URL that works in every browser and file system.
 */

export const MAX_SLUG_LENGTH = 60;

/** "UD Kemplang Bu Sari's (Palembang)" → "ud-kemplang-bu-saris-palembang"; "" when nothing usable is left. */
export function slugify(text: string, max: number = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Apostrophes join a word ("Sari's" → "saris") instead of splitting it.
    .replace(/['’ʼ`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a hyphen when one exists, so the slug does not end in half a word.
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}
