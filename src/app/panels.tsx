// Panels are loaded on demand: a `view=list` embed never downloads Leaflet or recharts.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { PanelBoundary } from '../components/PanelBoundary.tsx';
import { useI18n } from '../i18n/react.tsx';
import type { Panel } from '../model/url-state.ts';
import { lazyView } from './loadable.tsx';
import { embedDialogModule, mapModule, partnersModule, timelineModule } from './panel-loaders.ts';

function PanelLoading() {
  const { t } = useI18n();
  return <p className="panel-loading" role="status">{t('panel.loading')}</p>;
}

const loading = () => <PanelLoading />;
/** Drawn: the panel's module is here and its view rendered, so the panel counts as settled. */
const drawn = (view: ReactNode) => <>{view}<DrawnMark /></>;

export const ContactsMap = lazyView(mapModule, (m) => (p: Parameters<typeof m.ContactsMap>[0]) => drawn(<m.ContactsMap {...p} />), loading);
export const PartnersChart = lazyView(partnersModule, (m) => (p: Parameters<typeof m.PartnersChart>[0]) => drawn(<m.PartnersChart {...p} />), loading);
export const TimelineChart = lazyView(timelineModule, (m) => (p: Parameters<typeof m.TimelineChart>[0]) => drawn(<m.TimelineChart {...p} />), loading);
export const EmbedDialog = lazyView(embedDialogModule, (m) => m.EmbedDialog, () => null);

/**
 * Panels report when they are drawn (or have failed), so the page can say it is
 * ready (`main[data-ready]`) only once every shown panel has settled.
 */
const SettledContext = createContext<(panel: Panel) => void>(() => {});
export const PanelSettledProvider = SettledContext.Provider;
const PanelContext = createContext<Panel>('list');

function DrawnMark() {
  const settled = useContext(SettledContext);
  const panel = useContext(PanelContext);
  useEffect(function markPanelDrawn() {
    settled(panel);
  }, [settled, panel]);
  return null;
}

/** Charts title themselves (figcaption); the other panels get a heading here. */
const SELF_TITLED: readonly Panel[] = ['partners', 'timeline'];

/** A labelled region with its own error boundary and loading state. */
export function PanelFrame({ panel, resetKey, eager = false, children }: { panel: Panel; resetKey: string; eager?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const settled = useContext(SettledContext);
  const label = t(`panel.${panel}` as const);
  const titled = !SELF_TITLED.includes(panel);
  return (
    <section className={`panel panel-${panel}`} data-panel={panel} aria-label={titled ? undefined : label} aria-labelledby={titled ? `panel-${panel}-title` : undefined}>
      {titled && <h2 id={`panel-${panel}-title`} className="panel-title">{label}</h2>}
      <PanelBoundary resetKey={resetKey} onError={() => settled(panel)}>
        <PanelContext.Provider value={panel}>{eager ? drawn(children) : children}</PanelContext.Provider>
      </PanelBoundary>
    </section>
  );
}
