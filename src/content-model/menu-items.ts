import type { RouteKey } from '../i18n/routes';
import type { UiKey } from '../i18n/ui/en';

/** Where a menu entry leads: an institutional page (by folder key) or a route of the site. */
export type NavTarget =
	| { page: string }
	| {
			route: Extract<
				RouteKey,
				| 'news'
				| 'topics'
				| 'countries'
				| 'archive'
				| 'types'
				| 'agenda'
				| 'mediaContacts'
				| 'subscribe'
				| 'media'
			>;
	  };

/** An entry of the site navigation. Labels and intros are UI dictionary keys. */
export interface NavItem {
	label: UiKey;
	target: NavTarget;
	/** A sentence shown at the top of the group's menu panel. */
	intro?: UiKey;
	children?: NavItem[];
}

const page = (label: UiKey, key: string, children?: NavItem[]): NavItem => ({
	label,
	target: { page: key },
	...(children ? { children } : {}),
});

/**
 * The site navigation, modelled on the organisation's own: the newsroom first, then the
 * institutional sections. Every page key must exist in every language (a build test checks it).
 */
export const menuItems: NavItem[] = [
	{
		label: 'nav.news',
		target: { route: 'news' },
		intro: 'nav.news.intro',
		children: [
			{ label: 'nav.allNews', target: { route: 'news' } },
			{ label: 'topics.title', target: { route: 'topics' } },
			{ label: 'countries.title', target: { route: 'countries' } },
			{ label: 'archive.title', target: { route: 'archive' } },
			{ label: 'types.title', target: { route: 'types' } },
			// What a journalist comes for besides releases: events to attend, people to call.
			{ label: 'agenda.title', target: { route: 'agenda' } },
			{ label: 'people.title', target: { route: 'mediaContacts' } },
			{ label: 'nav.subscribe', target: { route: 'subscribe' } },
			{ label: 'library.link', target: { route: 'media' } },
			page('nav.termsOfUse', 'terms-of-use'),
		],
	},
	{
		...page('nav.whoWeAre', 'who-we-are', [
			page('nav.structure', 'structure', [
				page('nav.organizationalStructure', 'organizational-structure'),
				page('nav.directorGeneral', 'director-general'),
				page('nav.ddgManagementReform', 'ddg-management-reform'),
				page('nav.ddgOperations', 'ddg-operations'),
				page('nav.chiefOfStaff', 'chief-of-staff'),
				page('nav.partnershipsAdvocacyCommunication', 'partnerships-advocacy-communication'),
				page('nav.strategyInstitutionalPerformance', 'strategy-institutional-performance'),
			]),
		]),
		intro: 'nav.whoWeAre.intro',
	},
	{
		...page('nav.ourWork', 'our-work', [
			page('nav.whatWeDo', 'what-we-do'),
			page('nav.partnerships', 'partnerships'),
			page('nav.whereWeWork', 'where-we-work'),
		]),
		intro: 'nav.ourWork.intro',
	},
	{
		...page('nav.takeAction', 'take-action', [
			page('nav.workWithUs', 'work-with-us'),
			page('nav.getInvolved', 'get-involved'),
		]),
		intro: 'nav.takeAction.intro',
	},
	page('nav.dataResearch', 'data-and-research'),
	page('nav.agenda2030', '2030-agenda'),
];

/** The folder names of every page the menu links to, at any depth. */
export function menuPageKeys(items: NavItem[] = menuItems): string[] {
	return items.flatMap((item) => [
		...('page' in item.target ? [item.target.page] : []),
		...menuPageKeys(item.children ?? []),
	]);
}
