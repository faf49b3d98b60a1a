import { describe, expect, it } from 'vitest';
import { buildPartnerLexicon, findPartners } from './partners.ts';
import { bodiesOfCapitals, withoutBystanders, withoutParticipants, withoutTopics } from './partner-roles.ts';
import { buildGazetteer } from './places.ts';

const lexicon = buildPartnerLexicon('ML');
const ids = (s: string) => findPartners(s, lexicon).map((p) => p.id);

describe('partners named in French', () => {
  it('finds country names from the package, with their articles and accents', () => {
    expect(ids("L'ambassadeur du Brésil et celui de l'Égypte ont été reçus.")).toEqual(['BR', 'EG']);
  });
  it('finds press names the package lacks', () => {
    expect(ids('Les ambassadeurs des États-Unis et de Grande-Bretagne.')).toEqual(['US', 'GB']);
    expect(ids("La délégation des états-Unis est arrivée.")).toEqual(['US']);
    expect(ids('Une mission en République de Corée puis en République populaire démocratique de Corée.')).toEqual(['KR', 'KP']);
  });
  it('reads adjectives in every gender and number', () => {
    expect(ids('une délégation russe')).toEqual(['RU']);
    expect(ids('la partie allemande et les experts britanniques')).toEqual(['DE', 'GB']);
    expect(ids("l'expertise tartare et les entreprises ivoiriennes")).toEqual(['RU', 'CI']);
    expect(ids('la partie turque et les armateurs grecs')).toEqual(['TR', 'GR']);
  });
  it('finds the names states use for themselves now, and press periphrases', () => {
    expect(ids("L'ambassadeur de la République de Türkiye.")).toEqual(['TR']);
    expect(ids('Le Royaume chérifien a offert des bourses.')).toEqual(['MA']);
  });
  it('finds organisations; short acronyms only in capitals', () => {
    expect(ids('La directrice du PAM au Mali.')).toEqual(['WFP']);
    expect(ids('Le chef de délégation du CICR a été reçu.')).toEqual(['ICRC']);
    expect(ids('un cicr quelconque')).toEqual([]);
    expect(ids("la Commission de l'Union africaine")).toEqual(['AU']);
    expect(ids("Le directeur de l'OMVS et le représentant de la Banque islamique de développement.")).toEqual(['OMVS', 'ISDB']);
  });
  it('never counts the focus country, and skips a lower-case common word', () => {
    expect(ids('Le Mali et le peuple malien remercient la Chine.')).toEqual(['CN']);
    expect(ids('une maurice')).toEqual([]);
  });
  it('does not take a currency for a partner', () => {
    expect(ids('Un prêt de 40 millions de dollars américains et de 2 millions de francs suisses.')).toEqual([]);
    expect(ids('Un don de riz chinois.')).toEqual(['CN']);
  });
  it('names each partner once, in reading order', () => {
    expect(ids('La Russie, partenaire russe, et la Turquie.')).toEqual(['RU', 'TR']);
  });
});

describe('nationalities of the people taking part are not partners', () => {
  const kept = (s: string) => withoutParticipants(s, findPartners(s, lexicon), lexicon).map((p) => p.id);
  it('drops them when the list names our own people too, or another partner is there', () => {
    expect(kept('Des gendarmes maliens, togolais et béninois ont suivi un stage de la CEDEAO à Lomé.')).toEqual(['ECOWAS']);
    expect(kept('Trente ingénieurs maliens et ivoiriens ont reçu leurs attestations.')).toEqual([]);
    expect(kept("Des stagiaires sénégalais et guinéens ont suivi l'atelier de l'Union africaine.")).toEqual(['AU']);
  });
  it('keeps a nationality that is the only partner of the act', () => {
    expect(kept('Des médecins cubains ont été reçus par le ministre de la Santé.')).toEqual(['CU']);
  });
});

