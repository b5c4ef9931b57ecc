import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentLoader } from './lib/content/loader';
import { COLLECTIONS, REGISTRY, type CollectionName } from './lib/collections';

type Collections = {
  [K in CollectionName]: { loader: Loader; schema: (typeof REGISTRY)[K]['schema'] };
};

/** One collection per registry entry: the portal's loader over its folder, validated by its schema. */
export const collections = Object.fromEntries(
  COLLECTIONS.map((key) => {
    const { folder, schema } = REGISTRY[key];
    return [key, defineCollection({ loader: contentLoader(folder, schema), schema })];
  }),
) as Collections;
