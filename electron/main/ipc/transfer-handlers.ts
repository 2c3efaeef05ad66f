// The transfer and backup channels to service calls, spread into the router's handlers.
import type { transferChannels } from '../../../shared/transfer-contract';
import type { Services } from '../services';
import { importBytes } from '../services/transfer';
import type { Handlers } from './router';

export function createTransferHandlers({ transfer }: Services): Pick<Handlers, keyof typeof transferChannels> {
  return {
    'transfer:preview': ({ fileName, content, encoding }) => transfer.preview(importBytes(content, encoding), fileName),
    'transfer:confirm': ({ importId, choices, relations }) => transfer.confirmImport(importId, choices, relations),
    'transfer:cancel': ({ importId }) => transfer.cancelImport(importId),
    'transfer:export': ({ format, language }) => transfer.exportFile(format, language),
    'backups:list': () => transfer.backups.list(),
    'backups:create': () => transfer.backups.create(),
    'backups:restore': ({ name }) => transfer.backups.restore(name),
  };
}
