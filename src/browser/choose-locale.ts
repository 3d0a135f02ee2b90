/**
 * The first of the browser's preferred languages the site offers, matched on the primary
 * subtag, or `undefined` when none matches.
 * @example pickLocale(['fr-CA', 'en'], ['en', 'fr', 'es']) // => 'fr'
 * @example pickLocale(['de'], ['en', 'fr', 'es']) // => undefined
 */
export function pickLocale(
	preferred: readonly string[],
	offered: readonly string[],
): string | undefined {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		const match = offered.find((locale) => locale.toLowerCase() === primary);
		if (match) return match;
	}
	return undefined;
}
