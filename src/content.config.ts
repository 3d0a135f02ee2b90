// The content collections: where their files are and what their frontmatter may hold.
import { defineCollection } from 'astro:content';
import { eventLoader, pageLoader, personLoader, releaseLoader } from './content-model/collections';
import { eventSchema } from './content-model/event-schema';
import { personSchema } from './content-model/person-schema';
import { pageSchema, releaseSchema } from './content-model/schema';

export const collections = {
	releases: defineCollection({ loader: releaseLoader(), schema: releaseSchema }),
	pages: defineCollection({ loader: pageLoader(), schema: pageSchema }),
	contacts: defineCollection({ loader: personLoader(), schema: personSchema }),
	events: defineCollection({ loader: eventLoader(), schema: eventSchema }),
};
