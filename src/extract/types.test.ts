import { describe, expect, it } from 'vitest';
import { classify } from './types.ts';

describe('contact type from the words of a sentence', () => {
  it.each([
    ["Le ministre a accordé une audience à l'ambassadeur du Japon.", 'audience'],
    ['Le chef de la diplomatie a reçu en audience la délégation.', 'audience'],
    ['Le président a effectué une visite officielle à Ankara.', 'visit'],
    ['Le ministre des Mines a mené la semaine passée une mission au Niger et au Tchad.', 'visit'],
    ['Le directeur général était en mission de travail à Nouakchott.', 'visit'],
    ['Le cortège a ensuite rallié Sokodé en fin de journée.', 'visit'],
    ['Il a ensuite échangé avec les représentants des bailleurs.', 'talks'],
    ["Il s'est rendu à Dakar lundi.", 'visit'],
    ['Les deux ministres ont eu un entretien.', 'talks'],
    ['Un tête-à-tête avec son homologue.', 'talks'],
    ['Deux accords ont été signés à Pékin.', 'agreement'],
    ["La signature d'un protocole d'accord sur l'eau.", 'agreement'],
    ["L'ambassade a offert une réception pour la fête nationale.", 'reception'],
    ['Le stage de formation des journalistes a pris fin.', 'cooperation'],
    ["Il en a profité pour s'entretenir avec le ministre togolais.", 'talks'],
    ['Le ministre a pris part à la réunion de travail des experts.', 'talks'],
    ['La délégation a participé à la session extraordinaire du Conseil des ministres.', 'talks'],
    ['Le ministre a conduit une délégation de haut niveau à Accra.', 'visit'],
    ["Le ministre a pris part au Forum de Dakar sur la paix.", 'talks'],
    ["Le représentant a procédé à la remise d'un lot de matériel médical.", 'cooperation'],
  ])('%s → %s', (sentence, type) => {
    expect(classify(sentence)).toBe(type);
  });
  it('reports nothing for a sentence without a contact, or a yearly observance', () => {
    expect(classify('Le Mali entend tirer profit de cette expertise.')).toBeNull();
    expect(classify('Une journée internationale célébrée chaque année le 29 novembre.')).toBeNull();
  });
});
