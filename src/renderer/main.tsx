// Start-up: registration and the interface in parallel. The entry chunk holds only what registering
// needs (settings, vault, sip.js); React DOM and the screens arrive as a second chunk meanwhile.
// index.html shows "Starting…" until the first render.
import { startPhone } from './app/session';

const started = startPhone();
const { renderApp } = await import('./app/render');
await renderApp(started);
