/**
 * Memoization for build-time work that many pages repeat with the same inputs
 * (image transforms, formatters). Only for pure functions of their key.
 */

/**
 * `fn` called once per key: later calls with the same key share the first
 * call's promise. A rejected call is forgotten, so the next call tries again.
 */
export function memoizeAsync<A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: (...args: A) => string): (...args: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...args: A) => {
    const k = key(...args);
    let result = cache.get(k);
    if (!result) {
      result = fn(...args);
      cache.set(k, result);
      result.catch(() => cache.delete(k));
    }
    return result;
  };
}

/** `make` called once per key; the value is kept for every later call. */
export function memoize<A extends unknown[], R>(make: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    if (!cache.has(k)) cache.set(k, make(...args));
    return cache.get(k) as R;
  };
}
