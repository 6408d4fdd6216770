// js-yaml ships no types; this is the one function the checker uses (Astro's own YAML reader).
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
