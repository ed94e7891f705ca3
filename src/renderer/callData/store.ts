import { useSettings } from '../settings/store';
import { createCallData } from './callData';

/**
 * The agent's region from settings. The field comes with the redaction work (src/shared/settings):
 * until it is there this reads nothing, and redact() reads national numbers by its default region.
 */
const settingsRegion = () => (useSettings.getState().snapshot?.effective as { region?: string } | undefined)?.region;

/** The app's call data: IndexedDB databases 'switchboard-history' and 'switchboard-assist-feedback'. */
export const callData = createCallData({ region: settingsRegion });
