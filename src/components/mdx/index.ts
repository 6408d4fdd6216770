/**
 * The components MDX entries may use, passed to every `<Content components={…} />`
 * so editors need no import lines. Their names and props are allowlisted in
 * src/lib/mdx-allowlist.ts, which the content checker enforces.
 */
import Callout from './Callout.astro';
import Gallery from './Gallery.astro';
import Video from './Video.astro';

export { Callout, Gallery, Video };
export const mdxComponents = { Callout, Gallery, Video };
