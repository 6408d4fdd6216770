/**
 * The retail scout's shortlist, kept in localStorage under one key for every
 * retail table (the full one and each region's), so products picked in two
 * regions export and print together. Each entry keeps the row's cell texts per
 * language as they were shown when picked (and refreshed whenever the row is on
 * screen again): a page can then export rows that are not in its own table.
 */

export const SHORTLIST_KEY = 'etalase.shortlist';

export interface ShortlistEntry {
  slug: string;
  /** The row's cell texts (one per column, in column order) by language code. */
  cells: Record<string, string[]>;
}

const SLUG = /^[a-z0-9-]{1,100}$/;
const LANG = /^[a-z]{2,3}$/;
const MAX_CELLS = 40;
const MAX_CELL_LENGTH = 2000;

function readCells(value: unknown): Record<string, string[]> {
  const cells: Record<string, string[]> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return cells;
  for (const [lang, list] of Object.entries(value)) {
    if (!LANG.test(lang) || !Array.isArray(list) || list.length > MAX_CELLS) continue;
    if (list.every((c): c is string => typeof c === 'string' && c.length <= MAX_CELL_LENGTH)) cells[lang] = list;
  }
  return cells;
}

/**
 * The stored shortlist: a JSON list of entries. A plain slug (what earlier
 * versions stored) reads as an entry without cells; anything else is dropped.
 */
export function parseShortlist(stored: string | null | undefined): ShortlistEntry[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const entries: ShortlistEntry[] = [];
  for (const item of value) {
    const slug = typeof item === 'string' ? item : (item as { slug?: unknown } | null)?.slug;
    if (typeof slug !== 'string' || !SLUG.test(slug) || seen.has(slug)) continue;
    seen.add(slug);
    entries.push({ slug, cells: typeof item === 'string' ? {} : readCells((item as { cells?: unknown }).cells) });
  }
  return entries;
}

export function shortlistSlugs(list: readonly ShortlistEntry[]): string[] {
  return list.map((e) => e.slug);
}

/** Adds (at the end) or removes a product; adding keeps the row's cells in `lang`. */
export function toggleShortlist(list: readonly ShortlistEntry[], slug: string, on: boolean, lang?: string, cells?: readonly string[]): ShortlistEntry[] {
  const old = list.find((e) => e.slug === slug);
  const without = list.filter((e) => e.slug !== slug);
  if (!on) return without;
  const entry: ShortlistEntry = { slug, cells: { ...old?.cells } };
  if (lang && cells) entry.cells[lang] = [...cells];
  return [...without, entry];
}

/**
 * Refreshes the stored cells (in `lang`) of shortlisted products that this page
 * shows, so an export reflects the current build. Returns the same list when
 * nothing changed, so callers can skip writing storage.
 */
export function refreshCells(list: readonly ShortlistEntry[], lang: string, rows: ReadonlyMap<string, readonly string[]>): readonly ShortlistEntry[] {
  let changed = false;
  const next = list.map((entry) => {
    const cells = rows.get(entry.slug);
    if (!cells || JSON.stringify(entry.cells[lang]) === JSON.stringify(cells)) return entry;
    changed = true;
    return { slug: entry.slug, cells: { ...entry.cells, [lang]: [...cells] } };
  });
  return changed ? next : list;
}

/**
 * The shortlist as rows of `width` cells for export and print, in `lang` where
 * known (else the language it was picked in; else just its slug, so nothing
 * silently drops out). Products shown on this page come first in `pageOrder`
 * (the table as sorted on screen), then the others in the order they were picked.
 */
export function shortlistRows(list: readonly ShortlistEntry[], lang: string, pageOrder: readonly string[], width: number): { slug: string; cells: string[] }[] {
  const position = new Map(pageOrder.map((slug, index) => [slug, index]));
  const ordered = list
    .map((entry, index) => ({ entry, key: position.get(entry.slug) ?? pageOrder.length + index }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.entry);
  return ordered.map(({ slug, cells }) => {
    const known = cells[lang] ?? Object.values(cells)[0] ?? [slug];
    return { slug, cells: Array.from({ length: width }, (_, i) => known[i] ?? '') };
  });
}
