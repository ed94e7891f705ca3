// Start-up: registration first, then the interface. The entry chunk holds only what registering needs
// (settings, vault, sip.js) and shows the registration status itself (startupStatus.ts); React DOM and
// the screens load once registration has settled, so their work does not hold up the REGISTER
// exchange — at once on first run, and after INTERFACE_WAIT_MS at most. The rest of the interface
// (features.tsx) follows when registration has settled, FEATURES_WAIT_MS at most.
import { usePhone } from './phone';
import { startPhone } from './app/startupWiring';
import { showStartupStatus } from './app/startupStatus';
import { startUpSettled } from './app/startUpSettled';

const INTERFACE_WAIT_MS = 500;
const FEATURES_WAIT_MS = 3000;

const started = startPhone();
showStartupStatus(document.getElementById('startup-registration'));
const settled = startUpSettled(started, usePhone, FEATURES_WAIT_MS);
await Promise.race([settled, new Promise((r) => setTimeout(r, INTERFACE_WAIT_MS))]);
const { renderApp } = await import('./app/render');
await renderApp(started, settled);
