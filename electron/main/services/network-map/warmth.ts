// Each contact's warmth as keep-in-touch has it, for ten thousand contacts at once. The status depends on the contact
// only through its rhythm and the day it was last in touch, and a network has far fewer of those pairs than people:
// each pair's date arithmetic is done once.
import type { Warmth } from '../../../../shared/help-contract';
import type { Contact, Settings } from '../../../../shared/model';
import { cadenceOf, keepInTouchFor, lastContactOn } from '../keep-in-touch';

export function createWarmthOf(settings: Settings, today: string, newestByContact: ReadonlyMap<string, string>): (contact: Contact) => Warmth {
  const byRhythmAndDay = new Map<string, Warmth>();
  return (contact) => {
    // Without a rhythm (the contact's, a tag's or the default) there is nothing to be late for: `none`, grey.
    const { cadenceDays } = cadenceOf(contact, settings.tagCadences, settings.defaultCadenceDays);
    if (cadenceDays === undefined) return 'none';
    const newest = newestByContact.get(contact.id);
    const key = `${cadenceDays}|${lastContactOn(contact, newest)}`;
    let warmth = byRhythmAndDay.get(key);
    if (warmth === undefined) {
      warmth = keepInTouchFor(contact, newest, settings, today).status;
      byRhythmAndDay.set(key, warmth);
    }
    return warmth;
  };
}
