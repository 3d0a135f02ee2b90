// The preview: the entry being edited, in the language of the editor's left column (Decap passes
// it to the template as `locale`), in the site's own stylesheet and with the markup of the
// release page (src/views/ReleaseView.astro): its kind, headline, dateline and date as the site
// writes them ("30 novembre 2026"), lead and text, all in the site's typography (« » and French
// spaces), so a press officer sees the release as readers will.
import { formatDate, isoDate } from '../i18n/format';
import { defaultLocale, isLocale, langOf, localeTable } from '../i18n/locales';
import { releaseTypeKeys, releaseTypes } from '../i18n/release-types';
import { useTranslations } from '../i18n/translate';
import { typesetText } from '../i18n/typography';
import { typesetElement } from './typeset-dom';

/**
 * The language being previewed: the `locale` Decap gives the template, else the language whose
 * values Decap put in the entry's `data` (it swaps them in for the previewed language).
 */
export function previewLocale({ locale, entry }) {
	if (typeof locale === 'string' && isLocale(locale)) return locale;
	const data = entry.get('data');
	const shown = Object.keys(localeTable).find((l) => entry.getIn(['i18n', l, 'data']) === data);
	return shown ?? defaultLocale;
}

/**
 * A date field's value (`2024-09-16`, or a date and time with its offset) as a `Date`, or
 * undefined when it is not one yet.
 */
function dateOf(value) {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
	const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * What every preview template shares: the language, the site's typography on the text Decap
 * renders from Markdown (kept through every change Decap makes to it), and the frame's `lang`.
 */
function typesetMixin() {
	return {
		componentDidMount() {
			this.typeset();
		},
		componentDidUpdate() {
			this.typeset();
		},
		componentWillUnmount() {
			this.observer?.disconnect();
		},
		/** Keeps the rendered text in the previewed language's typography. */
		typeset() {
			const locale = previewLocale(this.props);
			const frame = this.props.document?.documentElement;
			if (frame) frame.lang = langOf(locale);
			const body = this.body;
			if (!body) return;
			this.observer?.disconnect();
			typesetElement(body, locale);
			const View = this.props.window?.MutationObserver ?? globalThis.MutationObserver;
			this.observer = new View(() => this.typeset());
			this.observer.observe(body, { childList: true, characterData: true, subtree: true });
		},
		/** Remembers the element Decap renders the Markdown text into. */
		setBody(element) {
			this.body = element;
		},
	};
}

/** The release and page templates, made with Decap's `h` and `createClass`. */
export function previewTemplates({ h, createClass }) {
	/** A text field of the entry in the previewed language's typography. */
	const text = (entry, name, locale) => {
		const value = entry.getIn(['data', name]);
		return typeof value === 'string' ? typesetText(value, locale) : '';
	};

	/** The notices of the release page: draft, and embargoed until a later day. */
	const notices = (entry, t, locale) => {
		const embargo = dateOf(entry.getIn(['data', 'embargo']));
		return [
			entry.getIn(['data', 'draft']) ? h('p', { className: 'notice' }, t('release.draft')) : null,
			embargo && embargo > new Date()
				? h(
						'p',
						{ className: 'notice' },
						t('release.embargoed', { date: formatDate(embargo, locale) }),
					)
				: null,
		];
	};

	/** The release page's header: kind, headline, dateline and date, lead. */
	const header = (entry, locale) => {
		const date = dateOf(entry.getIn(['data', 'date']));
		// A release is a press release unless its `type` says otherwise (the first kind).
		const type = entry.getIn(['data', 'type']) ?? releaseTypeKeys[0];
		const kind = releaseTypes[type]?.[locale]?.label ?? '';
		return h(
			'header',
			{},
			h('p', { className: 'kicker' }, kind),
			h('h1', {}, text(entry, 'title', locale)),
			h(
				'p',
				{ className: 'dateline' },
				h('span', {}, text(entry, 'dateline', locale)),
				h('span', { 'aria-hidden': 'true' }, ' · '),
				date ? h('time', { dateTime: isoDate(date) }, formatDate(date, locale)) : null,
			),
			h('p', { className: 'lead' }, text(entry, 'summary', locale)),
		);
	};

	const Release = createClass({
		...typesetMixin(),
		render() {
			const { entry, widgetFor } = this.props;
			const locale = previewLocale(this.props);
			return h(
				'div',
				{ className: 'container release-view', lang: langOf(locale) },
				h(
					'article',
					{ className: 'release' },
					...notices(entry, useTranslations(locale), locale),
					header(entry, locale),
					h('div', { className: 'body', ref: this.setBody }, widgetFor('body')),
				),
			);
		},
	});

	const Page = createClass({
		...typesetMixin(),
		render() {
			const { entry, widgetFor } = this.props;
			const locale = previewLocale(this.props);
			return h(
				'div',
				{ className: 'container', lang: langOf(locale) },
				h('h1', {}, text(entry, 'title', locale)),
				h('p', { className: 'lead' }, text(entry, 'summary', locale)),
				h('div', { className: 'body', ref: this.setBody }, widgetFor('body')),
			);
		},
	});

	return { releases: Release, pages: Page };
}
