// The partners table (view=table): one row per partner of the current
// filters, every column sortable (aria-sort on its header), as CSV on demand.
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { addArea } from '../i18n/catalogue.ts';
import { records } from '../i18n/messages/records.ts';
import type { PartnerRow } from '../model/partner-rows.ts';
import { nextSort, sortRows, TABLE_COLUMNS, type TableColumn, type TableSort } from '../model/sort-rows.ts';
import { today, type SavedFile } from './DownloadData.tsx';
import { NavLink } from './NavLink.tsx';
import './profile.css';

addArea(records);

export interface PartnersTableProps {
  rows: PartnerRow[];
  labelOf: (id: string) => string;
  profileHref: (id: string) => string;
  /** The record's `updated` date, or null (then days since are not counted). */
  updated: string | null;
  /** Whether the record lists agreements at all: older files have no such column. */
  hasAgreements: boolean;
  fileBase: string;
  /** Hands the CSV to the reader (the app saves it through the browser). */
  save: (file: SavedFile) => void;
}

const DEFAULT_SORT: TableSort = { column: 'contacts', direction: 'descending' };

export function PartnersTable({ rows, labelOf, profileHref, updated, hasAgreements, fileBase, save }: PartnersTableProps) {
  const { t, lang, date, number } = useI18n();
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);
  const sorted = useMemo(() => sortRows(rows, sort, labelOf, collator.compare), [rows, sort, labelOf, collator]);
  const columns = TABLE_COLUMNS.filter((c) => c !== 'agreements' || hasAgreements);
  const cell = (row: PartnerRow, column: TableColumn): string | number | null => {
    switch (column) {
      case 'partner': return labelOf(row.partner);
      case 'first': return row.first.date;
      case 'last': return row.last.date;
      default: return row[column];
    }
  };
  const download = async () => {
    const { tableToCsv } = await import('../model/table-csv.ts');
    const text = tableToCsv(columns.map((c) => t(`table.col.${c}`)), sorted.map((row) => columns.map((c) => cell(row, c))));
    save({ name: `${fileBase}-${today()}.csv`, text, type: 'text/csv;charset=utf-8' });
  };
  return (
    <div className="partners-table">
      <div className="partners-table-head">
        <p className="profile-note">{updated === null ? t('table.note.unknown') : t('table.note', { date: date(updated) })}</p>
        <button type="button" className="partners-table-csv" title={t('table.csv.label')} disabled={rows.length === 0} onClick={() => void download()}>
          {t('table.csv')}
        </button>
      </div>
      {rows.length === 0 ? <p role="status">{t('table.empty')}</p> : (
        <div className="partners-table-scroll">
          <table>
            <caption>{t('table.caption')}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = sort.column === c;
                  return (
                    <th key={c} scope="col" aria-sort={active ? sort.direction : undefined} data-column={c}>
                      <button type="button" onClick={() => setSort(nextSort(sort, c))} title={t('table.sort', { column: t(`table.col.${c}`) })}>
                        {t(`table.col.${c}`)}
                        <span className="partners-table-arrow" aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.partner} data-partner={row.partner}>
                  <th scope="row"><NavLink href={profileHref(row.partner)} partnerOnly>{labelOf(row.partner)}</NavLink></th>
                  <td>{number(row.contacts)}</td>
                  <td><time dateTime={row.first.date}>{date(row.first.date, 'short')}</time></td>
                  <td><time dateTime={row.last.date}>{date(row.last.date, 'short')}</time></td>
                  <td data-column="daysSince">{row.daysSince === null ? '–' : number(row.daysSince)}</td>
                  <td>{number(row.abroad)}</td>
                  <td>{number(row.home)}</td>
                  {hasAgreements && <td>{number(row.agreements)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
