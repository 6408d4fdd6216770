import { describe, expect, it } from 'vitest';
import { parseShortlist, refreshCells, shortlistRows, shortlistSlugs, toggleShortlist, type ShortlistEntry } from '~/lib/shortlist';

const entry = (slug: string, cells: Record<string, string[]> = {}): ShortlistEntry => ({ slug, cells });

describe('stored shortlist', () => {
  it('reads entries with their cells, and the plain slugs earlier versions stored', () => {
    const stored = JSON.stringify([{ slug: 'a', cells: { id: ['Kemplang', 'UD X'] } }, 'b', 'a', 'Bad Slug', 3, null, { slug: 'c', cells: { id: [1, 2], EN: ['x'], en: ['C'] } }]);
    expect(parseShortlist(stored)).toEqual([entry('a', { id: ['Kemplang', 'UD X'] }), entry('b'), entry('c', { en: ['C'] })]);
  });
  it('reads junk as empty', () => {
    expect(parseShortlist('{"a":1}')).toEqual([]);
    expect(parseShortlist('not json')).toEqual([]);
    expect(parseShortlist(null)).toEqual([]);
  });
  it('round-trips through JSON', () => {
    const list = [entry('a', { en: ['A'], id: ['A id'] }), entry('b')];
    expect(parseShortlist(JSON.stringify(list))).toEqual(list);
  });
});

describe('toggleShortlist', () => {
  it('adds at the end with the row cells in the page language, without duplicates', () => {
    const list = toggleShortlist([entry('a')], 'b', true, 'id', ['B']);
    expect(list).toEqual([entry('a'), entry('b', { id: ['B'] })]);
    expect(shortlistSlugs(toggleShortlist(list, 'a', true, 'id', ['A']))).toEqual(['b', 'a']);
    expect(toggleShortlist(list, 'a', false)).toEqual([entry('b', { id: ['B'] })]);
  });
  it('keeps cells stored in another language when picked again', () => {
    expect(toggleShortlist([entry('a', { en: ['A'] })], 'a', true, 'id', ['A id'])).toEqual([entry('a', { en: ['A'], id: ['A id'] })]);
  });
});

describe('refreshCells', () => {
  it('updates the cells of shortlisted rows on this page only, and says when nothing changed', () => {
    const list = [entry('a', { id: ['old'] }), entry('b', { id: ['B'] })];
    const next = refreshCells(list, 'id', new Map([['a', ['new']], ['b', ['B']], ['z', ['Z']]]));
    expect(next).toEqual([entry('a', { id: ['new'] }), entry('b', { id: ['B'] })]);
    expect(refreshCells(next, 'id', new Map([['a', ['new']]]))).toBe(next);
  });
});

describe('shortlistRows (export and print)', () => {
  const list = [entry('x', { id: ['X', 'other region'] }), entry('b', { id: ['B', 'here'] }), entry('a', { id: ['A', 'here'] }), entry('y', { en: ['Y', 'english only'] }), entry('old')];
  it("puts this page's rows first in on-screen order, then the rest in picking order", () => {
    expect(shortlistRows(list, 'id', ['a', 'c', 'b'], 2).map((r) => r.slug)).toEqual(['a', 'b', 'x', 'y', 'old']);
  });
  it("uses the page language's cells, else another language's, else the slug, padded to the column count", () => {
    const rows = shortlistRows(list, 'id', [], 3);
    expect(rows.map((r) => r.cells)).toEqual([
      ['X', 'other region', ''],
      ['B', 'here', ''],
      ['A', 'here', ''],
      ['Y', 'english only', ''],
      ['old', '', ''],
    ]);
    expect(shortlistRows([entry('a', { id: ['1', '2', '3'] })], 'id', [], 2)[0]!.cells).toEqual(['1', '2']);
  });
});
