import { describe, expect, it } from 'vitest';
import {
  articleTipContent,
  articleTips,
  challengeLevels,
  checklistKinds,
  checklistPhases,
  content,
  contentFileSchemas,
  contentFiles,
  planKinds,
  promptDepths,
  promptSettings,
  type CoachContent,
} from '../../../../shared/content';

const languages = ['de', 'en'] as const;
const textKeys = new Set(['text', 'title']);

/** Every visible string in a piece of content, with where it sits. */
function texts(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => texts(entry, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    textKeys.has(key) && typeof entry === 'string'
      ? [{ path: `${path}.${key}`, text: entry }]
      : texts(entry, `${path}.${key}`),
  );
}

/** The same content with every visible string removed: what must be identical across languages. */
function withoutTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTexts);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !textKeys.has(key))
      .map(([key, entry]) => [key, withoutTexts(entry)]),
  );
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}’']+/u).filter(Boolean);
}

const englishWords = new Set(
  'the and you your you’re you’ve is are with of to it what how for this that at on have has been from any about just they their them be do get got would if'.split(
    ' ',
  ),
);
const germanWords = new Set(
  'der die das und ist sie ich nicht mit ein eine einen zu den dem es auf für wie noch schon oder mal bei von im aus wird sind hat haben gibt wer wo auch ihr ihre ihnen sich zum zur des über nach heute dass'.split(
    ' ',
  ),
);
const informalGerman = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure']);

function count(text: string, vocabulary: Set<string>): number {
  return words(text).filter((word) => vocabulary.has(word)).length;
}
const looksEnglish = (text: string) => count(text, englishWords) > count(text, germanWords);
const looksGerman = (text: string) => count(text, germanWords) > count(text, englishWords);

function allIds(bundle: CoachContent): string[] {
  return contentFiles.flatMap((file) => bundle[file].map((entry) => entry.id));
}

