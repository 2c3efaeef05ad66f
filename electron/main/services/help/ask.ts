// "Wer kann helfen?": the need in the user's words, answered with the people who can likely help and why. The help
// profiles are built at the first question (about a second at 10,000 people, once) rather than after start, where they
// would hold some 40 MB more from the first minute and slow every save with the garbage collector's work. Then they
// follow the writer's commits: a changed contact, or one whose encounters changed, is marked and profiled afresh
// before the next question, so each answer reads an index, never the whole journal.
import { displayName, type Interaction } from '../../../../shared/model';
import type { HelpAnswer, HelpCandidate } from '../../../../shared/help-contract';
import type { ChannelPayload } from '../../../../shared/contract';
import { reasonsFor } from './fit-reasons';
import { HelpIndex, encounterWords } from './help-profiles';
import { parseNeed } from './need-query';
import { HelpRanking, type RankedPerson } from './ranking';
import type { HelpDeps } from './index';

/** Dead slots the index carries before it starts over: beyond this, and beyond half of all slots. */
const MOST_DEAD_SLOTS = 1000;

export function createAsk({ store, clock, writer, index: interactions }: HelpDeps) {
  let help: HelpIndex | undefined;
  let ranking: HelpRanking | undefined;
  /** Contacts to profile afresh before the next question. */
  const stale = new Set<string>();
  /** Each encounter's people as last profiled, so a removed or re-assigned encounter marks whom it left. */
  const peopleOf = new Map<string, readonly string[]>();

  writer.onCommitted(({ changes }) => {
    // Before the first question there is nothing to follow: the build reads the journal as it is then.
    if (!help) return;
    for (const change of changes) {
      if (change.op === 'settings' || change.collection === 'coach') continue;
      if (change.collection === 'contacts') {
        stale.add(change.op === 'delete' ? change.id : change.value.id);
        continue;
      }
      const id = change.op === 'delete' ? change.id : change.value.id;
      for (const contactId of peopleOf.get(id) ?? []) stale.add(contactId);
      if (change.op === 'put') {
        for (const contactId of change.value.contactIds) stale.add(contactId);
        peopleOf.set(id, change.value.contactIds);
      } else {
        peopleOf.delete(id);
      }
    }
  });

  function build(): HelpIndex {
    const fresh = new HelpIndex();
    stale.clear();
    peopleOf.clear();
    for (const interaction of store.interactions.values()) peopleOf.set(interaction.id, interaction.contactIds);
    // An encounter with three people is read once, not three times.
    const wordsRead = new Map<string, readonly string[]>();
    const wordsOf = (interaction: Interaction) => {
      let words = wordsRead.get(interaction.id);
      if (!words) wordsRead.set(interaction.id, (words = encounterWords(interaction)));
      return words;
    };
    for (const contact of store.contacts.values()) fresh.add(contact, interactions.ofContact(contact.id), wordsOf);
    help = fresh;
    ranking = new HelpRanking(fresh);
    return fresh;
  }

  function current(): { index: HelpIndex; ranking: HelpRanking } {
    let index = help;
    if (!index || (index.deadSlots > MOST_DEAD_SLOTS && index.deadSlots > index.slots / 2)) index = build();
    for (const contactId of stale) {
      const contact = store.contacts.get(contactId);
      if (contact) index.add(contact, interactions.ofContact(contactId), encounterWords);
      else index.remove(contactId);
    }
    stale.clear();
    return { index, ranking: ranking as HelpRanking };
  }

  function candidate(person: RankedPerson, reasons: HelpCandidate['reasons']): HelpCandidate {
    const { contact } = person.profile;
    return {
      contactId: contact.id,
      name: displayName(contact),
      role: contact.role,
      organisation: contact.organisation,
      department: contact.department,
      relation: contact.relation,
      warmth: person.warmth,
      reasons,
      score: Math.round(person.score * 1000) / 1000,
    };
  }

  return {
    ask({ text, limit }: ChannelPayload<'help:ask'>): HelpAnswer {
      const need = text.trim();
      const { index, ranking: rankingNow } = current();
      const query = parseNeed(need, index);
      if (query.words.length === 0 && query.named.length === 0) return { need, people: [] };
      const ranked = rankingNow.rank(query, limit, store.settings, clock.today());
      const people = ranked.map((person) => {
        const timeline = interactions.ofContact(person.profile.contact.id);
        return candidate(person, reasonsFor(person, query, index, timeline));
      });
      return { need, people };
    },
  };
}
