/**
 * Astro's `getImage`, once per source image and transform. A product photo is
 * shown on its own page, in every listing card and as a search thumbnail, in
 * both languages; Astro hashes the transform on every call, which at
 * thousands of products was a fifth of page rendering time.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { mapImages, type ImageRef } from './images';
import { memoize } from './memo';

export interface ImageTransform {
  format: 'avif' | 'webp' | 'jpg';
  /** Responsive widths for a srcset (the photo is never upscaled). */
  widths?: number[];
  width?: number;
  height?: number;
  fit?: 'cover';
}

/** Widths of the photo in a product or producer card (lists, search results' neighbours). */
export const CARD_WIDTHS = [320, 480, 640];

/**
 * The transform of a responsive photo of `src` at `widths`: the largest width
 * asked for is the fallback `src`, never the original file (which may be a
 * camera's full size), and the photo is never upscaled.
 */
export function responsiveTransform(src: ImageMetadata, format: 'avif' | 'webp', widths: number[]): ImageTransform {
  return { format, widths, width: Math.min(src.width, Math.max(...widths)) };
}

export const optimizedImage = memoize(
  (src: ImageMetadata, transform: ImageTransform) => getImage({ src, ...transform }),
  (src, transform) => `${src.src}|${JSON.stringify(transform)}`,
);

/**
 * Photos published outside the page's own markup (JSON-LD `image`, the data
 * downloads) are this copy, never the editor's original file: a JPEG at most
 * PUBLISHED_WIDTH wide, which Astro writes to `_astro/` once per photo.
 */
export const PUBLISHED_WIDTH = 1600;

export async function publishedImage(src: ImageMetadata): Promise<ImageRef> {
  const image = await optimizedImage(src, { format: 'jpg', width: Math.min(src.width, PUBLISHED_WIDTH) });
  const width = Number(image.attributes.width ?? image.options.width ?? src.width);
  const height = Number(image.attributes.height ?? image.options.height ?? Math.round((src.height * width) / src.width));
  const { fsPath } = src as ImageMetadata & { fsPath?: string };
  return { src: image.src, width, height, format: 'jpg', ...(fsPath ? { fsPath } : {}) };
}

/** `value` (entry data) with every photo replaced by its published copy; see `mapImages`. */
export const withPublishedImages = <T>(value: T): Promise<T> => mapImages(value, (image) => publishedImage(image as ImageMetadata));
