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
	'footer.label': 'Site map',
	'footer.copyright': 'International Organization for Migration',

	// Feeds (RSS)
	'feed.title': 'IOM press releases in English',
	'feed.description':
		'Every press release of the International Organization for Migration published in English, newest first.',
	'feed.topicTitle': 'IOM press releases in English: {topic}',
	'feed.topicDescription': 'IOM press releases on {topic} published in English, newest first.',
	'feed.label': 'RSS feeds',
	'feed.link': 'RSS feed of all press releases',
	'feed.topicLink': 'RSS feed: {topic}',
	'feed.countryTitle': 'IOM press releases in English: {country}',
	'feed.countryDescription':
		'The latest IOM press releases about {country} published in English, newest first.',
	'feed.countryLink': 'RSS feed: {country}',

	// Site navigation (src/content-model/menu-items.ts)
	'nav.menu': 'Menu',
	'nav.close': 'Close',
	'nav.news.intro':
		'Press releases from IOM offices around the world, by topic, country and year; the agenda of press events and the media contacts.',
	'nav.allNews': 'All press releases',
	'nav.whoWeAre': 'Who we are',
	'nav.whoWeAre.intro':
		'IOM is part of the United Nations system: since 1951 it has led intergovernmental work for humane and orderly migration that benefits everyone. It has 175 member states and is present in 171 countries.',
	'nav.structure': 'Structure',
	'nav.organizationalStructure': 'Organizational structure',
	'nav.directorGeneral': 'Director General',
	'nav.ddgManagementReform': 'Deputy Director General for Management and Reform',
	'nav.ddgOperations': 'Deputy Director General for Operations',
	'nav.chiefOfStaff': 'Office of the Chief of Staff',
	'nav.partnershipsAdvocacyCommunication': 'Office of Partnerships, Advocacy and Communication',
	'nav.strategyInstitutionalPerformance': 'Office of Strategy and Institutional Performance',
	'nav.ourWork': 'Our work',
	'nav.ourWork.intro':
		'As the leading intergovernmental organization on migration since 1951, IOM helps to achieve the 2030 Agenda through work that links humanitarian response and sustainable development.',
	'nav.whatWeDo': 'What we do',
	'nav.partnerships': 'Partnerships',
	'nav.whereWeWork': 'Where we work',
	'nav.takeAction': 'Take action',
	'nav.takeAction.intro':
		'Work with IOM, or support its work for migrants and the communities that receive them.',
	'nav.workWithUs': 'Work with us',
	'nav.getInvolved': 'Get involved',
	'nav.dataResearch': 'Data and research',
	'nav.agenda2030': '2030 Agenda',
	'nav.subscribe': 'Subscribe',
	'subscribe.title': 'Subscribe to IOM press releases',
	'subscribe.lead':
		'Follow new press releases in English with a feed reader: every release, or only a topic or a country. A feed can also reach your inbox through an email service of your choice.',
	'subscribe.whatTitle': 'What is a feed?',
	'subscribe.what':
		'A feed (RSS) is an address that lists the latest releases. Paste it into a feed reader, an app or a website that checks it for you, and new releases appear there as soon as they are published. The site asks for no account and knows nothing of who follows it.',
	'subscribe.emailTitle': 'By email',
	'subscribe.email':
		'This site sends no email itself. To receive new releases in your inbox, give the address of a feed to an RSS-to-email service of your choice: it checks the feed and writes to you when a release appears.',
	'subscribe.all': 'All press releases',
	'subscribe.allFull': 'The 50 latest releases in English, in full.',
	'subscribe.byTopic': 'By topic',
	'subscribe.byCountry': 'By country',
	'subscribe.topicNote':
		'Each topic’s feed lists its 20 latest releases, with their lead and a link.',
	'subscribe.countryNote':
		'Each country’s feed lists its 20 latest releases, with their lead and a link.',
	'subscribe.contactsTitle': 'Media contacts',
	'subscribe.contacts':
		'To reach a press officer for an interview or a comment, see the media contacts, by region, each with a card to save.',

	// Media contacts directory
	'people.title': 'Media contacts',
	'people.lead':
		'The press officers of IOM, by region: write or call them for interviews, comment and information.',
	'people.languages': 'Languages',
	'people.empty': 'No media contact is listed yet.',
	'people.all': 'All media contacts',

	// Agenda
	'agenda.event': 'Event',
	'agenda.title': 'Agenda',
	'agenda.lead':
		'Press briefings, press conferences, launches and media visits of IOM, with their times and how to follow them.',
	'agenda.upcoming': 'Upcoming',
	'agenda.past': 'Past events',
	'agenda.empty':
		'No event is scheduled at the moment. New briefings and press conferences will be announced here.',
	'agenda.noPast': 'No past event yet.',
	'agenda.calendar': 'Subscribe to the calendar',
	'agenda.calendarTitle': 'IOM agenda in English',
	'event.when': 'When',
	'event.whenUtc': 'In UTC',
	'event.until': 'until',
	'event.where': 'Where',
	'event.online': 'Follow online',
	'event.speakers': 'Speakers',
	'event.releases': 'Related releases',
	'event.addToCalendar': 'Add to your calendar (.ics)',
	'event.over': 'This event is over.',
	'event.partOf': 'This release belongs with',
	'subscribe.calendarTitle': 'Calendar of events',
	'subscribe.calendar':
		'Subscribe to the agenda in your calendar app: new events appear there as they are announced.',

	// Language switcher
	'switcher.label': 'Read in another language',
	'switcher.untranslated': 'This page is not in {language}: the link opens the news in {language}.',

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
	'types.title': 'Types of release',
	'types.lead': 'Press releases, statements, news stories, briefing notes and media advisories.',
	'type.title': 'Type: {type}',
	'type.lead': 'Every publication of this type ({type}) in English, newest first.',
	'listing.count': '{count} releases',
	'listing.countOne': '1 release',
	'listing.availableIn': 'Available in {language}',

	// Search (src/views/SearchView.astro; {count} and {query} are filled in the browser)
	'search.open': 'Search',
	'search.title': 'Search press releases',
	'search.lead':
		'Search every press release and page of this site in English, right in your browser.',
	'search.label': 'Words to search for',
	'search.submit': 'Search',
	'search.allLanguages': 'Search in all languages',
	'search.sort': 'Order',
	'search.sort.relevance': 'Best match first',
	'search.sort.newest': 'Newest first',
	'search.filters': 'Narrow the results',
	'search.filter.topic': 'Topic',
	'search.filter.country': 'Country',
	'search.filter.year': 'Year',
	'search.filter.language': 'Language',
	'search.filter.type': 'Type',
	'search.results': '{count} results for “{query}”',
	'search.resultsOne': '1 result for “{query}”',
	'search.none': 'No results for “{query}”. Try other words, or search in all languages.',
	'search.loading': 'Searching…',
	'search.error': 'Search could not load. Check your connection, then try again.',
	'search.more': 'Show more results',
	'search.offlineSome': 'You are offline: only the results saved on this device are shown.',
	'search.offlineNone': 'You are offline, and none of these pages is saved on this device.',
	'search.needsBuild':
		'Search reads the index that a build writes, and there is none yet. Run npm run build, then reload this page.',
	'search.indexNotSaved':
		'You are offline, and the search index of this language is not saved on this device. Save it under “Read offline” below to search without a connection.',
	'search.noScript':
		'Search runs in your browser and needs JavaScript, which is turned off or did not load. You can still browse every press release by topic, country or year.',

	// Offline (src/views/OfflineView.astro, src/components/SaveOffline.astro)
	'offline.title': 'You are offline',
	'offline.lead':
		'This page has not been saved on this device, and there is no connection to fetch it.',
	'offline.next':
		'Pages you have already opened still work offline, and so does search. You can go to:',
	'save.title': 'Read offline',
	'save.lead':
		'Save press releases in English on this device, with the search index, to read and search them without a connection.',
	'save.latest': 'Save the {count} latest press releases ({size})',
	'save.everything': 'Save every press release ({size})',
	'save.progress': 'Saved {done} of {total} files…',
	'save.done': 'Done: every press release in English can now be read and searched offline.',
	'save.doneLatest':
		'Done: the {count} latest press releases in English can now be read and searched offline.',
	'save.failed':
		'Saving stopped: {count} files could not be downloaded. Check your connection, then try again.',

	// Release page
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
	'release.updates': 'Updates and corrections',
	'release.notesToEditors': 'Notes to editors',
	'release.aboutIom': 'About IOM',
	'release.aboutIomText':
		'Since 1951, the International Organization for Migration (IOM) has worked for migration that is humane, orderly and good for all. An intergovernmental organization within the United Nations system, IOM brings together 175 member states and works in 171 countries.',
	'release.related': 'Related releases',
	'release.outdated':
		'The {language} original of this release has been updated since this translation was made.',
	'release.outdatedLink': 'Read the original in {language}',
	'release.vcard': 'Save {name} to your contacts (vCard)',

	// Share links on a release page (no third-party scripts: plain links)
	'share.title': 'Share this release',
	'share.email': 'Email',
	'share.x': 'X (Twitter)',
	'share.facebook': 'Facebook',
	'share.linkedin': 'LinkedIn',
	'share.whatsapp': 'WhatsApp',
	'share.copy': 'Copy link',
	'share.copied': 'Link copied to the clipboard.',
	'share.copyFailed': 'The link could not be copied: select the address and copy it.',

	// Text the Markdown pipeline adds to release bodies (src/markdown/)
	'markdown.externalLink': '(external site)',
	'markdown.headingAnchor': 'Link to the section “{heading}”',
	'markdown.footnotes': 'Notes',
	'markdown.backToReference': 'Back to the text of note {ref}',

	// Not found
	'notFound.title': 'Page not found',
	'notFound.lead': 'The page you asked for does not exist, or has moved.',
	'notFound.next': 'You can go to the home page or browse every press release.',

	// The web editor (src/cms/)
	'cms.title': 'Newsroom editor',
	'cms.languages': 'Language of the editor',
	'cms.releases': 'Press releases',
	'cms.release': 'Press release',
	'cms.pages': 'Pages',
	'cms.page': 'Page',
	'cms.field.title': 'Title',
	'cms.field.summary': 'Summary',
	'cms.hint.summary': 'One or two sentences that say what happened (400 characters at most).',
	'cms.field.dateline': 'Dateline',
	'cms.hint.dateline': 'The place the release is issued from, like Guatemala City.',
	'cms.field.date': 'Date',
	'cms.field.embargo': 'Embargo',
	'cms.hint.embargo':
		'Optional. The release is held back until this moment (in your time zone); a rebuild after it publishes it.',
	'cms.field.type': 'Kind of release',
	'cms.field.countries': 'Countries',
	'cms.field.topics': 'Topics',
	'cms.field.contacts': 'Press contacts',
	'cms.field.contact': 'contact',
	'cms.field.name': 'Name',
	'cms.field.office': 'Office',
	'cms.field.email': 'Email',
	'cms.pattern.email': 'An email address, like name@iom.int',
	'cms.field.phone': 'Phone',
	'cms.pattern.phone':
		'International form: a plus sign, the country code, then the number, like +502 2314 0041',
	'cms.field.image': 'Lead picture',
	'cms.field.picture': 'Picture',
	'cms.field.alt': 'Description for readers who cannot see it (alt text)',
	'cms.field.caption': 'Caption',
	'cms.field.credit': 'Credit',
	'cms.hint.credit': 'Like © IOM 2024 / Name',
	'cms.field.body': 'Text',
	'cms.hint.body': 'Subheadings start at level 2. Every picture needs a description (alt text).',
	'cms.field.notesToEditors': 'Notes to editors',
	'cms.hint.notesToEditors': 'Optional. Shown after the text, before the paragraph about IOM.',
	'cms.field.updates': 'Updates and corrections',
	'cms.field.update': 'update',
	'cms.hint.updates': 'Give each update the same date in every language.',
	'cms.field.whatChanged': 'What changed',
	'cms.field.slug': 'Web address (slug)',
	'cms.hint.slug': 'Optional: made from the title when empty.',
	'cms.translationIncomplete':
		'The {language} translation is started but not finished. Fill in {fields} in its pane too, or empty its title and text to save without it.',
	'cms.pattern.slug':
		'At most 100 lower-case letters, digits and single hyphens, like guatemala-shelter-first-year',
	'cms.field.translatedFrom': 'Translated from',
	'cms.hint.translatedFrom':
		'For a translation only: once it says all that the original says, press the button of the language you translated from. The site then tells readers when the original changes after that. Leave empty in the original.',
	'cms.field.sourceLanguage': 'Language',
	'cms.field.sourceVersion': 'Version of the original',
	'cms.pattern.sourceVersion':
		'12 characters (digits and the letters a to f), as the button writes them',
	'cms.field.draft': 'Draft (not published)',
	'cms.field.parent': 'Parent page (its folder name)',
	'cms.field.order': 'Order among its siblings',
	'cms.field.listing': 'List under the text',
	'cms.listing.countries': 'The countries with releases',
	'cms.people': 'People',
	'cms.person': 'Person',
	'cms.hint.contacts':
		'Choose the press contacts among the people of the newsroom; add a person under People first.',
	'cms.field.role': 'Role',
	'cms.field.region': 'Region',
	'cms.field.languages': 'Languages spoken (codes, like: es, en)',
	'cms.field.listed': 'Listed in the media contacts directory even when no release names them',
	'cms.events': 'Agenda',
	'cms.event': 'Event',
	'cms.field.kind': 'Kind of event',
	'cms.field.start': 'Starts',
	'cms.field.end': 'Ends',
	'cms.hint.start':
		'In your time zone: the file keeps your UTC offset, and the site shows the time in it and in UTC.',
	'cms.field.place': 'Place',
	'cms.field.online': 'Online address (https)',
	'cms.pattern.https': 'An address starting with https://',
	'cms.field.speakers': 'Speakers',
	'cms.field.releases': 'Related releases',
	'cms.translatedFrom.mark': 'Translated from the current {language} text',
	'cms.translatedFrom.none': 'No source language: this text stands as the original.',
	'cms.translatedFrom.marked': 'Translated from the {language} text, version {hash}.',
	'cms.translatedFrom.current': 'The {language} text has not changed since.',
	'cms.translatedFrom.changed':
		'The {language} text has changed since: update the translation, then press the button again.',
	'cms.translatedFrom.insecure':
		'The browser computes the version only over a secure connection (https, or localhost on this computer).',
	// A release's material (media:, keyFigures:) and its layout for journalists
	'media.heading': 'Material to download',
	'media.credit': 'Credit:',
	'media.licence': 'Licence:',
	'media.original': 'Download the original, {width} × {height} px, {format}, {size}',
	'media.file': '{format}, {size}, in {language}',
	'media.download': 'Download',
	'media.transcript': 'Transcript',
	'media.watchOn': 'Watch on {site}',
	'media.videoFile': 'Download the video ({format}, {size})',
	'media.audioFile': 'Download the recording ({format}, {size})',
	'figures.heading': 'Key figures',
	'figures.source': 'Source: {source}',
	'release.jump': 'Jump to',
	'release.jumpContacts': 'Contacts',
	'release.jumpMaterial': 'Material',
	'release.print': 'Print or save as PDF',
	'library.title': 'Media library',
	'library.termTitle': 'Media library: {term}',
	'library.lead':
		'The pictures and videos of our releases, newest first, with their credits and terms of use.',
	'library.all': 'All pictures and videos',
	'library.byTopic': 'By topic',
	'library.byCountry': 'By country',
	'library.from': 'From:',
	'library.video': 'Video:',
	'library.empty': 'No picture or video has been published yet.',
	'library.link': 'Media library',
	'save.withMaterial': 'Also save documents, video, sound and original pictures ({size})',
	'save.withMaterialLatest':
		'Also save documents, video, sound and original pictures ({size} with every press release, {latestSize} with the {count} latest)',
	'cms.tooLarge.picture':
		'{field}: {file} is {size}, more than the {limit} a picture may be: save it again at a lower quality or size (3,000 pixels on its longest side print well), then choose it again.',
	'cms.tooLarge.document':
		'{field}: {file} is {size}, more than the {limit} a document may be: reduce it (most PDF tools can reduce a file’s size) or split it, then choose it again.',
	'cms.tooLarge.video':
		'{field}: {file} is {size}, more than the {limit} a video may be: shorten it or export it at a lower bit rate, or publish it on the organisation’s YouTube or Vimeo channel and give its address instead.',
	'cms.tooLarge.audio':
		'{field}: {file} is {size}, more than the {limit} a sound may be: export it at a lower bit rate, or shorten it, then choose it again.',
	'cms.tooLarge.captions':
		'{field}: {file} is {size}, more than the {limit} captions may be: a captions file is text, so check it is the right file.',
	'nav.termsOfUse': 'Terms of use of our material',
	'cms.field.licence': 'Licence (terms of use)',
	'cms.hint.licence': 'Under which terms journalists may use it.',
	'cms.field.media': 'Pictures, documents, video and sound',
	'cms.field.mediaItem': 'file',
	'cms.hint.media':
		'Every picture shown in the text must be listed here, with its credit and licence.',
	'cms.field.file': 'File',
	'cms.field.url': 'Or: address of the video on YouTube or Vimeo',
	'cms.field.mediaTitle': 'Title (document, video or sound)',
	'cms.field.captions': 'Captions (a WebVTT file, required for a video)',
	'cms.field.poster': 'Poster (the picture shown before the video plays)',
	'cms.field.transcript': 'Transcript',
	'cms.field.keyFigures': 'Key figures',
	'cms.field.keyFigure': 'figure',
	'cms.field.value': 'Number',
	'cms.field.figureLabel': 'What it counts',
	'cms.field.unit': 'Unit',
	'cms.field.source': 'Source',
} as const;

/** A key of the UI dictionary. */
export type UiKey = keyof typeof en;

/** What every locale's dictionary must be: one string for each English key. */
export type UiDictionary = Record<UiKey, string>;
