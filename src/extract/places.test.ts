import { describe, expect, it } from 'vitest';
import { buildPartnerLexicon } from './partners.ts';
import { buildGazetteer, findPlaces } from './places.ts';
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
  it('does not take a country or a person for a city', () => {
    expect(names("en Égypte, au Sénégal, la visite de Vladimir Poutine")).toEqual([]);
  });
  it('reads landmarks: the Primature is at home, the Kremlin in Moscow', () => {
    expect(names('Reçu à la Primature.')).toEqual(['home']);
    expect(names('Des entretiens au Kremlin.')).toEqual(['Moscow/RU']);
  });
});
