import { describe, expect, it } from 'vitest';
import { memoize } from '~/lib/memo';

describe('memoize, of an async function', () => {
  it('calls the function once per key and shares the result', async () => {
    const calls: string[] = [];
    const double = memoize(async (n: number, label: string) => {
      calls.push(`${n}${label}`);
      return n * 2;
    }, (n, label) => `${n}|${label}`);
    const results = await Promise.all([double(2, 'a'), double(2, 'a'), double(3, 'a'), double(2, 'b')]);
    expect(results).toEqual([4, 4, 6, 4]);
    expect(await double(2, 'a')).toBe(4);
    expect(calls).toEqual(['2a', '3a', '2b']);
  });

  it('forgets a failure so the next call tries again', async () => {
    let attempts = 0;
    const flaky = memoize(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('first attempt fails');
      return 'ok';
    }, () => 'key');
    await expect(flaky()).rejects.toThrow('first attempt fails');
    expect(await flaky()).toBe('ok');
    expect(await flaky()).toBe('ok');
    expect(attempts).toBe(2);
  });
});

describe('memoize', () => {
  it('builds one value per key, including falsy values', () => {
    let built = 0;
    const make = memoize((key: string) => {
      built += 1;
      return key === 'none' ? undefined : key.length;
    }, (key) => key);
    expect([make('abc'), make('abc'), make('none'), make('none')]).toEqual([3, 3, undefined, undefined]);
    expect(built).toBe(2);
  });

  it('takes an object key by identity: the same object is the same key, an equal one is not', () => {
    let built = 0;
    const fieldsOf = memoize((schema: { fields: string[] }) => {
      built += 1;
      return schema.fields.length;
    }, (schema) => schema);
    const schema = { fields: ['a', 'b'] };
    expect([fieldsOf(schema), fieldsOf(schema), fieldsOf({ fields: ['a', 'b'] })]).toEqual([2, 2, 2]);
    expect(built).toBe(2);
  });
});
