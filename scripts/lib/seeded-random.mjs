/**
 * Deterministic pseudo-random numbers for generated data and drawings: the
 * same seed gives the same sequence on every machine. Plain JavaScript so the
 * image scripts (run by `node`) and the TypeScript generators share it.
 */

/**
 * mulberry32: small, fast and good enough for test data; numbers in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed from a text (FNV-1a), so a drawing named "kemplang" always looks the same.
 * @param {string} text
 * @returns {number}
 */
export function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
