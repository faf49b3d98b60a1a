// The rules that read across sentences, each on a short text of our own.
import { describe, expect, it } from 'vitest';
import { brief, run } from './fixtures.ts';

// Friday 13 March 2026.

describe('sentences left out, and listed with why', () => {
  it('a talk with the press is no contact with the partner it mentions', () => {
    const r = run("Le ministre s'est entretenu hier avec la presse nationale sur le partenariat avec la Chine.");
    expect(r.events).toEqual([]);
    expect(r.skipped[0]?.reason).toMatch(/press/);
  });
  it('a plan and a negation are left out; the past act of the same article is kept', () => {
    const text = [
      "Le ministre a reçu mardi l'ambassadeur du Ghana.",
      'Il se rendra le mois prochain à Accra pour la commission mixte.',
      "Il n'a en revanche pas rencontré la délégation de l'Union africaine.",
    ].join(' ');
    expect(brief(text)).toEqual(['GH bamako 2026-03-10 audience']);
    expect(run(text).skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/future/), expect.stringMatching(/negated/)]);
  });
  it('a contact dated after publication with no past act is a plan', () => {
    expect(brief('Visite officielle du ministre à Accra le 20 mars 2026.')).toEqual([]);
  });
  it('a later item of a compilation, told in the past, is kept', () => {
    expect(brief("L'ambassadeur du Ghana a été reçu le 20 mai 2026 à la Primature.")).toEqual(['GH bamako 2026-05-20 audience']);
  });
});

describe('envoys', () => {
  it('a sentence that lists envoys takes the act and date of the sentence before', () => {
    const text = 'Le Président a reçu le jeudi 12 mars les lettres de créance de trois ambassadeurs.\n'
      + "Il s'agit de l'ambassadeur du Ghana, M. Kofi Mensah, de l'ambassadrice de Norvège, Mme Ingrid Dahl, et de l'ambassadeur du Pérou.";
    expect(brief(text)).toEqual(['GH bamako 2026-03-12 audience', 'NO bamako 2026-03-12 audience', 'PE bamako 2026-03-12 audience']);
  });
  it('an envoy met with no city named is met at home, not in the capital of the envoy’s country', () => {
    expect(brief("Le diplomate japonais a eu hier un long entretien avec le ministre de l'Économie.")).toEqual(['JP bamako 2026-03-12 talks']);
  });
  it('a contact placed "au Mali" is at home', () => {
    expect(brief("Le PNUD au Mali a procédé mercredi à la remise d'un lot d'ordinateurs.")).toEqual(['UNDP bamako 2026-03-11 cooperation']);
  });
  it('"À X, …" opening the sentence places an audience abroad, in a city spelled the French way', () => {
    expect(brief('À Douchanbé, le ministre a été reçu le mardi 10 mars par le Premier ministre tadjik.')).toEqual(['TJ dushanbe 2026-03-10 audience']);
  });
  it('a Malian received by a partner abroad is not at home', () => {
    const text = "Le ministre s'est rendu lundi dernier à Accra.\nIl a ensuite été reçu en audience par le Président du Ghana.";
    expect(brief(text)).toEqual(['GH accra 2026-03-09 visit', 'GH accra 2026-03-09 audience']);
  });
});

