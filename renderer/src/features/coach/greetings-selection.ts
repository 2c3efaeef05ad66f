// What the greeting dialog has chosen: the occasion, e-mail or Teams, which suggestion, the user's own changes, and
// whether the last copy worked. Kept apart from the dialog's markup so the fields and the Copy button share it.
import { useEffect, useState } from 'react';
import type { FilledGreeting, GreetingsView } from '../../../../shared/coach-views';
import type { GreetingChannel, GreetingOccasion } from '../../../../shared/content/greetings';

/** How long the Copy button says "Kopiert" before it offers to copy again. */
const COPIED_SHOWN_MS = 2500;

export type Copied = 'text' | 'subject' | 'failed' | undefined;

export function useGreetingSelection(view: GreetingsView | undefined) {
  const [occasion, setOccasion] = useState<GreetingOccasion | undefined>(undefined);
  const [channel, setChannel] = useState<GreetingChannel>('email');
  const [variant, setVariant] = useState(0);
  // What the user changed, by form and greeting, so switching to another occasion and back keeps her words.
  const [edits, setEdits] = useState<Record<string, { subject?: string; text?: string }>>({});
  const [copied, setCopied] = useState<Copied>(undefined);

  useEffect(() => {
    if (copied === undefined || copied === 'failed') return undefined;
    const timer = setTimeout(() => setCopied(undefined), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  // Until the user picks one, the service's first: the occasion asked for, else the one due now.
  const choice = view?.occasions.find((o) => o.occasion === occasion) ?? view?.occasions[0];
  const forChannel = choice?.greetings.filter((g) => g.channel === channel) ?? [];
  const shownVariant = forChannel.length > 0 ? variant % forChannel.length : 0;
  const greeting: FilledGreeting | undefined = forChannel[shownVariant];
  const editKey = greeting && view ? `${view.addressForm}:${greeting.id}` : '';
  const edit = edits[editKey];

  const startOver = () => {
    setVariant(0);
    setCopied(undefined);
  };
  return {
    choice,
    channel,
    greeting,
    variants: forChannel.length,
    shownVariant,
    text: edit?.text ?? greeting?.text ?? '',
    subject: edit?.subject ?? greeting?.subject,
    copied,
    chooseOccasion(next: GreetingOccasion) {
      setOccasion(next);
      startOver();
    },
    chooseChannel(next: GreetingChannel) {
      setChannel(next);
      startOver();
    },
    nextVariant() {
      setVariant(shownVariant + 1);
      setCopied(undefined);
    },
    change(field: 'subject' | 'text', value: string) {
      if (!editKey) return;
      setEdits((all) => ({ ...all, [editKey]: { ...all[editKey], [field]: value } }));
      setCopied(undefined);
    },
    setCopied,
  };
}

export type GreetingSelection = ReturnType<typeof useGreetingSelection>;
