// What the map shows, as a table for screen readers (the canvas of shapes and
// markers means little read aloud). Visually hidden, not display:none.
import { useI18n } from '../../i18n/react.tsx';
import type { MapPlace, MapRoute } from './types.ts';

/**
 * Rows the table lists before grouping the rest, as the partners chart does:
 * a thousand rows help no one listening, and rebuilding them cost ~10 ms per
 * filter change (docs/bench.md). The counts still add up to the total.
 */
export const ALT_ROWS = 100;

export function MapTextAlternative({ places, routes }: { places: MapPlace[]; routes: MapRoute[] }) {
  const { t, number, plural } = useI18n();
  const all = [...places].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const sorted = all.length > ALT_ROWS ? all.slice(0, ALT_ROWS - 1) : all;
  const rest = all.slice(sorted.length);
  const restTotal = rest.reduce((n, p) => n + p.total, 0);
  return (
    <div className="contacts-visually-hidden">
      {sorted.length === 0 ? <p>{t('map.empty')}</p> : (
        <table>
          <caption>{t('map.alt.caption')}</caption>
          <thead><tr><th scope="col">{t('map.alt.place')}</th><th scope="col">{t('map.alt.count')}</th></tr></thead>
          <tbody>
            {sorted.map((p) => <tr key={p.id}><th scope="row">{p.name}</th><td>{number(p.total)}</td></tr>)}
            {rest.length > 0 && (
              <tr><th scope="row">{plural('map.alt.others', rest.length)}</th><td>{number(restTotal)}</td></tr>
            )}
          </tbody>
        </table>
      )}
      {routes.length > 0 && (
        <>
          <p>{t('map.alt.routes')}</p>
          <ul>{routes.map((r) => <li key={r.trip}>{r.label}</li>)}</ul>
        </>
      )}
    </div>
  );
}
