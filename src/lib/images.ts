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
