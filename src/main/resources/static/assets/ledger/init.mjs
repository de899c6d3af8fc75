// Starts the GOV.UK Frontend components (error summary focus, details, skip link, …).
// An external module, not an inline script: the pages' Content-Security-Policy allows scripts from 'self' only.
import { initAll, isSupported } from '../govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
if (isSupported()) {
  initAll();
}
