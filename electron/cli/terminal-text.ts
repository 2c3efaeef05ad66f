// What the command line prints comes from the journal and from files: a name holding ESC, BEL or CSI would drive the
// terminal (retitle it, clear it, fake a line) instead of being shown. Such characters are printed as escapes.

/* eslint-disable no-control-regex -- matching control characters is the point here */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** JSON.stringify escapes C0 itself; DEL and C1 (U+009B is CSI to many terminals) it leaves as they are. */
const LEFT_BY_JSON = /[\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every C0 and C1 control character shown as an escape (`\x1b`, `\n`). */
export function printable(text: string): string {
  return text.replace(CONTROLS, (character) => NAMED[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `value` as indented JSON that holds no control character the terminal would act on, and parses back the same. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(LEFT_BY_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
