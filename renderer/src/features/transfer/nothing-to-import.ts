// The words for a file of which nothing can be imported: why each record was left out, counted by reason ("2 Einträge
// ohne Namen und 1 unvollständiger Eintrag"), or that the file holds no contacts at all.
import type { TFunction } from 'i18next';
import type { PlauschErrorData } from '../../../../shared/errors';

export function describeNothingToImport(details: NonNullable<PlauschErrorData['details']>, tTransfer: TFunction<'transfer'>, language: string): string {
  const leftOut = details.leftOut ?? [];
  if (leftOut.length === 0) return tTransfer('import.nothingToImport.noRecords');
  const reasons = leftOut.map(({ code, records }) => tTransfer(`import.leftOut.${code}`, { count: records }));
  return tTransfer('import.nothingToImport.leftOut', { reasons: new Intl.ListFormat(language, { type: 'conjunction' }).format(reasons) });
}
