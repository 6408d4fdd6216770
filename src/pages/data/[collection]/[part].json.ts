import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataHeader, exportEntries, regionalParts } from '~/lib/catalogue-data';

/** Producers and products per region, in parts of at most PART_SIZE entries (src/lib/data-files.ts, docs/data-schema.md). */
export const getStaticPaths = (async () =>
  (await regionalParts()).map((part) => ({ params: { collection: part.collection, part: part.name }, props: { part } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { part }, site }) => {
  const items = await exportEntries(part.collection, site!, part.slugs);
  const body = {
    ...dataHeader(site!),
    collection: part.collection,
    region: part.region,
    part: part.part,
    parts: part.parts,
    count: items.length,
    items,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
