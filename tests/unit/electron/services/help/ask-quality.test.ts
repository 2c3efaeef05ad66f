// The quality figure of "Wer kann helfen?": on a journal with known helpers, the right person comes first for at least
// nine needs in ten, misspelled and umlaut-less needs included. The figure is printed, so a run shows where it stands.
import { describe, expect, it } from 'vitest';
import { HELP_JOURNAL_NOW, helpContacts, helpInteractions, helpNeeds, rightPersonFirst } from '../../../../support/help-journal';
import { servicesHarness } from '../../../../support/services-harness';

describe('"Wer kann helfen?" quality', () => {
  it('puts the right person first for at least 90 % of the needs', () => {
    const { services } = servicesHarness({ contacts: helpContacts, interactions: helpInteractions }, HELP_JOURNAL_NOW);
    const figure = rightPersonFirst((need) => services.help.ask({ text: need, limit: 10 }));
    console.log(`right person first for ${figure.right} of ${figure.total} needs`, figure.misses);
    expect(helpNeeds.length).toBeGreaterThanOrEqual(10);
    expect(figure.right / figure.total).toBeGreaterThanOrEqual(0.9);
  });
});
