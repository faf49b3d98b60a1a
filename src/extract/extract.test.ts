import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactEvent, Place } from '../model/schema.ts';
import { score } from './evaluate.ts';
import { extractCandidates } from './extract.ts';

const home: Place = { id: 'bamako', name: { fr: 'Bamako', en: 'Bamako' }, country: 'ML', lat: 12.64, lon: -8 };
const article = readFileSync('test-fixtures/articles/audiences-primature.txt', 'utf8');
const run = (text: string, published: string | null = '2026-03-13') =>
  extractCandidates(text, { sourceId: 'fixture', published, focus: 'ML', home, known: { partners: [{ id: 'CA', kind: 'country' }], places: [home] } });

describe('extractCandidates', () => {
  const result = run(article);
  const byPartner = (id: string) => result.events.find((e) => e.partner === id);

  it('makes one audience per envoy received in turn, at home, dated from "hier jeudi"', () => {
    for (const id of ['TR', 'CA', 'UNDP']) {
      expect(byPartner(id)).toMatchObject({ type: 'audience', place: 'bamako', date: '2026-03-12', dateBasis: 'inferred' });
    }
    expect(byPartner('TR')?.people).toEqual(['Kemal Yilmaz']);
    expect(byPartner('CA')?.people).toEqual(['Claire Martin']);
  });

  it('quotes each event with a sentence found verbatim in the article', () => {
    for (const e of result.events) for (const s of e.sources) expect(article).toContain(s.quote);
  });

  it('does not turn a follow-up sentence into a second contact', () => {
    expect(result.events.filter((e) => e.partner === 'UNDP')).toHaveLength(1);
  });

  it('places talks abroad in the city named, with a new place record from the gazetteer', () => {
    expect(byPartner('DZ')).toMatchObject({ type: 'talks', place: 'algiers', date: '2026-03-10', dateBasis: 'inferred' });
    expect(result.places.find((p) => p.id === 'algiers')).toMatchObject({ name: { fr: 'Alger', en: 'Algiers' }, country: 'DZ' });
    expect(result.places.find((p) => p.id === 'algiers')?.lat).toBeCloseTo(36.73, 1);
  });

  it('lists the partners the base lacks, organisations with names', () => {
    expect(result.partners.map((p) => p.id).sort()).toEqual(['DZ', 'TR', 'UNDP']);
    expect(result.partners.find((p) => p.id === 'UNDP')).toMatchObject({ kind: 'organisation', name: { fr: 'PNUD' } });
  });

  it('falls back to the publication month, inferred, when no date is near, and says so', () => {
    const r = run(readFileSync('test-fixtures/articles/stage-dakar.txt', 'utf8'));
    const sn = r.events.find((e) => e.partner === 'SN');
    expect(sn).toMatchObject({ type: 'cooperation', place: 'dakar', date: '2026-03', dateBasis: 'inferred' });
    expect(r.notes[sn?.id ?? '']?.join(' ')).toMatch(/no date phrase/);
  });

  it('leaves the date empty for review when an undated article says "ce matin"', () => {
    const r = run("L'ambassadeur de Chine a été reçu ce matin à la Primature.", null);
    expect(r.events[0]).toMatchObject({ partner: 'CN', date: null, place: 'bamako' });
  });
});

describe('score', () => {
  it('counts precision over candidates and recall over curated events', () => {
    const { events } = run(article);
    const first = events[0];
    if (!first) throw new Error('no candidate');
    const curated: ContactEvent[] = [
      { ...first, date: first.date ?? '2026' },
      { ...first, id: 'other', partner: 'FR', date: '2026' },
    ];
    const exact = score(events, curated)[0];
    expect(exact?.recall).toBe(0.5);
    expect(exact?.precision).toBeCloseTo(1 / events.length);
  });
});
