// `npm run lighthouse`: a Lighthouse report on four pages of each locale, into docs/LIGHTHOUSE.md
// (usage: the parseCommand call below). A report, not a test.
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { locales, type Locale } from '../src/i18n/locales';
import { segments, url } from '../src/i18n/routes';
import { parseCommand } from './lib/cli';
import { serveSite } from './lib/static-server';

parseCommand({
	name: 'npm run lighthouse',
	about: `A Lighthouse report (mobile preset, Debian Chromium) on the home page, the news index, a
release and the search page of each locale of the built dist/, written to docs/LIGHTHOUSE.md.
A report, not a test: scores move by a point or so between runs. Build the site first.`,
	flags: {},
	examples: ['npm run build && npm run lighthouse'],
});

const dist = resolve('dist');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A release page of the build in a locale: the first by slug. */
function aRelease(locale: Locale): string {
	const news = url('news', locale);
	const slug = readdirSync(join(dist, news), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== segments.page[locale])
		.map((entry) => entry.name)
		.sort()[0];
	if (!slug) throw new Error(`No release page under ${news} in ${dist}: build the site first.`);
	return url('release', locale, { slug });
}

// Loaded once the command line is read: Lighthouse takes seconds to load, --help should not.
const { launch } = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');
// The production server: nginx with the generated config when installed, else the Node fallback.
const server = await serveSite(dist);
const chrome = await launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows: string[] = [];
try {
	for (const locale of locales) {
		const pages = {
			home: url('home', locale),
			news: url('news', locale),
			release: aRelease(locale),
			search: `${url('search', locale)}?q=Guatemala`,
		};
		for (const [type, path] of Object.entries(pages)) {
			const result = await lighthouse(server.origin + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
			const lcp = lhr.audits['largest-contentful-paint']?.displayValue ?? '';
			const weight = lhr.audits['total-byte-weight']?.displayValue ?? '';
			rows.push(
				`| ${locale} | ${type} | \`${path}\` | ${scores.join(' | ')} | ${lcp} | ${weight} |`,
			);
			console.log(rows.at(-1));
		}
	}
} finally {
	chrome.kill();
	await server.close();
}

const report = `# Lighthouse

Measured with \`npm run build && npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}:
Lighthouse's default mobile preset (emulated mid-range phone, throttled slow 4G), Debian Chromium,
served by ${server.kind === 'nginx' ? 'nginx with the generated production config' : 'the Node static server with the production headers'}
on a machine with ${cpus().length} cores and ${Math.round(totalmem() / 2 ** 30)} GiB. Scores move by about a point
between runs: this is a report, not a test.

| locale | page | path | performance | accessibility | best practices | SEO | LCP | transfer |
| ------ | ---- | ---- | ----------- | ------------- | -------------- | --- | --- | -------- |
${rows.join('\n')}
`;
await writeFile('docs/LIGHTHOUSE.md', report);
console.log('Wrote docs/LIGHTHOUSE.md');
