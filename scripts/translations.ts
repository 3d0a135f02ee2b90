// `npm run translations`: which releases and pages lack a language, and which translations are
// older than their source (README.md, "Translation coverage"). Usage: the parseCommand call below.
import { readFile } from 'node:fs/promises';
import { locales } from '../src/i18n/locales';
import { contentFlag, parseCommand } from './lib/cli';
import {
	coverageReport,
	formatReport,
	hasGaps,
	readContentTree,
	sourceHash,
} from './lib/translation-coverage';

const { values: flags } = parseCommand({
	name: 'npm run translations',
	about: `Lists the releases and pages that lack a language, and the translations that are older
than the file they were translated from (their translatedFrom.hash no longer matches).`,
	flags: {
		json: { type: 'boolean', default: false, about: 'print the report as JSON instead of text' },
		strict: {
			type: 'boolean',
			default: false,
			about: 'exit with status 1 when a language is missing or a translation is outdated',
		},
		hash: {
			type: 'string',
			value: 'file',
			about: "print a file's source hash, for a translation's translatedFrom.hash",
		},
		content: contentFlag,
	},
	examples: [
		'npm run translations',
		'npm run translations -- --hash content/releases/<folder>/index.fr.md',
	],
});

if (flags.hash) {
	console.log(sourceHash(await readFile(flags.hash, 'utf8')));
} else {
	const report = coverageReport(await readContentTree(flags.content), locales);
	console.log(flags.json ? JSON.stringify(report, null, 2) : formatReport(report));
	if (flags.strict && hasGaps(report)) process.exitCode = 1;
}
