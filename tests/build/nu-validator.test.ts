// The W3C Nu Html Checker (vnu-jar, on Debian's Java) over every page of the site, beside
// html-validate: an outside validator must agree with ours. It reads what html-validate does not,
// such as a <script> after </html>, after which it stops checking the page.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import vnu from 'vnu-jar';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist';

const dist = inject('siteDir');
const java = process.env.JAVA ?? 'java';

describe('the W3C Nu Html Checker', () => {
	it('finds no error in any page of the site', async () => {
		const pages = (await listFiles(dist)).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(50);
		const result = spawnSync(
			java,
			[
				'-jar',
				String(vnu),
				'--errors-only',
				'--format',
				'json',
				...pages.map((p) => join(dist, p)),
			],
			{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
		expect(result.error, 'Java is needed: apt-get install default-jre-headless').toBeUndefined();
		const { messages } = JSON.parse(result.stderr) as {
			messages: { type: string; url: string; message: string; extract?: string }[];
		};
		const errors = messages
			.filter((m) => m.type === 'error')
			.map((m) => `${m.url.replace(`file:${dist}`, '')}: ${m.message}`);
		expect(errors).toEqual([]);
		expect(result.status).toBe(0);
	});
});
