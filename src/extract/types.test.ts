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

describe('contact words of the wider families (our own sentences)', () => {
  it.each([
    ["Le ministre des Mines a conduit la semaine dernière une mission de prospection au Niger.", 'visit'],
    ["La ministre a dirigé une importante mission en Algérie.", 'visit'],
    ["Une mission ministérielle malienne était à Lomé pour deux jours.", 'visit'],
    ['Le chef de la diplomatie a séjourné à Rabat du 4 au 6 mai.', 'visit'],
    ["L'avion présidentiel a atterri à Ouagadougou en début d'après-midi.", 'visit'],
    ['Les ministres sont arrivés à Conakry dans la soirée.', 'visit'],
    ['La délégation a ensuite gagné Nouakchott par la route.', 'visit'],
    ['Le ministre a participé aux travaux du Conseil des ministres de l’UEMOA.', 'talks'],
    ['Le ministre a pris part à la table ronde des bailleurs.', 'talks'],
    ['Il a eu une séance de travail avec les dirigeants de la compagnie.', 'talks'],
    ['Les deux ministres ont coprésidé la commission mixte.', 'talks'],
    ["Le Premier ministre ivoirien est arrivé hier à Bamako, à l'invitation de son homologue malien.", 'visit'],
    ["Les chefs d'état-major se sont réunis lundi à Ouagadougou.", 'talks'],
    ["Le ministre s'est entretenu par visioconférence avec son homologue turc.", 'talks'],
    ['Le Président a eu un entretien téléphonique avec son homologue ghanéen.', 'talks'],
    ['Les deux ministres ont paraphé le document.', 'agreement'],
    ['Les deux parties ont signé un contrat de fourniture de gaz.', 'agreement'],
    ["L'ambassade a remis mardi au ministère de la Santé un lot de médicaments.", 'cooperation'],
    ['La coopération chinoise a offert cinquante tracteurs aux coopératives.', 'cooperation'],
    ['Le Japon a fait don de 3 000 tonnes de riz.', 'cooperation'],
    ['Les ambulances, offertes par la Turquie, ont été présentées à la presse.', 'cooperation'],
    ["Le ministre a présidé la réception d'un lot de véhicules offerts par l'Inde.", 'cooperation'],
  ])('%s → %s', (sentence, type) => {
    expect(classify(sentence)).toBe(type);
  });
  it('does not take a decoration, a message or a win for a contact', () => {
    expect(classify("Le Président lui a remis la médaille de Commandeur de l'Ordre national.")).toBeNull();
    expect(classify("L'équipe a gagné la finale du tournoi.")).toBeNull();
    expect(classify('Il a remis un rapport au Président de la Transition.')).toBeNull();
    expect(classify('Le nouvel ambassadeur a remis le 3 mars ses lettres de créance.')).toBe('audience');
    expect(classify('Au terme de sa mission, le diplomate a fait ses adieux.')).toBeNull();
  });
});

describe('contact words with a date, a place or a recipient told in between (our own sentences)', () => {
  it.each([
    ['Le ministre des Transports a conduit du 3 au 8 mai une délégation au Maroc et en Espagne.', 'visit'],
    ["Le ministre a effectué une tournée dans les pays du golfe de Guinée.", 'visit'],
    ["La ministre a conduit, la semaine dernière, une forte délégation à Alger.", 'visit'],
    ['Le ministre a pris part, du 4 au 6 juin, à Genève, aux travaux de la conférence internationale du Travail.', 'talks'],
    ['La délégation a participé, le 12 mars à Addis-Abeba, à la session du Conseil exécutif.', 'talks'],
    ["L'ambassade de Corée a remis à la direction nationale de la santé et de l'hygiène publique un important lot de vaccins.", 'cooperation'],
    ['Le ministre de la Culture a signé avec son homologue marocain un programme exécutif pour 2027-2029.', 'agreement'],
    ["L'UNICEF a remis à la direction régionale de l'éducation et de la formation professionnelle de Ségou quinze motos et des tablettes.", 'cooperation'],
  ])('%s → %s', (sentence, type) => {
    expect(classify(sentence)).toBe(type);
  });
  it('a hand-over during a reception is the hand-over; the reception alone stays one', () => {
    expect(classify("Au cours d'une réception à sa résidence, l'ambassadeur d'Espagne a remis au ministre un don de matériel informatique.")).toBe('cooperation');
    expect(classify("L'ambassadeur du Japon a offert dix ambulances lors de la réception donnée pour l'anniversaire de l'Empereur.")).toBe('cooperation');
    expect(classify("L'ambassadeur d'Espagne a offert une réception à sa résidence pour la fête nationale.")).toBe('reception');
  });
});
