// Decap CMS's English phrases, which its locales package ships as untyped source.
declare module 'decap-cms-locales/src/en/index.js' {
	const en: Record<string, unknown>;
	export default en;
}
