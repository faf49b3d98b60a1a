// "Get the data": the contacts in view, as CSV (spreadsheet) or JSON (the
// dataset contract, so it reloads as is). The CSV writer pulls in papaparse,
// so it is imported on click, keeping it out of the first-render bundle.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { IndexedEvent } from '../model/event-index.ts';
import type { Dataset } from '../model/schema.ts';
import { subsetDataset } from '../model/subset.ts';
import './components.css';

export interface DownloadDataProps {
  items: IndexedEvent[];
  dataset: Dataset;
  /** e.g. "contacts-ml": the file is named contacts-ml-YYYY-MM-DD.csv */
  fileBase: string;
  /** Hands the file to the reader (the app saves it through the browser). */
  save: (file: SavedFile) => void;
}

export interface SavedFile { name: string; text: string; type: string }

type Format = 'csv' | 'json';

const MIME: Record<Format, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' };

/** Today's local date, as the reader's calendar names the download. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function fileText(format: Format, subset: Dataset): Promise<string> {
  if (format === 'json') return `${JSON.stringify(subset, null, 2)}\n`;
  const { datasetToCsv } = await import('../model/csv-export.ts');
  return datasetToCsv(subset);
}

export function DownloadData({ items, dataset, fileBase, save }: DownloadDataProps) {
  const { t, plural } = useI18n();
  const noteId = useId();
  const [failed, setFailed] = useState(false);
  const download = async (format: Format) => {
    try {
      const subset = subsetDataset(dataset, items.map((i) => i.event));
      save({ name: `${fileBase}-${today()}.${format}`, text: await fileText(format, subset), type: MIME[format] });
      setFailed(false);
    } catch {
      setFailed(true); // e.g. the CSV chunk failed to load after a redeploy
    }
  };
  const empty = items.length === 0;
  return (
    <div className="download" role="group" aria-label={t('download.heading')}>
      <p id={noteId} className="download-note">
        <span className="download-heading">{t('download.heading')}</span>{' '}
        {!empty && plural('download.note', items.length)}
      </p>
      <div className="download-buttons">
        {(['csv', 'json'] as const).map((format) => (
          <button key={format} type="button" className="download-button" disabled={empty}
            title={t(`download.${format}.label`)} aria-describedby={noteId} onClick={() => void download(format)}>
            {t(`download.${format}`)}
          </button>
        ))}
      </div>
      {failed && <p className="download-error" role="alert">{t('download.failed')}</p>}
    </div>
  );
}
