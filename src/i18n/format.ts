import { intlOf, type Locale } from './locales';

/**
 * Codes CLDR can name that are not ISO 3166-1 countries: groupings (EU, UN…), pseudo-regions and
 * "exceptionally reserved" codes. Kosovo (XK) stays: the UN system uses it.
 */
const notCountries = new Set([
	'EU',
	'EZ',
	'UN',
	'QO',
	'XA',
	'XB',
	'ZZ',
	'AC',
	'CP',
	'CQ',
	'DG',
	'EA',
	'IC',
	'TA',
]);
const regionNames = new Map<Locale, (code: string) => string>();

/**
 * The name of a country in a locale's language, from `Intl.DisplayNames`.
 * @example countryName('GT', 'fr') // => 'Guatemala'
 * @example countryName('DE', 'es') // => 'Alemania'
 */
export function countryName(code: string, locale: Locale): string {
	let names = regionNames.get(locale);
	if (!names) {
		const display = new Intl.DisplayNames([intlOf(locale)], { type: 'region', fallback: 'none' });
		names = memo((c) => display.of(c) ?? c);
		regionNames.set(locale, names);
	}
	return names(code);
}

/** A one-argument function that remembers its answers (for the few hundred country codes). */
function memo<T>(compute: (key: string) => T): (key: string) => T {
	const known = new Map<string, T>();
	return (key) => {
		if (!known.has(key)) known.set(key, compute(key));
		return known.get(key) as T;
	};
}

/**
 * Whether a string is an ISO 3166-1 alpha-2 country code that `Intl` can name.
 * @example isCountryCode('GT') // => true
 * @example isCountryCode('gt') // => false
 */
export function isCountryCode(code: string): boolean {
	return knownCountry(code);
}
// `Intl` lookups cost microseconds each; a large build asks about the same codes thousands of times.
const knownCountry = memo((code: string): boolean => {
	if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return false;
	// Deprecated codes (SU, YU, AN…) are aliases of current ones: `und-SU` canonicalizes to `und-RU`.
	if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
	englishRegions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
	return englishRegions.of(code) !== undefined;
});
let englishRegions: Intl.DisplayNames | undefined;

/**
 * One `Intl` formatter per locale, made on first use: constructing one costs far more than
 * formatting with it, and a build formats thousands of dates.
 */
function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
	const made = new Map<Locale, T>();
	return (locale) => {
		let formatter = made.get(locale);
		if (!formatter) made.set(locale, (formatter = make(intlOf(locale))));
		return formatter;
	};
}

const dateFormat = perLocale(
	(tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
);
const numberFormat = perLocale((tag) => new Intl.NumberFormat(tag));

/**
 * A date as readers of a locale write it, in UTC so a build gives the same text anywhere.
 * @example formatDate(new Date('2024-09-16'), 'fr') // => '16 septembre 2024'
 */
export function formatDate(date: Date, locale: Locale): string {
	return dateFormat(locale).format(date);
}

/**
 * The `datetime` attribute of a `<time>` element: the calendar day in UTC.
 * @example isoDate(new Date('2024-09-16T10:00:00Z')) // => '2024-09-16'
 */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A whole number grouped as the locale groups digits.
 * @example formatNumber(1000, 'fr') // => '1 000' (with a narrow no-break space)
 */
export function formatNumber(value: number, locale: Locale): string {
	return numberFormat(locale).format(value);
}

/** Short words of en, fr and es (as slugs write them) that a cut slug must not end on. */
const functionWords = new Set([
	...['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from'],
	...['as', 'is', 'its', 'their', 'l', 'd', 'qu', 'de', 'des', 'du', 'la', 'le', 'les', 'et'],
	...['en', 'au', 'aux', 'un', 'une', 'pour', 'par', 'sur', 'dans', 'avec', 'ou', 'que', 'qui'],
	...['son', 'sa', 'ses', 'leur', 'leurs', 'el', 'los', 'las', 'del', 'al', 'y', 'e', 'o', 'u'],
	...['una', 'unos', 'unas', 'con', 'para', 'por', 'su', 'sus', 'entre', 'sin', 'sobre'],
]);

/**
 * A URL slug: lower case ASCII words joined by hyphens. One longer than `maxLength` is cut
 * between words, and never ends on a short word like "a", "de", "the" or "y".
 * @example slugify("L'OIM aide les victimes de traite") // => 'l-oim-aide-les-victimes-de-traite'
 * @example slugify('Protección de la infancia') // => 'proteccion-de-la-infancia'
 * @example slugify('one two three', 8) // => 'one-two'
 * @example slugify('IOM helps the victims of trafficking', 25) // => 'iom-helps-the-victims'
 */
export function slugify(text: string, maxLength = Infinity): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	const words = cut
		.slice(0, Math.max(cut.lastIndexOf('-'), 1))
		.replace(/-+$/, '')
		.split('-');
	while (words.length > 1 && functionWords.has(words.at(-1) ?? '')) words.pop();
	return words.join('-');
}

const sizeFormats = perLocale((tag) => ({
	kilobyte: new Intl.NumberFormat(tag, {
		style: 'unit',
		unit: 'kilobyte',
		maximumFractionDigits: 0,
	}),
	megabyte: new Intl.NumberFormat(tag, {
		style: 'unit',
		unit: 'megabyte',
		maximumFractionDigits: 1,
	}),
}));

/**
 * The size of a file as readers of a locale write it (decimal units, as files are sold: 1 MB is
 * 1,000,000 bytes).
 * @example formatBytes(3_200_000, 'en') // => '3.2 MB'
 * @example formatBytes(3_200_000, 'fr') // => '3,2 Mo'
 */
export function formatBytes(bytes: number, locale: Locale): string {
	const formats = sizeFormats(locale);
	return bytes < 1_000_000
		? formats.kilobyte.format(Math.max(1, Math.round(bytes / 1000)))
		: formats.megabyte.format(bytes / 1_000_000);
}

const figureFormat = perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));

/**
 * A key figure as readers of a locale write it, decimals included.
 * @example formatFigure(1250000.5, 'es') // => '1.250.000,5'
 */
export function formatFigure(value: number, locale: Locale): string {
	return figureFormat(locale).format(value);
}

const percentFormat = perLocale(
	(tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }),
);

/**
 * A key figure with its unit, as readers of a locale write it: a percentage by `Intl` (no space
 * in English, a no-break space in French and Spanish), any other unit after a no-break space.
 * @example figureText(12.5, '%', 'fr') // => '12,5 %' (with a no-break space)
 * @example figureText(1250000, 'USD', 'en') // => '1,250,000 USD' (with a no-break space)
 */
export function figureText(value: number, unit: string | undefined, locale: Locale): string {
	if (unit === '%') return percentFormat(locale).format(value / 100);
	const number = formatFigure(value, locale);
	return unit ? `${number}\u00a0${unit}` : number;
}
