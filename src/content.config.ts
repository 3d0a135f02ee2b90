// The content collections: where their files are and what their frontmatter may hold.
import { defineCollection } from 'astro:content';
import { pageLoader, personLoader, releaseLoader } from './content-model/collections';
import { personSchema } from './content-model/person-schema';
import { pageSchema, releaseSchema } from './content-model/schema';

export const collections = {
	releases: defineCollection({ loader: releaseLoader(), schema: releaseSchema }),
	pages: defineCollection({ loader: pageLoader(), schema: pageSchema }),
	contacts: defineCollection({ loader: personLoader(), schema: personSchema }),
};
