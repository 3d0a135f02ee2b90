import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const content = process.env.BENCH_CONTENT_DIR;
if (!content)
	throw new Error('Set BENCH_CONTENT_DIR to a generated corpus (see bench/generate.ts).');

const releases = defineCollection({
	loader: glob({ pattern: '**/*.md', base: `${content}/releases` }),
	schema: z.object({
		title: z.string(),
		summary: z.string(),
		date: z.coerce.date(),
		slug: z.string(),
		countries: z.array(z.string()),
		topics: z.array(z.string()),
		type: z.string().default('press-release'),
	}),
});

export const collections = { releases };
