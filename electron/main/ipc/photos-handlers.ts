// The photo channels to service calls, spread into the router's handlers.
import type { photosChannels } from '../../../shared/photos-contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export function createPhotosHandlers({ photos }: Services): Pick<Handlers, keyof typeof photosChannels> {
  return {
    'photos:list': () => photos.list(),
    'photos:get': ({ id }) => photos.get(id),
    'photos:set': ({ id, base64 }) => photos.set(id, base64),
    'photos:remove': ({ id }) => photos.remove(id),
  };
}
