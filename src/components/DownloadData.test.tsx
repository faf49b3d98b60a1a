import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { parseDataset } from '../model/validate.ts';
import { DownloadData, type SavedFile } from './DownloadData.tsx';
import { indexed, makeDataset, makeEvent } from './fixtures.ts';

const events = [
  makeEvent({ id: 'ru-talks', partner: 'RU', place: 'moscou', sources: [{ source: 'seed', quote: 'q1' }] }),
  makeEvent({ id: 'us-visit', partner: 'US', place: 'washington', sources: [{ source: 'other', quote: 'q2' }] }),
  makeEvent({ id: 'icrc', partner: 'ICRC', place: 'bamako', sources: [{ source: 'nourl', quote: 'q3' }] }),
];
const dataset = makeDataset(events);
/** The view: two of the three contacts. */
const shown = [events[0], events[2]].flatMap((e) => (e ? [indexed(e)] : []));

let blobs: Blob[];
let names: string[];

beforeEach(() => {
  blobs = [];
  names = [];
});

/** What the app would save (src/app/save-file.ts, tested there), recorded. */
const save = vi.fn((file: SavedFile) => {
  blobs.push(new Blob([file.text], { type: file.type }));
  names.push(file.name);
});
afterEach(() => save.mockClear());

function saved(i: number): Blob {
  const blob = blobs[i];
  if (!blob) throw new Error(`no file ${i} saved`);
  return blob;
}

function show(items = shown) {
  render(<I18nProvider lang="fr"><DownloadData items={items} dataset={dataset} fileBase="contacts-ml" save={save} /></I18nProvider>);
}

describe('DownloadData', () => {
  it('downloads the shown contacts as a valid dataset with only what they cite', async () => {
    show();
    expect(screen.getByText('Les 2 contacts affichés, avec leurs sources :')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(names[0]).toMatch(/^contacts-ml-\d{4}-\d{2}-\d{2}\.json$/);
    const file: unknown = JSON.parse(await saved(0).text());
    const { data, problems } = parseDataset(file);
    expect(problems).toEqual([]);
    expect(data?.events.map((e) => e.id)).toEqual(['ru-talks', 'icrc']);
    expect(data?.sources.map((s) => s.id)).toEqual(['seed', 'nourl']);
    expect(data?.partners.map((p) => p.id)).toEqual(['RU', 'ICRC']);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('downloads the same view as CSV for spreadsheets', async () => {
    show();
    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(names[0]).toMatch(/^contacts-ml-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved(0).type).toMatch(/^text\/csv/);
    const text = await saved(0).text();
    expect(text).toContain('ru-talks');
    expect(text).toContain('icrc');
    expect(text).not.toContain('us-visit');
  });

  it('offers nothing to download when no contact is shown', () => {
    show([]);
    expect(screen.getByRole('button', { name: 'CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'JSON' })).toBeDisabled();
  });
});
