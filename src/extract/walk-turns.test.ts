// Round 6's turns of telling, each on a short text of our own: an interview in the
// first person, a stopover on the way home, a visitor leaving.
import { describe, expect, it } from 'vitest';
import { brief } from './fixtures.ts';

// Friday 13 March 2026.

describe('trips told in other forms', () => {
  it('an interview in the first person: a tour, acts hosted abroad with no country named, and no meeting with our own people', () => {
    const text = [
      "Le ministre a effectué du 2 au 8 mars une tournée qui l'a conduit au Niger et au Tchad.",
      "Journaliste : Qu'avez-vous fait au Niger ?",
      'Le ministre : À Niamey, nous avons été reçus le mardi 3 mars par le Président de la République. J’ai ensuite rencontré nos compatriotes.',
      'Journaliste : Et au Tchad ?',
      "Le ministre : Nous sommes arrivés à N'Djamena le jeudi 5 mars. J'ai également été reçu par le Premier ministre. À Abéché, j'ai eu le samedi 7 mars une séance de travail avec le gouverneur.",
    ].join('\n');
    expect(brief(text)).toEqual([
      'NE niamey 2026-03-02 visit', 'TD n-djamena 2026-03-05 visit', 'NE niamey 2026-03-03 audience',
      'TD n-djamena 2026-03-05 audience', 'TD abeche 2026-03-07 talks',
    ]);
  });
  it('a stopover on the way home is a stay of its own, and where money would go "au Mali" is not where the talks were', () => {
    const text = "Le ministre a effectué du 2 au 6 mars une mission en Chine. Sur le chemin du retour, il a fait escale à Douchanbé, où il s'est entretenu jeudi avec le ministre tadjik des projets d'investir au Mali.";
    expect(brief(text)).toEqual(['CN beijing 2026-03-02 visit', 'TJ dushanbe 2026-03 visit', 'TJ dushanbe 2026-03-05 talks']);
  });
  it('leaving: "a quitté Bamako" ends a stay in Bamako, not a visit to the visitor’s capital', () => {
    const text = "Le Président sénégalais a quitté Bamako hier, au terme d'une visite de deux jours. Arrivé mercredi en fin de matinée, le chef de l'État sénégalais avait été accueilli par le Président de la Transition.";
    expect(brief(text)).toEqual(['SN bamako 2026-03-12 visit', 'SN bamako 2026-03-11 visit']);
  });
});
