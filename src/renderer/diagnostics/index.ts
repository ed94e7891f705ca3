// Diagnostics for support: startDiagnostics() starts collecting (app/startupWiring.ts imports it from
// collector.ts directly, to keep React out of the start-up chunk); SaveDiagnostics is the Settings button.
export { startDiagnostics } from './collector';
export { SaveDiagnostics } from './SaveDiagnostics';
