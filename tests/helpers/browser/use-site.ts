/**
 * The usual setup of a browser suite: serve a build and launch Chromium
 * before the suite, close both after it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic, type StaticSite } from '../../../scripts/lib/static-server';

export interface SiteSession {
  site: StaticSite;
  browser: Browser;
}

/** Registers the hooks; read `site` and `browser` from the returned object inside tests. */
export function useSite(dist: string, base = '/'): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first`);
    session.site = await serveStatic(dist, base);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
