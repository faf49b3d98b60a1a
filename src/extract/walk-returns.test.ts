// Round 8's turns of telling (the sixth pass), each on a short text of our own: a trip told
// from its return, stops named without a preposition, a visitor's trip before coming, acts
// dated from another act, questions, recalls and plans in an interview, headings in the body.
import { describe, expect, it } from 'vitest';
import { brief, run } from './fixtures.ts';
import { notAContact } from './mood.ts';
import { classify } from './types.ts';

// Friday 13 March 2026.

describe('a trip told from its return', () => {
  const lead = "Le ministre a regagné Bamako hier, au terme d'une tournée qui l'a conduit au Kenya et en Ouganda.";
  it('the day told is the return\'s: each stay is of that month until its arrival is told', () => {
    expect(brief(lead)).toEqual(['KE nairobi 2026-03 visit', 'UG kampala 2026-03 visit']);
  });
  it('stops named with no preposition, before "où" or after "étape", date the stays', () => {
    const text = [lead,
      'Première étape de ce périple, Nairobi, où le ministre est arrivé le lundi 9 mars. Il a été reçu en audience le même jour par le président kényan.',
      'Dernière escale : Kampala, où il est arrivé mercredi.'].join('\n\n');
    expect(brief(text)).toEqual(['KE nairobi 2026-03-09 visit', 'UG kampala 2026-03-11 visit', 'KE nairobi 2026-03-09 audience']);
  });
  it('"a posé ses valises à" is an arrival', () => {
    expect(classify('Le jeudi 12 mars, la délégation a posé ses valises à Kigali.')).toBe('visit');
  });
});

describe('a host, a visitor, and the acts around them', () => {
  it('received with a day in between: "a été reçu en audience le même jour par le président" is the host\'s', () => {
    expect(brief('Le ministre est arrivé à Dakar le lundi 9 mars. Il a été reçu en audience le même jour par le Président de la République du Sénégal.'))
      .toEqual(['SN dakar 2026-03-09 visit', 'SN dakar 2026-03-09 audience']);
    // Active: the delegation is received, at home.
    expect(brief('Le Premier ministre a reçu lundi 9 mars une délégation sénégalaise conduite par le ministre des Mines.')).toEqual(['SN bamako 2026-03-09 audience']);
  });
  it("a visitor's occasion elsewhere before coming is no act of ours, and where he came from is no place", () => {
    const text = "Le ministre ghanéen des Affaires étrangères, M. Kwame Mensah, est en visite au Mali. Arrivé à Bamako jeudi en provenance de Lomé, où il avait pris part à une réunion ministérielle, M. Mensah a été accueilli à l'aéroport par le secrétaire général du ministère.";
    expect(brief(text).filter((e) => !e.startsWith('GH bamako 2026-03 '))).toEqual(['GH bamako 2026-03-12 visit']);
  });
  it('an arrival told by a participle is a stay of its own, beside the act there', () => {
    expect(brief('Arrivé à Niamey le lundi 9 mars, le ministre a pris part dès l\'ouverture aux travaux du sommet de la CEDEAO.'))
      .toEqual(['NE niamey 2026-03-09 visit', 'ECOWAS niamey 2026-03-09 talks']);
  });
  it('"La veille de son audience" is the day before that audience, and no audience itself', () => {
    const text = "Le président a reçu hier le ministre togolais des Affaires étrangères. La veille de son audience, le ministre togolais avait eu une séance de travail avec son homologue malien.";
    expect(brief(text)).toEqual(['TG bamako 2026-03-12 audience', 'TG bamako 2026-03-11 talks']);
    expect(classify('La veille de son audience, il avait eu une séance de travail avec son homologue.')).toBe('talks');
  });
  it('an audience whose talk names a course is the audience', () => {
    expect(classify("Il a été reçu par le vice-président, avec qui il a évoqué la coopération sécuritaire et la formation des cadres.")).toBe('audience');
  });
});

describe('what an interview or a round-up does not report', () => {
  it.each([
    ['Avez-vous rencontré des responsables saoudiens ?', 'a question'],
    ['Je me rendrai à Séoul en janvier pour le forum.', 'future'],
    ['Nous signerons la convention avec la BOAD à Lomé.', 'future'],
    ['Le ministre devait également être reçu ce samedi par le Premier ministre.', 'future'],
    ["Pour rappel, l'Alliance a été créée le 16 septembre 2023 à Bamako.", 'background'],
    ["L'ambassade a salué la qualité des relations, rappelant le succès du forum d'Antalya auquel avait pris part une délégation.", 'background'],
  ])('%s', (sentence, reason) => expect(notAContact(sentence)).toMatch(reason));
  it('a past act of a plan that did go ahead is kept', () => {
    expect(notAContact('La réunion, qui devait se tenir à Kayes, a finalement eu lieu à Ségou le 4 mars.')).toBeNull();
  });
  it('a sentence whose only time is a year before publication\'s is background', () => {
    const text = "Le lundi 9 mars, le ministre et son homologue sénégalais ont signé un mémorandum. Ce texte complète l'accord conclu entre les deux pays en 2019, à Bamako.";
    expect(brief(text)).toEqual(['SN dakar 2026-03-09 agreement']);
    expect(run(text).skipped.map((k) => k.reason)).toEqual([expect.stringMatching(/a year before publication \(2019\)/)]);
  });
  it('a heading in the body names no contact of its own, nor carries the partner before it', () => {
    const text = ["Le HCR prévoit de distribuer en avril des kits aux familles déplacées.", 'Formation des agents frontaliers',
      "Depuis le lundi 9 mars, des agents de la police suivent à Kayes une formation dispensée par l'Organisation internationale pour les migrations (OIM)."].join('\n\n');
    expect(brief(text)).toEqual(['IOM kayes 2026-03-09 cooperation']);
  });
  it('a project launched "dans la foulée" of a ceremony in a town of ours is there, and the FAO by its full name', () => {
    const text = "Le gouvernorat de Kayes a abrité hier la cérémonie de remise de 600 tonnes de vivres par le PAM. Dans la foulée, la représentante de l'Organisation des Nations unies pour l'alimentation et l'agriculture (FAO) au Mali a procédé au lancement officiel du projet.";
    expect(brief(text)).toEqual(['WFP kayes 2026-03-12 cooperation', 'FAO kayes 2026-03-12 cooperation']);
    // With no envoy named either.
    const gift = "Le gouvernorat de Kayes a abrité hier la cérémonie de remise de 600 tonnes de vivres par le PAM. Dans la foulée, un lot de semences offert par la FAO a été remis aux coopératives.";
    expect(brief(gift)).toEqual(['WFP kayes 2026-03-12 cooperation', 'FAO kayes 2026-03-12 cooperation']);
  });
});
