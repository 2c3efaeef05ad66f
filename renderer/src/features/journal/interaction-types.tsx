// One icon per kind of encounter, so a timeline can be scanned at a glance, and the row of chips to pick one.
import {
  CallRegular,
  ChatRegular,
  DrinkCoffeeRegular,
  FoodRegular,
  GiftRegular,
  HandOpenHeartRegular,
  HeartRegular,
  MailRegular,
  PeopleCommunityRegular,
  TicketDiagonalRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { interactionTypes, type InteractionType } from '../../../../shared/model';
import { ChoiceChips, type ChoiceChipsProps } from './choice-chips';

export const interactionTypeIcons: Record<InteractionType, FluentIcon> = {
  smallTalk: ChatRegular,
  coffee: DrinkCoffeeRegular,
  lunch: FoodRegular,
  call: CallRegular,
  meeting: PeopleCommunityRegular,
  message: MailRegular,
  favourGiven: HandOpenHeartRegular,
  favourReceived: HeartRegular,
  gift: GiftRegular,
  event: TicketDiagonalRegular,
};

/** The digit that picks a type with Alt, in the chips' order: Alt+1 is the first, Alt+0 the tenth. */
export function typeShortcutDigit(type: InteractionType): string {
  return String((interactionTypes.indexOf(type) + 1) % 10);
}

/**
 * The type an Alt+digit key press picks, from anywhere in a form: the cursor can stay in the note. Read from the key's
 * position (`code`), since Alt+digit types another character on some layouts (⌥3 is "£" or "#" on a Mac).
 */
export function typeOfShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): InteractionType | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (!match) return undefined;
  const digit = Number(match[1]);
  return interactionTypes[(digit + 9) % 10];
}

type TypeChipsProps = Omit<ChoiceChipsProps<InteractionType>, 'choices'>;

export function InteractionTypeChips(props: TypeChipsProps) {
  const { t } = useTranslation('journal');
  const choices = interactionTypes.map((type) => {
    const keys = `Alt+${typeShortcutDigit(type)}`;
    return {
      value: type,
      label: t(`types.${type}`),
      icon: interactionTypeIcons[type],
      keyShortcuts: keys,
      title: t('dialog.typeKey', { keys }),
    };
  });
  return <ChoiceChips {...props} choices={choices} />;
}
