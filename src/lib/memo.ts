/**
 * Memoization for build-time work that many pages repeat with the same inputs
 * (the catalogue's collections, product contexts, image transforms,
 * formatters). Only for pure functions of their key. The one caching helper
 * of the site: a module keeps no cache of its own.
 */

/**
 * `make` called once per key: later calls with the same key get the first
 * call's result (for an async `make`, its promise). A rejected promise is
 * forgotten, so the next call tries again. The key defaults to the arguments
 * joined by "|", which suits strings and numbers; a key that is an object (a
 * schema) is the same key only as the same object.
 */
export function memoize<A extends unknown[], R>(make: (...args: A) => R, key: (...args: A) => unknown = (...args) => args.join('|')): (...args: A) => R {
  const cache = new Map<unknown, R>();
  return (...args: A) => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    const result = make(...args);
    cache.set(k, result);
    if (result instanceof Promise) result.catch(() => cache.delete(k));
    return result;
  };
}
