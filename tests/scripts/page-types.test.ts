import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../scripts/lib/page-types';

describe('pageTypeOf (the benchmark weighs the largest page of each type)', () => {
  it('classes pages by URL, both languages and every page of a list together', () => {
    expect(pageTypeOf('/')).toBe('home');
    expect(pageTypeOf('/id/')).toBe('home');
    expect(pageTypeOf('/products/kemplang-panggang/')).toBe('product');
    expect(pageTypeOf('/id/producers/x/')).toBe('producer');
    expect(pageTypeOf('/producers/page/3/')).toBe('producers index');
    expect(pageTypeOf('/search/')).toBe('search');
    expect(pageTypeOf('/for-retailers/')).toBe('for retailers');
    expect(pageTypeOf('/for-retailers/kota-palembang/')).toBe('region retail table');
    expect(pageTypeOf('/id/for-retailers/kota-palembang/page/4/')).toBe('region retail table');
    expect(pageTypeOf('/regions/kota-palembang/products/page/2/')).toBe('region products list');
    expect(pageTypeOf('/categories/crackers/page/2/')).toBe('category');
    expect(pageTypeOf('/inquiry/')).toBe('inquiry list');
    expect(pageTypeOf('/id/inquiry/compare/')).toBe('compare');
  });
});
