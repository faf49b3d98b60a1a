// Panels are loaded on demand: a `view=list` embed never downloads Leaflet or recharts.
import { lazy, Suspense, type ReactNode } from 'react';
import { PanelBoundary } from '../components/PanelBoundary.tsx';
import { useI18n } from '../i18n/react.tsx';
import type { Panel } from '../model/url-state.ts';

export const ContactsMap = lazy(() => import('../adapters/map/ContactsMap.tsx').then((m) => ({ default: m.ContactsMap })));
export const PartnersChart = lazy(() => import('../adapters/charts/PartnersChart.tsx').then((m) => ({ default: m.PartnersChart })));
export const TimelineChart = lazy(() => import('../adapters/charts/TimelineChart.tsx').then((m) => ({ default: m.TimelineChart })));
export const EmbedDialog = lazy(() => import('../components/EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })));

function PanelLoading() {
  const { t } = useI18n();
  return <p className="panel-loading" role="status">{t('panel.loading')}</p>;
}

/** A labelled region with its own error boundary and loading state. */
export function PanelFrame({ panel, resetKey, children }: { panel: Panel; resetKey: string; children: ReactNode }) {
  const { t } = useI18n();
  const id = `panel-${panel}`;
  return (
    <section className={`panel panel-${panel}`} data-panel={panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">{t(`panel.${panel}` as const)}</h2>
      <PanelBoundary resetKey={resetKey}>
        <Suspense fallback={<PanelLoading />}>{children}</Suspense>
      </PanelBoundary>
    </section>
  );
}
