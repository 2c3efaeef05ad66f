// Turning what the transfer channels return into words: file sizes, and import errors with the details that tell
// the user what Plausch expected (the shared error sentence alone would only say that something is wrong).
import type { TFunction } from 'i18next';
import { errorDataOf } from '../../../../shared/errors';
import { importedContactFields } from '../../../../shared/transfer';
import { describeError } from '../../app/feedback';
import { describeNothingToImport } from './nothing-to-import';

const units = [
  { unit: 'megabyte', size: 1024 * 1024 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'byte', size: 1 },
] as const;

/** A size as people read it in a file manager: "10 MB", "2,4 kB". */
export function formatBytes(bytes: number, language: string): string {
  const { unit, size } = units.find((entry) => bytes >= entry.size) ?? units[2];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}

/** An amount with its unit, as the `importTooLarge` details give it. */
function formatAmount(amount: number, unit: 'bytes' | 'records' | 'columns' | undefined, tTransfer: TFunction<'transfer'>, language: string) {
  if (unit === 'records' || unit === 'columns') return tTransfer(`units.${unit}`, { count: amount });
  return formatBytes(amount, language);
}

/** An error of an import or a restore in words, filled in with the limit, the expected formats or columns, the file. */
export function describeTransferError(
  error: unknown,
  t: TFunction,
  tTransfer: TFunction<'transfer'>,
  language: string,
): string {
  const data = errorDataOf(error);
  if (!data) return describeError(error, t);
  const details = data.details ?? {};
  const list = (values: string[] | undefined) => (values ?? []).join(', ');
  switch (data.code) {
    case 'importTooLarge':
      return t('errors.importTooLarge', {
        limit: formatAmount(details.limit ?? 0, details.unit, tTransfer, language),
        size: formatAmount(details.size ?? 0, details.unit, tTransfer, language),
      });
    case 'importUnknownFormat':
      return t('errors.importUnknownFormat', { expected: list(details.expected) });
    case 'importUnknownLayout':
      return t('errors.importUnknownLayout', { expected: list(details.expected), found: list(details.found) });
    case 'importNothingToImport':
      return describeNothingToImport(details, tTransfer, language);
    case 'backupUnreadable':
      return t('errors.backupUnreadable', { file: details.file ?? '' });
    default:
      return describeError(error, t);
  }
}


export function isContactField(field: string): field is (typeof importedContactFields)[number] {
  return (importedContactFields as readonly string[]).includes(field);
}
