// Strings the first screen needs for issue 18: the level filter, the links to
// a partner's record and the table panel's name. The record's and the table's
// own wording (records.ts) loads with them.
export const partners = {
  fr: {
    'panel.table': 'Tableau des partenaires',
    'profile.open': 'Dossier {name}',
    'level.head-of-state': 'Chef de l’État',
    'level.head-of-government': 'Chef du gouvernement',
    'level.minister': 'Ministre',
    'level.official': 'Diplomate ou haut fonctionnaire',
    'level.other': 'Autre (journalistes, communauté…)',
    'level.unknown': 'Non précisé',
    'filters.levels.legend': 'Niveau',
    'filters.levels.hint': 'La personne la plus haut placée du côté {focus}',
  },
  en: {
    'panel.table': 'Partners table',
    'profile.open': '{name}: record',
    'level.head-of-state': 'Head of state',
    'level.head-of-government': 'Head of government',
    'level.minister': 'Minister',
    'level.official': 'Diplomat or official',
    'level.other': 'Other (journalists, community…)',
    'level.unknown': 'Not stated',
    'filters.levels.legend': 'Level',
    'filters.levels.hint': 'The most senior person on the {focus} side',
  },
} as const;
