// What the map shows, as a table for screen readers (the canvas of shapes and
// markers means little read aloud). Visually hidden, not display:none.
import { useI18n } from '../../i18n/react.tsx';
import type { MapPlace, MapRoute } from './types.ts';

export function MapTextAlternative({ places, routes }: { places: MapPlace[]; routes: MapRoute[] }) {
  const { t, number } = useI18n();
  const sorted = [...places].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return (
    <div className="contacts-visually-hidden">
      {sorted.length === 0 ? <p>{t('map.empty')}</p> : (
        <table>
          <caption>{t('map.alt.caption')}</caption>
          <thead><tr><th scope="col">{t('map.alt.place')}</th><th scope="col">{t('map.alt.count')}</th></tr></thead>
          <tbody>
            {sorted.map((p) => <tr key={p.id}><th scope="row">{p.name}</th><td>{number(p.total)}</td></tr>)}
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
