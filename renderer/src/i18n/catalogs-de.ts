// The German catalogs as one chunk of their own: only the language in use is loaded (see index.ts). Every JSON file
// in locales/de is a namespace, named after the file.
export const catalogFiles = import.meta.glob<Record<string, unknown>>('./locales/de/*.json', { eager: true, import: 'default' });
