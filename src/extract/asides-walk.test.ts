// Rules that read across sentences, from round 5's families, each on a short text of our own.
import { describe, expect, it } from 'vitest';
import { brief, run } from './fixtures.ts';
import { withinStay } from './told-dates.ts';

// Friday 13 March 2026.

describe('envoys of a list: where they reside, and what they said', () => {
  const text = [
    'Le Président a reçu ce vendredi les lettres de créance de trois ambassadeurs.',
    "Il s'agit de l'ambassadeur du Portugal, M. Rui Costa, avec résidence à Dakar, de l'ambassadrice de Suède, Mme Anna Berg, et de l'ambassadeur du Pérou.",
    "À sa sortie d'audience, le diplomate portugais a indiqué que son pays a financé des puits à Kayes.",
    "L'ambassadrice suédoise a, pour sa part, souligné l'amitié entre Stockholm et Bamako.",
    "Quant à l'ambassadeur péruvien, il a transmis les salutations de Lima et réaffirmé la solidarité de son pays.",
  ].join('\n');
  it('every envoy presents credentials at home; their words add no contact', () => {
    expect(brief(text)).toEqual(['PT bamako 2026-03-13 audience', 'SE bamako 2026-03-13 audience', 'PE bamako 2026-03-13 audience']);
    expect(run(text).events[0]?.sources).toHaveLength(2);
  });
});

describe('more about a contact just told', () => {
  it('"les deux parties ont passé en revue…" describes the talks, even when it names a course', () => {
    const r = run("Le ministre s'est entretenu mardi à Bamako avec l'ambassadeur de Turquie. Les deux parties ont passé en revue les projets de formation de techniciens au Mali.");
    expect(r.events.map((e) => `${e.partner} ${e.date} ${e.type} ${e.sources.length}`)).toEqual(['TR 2026-03-10 talks 2']);
  });
  it('"la cérémonie s\'est tenue…" is where the hand-over was, not a contact of the act before', () => {
    const text = "L'ambassade d'Espagne a célébré jeudi sa fête nationale au cours d'une réception à Bamako.\n"
      + "Samedi, l'ambassade du Japon a remis au ministère de l'Éducation nationale un important lot de fournitures destiné aux écoles de Mopti. La cérémonie s'est tenue à Bamako en présence de l'ambassadeur du Japon.";
    expect(brief(text)).toEqual(['ES bamako 2026-03-12 reception', 'JP bamako 2026-03-07 cooperation']);
  });
});

describe('the days of a stay told before', () => {
  it('a weekday after a trip of several days is the one such day of the trip, unless told at home', () => {
    const text = 'Le ministre des Mines a conduit du 2 au 8 mars une délégation au Ghana et au Togo.\n'
      + "À Accra, il a été reçu jeudi par le président ghanéen. Le lendemain, il a signé avec son homologue ghanéen un protocole d'accord. "
      + "Mercredi, de retour à Bamako, le ministre a reçu l'ambassadeur du Japon.";
    expect(brief(text)).toEqual(['GH accra 2026-03-02 visit', 'TG lome 2026-03 visit', 'GH accra 2026-03-05 audience', 'GH accra 2026-03-06 agreement', 'JP bamako 2026-03-11 audience']);
  });
  it('a stay with that weekday twice gives its month; one without it leaves the weekday alone', () => {
    const thursday = { date: '2026-03-19', basis: 'inferred' as const, phrase: 'jeudi', weekday: 4 };
    expect(withinStay([thursday], { date: '2026-03-01', end: '2026-03-14', basis: 'stated', phrase: 'du 1er au 14 mars' })[0]?.date).toBe('2026-03');
    expect(withinStay([thursday], { date: '2026-03-13', end: '2026-03-15', basis: 'stated', phrase: 'du 13 au 15 mars' })[0]?.date).toBe('2026-03-19');
  });
});

describe('the place of a gathering, and of a plan', () => {
  it('a signing "au terme des travaux" is where the commission sat; an earlier session\'s city is not carried', () => {
    const text = "La commission mixte Mali-Maroc s'est tenue du 9 au 11 mars à Rabat.\n"
      + "La session précédente s'était tenue à Bamako il y a sept ans.\n"
      + 'Mardi, la délégation a visité une usine à Casablanca.\n'
      + 'Au terme des travaux, mercredi, les délégations malienne et marocaine ont signé six accords.';
    expect(brief(text)).toEqual(['MA rabat 2026-03-09 talks', 'MA casablanca 2026-03-10 visit', 'MA rabat 2026-03-11 agreement']);
  });
  it("a plan told beside an audience gives it neither its city nor its month", () => {
    const text = 'Le ministre a signé hier avec la BOAD une convention de financement. '
      + "Le même jour, il a reçu l'ambassadeur du Sénégal, avec qui il a évoqué la réunion ministérielle prévue en avril à Dakar.";
    expect(brief(text)).toEqual(['BOAD bamako 2026-03-12 agreement', 'SN bamako 2026-03-12 audience']);
  });
  it('a signing that takes the partner of the text before is where that partner was met', () => {
    const text = "Le ministre a reçu jeudi l'ambassadeur d'Autriche. Les deux hommes ont fait le point de la coopération et signé un mémorandum d'entente.";
    expect(brief(text)).toEqual(['AT bamako 2026-03-12 audience', 'AT bamako 2026-03-12 agreement']);
  });
  it('a visit put off is left out', () => {
    const r = run("La visite à Bamako du ministre tunisien du Tourisme, initialement annoncée pour avril, a été repoussée à l'automne.");
    expect(r.events).toEqual([]);
    expect(r.skipped[0]?.reason).toMatch(/put off/);
  });
});
