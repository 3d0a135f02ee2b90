// `npm run nginx-config`: writes an nginx `server` block for a built site (usage: the command
// below).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { nginxServer } from '../src/hosting/host-config';
import { headerPolicy } from '../src/hosting/security-headers';
import { parseCommand, usage } from './lib/cli';

const command = {
	name: 'npm run nginx-config',
	about: `Writes an nginx server block for the built site, with its security and cache headers and
the Content-Security-Policy of the build.`,
	flags: {
		dist: {
			type: 'string',
			value: 'dir',
			default: 'dist',
			about: 'the built site to read the Content-Security-Policy from (default: dist)',
		},
		root: {
			type: 'string',
			value: 'dir',
			about: 'where nginx will find that site (default: the absolute path of --dist)',
		},
		listen: {
			type: 'string',
			value: 'port',
			default: '80',
			about: "nginx's listen value (default: 80)",
		},
		out: {
			type: 'string',
			value: 'file',
			default: 'deploy/nginx.conf',
			about: 'the file to write (default: deploy/nginx.conf)',
		},
	},
	examples: ['npm run nginx-config -- --root /srv/newsroom --listen 80'],
} as const;
const { values } = parseCommand(command);
const dist = resolve(values.dist);
const policy = await headerPolicy(dist).catch((error: Error) => {
	console.error(`${error.message}\nBuild the site first: npm run build\n\n${usage(command)}`);
	process.exit(1);
});
const config = nginxServer({ root: values.root ?? dist, listen: values.listen, policy });
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(values.out, config);
console.log(`Wrote ${values.out} (serving ${values.root ?? dist} on ${values.listen}).`);
