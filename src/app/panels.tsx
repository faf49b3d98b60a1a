// Panels are loaded on demand: a `view=list` embed never downloads Leaflet or recharts.
import { createContext, lazy, Suspense, useContext, useEffect, type ReactNode } from 'react';
import { PanelBoundary } from '../components/PanelBoundary.tsx';
import { useI18n } from '../i18n/react.tsx';
import type { Panel } from '../model/url-state.ts';
import { loadContactsMap, loadPartnersChart, loadTimelineChart } from './panel-loaders.ts';

export const ContactsMap = lazy(() => loadContactsMap().then((m) => ({ default: m.ContactsMap })));
export const PartnersChart = lazy(() => loadPartnersChart().then((m) => ({ default: m.PartnersChart })));
export const TimelineChart = lazy(() => loadTimelineChart().then((m) => ({ default: m.TimelineChart })));
export const EmbedDialog = lazy(() => import('../components/EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })));

function PanelLoading() {
  const { t } = useI18n();
  return <p className="panel-loading" role="status">{t('panel.loading')}</p>;
}

/**
 * Panels report when they are drawn (or have failed), so the page can say it is
 * ready (`main[data-ready]`) only once every shown panel has settled.
 */
const SettledContext = createContext<(panel: Panel) => void>(() => {});
export const PanelSettledProvider = SettledContext.Provider;

function DrawnMark({ panel }: { panel: Panel }) {
  const settled = useContext(SettledContext);
  useEffect(() => settled(panel), [settled, panel]);
  return null;
}

/** Charts title themselves (figcaption); the other panels get a heading here. */
const SELF_TITLED: readonly Panel[] = ['partners', 'timeline'];

/** A labelled region with its own error boundary and loading state. */
export function PanelFrame({ panel, resetKey, children }: { panel: Panel; resetKey: string; children: ReactNode }) {
  const { t } = useI18n();
  const settled = useContext(SettledContext);
  const label = t(`panel.${panel}` as const);
  const titled = !SELF_TITLED.includes(panel);
  return (
    <section className={`panel panel-${panel}`} data-panel={panel} aria-label={titled ? undefined : label} aria-labelledby={titled ? `panel-${panel}-title` : undefined}>
      {titled && <h2 id={`panel-${panel}-title`} className="panel-title">{label}</h2>}
      <PanelBoundary resetKey={resetKey} onError={() => settled(panel)}>
        <Suspense fallback={<PanelLoading />}>{children}<DrawnMark panel={panel} /></Suspense>
      </PanelBoundary>
    </section>
  );
}
