// What i18n-iso-countries does not hold: French adjectives and demonyms (masculine
// singular; other forms are derived in partners.ts), short names the press uses,
// regions named for their country, and organisations. Keep it compact.

/** Masculine singular adjective → ISO 3166-1 alpha-2. */
export const ADJECTIVES: Record<string, string> = {
  russe: 'RU', tatar: 'RU', tartare: 'RU', americain: 'US', britannique: 'GB', anglais: 'GB', allemand: 'DE',
  francais: 'FR', chinois: 'CN', turc: 'TR', iranien: 'IR', algerien: 'DZ', marocain: 'MA', guineen: 'GN',
  senegalais: 'SN', nigerien: 'NE', burkinabe: 'BF', ivoirien: 'CI', mauritanien: 'MR', egyptien: 'EG',
  qatari: 'QA', qatarien: 'QA', saoudien: 'SA', emirati: 'AE', emirien: 'AE', indien: 'IN', japonais: 'JP',
  coreen: 'KR', 'sud coreen': 'KR', italien: 'IT', espagnol: 'ES', canadien: 'CA', belge: 'BE', suisse: 'CH',
  neerlandais: 'NL', ukrainien: 'UA', israelien: 'IL', palestinien: 'PS', tchadien: 'TD', nigerian: 'NG',
  ghaneen: 'GH', togolais: 'TG', beninois: 'BJ', libyen: 'LY', tunisien: 'TN', soudanais: 'SD',
  ethiopien: 'ET', kenyan: 'KE', 'sud africain': 'ZA', bresilien: 'BR', cubain: 'CU', venezuelien: 'VE',
  bielorusse: 'BY', serbe: 'RS', hongrois: 'HU', polonais: 'PL', suedois: 'SE', norvegien: 'NO', danois: 'DK',
  portugais: 'PT', luxembourgeois: 'LU', gambien: 'GM', liberien: 'LR', camerounais: 'CM', gabonais: 'GA',
  rwandais: 'RW', angolais: 'AO', pakistanais: 'PK', indonesien: 'ID', vietnamien: 'VN', azerbaidjanais: 'AZ',
  koweitien: 'KW', jordanien: 'JO', libanais: 'LB', syrien: 'SY', irakien: 'IQ', mexicain: 'MX',
  'bissau guineen': 'GW', 'cap verdien': 'CV', 'sierra leonais': 'SL', centrafricain: 'CF', congolais: 'CD',
  malien: 'ML', grec: 'GR', autrichien: 'AT', finlandais: 'FI', tcheque: 'CZ', roumain: 'RO', bulgare: 'BG',
  kazakh: 'KZ', ouzbek: 'UZ', tadjik: 'TJ', kirghiz: 'KG', turkmene: 'TM', thailandais: 'TH', malaisien: 'MY', philippin: 'PH', australien: 'AU',
  argentin: 'AR', chilien: 'CL', colombien: 'CO', peruvien: 'PE', nicaraguayen: 'NI', omanais: 'OM',
  bahreini: 'BH', yemenite: 'YE', afghan: 'AF', bangladais: 'BD', 'sri lankais': 'LK', zambien: 'ZM',
  zimbabween: 'ZW', mozambicain: 'MZ', tanzanien: 'TZ', ougandais: 'UG', 'sud soudanais': 'SS', somalien: 'SO',
  djiboutien: 'DJ', erythreen: 'ER', malgache: 'MG', mauricien: 'MU', comorien: 'KM', namibien: 'NA',
  botswanais: 'BW', 'equato guineen': 'GQ', santomeen: 'ST', irlandais: 'IE', islandais: 'IS', estonien: 'EE',
  letton: 'LV', lituanien: 'LT', slovaque: 'SK', slovene: 'SI', croate: 'HR', bosnien: 'BA', albanais: 'AL',
  macedonien: 'MK', montenegrin: 'ME', moldave: 'MD', georgien: 'GE', armenien: 'AM', kosovar: 'XK',
};

