// Quick-log: one line such as "Kaffee mit Anna aus Finance" or "lunch with Tom and Sabine: talked about the
// Christmas party" becomes an interaction. Names are matched against the journal's contacts with the search's
// folding rules (umlauts, ß, case) and a small typo tolerance; a name no contact answers to can become a new contact.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/dates';
import { PlauschError } from '../../../shared/errors';
import { contactSchema, interactionSchema, type Contact, type InteractionType } from '../../../shared/model';
import type { QuickLogDraft, QuickLogReceipt, UnknownName } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import type { Clock } from './clock';
import { compareContacts } from './contacts';
import type { JournalWriter } from './journal-writer';
import { createInteractionIndex, type InteractionIndex } from './interaction-index';
import { namesOf, withoutUndefined } from './records';
import { fold } from './search-text';
import type { UndoLedger } from './undo';
import { parseOrInvalid } from './validation';

const TYPE_WORDS: Record<InteractionType, string[]> = {
  favourReceived: ['gefallen erhalten', 'gefallen bekommen', 'hilfe bekommen', 'favour received', 'favor received'],
  favourGiven: ['gefallen getan', 'favour given', 'favor given', 'gefallen', 'favour', 'favor', 'geholfen', 'helped'],
  smallTalk: ['small talk', 'smalltalk', 'plausch', 'plauderei', 'gespräch', 'chat', 'talk'],
  coffee: ['kaffee', 'kaffeepause', 'coffee', 'espresso', 'tee', 'tea'],
  lunch: ['mittagessen', 'mittag', 'essen', 'abendessen', 'lunch', 'dinner'],
  call: ['anruf', 'telefonat', 'telefoniert', 'call', 'phone call', 'phone'],
  meeting: ['meeting', 'besprechung', 'termin', 'treffen'],
  message: ['nachricht', 'e-mail', 'email', 'mail', 'message', 'sms'],
  gift: ['geschenk', 'blumen', 'gift', 'present', 'flowers'],
  event: ['veranstaltung', 'konferenz', 'messe', 'feier', 'event', 'conference', 'party'],
};
const TYPE_BY_PHRASE = new Map(
  Object.entries(TYPE_WORDS).flatMap(([type, phrases]) => phrases.map((phrase) => [fold(phrase), type as InteractionType] as const)),
);
/** Without a type word the entry is small talk, the most common encounter; the quick-log window shows it to change. */
const DEFAULT_TYPE: InteractionType = 'smallTalk';

const CONNECTORS = new Set(['mit', 'with', 'und', 'and', 'sowie', 'plus', ',', '&', '+'].map(fold));
const FILLERS = new Set(
  ['ein', 'eine', 'einen', 'einem', 'der', 'die', 'dem', 'den', 'kurz', 'kurzer', 'kurzes', 'kurze', 'a', 'an', 'the', 'quick', 'short', 'beim', 'zum', 'zur'].map(fold),
);
/** Words that tie a department (or organisation) to the name before them: "Anna aus Finance". */
const QUALIFIERS = new Set(['aus', 'von', 'vom', 'from', 'of', 'bei', 'at'].map(fold));
const DAY_OFFSETS = new Map([['heute', 0], ['today', 0], ['gestern', -1], ['yesterday', -1], ['vorgestern', -2]].map(([w, d]) => [fold(w as string), d as number]));
const MAX_QUALIFIER_WORDS = 3;

interface Token {
  text: string;
  folded: string;
  index: number;
}

interface NameGroup {
  words: Token[];
  qualifier: Token[];
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,&+]/gu)].map((m) => ({
    text: m[0].replace(/\.$/, ''),
    folded: fold(m[0].replace(/\.$/, '')),
    index: m.index,
  }));
}

/** Three rows of the distance table, reused: names are compared with every contact on each entry, so no allocation. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance: an edit, a missing or extra letter or two swapped letters each count one. */
function editDistance(a: string, b: string): number {
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [beforeAbove, above, row] = rows;
  for (let j = 0; j <= b.length; j += 1) above[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforeAbove[j - 2] as number) + 1);
      row[j] = value;
    }
    [beforeAbove, above, row] = [above, row, beforeAbove];
  }
  return above[b.length] as number;
}

