// Typed ESLint for TypeScript and Astro files; Prettier owns formatting (eslint-config-prettier).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
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
	prettier,
);
