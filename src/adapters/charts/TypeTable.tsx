import { useI18n } from '../../i18n/react.tsx';
import { TYPE_ORDER } from '../../theme.ts';
import type { CountedRow } from './counts.ts';

interface TypeTableProps {
  caption: string;
  rowHeader: string;
  rows: readonly CountedRow[];
}

/** The chart's numbers as a table, visually hidden: the text alternative for screen readers. */
export function TypeTable({ caption, rowHeader, rows }: TypeTableProps) {
  const { t, number } = useI18n();
  return (
    // The wrapper hides it: a table ignores width and overflow, so on its own
    // it would still widen the page.
    <div className="chart-sr">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {TYPE_ORDER.map((type) => <th key={type} scope="col">{t(`type.${type}`)}</th>)}
            <th scope="col">{t('charts.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {TYPE_ORDER.map((type) => <td key={type}>{number(row.byType[type])}</td>)}
              <td>{number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
