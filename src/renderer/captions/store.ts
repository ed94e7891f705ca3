// The caption model's state (what the captions panel says about it). The lines themselves are the
// call's transcript (transcript/).
import { create } from 'zustand';

export type ModelState =
  | { status: 'idle' }
  | { status: 'disabled' }
  | { status: 'checking' }
  | { status: 'missing'; canDownload: boolean }
  | { status: 'downloading'; receivedBytes: number; totalBytes: number }
  | { status: 'loading' }
  | { status: 'ready'; device: 'webgpu' | 'wasm'; from: 'folder' | 'cache' }
  | { status: 'failed'; message: string };

interface CaptionsState {
  model: ModelState;
  setModel(model: ModelState): void;
}

export const useCaptions = create<CaptionsState>()((set) => ({
  model: { status: 'idle' },
  setModel: (model) => set({ model }),
}));
