import { describe, expect, it } from 'vitest';
import { countBy } from '~/lib/collect';
import { isUpcoming, splitNews } from '~/lib/news';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (id: string, kind: string, date: string, endDate?: string) => ({ id, data: { kind, date: d(date), endDate: endDate ? d(endDate) : undefined } });
const today = d('2026-11-23');

describe('news ordering', () => {
  it('keeps an event upcoming through its last day; news is never upcoming', () => {
    expect(isUpcoming(item('a', 'exhibition', '2026-11-20', '2026-11-23'), today)).toBe(true);
    expect(isUpcoming(item('b', 'exhibition', '2026-11-20', '2026-11-22'), today)).toBe(false);
    expect(isUpcoming(item('c', 'news', '2027-01-01'), today)).toBe(false);
  });
  it('lists upcoming soonest first and past newest first', () => {
    const { upcoming, past } = splitNews(
      [item('old', 'news', '2017-02-28'), item('later', 'training', '2027-05-01'), item('soon', 'exhibition', '2027-03-01'), item('recent', 'news', '2026-02-06')],
      today,
    );
    expect(upcoming.map((i) => i.id)).toEqual(['soon', 'later']);
    expect(past.map((i) => i.id)).toEqual(['recent', 'old']);
  });
  it('counts items per key', () => {
    expect([...countBy(['a', 'b', 'a'], (x) => x)]).toEqual([['a', 2], ['b', 1]]);
  });
});
