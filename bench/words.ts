// Vocabulary for the synthetic datasets: French and English phrasing of the
// kind the real files carry, with accents, so text search and normalisation
// do the work they do on real data.
import type { EventType } from '../src/model/schema.ts';

export const FIRST_NAMES = [
  'Assimi', 'Abdoulaye', 'Moussa', 'Aminata', 'Fatoumata', 'Vladimir', 'Sergueï', 'Hélène', 'François', 'Zoë',
  'Mikhaïl', 'Chérif', 'Ousmane', 'Mariam', 'Ibrahim', 'João', 'Björn', 'Agnès', 'Yunus', 'Li', 'Kwame', 'Noël',
];

export const LAST_NAMES = [
  'Goïta', 'Diop', 'Traoré', 'Keïta', 'Coulibaly', 'Poutine', 'Lavrov', 'Müller', 'Dubois', 'Nguyễn', 'Okonkwo',
  'Bogdanov', 'Maïga', 'Sangaré', 'Touré', 'Ndiaye', 'García', 'Øster', 'Haïdara', 'Cissé', 'Yevkurov', 'Wang',
];

export const SYLLABLES = ['ba', 'ko', 'ma', 'ri', 'sé', 'ndo', 'ga', 'lé', 'tou', 'mbo', 'ka', 'di', 'ou', 'zan', 'bè', 'ni'];

export const ORGANISATIONS: Array<{ id: string; fr: string; en: string }> = [
  { id: 'UN', fr: 'Organisation des Nations unies', en: 'United Nations' },
  { id: 'AFU', fr: 'Union africaine', en: 'African Union' },
  { id: 'ECOWAS', fr: 'Communauté économique des États de l’Afrique de l’Ouest', en: 'Economic Community of West African States' },
  { id: 'ICRC', fr: 'Comité international de la Croix-Rouge', en: 'International Committee of the Red Cross' },
  { id: 'WB', fr: 'Banque mondiale', en: 'World Bank' },
  { id: 'IMF', fr: 'Fonds monétaire international', en: 'International Monetary Fund' },
  { id: 'AES', fr: 'Alliance des États du Sahel', en: 'Alliance of Sahel States' },
  { id: 'OIC', fr: 'Organisation de la coopération islamique', en: 'Organisation of Islamic Cooperation' },
  { id: 'WHO', fr: 'Organisation mondiale de la santé', en: 'World Health Organization' },
  { id: 'UNDP', fr: 'Programme des Nations unies pour le développement', en: 'United Nations Development Programme' },
  { id: 'FAO', fr: 'Organisation pour l’alimentation et l’agriculture', en: 'Food and Agriculture Organization' },
  { id: 'WFP', fr: 'Programme alimentaire mondial', en: 'World Food Programme' },
];

export const TITLES: Record<EventType, { fr: string; en: string }> = {
  visit: { fr: 'Visite officielle de {who} à {place}', en: 'Official visit of {who} to {place}' },
  talks: { fr: 'Entretiens entre {who} et une délégation à {place}', en: 'Talks between {who} and a delegation in {place}' },
  audience: { fr: '{who} reçoit l’envoyé spécial à {place}', en: '{who} receives the special envoy in {place}' },
  agreement: { fr: 'Signature d’accords de coopération à {place} par {who}', en: 'Cooperation agreements signed in {place} by {who}' },
  reception: { fr: 'Réception pour la fête nationale à {place}, en présence de {who}', en: 'National day reception in {place}, attended by {who}' },
  cooperation: { fr: 'Lancement d’un programme de formation à {place} avec {who}', en: 'Training programme launched in {place} with {who}' },
};

export const SUMMARY = {
  fr: 'Selon le communiqué, {who} a évoqué la sécurité régionale, l’énergie et les échanges commerciaux. Les deux parties ont convenu de se revoir avant la fin de l’année.',
  en: 'According to the statement, {who} discussed regional security, energy and trade. Both sides agreed to meet again before the end of the year.',
};

export const QUOTE = 'Le chef de l’État a reçu en audience {who}, porteur d’un message de son homologue.';

export const PUBLISHERS = ['L’Essor', 'Maliweb', 'Jeune Afrique', 'AFP', 'Reuters', 'RFI', 'Le Monde', 'TASS', 'Xinhua', 'APA News'];
