// The content lint for the written greetings: every occasion by e-mail and Teams in both languages, German in both
// forms, only slots the coach can fill, and the house style (shared/content/STYLE.md).
import { describe, expect, it } from 'vitest';
import {
  greetingChannels,
  greetingOccasions,
  greetings,
  greetingsFileSchema,
  greetingSlots,
  slotsIn,
  type GreetingTemplate,
} from '../../../../shared/content';
import { ARTICLE_RUN, articleRuns, runsFrom } from './article-runs';

const languages = ['de', 'en'] as const;
const textFields = ['subject', 'subjectDu', 'text', 'du'] as const;

/** The details a text needs besides the name (the name slot itself differs between Sie and du). */
const detailSlots = (text: string) => slotsIn(text).filter((slot) => slot !== 'name' && slot !== 'firstName').sort();
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\d’']+/u).filter(Boolean);
const duWords = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure']);
// Capitalised, these are the polite form; "ihr" in lower case is "her" or "their" and may stand in a du text.
const sieWords = /\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/u;

function textsOf(greeting: GreetingTemplate): { field: string; text: string }[] {
  return textFields.flatMap((field) => (greeting[field] === undefined ? [] : [{ field, text: greeting[field] }]));
}


describe.each(languages)('greetings (%s)', (language) => {
  const all = greetings[language];

  it('validates against the schema, with unique ids', () => {
    expect(greetingsFileSchema.safeParse(all).error?.issues ?? []).toEqual([]);
    const ids = all.map((g) => g.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has an e-mail and a Teams message for every occasion, and two of each for a birthday', () => {
    for (const occasion of greetingOccasions) {
      for (const channel of greetingChannels) {
        const found = all.filter((g) => g.occasion === occasion && g.channel === channel);
        expect(found.length, `${occasion} ${channel}`).toBeGreaterThanOrEqual(occasion === 'birthday' ? 2 : 1);
      }
    }
  });

  it('has, for every occasion and channel, a greeting that needs nothing but the name, unless the occasion is the detail', () => {
    // A round birthday without an age and a school start without a child are not offered at all.
    const detailOccasions = new Set(['roundBirthday', 'schoolStart']);
    for (const occasion of greetingOccasions.filter((o) => !detailOccasions.has(o))) {
      for (const channel of greetingChannels) {
        const plain = all.filter(
          (g) => g.occasion === occasion && g.channel === channel && textsOf(g).every(({ text }) => slotsIn(text).every((s) => s === 'name' || s === 'firstName')),
        );
        expect(plain.length, `${occasion} ${channel}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('uses only slots the coach fills, and the same details in both forms of a greeting', () => {
    for (const greeting of all) {
      const [first, ...others] = [greeting.text, greeting.du].filter((t): t is string => t !== undefined).map(detailSlots);
      for (const { field, text } of textsOf(greeting)) {
        for (const slot of slotsIn(text)) expect(greetingSlots, `${greeting.id}.${field}: {${slot}}`).toContain(slot);
      }
      for (const other of others) expect(other, greeting.id).toEqual(first);
    }
  });

  it('leaves no stray braces, placeholders or doubled spaces', () => {
    for (const greeting of all) {
      for (const { field, text } of textsOf(greeting)) {
        const withoutSlots = text.replace(/\{\w+\}/g, 'X');
        expect(withoutSlots, `${greeting.id}.${field}`).not.toMatch(/[{}]|\.\.\.|…|\b(?:todo|tbd|xxx)\b| {2}/i);
      }
    }
  });

  it(`takes over no run of ${ARTICLE_RUN} words from the seed article`, () => {
    const runs = articleRuns();
    for (const greeting of all) {
      for (const { field, text } of textsOf(greeting)) {
        expect(runsFrom(text, runs), `${greeting.id}.${field}`).toEqual([]);
      }
    }
  });
});

describe('greetings across languages', () => {
  it('have the same ids, occasions and channels in German and English', () => {
    const shape = (g: GreetingTemplate) => ({ id: g.id, occasion: g.occasion, channel: g.channel, email: g.subject !== undefined });
    expect(greetings.de.map(shape)).toEqual(greetings.en.map(shape));
  });

  it('fill the same slots in German and English, so a greeting offered in one language is offered in the other', () => {
    greetings.de.forEach((de, index) => {
      const en = greetings.en[index];
      expect(detailSlots(`${en?.subject ?? ''} ${en?.text ?? ''}`), de.id).toEqual(detailSlots(`${de.subject ?? ''} ${de.text}`));
    });
  });

  it('say "Menschen" nowhere', () => {
    for (const greeting of greetings.de) {
      for (const { field, text } of textsOf(greeting)) expect(text, `${greeting.id}.${field}`).not.toMatch(/Mensch/u);
    }
  });
});

describe('du and Sie', () => {
  it('give every German greeting a du form, and English none', () => {
    expect(greetings.de.filter((g) => g.du === undefined).map((g) => g.id)).toEqual([]);
    expect(greetings.en.filter((g) => g.du !== undefined || g.subjectDu !== undefined).map((g) => g.id)).toEqual([]);
  });

  it('say Sie in the text and subject, and du in the du forms', () => {
    for (const greeting of greetings.de) {
      for (const field of ['text', 'subject'] as const) {
        const text = greeting[field] ?? '';
        expect(words(text).filter((word) => duWords.has(word)), `${greeting.id}.${field}`).toEqual([]);
      }
      for (const field of ['du', 'subjectDu'] as const) {
        expect(greeting[field] ?? '', `${greeting.id}.${field}`).not.toMatch(sieWords);
      }
    }
  });

  it('differ between the forms wherever the person is addressed', () => {
    for (const greeting of greetings.de) {
      if (sieWords.test(greeting.text)) expect(greeting.du, greeting.id).not.toBe(greeting.text);
      if (greeting.subject !== undefined && sieWords.test(greeting.subject)) expect(greeting.subjectDu, greeting.id).toBeDefined();
    }
  });

  it('greet by full name with Sie and by first name with du, as the journal knows no gender for "Frau" or "Herr"', () => {
    for (const greeting of greetings.de) {
      expect(greeting.text, greeting.id).not.toMatch(/\{firstName\}|\b(?:Frau|Herr|Liebe|Lieber|Sehr geehrte)\b/u);
      expect(greeting.du ?? '', greeting.id).not.toMatch(/\{name\}|\b(?:Frau|Herr|Liebe|Lieber|Sehr geehrte)\b/u);
    }
  });
});
