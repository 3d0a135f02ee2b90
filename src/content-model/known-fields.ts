// Fields an editor may write, so that a misspelt one (`Draft:`, `contries:`, `embargo_until:`)
// is an error naming it and the field it resembles, instead of being dropped without a word.
import type { ContentProblem } from './checks';

/** The fields of a frontmatter object, and the shape of those that hold objects or lists of them. */
export interface FieldShape {
	fields: readonly string[];
	objects?: Record<string, FieldShape>;
	lists?: Record<string, FieldShape>;
}

/** How many single-character edits turn `a` into `b`. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost,
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The known field a misspelt one most likely means: the same but for case or separators, one
 * that starts it (`embargo_until` → `embargo`), or one a couple of typing slips away.
 * @example closestField('contries', ['title', 'countries']) // => 'countries'
 */
export function closestField(name: string, known: readonly string[]): string | undefined {
	const plain = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
	const exact = known.find((k) => plain(k) === plain(name));
	if (exact) return exact;
	const prefix = known.find((k) => k.length >= 4 && plain(name).startsWith(plain(k)));
	if (prefix) return prefix;
	const scored = known
		.map((k) => ({ k, d: distance(plain(name), plain(k)) }))
		.filter(({ k, d }) => d <= Math.max(1, Math.floor(k.length / 3)))
		.sort((a, b) => a.d - b.d);
	return scored[0]?.k;
}

/** Every field of `data` that `shape` does not know, located by its path, with a suggestion. */
export function unknownFields(
	file: string,
	data: Record<string, unknown>,
	shape: FieldShape,
	path = '',
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [key, value] of Object.entries(data)) {
		const field = `${path}${key}`;
		if (!shape.fields.includes(key)) {
			const guess = closestField(key, shape.fields);
			problems.push({
				file,
				field,
				message: `"${key}" is not a field ${path ? `of ${path.slice(0, -1)}` : 'of this file'}${guess ? `: did you mean "${guess}"?` : '.'} The fields are: ${shape.fields.join(', ')}.`,
			});
			continue;
		}
		const object = shape.objects?.[key];
		if (object && value && typeof value === 'object' && !Array.isArray(value)) {
			problems.push(...unknownFields(file, value as Record<string, unknown>, object, `${field}.`));
		}
		const list = shape.lists?.[key];
		if (list && Array.isArray(value)) {
			value.forEach((item: unknown, i) => {
				if (item && typeof item === 'object' && !Array.isArray(item)) {
					problems.push(
						...unknownFields(file, item as Record<string, unknown>, list, `${field}.${i}.`),
					);
				}
			});
		}
	}
	return problems;
}
