/** The language of a release file, from its name (`…/<folder>/index.fr.md`). */
export const langOf = (filePath = '') => /(\w+)\.md$/.exec(filePath)?.[1] ?? 'en';
