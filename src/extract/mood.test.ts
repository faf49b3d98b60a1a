import { describe, expect, it } from 'vitest';
import { notAContact } from './mood.ts';

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
