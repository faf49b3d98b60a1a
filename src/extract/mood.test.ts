import { describe, expect, it } from 'vitest';
import { notAContact, onlyWords } from './mood.ts';

describe('sentences that look like contacts but report none', () => {
  it.each([
    ["Le ministre s'est longuement entretenu avec les journalistes sur la coopération avec le partenaire chinois."],
    ['Au terme de sa visite, le chef de la diplomatie a animé une conférence de presse sur les relations avec la Turquie.'],
    ["L'ambassadeur d'Italie a déclaré à la presse que son pays soutient la transition."],
    ['Dans une interview à la télévision nationale, le ministre est revenu sur ses entretiens avec les autorités russes.'],
  ])('words to the press: %s', (s) => {
    expect(notAContact(s)).toMatch(/press/);
  });
  it.each([
    ['Le Premier ministre se rendra la semaine prochaine à Abidjan pour une visite de travail.'],
    ["Une rencontre avec le ministre ghanéen est prévue à Accra au mois de mai."],
    ["Le ministre a annoncé qu'un accord de coopération sera signé avec le Qatar avant la fin de l'année."],
    ['Les deux délégations devraient se retrouver à Niamey dans les prochaines semaines.'],
  ])('a plan: %s', (s) => {
    expect(notAContact(s)).toMatch(/future|planned/);
  });
  it.each([
    ['Les deux présidents ont convenu de se revoir lors de la prochaine réunion de la CEDEAO à Abuja.'],
    ['Les deux parties sont convenues de tenir la prochaine commission mixte à Dakar en 2028.'],
    ["Les ministres se sont engagés à organiser un forum d'affaires à Conakry."],
    ["Le ministre ivoirien a adressé à son homologue malien une invitation à effectuer une visite officielle à Abidjan."],
    ['Le Premier ministre a été invité à prendre part au sommet de Doha.'],
  ])('agreed or invited to, so still to come: %s', (s) => {
    expect(notAContact(s)).toMatch(/future|planned/);
  });
  it.each([
    ["Le ministre a reçu l'ambassadeur du Japon, qui lui a remis une invitation à se rendre à Tokyo."],
    ['Les deux ministres ont signé un accord et ont convenu de se revoir à Accra.'],
  ])('an act told with what was agreed or invited to is kept: %s', (s) => {
    expect(notAContact(s)).toBeNull();
  });
  it.each([
    ["À Abidjan, j'ai ensuite rencontré nos compatriotes à la Maison du Mali."],
    ['Avant son départ, le Président nigérien a rencontré, dans un grand hôtel de la capitale, les représentants de la communauté nigérienne de Bamako.'],
    ["Le ministre s'est entretenu avec la diaspora malienne de Paris."],
  ])('a meeting with one’s own people abroad: %s', (s) => {
    expect(notAContact(s)).toMatch(/own community/);
  });
  it('a contact with a partner who speaks of a community is kept', () => {
    expect(notAContact("Le ministre a reçu l'ambassadeur du Gabon, qui a évoqué la situation de la communauté malienne.")).toBeNull();
  });
  it.each([
    ["Le ministre n'a pas pu rencontrer son homologue tchadien, retenu à N'Djamena."],
    ["Le Mali n'a signé aucun accord avec la Banque mondiale sur ce dossier."],
    ['Aucune audience n’a été accordée à la délégation de la CEDEAO.'],
    ['Le Mali ne participera pas à la réunion de Lomé.'],
  ])('a negation: %s', (s) => {
    expect(notAContact(s)).toMatch(/negated/);
  });
  it.each([
    ["Le ministre a reçu hier l'ambassadeur du Japon, qui se rendra ensuite à Ségou."],
    ['Le diplomate, dont le pays n’avait plus de mission à Bamako depuis dix ans, a été reçu au ministère.'],
    ['Les deux ministres ont animé une conférence de presse conjointe après la signature de l’accord.'],
    ['Trois conventions ont été signées à Rabat.'],
  ])('a contact that took place: %s', (s) => {
    expect(notAContact(s)).toBeNull();
  });
});

describe('a contact that was meant to happen and did not', () => {
  it.each([
    ["Le représentant de l'OMS, qui devait prendre part à la rencontre, était absent."],
    ['La visite du ministre indien a été reportée à une date ultérieure.'],
  ])('%s', (s) => {
    expect(notAContact(s)).toMatch(/absent|cancelled/);
  });
});

