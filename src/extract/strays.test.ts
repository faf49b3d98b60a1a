// Round 7's strays, each on sentences of our own: a contact told as discussed for
// later, an organisation written in full before its acronym, and a city named only
// in what the talks were about or in a plan.
import { describe, expect, it } from 'vitest';
import { brief } from './fixtures.ts';
import { notAContact } from './mood.ts';
import { buildPartnerLexicon, findPartners } from './partners.ts';

// Friday 13 March 2026.
const lexicon = buildPartnerLexicon('ML');
const ids = (s: string) => findPartners(s, lexicon).map((p) => p.id);

describe('a contact told as discussed or set for later is a plan', () => {
  it.each([
    ["Une visite du Président égyptien à Bamako est évoquée pour le début de l'année 2028."],
    ['La prochaine rencontre entre les deux chefs de la diplomatie est fixée au mois de juin.'],
    ["Un séjour du ministre indien est souhaité pour la fin de l'année."],
    ["Une visite de travail du ministre kényan à Bamako, pour le courant de 2027, reste à confirmer."],
  ])('%s', (s) => {
    expect(notAContact(s)).toMatch(/future or planned/);
  });
  it('a past act told beside such a plan is kept', () => {
    expect(notAContact("Le ministre a reçu hier l'ambassadeur du Kenya ; une visite à Nairobi est évoquée pour la fin de l'année.")).toBeNull();
  });
});

describe('an organisation written in full before its acronym in brackets', () => {
  it('is that organisation only, not also the one named in its words', () => {
    expect(ids("La représentante du Fonds des Nations unies pour l'enfance (UNICEF) a été reçue.")).toEqual(['UNICEF']);
    expect(ids("Le coordonnateur du Programme des Nations unies pour l'alimentation (PAM) a été reçu.")).toEqual(['WFP']);
  });
  it('keeps the organisation when it is also named on its own, and a country before a bracket', () => {
    expect(ids("Le représentant de l'Organisation des Nations unies et celui de l'UNICEF ont été reçus.")).toEqual(['UN', 'UNICEF']);
    expect(ids("L'ambassadeur du Japon et le représentant du Programme alimentaire mondial (PAM) ont été reçus.")).toEqual(['JP', 'WFP']);
  });
});

describe('a city named only in what the talks were about is not their place', () => {
  it('the talks are where the text was, not in the city of the road they were about', () => {
    const text = "Le ministre a reçu jeudi une délégation mauritanienne conduite par le ministre de l'Équipement. Le même jour, la délégation mauritanienne a eu une séance de travail avec le ministre des Transports, consacrée au projet de route reliant Kayes au port de Nouadhibou.";
    expect(brief(text)).toEqual(['MR bamako 2026-03-12 audience', 'MR bamako 2026-03-12 talks']);
  });
  it('a city a mission is awaited in is not carried to the next contact', () => {
    const text = "Le ministre a reçu lundi l'ambassadeur du Sénégal à Koulouba.\n\nUne mission technique malienne est attendue à Dakar dans les prochaines semaines.\n\nMercredi, une délégation sénégalaise a eu une séance de travail avec le ministre des Mines.";
    expect(brief(text)).toEqual(['SN bamako 2026-03-09 audience', 'SN bamako 2026-03-11 talks']);
  });
  it('a verb that puts the act there keeps the city', () => {
    const text = "Une séance de travail consacrée au corridor routier s'est tenue jeudi à Nouakchott avec le ministre mauritanien.";
    expect(brief(text)).toEqual(['MR nouakchott 2026-03-12 talks']);
  });
});
