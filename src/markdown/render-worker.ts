// A worker thread of src/markdown/parallel.ts: renders the Markdown files it is sent with the
// site's Markdown processor, exactly as the main thread would.
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { markdownProcessor } from './index';
import type { RenderAnswer, RenderRequest } from './parallel';

const { shared } = workerData as { shared: AstroMarkdownOptions };
const renderer = await markdownProcessor().createRenderer(shared);

parentPort?.on('message', ({ id, content, frontmatter, fileURL }: RenderRequest) => {
	void renderer
		.render(content, {
			...(frontmatter ? { frontmatter } : {}),
			...(fileURL ? { fileURL: new URL(fileURL) } : {}),
		})
		.then(
			(result): RenderAnswer => ({ id, result }),
			(error: unknown): RenderAnswer => ({ id, error }),
		)
		.then((answer) => parentPort?.postMessage(answer));
});
