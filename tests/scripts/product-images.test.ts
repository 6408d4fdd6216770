/**
 * The drawn seed pictures tell the truth: every product image belongs to
 * exactly one product, and no two product pictures (or producer covers) are
 * the same drawing with a different label. Images are compared as small
 * greyscale thumbnails; a mean difference below MIN_DIFFERENCE (out of 255)
 * means two pictures would look alike in a listing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentDir, entries } from '../helpers/catalogue';

const MIN_DIFFERENCE = 6;

function imageFiles(folder: string): string[] {
  return readdirSync(path.join(contentDir, 'images', folder))
    .filter((file) => file.endsWith('.jpg'))
    .sort();
}

/** Resolves an image `src` from an entry in `collection` to its path inside content/. */
const resolveSrc = (collection: string, src: string) => path.relative(contentDir, path.resolve(contentDir, collection, src));

async function thumbnail(file: string): Promise<Buffer> {
  return sharp(file).greyscale().resize(64, 48, { fit: 'fill' }).raw().toBuffer();
}

function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

/** The most alike pairs among the images of `folder`, below the threshold. */
async function lookAlikes(folder: string): Promise<string[]> {
  const files = imageFiles(folder);
  const thumbs = await Promise.all(files.map((file) => thumbnail(path.join(contentDir, 'images', folder, file))));
  const alike: string[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const difference = meanDifference(thumbs[i]!, thumbs[j]!);
      if (difference < MIN_DIFFERENCE) alike.push(`${files[i]} ~ ${files[j]} (${difference.toFixed(1)})`);
    }
  }
  return alike;
}

describe('product images', () => {
  it('are each referenced by exactly one product, and every referenced image exists', () => {
    const owners = new Map<string, string[]>();
    for (const product of entries('products')) {
      for (const image of (product.data.images ?? []) as { src: string }[]) {
        const file = resolveSrc('products', image.src);
        owners.set(file, [...(owners.get(file) ?? []), product.slug]);
      }
    }
    const onDisk = imageFiles('products').map((file) => path.join('images', 'products', file));
    for (const file of onDisk) expect(owners.get(file) ?? [], `${file} should belong to exactly one product`).toHaveLength(1);
    for (const file of owners.keys()) expect(onDisk, `${file} is referenced but missing`).toContain(file);
  });

  it('are not identical or nearly identical drawings', async () => {
    expect(await lookAlikes('products')).toEqual([]);
  });

  it('a copied picture would be caught', async () => {
    const [first] = imageFiles('products');
    const original = await thumbnail(path.join(contentDir, 'images', 'products', first!));
    // Same drawing, different label: a small patch changes.
    const relabelled = Buffer.from(original);
    for (let y = 20; y < 26; y++) for (let x = 24; x < 36; x++) relabelled[y * 64 + x] = 255 - relabelled[y * 64 + x]!;
    expect(meanDifference(original, relabelled)).toBeLessThan(MIN_DIFFERENCE);
  });
});

describe('the image manifest', () => {
  const manifest: { file: string; brand?: string }[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../scripts/images/manifest.json'), 'utf8'));
  const brandOf = new Map(manifest.map((entry) => [entry.file, entry.brand]));

  it("draws each product's pictures in its own producer's look", () => {
    for (const product of entries('products')) {
      for (const image of (product.data.images ?? []) as { src: string }[]) {
        const file = resolveSrc('products', image.src).replace(/^images\//, '');
        expect(brandOf.get(file), file).toBe(product.data.producer);
      }
    }
  });

  it('lists every product picture and producer cover, so `npm run images -- --force` redraws them all', () => {
    for (const folder of ['products', 'producers']) for (const file of imageFiles(folder)) expect(brandOf.has(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
  });
});

describe('producer covers', () => {
  it('are each used by one producer', () => {
    const covers = entries('producers').map((producer) => resolveSrc('producers', producer.data.cover.src));
    expect(new Set(covers).size).toBe(covers.length);
    expect(covers.sort()).toEqual(imageFiles('producers').map((file) => path.join('images', 'producers', file)));
  });

  it('are not the same scene drawn twice', async () => {
    expect(await lookAlikes('producers')).toEqual([]);
  });
});
