// The page around the panels: header with title, count, language and embed
// controls; in an iframe (embed=1) only a small credit line and a link out.
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { Dataset } from '../model/schema.ts';
import { creditedPublishers } from '../model/lookups.ts';
import type { ViewState } from '../model/url-state.ts';
import { ThemeSwitch } from '../components/ThemeSwitch.tsx';
import { EmbedDialog } from './panels.tsx';
import { publishedAddress } from './published.ts';
import { newsroomCredit } from './newsroom.ts';

interface FrameProps {
  /** Every shown panel is drawn (or has failed): browser tests and the bench wait for it. */
  ready: boolean;
  data: Dataset;
  view: ViewState;
  shown: number;
  total: number;
  /** Contacts the validator left out (docs/dataset.md, "Repairs"): said beside the count. */
  leftOut: number;
  onShowProblems: () => void;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  /** Absolute URL of the current view with a change, for links out and embeds. */
  viewUrl: (patch: Partial<ViewState>) => string;
  children: ReactNode;
}

function Credit({ data, look, fullUrl }: { data: Dataset; look: string | null; fullUrl: string | null }) {
  const { t, date, lang } = useI18n();
  const newsroom = newsroomCredit(look, lang);
  // Once per dataset: a large record cites thousands of sources, and the frame renders on every filter change.
  const publishers = useMemo(() => creditedPublishers(data.sources), [data.sources]);
  return (
    <footer className="frame-credit">
      {newsroom && <><span className="frame-newsroom">{newsroom}</span> · </>}
      <span>{t('frame.credit', { publishers })}</span>
      {data.updated && <span> · {t('frame.updated', { date: date(data.updated) })}</span>}
      {fullUrl && <> · <a href={fullUrl} target="_blank" rel="noopener noreferrer">{t('frame.openFull')}</a></>}
    </footer>
  );
}

/** "14 sur 14 contacts · 1 contact écarté (voir les problèmes)": the count says when the record is incomplete. */
function Count({ shown, total, leftOut, onShowProblems }: Pick<FrameProps, 'shown' | 'total' | 'leftOut' | 'onShowProblems'>) {
  const { t, plural } = useI18n();
  return (
    // Not a live region: a filter change is said once, by the dashboard's FilterAnnouncer.
    <p className="frame-count">
      {t('frame.shown', { shown, total })}
      {leftOut > 0 && (
        <span className="frame-left-out">
          {' · '}{plural('frame.leftOut', leftOut)}{' '}
          <span className="no-wrap">(<button type="button" className="link-button" onClick={onShowProblems}>{t('frame.seeProblems')}</button>)</span>
        </span>
      )}
    </p>
  );
}

export function Frame({ ready, data, view, shown, total, leftOut, onShowProblems, update, viewUrl, children }: FrameProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [embedding, setEmbedding] = useState(false);
  const title = data.title?.[lang] ?? t('app.title.fallback');
  if (view.embed) {
    return (
      <main className="frame frame-embed" data-ready={ready} aria-labelledby="frame-title">
        {/* Not shown (the article has its own headline), but the page's outline starts with it. */}
        <h1 id="frame-title" className="visually-hidden">{title}</h1>
        {leftOut > 0 && <Count shown={shown} total={total} leftOut={leftOut} onShowProblems={onShowProblems} />}
        {children}
        <Credit data={data} look={view.look} fullUrl={viewUrl({ embed: false })} />
      </main>
    );
  }
  return (
    <>
      <header className="frame-header">
        <div>
          <h1>{title}</h1>
          <Count shown={shown} total={total} leftOut={leftOut} onShowProblems={onShowProblems} />
        </div>
        <div className="frame-actions">
          <ThemeSwitch theme={view.theme} onChange={(theme) => update({ theme }, 'replace')} />
          <button type="button" data-action="lang" onClick={() => update({ lang: lang === 'fr' ? 'en' : 'fr' })} title={t('lang.switch.label')} lang={lang === 'fr' ? 'en' : 'fr'}>
            {t('lang.switch')}
          </button>
          <button type="button" className="frame-embed-button" data-action="embed" onClick={() => setEmbedding(true)} title={t('frame.embed.label')}>{t('frame.embed')}</button>
        </div>
      </header>
      <main className="frame" data-ready={ready}>{children}</main>
      <Credit data={data} look={view.look} fullUrl={null} />
      {embedding && (
        <EmbedDialog embedUrl={publishedAddress({ ...view, embed: true }, viewUrl({})) ?? viewUrl({ embed: true })} title={title} onClose={() => setEmbedding(false)} />
      )}
    </>
  );
}
