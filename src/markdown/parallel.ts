import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
	AstroMarkdownOptions,
	MarkdownProcessor,
	MarkdownRenderer,
	MarkdownRenderOptions,
	MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { buildSync } from 'esbuild';
import { markdownProcessor } from './index';

/** A render request sent to a worker, and its answer. */
export interface RenderRequest {
	id: number;
	content: string;
	frontmatter?: Record<string, unknown> | undefined;
	/** The file's URL as a string (URLs do not cross threads). */
	fileURL?: string | undefined;
}
export type RenderAnswer =
	{ id: number; result: MarkdownRenderResult } | { id: number; error: unknown };

interface ParallelOptions {
	/** The project's root: the worker script is bundled from src/ into node_modules/.astro/. */
	root: string;
	/** Worker threads to start (0: render every file in the main thread). */
	workers?: number;
	/** Files a sync renders in the main thread before it starts the workers. */
	threshold?: number;
}

/** Bundles src/markdown/render-worker.ts (TypeScript, extensionless imports) for a worker thread. */
function workerScript(root: string): string {
	const outfile = join(root, 'node_modules/.astro/newsroom-markdown-worker.mjs');
	buildSync({
		entryPoints: [join(root, 'src/markdown/render-worker.ts')],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		// Packages load from node_modules, as in the main thread; only the site's own code is bundled.
		packages: 'external',
		logLevel: 'silent',
	});
	return outfile;
}

/** Worker threads that render Markdown, each request to the least busy one. */
function startPool(root: string, size: number, shared: AstroMarkdownOptions) {
	const script = workerScript(root);
	let next = 0;
	const waiting = new Map<
		number,
		{ resolve(r: MarkdownRenderResult): void; reject(e: unknown): void }
	>();
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(script, { workerData: { shared } });
		const entry = { worker, mine: new Set<number>(), running: true };
		worker.on('message', (answer: RenderAnswer) => {
			const promise = waiting.get(answer.id);
			waiting.delete(answer.id);
			entry.mine.delete(answer.id);
			if (entry.mine.size === 0) worker.unref();
			if ('result' in answer) promise?.resolve(answer.result);
			else promise?.reject(answer.error);
			if (waiting.size === 0) idle();
		});
		// A worker that crashes or is stopped fails what it still had (rendered again in the main
		// thread by the caller) and gets no more work.
		let failure: unknown;
		worker.on('error', (error: Error) => {
			failure = error;
		});
		worker.on('exit', (code) => {
			entry.running = false;
			for (const id of entry.mine) {
				waiting
					.get(id)
					?.reject(failure ?? new Error(`A Markdown worker stopped (exit code ${code}).`));
				waiting.delete(id);
			}
			entry.mine.clear();
		});
		// A worker keeps the process alive only while it has work: an idle one must not keep
		// `astro build` from exiting.
		worker.unref();
		return entry;
	});
	// Workers left without work for a second stop: `astro dev` syncs again on every edit.
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	const idle = () => {
		timer = setTimeout(() => {
			stopped = true;
			for (const { worker } of workers) void worker.terminate();
		}, 1000);
		timer.unref();
	};
	return {
		alive: () => !stopped && workers.some((w) => w.running),
		render(content: string, opts?: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
			clearTimeout(timer);
			const running = workers.filter((w) => w.running);
			if (running.length === 0) return Promise.reject(new Error('No Markdown worker is running.'));
			const least = running.reduce((a, b) => (b.mine.size < a.mine.size ? b : a));
			const id = next++;
			least.mine.add(id);
			least.worker.ref();
			const request: RenderRequest = {
				id,
				content,
				frontmatter: opts?.frontmatter,
				fileURL: opts?.fileURL?.href,
			};
			return new Promise((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				least.worker.postMessage(request);
			});
		},
	};
}

/**
 * The site's Markdown processor (`markdownProcessor()`), rendering in worker threads when a sync
 * has many files to render: a clean build renders thousands, one after the other, on one core.
 * The first `threshold` files of a sync (all of them for an edit in `astro dev`, a one-release
 * rebuild or a small site) render in the main thread, which starts no worker. A request a worker
 * fails to answer is rendered again in the main thread, so a crashed worker loses nothing and a
 * plugin's error comes from the same code either way.
 */
export function parallelMarkdown({
	root,
	workers = availableParallelism(),
	threshold = 32,
}: ParallelOptions): MarkdownProcessor {
	const inner = markdownProcessor();
	// One pool for every collection's renderer; it stops when idle and starts again when needed.
	let pool: ReturnType<typeof startPool> | undefined;
	return {
		name: 'newsroom-parallel',
		options: inner.options,
		async createRenderer(shared: AstroMarkdownOptions): Promise<MarkdownRenderer> {
			const local = await inner.createRenderer(shared);
			let rendered = 0;
			return {
				render(content, opts) {
					if (workers < 1 || ++rendered <= threshold) return local.render(content, opts);
					if (!pool?.alive()) pool = startPool(root, workers, shared);
					return pool.render(content, opts).catch((error: unknown) => {
						console.warn(
							`[markdown] ${opts?.fileURL?.pathname ?? 'a file'}: rendered again in the main thread after a worker failed: ${error instanceof Error ? error.message : String(error)}`,
						);
						return local.render(content, opts);
					});
				},
			};
		},
	};
}
