import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../../shared/model';
import { keepInTouchFor } from '../../../../electron/main/services/keep-in-touch';
import { aContact } from '../../../support/journal-fixtures';

describe('the default keep-in-touch rhythm', () => {
  const settings = settingsSchema.parse({ tagCadences: { Vorstand: 14 }, defaultCadenceDays: 30 });

  it('applies to a contact without a rhythm of its own or from a tag', () => {
    const state = keepInTouchFor(aContact(), '2025-01-01', settings, '2025-02-05');
    expect(state).toMatchObject({ cadenceDays: 30, cadenceSource: { kind: 'default' }, nextDueOn: '2025-01-31', status: 'due' });
  });

  it("gives way to the contact's own rhythm and a tag's", () => {
    expect(keepInTouchFor(aContact({ cadenceDays: 90 }), '2025-01-01', settings, '2025-02-05')).toMatchObject({ cadenceDays: 90, cadenceSource: { kind: 'contact' } });
    expect(keepInTouchFor(aContact({ tags: ['Vorstand'] }), '2025-01-01', settings, '2025-02-05')).toMatchObject({ cadenceDays: 14, cadenceSource: { kind: 'tag', tag: 'Vorstand' } });
  });

  it('leaves a contact without rhythm when none is set', () => {
    const state = keepInTouchFor(aContact(), '2025-01-01', settingsSchema.parse({}), '2025-02-05');
    expect(state.cadenceDays).toBeUndefined();
  });
});
