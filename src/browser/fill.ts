/** Fills `{name}` placeholders of a dictionary string in the browser (the server's `t()` does it at build). */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
