/**
 * Astro's `getImage`, once per source image and transform. A product photo is
 * shown on its own page, in every listing card and as a search thumbnail, in
 * both languages; Astro hashes the transform on every call, which at
 * thousands of products was a fifth of page rendering time.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { memoizeAsync } from './memo';

export interface ImageTransform {
  format: 'avif' | 'webp' | 'jpg';
  /** Responsive widths for a srcset (the photo is never upscaled). */
  widths?: number[];
  width?: number;
  height?: number;
  fit?: 'cover';
}

export const optimizedImage = memoizeAsync(
  (src: ImageMetadata, transform: ImageTransform) => getImage({ src, ...transform }),
  (src, transform) => `${src.src}|${JSON.stringify(transform)}`,
);