/** 2 for the same name, 1 for a slip of the keyboard or the start of the name, 0 otherwise. */
function similarity(typed: string, name: string): number {
  if (!typed || !name) return 0;
  if (typed === name) return 2;
  if (typed.length >= 3 && name.startsWith(typed)) return 1;
  const slips = typed.length >= 8 ? 2 : 1;
  // The distance is at least the difference in length; most names are ruled out without computing it.
  if (typed.length >= 3 && Math.abs(typed.length - name.length) <= slips && editDistance(typed, name) <= slips) return 1;
  return 0;
}

function matchesQualifier(contact: Contact, qualifier: string): boolean {
  return [contact.department, contact.organisation, contact.role].some((field) => {
    const folded = fold(field);
    return folded !== '' && (folded.includes(qualifier) || qualifier.includes(folded) || similarity(qualifier, folded) > 0);
  });
}

function capitalized(word: string): string {
  return word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
}

/** Folded names by record: records are replaced, never changed, so a journal of thousands is folded once. */
const foldedNames = new WeakMap<Contact, { first: string; last: string }>();

function foldedNameOf(contact: Contact): { first: string; last: string } {
  let names = foldedNames.get(contact);
  if (!names) foldedNames.set(contact, (names = { first: fold(contact.firstName), last: fold(contact.lastName) }));
  return names;
}

