import type { APIRoute } from 'astro';
import type { Locale } from '~/i18n/locales';
import { all, byId, localizedEntry } from '~/lib/catalogue';
import { buildDate } from '~/lib/dates';
import { entryStaticPaths } from '~/lib/entry-paths';
import { icsCalendar, isEventKind } from '~/lib/ics';
import { absoluteUrl, entryPath } from '~/lib/urls';

/**
 * An all-day calendar file per event (exhibition, training, programme), in each
 * locale with that locale's title and summary. Both share one UID, so a
 * calendar treats them as the same event.
 */
export async function getStaticPaths() {
  return entryStaticPaths((await all('news')).filter((n) => isEventKind(n.data.kind)).map((n) => n.id));
}

interface Props {
  locale: Locale;
  slug: string;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { locale, slug } = props;
  const { data } = await localizedEntry('news', slug, locale);
  const regions = await byId('regions');
  const region = data.regions[0] && regions.get(data.regions[0].id)?.data.name;
  const body = icsCalendar({
    uid: `${slug}@etalase`,
    stamp: buildDate(),
    start: data.date,
    end: data.endDate,
    summary: data.title,
    description: data.summary,
    location: data.place ?? region,
    url: absoluteUrl(entryPath(locale, 'news', slug), site!),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
