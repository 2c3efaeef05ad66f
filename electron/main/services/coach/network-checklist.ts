// Setting up the assistants' network online: a Teams team or another closed group. The content's checklists are
// about events; this one is about a place to talk between get-togethers, so it lives with the network.
import type { Language } from '../../../../shared/model';

export const networkChecklistIds = [
  'ask-it-rules',
  'choose-closed-group',
  'name-and-description',
  'invite-members',
  'agree-house-rules',
  'channels-for-topics',
  'share-stammtisch-date',
  'first-post',
] as const;

type NetworkChecklistId = (typeof networkChecklistIds)[number];

const texts: Readonly<Record<Language, Readonly<Record<NetworkChecklistId, string>>>> = {
  de: {
    'ask-it-rules': 'Bei der IT nachfragen, ob Sie ein eigenes Team oder eine Gruppe anlegen dürfen und was dafür gilt.',
    'choose-closed-group': 'Das Team als privat bzw. die Gruppe als geschlossen anlegen: Beitritt nur auf Einladung.',
    'name-and-description': 'Einen klaren Namen und zwei Sätze Beschreibung wählen: wer dazugehört und wofür es da ist.',
    'invite-members': 'Die Assistenzen aus Ihrem Netzwerk einladen und eine Stellvertretung als zweite Besitzerin eintragen.',
    'agree-house-rules': 'Ein paar Spielregeln festhalten: Vertrauliches bleibt drin, Chefthemen nur ohne Namen.',
    'channels-for-topics': 'Kanäle für wiederkehrende Themen anlegen, z. B. Reisen, Raumbuchung, Tools, Veranstaltungen.',
    'share-stammtisch-date': 'Den nächsten Stammtisch-Termin im Team anheften.',
    'first-post': 'Mit einem ersten Beitrag starten: eine Frage oder ein Tipp, auf den alle antworten können.',
  },
  en: {
    'ask-it-rules': 'Ask IT whether you may create your own team or group and which rules apply.',
    'choose-closed-group': 'Make the team private or the group closed: members join by invitation only.',
    'name-and-description': 'Pick a clear name and a two-sentence description: who belongs and what it is for.',
    'invite-members': 'Invite the assistants in your network and add a deputy as a second owner.',
    'agree-house-rules': 'Agree a few house rules: what is confidential stays inside, no names when discussing bosses.',
    'channels-for-topics': 'Create channels for recurring topics, such as travel, room booking, tools and events.',
    'share-stammtisch-date': 'Pin the date of the next get-together in the team.',
    'first-post': 'Start with a first post: a question or a tip everyone can answer.',
  },
};

export function networkChecklist(language: Language): { id: string; text: string }[] {
  return networkChecklistIds.map((id) => ({ id, text: texts[language][id] }));
}
