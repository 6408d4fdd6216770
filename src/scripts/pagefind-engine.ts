/**
 * Loading Pagefind in the browser. The bundle is built after Astro's own build,
 * so it is imported at run time from its URL, never bundled.
 */

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: object) => Promise<PagefindResponse | null>;
}
interface PagefindModule {
  /** A separate Pagefind with its own loaded indexes (Pagefind 1.5+). */
  createInstance: (options?: Record<string, unknown>) => Pagefind;
}

let loaded: Promise<PagefindModule> | undefined;

/** A new Pagefind instance over the bundle at `bundle` (`/pagefind/`), for pages under `base`. */
export async function createPagefind(bundle: string, base: string): Promise<Pagefind> {
  loaded ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>).catch((error: unknown) => {
    loaded = undefined; // the next search tries again
    throw error;
  });
  const engine = (await loaded).createInstance({ basePath: bundle });
  await engine.options({ baseUrl: base });
  await engine.init();
  return engine;
}
