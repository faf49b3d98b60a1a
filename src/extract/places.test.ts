import { describe, expect, it } from 'vitest';
import { buildPartnerLexicon } from './partners.ts';
import { buildGazetteer, findPlaces, purposeOnly } from './places.ts';
import { fold } from './text.ts';

const gaz = buildGazetteer();
const lexicon = buildPartnerLexicon('ML');
const isCountry = (n: string) => lexicon.entries.has(fold(n).trim());
const names = (s: string) => findPlaces(s, gaz, isCountry).map((p) => (p.city === 'home' ? 'home' : `${p.city.name}/${p.city.country}`));

describe('places from the gazetteer', () => {
  it('maps French exonyms to gazetteer cities', () => {
    expect(names('Le ministre est arrivé à Moscou puis au Caire.')).toEqual(['Moscow/RU', 'Cairo/EG']);
  });
  it('finds cities written as in the gazetteer, with coordinates', () => {
    const [kazan] = findPlaces('À Kazan, capitale du Tatarstan.', gaz, isCountry);
    expect(kazan?.city).toMatchObject({ name: 'Kazan', country: 'RU' });
    expect(kazan?.city !== 'home' && kazan?.city.loc.coordinates[1]).toBeCloseTo(55.79, 1);
    expect(names('Une réception dans un hôtel de Conakry.')).toEqual(['Conakry/GN']);
  });
  it('reads French spellings of Cyrillic and Central Asian names the gazetteer writes in English', () => {
    expect(names('À Douchanbé, puis à Bichkek et à Achgabat, avant une escale à Bakou.')).toEqual(['Dushanbe/TJ', 'Bishkek/KG', 'Ashgabat/TM', 'Baku/AZ']);
    expect(names('Une visite à Boukhara, puis à Navoï.')).toEqual(['Bukhara/UZ', 'Navoiy/UZ']);
  });
  it('does not take a country or a person for a city', () => {
    expect(names("en Égypte, au Sénégal, la visite de Vladimir Poutine")).toEqual([]);
  });
  it('reads landmarks: the Primature is at home, the Kremlin in Moscow', () => {
    expect(names('Reçu à la Primature.')).toEqual(['home']);
    expect(names('Des entretiens au Kremlin.')).toEqual(['Moscow/RU']);
  });
});

describe('where the act happened, not where it points', () => {
  it('reads a city after a verb of arrival that takes no preposition', () => {
    expect(names('La mission a rallié Kumasi en fin de matinée.')).toEqual(['Kumasi/GH']);
    expect(names('Le convoi a rejoint Tamale avant la nuit.')).toEqual(['Tamale/GH']);
  });
  it('tells the city a grant or a work is for from the place of the act', () => {
    const s = "À Accra, un accord de prêt destiné à la réhabilitation de la route de Kayes a été signé.";
    const found = findPlaces(s, gaz, isCountry);
    expect(found.map((m) => [m.city === 'home' ? 'home' : m.city.name, purposeOnly(s, m.at)])).toEqual([['Accra', false], ['Kayes', true]]);
    expect(purposeOnly("Un don pour l'équipement du centre de santé de Kati", 'Un don pour l’équipement du centre de santé de '.length)).toBe(true);
  });
  it('reads "a gagné" followed by a city as an arrival', () => {
    expect(names('Le cortège a ensuite gagné Tamale.')).toEqual(['Tamale/GH']);
  });
  it('a city named for works or their funding is not where the act is, unless a verb places the act there', () => {
    const s = "L'ambassadeur a évoqué le financement de projets d'adduction d'eau dans la région de Kayes.";
    expect(purposeOnly(s, s.indexOf('de Kayes'))).toBe(true);
    const t = 'Il a rappelé la construction de forages à Sikasso.';
    expect(purposeOnly(t, t.indexOf('à Sikasso'))).toBe(true);
    const v = "Il a visité l'Agence japonaise de coopération, qui finance des puits dans le cercle de Kita.";
    expect(purposeOnly(v, v.indexOf('de Kita'))).toBe(true);
    const u = 'La cérémonie de lancement des travaux du pont s’est tenue à Kayes.';
    expect(purposeOnly(u, u.indexOf('à Kayes'))).toBe(false);
  });
  it('reads "au siège de" an organisation as the city it sits in', () => {
    expect(names('Le ministre a été reçu au siège de la CEDEAO par le président de la Commission.')).toEqual(['Abuja/NG']);
  });
});
