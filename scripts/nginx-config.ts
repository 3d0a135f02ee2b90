// Writes an nginx `server` block for a built site: `npm run nginx-config -- [options]`.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServer } from '../src/hosting/host-config';
import { headerPolicy } from '../src/hosting/security-headers';

const usage = `Usage: npm run nginx-config -- [--dist dist] [--root /usr/share/nginx/html] [--listen 80] [--out deploy/nginx.conf]
  --dist    the built site to read the Content-Security-Policy from (default: dist)
  --root    where nginx will find that site (default: the absolute path of --dist)
  --listen  nginx's listen value (default: 80)
  --out     the file to write (default: deploy/nginx.conf)`;

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		root: { type: 'string' },
		listen: { type: 'string', default: '80' },
		out: { type: 'string', default: 'deploy/nginx.conf' },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const dist = resolve(values.dist);
const policy = await headerPolicy(dist).catch((error: Error) => {
	console.error(`${error.message}\nBuild the site first: npm run build\n\n${usage}`);
	process.exit(1);
});
const config = nginxServer({ root: values.root ?? dist, listen: values.listen, policy });
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(values.out, config);
console.log(`Wrote ${values.out} (serving ${values.root ?? dist} on ${values.listen}).`);
