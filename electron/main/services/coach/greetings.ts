// Written greetings for one person: the content's e-mail and Teams templates filled with what the journal knows
// (the name, a round birthday's age, the years in the firm, the child starting school, the favour to thank for).
// The occasion that is due now comes first, so a click from a birthday row lands on the birthday greeting.
import { addressFormFor } from '../../../../shared/address-form';
import type { FilledGreeting, GreetingOccasionChoice, GreetingsView } from '../../../../shared/coach-views';
import {
  fillSlots,
  greetingOccasions,
  greetings as greetingContent,
  textInForm,
  type GreetingOccasion,
  type GreetingSlot,
  type GreetingTemplate,
} from '../../../../shared/content';
import { daysBetween } from '../../../../shared/dates';
import { displayName, type AddressForm, type Contact, type Interaction, type Language } from '../../../../shared/model';
import { isRound, occurrenceInYear, yearsAt } from '../../../../shared/occasions';
import { PlauschError } from '../../../../shared/errors';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import { compareNewestFirst, requireContact, requireInteraction } from '../records';

/** A birthday or work anniversary this many days away, before or after, is "this week". */
export const GREETING_DAYS_AROUND = 7;
/** A child's first school day this many days away, before or after, is worth a word. */
export const SCHOOL_START_DAYS_AROUND = 14;
/** A favour received this recently calls for a thank-you now. */
export const THANKS_DAYS = 14;
/** A favour received this recently still names what it was; an older one is thanked for in general words. */
export const FAVOUR_NAMED_DAYS = 60;
/** A note longer than this is a story, not the name of a favour. */
const FAVOUR_NOTE_LENGTH = 60;

interface OccasionFacts {
  fitsNow: boolean;
  values: Partial<Record<GreetingSlot, string>>;
}

/** The day `partialDate` comes round nearest to `today`: last year's, this year's or next year's. */
function nearestOccurrence(partialDate: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => occurrenceInYear(partialDate, y));
  return candidates.reduce((best, date) => (Math.abs(daysBetween(today, date)) < Math.abs(daysBetween(today, best)) ? date : best));
}

const isNear = (today: string, date: string, days: number) => Math.abs(daysBetween(today, date)) <= days;

/** What the favour was, in a few words: its first topic, else a short one-line note. */
function favourWords(favour: Interaction): string | undefined {
  const topic = favour.topics[0]?.trim();
  if (topic) return topic;
  const note = favour.note.trim().replace(/[.!]+$/, '');
  return note && !note.includes('\n') && note.length <= FAVOUR_NOTE_LENGTH ? note : undefined;
}

