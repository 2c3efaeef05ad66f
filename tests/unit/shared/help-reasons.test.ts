import { describe, expect, it } from 'vitest';
import { helpReasonText } from '../../../shared/help-reasons';

const sabine = { name: 'Sabine Keller' };
const TODAY = '2025-06-02';

describe('helpReasonText', () => {
  it('words each reason in plain German, calling the person by first name', () => {
    const de = (reason: Parameters<typeof helpReasonText>[0]) => helpReasonText(reason, 'de', sabine, TODAY);
    expect(de({ kind: 'canHelp', entry: 'Raumbuchung' })).toBe('Kann helfen bei: Raumbuchung');
    expect(de({ kind: 'helpedBefore', date: '2025-03-12', what: 'Konferenzraum 4.12' })).toBe('Hat Ihnen im März geholfen: Konferenzraum 4.12');
    expect(de({ kind: 'helpedBefore', date: '2024-11-05', what: 'Hotel' })).toBe('Hat Ihnen im November 2024 geholfen: Hotel');
    expect(de({ kind: 'youHelped', count: 2 })).toBe('Sie haben Sabine zweimal geholfen');
    expect(de({ kind: 'youOwe', count: 2 })).toBe('Sie schulden Sabine schon zwei Gefallen');
    expect(de({ kind: 'youOwe', count: 1 })).toBe('Sie schulden Sabine noch einen Gefallen');
    expect(de({ kind: 'lastContact', date: '2025-03-12', warmth: 'ok' })).toBe('Zuletzt gesprochen am 12. März');
    expect(de({ kind: 'alreadyAsked', date: '2025-05-30' })).toBe('Schon angefragt am 30. Mai');
    expect(de({ kind: 'roleOrDepartment', field: 'department', value: 'IT-Service' })).toBe('Abteilung: IT-Service');
    expect(de({ kind: 'worksWith', person: 'Anna Roth', link: 'assistant' })).toBe('Assistenz im Bereich von Anna Roth');
    expect(de({ kind: 'note', snippet: 'kennt den Hausmeister' })).toBe('In den Notizen: „kennt den Hausmeister“');
  });

  it('has English equivalents, and writes the year without today or in another year', () => {
    expect(helpReasonText({ kind: 'youHelped', count: 1 }, 'en', sabine, TODAY)).toBe('You have helped Sabine once');
    expect(helpReasonText({ kind: 'youOwe', count: 3 }, 'en', sabine, TODAY)).toBe('You already owe Sabine three favours');
    expect(helpReasonText({ kind: 'helpedBefore', date: '2025-03-12', what: 'Room 4.12' }, 'en', sabine, TODAY)).toBe('Helped you in March: Room 4.12');
    expect(helpReasonText({ kind: 'lastContact', date: '2025-03-12', warmth: 'due' }, 'en', sabine)).toBe('Last spoke on March 12, 2025');
  });

  it('passes over a title to the first name', () => {
    expect(helpReasonText({ kind: 'youHelped', count: 7 }, 'de', { name: 'Dr. Anna Roth' }, TODAY)).toBe('Sie haben Anna 7-mal geholfen');
  });
});