describe('onlookers and topics are not partners of the act', () => {
  const kept = (s: string) => withoutBystanders(s, findPartners(s, lexicon)).map((p) => p.id);
  it('drops a partner looking on when another is a partner of the act', () => {
    expect(kept("Le ministre et l'ambassadeur de Chine ont signé l'accord en présence du représentant de la Banque mondiale.")).toEqual(['CN']);
  });
  it('drops a partner only talked about', () => {
    expect(kept("L'ambassadeur d'Algérie a été reçu ; les échanges ont porté sur la situation au Niger.")).toEqual(['DZ']);
    expect(kept("Une délégation de l'UEMOA est venue discuter des échanges après le retrait des pays de l'AES de la CEDEAO.")).toEqual(['UEMOA']);
  });
  it('reads a list of onlookers, and stops at the end of their clause', () => {
    expect(kept("Le Japon a offert des motopompes, en présence du représentant de la FAO, M. Jean Dupont, et de l'ambassadeur de Chine.")).toEqual(['JP']);
    expect(kept("En présence de l'ambassadeur du Maroc, le ministre a signé une convention avec la Banque mondiale.")).toEqual(['WB']);
  });
  it('drops a topic even when it is the only partner named', () => {
    expect(kept('Les deux ministres ont eu un tête-à-tête consacré à la situation au Soudan.')).toEqual([]);
  });
  it('keeps an onlooker when no other partner is named', () => {
    expect(kept("La cérémonie s'est déroulée en présence de l'ambassadeur du Japon.")).toEqual(['JP']);
  });
});

describe('bodies named after a capital stand for their country', () => {
  const gaz = buildGazetteer();
  const ids2 = (s: string) => bodiesOfCapitals(s, gaz, lexicon).map((p) => p.id);
  it('reads a fund, a chamber of commerce or a city hall of a capital', () => {
    expect(ids2('Une séance de travail avec le Port autonome de Conakry.')).toEqual(['GN']);
    expect(ids2("Il a rencontré les responsables de la Chambre de commerce et d'industrie de Lomé.")).toEqual(['TG']);
    expect(ids2('La mairie de Dakar a offert des ambulances.')).toEqual(['SN']);
  });
  it('not a town that is no capital, nor our own capital', () => {
    expect(ids2('La Chambre de commerce de Kumasi.')).toEqual([]);
    expect(ids2('La mairie de Bamako.')).toEqual([]);
  });
});

describe('names that hold a country but are not its state (our own sentences)', () => {
  it('a river, a region, and our own bodies named after them', () => {
    expect(ids("Des experts visiteront les périmètres de l'Office du Niger et les berges du fleuve Sénégal.")).toEqual([]);
    expect(ids("Les experts du golfe de Guinée et l'ambassadeur du Niger.")).toEqual(['NE']);
    expect(ids('La Banque malienne de solidarité a accueilli la délégation ghanéenne.')).toEqual(['GH']);
  });
  it('who is only helped by the partner of the act is not one', () => {
    const kept = (s: string) => withoutBystanders(s, findPartners(s, lexicon)).map((p) => p.id);
    expect(kept("Il a reçu le représentant de l'UNICEF, avec qui il a parlé du soutien du Fonds à la Confédération des États du Sahel.")).toEqual(['UNICEF']);
    expect(kept("Le ministre a salué l'appui constant de la Chine au Burkina Faso.")).toEqual(['CN']);
  });
  it('a country named only in what the act is about or is for is not a partner of it', () => {
    const kept = (s: string) => withoutTopics(s, findPartners(s, lexicon)).map((p) => p.id);
    expect(kept("Des experts japonais ont animé un atelier dans le cadre du programme Sahel-Niger + Tchad.")).toEqual(['JP']);
    expect(kept("La Banque africaine de développement a signé un prêt pour la réhabilitation de la route Kayes-frontière du Sénégal.")).toEqual(['AFDB']);
    expect(kept("L'ambassadeur ivoirien a évoqué le projet de gazoduc entre la Côte d'Ivoire, le Ghana et le Togo.")).toEqual(['CI']);
    expect(kept('Dans le cadre du projet, le ministre a reçu l’ambassadeur du Japon.')).toEqual(['JP']);
    expect(kept('Le projet de route vers la Guinée a été présenté.')).toEqual(['GN']);
  });
});
