// `npm run translations`: which release and page folders lack which language, and which
// translations are older than their source (README.md, "Translation coverage").
//   --json          print the report as JSON instead of text
//   --strict        exit with status 1 when a language is missing or a translation is outdated
//   --hash <file>   print the source hash of a file, for a translation's translatedFrom.hash
//   --content <dir> the content folder (default: $NEWSROOM_CONTENT_DIR or content)
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { locales } from '../src/i18n/locales';
import {
	coverageReport,
	formatReport,
	hasGaps,
	readContentTree,
	sourceHash,
} from './lib/translation-coverage';

const { values: flags } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
		hash: { type: 'string' },
		content: { type: 'string', default: process.env.NEWSROOM_CONTENT_DIR ?? 'content' },
	},
});

if (flags.hash) {
	console.log(sourceHash(await readFile(flags.hash, 'utf8')));
} else {
	const report = coverageReport(await readContentTree(flags.content), locales);
	console.log(flags.json ? JSON.stringify(report, null, 2) : formatReport(report));
	if (flags.strict && hasGaps(report)) process.exitCode = 1;
}