/** Other names the press uses for a state, and regions that stand for it. */
export const ALIASES: Record<string, string> = {
  'etats unis': 'US', 'amerique': 'US', 'grande bretagne': 'GB', 'angleterre': 'GB', 'royaume uni': 'GB',
  'tatarstan': 'RU', 'federation de russie': 'RU', 'tchetchenie': 'RU', 'cote d\'ivoire': 'CI',
  'republique populaire de chine': 'CN', 'coree du sud': 'KR', 'emirats arabes unis': 'AE', 'emirats': 'AE',
  'rdc': 'CD', 'republique democratique du congo': 'CD', 'pays bas': 'NL', 'hollande': 'NL', 'vatican': 'VA',
  'saint siege': 'VA', 'turquie': 'TR', 'turkiye': 'TR', 'kosovo': 'XK', 'royaume cherifien': 'MA',
  'empire du milieu': 'CN', 'pays de la teranga': 'SN', 'republique de coree': 'KR',
  'republique populaire democratique de coree': 'KP',
};

export interface Organisation { id: string; fr: string; en: string; aliases: string[] }

/** Aliases are folded (see text.ts); those of four letters or fewer must be written in capitals. */
export const ORGANISATIONS: Organisation[] = [
  { id: 'ICRC', fr: 'Comité international de la Croix-Rouge', en: 'International Committee of the Red Cross', aliases: ['cicr', 'comite international de la croix rouge'] },
  { id: 'UN', fr: 'Organisation des Nations unies', en: 'United Nations', aliases: ['onu', 'nations unies', 'organisation des nations unies'] },
  { id: 'AU', fr: 'Union africaine', en: 'African Union', aliases: ['union africaine', 'ua'] },
  { id: 'ECOWAS', fr: 'CEDEAO', en: 'ECOWAS', aliases: ['cedeao', 'communaute economique des etats de l\'afrique de l\'ouest'] },
  { id: 'EU', fr: 'Union européenne', en: 'European Union', aliases: ['union europeenne', 'ue'] },
  { id: 'AES', fr: 'Confédération des États du Sahel', en: 'Confederation of Sahel States', aliases: ['aes', 'confederation des etats du sahel', 'alliance des etats du sahel'] },
  { id: 'UNDP', fr: 'PNUD', en: 'UNDP', aliases: ['pnud', 'programme des nations unies pour le developpement'] },
  { id: 'UNICEF', fr: 'UNICEF', en: 'UNICEF', aliases: ['unicef'] },
  { id: 'WHO', fr: 'Organisation mondiale de la santé', en: 'World Health Organization', aliases: ['oms', 'organisation mondiale de la sante'] },
  { id: 'IMF', fr: 'Fonds monétaire international', en: 'International Monetary Fund', aliases: ['fmi', 'fonds monetaire international'] },
  { id: 'WB', fr: 'Banque mondiale', en: 'World Bank', aliases: ['banque mondiale'] },
  { id: 'WFP', fr: 'Programme alimentaire mondial', en: 'World Food Programme', aliases: ['programme alimentaire mondial', 'pam'] },
  { id: 'FAO', fr: 'FAO', en: 'FAO', aliases: ['fao', "organisation des nations unies pour l'alimentation et l'agriculture"] },
  { id: 'UNESCO', fr: 'UNESCO', en: 'UNESCO', aliases: ['unesco'] },
  { id: 'UNHCR', fr: 'HCR', en: 'UNHCR', aliases: ['hcr', 'unhcr', 'haut commissariat des nations unies pour les refugies'] },
  { id: 'OIC', fr: 'Organisation de la coopération islamique', en: 'Organisation of Islamic Cooperation', aliases: ['oci', 'organisation de la cooperation islamique'] },
  { id: 'AFDB', fr: 'Banque africaine de développement', en: 'African Development Bank', aliases: ['banque africaine de developpement', 'bad', 'bafd'] },
  { id: 'UEMOA', fr: 'UEMOA', en: 'WAEMU', aliases: ['uemoa'] },
  { id: 'OMVS', fr: 'OMVS', en: 'Senegal River Basin Development Organization', aliases: ['omvs', 'organisation pour la mise en valeur du fleuve senegal'] },
  { id: 'NBA', fr: 'Autorité du bassin du Niger', en: 'Niger Basin Authority', aliases: ['abn', 'autorite du bassin du niger'] },
  { id: 'LGA', fr: 'Autorité du Liptako-Gourma', en: 'Liptako-Gourma Authority', aliases: ['alg', 'autorite du liptako gourma', 'autorite de developpement integre de la region du liptako gourma'] },
  { id: 'CILSS', fr: 'CILSS', en: 'CILSS', aliases: ['cilss'] },
  { id: 'BCEAO', fr: 'BCEAO', en: 'Central Bank of West African States', aliases: ['bceao', 'banque centrale des etats de l\'afrique de l\'ouest'] },
  { id: 'BOAD', fr: 'BOAD', en: 'West African Development Bank', aliases: ['boad', 'banque ouest africaine de developpement'] },
  { id: 'ISDB', fr: 'Banque islamique de développement', en: 'Islamic Development Bank', aliases: ['bid', 'banque islamique de developpement'] },
  { id: 'BADEA', fr: 'BADEA', en: 'Arab Bank for Economic Development in Africa', aliases: ['badea', 'banque arabe pour le developpement economique en afrique'] },
  { id: 'OIF', fr: 'Organisation internationale de la Francophonie', en: 'International Organisation of La Francophonie', aliases: ['oif', 'organisation internationale de la francophonie'] },
  { id: 'LAS', fr: 'Ligue arabe', en: 'Arab League', aliases: ['ligue arabe', 'ligue des etats arabes'] },
  { id: 'IOM', fr: 'OIM', en: 'IOM', aliases: ['oim', 'organisation internationale pour les migrations'] },
  { id: 'UNFPA', fr: 'UNFPA', en: 'UNFPA', aliases: ['unfpa', 'fonds des nations unies pour la population'] },
  { id: 'IFAD', fr: 'FIDA', en: 'IFAD', aliases: ['fida', 'fonds international de developpement agricole'] },
];

