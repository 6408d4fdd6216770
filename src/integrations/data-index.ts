/**
 * Adds each file's size in bytes to `data/index.json` after the build: the
 * endpoint that writes the index (src/pages/data/[file].json.ts) cannot know
 * the sizes of the files the other endpoints write.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath, withSizes, type DataIndex } from '~/lib/data-files';

export default function dataIndex(): AstroIntegration {
  return {
    name: 'etalase:data-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = path.join(outDir, dataPath.index);
        if (!existsSync(file)) return; // a site without the data pages (the build tests' one-page project)
        const index = JSON.parse(readFileSync(file, 'utf8')) as DataIndex;
        const sized = withSizes(index, (sitePath) => statSync(path.join(outDir, sitePath)).size);
        writeFileSync(file, `${JSON.stringify(sized, null, 2)}\n`);
        logger.info(`${dataPath.index}: ${sized.files.length} parts listed with their sizes`);
      },
    },
  };
}
