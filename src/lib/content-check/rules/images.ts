/**
 * Image paths: local, relative to the entry file, an existing file of a type
 * Astro can process, and a photo prepared for the web (size warnings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { z } from 'astro/zod';
import { elementOf, shapeOf, unwrap } from '~/schemas/field-meta';
import { hint } from '~/lib/content-check/hints';
import type { EntryFile } from '~/lib/content-check/load';
import { clip, closest, quote } from '~/lib/content-check/text';
import type { Hint, Issue } from '~/lib/content-check/types';
import type { Explained } from '~/lib/content-check/zod-issues';

/** File types Astro's `image()` can process. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);

function describeSize({ bytes, width, height }: PhotoSize): string {
  const megabytes = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return width && height ? `${megabytes} (${width} × ${height} px)` : megabytes;
}

/** The photo command, with `--to` naming the photo's place under content/images/ when it is there. */
function preparePhotoHint(src: string): Hint {
  const to = /(?:^|\/)images\/(.+)$/.exec(src.replaceAll('\\', '/'))?.[1] ?? 'products/name.jpg';
  const target = clip(to.replace(/\.[^./]+$/, '.jpg'), 120);
  return hint(
    `Keep the original outside content/ and prepare a copy with \`npm run images -- --photo camera.jpg --to ${target}\` (camera.jpg being the original): at most 2400 px, about 1 MB. Then refer to ../images/${target}.`,
    `Simpan foto asli di luar content/ lalu siapkan salinannya dengan \`npm run images -- --photo kamera.jpg --to ${target}\` (kamera.jpg adalah foto asli): paling besar 2400 px, sekitar 1 MB. Lalu rujuk ../images/${target}.`,
  );
}

/** Photos narrower than this look soft on large screens and in print: a warning. */
export const MIN_PHOTO_WIDTH = 1200;
/** Above either, a photo was not prepared with `npm run images -- --photo`: a warning (it makes builds and downloads slow). */
export const LARGE_PHOTO_BYTES = 3 * 1024 * 1024;
export const LARGE_PHOTO_SIDE = 3000;
/** Above either, the photo is refused: an error. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;

interface PhotoSize {
  bytes: number;
  width?: number;
  height?: number;
}

/** Image paths: local, relative to the entry file, an existing file of a type Astro can process. */
export class ImageCheck {
  private listings = new Map<string, Set<string> | null>();
  private sizes = new Map<string, PhotoSize | undefined>();