/** Where an organisation sits, for "au siège de la CEDEAO" (gazetteer names). */
export const SEATS: Record<string, [string, string]> = {
  AU: ['Addis Ababa', 'ET'], ECOWAS: ['Abuja', 'NG'], UN: ['New York City', 'US'], EU: ['Brussels', 'BE'], UNDP: ['New York City', 'US'],
  UNICEF: ['New York City', 'US'], WHO: ['Geneva', 'CH'], IMF: ['Washington', 'US'], WB: ['Washington', 'US'], WFP: ['Rome', 'IT'],
  FAO: ['Rome', 'IT'], UNESCO: ['Paris', 'FR'], UNHCR: ['Geneva', 'CH'], ICRC: ['Geneva', 'CH'], OIC: ['Jeddah', 'SA'],
  AFDB: ['Abidjan', 'CI'], UEMOA: ['Ouagadougou', 'BF'], OMVS: ['Dakar', 'SN'], NBA: ['Niamey', 'NE'], LGA: ['Ouagadougou', 'BF'],
  CILSS: ['Ouagadougou', 'BF'], BCEAO: ['Dakar', 'SN'], BOAD: ['Lomé', 'TG'], ISDB: ['Jeddah', 'SA'], BADEA: ['Khartoum', 'SD'],
  OIF: ['Paris', 'FR'], LAS: ['Cairo', 'EG'], IOM: ['Geneva', 'CH'], UNFPA: ['New York City', 'US'], IFAD: ['Rome', 'IT'],
};
