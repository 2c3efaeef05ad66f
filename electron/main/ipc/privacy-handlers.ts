// Privacy self-service channels to service calls, spread into the router's handlers.
import type { privacyChannels } from '../../../shared/privacy-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createPrivacyHandlers({ privacy }: Services): Pick<Handlers, keyof typeof privacyChannels> {
  return {
    'privacy:personReport': (payload) => privacy.personReport(payload),
    'privacy:forgetPreview': ({ contactId }) => privacy.forgetPreview(contactId),
    'privacy:forget': ({ contactId }) => privacy.forget(contactId),
    'privacy:retention': () => privacy.retentionProposals(),
  };
}
