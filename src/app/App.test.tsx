// The composed page in jsdom: URL → dataset → views, with an in-memory URL.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryUrl } from '../adapters/url/memory-url.ts';
import { App } from './App.tsx';

// One panel that throws stands for any failing view: the others must keep working.
vi.mock('../adapters/charts/PartnersChart.tsx', () => ({
  PartnersChart: () => {
    throw new Error('chart exploded');
  },
}));

function renderAt(search: string) {
  const url = createMemoryUrl(search);
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught panel error
  const view = render(<App url={url} />);
  return { url, ...view };
}

const cards = () => document.querySelectorAll('[data-event]');

describe('App', () => {
  it('shows every bundled contact, in French by default', async () => {
    renderAt('view=list');
    expect(await screen.findByRole('heading', { level: 1, name: /contacts diplomatiques du Mali/i })).toBeInTheDocument();
    expect(screen.getAllByText('15 sur 15 contacts').length).toBeGreaterThan(0);
    expect(cards()).toHaveLength(15);
    await waitFor(() => expect(document.querySelector('main')?.getAttribute('data-ready')).toBe('true'));
  });

  it('restores filters from the URL and back/forward', async () => {
    const { url } = renderAt('view=list&country=RU');
    await screen.findAllByText('5 sur 15 contacts');
    expect(cards()).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: /Réinitialiser les filtres/ }));
    expect(url.read()).toBe('view=list');
    expect(cards()).toHaveLength(15);
    act(() => url.back());
    expect(cards()).toHaveLength(5);
  });

  it('counts each type and partner in what the other filters keep', async () => {
    renderAt('view=list&country=RU');
    await screen.findAllByText('5 sur 15 contacts');
    const types = within(screen.getByRole('group', { name: 'Types de contact' }));
    // Russia's five: 2 visits, 2 talks, 1 agreement; the bundled set's 6 audiences are none of Russia's.
    expect(types.getByRole('checkbox', { name: /Visite officielle\s+2 contacts/ })).toBeInTheDocument();
    expect(types.getByRole('checkbox', { name: /Audience\s+0 contact/ })).toBeInTheDocument();
    await userEvent.click(types.getByRole('checkbox', { name: /Visite officielle/ }));
    expect(cards()).toHaveLength(2);
    // Ticking a type does not change what the other types would add.
    expect(types.getByRole('checkbox', { name: /Accords signés\s+1 contact/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /1 partenaire choisi/ }));
    expect(screen.getByRole('checkbox', { name: /Russie\s+2 contacts/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /États-Unis\s+0 contact/ })).toBeInTheDocument();
  });

  it('says which link values it ignored, and dismisses the line', async () => {
    renderAt('view=list&country=ZZ&from=2025-13-45');
    const notice = await screen.findByText(/Ignoré dans le lien/);
    expect(notice.textContent).toMatch(/country=ZZ/);
    expect(notice.textContent).toMatch(/from=2025-13-45/);
    expect(cards()).toHaveLength(15);
    await userEvent.click(within(notice.closest('.notice') as HTMLElement).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByText(/Ignoré dans le lien/)).toBeNull();
  });

  it('puts on a named look from newsroom.config.json with its credit line, and says when the build has no look of that name', async () => {
    const { unmount } = renderAt('view=list&look=echo-du-sahel&lang=en');
    expect(await screen.findByText('L’Écho du Sahel · graphics desk')).toBeInTheDocument();
    expect(document.documentElement.dataset.look).toBe('echo-du-sahel');
    unmount();
    renderAt('view=list&look=sepia');
    expect((await screen.findByText(/Ignoré dans le lien/)).textContent).toMatch(/look=sepia \(aucun habillage de ce nom\)/);
    expect(document.documentElement.dataset.look).toBeUndefined();
    expect(screen.queryByText(/L’Écho du Sahel/)).toBeNull();
  });

  it('switches language through the URL', async () => {
    const { url } = renderAt('view=list');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(new URLSearchParams(url.read()).get('lang')).toBe('en');
    expect(await screen.findByRole('heading', { level: 1, name: /Mali's diplomatic contacts/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the other panels working when one panel fails', async () => {
    renderAt('view=partners,list');
    const failed = await screen.findByText(/Ce panneau n’a pas pu s’afficher/);
    expect(failed.closest('[data-panel]')?.getAttribute('data-panel')).toBe('partners');
    expect(cards()).toHaveLength(15);
  });
});

describe('keepUnchanged', () => {
  it('keeps lists whose values did not change, so memoised series are not recomputed', async () => {
    const { keepUnchanged } = await import('./useViewState.ts');
    const { decodeViewState } = await import('../model/url-state.ts');
    const a = decodeViewState('country=RU,US&type=visit').state;
    const b = decodeViewState('country=RU,US&type=visit&q=x').state;
    const kept = keepUnchanged(a, b);
    expect(kept.countries).toBe(a.countries);
    expect(kept.types).toBe(a.types);
    expect(kept.q).toBe('x');
    expect(keepUnchanged(a, decodeViewState('type=visit&country=US,RU').state)).toBe(a);
  });
});
