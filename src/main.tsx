import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadFirstScreen } from './app/preload.ts';
import { decodeViewState } from './model/url-state.ts';

// Before React boots, so the panels' code and the basemap download meanwhile (docs/bench.md).
preloadFirstScreen(decodeViewState(location.search, location.href).state.view);
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
