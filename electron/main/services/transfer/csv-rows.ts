// A CSV file's rows, found the way papaparse finds them, in one pass and without splitting the text: where each row
// starts and ends, how many fields it has, and whether it holds anything. Papaparse then parses one row at a time, and
// only a row it can parse cheaply: given the whole file, it makes a 10 MB line of commas into one row of ten million
// cells, and keeps an error object for every stray quote, each several times the bytes that caused it.
import type { WorkCounter } from './parse-import';

export interface CsvRow {
  start: number;
  /** Where the row's text ends, before its line break. */
  end: number;
  /** Where the next row starts. */
  next: number;
  fields: number;
  /** Quotes inside a quoted field that neither close it nor are doubled; papaparse keeps an error for each. */
  strayQuotes: number;
  /** Anything but blanks, delimiters and the quotes around fields: papaparse (`skipEmptyLines: 'greedy'`) skips a row without. */
  hasContent: boolean;
}

const QUOTE = 0x22;

/** What `String.prototype.trim` removes: papaparse decides blank rows and spaces after a closing quote with it. */
function isBlank(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && String.fromCharCode(code).trim() === '');
}

/**
 * Papaparse's rules: a field is quoted only when its first character is a quote; inside, `""` is a quote, and a quote
 * closes the field only when blanks and then the delimiter, a line break or the end of the text follow (the end only
 * right after it). Any other quote stays in the field. A quote never closed runs to the end of the text.
 */
export function* csvRows(text: string, delimiter: string, newline: string, countWork: WorkCounter): Generator<CsvRow> {
  const end = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const newlineCode = newline.charCodeAt(0);
  const isLineBreak = (index: number) => text.charCodeAt(index) === newlineCode && text.startsWith(newline, index);
  let start = 0;
  while (start < end) {
    const row: CsvRow = { start, end, next: end, fields: 1, strayQuotes: 0, hasContent: false };
    let quoted = false;
    let atFieldStart = true;
    let index = start;
    for (; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (quoted) {
        if (code !== QUOTE) {
          if (!isBlank(code)) row.hasContent = true;
        } else if (text.charCodeAt(index + 1) === QUOTE) {
          row.hasContent = true;
          index += 1;
        } else {
          let after = index + 1;
          while (after < end && isBlank(text.charCodeAt(after)) && text.charCodeAt(after) !== delimiterCode && !isLineBreak(after)) after += 1;
          countWork(after - index - 1);
          if (after === end ? after === index + 1 : text.charCodeAt(after) === delimiterCode || isLineBreak(after)) {
            quoted = false;
            index = after - 1;
          } else {
            row.strayQuotes += 1;
            row.hasContent = true;
          }
        }
        continue;
      }
      if (code === delimiterCode) {
        row.fields += 1;
        atFieldStart = true;
        continue;
      }
      if (isLineBreak(index)) break;
      if (code === QUOTE && atFieldStart) quoted = true;
      else if (!isBlank(code)) row.hasContent = true;
      atFieldStart = false;
    }
    row.end = index;
    row.next = Math.min(end, index + newline.length);
    countWork(row.next - start);
    yield row;
    start = row.next;
  }
}
