import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether drafts and embargoed releases may show (marked as such): under
 * `astro dev` only, whatever NODE_ENV says, so no build can ever publish them.
 */
export function draftsInDev(): AstroIntegration {
	return {
		name: 'newsroom:drafts-in-dev',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// A compile-time constant, not `import.meta.env`: Astro lets process.env override the latter.
				updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
			},
		},
	};
}
