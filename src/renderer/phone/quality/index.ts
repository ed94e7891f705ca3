// Call quality: per-second figures from getStats(), an E-model MOS, warnings, and a summary per call.
// Nothing runs at import: the app calls startCallQuality(phone) once at start-up (app/startupWiring.ts).
// Components are imported by path (components/…), so start-up does not load React code through here.
import { createCallQualityStore } from './store';

export const { useCallQuality, startCallQuality, callQualitySummary, onQualitySample } = createCallQualityStore();
export { monitorCallQuality } from './monitor';
export type { CallQualitySummary, QualitySample, QualityWarning, QualityWarningKind } from './types';
