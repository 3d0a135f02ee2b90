// Typed ESLint for TypeScript and Astro files; Prettier owns formatting (eslint-config-prettier).
// The layout rules (docs/ARCHITECTURE.md): no import cycles, imports only down the layers, and
// only the data layer reads the content collections.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ and what each may import besides itself, bottom layer first. A folder
 * missing from a list is forbidden to it; scripts/, bench/ and tests/ are forbidden to all.
 */
const layers = {
	i18n: [],
	markdown: ['i18n'],
	metadata: ['i18n', 'settings.ts'],
	hosting: ['i18n'],
	offline: ['i18n'],
	search: ['i18n'],
	browser: ['i18n', 'offline'],
	'content-model': ['markdown', 'i18n', 'settings.ts'],
	'page-model': ['content-model', 'i18n', 'settings.ts'],
	cms: ['content-model', 'hosting', 'i18n', 'settings.ts'],
	integrations: ['cms', 'search', 'offline', 'hosting', 'markdown', 'i18n', 'settings.ts'],
	components: ['page-model', 'metadata', 'browser', 'i18n', 'settings.ts'],
	layouts: [
		'components',
		'page-model',
		'metadata',
		'hosting',
		'browser',
		'i18n',
		'settings.ts',
		'styles',
	],
	views: ['layouts', 'components', 'page-model', 'metadata', 'browser', 'i18n', 'settings.ts'],
	pages: ['views', 'layouts', 'page-model', 'browser', 'i18n', 'settings.ts'],
};
const srcParts = [...Object.keys(layers), 'settings.ts', 'styles', 'content.config.ts'];
const outside = ['./scripts', './bench', './tests'];

/** A no-restricted-paths zone: `target` may import nothing of `from`. */
const zone = (target, from, why) => ({ target, from, message: why });

const layerZones = [
	...Object.entries(layers).map(([folder, allowed]) =>
		zone(
			`./src/${folder}`,
			[
				...srcParts
					.filter((part) => part !== folder && !allowed.includes(part))
					.map((part) => `./src/${part}`),
				...outside,
			],
			`src/${folder}/ imports only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/ARCHITECTURE.md).`,
		),
	),
	zone('./src/settings.ts', ['./src', ...outside], 'src/settings.ts reads the environment only.'),
	zone(
		'./src/content.config.ts',
		['./src/page-model', './src/integrations', ...outside],
		'src/content.config.ts pairs the content model with Astro.',
	),
	zone(
		'./scripts',
		['./bench', './tests'],
		'npm commands do not import the benchmark or the tests.',
	),
	zone('./bench', ['./tests'], 'the benchmark does not import the tests.'),
	zone('./src', outside, 'the site does not import tools, the benchmark or the tests.'),
];

/** The functions that read content collections. */
const collectionReaders = {
	name: 'astro:content',
	importNames: ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection'],
	message:
		'Only src/page-model/releases.ts, pages.ts, people.ts and events.ts read the collections.',
};

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.newsroom-cache/',
			'node_modules/',
			'tests/.tmp/',
			'tests/fixtures/**/dist/',
			'bench/.tmp/',
			'bench/baseline/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{ files: ['**/*.astro', '**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
	// The build's compile-time constants (src/env.d.ts), which TypeScript knows and ESLint's
	// no-undef does not in .astro files.
	{ files: ['src/**/*.astro'], languageOptions: { globals: { __DEV_SERVER__: 'readonly' } } },
	{
		files: ['**/*.ts', '**/*.astro', '**/*.js', '**/*.mjs'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.astro'] })],
			'import-x/extensions': ['.ts', '.js', '.mjs', '.astro'],
			// astro-eslint-parser ships ESM only: name its entry file, which Node 24 can require().
			'import-x/parsers': {
				[fileURLToPath(import.meta.resolve('astro-eslint-parser'))]: ['.astro'],
				'@typescript-eslint/parser': ['.ts'],
			},
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-restricted-paths': ['error', { zones: layerZones }],
		},
	},
	{
		// Only the data layer reads the collections; route files hand its results to the views.
		files: ['src/**/*.ts', 'src/**/*.astro'],
		ignores: [
			'src/page-model/releases.ts',
			'src/page-model/pages.ts',
			'src/page-model/people.ts',
			'src/page-model/events.ts',
		],
		rules: { 'no-restricted-imports': ['error', { paths: [collectionReaders] }] },
	},
	{
		// Markup gets all its data through props.
		files: ['src/components/**', 'src/layouts/**', 'src/views/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [collectionReaders],
					patterns: [
						{
							group: ['**/page-model/*'],
							importNames: [
								'getReleaseGroups',
								'getSitePages',
								'getPeople',
								'getEventGroups',
								'staticPages',
								'feedRoutes',
							],
							message: 'Views, layouts and components get their data through their props.',
						},
					],
				},
			],
		},
	},
	prettier,
);
