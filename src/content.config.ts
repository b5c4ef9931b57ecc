import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader';
import { CONTENT_COLLECTIONS, type ContentCollections } from './lib/collections';

/** One collection per registry entry and per translation: the portal's loader over its folder, validated by its schema. */
export const collections = Object.fromEntries(
  CONTENT_COLLECTIONS.map(({ key, folder, schema, optional }) => [
    key,
    defineCollection({ loader: contentLoader(folder, schema, { optional }), schema }),
  ]),
) as ContentCollections;
