// Starts the test PBX (real Kamailio, WS + WSS + UDP, digest auth) once for the whole run.
import { startPbx } from './support/pbx';
import { PBX_PORTS } from './support/agents';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const pbx = await startPbx({ ...PBX_PORTS });
  return () => pbx.stop();
}
