// Round 7's turns of telling (the fifth pass), each on a short text of our own: the legs of a
// trip told by "direction", "cap sur" or "s'est envolé pour", an arrival told in a relative
// clause or by a participle, a host abroad named by title only, adverbs inside a verb, talks
// whose topic names a course, a city only talked about, and a sentence opened by the act's participle.
import { describe, expect, it } from 'vitest';
import { brief } from './fixtures.ts';
import { asidePlace } from './asides.ts';
import { onlyWords } from './mood.ts';
import { classify } from './types.ts';

// Friday 13 March 2026.

describe('the legs of a trip', () => {
  it('"direction Tunis" moves the trip to Tunis: the audience there is not in Algiers', () => {
    const text = 'Le ministre des Affaires étrangères a séjourné du 2 au 4 mars à Alger. Jeudi 5 mars, direction Tunis, où il a été reçu par le président tunisien.';
    expect(brief(text)).toEqual(['DZ algiers 2026-03-02 visit', 'TN tunis 2026-03-05 audience']);
  });
  it('"s\'est envolé pour Banjul, où…": "où" is the city just flown to', () => {
    const text = "Le ministre a eu lundi 9 mars une séance de travail à Dakar avec son homologue sénégalais. Il s'est ensuite envolé pour Banjul, où il a rencontré mardi le ministre gambien de l'Économie.";
    expect(brief(text)).toEqual(['SN dakar 2026-03-09 talks', 'GM banjul 2026-03-10 talks']);
  });
  it('a stop of a tour is dated by its arrival, told in a relative clause or by a participle', () => {
    const tour = 'Le ministre a effectué du 2 au 6 mars une tournée au Kenya, au Rwanda et en Ouganda. ';
    const stops = ['KE nairobi 2026-03-02 visit', 'RW kigali 2026-03-04 visit', 'UG kampala 2026-03 visit', 'RW kigali 2026-03-04 audience'];
    expect(brief(`${tour}À Kigali, où il est arrivé le mercredi 4 mars, il a été reçu le même jour par le président rwandais.`)).toEqual(stops);
    expect(brief(`${tour}Arrivé à Kigali le mercredi 4 mars, il a été reçu le même jour par le président rwandais.`)).toEqual(stops);
    expect(brief(`${tour}Mercredi 4 mars, cap sur Kigali.`).slice(0, 2)).toEqual(stops.slice(0, 2));
  });
  it('received abroad by a host named by title only: the host is of the city\'s country', () => {
    expect(brief('Jeudi 5 mars, le ministre a rallié Kampala. Il a été reçu par le président Museveni.'))
      .toEqual(['UG kampala 2026-03-05 visit', 'UG kampala 2026-03-05 audience']);
    expect(brief("Jeudi 5 mars, le ministre a reçu à Bamako l'ambassadeur du Japon. Il a été reçu par le président dans l'après-midi."))
      .toEqual(['JP bamako 2026-03-05 audience']);
  });
  it('a flight is a trip', () => {
    expect(classify("Le Premier ministre s'est envolé pour Nairobi.")).toBe('visit');
    expect(classify('Le Premier ministre a pris la route de Kayes.')).toBe('visit');
    expect(classify("L'avion a pris du retard.")).toBeNull();
  });
});

describe('an adverb inside the verb', () => {
  it.each([
    ["Le ministre s'est longuement entretenu avec l'ambassadeur.", 'talks'],
    ['Les deux ministres se sont longuement entretenus.', 'talks'],
    ["Il s'est ensuite entretenu avec le gouverneur.", 'talks'],
    ["Le ministre s'est successivement rendu au Kenya et au Rwanda.", 'visit'],
    ["Le ministre s'est également rendu à Kayes.", 'visit'],
  ])('%s → %s', (sentence, type) => expect(classify(sentence)).toBe(type));
  it('does not make a contact of an adverb alone', () => {
    expect(classify("Le ministre s'est longuement exprimé sur la situation.")).toBeNull();
    expect(brief('Du 2 au 6 mars, le ministre s\'est successivement rendu au Kenya, au Rwanda et en Ouganda.')).toEqual(['KE nairobi 2026-03-02 visit', 'RW kigali 2026-03 visit', 'UG kampala 2026-03 visit']);
  });
});

describe('what talks were about', () => {
  it('a course named in the topic of talks is not a course given', () => {
    const talks = "Le ministre s'est entretenu mardi avec l'ambassadeur du Japon sur la coopération agricole et la formation de jeunes techniciens.";
    expect(classify(talks)).toBe('talks');
    expect(classify("L'ambassade du Japon a organisé mardi une formation de jeunes techniciens.")).toBe('cooperation');
    expect(brief(talks.replace('mardi', 'mardi 10 mars à Bamako'))).toEqual(['JP bamako 2026-03-10 talks']);
  });
  it('a city named in what was talked about is not where the talks were', () => {
    const s = "Ils ont évoqué l'achat de bus, ainsi que la construction d'une usine à Sikasso.";
    expect(asidePlace(s, s.indexOf('à Sikasso'))).toBe(true);
    const t = "Ils ont évoqué l'achat de bus, puis se sont rendus à Sikasso.";
    expect(asidePlace(t, t.indexOf('à Sikasso'))).toBe(false);
  });
  it('a sentence opened by "Reçu par…" tells an act, even if the rest is what was said', () => {
    expect(onlyWords("Reçu mercredi par le président ghanéen, le ministre a souligné l'amitié entre les deux peuples.")).toBe(false);
    expect(onlyWords("Le ministre a souligné l'amitié entre les deux peuples.")).toBe(true);
  });
});

describe('a contact with no city named', () => {
  it('a gift handed over, with its giver named, is at home, not in the giver\'s capital', () => {
    expect(brief("Le ministre a présidé, le mercredi 11 mars, la cérémonie de remise d'un lot de matériel médical offert par la Turquie."))
      .toEqual(['TR bamako 2026-03-11 cooperation']);
    // Unless the text is abroad.
    expect(brief("Le ministre est arrivé à Ankara le lundi 9 mars. Il a reçu le mercredi 11 mars un lot de matériel médical offert par la Turquie."))
      .toEqual(['TR ankara 2026-03-09 visit', 'TR ankara 2026-03-11 cooperation']);
  });
  it('a host who "a accueilli" a counterpart is at home', () => {
    expect(brief('Le ministre a accueilli, jeudi 12 mars, son homologue du Burkina Faso.')).toEqual(['BF bamako 2026-03-12 talks']);
    expect(brief('Le ministre a été accueilli, jeudi 12 mars, par son homologue du Burkina Faso.')).toEqual(['BF ouagadougou 2026-03-12 talks']);
  });
  it('the African Development Bank by its French acronym', () => {
    expect(brief("La cérémonie de signature de la convention entre le Mali et la BAD s'est déroulée hier à l'hôtel de l'Amitié."))
      .toEqual(['AFDB bamako 2026-03-12 agreement']);
    expect(brief("Le match s'est mal terminé : un bad buzz a suivi.")).toEqual([]);
  });
});
