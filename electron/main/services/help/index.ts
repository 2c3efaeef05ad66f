// "Wer kann helfen?": asking the network (ask.ts) and the requests that follow from it (requests.ts).
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import type { UndoLedger } from '../undo';
import type { InteractionIndex } from '../interaction-index';
import { createAsk } from './ask';
import { createHelpRequests } from './requests';

export interface HelpDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  index: InteractionIndex;
}

export function createHelp(deps: HelpDeps) {
  return { ...createAsk(deps), ...createHelpRequests(deps) };
}

export type HelpService = ReturnType<typeof createHelp>;
