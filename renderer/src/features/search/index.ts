export { SearchPalette, searchDebounceMs, type SearchPaletteProps } from './search-palette';
