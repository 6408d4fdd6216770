import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN } from '~/schemas/fields';
import { MAX_SLUG_LENGTH, slugify } from '~/lib/slugify';

describe('slugify', () => {
  test.each([
    ["UD Kemplang Bu Sari's (Palembang)", 'ud-kemplang-bu-saris-palembang'],
    ['Kemplang Ikan (Asli)', 'kemplang-ikan-asli'],
    ['Gula Semut — Organik 100%', 'gula-semut-organik-100'],
    ['Café Kopi Señor', 'cafe-kopi-senor'],
    ['  --Songket  Palembang--  ', 'songket-palembang'],
    ['Pempek & Tekwan', 'pempek-tekwan'],
    ['Bu Sari’s Kerupuk', 'bu-saris-kerupuk'],
    ['ＫＵＢ Ｍａｊｕ', 'kub-maju'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  test('nothing usable gives an empty slug', () => {
    expect(slugify('!!! ???')).toBe('');
    expect(slugify('')).toBe('');
  });

  test(`at most ${MAX_SLUG_LENGTH} characters, cut between words`, () => {
    const slug = slugify('Koperasi Produsen Kerupuk dan Kemplang Ikan Tenggiri Sentra Industri Kecil Palembang');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('koperasi-produsen-kerupuk-dan-kemplang-ikan-tenggiri-sentra');
    expect(slug).toMatch(SLUG_PATTERN);
  });

  test('one long word is cut at the limit', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});