describe('a time to come, read from the verb ending rather than a list of verbs', () => {
  it.each([
    ['Une vingtaine de douaniers maliens séjourneront à Abidjan en juillet pour un stage.'],
    ["La délégation nigérienne visitera la centrale solaire de Kita."],
    ["Le Président accueillerait son homologue togolais à Koulouba, selon une source diplomatique."],
    ['Les deux ministres vont signer un accord sur le transport routier.'],
    ["Un atelier avec le PNUD se tient à Ségou le mois prochain."],
    ["Le chef de la diplomatie recevra l'envoyé spécial du Qatar."],
  ])('%s', (s) => {
    expect(notAContact(s)).toMatch(/future/);
  });
  it.each([
    ["Le ministre a reçu lundi M. João Oliveira, ambassadeur du Portugal."],
    ["L'ambassadeur de Sierra Leone a présenté ses lettres de créance hier."],
    ['Le ministre a visité le front de mer de Dakar avec son homologue sénégalais.'],
  ])('a past act whose words only look like a future: %s', (s) => {
    expect(notAContact(s)).toBeNull();
  });
});

describe('background: a record over years or a habit, not one contact', () => {
  it.each([
    ['Depuis 2019, près de 250 étudiants maliens ont été accueillis dans les universités marocaines.'],
    ['Au fil des ans, la coopération avec le Japon a permis la formation de centaines de cadres.'],
    ["Chaque mois, l'ambassade de Turquie organise une formation pour les artisans."],
    ['Plus de 1 200 infirmiers ont été formés grâce au partenariat avec Cuba.'],
  ])('%s', (s) => {
    expect(notAContact(s)).toMatch(/background/);
  });
  it.each([
    ["Depuis le début de l'année, le pays a conclu six conventions avec des bailleurs arabes."],
    ['Depuis janvier, trois délégations chinoises ont été reçues au ministère.'],
    ['Au cours des deux dernières années, la BAD a signé quatre accords de prêt avec le Mali.'],
    ['Ces dernières années, les rencontres avec les autorités turques se sont multipliées.'],
    ['Le ministre a rappelé que, depuis sa nomination, il a reçu tous les ambassadeurs accrédités.'],
  ])('a running total: %s', (s) => {
    expect(notAContact(s)).toMatch(/background/);
  });
  it('a contact during a stay that began earlier is not background', () => {
    expect(notAContact("Depuis son arrivée lundi à Accra, le ministre a rencontré son homologue ghanéen.")).toBeNull();
  });
  it('a first visit "depuis dix ans" is still a visit', () => {
    expect(notAContact("Le ministre ghanéen a effectué hier à Bamako sa première visite depuis plusieurs années.")).toBeNull();
  });
});

describe('plans and put-off contacts told in other words', () => {
  it.each([
    ["Le représentant de l'OMS a annoncé la tenue prochaine, à Genève, d'une réunion sur le paludisme."],
    ["L'ambassadeur a évoqué la prochaine session de la commission mixte avec le Niger."],
    ["La visite à Kayes du ministre tchadien, annoncée pour fin mai, suscite déjà l'intérêt des opérateurs."],
  ])('an act to come: %s', (s) => {
    expect(notAContact(s)).toMatch(/future|planned/);
  });
  it.each([
    ["La réunion avec la délégation nigériane, prévue lundi à Kayes, a été repoussée à une date ultérieure."],
    ["La signature de l'accord avec la Banque mondiale a finalement été différée."],
    ["Le forum Mali-Maroc, qui devait se tenir en mai, est suspendu."],
  ])('put off: %s', (s) => {
    expect(notAContact(s)).toMatch(/put off/);
  });
  it('an audience told with a plan is still an audience', () => {
    expect(notAContact("Le ministre a reçu hier l'ambassadeur du Ghana, avec qui il a évoqué la prochaine visite du président ghanéen.")).toBeNull();
  });
});

describe('sentences that only tell what was said', () => {
  it.each([
    ["L'ambassadeur nigérian a, de son côté, salué la qualité des relations entre Abuja et Bamako."],
    ["Au sortir de l'entretien, le diplomate portugais a indiqué que son pays a déjà financé trois écoles."],
    ["Il a transmis au ministre les salutations du président ghanéen et réaffirmé son soutien."],
  ])('%s', (s) => {
    expect(onlyWords(s)).toBe(true);
  });
  it.each([
    ["L'ambassadeur a remis ses lettres de créance et salué l'accueil reçu."],
    ["Le ministre a souligné l'importance de l'accord qu'il a signé avec le Japon."],
    ["La délégation a été reçue hier par le ministre."],
  ])('an act told beside words: %s', (s) => {
    expect(onlyWords(s)).toBe(false);
  });
});

