// The content lint: every coach text in both languages checked against its schema, the counts the coach promises,
// the du and Sie pairs, and the traps of shared/content/STYLE.md. The ladder, tips and checklists have their own
// lint in ladder-content.test.ts.
import { describe, expect, it } from 'vitest';
import {
  content,
  contentFileSchemas,
  contentFiles,
  lineKinds,
  promptDepths,
  promptSettings,
  shallowSettings,
  type CoachContent,
  type ContentFile,
} from '../../../../shared/content';
import { ARTICLE_RUN, articleRuns, runsFrom } from './article-runs';

const languages = ['de', 'en'] as const;
const textKeys = new Set(['text', 'title']);
/** Content that people say to others, and so comes in both German forms. */
const spokenFiles = ['prompts', 'lines'] as const satisfies readonly ContentFile[];
const MIN_PER_SETTING_AND_DEPTH = 7;
const MIN_OPEN_DEEP_PROMPTS = 4;
const MIN_LINES_PER_KIND = 4;

interface Located {
  path: string;
  text: string;
}

/** Every visible string in a piece of content, with where it sits; `du` forms only when asked for. */
function texts(value: unknown, path = '', withDu = false): Located[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => texts(entry, `${path}[${index}]`, withDu));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    (textKeys.has(key) || (withDu && key === 'du')) && typeof entry === 'string'
      ? [{ path: `${path}.${key}`, text: entry }]
      : texts(entry, `${path}.${key}`, withDu),
  );
}

/** The same content with every visible string removed: what must be identical across languages. */
function withoutTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTexts);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !textKeys.has(key) && key !== 'du')
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
  'der die das und ist sie ich nicht mit ein eine einen zu den dem es auf für wie noch schon oder mal bei von im aus wird sind hat haben gibt wer wo auch ihr ihre ihnen sich zum zur des über nach heute dass du dir dich dein deine'.split(
    ' ',
  ),
);
const duWords = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure']);

function count(text: string, vocabulary: Set<string>): number {
  return words(text).filter((word) => vocabulary.has(word)).length;
}
const looksEnglish = (text: string) => count(text, englishWords) > count(text, germanWords);
const looksGerman = (text: string) => count(text, germanWords) > count(text, englishWords);
const saysDu = (text: string) => count(text, duWords) > 0;
/** The polite form: Ihnen and Ihr… anywhere, Sie anywhere but at the start of a sentence (where it may mean "they"). */
const saysSie = (text: string) => /\b(?:Ihnen|Ihre?[mnrs]?)\b/u.test(text) || /(?<![.!?:–]\s|^|„)\bSie\b/u.test(text);

