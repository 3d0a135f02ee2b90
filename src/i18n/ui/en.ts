/**
 * English UI strings: the key source. Every other locale must define exactly these keys
 * (`satisfies UiDictionary`), so a missing or misspelled key fails `npm run check`.
 * Placeholders in braces (`{page}`) are filled by `t(key, { page: 2 })`.
 */
export const en = {
	// Site identity
	'site.name': 'IOM Newsroom',
	'site.org': 'International Organization for Migration',
	'site.orgShort': 'IOM',
	'site.tagline': 'Press releases from the UN Migration agency',
	'site.description':
		'Press releases from the International Organization for Migration (IOM), in English, French and Spanish.',

	// Page furniture
	'skip.toContent': 'Skip to main content',
	'nav.home': 'Home',
	'nav.news': 'News',
	'nav.primary': 'Main menu',
	'nav.breadcrumbs': 'Breadcrumbs',
	'nav.languages': 'Languages',
	'footer.label': 'Site footer',
	'footer.browse': 'Browse',
	'footer.copyright': 'International Organization for Migration',

	// Language switcher
	'switcher.label': 'Read in another language',
	'switcher.untranslated': 'not translated: news index',

	// Language chooser (the site root)
	'chooser.title': 'Choose a language',
	'chooser.lead': 'Read IOM press releases in English.',
	'chooser.enter': 'Enter in English',

	// Home
	'home.title': 'Latest press releases',
	'home.lead': 'News from the International Organization for Migration.',
	'home.allNews': 'All press releases',

	// Listings
	'news.title': 'Press releases',
	'news.lead': 'Every IOM press release in English, newest first.',
	'news.empty': 'There are no press releases here yet.',
	'listing.pageOf': 'Page {page} of {pages}',
	'listing.pagination': 'Pages',
	'listing.previous': 'Previous page',
	'listing.next': 'Next page',
	'listing.page': 'Page {page}',
	'topics.title': 'Topics',
	'topics.lead': 'Press releases grouped by subject.',
	'topic.title': 'Topic: {topic}',
	'topic.lead': 'Press releases on {topic}, newest first.',
	'countries.title': 'Countries',
	'countries.lead': 'Press releases grouped by the country they concern.',
	'country.title': 'Country: {country}',
	'country.lead': 'Press releases about {country}, newest first.',
	'archive.title': 'Archive',
	'archive.lead': 'Press releases by year of publication.',
	'year.title': 'Press releases of {year}',
	'year.lead': 'Press releases published in {year}, newest first.',
	'listing.count': '{count} releases',
	'listing.countOne': '1 release',
	'listing.availableIn': 'Available in {language}',

	// Release page
	'release.kicker': 'Press release',
	'release.published': 'Published',
	'release.updated': 'Updated',
	'release.countries': 'Countries',
	'release.topics': 'Topics',
	'release.contacts': 'For more information, please contact',
	'release.email': 'Email',
	'release.phone': 'Phone',
	'release.translations': 'This release in other languages',
	'release.draft': 'Draft: this release is not published.',
	'release.embargoed': 'Embargoed until {date}: this release is not published yet.',

	// Not found
	'notFound.title': 'Page not found',
	'notFound.lead': 'The page you asked for does not exist, or has moved.',
	'notFound.next': 'You can go to the home page or browse every press release.',
} as const;

/** A key of the UI dictionary. */
export type UiKey = keyof typeof en;

/** What every locale's dictionary must be: one string for each English key. */
export type UiDictionary = Record<UiKey, string>;
