// Types for chromium.mjs (plain JavaScript so the .mjs benchmarks can share it).
export declare const CHROMIUM_PATH: string;
export declare function chromiumArgs(microphoneWav?: string): string[];
