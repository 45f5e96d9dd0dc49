/** Entry point: the one place that knows which transport carries the API. */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createHttpClient } from './api/http-client';
import { createPreloadClient, findBridge } from './api/preload-client';
import { installNavigationGuard } from './navigation-guard';

installNavigationGuard(window);
const bridge = findBridge(window);
const api = bridge ? createPreloadClient(bridge) : createHttpClient();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App api={api} page={window.location.pathname} />
    </StrictMode>,
  );
