import { describe, expect, it } from 'vitest';
import { content, promptSettings, textInForm, type PromptFactKind } from '../../../../../shared/content';
import type { CoachPrompt } from '../../../../../shared/coach-views';
import type { Contact, Interaction } from '../../../../../shared/model';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// The harness's clock stands on Monday 2 June 2025.

/** Everything a prompt may name about a person, by where the record holds it. */
function recordFacts(contact: Contact, timeline: readonly Interaction[]): Record<PromptFactKind, string[]> {
  const family = (relation: string) => contact.family.filter((member) => member.relation === relation).map((member) => member.name);
  const topics = timeline.flatMap((interaction) => interaction.topics);
  return {
    interest: [...contact.interests, ...contact.commonGround],
    child: family('child'),
    partner: family('partner'),
    trip: topics,
    topic: topics,
  };
}

/** Which part of the record a personal prompt of each source must name. */
const factKindOfSource: Partial<Record<CoachPrompt['source'], PromptFactKind>> = {
  schoolStart: 'child',
  holiday: 'trip',
  recentTopic: 'topic',
  sharedInterest: 'interest',
};

describe('prompts made from the journal', () => {
  it('names only what is in the person’s record, for every person of the sample journal, setting, language and form', async () => {
    const { services, store } = servicesHarness();
    await services.sampleData.add('de');
    const contacts = [...store.contacts.values()];
    expect(contacts.length).toBeGreaterThan(5);
    let named = 0;
    let fromContent = 0;
    for (const contact of contacts) {
      const timeline = [...store.interactions.values()].filter((interaction) => interaction.contactIds.includes(contact.id));
      const facts = recordFacts(contact, timeline);
      for (const language of ['de', 'en'] as const) {
        for (const setting of promptSettings) {
          const list = services.coach.prompts({ setting, contactId: contact.id, language });
          for (const prompt of list.items) {
            expect(prompt.text, prompt.id).not.toMatch(/[{}]/);
            const contentPrompt = content[language].prompts.find((candidate) => candidate.id === prompt.id);
            const kind = prompt.source === 'content' ? contentPrompt?.fact?.kind : factKindOfSource[prompt.source];
            if (prompt.source === 'birthday') expect(contact.birthday, prompt.id).toBeDefined();
            if (prompt.source === 'workAnniversary') expect(contact.anniversaries.some((a) => a.kind === 'work'), prompt.id).toBe(true);
            if (kind === undefined) {
              expect(prompt.about, prompt.id).toBeUndefined();
              continue;
            }
            expect(prompt.about, `${prompt.id} names a ${kind}`).toBeDefined();
            expect(facts[kind], `${contact.firstName}: ${prompt.text}`).toContain(prompt.about);
            const words = contentPrompt?.fact?.words;
            if (words) expect(words.some((word) => prompt.about?.toLocaleLowerCase().includes(word)), prompt.text).toBe(true);
            else expect(prompt.text).toContain(prompt.about);
            named += 1;
            if (prompt.source === 'content') fromContent += 1;
          }
        }
      }
    }
    // The sample journal holds interests, children, a partner and topics, so the check above had work to do.
    expect(named).toBeGreaterThan(20);
    expect(fromContent).toBeGreaterThan(0);
  });

  it('fills a fact prompt from the record and leaves it out when the record lacks the fact', () => {
    const known = aContact({ firstName: 'Ina', interests: ['Schach'], family: [{ id: 'kid', name: 'Ole', relation: 'child' }] });
    const blank = aContact({ firstName: 'Udo' });
    const encounters = ['2025-04-01', '2025-04-15', '2025-05-02'];
    const { services } = servicesHarness({
      contacts: [known, blank],
      interactions: encounters.flatMap((date) => [known, blank].map((contact) => anInteraction({ contactIds: [contact.id], date }))),
    });
    for (const setting of promptSettings) {
      const withFacts = services.coach.prompts({ setting, depth: 3, contactId: known.id, language: 'de' }).items;
      const without = services.coach.prompts({ setting, depth: 3, contactId: blank.id, language: 'de' }).items;
      expect(without.filter((prompt) => prompt.about !== undefined), setting).toEqual([]);
      for (const prompt of withFacts.filter((p) => p.source === 'content' && p.about !== undefined)) {
        expect(['Schach', 'Ole'], prompt.text).toContain(prompt.about);
      }
    }
    const interestPrompts = content.de.prompts.filter((prompt) => prompt.fact?.kind === 'interest' && !prompt.fact.words);
    expect(interestPrompts.length).toBeGreaterThan(0);
    const shown = promptSettings.flatMap((setting) => services.coach.prompts({ setting, depth: 3, contactId: known.id, language: 'de' }).items);
    expect(shown.some((prompt) => prompt.source === 'content' && prompt.about === 'Schach' && prompt.text.includes('Schach'))).toBe(true);
  });
});

