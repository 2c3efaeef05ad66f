// C0 and C1 control characters (ESC, BEL, CSI, NUL …) have no place in a name or a note, and printed in a terminal
// they act instead of showing. Text from outside (an imported file, a restored backup) loses them on the way in; a
// note keeps its tabs and line breaks, a one-line field has them turned into spaces.

/* eslint-disable no-control-regex -- matching control characters is the point here */
const LINE_BREAKS_AND_TABS = /\r\n?|[\n\t]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROLS_BUT_TAB_AND_LINE_FEED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/** The fields of the journal that hold several lines: a contact's notes, an encounter's note, reflections. */
const MULTI_LINE_FIELDS = new Set(['notes', 'note', 'whatHappened', 'reflection', 'whatWentWell']);

/** For a one-line field: line breaks and tabs become spaces, the other controls go. */
export function singleLineText(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS, '');
}

/** For a note: every line break becomes `\n`, tabs stay, the other controls go. */
export function multiLineText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_TAB_AND_LINE_FEED, '');
}

/** `value` cleaned; the very same value (not a copy) when there was nothing to clean, so callers can tell. */
function clean(value: unknown, field: string | undefined): unknown {
  if (typeof value === 'string') return field !== undefined && MULTI_LINE_FIELDS.has(field) ? multiLineText(value) : singleLineText(value);
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => clean(item, undefined));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    // Keys are cleaned too: the tags of the settings' cadences are keys.
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
      const cleaned: [string, unknown] = [singleLineText(key), clean(item, key)];
      if (cleaned[0] !== key || cleaned[1] !== item) changed = true;
      return cleaned;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}

/**
 * `records` with every string's control characters stripped, the fields of several lines keeping tabs and line
 * breaks; `records` itself when none held any. Ids, dates and choices that validated hold none, so only free text
 * changes.
 */
export function withoutControlCharacters<T>(records: T): T {
  return clean(records, undefined) as T;
}
