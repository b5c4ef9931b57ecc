import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentLoader } from './lib/content/loader';
import {
  COLLECTIONS,
  REGISTRY,
  TRANSLATED,
  translationCollection,
  translationFolder,
  translationSchema,
  type CollectionName,
  type TranslatedName,
} from './lib/collections';

type Collections = {
  [K in CollectionName]: { loader: Loader; schema: (typeof REGISTRY)[K]['schema'] };
} & {
  [K in TranslatedName as `${K}En`]: {
    loader: Loader;
    schema: NonNullable<(typeof REGISTRY)[K]['translation']>;
  };
};

/**
 * One collection per registry entry: the portal's loader over its folder, validated by its
 * schema; and for each translated one, its English entries in content/en/<folder>/ (a folder
 * that may not exist yet).
 */
export const collections = Object.fromEntries([
  ...COLLECTIONS.map((key) => {
    const { folder, schema } = REGISTRY[key];
    return [key, defineCollection({ loader: contentLoader(folder, schema), schema })];
  }),
  ...TRANSLATED.map((key) => {
    const schema = translationSchema(key);
    const loader = contentLoader(translationFolder(key), schema, { optional: true });
    return [translationCollection(key), defineCollection({ loader, schema })];
  }),
]) as Collections;
