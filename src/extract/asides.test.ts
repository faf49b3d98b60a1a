import { describe, expect, it } from 'vitest';
import { asidePlace, planDate } from './asides.ts';

const aside = (s: string, at: string) => asidePlace(s, s.indexOf(at));

describe('cities and dates that are not where or when the act was (our own sentences)', () => {
  it('where an envoy resides is not where credentials are presented', () => {
    const s = "Il s'agit de l'ambassadeur du Portugal avec résidence à Dakar et de l'ambassadrice de Suède, basée à Abidjan.";
    expect(aside(s, 'à Dakar')).toBe(true);
    expect(aside(s, 'à Abidjan')).toBe(true);
    expect(aside('Le ministre a reçu à Kayes les envoyés du Sénégal.', 'à Kayes')).toBe(false);
  });
  it('a capital standing for its government', () => {
    expect(aside("L'envoyé a exprimé la solidarité de Niamey et transmis un message de Ouagadougou.", 'de Niamey')).toBe(true);
    expect(aside("L'envoyé a exprimé la solidarité de Niamey et transmis un message de Ouagadougou.", 'de Ouagadougou')).toBe(true);
    expect(aside("Le ministre est rentré hier de Niamey.", 'de Niamey')).toBe(false);
  });
  it("a plan's place and date, up to the end of its clause", () => {
    const s = "Le ministre a reçu l'ambassadeur du Sénégal, avec qui il a préparé la réunion ministérielle prévue en mars à Dakar.";
    expect(aside(s, 'à Dakar')).toBe(true);
    expect(planDate(s, 'en mars')).toBe(true);
    const t = 'La réunion, prévue à Kayes, a finalement eu lieu à Ségou le 4 mars.';
    expect(aside(t, 'à Kayes')).toBe(true);
    expect(aside(t, 'à Ségou')).toBe(false);
    expect(planDate(t, 'le 4 mars')).toBe(false);
  });
});
