// The one place that decides which host the renderer talks to: the Electron preload when present,
// otherwise the browser implementation. Feature code imports `bridge` and never checks which it got.
import type { Bridge } from '../../shared/bridge';
import { createBrowserBridge } from './browserBridge';

export const bridge: Bridge = window.switchboard ?? createBrowserBridge();