export function createGreetings({ store, clock }: { store: JournalStore; clock: Clock }) {
  function favourFor(contact: Contact, favourId: string | undefined, today: string): { favour?: Interaction; asked: boolean } {
    if (favourId !== undefined) {
      const favour = requireInteraction(store, favourId);
      // A favour of someone else is not this person's to be thanked for.
      if (!favour.contactIds.includes(contact.id)) throw new PlauschError('notFound', { id: favourId });
      return { favour, asked: true };
    }
    const newest = [...store.interactions.values()]
      .filter((i) => i.type === 'favourReceived' && !i.pending && i.contactIds.includes(contact.id) && i.date <= today)
      .sort(compareNewestFirst)[0];
    return newest && daysBetween(newest.date, today) <= FAVOUR_NAMED_DAYS ? { favour: newest, asked: false } : { asked: false };
  }

  /** Each occasion the journal allows a greeting for, with the details that fill its slots. */
  function factsOf(contact: Contact, today: string, favourId: string | undefined): Map<GreetingOccasion, OccasionFacts> {
    const facts = new Map<GreetingOccasion, OccasionFacts>();
    const none = { fitsNow: false, values: {} };

    let birthdayNow = false;
    if (contact.birthday) {
      const occurrence = nearestOccurrence(contact.birthday, today);
      birthdayNow = isNear(today, occurrence, GREETING_DAYS_AROUND);
      const age = yearsAt(contact.birthday, occurrence);
      if (isRound('birthday', age)) facts.set('roundBirthday', { fitsNow: birthdayNow, values: { age: String(age) } });
    }
    // A round birthday is the better greeting when it is one; the plain one stays on offer.
    facts.set('birthday', { fitsNow: birthdayNow && !facts.has('roundBirthday'), values: {} });

    const workDates = contact.anniversaries.filter((a) => a.kind === 'work').map((a) => ({ date: a.date, occurs: nearestOccurrence(a.date, today) }));
    const work = workDates.sort((a, b) => Math.abs(daysBetween(today, a.occurs)) - Math.abs(daysBetween(today, b.occurs)))[0];
    const years = work ? yearsAt(work.date, work.occurs) : undefined;
    // "1 Jahre", "1 years": a first anniversary reads better without the number.
    facts.set('workAnniversary', {
      fitsNow: work !== undefined && isNear(today, work.occurs, GREETING_DAYS_AROUND),
      values: years !== undefined && years >= 2 ? { years: String(years) } : {},
    });

    const child = contact.family
      .filter((member) => member.relation === 'child' && member.schoolStart)
      .sort((a, b) => Math.abs(daysBetween(today, a.schoolStart ?? today)) - Math.abs(daysBetween(today, b.schoolStart ?? today)))[0];
    if (child?.schoolStart) {
      facts.set('schoolStart', { fitsNow: isNear(today, child.schoolStart, SCHOOL_START_DAYS_AROUND), values: { child: child.name } });
    }

    const { favour, asked } = favourFor(contact, favourId, today);
    const words = favour && favourWords(favour);
    facts.set('thanks', {
      fitsNow: asked || (favour !== undefined && daysBetween(favour.date, today) <= THANKS_DAYS),
      values: words ? { favour: words } : {},
    });

    for (const occasion of ['getWell', 'condolence', 'farewell'] as const) facts.set(occasion, none);
    return facts;
  }

  function fill(template: GreetingTemplate, form: AddressForm, values: Partial<Record<GreetingSlot, string>>): FilledGreeting | undefined {
    const text = fillSlots(textInForm(template, form), values);
    const subjectTemplate = form === 'du' ? (template.subjectDu ?? template.subject) : template.subject;
    const subject = subjectTemplate === undefined ? undefined : fillSlots(subjectTemplate, values);
    if (text === undefined || (subjectTemplate !== undefined && subject === undefined)) return undefined;
    return { id: template.id, occasion: template.occasion, channel: template.channel, ...(subject !== undefined ? { subject } : {}), text };
  }

  return {
    forContact({ contactId, language, occasion, favourId }: { contactId: string; language: Language; occasion?: GreetingOccasion; favourId?: string }): GreetingsView {
      const contact = requireContact(store, contactId);
      const today = clock.today();
      const form = addressFormFor(contact, store.settings);
      const name = displayName(contact);
      const baseValues = { name, firstName: contact.firstName || name };

      const choices: GreetingOccasionChoice[] = [];
      for (const [kind, { fitsNow, values }] of factsOf(contact, today, favourId)) {
        const filled = greetingContent[language]
          .filter((template) => template.occasion === kind)
          .flatMap((template) => fill(template, form, { ...baseValues, ...values }) ?? []);
        if (filled.length > 0) choices.push({ occasion: kind, fitsNow, greetings: filled });
      }
      const rank = (choice: GreetingOccasionChoice) =>
        (choice.occasion === occasion ? 0 : choice.fitsNow ? 1 : 2) * greetingOccasions.length + greetingOccasions.indexOf(choice.occasion);
      return { contactId, name, addressForm: form, occasions: choices.sort((a, b) => rank(a) - rank(b)) };
    },
  };
}

export type GreetingsService = ReturnType<typeof createGreetings>;
