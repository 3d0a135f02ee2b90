// The two content collections: where their files are and what their frontmatter may hold.
import { defineCollection } from 'astro:content';
import { pageLoader, releaseLoader } from './content-model/collections';
import { pageSchema, releaseSchema } from './content-model/schema';

export const collections = {
	releases: defineCollection({ loader: releaseLoader(), schema: releaseSchema }),
	pages: defineCollection({ loader: pageLoader(), schema: pageSchema }),
};
