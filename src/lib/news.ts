/** Ordering of news and events: upcoming events soonest first, then everything past, newest first. */
import { startOfDay } from './dates';

export interface Dated {
  data: { date: Date; endDate?: Date | undefined; kind: string };
}

/** An event is upcoming until its last day has passed; news items are never upcoming. */
export function isUpcoming(item: Dated, today: Date): boolean {
  if (item.data.kind === 'news') return false;
  const last = item.data.endDate ?? item.data.date;
  return startOfDay(last).getTime() >= startOfDay(today).getTime();
}

export function splitNews<T extends Dated>(items: readonly T[], today: Date): { upcoming: T[]; past: T[] } {
  const upcoming = items.filter((i) => isUpcoming(i, today)).sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
  const past = items.filter((i) => !isUpcoming(i, today)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return { upcoming, past };
}