/** The traps of STYLE.md that words can catch. */
const germanTraps: readonly [RegExp, string][] = [
  [/\bMenschen\b/u, 'Menschen: Kolleginnen und Kollegen, Leute or Personen'],
  [/\bBereich/u, 'Bereich: say Abteilung'],
  [/Führungsebene|Geschäftsleitung/u, 'Führungskraft, or Geschäftsführung'],
  [/(?:^|[.!?]\s+)(?:Wird|Werden)\s/u, 'an impersonal passive: address the person'],
  [/Ich hoffe[^.!?]*\?/u, 'a hope is not a question'],
  [/Wen wäre es/u, 'Wen … kennenzulernen: wrong case'],
  [/nach außen/u, 'stiff: say extern'],
  [/gebräunt|braun gebrannt|Bräune|Frisur|abgenommen|zugenommen|\b(?:siehst|sehen Sie)\b.*\baus\b/iu, 'a comment on looks'],
  [/Gerücht|Tratsch|Klatsch|Flurfunk/iu, 'gossip'],
  [/\bwo wohn(?:en Sie|st du)\b/iu, 'where someone lives'],
];
const englishTraps: readonly [RegExp, string][] = [
  [/chucking|nabbed|fair play|gutted|knackered|\bmate\b|cheeky|brolly|innit|awesome|y'all|\bloo\b/iu, 'slang'],
  [/\btan(?:ned)?\b|haircut|lost weight|look(?:s|ing)? (?:tired|great|well|good|rested)/iu, 'a comment on looks'],
  [/gossip|rumou?r/iu, 'gossip'],
  [/where do you live/iu, 'where someone lives'],
];
/** Places where others listen: no health questions there (a get-well wish belongs in a message). */
const publicSettings = new Set(['lift', 'queue', 'largeEvent', 'christmasParty', 'reception', 'tradeFair', 'hybridMeeting', 'farewell']);
const healthWords = /krank|Gesundheit|gesund|Arzt|Krankenhaus|\bsick\b|\bill\b|health|doctor|hospital|besser\?|better\?/iu;

const slotPattern = /\{(\w+)\}/gu;
const slotsOf = (text: string) => [...text.matchAll(slotPattern)].map((match) => match[1]).sort();

function allIds(bundle: CoachContent): string[] {
  return contentFiles.flatMap((file) => bundle[file].map((entry) => entry.id));
}

describe.each(languages)('content (%s)', (language) => {
  const bundle = content[language];

  it.each(contentFiles)('%s.json validates against its schema', (file) => {
    const result = contentFileSchemas[file].safeParse(bundle[file]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has ids unique across all files', () => {
    const ids = allIds(bundle);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has no empty text and no leftover placeholders; only prompts have slots', () => {
    const placeholder = /\{\{|\}\}|\$\{|<[^>]*>|\[[^\]]*\]|\b(?:todo|tbd|fixme|xxx|lorem|ipsum)\b|\.\.\.|…|\s{2,}/i;
    for (const file of contentFiles) {
      for (const { path, text } of texts(bundle[file], '', true)) {
        expect(text.trim(), `${file}${path}`).not.toBe('');
        expect(text, `${file}${path}`).not.toMatch(placeholder);
        if (file !== 'prompts') expect(text, `${file}${path}`).not.toMatch(/[{}]/);
      }
    }
  });

  it(`has at least ${MIN_PER_SETTING_AND_DEPTH} prompts for every setting and depth, and none at depth 3 where people pass by`, () => {
    for (const setting of promptSettings) {
      for (const depth of promptDepths) {
        const matching = bundle.prompts.filter((prompt) => prompt.setting === setting && prompt.depth === depth);
        if (depth === 3 && shallowSettings.includes(setting)) expect(matching.map((p) => p.id), `${setting} x 3`).toEqual([]);
        else expect(matching.length, `${setting} x ${depth}`).toBeGreaterThanOrEqual(MIN_PER_SETTING_AND_DEPTH);
      }
    }
  });

  it('assumes no fact: a personal prompt that needs one says which, and names it through its slot', () => {
    for (const prompt of bundle.prompts) {
      const forms = [prompt.text, ...(prompt.du ? [prompt.du] : [])];
      if (!prompt.fact) {
        for (const text of forms) expect(slotsOf(text), prompt.id).toEqual([]);
        continue;
      }
      expect(prompt.depth, `${prompt.id}: only depth 3 may need a fact`).toBe(3);
      expect(prompt.fact.words === undefined || prompt.fact.kind === 'interest', prompt.id).toBe(true);
      const expected = prompt.fact.words ? [] : [prompt.fact.kind];
      for (const text of forms) expect(new Set(slotsOf(text)), prompt.id).toEqual(new Set(expected));
    }
    for (const setting of promptSettings.filter((s) => !shallowSettings.includes(s))) {
      const open = bundle.prompts.filter((prompt) => prompt.setting === setting && prompt.depth === 3 && !prompt.fact);
      expect(open.length, `${setting}: depth-3 prompts for a person with an empty record`).toBeGreaterThanOrEqual(MIN_OPEN_DEEP_PROMPTS);
    }
  });

  it(`has at least ${MIN_LINES_PER_KIND} closing and ${MIN_LINES_PER_KIND} self-disclosure lines for every setting`, () => {
    for (const setting of promptSettings) {
      for (const kind of lineKinds) {
        const matching = bundle.lines.filter((line) => line.setting === setting && line.kind === kind);
        expect(matching.length, `${setting} ${kind}`).toBeGreaterThanOrEqual(MIN_LINES_PER_KIND);
      }
    }
  });

  it('falls into none of the style traps', () => {
    const traps = language === 'de' ? germanTraps : englishTraps;
    for (const file of contentFiles) {
      for (const { path, text } of texts(bundle[file], '', true)) {
        for (const [trap, why] of traps) expect(text, `${file}${path}: ${why}`).not.toMatch(trap);
      }
    }
  });

  it('asks no health question where others listen', () => {
    for (const file of spokenFiles) {
      for (const entry of bundle[file]) {
        if (!publicSettings.has(entry.setting)) continue;
        expect(entry.text, `${file} ${entry.id}`).not.toMatch(healthWords);
        if ('tags' in entry) expect(entry.tags ?? [], entry.id).not.toContain('health');
      }
    }
  });

  it(`takes over no run of ${ARTICLE_RUN} words from the seed article`, () => {
    const runs = articleRuns();
    for (const file of contentFiles) {
      for (const { path, text } of texts(bundle[file], '', true)) expect(runsFrom(text, runs), `${file}${path}`).toEqual([]);
    }
  });
});

describe('du and Sie', () => {
  it.each(spokenFiles)('gives every German %s entry a du form, and English none', (file) => {
    expect(content.de[file].filter((entry) => entry.du === undefined).map((entry) => entry.id)).toEqual([]);
    expect(content.en[file].filter((entry) => entry.du !== undefined).map((entry) => entry.id)).toEqual([]);
  });

  it.each(spokenFiles)('says Sie in the text and du in the du form of every German %s entry', (file) => {
    for (const entry of content.de[file]) {
      const du = entry.du ?? '';
      expect(saysDu(entry.text), `${entry.id} text says du: ${entry.text}`).toBe(false);
      expect(saysSie(du), `${entry.id} du form says Sie: ${du}`).toBe(false);
      // A du form may say du only through its verb ("Lass uns …"), so it need not contain a du-word.
      if (saysSie(entry.text)) expect(du, `${entry.id}: the du form must differ`).not.toBe(entry.text);
      if (!saysSie(entry.text) && !saysDu(du)) expect(du, `${entry.id} addresses nobody, so both forms are one`).toBe(entry.text);
    }
  });

  it('speaks to the user with "Sie" in challenges, tips and checklists', () => {
    for (const file of contentFiles.filter((f) => !(spokenFiles as readonly string[]).includes(f))) {
      for (const { path, text } of texts(content.de[file])) expect(saysDu(text), `${file}${path}: ${text}`).toBe(false);
    }
  });

  it('tells du from Sie', () => {
    expect(saysSie('Wie war Ihr Wochenende?')).toBe(true);
    expect(saysSie('Kommen Sie auch zum Sommerfest?')).toBe(true);
    expect(saysSie('Sie kommen gleich. Schön!')).toBe(false);
    expect(saysDu('Wie war dein Wochenende?')).toBe(true);
    expect(saysDu('Wie war das Wochenende?')).toBe(false);
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

  it('uses the same slots in every language and form', () => {
    content.de.prompts.forEach((prompt, index) => {
      const english = content.en.prompts[index];
      expect(slotsOf(english?.text ?? ''), prompt.id).toEqual(slotsOf(prompt.text));
    });
  });

  it('tells German from English with its word lists', () => {
    expect(looksEnglish('Is this your first time at this event too?')).toBe(true);
    expect(looksGerman('Ist das auch Ihre erste Veranstaltung hier?')).toBe(true);
    expect(looksEnglish('Schon Pläne für das Wochenende?')).toBe(false);
  });

  it('finds a sentence taken over from the article', () => {
    const runs = articleRuns();
    const [sample] = runs;
    expect(sample).toBeDefined();
    expect(runsFrom(`Neulich: ${sample ?? ''}!`, runs)).toEqual([sample]);
    expect(runsFrom('Schönes Wetter heute, oder?', runs)).toEqual([]);
  });
});
