// The lint for the comfort-zone ladder, the tips and the event checklists: counts per level, a countable task with
// a time frame in every challenge, what tip buttons point at, the core steps every checklist keeps, where each of
// the seed article's tips lives in the coach, and no sentence of the article taken over.
import { describe, expect, it } from 'vitest';
import {
  articleTipContent,
  articleTips,
  challengeLevels,
  checklistKinds,
  checklistPhases,
  content,
  contentFiles,
  planKinds,
  promptSettings,
  type ChallengeTimeFrame,
  type CoachContent,
} from '../../../../shared/content';
import type { Language } from '../../../../shared/model';

const languages = ['de', 'en'] as const;

function allIds(bundle: CoachContent): string[] {
  return contentFiles.flatMap((file) => bundle[file].map((entry) => entry.id));
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\d’']+/u).filter(Boolean);
}

/** How a challenge's text may say its count: the digit or the number word (with its German endings). */
const numberWords: Readonly<Record<Language, readonly RegExp[]>> = {
  de: [
    /^(?:ein|eine|einen|einem|einer|eines|eins|einmal)$/u,
    /^(?:zwei|zweimal)$/u,
    /^(?:drei|dreimal)$/u,
    /^vier$/u,
    /^fünf$/u,
    /^sechs$/u,
    /^sieben$/u,
    /^acht$/u,
    /^neun$/u,
    /^zehn$/u,
  ],
  en: [/^(?:one|once)$/u, /^(?:two|twice)$/u, /^three$/u, /^four$/u, /^five$/u, /^six$/u, /^seven$/u, /^eight$/u, /^nine$/u, /^ten$/u],
};

/** The words a challenge's text uses for its time frame. */
const timeFrameWords: Readonly<Record<Language, Readonly<Record<ChallengeTimeFrame, RegExp>>>> = {
  de: {
    day: /\bheute\b/iu,
    week: /innerhalb einer Woche|in den nächsten sieben Tagen/u,
    twoWeeks: /(?:in den nächsten|innerhalb von) zwei Wochen/u,
    month: /innerhalb eines Monats|in den nächsten vier Wochen/u,
  },
  en: {
    day: /\btoday\b/iu,
    week: /within a week|in the next seven days/iu,
    twoWeeks: /(?:in the next|within) two weeks/iu,
    month: /within a month|in the next four weeks/iu,
  },
};

function namesCount(text: string, count: number, language: Language): boolean {
  const word = numberWords[language][count - 1];
  return words(text).some((token) => token === String(count) || (word?.test(token) ?? false));
}

describe.each(languages)('ladder content (%s)', (language) => {
  const bundle = content[language];

  it('has at least 40 challenges, at least 6 on each of the 5 levels', () => {
    expect(bundle.challenges.length).toBeGreaterThanOrEqual(40);
    for (const level of challengeLevels) {
      expect(bundle.challenges.filter((challenge) => challenge.level === level).length, `level ${level}`).toBeGreaterThanOrEqual(6);
    }
  });

  it('says in every challenge how many times and by when, in words', () => {
    for (const challenge of bundle.challenges) {
      expect(namesCount(challenge.text, challenge.count, language), `${challenge.id} names ${challenge.count}: ${challenge.text}`).toBe(true);
      expect(challenge.text, `${challenge.id} says its time frame (${challenge.within})`).toMatch(timeFrameWords[language][challenge.within]);
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
      const isEvent = ['conference', 'internalEvent', 'externalMeeting', 'organisedEvent', 'other'].includes(checklist.kind);
      for (const phase of checklistPhases) {
        const itemIds = checklist.phases[phase].map((item) => item.id);
        expect(itemIds.length, `${checklist.id} ${phase}`).toBeGreaterThan(0);
        const required = [...coreSteps[phase], ...(isEvent ? eventSteps[phase] : [])];
        expect(required.filter((id) => !itemIds.includes(id)), `${checklist.id} ${phase}`).toEqual([]);
      }
    }
  });

  it('offers openers that fit the place: an external meeting is in person, a farewell and the Stammtisch have their own', () => {
    const settingsOf = (kind: string) => bundle.checklists.find((checklist) => checklist.kind === kind)?.promptSettings ?? [];
    expect(settingsOf('externalMeeting').filter((s) => ['callStart', 'hybridMeeting', 'teamsChat', 'largeEvent'].includes(s))).toEqual([]);
    expect(settingsOf('farewell')).toContain('farewell');
    expect(settingsOf('stammtisch')).toContain('stammtisch');
    expect(settingsOf('conference')).toContain('tradeFair');
  });
});

describe('the ladder lint', () => {
  it('finds a missing count or time frame', () => {
    expect(namesCount('Grüßen Sie heute drei Personen.', 3, 'de')).toBe(true);
    expect(namesCount('Grüßen Sie heute Personen.', 3, 'de')).toBe(false);
    expect(namesCount('Say hello to 3 people today.', 3, 'en')).toBe(true);
    expect(namesCount('Say hello to two people today.', 3, 'en')).toBe(false);
    expect('Grüßen Sie drei Personen.').not.toMatch(timeFrameWords.de.day);
    expect('Within a fortnight, say hello.').not.toMatch(timeFrameWords.en.twoWeeks);
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

  it('lists every challenge a tip card starts under that card’s article tip', () => {
    for (const tip of content.de.tips) {
      const started = tip.actions.flatMap((action) => (action.kind === 'startChallenge' ? [action.target] : []));
      expect(started.filter((id) => !articleTipContent[tip.articleTip].includes(id)), tip.id).toEqual([]);
    }
  });

  it('puts every challenge and every checklist under at least one tip of the article', () => {
    const mapped = new Set(Object.values(articleTipContent).flat());
    const practice = [...content.de.challenges, ...content.de.checklists].map((entry) => entry.id);
    expect(practice.filter((id) => !mapped.has(id))).toEqual([]);
  });
});