export function createQuickLog({
  store,
  clock,
  writer,
  undo,
  index = createInteractionIndex({ store, writer }),
}: {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  /** Shared with the other services; one of its own otherwise. */
  index?: InteractionIndex;
}) {
  function activeContacts(): Contact[] {
    return [...store.contacts.values()].filter((c) => !c.archived);
  }

  function knownNameWords(contacts: readonly Contact[]): string[] {
    return contacts.flatMap((c) => Object.values(foldedNameOf(c))).filter(Boolean);
  }

  /** The date of the newest interaction with the contact, '' when there is none. */
  function newest(contactId: string): string {
    return index.ofContact(contactId)[0]?.date ?? '';
  }

  /** The best contact for the words, or undefined; ties go to the person seen most recently. */
  function bestMatch(words: readonly string[], qualifier: string, contacts: readonly Contact[]): Contact | undefined {
    let best: { contact: Contact; score: number } | undefined;
    for (const contact of contacts) {
      const { first, last } = foldedNameOf(contact);
      let score: number;
      if (words.length === 2) {
        const a = similarity(words[0] as string, first);
        const b = a > 0 ? similarity(words[1] as string, last) : 0;
        score = a > 0 && b > 0 ? a + b + 1 : 0;
      } else {
        score = Math.max(similarity(words[0] as string, first), similarity(words[0] as string, last));
      }
      if (score === 0) continue;
      if (qualifier) {
        if (!matchesQualifier(contact, qualifier)) continue;
        score += 1;
      }
      const better =
        !best ||
        score > best.score ||
        (score === best.score &&
          (newest(contact.id) > newest(best.contact.id) ||
            (newest(contact.id) === newest(best.contact.id) && compareContacts(contact, best.contact) < 0)));
      if (better) best = { contact, score };
    }
    return best?.contact;
  }

  function parse(text: string): QuickLogDraft {
    const separator = /\s*(?::|\s[-–—]\s)\s*/.exec(text);
    const head = separator ? text.slice(0, separator.index) : text;
    const tail = separator ? text.slice(separator.index + separator[0].length).trim() : '';
    const tokens = tokenize(head);
    const contacts = activeContacts();
    const known = knownNameWords(contacts);
    const isNameLike = (token: Token) =>
      /^\p{Lu}/u.test(token.text) || known.some((name) => similarity(token.folded, name) > 0);

    let type: InteractionType | undefined;
    let dayOffset = 0;
    const groups: NameGroup[] = [];
    let current: NameGroup | undefined;
    let rest = '';
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      const pair = i + 1 < tokens.length ? `${token.folded} ${(tokens[i + 1] as Token).folded}` : undefined;
      const typed = type === undefined ? ((pair && TYPE_BY_PHRASE.get(pair)) ?? TYPE_BY_PHRASE.get(token.folded)) : undefined;
      if (typed) {
        type = typed;
        if (pair && TYPE_BY_PHRASE.get(pair) === typed) i += 1;
        current = undefined;
      } else if (DAY_OFFSETS.has(token.folded)) {
        dayOffset = DAY_OFFSETS.get(token.folded) as number;
        current = undefined;
      } else if (CONNECTORS.has(token.folded)) {
        current = undefined;
      } else if (FILLERS.has(token.folded)) {
        continue;
      } else if (QUALIFIERS.has(token.folded) && current) {
        while (i + 1 < tokens.length && current.qualifier.length < MAX_QUALIFIER_WORDS && /^\p{Lu}/u.test((tokens[i + 1] as Token).text)) {
          current.qualifier.push(tokens[i + 1] as Token);
          i += 1;
        }
        current = undefined;
      } else if (isNameLike(token)) {
        if (current && current.words.length < 2) current.words.push(token);
        else {
          current = { words: [token], qualifier: [] };
          groups.push(current);
        }
      } else {
        rest = head.slice(token.index).trim();
        break;
      }
    }

    const contactIds: string[] = [];
    const unknownNames: UnknownName[] = [];
    const add = (contact: Contact) => {
      if (!contactIds.includes(contact.id)) contactIds.push(contact.id);
    };
    for (const group of groups) {
      const qualifier = fold(group.qualifier.map((t) => t.text).join(' '));
      const words = group.words.map((t) => t.folded);
      const whole = bestMatch(words, qualifier, contacts);
      if (whole) {
        add(whole);
        continue;
      }
      // Two names typed without "and" between them may be two people.
      const each = words.length === 2 ? words.map((word) => bestMatch([word], qualifier, contacts)) : [];
      if (each.length === 2 && each.every((c) => c !== undefined)) {
        each.forEach((c) => add(c as Contact));
        continue;
      }
      const [first, last] = group.words;
      const textEnd = (group.qualifier.at(-1) ?? group.words.at(-1)) as Token;
      unknownNames.push({
        text: head.slice((first as Token).index, textEnd.index + textEnd.text.length),
        contact: {
          firstName: capitalized((first as Token).text),
          lastName: last ? capitalized(last.text) : '',
          department: group.qualifier.map((t) => t.text).join(' '),
        },
      });
    }

    return {
      type: type ?? DEFAULT_TYPE,
      typeFound: type !== undefined,
      contactIds,
      names: namesOf(store, contactIds),
      unknownNames,
      note: [rest, tail].filter(Boolean).join(' '),
      date: addDays(clock.today(), dayOffset),
    };
  }

  return {
    parse,

    /** Saves the entry in one commit, with any new contacts for unknown names; one undo takes it all back. */
    save(text: string, { createUnknown, type }: { createUnknown: boolean; type?: InteractionType }): Promise<QuickLogReceipt> {
      return writer.write(() => {
        const draft = parse(text);
        const now = clock.now().toISOString();
        const createdContacts = createUnknown
          ? draft.unknownNames.map((unknown) =>
              withoutUndefined(parseOrInvalid(contactSchema, { ...unknown.contact, id: randomUUID(), createdAt: now, updatedAt: now })),
            )
          : [];
        const contactIds = [...draft.contactIds, ...createdContacts.map((c) => c.id)];
        if (contactIds.length === 0) throw new PlauschError('invalidInput', { issues: [{ path: 'text', message: 'noContact' }] });
        const interaction = withoutUndefined(
          parseOrInvalid(interactionSchema, {
            contactIds,
            type: type ?? draft.type,
            date: draft.date,
            note: draft.note,
            id: randomUUID(),
            createdAt: now,
            updatedAt: now,
          }),
        );
        const changes: Change[] = [
          ...createdContacts.map((value): Change => ({ op: 'put', collection: 'contacts', value })),
          { op: 'put', collection: 'interactions', value: interaction },
        ];
        const undoToken = undo.remember(() => {
          const restore: Change[] = [];
          if (store.interactions.has(interaction.id)) restore.push({ op: 'delete', collection: 'interactions', id: interaction.id });
          for (const contact of createdContacts) {
            const elsewhere = index.ofContact(contact.id).some((i) => i.id !== interaction.id);
            if (store.contacts.has(contact.id) && !elsewhere) restore.push({ op: 'delete', collection: 'contacts', id: contact.id });
          }
          return restore;
        });
        return { changes, result: { interaction, createdContacts, undoToken } };
      });
    },
  };
}

export type QuickLogService = ReturnType<typeof createQuickLog>;

