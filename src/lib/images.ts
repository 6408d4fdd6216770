/**
 * Image helpers. Content images are referenced by path in front matter; alt text
 * in other locales is keyed by the image's file name (`imageAlts` in a
 * translation file), so we need the original file name back from Astro's
 * processed image metadata.
 */

interface ImageLike {
  src: string;
  fsPath?: string;
}

/**
 * `kemplang.jpg` from `/_astro/kemplang.Bq3x9z_A.jpg`, `/@fs/…/kemplang.jpg?origWidth=…`
 * or the original file path.
 */
export function originalFileName(image: ImageLike): string {
  const path = image.fsPath ?? image.src;
  const last = path.split('?')[0]!.split('/').pop() ?? '';
  if (image.fsPath) return last;
  const hashed = /^(.+)\.[A-Za-z0-9_-]{8}\.([a-z0-9]+)$/i.exec(last);
  return hashed ? `${hashed[1]}.${hashed[2]}` : last;
}

/** Alt text in the page's language: the translation's alt for this file, else the base (English) alt. */
export function localizedAlt(image: { src: ImageLike; alt: string }, imageAlts: Record<string, string> | undefined): string {
  return imageAlts?.[originalFileName(image.src)] ?? image.alt;
}

/** Astro's processed image metadata, as found in entry data (`images[0].src`, `cover.src`). */
export interface ImageRef extends ImageLike {
  width: number;
  height: number;
  format: string;
}

function isImageRef(value: unknown): value is ImageRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const v = value as Record<string, unknown>;
  return typeof v.src === 'string' && typeof v.width === 'number' && typeof v.height === 'number' && typeof v.format === 'string';
}

/**
 * A copy of `value` (entry data) with every image replaced by `map(image)`,
 * e.g. by the published copy of the photo so that data downloads and JSON-LD
 * never link the original. The replacement keeps the original's `fsPath`, so
 * `originalFileName` (the key of `imageAlts`) still names the editor's file.
 */
export async function mapImages<T>(value: T, map: (image: ImageRef) => Promise<ImageRef>): Promise<T> {
  if (isImageRef(value)) {
    const mapped = await map(value);
    return { ...mapped, fsPath: value.fsPath ?? mapped.fsPath } as T;
  }
  if (Array.isArray(value)) return (await Promise.all(value.map((item) => mapImages(item, map)))) as T;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await mapImages(item, map)] as const));
  return Object.fromEntries(entries) as T;
}
