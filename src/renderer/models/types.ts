// Where a provisioned model's files are, as the workers that load it are told.

/** Where the model files are: a folder served under the app, or the app's own model cache. */
export interface ModelSource {
  kind: 'folder' | 'cache';
  /** Base URL the model folders sit under (for the cache, a virtual base its keys are relative to). */
  baseUrl: string;
  modelId: string;
}
