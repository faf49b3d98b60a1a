import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadFirstScreen } from './app/preload.ts';
import { takeOverStaticView } from './app/takeover.ts';
import { decodeViewState } from './model/url-state.ts';
import './static/static.css';

const root = document.getElementById('root');
// Before anything reads the address: a published page writes its own view into it (issue 19).
const poster = root ? takeOverStaticView(root) : false;
// Before React boots, so the panels' code and the basemap download meanwhile (issue 7).
preloadFirstScreen(decodeViewState(location.search, location.href).state.view, { basemap: !poster });
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
