// "Wer kann helfen?" and "Mein Netzwerk": their channels to service calls, spread into the router's handlers.
import type { helpChannels } from '../../../shared/help-contract';
import type { networkMapChannels } from '../../../shared/network-map-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createHelpHandlers({ help, networkMap }: Services): Pick<Handlers, keyof typeof helpChannels | keyof typeof networkMapChannels> {
  return {
    'help:ask': (payload) => help.ask(payload),
    'help:suggestions': (payload) => help.suggestions(payload),
    'help:logRequest': (payload) => help.logRequest(payload),
    'help:requests': () => help.requests(),
    'help:settle': (payload) => help.settle(payload),
    'help:opener': (payload) => help.opener(payload),
    'networkMap:get': () => networkMap.get(),
    'networkMap:people': (payload) => networkMap.people(payload),
  };
}
