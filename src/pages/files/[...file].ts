// The files of published releases, as their folders hold them (src/page-model/material.ts): the
// lead picture's original, documents, video, sound and captions. A draft's or embargoed
// release's file has no path here.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaFilesUrl } from '../../i18n/file-routes';
import { servedFiles, type ServedFile } from '../../page-model/material';
import { getReleaseGroups } from '../../page-model/releases';

export const getStaticPaths = (async () =>
	servedFiles(await getReleaseGroups()).map((file) => ({
		params: { file: file.url.slice(mediaFilesUrl.length) },
		props: { ...file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { path, mime } = props as ServedFile;
	return new Response(readFileSync(path), { headers: { 'Content-Type': mime } });
};
