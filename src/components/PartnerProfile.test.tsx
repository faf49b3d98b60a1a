import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { buildIndex } from '../model/event-index.ts';
import { makeLookups } from '../model/lookups.ts';
import { partnerProfile } from '../model/partner-profile.ts';
import { recordContext } from '../model/record-context.ts';
import type { Dataset } from '../model/schema.ts';
import type { Lang } from '../model/patterns.ts';
import { PartnerProfile } from './PartnerProfile.tsx';
import { makeDataset, makeEvent } from './fixtures.ts';

const signed = { title: { fr: 'Accord sur le nucléaire civil', en: 'Civil nuclear agreement' }, field: 'energy', status: 'signed' as const, url: 'https://example.org/accord' };

function show(dataset: Dataset, partner: string, lang: Lang = 'fr') {
  const index = buildIndex(dataset);
  const profile = partnerProfile(index, partner, recordContext(dataset, index));
  return render(
    <I18nProvider lang={lang}>
      <PartnerProfile profile={profile} name={partner === 'RU' ? 'Russie' : partner} focusName="Mali" updated={dataset.updated}
        lookups={makeLookups(dataset)} selectedId={null} eventHref={(id) => `?event=${id}`} closeHref="?" />
    </I18nProvider>,
  );
}

const fact = (name: string) => (document.querySelector(`[data-fact="${name}"] dd`) as HTMLElement).textContent;

describe('PartnerProfile', () => {
  const russia = makeDataset([
    makeEvent({ id: 'a', date: '2025-06-22', level: 'head-of-state', partnerLevel: 'official' }),
    makeEvent({ id: 'b', date: '2025-06-23', type: 'agreement', level: 'head-of-state', agreements: [signed] }),
    makeEvent({ id: 'c', date: '2025-11', place: 'bamako', level: 'minister' }),
  ]);

  it('says the measures, days since counted to the record\'s update, and the longest silence with its two contacts', () => {
    show(russia, 'RU');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Russie : le dossier');
    expect(fact('contacts')).toBe('3');
    expect(fact('last')).toContain('novembre 2025'); // month precision stays a month
    expect(fact('since')).toBe('31 jours au 31 décembre 2025');
    expect(fact('silence')).toMatch(/^131 jours.*Titre b.*23 juin 2025.*Titre c.*novembre 2025/);
    expect(fact('abroad')).toMatch(/^2dont 2 dans le pays du partenaire/);
    expect(fact('home')).toBe('1');
  });

  it('lists the agreement with its field, status, link, contact and sources, and the levels of both sides', () => {
    show(russia, 'RU', 'en');
    const ledger = screen.getByRole('heading', { name: 'Agreements signed' }).closest('section') as HTMLElement;
    expect(within(ledger).getByRole('link', { name: 'Civil nuclear agreement' })).toHaveAttribute('href', 'https://example.org/accord');
    expect(ledger).toHaveTextContent('Field: energy');
    expect(ledger).toHaveTextContent('Status: signed');
    expect(within(ledger).getByRole('link', { name: 'Title b' })).toHaveAttribute('href', '?event=b');
    expect(within(ledger).getByRole('link', { name: 'Maliweb' })).toBeInTheDocument();
    const focus = screen.getByRole('table', { name: 'Mali side' });
    expect(within(focus).getAllByRole('row').map((r) => r.textContent)).toEqual(['Head of state2', 'Minister1']);
    expect(within(screen.getByRole('table', { name: 'Partner side' })).getAllByRole('row').map((r) => r.textContent)).toEqual(['Diplomat or official1', 'Not stated2']);
  });

  it('leaves out levels and agreements for a record without them, says when there is no silence or no update date', () => {
    const plain = { ...makeDataset([makeEvent({ id: 'only', date: '2025-03-01' })]), updated: null };
    show(plain, 'RU');
    expect(screen.queryByRole('heading', { name: 'Niveaux' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Accords signés' })).not.toBeInTheDocument();
    expect(fact('silence')).toMatch(/^Aucun/);
    expect(fact('since')).toMatch(/^Inconnu/);
  });

  it('says so for a partner the record never met', () => {
    show(russia, 'US');
    expect(screen.getByText('Aucun contact avec ce partenaire dans ce fichier.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fermer le dossier' })).toHaveAttribute('href', '?');
  });
});