describe('follow-ups and continuity', () => {
  it('"les échanges ont porté sur" adds a quote to the contact just told, even naming its partner', () => {
    const r = run("Le ministre a reçu hier l'ambassadeur de Corée du Sud.\nAvec le diplomate coréen, les échanges ont porté sur la formation des ingénieurs en Corée.");
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ partner: 'KR', place: 'bamako', type: 'audience' });
    expect(r.events[0]?.sources).toHaveLength(2);
  });
  it('"cette visite s’inscrit dans…" is a comment, not a second visit', () => {
    expect(brief('Le ministre a effectué hier une visite à Accra. Cette visite s’inscrit dans le renforcement des liens avec le Ghana.')).toEqual(['GH accra 2026-03-12 visit']);
  });
  it('"le lendemain", "le même jour", "en marge de" count from the day told before, across paragraphs', () => {
    const text = "Le ministre a pris part le lundi 9 mars à Accra à la session du Conseil.\nEn marge de la session, il s'est entretenu avec son homologue ghanéen.\n"
      + "Le lendemain, il a été reçu par le Président togolais à Lomé.";
    expect(brief(text)).toEqual(['GH accra 2026-03-09 talks', 'TG lome 2026-03-10 audience']);
  });
  it('an act within a stay of several days gets the span, not its first day', () => {
    const r = run("Le ministre a séjourné à Accra les 9 et 10 mars 2026 pour une visite de travail. Il s'est entretenu avec son homologue ghanéen.");
    expect(r.events.map((e) => [e.type, e.date, e.end])).toEqual([['visit', '2026-03-09', '2026-03-10'], ['talks', '2026-03', undefined]]);
  });
  it('the place of the story carries on to a later paragraph that names none', () => {
    const text = "Le ministre est arrivé mardi à Niamey pour une visite de travail.\nIl s'est entretenu avec son homologue burkinabè, présent pour la réunion.";
    expect(brief(text).at(-1)).toBe('BF niamey 2026-03 talks');
  });
  it('a headline that repeats a contact of the body is dropped; one the body lacks is kept', () => {
    expect(brief('Mali-Ghana : deux accords signés à Accra\nLes deux pays ont signé le mardi 10 mars deux accords sur l’énergie avec le Ghana.')).toEqual(['GH accra 2026-03-10 agreement']);
  });
  it('a follow-up that names a course topic adds a quote to the talks, not a course', () => {
    const text = "Le ministre s'est entretenu mardi à Bamako avec son homologue gambien.\nLes discussions ont porté sur le commerce et la formation des douaniers.";
    expect(brief(text)).toEqual(['GM bamako 2026-03-10 talks']);
    expect(run(text).events[0]?.sources).toHaveLength(2);
  });
  it('a person named for a partner earlier carries it to an audience that names no country', () => {
    const text = "Le vice-Premier ministre vietnamien, Nguyen Van Thanh, est arrivé lundi à Bamako pour une visite officielle.\n"
      + 'Mercredi, M. Thanh a été reçu en audience par le Président de la Transition.';
    expect(brief(text)).toEqual(['VN bamako 2026-03-09 visit', 'VN bamako 2026-03-11 audience']);
  });
  it('"la délégation" is the visiting delegation told just before, not ours', () => {
    const visitors = 'Une délégation émiratie a été reçue jeudi à la Primature.\nLe lendemain, la délégation a visité la centrale de Sélingué.';
    expect(brief(visitors)).toEqual(['AE bamako 2026-03-12 audience', 'AE bamako 2026-03-13 visit']);
    const ours = 'Une délégation émiratie a été reçue jeudi à la Primature.\nLe lendemain, la délégation malienne a visité la centrale de Sélingué.';
    expect(brief(ours)).toEqual(['AE bamako 2026-03-12 audience']);
  });
  it('a signing is placed where it happened, not in the city its funds are for', () => {
    const text = "L'ambassadeur du Koweït a été reçu mardi à la Primature. À l'issue de l'audience, un accord de prêt destiné à l'électrification de villages autour de Kayes a été signé.";
    expect(brief(text)).toEqual(['KW bamako 2026-03-10 audience', 'KW bamako 2026-03-10 agreement']);
  });
  it('a trip told as a mission to two countries is a visit to each; the later country gets the span, not its first day', () => {
    expect(brief('Le ministre des Transports a effectué du 2 au 4 mars une mission de travail au Ghana et au Togo.')).toEqual(['GH accra 2026-03-02 visit', 'TG lome 2026-03 visit']);
  });
  it('the later country of a trip is dated by the sentence that tells the arrival, and the two are one visit', () => {
    const text = 'Le ministre a conduit du 27 février au 3 mars une mission économique en Égypte et en Jordanie.\n'
      + "Au Caire, il a été reçu samedi par le Premier ministre égyptien.\nIl a ensuite gagné Amman, où il s'est entretenu lundi avec les responsables de la mairie d'Amman.";
    const r = run(text, '2026-03-04');
    expect(brief(text, '2026-03-04')).toEqual(['EG cairo 2026-02-27 visit', 'JO amman 2026-03 visit', 'EG cairo 2026-02-28 audience', 'JO amman 2026-03-02 talks']);
    expect(r.events.find((e) => e.partner === 'JO' && e.type === 'visit')?.sources).toHaveLength(2);
  });
  it('a trip told with the one act it was for is that act; with no act, it is a visit', () => {
    expect(brief("Le ministre s'est rendu à Niamey, où il a été reçu jeudi par le Président nigérien.")).toEqual(['NE niamey 2026-03-12 audience']);
    expect(brief("Le ministre a rallié Niamey hier, où il a salué la qualité de l'accueil.")).toEqual(['NE niamey 2026-03-12 visit']);
  });
  it('nationalities of course participants are not partners of the course', () => {
    expect(brief('Des policiers maliens, nigériens et tchadiens ont achevé jeudi à Niamey une formation organisée par la CEDEAO.')).toEqual(['ECOWAS niamey 2026-03-12 cooperation']);
  });
  it('"avant de quitter…" dates an act to the last day of the stay told before', () => {
    const text = "Le ministre béninois a séjourné à Bamako du 9 au 11 mars 2026.\nAvant de quitter la capitale, il a signé avec son homologue un accord sur la pêche.";
    expect(brief(text).at(-1)).toBe('BJ bamako 2026-03-11 agreement');
  });
  it('"en marge de" a session of several days is some day of it: the month, not the first day', () => {
    const text = 'Le ministre a pris part les 9 et 10 mars à Accra à la session ordinaire du Conseil de la CEDEAO.\n'
      + "En marge de la session, il s'est entretenu avec son homologue ghanéen.\nLe lendemain, il a été reçu par le Président togolais à Lomé.";
    expect(brief(text)).toEqual(['ECOWAS accra 2026-03-09 talks', 'GH accra 2026-03 talks', 'TG lome 2026-03-11 audience']);
  });
  it('a meeting "en marge de" a session keeps its own event even with the session’s partner', () => {
    const text = "Les ministres de l'UEMOA se sont réunis mardi et mercredi derniers à Lomé.\nEn marge de la réunion, le ministre a eu un entretien avec le président de la Commission de l'UEMOA.";
    expect(brief(text)).toEqual(['UEMOA lome 2026-03-10 talks', 'UEMOA lome 2026-03 talks']);
  });
  it('"au cours de son séjour" is a day of the stay, not the day told before', () => {
    const text = "Le ministre est arrivé mardi dernier à Dakar pour une réunion de la CEDEAO. Il a profité de son séjour pour rencontrer le Premier ministre sénégalais.";
    expect(brief(text)).toEqual(['ECOWAS dakar 2026-03-10 talks', 'SN dakar 2026-03 talks']);
  });
  it('the day a forum of several days closed is not the day of the talks held there', () => {
    const text = "Le ministre a pris part au Forum de Kazan, qui s'est achevé samedi dernier. En marge du forum, il a rencontré le vice-ministre russe de l'Industrie.";
    expect(brief(text)).toEqual(['RU kazan 2026-03 talks']);
  });
  it('talks by telephone or video are at home, whatever the partner', () => {
    expect(brief("Le ministre s'est entretenu hier par visioconférence avec son homologue indien.")).toEqual(['IN bamako 2026-03-12 talks']);
    expect(brief('Le Président a eu mardi un entretien téléphonique avec le Président du Kenya.')).toEqual(['KE bamako 2026-03-10 talks']);
  });
  it('a visit to a country is not placed in a city of another country told before', () => {
    const text = "Tournée du ministre : étape à Accra\nLe ministre a effectué mardi une visite de travail au Togo.";
    expect(brief(text)).toEqual(['TG lome 2026-03-10 visit']);
  });
  it('a contact "au siège de" an organisation is where it sits', () => {
    expect(brief("Le ministre a été reçu lundi au siège de l'Union africaine par le président de la Commission de l'Union africaine.")).toEqual(['AU addis-ababa 2026-03-09 audience']);
  });
  it('"les deux chefs de gouvernement" are ours and the visitor told just before', () => {
    const text = "Le Premier ministre togolais est arrivé mardi à Bamako pour une visite de travail.\nLes deux chefs de gouvernement ont eu mercredi un tête-à-tête sur la situation au Niger.";
    expect(brief(text)).toEqual(['TG bamako 2026-03-10 visit', 'TG bamako 2026-03-11 talks']);
  });
  it('a visiting minister’s communiqué: the two sides, the place of the stay, and thanks as no contact of their own', () => {
    const text = [
      "À l'invitation de son homologue, le ministre sénégalais des Affaires étrangères a effectué une visite de travail au Mali du 9 au 11 mars 2026.",
      'Les deux ministres ont tenu, le 9 mars, à Bamako, une séance de travail.',
      "Ils ont salué le rôle du Port autonome de Dakar. La partie sénégalaise a réitéré son soutien au dialogue avec les pays de la CEDEAO.",
      "À l'issue de la séance de travail, les deux ministres ont signé un accord de coopération culturelle.",
      "Au terme de sa visite, le ministre sénégalais a exprimé sa gratitude pour l'accueil reçu.",
    ].join('\n');
    expect(brief(text)).toEqual(['SN bamako 2026-03-09 visit', 'SN bamako 2026-03-09 talks', 'SN bamako 2026-03-09 agreement']);
  });
  it('words said with no partner named are more about the contact just told', () => {
    const text = "L'ambassadeur du Brésil a présenté lundi ses lettres de créance. Le diplomate a dit vouloir relancer la coopération dans la formation.";
    expect(brief(text)).toEqual(['BR bamako 2026-03-09 audience']);
  });
  it('an item of a round-up, under its heading, takes no place from the item before', () => {
    const text = [
      "Chine. Mercredi, à Pékin, le ministre de l'Agriculture a signé avec son homologue chinois un programme exécutif.",
      "Santé. Jeudi, le PNUD a remis au ministère de la Santé et du Développement social dix ambulances.",
    ].join('\n');
    expect(brief(text)).toEqual(['CN beijing 2026-03-11 agreement', 'UNDP bamako 2026-03-12 cooperation']);
  });
  it('a signing "avec des partenaires" does not take the partner of the text before', () => {
    const text = "L'ambassadeur de Chine a été reçu mardi. En 2025, six conventions ont été signées avec des partenaires arabes.";
    expect(brief(text)).toEqual(['CN bamako 2026-03-10 audience']);
  });
});
