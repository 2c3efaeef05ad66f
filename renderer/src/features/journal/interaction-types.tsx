// One icon per kind of encounter, so a timeline can be scanned at a glance.
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
import type { InteractionType } from '../../../../shared/model';

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