describe.each(languages)('content (%s)', (language) => {
  const bundle = content[language];

  it.each(contentFiles)('%s.json validates against its schema', (file) => {
    const result = contentFileSchemas[file].safeParse(bundle[file]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has ids unique across all files, and item ids unique within each checklist', () => {
    const ids = allIds(bundle);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const checklist of bundle.checklists) {
      const itemIds = checklistPhases.flatMap((phase) => checklist.phases[phase].map((item) => item.id));
      expect(itemIds.filter((id, index) => itemIds.indexOf(id) !== index), checklist.id).toEqual([]);
    }
  });

  it('has no empty text and no leftover placeholders', () => {
    const placeholder = /\{\{|\}\}|\$\{|<[^>]*>|\[[^\]]*\]|\b(?:todo|tbd|fixme|xxx|lorem|ipsum)\b|\.\.\.|…|\s{2,}/i;
    for (const file of contentFiles) {
      for (const { path, text } of texts(bundle[file])) {
        expect(text.trim(), `${file}${path}`).not.toBe('');
        expect(text, `${file}${path}`).not.toMatch(placeholder);
      }
    }
  });

  it('has at least 150 prompts and at least 4 for every setting and depth', () => {
    expect(bundle.prompts.length).toBeGreaterThanOrEqual(150);
    for (const setting of promptSettings) {
      for (const depth of promptDepths) {
        const matching = bundle.prompts.filter((prompt) => prompt.setting === setting && prompt.depth === depth);
        expect(matching.length, `${setting} x ${depth}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('has at least 40 challenges, at least 6 on each of the 5 levels', () => {
    expect(bundle.challenges.length).toBeGreaterThanOrEqual(40);
    for (const level of challengeLevels) {
      expect(bundle.challenges.filter((challenge) => challenge.level === level).length, `level ${level}`).toBeGreaterThanOrEqual(6);
    }
  });

  it('points every tip action at something that exists', () => {
    const challengeIds = new Set(bundle.challenges.map((challenge) => challenge.id));
    const settings = new Set<string>(promptSettings);
    const plans = new Set<string>(planKinds);
    for (const tip of bundle.tips) {
      for (const action of tip.actions) {
        const targets = { startChallenge: challengeIds, openPrompts: settings, createPlan: plans }[action.kind];
        expect(targets.has(action.target), `${tip.id}: ${action.kind} ${action.target}`).toBe(true);
      }
    }
  });

  it('has one checklist per event kind with every phase filled and the core steps of issue 5', () => {
    expect(bundle.checklists.map((checklist) => checklist.kind).sort()).toEqual([...checklistKinds].sort());
    const coreSteps = {
      before: ['who-will-be-there', 'set-goals', 'self-introduction', 'pick-openers'],
      during: ['ask-host-intros', 'note-names'],
      after: ['log-within-24h', 'follow-up-within-48h', 'thank-host'],
    };
    const eventSteps = { before: ['business-cards', 'what-to-wear', 'arrive-early'], during: ['meet-strangers'], after: [] };
    for (const checklist of bundle.checklists) {
      const isEvent = ['conference', 'internalEvent', 'externalMeeting', 'other'].includes(checklist.kind);
      for (const phase of checklistPhases) {
        const itemIds = checklist.phases[phase].map((item) => item.id);
        expect(itemIds.length, `${checklist.id} ${phase}`).toBeGreaterThan(0);
        const required = [...coreSteps[phase], ...(isEvent ? eventSteps[phase] : [])];
        expect(required.filter((id) => !itemIds.includes(id)), `${checklist.id} ${phase}`).toEqual([]);
      }
    }
  });
});

describe('content across languages', () => {
  it.each(contentFiles)('%s.json has the same ids, order and non-text fields in German and English', (file) => {
    expect(withoutTexts(content.de[file])).toEqual(withoutTexts(content.en[file]));
  });

  it('has German texts that are German and English texts that are English', () => {
    for (const file of contentFiles) {
      const german = texts(content.de[file]);
      const english = texts(content.en[file]);
      expect(german.map(({ path }) => path)).toEqual(english.map(({ path }) => path));
      german.forEach(({ path, text }, index) => {
        const englishText = english[index]?.text ?? '';
        const isName = /^\p{Lu}\p{L}*$/u.test(text);
        if (!isName) expect(text, `${file}${path} is the same in both languages`).not.toBe(englishText);
        expect(looksEnglish(text), `de ${file}${path} looks English: ${text}`).toBe(false);
        expect(looksGerman(englishText), `en ${file}${path} looks German: ${englishText}`).toBe(false);
      });
    }
  });

  it('addresses the user with "Sie" or neutrally in German, never with "du"', () => {
    for (const file of contentFiles) {
      for (const { path, text } of texts(content.de[file])) {
        expect(words(text).filter((word) => informalGerman.has(word)), `${file}${path}`).toEqual([]);
      }
    }
  });

  it('tells German from English with its word lists', () => {
    expect(looksEnglish('Is this your first time at this event too?')).toBe(true);
    expect(looksGerman('Ist das auch Ihre erste Veranstaltung hier?')).toBe(true);
    expect(looksEnglish('Schon Pläne für das Wochenende?')).toBe(false);
  });
});

describe('article tips', () => {
  const knownIds = new Set(allIds(content.de));

  it('maps every tip of the article to content, and only to content that exists', () => {
    expect(Object.keys(articleTipContent).sort()).toEqual([...articleTips].sort());
    for (const articleTip of articleTips) {
      const ids = articleTipContent[articleTip];
      expect(ids.length, articleTip).toBeGreaterThan(0);
      expect(ids.filter((id) => !knownIds.has(id)), articleTip).toEqual([]);
    }
  });

  it('gives every tip of the article at least one tip card of its own', () => {
    const covered = new Set(content.de.tips.map((tip) => tip.articleTip));
    expect(articleTips.filter((articleTip) => !covered.has(articleTip))).toEqual([]);
    for (const articleTip of articleTips) {
      const cards = content.de.tips.filter((tip) => tip.articleTip === articleTip).map((tip) => tip.id);
      expect(cards.filter((id) => !articleTipContent[articleTip].includes(id)), articleTip).toEqual([]);
    }
  });
});