describe('du or Sie', () => {
  const withDu = content.de.prompts.filter((prompt) => prompt.depth === 1 && prompt.du !== undefined && prompt.du !== prompt.text);

  it('follows the default from Settings, and a person’s own form before it', () => {
    const prompt = withDu[0];
    expect(prompt, 'a depth-1 prompt that differs between du and Sie').toBeDefined();
    if (!prompt) return;
    const formal = aContact({ firstName: 'Frau', addressForm: 'sie' });
    const plain = aContact({ firstName: 'Kim' });
    const { services } = servicesHarness({ contacts: [formal, plain], settings: { addressForm: 'du' } });
    const textOf = (list: { items: CoachPrompt[] }) => list.items.find((item) => item.id === prompt.id)?.text;

    const forPlain = services.coach.prompts({ setting: prompt.setting, contactId: plain.id, language: 'de' });
    expect(forPlain.form).toBe('du');
    expect(textOf(forPlain)).toBe(prompt.du);
    const forFormal = services.coach.prompts({ setting: prompt.setting, contactId: formal.id, language: 'de' });
    expect(forFormal.form).toBe('sie');
    expect(textOf(forFormal)).toBe(prompt.text);
    expect(textOf(services.coach.prompts({ setting: prompt.setting, language: 'de' }))).toBe(prompt.du);
  });

  it('says "Sie" when nothing is chosen, and leaves English alone', () => {
    const prompt = withDu[0];
    if (!prompt) throw new Error('no prompt that differs between du and Sie');
    const { services } = servicesHarness();
    const german = services.coach.prompts({ setting: prompt.setting, language: 'de' });
    expect(german.form).toBe('sie');
    expect(german.items.find((item) => item.id === prompt.id)?.text).toBe(prompt.text);
    const english = servicesHarness({ settings: { addressForm: 'du' } }).services.coach.prompts({ setting: prompt.setting, language: 'en' });
    expect(english.items.find((item) => item.id === prompt.id)?.text).toBe(content.en.prompts.find((p) => p.id === prompt.id)?.text);
  });

  it('gives the setting’s closing and self-disclosure lines in the person’s form', () => {
    const kim = aContact({ firstName: 'Kim', addressForm: 'du' });
    const { services } = servicesHarness({ contacts: [kim] });
    for (const setting of promptSettings) {
      const list = services.coach.prompts({ setting, contactId: kim.id, language: 'de' });
      const lines = content.de.lines.filter((line) => line.setting === setting);
      expect(list.closings.map((line) => line.text), setting).toEqual(lines.filter((l) => l.kind === 'closing').map((l) => textInForm(l, 'du')));
      expect(list.disclosures.map((line) => line.text), setting).toEqual(lines.filter((l) => l.kind === 'disclosure').map((l) => textInForm(l, 'du')));
      expect(list.closings.length, setting).toBeGreaterThan(0);
      expect(list.disclosures.length, setting).toBeGreaterThan(0);
    }
  });
});
