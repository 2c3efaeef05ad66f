// A vCard's content lines, in one pass over the text: folded continuations (a leading space or tab) and
// quoted-printable soft breaks (a trailing `=`) joined, each property split at its first colon outside quotes.
// Joining never rescans what is already read, so a line that keeps growing costs its length and no more (rescanning
// it made an open quote followed by folded lines quadratic), and a line longer than MAX_IMPORT_LINE_CHARS is only
// measured, never held.
import { MAX_IMPORT_LINE_CHARS } from '../../../../shared/transfer';
import type { WorkCounter } from './parse-import';

export interface RawProperty {
  /** Apple's and Google's `item1.` before the name, which ties an `X-ABLabel` to the property it labels. */
  group?: string;
  name: string;
  params: string[];
  value: string;
}

interface Header {
  group?: string;
  name: string;
  params: string[];
  quotedPrintable: boolean;
}

export function isQuotedPrintable(params: readonly string[]): boolean {
  return params.some((param) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(param.trim()));
}

/** `item1.NAME;PARAM;PARAM="a:b"` (the group, if any, apart from the name); undefined without a name. */
function headerOf(beforeColon: string): Header | undefined {
  const semicolon = beforeColon.indexOf(';');
  const rawName = semicolon < 0 ? beforeColon : beforeColon.slice(0, semicolon);
  const params = semicolon < 0 ? [] : beforeColon.slice(semicolon + 1).split(';');
  const grouped = rawName.includes('.') ? /^([\w-]+)\.(.*)$/.exec(rawName) : null;
  const name = (grouped ? (grouped[2] as string) : rawName).toUpperCase().trim();
  if (!name) return undefined;
  const group = grouped ? { group: (grouped[1] as string).toLowerCase() } : {};
  return { ...group, name, params, quotedPrintable: params.length > 0 && isQuotedPrintable(params) };
}

/** One content line, put together from its physical lines; its property is split off only when asked for. */
export class ContentLine {
  /** The pieces read so far, never an empty one; only the last one once the line is too long. */
  private pieces: string[] = [];
  private length = 0;
  private isTooLong = false;
  /** How far the search for the colon has read, by piece and offset, and whether it is inside quotes there. */
  private searchedPieces = 0;
  private searchedOffset = 0;
  private searchedChars = 0;
  private quoted = false;
  /** Where the value starts, once the colon outside quotes is found. */
  private valueStart = -1;
  private header: Header | undefined;
  private joined: string | undefined;

  constructor(
    first: string,
    private readonly countWork: WorkCounter,
  ) {
    this.add(first);
  }

  /** Longer than MAX_IMPORT_LINE_CHARS: `text` is empty, `property` has its name and parameters but no value. */
  get tooLong(): boolean {
    return this.isTooLong;
  }

  get text(): string {
    if (this.isTooLong) return '';
    this.joined ??= this.pieces.join('');
    return this.joined;
  }

  /** Undefined when the line has no colon outside quotes, or nothing before it. */
  get property(): RawProperty | undefined {
    const header = this.findHeader();
    if (!header) return undefined;
    const { group, name, params } = header;
    return { ...(group ? { group } : {}), name, params, value: this.isTooLong ? '' : this.text.slice(this.valueStart) };
  }

  /** A quoted-printable value whose line ends in `=` goes on in the next physical line, whatever that starts with. */
  get continuesAfterSoftBreak(): boolean {
    return (this.pieces.at(-1) ?? '').endsWith('=') && this.findHeader()?.quotedPrintable === true;
  }

  add(piece: string): void {
    if (piece === '') return;
    this.length += piece.length;
    this.pieces.push(piece);
    if (this.length > MAX_IMPORT_LINE_CHARS && !this.isTooLong) {
      // The colon, if there is one within the limit, is looked for while the pieces are still here.
      this.findHeader();
      this.isTooLong = true;
    }
    if (this.isTooLong) this.pieces = [piece];
  }

  /** Joins the next physical line in place of the `=` that ended this one. */
  addAfterSoftBreak(piece: string): void {
    const last = this.pieces.pop() as string;
    if (last.length > 1) this.pieces.push(last.slice(0, -1));
    this.length -= 1;
    this.add(piece);
  }

  /** Reads on from where the last search stopped, so each character is looked at once, and no further than the limit. */
  private findHeader(): Header | undefined {
    while (this.valueStart < 0 && this.searchedPieces < this.pieces.length && this.searchedChars < MAX_IMPORT_LINE_CHARS && !this.isTooLong) {
      const piece = this.pieces[this.searchedPieces] as string;
      const end = Math.min(piece.length, this.searchedOffset + MAX_IMPORT_LINE_CHARS - this.searchedChars);
      this.countWork(end - this.searchedOffset);
      for (let index = this.searchedOffset; index < end; index += 1) {
        const character = piece[index];
        if (character === '"') this.quoted = !this.quoted;
        else if (character === ':' && !this.quoted) {
          this.valueStart = this.searchedChars + index - this.searchedOffset + 1;
          this.header = headerOf(this.pieces.slice(0, this.searchedPieces + 1).join('').slice(0, this.valueStart - 1));
          return this.header;
        }
      }
      this.searchedChars += end - this.searchedOffset;
      if (end < piece.length) this.searchedOffset = end;
      else {
        this.searchedPieces += 1;
        this.searchedOffset = 0;
      }
    }
    return this.header;
  }
}

/**
 * The text's content lines, split at CR LF, CR or LF as `text.split(/\r\n|\r|\n/)` would, without holding the lines
 * all at once. Empty lines are left out; they still end the line before them.
 */
export function* contentLines(text: string, countWork: WorkCounter): Generator<ContentLine> {
  let line: ContentLine | undefined;
  /** A folded line after an empty one continues the empty one; at the very start, it stands as it is. */
  let afterEmptyLine = false;
  let start = 0;
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  for (;;) {
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    const end = nextCr === -1 ? (nextLf === -1 ? text.length : nextLf) : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
    // The line break counts as a character looked at: a file of nothing but line breaks is work too.
    countWork(end - start + 1);
    const physical = text.slice(start, end);
    if (line?.continuesAfterSoftBreak) line.addAfterSoftBreak(physical);
    else if ((physical[0] === ' ' || physical[0] === '\t') && (line || afterEmptyLine)) {
      if (line) line.add(physical.slice(1));
      else line = new ContentLine(physical.slice(1), countWork);
    } else {
      if (line) yield line;
      afterEmptyLine = physical === '';
      line = afterEmptyLine ? undefined : new ContentLine(physical, countWork);
    }
    if (end === text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  if (line) yield line;
}
