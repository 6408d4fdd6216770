import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeCodes, localeConfig, type Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import { allLocalized } from '~/lib/catalogue';
import { entryPath, langParam, localeFromParam, pagePath } from '~/lib/urls';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** The news feed of one locale, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale: Locale = localeFromParam(params.lang);
  const news = (await allLocalized('news', locale)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return rss({
    title: `${t(locale, 'site.name')} — ${t(locale, 'news.title')}`,
    description: t(locale, 'news.description'),
    site: new URL(pagePath(locale), site).href,
    items: news.map((item) => ({
      title: item.data.title,
      link: entryPath(locale, 'news', item.entry.id),
      pubDate: item.data.date,
      description: item.data.summary,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address (RSS Best Practices: atom:link rel="self"), base path included.
    customData: `<language>${localeConfig(locale).lang}</language><atom:link href="${new URL(pagePath(locale, 'rss.xml').replace(/\/$/, ''), site).href}" rel="self" type="application/rss+xml"/>`,
  });
};
