// Typed face of pbxCore.mjs for the TypeScript tests.
// @ts-expect-error -- plain ESM module shared with scripts/pbx.mjs; its shape is declared below.
import { startPbx as start } from './pbxCore.mjs';

export interface Pbx {
  domain: string;
  wsUrl: string;
  wssUrl: string;
  udpPort: number;
  users: Record<string, string>;
  runDir: string;
  pid: number;
  startMs: number;
  log(): string;
  stop(): Promise<void>;
}

export interface PbxOptions {
  wsPort?: number;
  wssPort?: number;
  udpPort?: number;
  users?: Record<string, string>;
  runDir?: string;
}

export const startPbx: (opts?: PbxOptions) => Promise<Pbx> = start;
