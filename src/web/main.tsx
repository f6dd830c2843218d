/** Entry point: set the page language before the first paint, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { initLanguage } from './i18n/language.js';
import './styles.css';

initLanguage();

const container = document.getElementById('app');
if (container === null) throw new Error('index.html has no #app element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
