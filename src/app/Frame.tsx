// The page around the panels: header with title, count, language and embed
// controls; in an iframe (embed=1) only a small credit line and a link out.
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Dataset } from '../model/schema.ts';
import type { ViewState } from '../model/url-state.ts';
import { ThemeSwitch } from '../components/ThemeSwitch.tsx';
import { EmbedDialog } from './panels.tsx';

interface FrameProps {
  /** Every shown panel is drawn (or has failed): browser tests and the bench wait for it. */
  ready: boolean;
  data: Dataset;
  view: ViewState;
  shown: number;
  total: number;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  /** Absolute URL of the current view with a change, for links out and embeds. */
  viewUrl: (patch: Partial<ViewState>) => string;
  children: ReactNode;
}

function Credit({ data, fullUrl }: { data: Dataset; fullUrl: string | null }) {
  const { t, date } = useI18n();
  // Once per dataset: a large record cites thousands of sources, and the frame renders on every filter change.
  const publishers = useMemo(() => [...new Set(data.sources.map((s) => s.publisher))].slice(0, 4).join(', '), [data.sources]);
  return (
    <footer className="frame-credit">
      <span>{t('frame.credit', { publishers })}</span>
      {data.updated && <span> · {t('frame.updated', { date: date(data.updated) })}</span>}
      {fullUrl && <> · <a href={fullUrl} target="_blank" rel="noopener noreferrer">{t('frame.openFull')}</a></>}
    </footer>
  );
}

export function Frame({ ready, data, view, shown, total, update, viewUrl, children }: FrameProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [embedding, setEmbedding] = useState(false);
  const title = data.title?.[lang] ?? t('app.title.fallback');
  if (view.embed) {
    return (
      <main className="frame frame-embed" data-ready={ready} aria-labelledby="frame-title">
        {/* Not shown (the article has its own headline), but the page's outline starts with it. */}
        <h1 id="frame-title" className="visually-hidden">{title}</h1>
        {children}
        <Credit data={data} fullUrl={viewUrl({ embed: false })} />
      </main>
    );
  }
  return (
    <>
      <header className="frame-header">
        <div>
          <h1>{title}</h1>
          <p className="frame-count">{t('frame.shown', { shown, total })}</p>
        </div>
        <div className="frame-actions">
          <ThemeSwitch theme={view.theme} onChange={(theme) => update({ theme }, 'replace')} />
          <button type="button" onClick={() => update({ lang: lang === 'fr' ? 'en' : 'fr' })} title={t('lang.switch.label')} lang={lang === 'fr' ? 'en' : 'fr'}>
            {t('lang.switch')}
          </button>
          <button type="button" className="frame-embed-button" onClick={() => setEmbedding(true)} title={t('frame.embed.label')}>{t('frame.embed')}</button>
        </div>
      </header>
      <main className="frame" data-ready={ready}>{children}</main>
      <Credit data={data} fullUrl={null} />
      {embedding && (
        <EmbedDialog embedUrl={viewUrl({ embed: true })} title={title} onClose={() => setEmbedding(false)} />
      )}
    </>
  );
}