  /** Bytes and pixels of a photo, from its header only (each file is measured once). */
  private measure(file: string): PhotoSize | undefined {
    if (!this.sizes.has(file)) {
      let size: PhotoSize | undefined;
      try {
        const bytes = fs.statSync(file).size;
        const fd = fs.openSync(file, 'r');
        try {
          const head = Buffer.alloc(Math.min(bytes, 512 * 1024));
          fs.readSync(fd, head, 0, head.length, 0);
          let dimensions: { width?: number; height?: number } = {};
          try {
            dimensions = imageSize(head);
          } catch {
            dimensions = bytes > head.length ? imageSize(fs.readFileSync(file)) : {};
          }
          size = { bytes, width: dimensions.width, height: dimensions.height };
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        size = undefined; // unreadable as an image: Astro's own error will name it
      }
      this.sizes.set(file, size);
    }
    return this.sizes.get(file);
  }

  /** A warning when an existing photo is narrower than MIN_PHOTO_WIDTH, or larger than a prepared photo. */
  sizeWarning(entry: EntryFile, src: string): Issue | undefined {
    const size = this.measure(path.resolve(path.dirname(entry.absPath), src));
    if (!size?.width) return undefined;
    const warning = { severity: 'warning' as const, file: entry.file, field: '(photo)' };
    if (size.width < MIN_PHOTO_WIDTH) {
      return {
        ...warning,
        code: 'image-too-small',
        message: `the photo ${clip(src, 200)} is ${size.width} px wide: expected at least ${MIN_PHOTO_WIDTH} px so it stays sharp on large screens and in print`,
        hint: hint(
          `Use the original photo from the camera or phone and prepare it with \`npm run images -- --photo original.jpg --to <folder>/<name>.jpg\`.`,
          `Pakai foto asli dari kamera atau ponsel dan siapkan dengan \`npm run images -- --photo asli.jpg --to <folder>/<nama>.jpg\`.`,
        ),
      };
    }
    if (size.bytes > LARGE_PHOTO_BYTES || Math.max(size.width, size.height ?? 0) > LARGE_PHOTO_SIDE) {
      return {
        ...warning,
        code: 'image-too-large',
        message: `the photo ${clip(src, 200)} is ${describeSize(size)}: expected a photo prepared to at most 2400 px and about 1 MB; above ${LARGE_PHOTO_BYTES / 1024 / 1024} MB or ${LARGE_PHOTO_SIDE} px it slows the build and every visitor's download`,
        hint: preparePhotoHint(src),
      };
    }
    return undefined;
  }

  private readonly show: (p: string) => string;

  constructor(show: (p: string) => string) {
    this.show = show;
  }

  /** Whether `src` names a usable photo for an entry in `folder`: the answer depends on the folder, not the entry. */
  isUsable(folder: string, src: string): boolean {
    return this.problem(path.join(folder, 'entry.md'), src) === undefined;
  }

  problem(entryPath: string, src: string): Explained | undefined {
    // Images of content/<collection>/x.md live in content/images/<collection>/ by convention.
    const kind = path.basename(path.dirname(entryPath));
    const example = `../images/${kind}/name.jpg`;
    if (!src.trim()) {
      return {
        code: 'missing-image',
        message: `no photo given: expected the path of a photo file, e.g. ${example}`,
        hint: hint(
          `Put the photo in content/images/${kind}/ and write its path relative to this file, e.g. \`src: ${example}\`.`,
          `Simpan foto di content/images/${kind}/ lalu tulis jalurnya relatif terhadap berkas ini, mis. \`src: ${example}\`.`,
        ),
      };
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      return {
        code: 'missing-image',
        message: `expected a local image file, got the web address ${quote(src)}: the site never loads images from other sites`,
        hint: hint(
          `Save the photo under content/images/ (with the owner's permission) and write its path relative to this file, e.g. ${example}.`,
          `Simpan foto di content/images/ (dengan izin pemiliknya) dan tulis jalurnya relatif terhadap berkas ini, mis. ${example}.`,
        ),
      };
    }
    if (path.isAbsolute(src)) {
      return {
        code: 'missing-image',
        message: `expected an image path relative to this file, e.g. ${example}, got the absolute path ${quote(src)}`,
        hint: hint(`Write the path from this file's folder, e.g. ${example}.`, `Tulis jalurnya dari folder berkas ini, mis. ${example}.`),
      };
    }
    const extension = path.extname(src).toLowerCase();
    if (!IMAGE_EXTENSIONS.has(extension)) {
      return {
        code: 'missing-image',
        message: `expected a JPEG, PNG, WebP or AVIF image, got ${extension ? `a ${extension} file` : 'a path without a file extension'}: ${quote(src)}`,
        hint: hint('Convert the photo to .jpg (or .png/.webp) and refer to that file.', 'Ubah foto menjadi .jpg (atau .png/.webp) dan rujuk berkas itu.'),
      };
    }
    const resolved = path.resolve(path.dirname(entryPath), src);
    const folder = path.dirname(resolved);
    const name = path.basename(resolved);
    const listing = this.list(folder);
    if (listing?.has(name)) return this.tooLarge(resolved, src);
    const candidates = [...(listing ?? [])].filter((f) => IMAGE_EXTENSIONS.has(path.extname(f).toLowerCase()));
    const caseOnly = candidates.find((f) => f.toLowerCase() === name.toLowerCase());
    const suggestion = caseOnly ?? closest(name, candidates);
    const suggestedSrc = suggestion ? path.relative(path.dirname(entryPath), path.join(folder, suggestion)).split(path.sep).join('/') : undefined;
    const why = listing ? '' : ` (the folder ${this.show(folder)}/ does not exist)`;
    const relativeTo = this.show(entryPath);
    return {
      code: 'missing-image',
      message: `image not found: expected a file at ${clip(this.show(resolved), 200)}${why}${caseOnly ? `; there is ${caseOnly}, which differs only in upper/lower case` : ''}`,
      hint: hint(
        `${suggestedSrc ? `Did you mean "${suggestedSrc}"? ` : ''}Paths are relative to ${relativeTo}, so content/images/${kind}/name.jpg is written ${example}. Add the photo there or correct the path.`,
        `${suggestedSrc ? `Maksudnya "${suggestedSrc}"? ` : ''}Jalur dihitung dari ${relativeTo}, jadi content/images/${kind}/nama.jpg ditulis ../images/${kind}/nama.jpg. Tambahkan fotonya di sana atau perbaiki jalurnya.`,
      ),
    };
  }

  /** An existing photo above the hard limits is refused, so an original never reaches the site. */
  private tooLarge(file: string, src: string): Explained | undefined {
    const size = this.measure(file);
    if (!size || (size.bytes <= MAX_PHOTO_BYTES && (size.width ?? 0) * (size.height ?? 0) <= MAX_PHOTO_PIXELS)) return undefined;
    return {
      code: 'image-too-large',
      message: `the photo ${clip(src, 200)} is ${describeSize(size)}: the limit is ${MAX_PHOTO_BYTES / 1024 / 1024} MB and ${MAX_PHOTO_PIXELS / 1_000_000} megapixels, so it is not published as it is`,
      hint: preparePhotoHint(src),
    };
  }

  private list(folder: string): Set<string> | null {
    if (!this.listings.has(folder)) {
      let names: Set<string> | null = null;
      try {
        names = new Set(fs.readdirSync(folder));
      } catch {
        names = null;
      }
      this.listings.set(folder, names);
    }
    return this.listings.get(folder) ?? null;
  }
}


/** An image path found in an entry's data, with where it is. */
export interface ImageField {
  src: string;
  path: PropertyKey[];
}

/**
 * The image paths in `data`, in the order the schema validates them (its
 * fields' order, then list order): the fields whose schema `isImage` says is an image.
 */
export function imageFields(schema: z.ZodType, data: unknown, isImage: (schema: z.ZodType) => boolean, at: PropertyKey[] = []): ImageField[] {
  if (isImage(unwrap(schema))) return typeof data === 'string' ? [{ src: data, path: at }] : [];
  const shape = shapeOf(schema);
  if (shape && data && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Date)) {
    const record = data as Record<string, unknown>;
    return Object.entries(shape).flatMap(([key, field]) => (key in record ? imageFields(field, record[key], isImage, [...at, key]) : []));
  }
  const element = elementOf(schema);
  if (element && Array.isArray(data)) return data.flatMap((item, i) => imageFields(element, item, isImage, [...at, i]));
  return [];
}

/**
 * The photos of an entry by file name, those whose path is wrong apart (alt
 * texts keyed by them prove nothing), and the size warnings of the usable ones.
 */
export function entryImages(entry: EntryFile, fields: readonly ImageField[], check: ImageCheck): { images: string[]; broken: string[]; warnings: Issue[] } {
  const images: string[] = [];
  const broken: string[] = [];
  const warnings: Issue[] = [];
  for (const { src } of fields) {
    const name = path.posix.basename(src);
    const problem = check.problem(entry.absPath, src);
    if (name) (problem && problem.code !== 'image-too-large' ? broken : images).push(name);
    if (problem) continue;
    const warning = check.sizeWarning(entry, src);
    if (warning) warnings.push(warning);
  }
  return { images, broken, warnings };
}
