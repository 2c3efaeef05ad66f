// The English catalogs as one chunk of their own: only the language in use is loaded (see index.ts). Every JSON file
// in locales/en is a namespace, named after the file.
export const catalogFiles = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' });
