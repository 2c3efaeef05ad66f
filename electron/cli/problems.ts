// The words for the problems an import preview lists, as the command line prints them.
import type { ImportProblemCode } from '../../shared/transfer';

export const problemWords: Record<'de' | 'en', Record<ImportProblemCode, string>> = {
  de: {
    noName: 'ohne Namen, nicht übernommen',
    invalidDate: 'Datum unlesbar, weggelassen',
    truncated: 'zu lang, gekürzt',
    unreadableRecord: 'unlesbar, nicht übernommen',
    incompleteRecord: 'unvollständig, nicht übernommen',
    duplicateInFile: 'doppelt in der Datei, nicht übernommen',
    tooManyValues: 'zu viele Werte, gekürzt',
    invalidEmail: 'keine gültige E-Mail-Adresse, weggelassen',
    photoLeftOut: 'Foto zu groß oder unlesbar, ohne Foto übernommen',
  },
  en: {
    noName: 'no name, left out',
    invalidDate: 'unreadable date, dropped',
    truncated: 'too long, shortened',
    unreadableRecord: 'unreadable, left out',
    incompleteRecord: 'incomplete, left out',
    duplicateInFile: 'twice in the file, left out',
    tooManyValues: 'too many values, shortened',
    invalidEmail: 'not a valid e-mail address, dropped',
    photoLeftOut: 'photo too large or unreadable, taken in without it',
  },
};
