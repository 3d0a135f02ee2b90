// Search bundles kept between builds, so a rebuild indexes again only the locales that changed.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales';

/** Cached bundles unused for this long are deleted. */
const keepFor = 24 * 60 * 60 * 1000;

/**
 * Bundles kept between builds, by locale and digest (`<cache>/<locale>-<digest>/`), so a rebuild
 * indexes again only the locales whose pages changed. A bundle enters the cache whole (written
 * beside it, then renamed), so a build never copies a half-written one.
 */
export function bundleCache(cache: string) {
	const path = (locale: Locale, digest: string) => join(cache, `${locale}-${digest}`);
	return {
		restore(locale: Locale, digest: string, output: string): boolean {
			const kept = path(locale, digest);
			if (!existsSync(kept)) return false;
			cpSync(kept, output, { recursive: true });
			const now = new Date();
			utimesSync(kept, now, now);
			return true;
		},
		keep(locale: Locale, digest: string, output: string) {
			const kept = path(locale, digest);
			const partial = `${kept}.${process.pid}.partial`;
			cpSync(output, partial, { recursive: true });
			try {
				renameSync(partial, kept);
			} catch {
				// Another build kept the same bundle first: identical, keep theirs.
				rmSync(partial, { recursive: true, force: true });
			}
			for (const name of readdirSync(cache)) {
				const old = join(cache, name);
				if (Date.now() - statSync(old).mtimeMs > keepFor)
					rmSync(old, { recursive: true, force: true });
			}
		},
	};
}
