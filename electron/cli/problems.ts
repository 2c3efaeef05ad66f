// The words for the problems an import preview lists, as the command line prints them.
import type { ImportProblemCode, LeftOutProblemCode } from '../../shared/transfer';

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

/** How many records were left out for one reason, as a summary says it: "2 Einträge ohne Namen". */
export const leftOutWords: Record<'de' | 'en', Record<LeftOutProblemCode, (records: number) => string>> = {
  de: {
    noName: (n) => `${n} ${n === 1 ? 'Eintrag' : 'Einträge'} ohne Namen`,
    unreadableRecord: (n) => (n === 1 ? '1 unlesbarer Eintrag' : `${n} unlesbare Einträge`),
    incompleteRecord: (n) => (n === 1 ? '1 unvollständiger Eintrag' : `${n} unvollständige Einträge`),
    duplicateInFile: (n) => `${n} ${n === 1 ? 'Eintrag' : 'Einträge'} doppelt in der Datei`,
  },
  en: {
    noName: (n) => `${n} ${n === 1 ? 'record' : 'records'} without a name`,
    unreadableRecord: (n) => `${n} unreadable ${n === 1 ? 'record' : 'records'}`,
    incompleteRecord: (n) => `${n} incomplete ${n === 1 ? 'record' : 'records'}`,
    duplicateInFile: (n) => `${n} ${n === 1 ? 'record' : 'records'} twice in the file`,
  },
};
