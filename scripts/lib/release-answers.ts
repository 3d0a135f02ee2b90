// The questions `npm run new` asks, and the check of each answer (or flag) as it comes: by the
// release schema's own rule for that field, so that its sentence is the one the build would say.
import { z } from 'astro/zod';
import { releaseSchema } from '../../src/content-model/schema';
import { slugify } from '../../src/i18n/format';
import { isLocale, locales } from '../../src/i18n/locales';
import { topicKeys } from '../../src/i18n/topics';

/** Each question, as a terminal asks it; its key is the flag that answers it. */
export const questions = {
	lang: `Language (${locales.join(', ')})`,
	title: 'Title',
	summary: 'Summary (one or two sentences)',
	date: 'Date (year-month-day)',
	dateline: 'Dateline (the place it is issued from)',
	countries: 'Countries (ISO codes, e.g. GT, HN)',
	topics: `Topics (${topicKeys.join(', ')})`,
	contacts: 'Press contacts (ids of people in content/contacts/, e.g. marina-palma; none if empty)',
} as const;

export type Question = keyof typeof questions;

/** An answer as the frontmatter will hold it, or the sentence that refuses it. */
export type Checked = { ok: true; value: string | string[] } | { ok: false; message: string };

/** The fields of the release schema, each with its own rule and sentences. */
const fields = releaseSchema({ image: () => z.string() as never }).shape;

/** The words of a list answer: `GT, HN` or `GT HN`. */
const list = (answer: string) => answer.split(/[\s,]+/).filter(Boolean);

/** An answer checked by a schema field: its value as typed, or the field's first sentences. */
function bySchema(field: z.ZodType, value: string | string[]): Checked {
	const result = field.safeParse(value);
	if (result.success) return { ok: true, value };
	const sentences = [...new Set(result.error.issues.map((issue) => issue.message))];
	return { ok: false, message: sentences.join(' ') };
}

/**
 * Checks one answer to a question (or one flag's value) the way the build will check the field:
 * the value to write, or the sentence to say before asking again.
 * @example checkAnswer('date', '6/12/2026') // => { ok: false, message: 'date "6/12/2026" is not a date. Write it as year-month-day, like: date: 2024-09-16' }
 */
export function checkAnswer(question: Question, answer: string): Checked {
	const typed = answer.trim();
	switch (question) {
		case 'lang':
			return isLocale(typed)
				? { ok: true, value: typed }
				: {
						ok: false,
						message: `"${typed}" is not a language of the site: use one of ${locales.join(', ')}.`,
					};
		case 'title': {
			const checked = bySchema(fields.title, typed);
			if (checked.ok && slugify(typed) === '')
				return {
					ok: false,
					message: `title "${typed}" has no letter or digit to make the page's address from: write it in words.`,
				};
			return checked;
		}
		case 'countries':
			return bySchema(fields.countries, list(typed));
		case 'topics':
			return bySchema(fields.topics, list(typed));
		case 'contacts':
			return bySchema(fields.contacts, list(typed));
		default:
			return bySchema(fields[question], typed);
	}
}

/** How a question is put to the editor and how the editor is told an answer is refused. */
export interface Asker {
	ask(prompt: string): Promise<string>;
	tell(line: string): void;
}

/**
 * Asks `question` until the answer passes checkAnswer, saying why each refused answer is; an
 * empty answer takes `fallback`, shown in brackets.
 */
export async function askUntilValid(
	asker: Asker,
	question: Question,
	fallback = '',
): Promise<string | string[]> {
	const prompt = `${questions[question]}${fallback ? ` [${fallback}]` : ''}: `;
	for (;;) {
		const checked = checkAnswer(question, (await asker.ask(prompt)).trim() || fallback);
		if (checked.ok) return checked.value;
		asker.tell(checked.message);
	}
}
