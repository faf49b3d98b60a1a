// What a sentence that looks like a contact may not report: a contact that has
// not happened (a plan, a future tense), one that did not happen (a negation),
// or words addressed to the press rather than to a partner. Each rule returns
// the reason, for the reviewer; null when the sentence may report a contact.
import { fold } from './text.ts';

// Agreeing or deciding to do something: the thing agreed is to come, the agreeing is no contact.
const AGREED = '(?:convenue?s?|decidee?s?|resolue?s?|engagee?s?|accordee?s?|promis)';
const TO_DO = "(?:de |d'|a |pour )(?:se |s')?[a-z]+(?:er|ir|re)\\b";

// Future tense and plans. The verbs are the ones contacts are told with; a
// sentence that also has a past contact verb ("a reçu hier …, et se rendra
// demain …") is kept: the past act is real.
const FUTURE = new RegExp(
  [
    "\\b(?:sera|seront|aura|auront|ira|iront|fera|feront)\\b",
    "\\b(?:se |s')?(?:rend|tiend|recev|rencontrer|signer|participer|effectuer|organiser|accueiller|prend|conduir|animer|presider|ouvrir|proceder|reunir|retrouver|entretenir|deplacer)r?(?:a|ont)\\b",
    "\\b(?:est|sont) (?:prevue?s?|programmee?s?|attendue?s?|envisagee?s?|annoncee?s?)\\b",
    // "initialement annoncée pour décembre": a date set for an act to come
    "\\bannoncee?s? pour (?:le |la |les |fin |debut |mi |courant |\\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    "\\bprevue?s? (?:a|au|aux|pour|le|la|les|en|d'ici|dans)\\b",
    // "est évoquée pour le début de l'année 2027", "est fixée au 3 mai", "est souhaitée d'ici juin": a time set for an act to come
    "\\b(?:est|sont) (?:\\w+ )?(?:evoquee?s?|fixee?s?|arretee?s?|retenue?s?|souhaitee?s?|esperee?s?|planifiee?s?|calee?s?|a l'etude|en preparation|en gestation) (?:pour|au|a|en|d'ici|dans)\\b",
    // "pour le début de l'année 2027", "pour la fin du mois prochain": a time to come
    "\\bpour (?:le |la |l')?(?:debut|fin|courant|milieu|premier semestre|second semestre|deuxieme semestre) (?:de l'annee |de l'an |du mois |de |d'|du )?(?:\\d{4}|prochaine?|de l'annee\\b|de l'an\\b|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b",
    "\\bdevr(?:ait|aient|a|ont)\\b",
    // "devait également être reçu ce samedi", "devait se tenir à Kayes": meant to happen, not told as done
    // (kept when a past act is told too: "…, a finalement eu lieu à Ségou")
    "\\bdevai(?:t|ent) (?:\\w+ment |aussi |encore |ensuite )?(?:etre |se |s')?[a-z]+(?:er|ir|re)\\b",
    "\\b(?:envisage|envisagent|projette|projettent|compte se|comptent se)\\b",
    "\\bd'ici (?:la fin|le|la|quelques|peu)\\b",
    "\\bdans les (?:prochains|prochaines) (?:jours|semaines|mois)\\b",
    // "ont convenu de se retrouver", "sont convenues de tenir", "ont décidé d'organiser": agreed, to come
    `\\b(?:ont|a|sont|est|se sont|s'est) (?:\\w+ )?${AGREED} ${TO_DO}`,
    // "une invitation à effectuer une visite", "a été invité à prendre part": an act one is asked to
    "\\binvit(?:ation|ee?)s? (?:a|pour) (?:effectuer|se rendre|visiter|venir|participer|prendre part|assister|rencontrer)\\b",
  ].join('|'),
);

// The future and the conditional told by the verb's ending, whatever the verb:
// "partiront", "accueillera", "prendrait", "recevra". Only words written in
// lower case (names such as "Oliveira" are not verbs), and a few nouns aside.
// "aurait" is left out: "aurait reçu" reports a past act.
// In the first person too, in an interview: "je me rendrai", "nous signerons".
const FUTURE_FORM = /\b[a-z]{2,}(?:ront|eraient|iraient|draient|vraient|rraient|erait|irait|drait|vrait|rrait|era|ira|dra|vra|rra|erai|irai|drai|vrai|rrai|erons|irons|drons|vrons|rrons)\b/g;
const NOT_A_VERB = /^(?:front|affront|opera|camera|riviera|tundra|chimera|guerra|sierra|environs|avirons|potirons|chevrons|marrons|ferons)$/;
// "va signer", "vont se rendre", "allait recevoir": the near future.
const NEAR_FUTURE = /\b(?:va|vont|allait|allaient) (?:se |s'|y )?[a-z]+(?:er|ir|re)\b/;
// "le mois prochain", "la semaine prochaine", "l'an prochain": a time to come; and "a annoncé
// l'organisation prochaine d'un forum", "la prochaine visite": an act to come, even when only a
// speech verb is told (kept when the sentence also tells a past act).
const TIME_TO_COME = /\b(?:la semaine|le mois|l'annee|l'an|le trimestre|la session|l'edition) prochaine?\b|\bprochaine?s? (?:semaines?|mois|annees?|jours)\b|\b(?:organisation|tenue|signature|visite|session|edition|reunion|rencontre|ouverture|mission)s? prochaines?\b|\bprochaine?s? (?:visite|session|edition|reunion|rencontre|mission|sommet|forum|commission)s?\b/;

/** Does the sentence tell of something still to come, by tense or by a time phrase? */
export function toCome(sentence: string): boolean {
  const text = fold(sentence);
  if (FUTURE.test(text) || NEAR_FUTURE.test(text) || TIME_TO_COME.test(text)) return true;
  FUTURE_FORM.lastIndex = 0;
  for (let m = FUTURE_FORM.exec(text); m; m = FUTURE_FORM.exec(text)) {
    if (!NOT_A_VERB.test(m[0]) && sentence[m.index] === sentence[m.index]?.toLowerCase()) return true;
  }
  return false;
}

// Background: a record over years, a habit, a count of people trained. "Depuis
// 2023, 400 cadres ont été formés", "chaque année": no single contact. "depuis"
// opens the sentence or a clause ("la première visite depuis dix ans" is one).
const BACKGROUND = new RegExp(
  [
    "(?:^\\W*|, )depuis (?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )?(?:\\d{4}|(?:plus de |pres de )?\\d+ ans|(?:plusieurs|des|de nombreuses) (?:annees|decennies)|sa creation|l'independance)\\b",
    // "Depuis le début de l'année", "depuis janvier", "depuis plusieurs mois": a running total.
    "(?:^\\W*|, )depuis (?:le debut (?:de l'annee|de l'exercice|du mois|de la transition|de son mandat|de la crise)|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b|(?:plusieurs|quelques|de longs|des) mois|lors|sa nomination|sa prise de fonction)\\b",
    // "Pour rappel, l'Alliance a été créée…", "rappelant le succès du forum d'avril 2025": the past recalled.
    "(?:^\\W*|, )pour (?:rappel|memoire)\\b|\\brappelant (?:le|la|les|l'|que|qu'|au passage)\\b",
    // "Au cours des trois dernières années", "ces dernières années", "à ce jour", "au total".
    "\\bau cours des (?:\\w+ )?(?:dernieres annees|derniers mois|annees ecoulees)\\b|\\bces (?:dernieres annees|derniers mois)\\b|\\bau fil des (?:ans|annees)\\b|\\bchaque (?:annee|mois|semaine)\\b|\\btous les ans\\b",
    // a count of people trained: "plus de 400 cadres ont été formés"
    "\\b(?:\\d[\\d\\s.]*|des centaines|des milliers|plusieurs centaines) (?:de |d')?(?:\\w+ ){0,2}(?:ont ete|sont|avaient ete) (?:formes|formees|diplomes|diplomees|accueillis|accueillies)\\b",
  ].join('|'),
);

// A past act: auxiliary + participle, read with accents ("à une" is no act,
// "a reçu" is), in the first person too ("j'ai rencontré", "nous avons été reçus": an interview). Speech verbs ("a annoncé qu'un atelier sera organisé") do not
// make a planned contact past; neither does "prévu".
const PAST = /(?:(?<![\p{L}'])(?:a|ont|avait|avaient|s'est|se sont|s'était|est|sont|avons|avions|sommes|suis)|(?<=j')(?:ai|avais))\s+(?:(?:ensuite|déjà|également|aussi|notamment|successivement|hier|récemment|été|eu|d'ores et déjà|en outre|\p{L}+ment)\s+)*(\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|int|inte))(?![\p{L}])/gu;
const NOT_AN_ACT = /^(?:prevu|programme|attendu|envisage|annonce|indique|precise|declare|affirme|souligne|confie|explique|rappele|estime|ajoute|assure|promis|dit|ete|appele|invite|cense|charge|evoque|fixe|souhaite|espere|planifie|cale)(?:e|s|es)?$/;

// "ont convenu de se retrouver": the agreeing is told, the act is to come. "a adressé une invitation
// à effectuer une visite": handing over an invitation is not the visit.
const AGREED_TO = new RegExp(`^${AGREED}$`);
const DOES = new RegExp(`^ ${TO_DO}`);
const INVITING = /^(?:adresse|transmis|remis|lance|renouvele|reitere|invite|accepte)e?s?$/;
const INVITATION = /\binvit(?:ation|ee?)s? (?:a|pour) /;

/** Past act verbs of a sentence, speech verbs aside. */
function pastActs(sentence: string): string[] {
  const text = sentence.toLowerCase().replace(/[’ʼ`]/g, "'");
  const invitation = INVITATION.test(fold(sentence));
  PAST.lastIndex = 0;
  const out: string[] = [];
  for (let m = PAST.exec(text); m; m = PAST.exec(text)) {
    const verb = fold(m[1] ?? '');
    const agreed = AGREED_TO.test(verb) && DOES.test(fold(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
    if (!NOT_AN_ACT.test(verb) && !agreed && !(invitation && INVITING.test(verb))) out.push(verb);
  }
  return out;
}

// Negation that governs a contact word: "n'a pas pu rencontrer", "n'a signé
// aucun accord", "ne participera pas", "aucune rencontre n'a eu lieu".
const CONTACT_WORD = /\b(?:rencontr\w*|recu\w*|recev\w*|sign\w*|conclu\w*|particip\w*|entretenu\w*|entretien\w*|rendu\w*|rendr\w*|eu lieu|lieu|visit\w*|assist\w*|audiences?|accords?|reunion\w*|sommets?|discussions?|echanges?|receptions?)\b/;
const NEGATION = /\bn(?:e\s+|')((?:[a-z'-]+\s+){0,4}?)(?:pas|plus|jamais|point|aucune?|nullement|guere)\b((?:\s+[a-z'-]+){0,4})/g;
const NO_CONTACT = /\b(?:aucune?|nulle|pas d'|pas de|sans) (?:\w+ )?(?:rencontre|audience|entretien|visite|accord|reunion|discussion|contact|echange|signature)s?\b|\bsans (?:rencontrer|signer|recevoir)\b/;

/** The contact words of a negated clause, if any. */
function negated(text: string): boolean {
  if (NO_CONTACT.test(text)) return true;
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(text); m; m = NEGATION.exec(text)) {
    if (CONTACT_WORD.test(`${m[1] ?? ''} ${m[2] ?? ''}`)) return true;
  }
  return false;
}

// A contact that was meant to happen and did not: an absence, a cancellation.
// Put off in any words: "a été repoussée à l'année prochaine", "différée", "reportée sine die".
const UNREALISED = /\b(?:etait|etaient|est|sont|a ete|ont ete) (?:\w+ )?absente?s?\b|\b(?:a|ont|est|sont|a du etre|ont du etre) (?:ete |finalement |de nouveau |encore ){0,2}(?:annulee?s?|reportee?s?|ajournee?s?|repoussee?s?|differee?s?|suspendue?s?|renvoyee?s?|decalee?s?)\b/;

// The press as the one spoken to: a briefing, an interview, a statement.
const PRESS = /\b(?:point|conference|rencontre|briefing|declaration)s? de presse\b|\b(?:a|avec|devant|aux?) (?:la presse|les journalistes|des journalistes|les medias|la television|la radio|nos confreres)\b|\binterview\b|\bentretien (?:accorde|exclusif) a\b/;
// …unless a partner is met in the same act: a joint press conference, a signing.
const PRESS_WITH_PARTNER = /\bconjointe?s?\b|\bhomologue\b|\bsign\w*\b/;

// "J'ai ensuite rencontré nos compatriotes", "a rencontré, dans un hôtel, les représentants de la communauté
// ghanéenne vivant au Mali": a traveller meeting their own people abroad, not the partner.
const OWN_PEOPLE = /\b(?:rencontr|recu|echange|entretenu|rendu visite)\w*\b(?:(?!\b(?:qui|dont|avec qui|sur|aupres)\b)[^.;]){0,70}?\b(?:(?:nos|ses|leurs) compatriotes|(?:la|sa|leur|notre|les|des) (?:communautes?|diasporas?|ressortissants)\b)/;

/** Why the sentence does not report a contact that took place, or null. */
export function notAContact(sentence: string): string | null {
  const text = fold(sentence);
  // "Avez-vous rencontré des responsables saoudiens ?": an interviewer's question tells no act.
  if (/\?[\s»"”]*$/.test(sentence)) return 'a question, not a report of a contact';
  if (PRESS.test(text) && !PRESS_WITH_PARTNER.test(text)) return 'words to the press, not a contact with a partner';
  if (OWN_PEOPLE.test(text)) return 'a meeting with one’s own community abroad, not a contact with a partner';
  if (negated(text)) return 'negated: the contact did not take place';
  if (UNREALISED.test(text)) return 'absent, cancelled or put off: the contact did not take place';
  if (toCome(sentence) && pastActs(sentence).length === 0) return 'future or planned: not a contact that took place';
  if (BACKGROUND.test(text)) return 'background (a record, a total, a habit): not one contact';
  return null;
}

/** A date after the reference day in a sentence with no past act is a plan. */
export function plannedByDate(sentence: string): boolean {
  return pastActs(sentence).length === 0;
}

// Words said at a contact: "a souligné", "a transmis les salutations de", "a indiqué que…".
const SAID = 'souligne|indique|declare|salue|transmis|reaffirme|exprime|remercie|assure|rappele|precise|affirme|plaide|insiste|note|estime|confie|annonce|evoque|felicite|explique|ajoute|promis|dit|presente|formule|renouvele|temoigne|fait part|fait savoir';
const SAID_VERB = new RegExp(`\\b(?:a|ont|avait|avaient)\\b[^.;:]{0,40}?\\b(?:${SAID})e?s?\\b`);
const SAID_WORD = new RegExp(`^(?:${SAID})(?:e|s|es)?$`);
// What follows "a indiqué que" is what was said, not an act of the sentence.
const REPORTED = new RegExp(`\\b(?:${SAID})e?s? (?:que|qu')`);

// "Reçu lundi par le président…, il a évoqué…": a clause opened by the act's participle tells the act.
const OPENED_BY_ACT = /^\W*(?:recue?s?|accueillie?s?|arrivee?s?|reunie?s?) (?:\w+ ){0,4}?(?:par|a|au|en|avec)\b/;

/** Does the sentence only tell what someone said ("L'ambassadeur a, pour sa part, souligné…",
 * "il a transmis les salutations de…"), with no act of its own? */
export function onlyWords(sentence: string): boolean {
  const text = fold(sentence);
  if (!SAID_VERB.test(text) || OPENED_BY_ACT.test(text)) return false;
  const cut = REPORTED.exec(text);
  return pastActs(cut ? sentence.slice(0, cut.index + cut[0].length) : sentence).every((v) => SAID_WORD.test(v));
}
