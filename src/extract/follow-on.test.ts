// Round 7's turns of telling, each on a short text of our own: an act told in the
// wake of a dated one, and a weekday told with a pluperfect.
import { describe, expect, it } from 'vitest';
import { brief } from './fixtures.ts';

// Friday 13 March 2026 unless told.

describe('an act told in the wake of a dated one takes its day', () => {
  it.each([
    ['Dans la foulée, le ministre a reçu l’ambassadeur du Portugal.'],
    ['Dans la soirée, le ministre a accordé une audience à l’ambassadeur du Portugal.'],
    ['À l’issue de l’entretien, le ministre a reçu l’ambassadeur du Portugal.'],
    ['Ensuite, le ministre a reçu l’ambassadeur du Portugal.'],
  ])('%s', (sentence) => {
    const text = `Le ministre a reçu hier, jeudi 12 mars, l'ambassadeur d'Italie.\n\nLes deux hommes ont évoqué la coopération culturelle.\n\n${sentence}`;
    expect(brief(text)).toEqual(['IT bamako 2026-03-12 audience', 'PT bamako 2026-03-12 audience']);
  });
  it('goods handed over "dans l’après-midi" of a signing, the recipient told with a comma between', () => {
    const text = "L'ambassadeur de l'Inde et le ministre ont signé hier un accord de don.\n\nDans l'après-midi, l'ambassadeur a remis au ministère de l'Énergie, à Kati, un lot de panneaux solaires et 40 motopompes.";
    expect(brief(text)).toEqual(['IN bamako 2026-03-12 agreement', 'IN bamako 2026-03-12 cooperation']);
  });
  it('a day recalled in words said is not the day the next act follows', () => {
    const text = "L'ambassadeur du Ghana a été reçu hier par le ministre.\n\nLe ministre a rappelé que les relations entre les deux pays, nouées le 4 juin 1961, sont anciennes.\n\nDans la soirée, le ministre a reçu l'ambassadeur du Bénin.";
    expect(brief(text)).toEqual(['GH bamako 2026-03-12 audience', 'BJ bamako 2026-03-12 audience']);
  });
  it('with no day told before, "dans la foulée" keeps the month', () => {
    expect(brief("Dans la foulée, le ministre a reçu l'ambassadeur du Bénin.")).toEqual(['BJ bamako 2026-03 audience']);
  });
});

describe('a weekday with a pluperfect is before the time of the story', () => {
  it('on the publication’s own weekday it is the week before', () => {
    // Wednesday 11 March 2026.
    const text = "Mercredi déjà, l'Allemagne avait remis au ministère de l'Éducation, à Ségou, trente ordinateurs.";
    expect(brief(text, '2026-03-11')).toEqual(['DE segou 2026-03-04 cooperation']);
  });
  it('"mardi dernier déjà" with a pluperfect', () => {
    const text = "Mardi dernier déjà, la partie japonaise avait offert au ministère de la Santé, à Kayes, vingt ambulances.";
    expect(brief(text)).toEqual(['JP kayes 2026-03-10 cooperation']);
  });
  it('a weekday with a passé composé on publication day stays that day', () => {
    expect(brief("Mercredi, l'Allemagne a remis au ministère de l'Éducation, à Ségou, trente ordinateurs.", '2026-03-11')).toEqual(['DE segou 2026-03-11 cooperation']);
  });
});
