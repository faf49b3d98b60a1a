// The top of the app: URL → dataset → dashboard, in the URL's language.
import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { reportHeightToParent } from '../adapters/embed/height.ts';
import { createBrowserUrl, type UrlPort } from '../adapters/url/history.ts';
import { I18nProvider } from '../i18n/react.tsx';
import { translate } from '../i18n/format.ts';
import { encodeViewState, type ViewState } from '../model/url-state.ts';
import { restrictToLooks } from '../model/url-restrict.ts';
import { LOOKS } from './newsroom.ts';
import { Dashboard } from './Dashboard.tsx';
import { LoadFailed, Loading } from './LoadStates.tsx';
import { useDataset } from './useDataset.ts';
import { useViewState } from './useViewState.ts';
import { useInPageLinks } from './useInPageLinks.ts';
import 'virtual:theme.css';
import './app.css';

export function App({ url }: { url?: UrlPort }) {
  const port = useMemo(() => url ?? createBrowserUrl(), [url]);
  const { state: asked, ignored: unusable, update } = useViewState(port);
  // A look the build does not have (newsroom.config.json) is said and dropped, like any unusable value.
  const { state, ignored } = useMemo(() => {
    const restricted = restrictToLooks(asked, LOOKS);
    return { state: restricted.state, ignored: restricted.ignored.length === 0 ? unusable : [...unusable, ...restricted.ignored] };
  }, [asked, unusable]);
  useInPageLinks(port);
  const { state: load, retry } = useDataset(state.data);
  const title = load.status === 'ready' ? load.data.title?.[state.lang] : undefined;

  useEffect(function nameDocumentLanguageAndTitle() {
    document.documentElement.lang = state.lang;
    document.title = title ?? translate(state.lang, 'app.title.fallback');
  }, [state.lang, title]);
  useEffect(function reportHeightWhileMounted() {
    return reportHeightToParent(); // its cleanup stops the reports
  }, []);
  // Before paint: the stylesheet (virtual:theme.css) switches palettes on this attribute.
  useLayoutEffect(function applyTheme() { document.documentElement.dataset.theme = state.theme; }, [state.theme]);
  useLayoutEffect(function applyLook() {
    if (state.look === null) delete document.documentElement.dataset.look;
    else document.documentElement.dataset.look = state.look;
  }, [state.look]);

  const viewUrl = useCallback((patch: Partial<ViewState>) => {
    const u = new URL(port.href());
    // Links out carry the view only, not the parameters a pym.js host added.
    u.search = encodeViewState({ ...state, ...patch });
    u.hash = '';
    return u.href;
  }, [port, state]);

  return (
    <I18nProvider lang={state.lang}>
      {load.status === 'loading' && <Loading progress={load.progress} loaded={load.loaded} />}
      {load.status === 'failed' && <LoadFailed failure={load.failure} problems={load.problems} onRetry={retry} onBundled={() => update({ data: null })} />}
      {load.status === 'ready' && (
        <Dashboard data={load.data} problems={load.problems} view={state} ignored={ignored} update={update} viewUrl={viewUrl} />
      )}
    </I18nProvider>
  );
}
