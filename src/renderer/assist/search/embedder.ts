// Sentence embeddings on the device with transformers.js feature-extraction: a BERT-family encoder
// (bge-small, multilingual-e5-small, …) loaded only from where the app provisioned it (remote loading
// off; models/localModels.ts), pooled and normalised so a dot product is the cosine.
import { pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import type { ModelSource } from '../../models';
import { configureLocalModels, type CachedFile, type OrtRuntimeUrls } from '../../models/runtime';

/** What a model family expects: how to pool token vectors, and the prefixes it was trained with. */
export interface EmbeddingRecipe {
  pooling: 'mean' | 'cls';
  queryPrefix: string;
  passagePrefix: string;
}

/**
 * From the model id, as the families document it: e5 models want "query: " / "passage: " and mean
 * pooling; BGE models use the [CLS] vector and an instruction before short queries; anything else
 * (sentence-transformers style, e.g. MiniLM, and the test fixture) mean-pools without prefixes.
 */
export function recipeFor(modelId: string): EmbeddingRecipe {
  const id = modelId.toLowerCase();
  if (/(^|[^a-z])e5([^a-z0-9]|$)/.test(id)) return { pooling: 'mean', queryPrefix: 'query: ', passagePrefix: 'passage: ' };
  if (id.includes('bge')) {
    // The Chinese BGE models have their own instruction.
    const zh = id.includes('-zh');
    return { pooling: 'cls', queryPrefix: zh ? '为这个句子生成表示以用于检索相关文章：' : 'Represent this sentence for searching relevant passages: ', passagePrefix: '' };
  }
  return { pooling: 'mean', queryPrefix: '', passagePrefix: '' };
}

/** Longest text embedded per article, in characters: the tokenizer truncates to the model's maximum
 *  (512 tokens for BERT) anyway; cutting earlier saves tokenising the rest of a long article. */
export const MAX_PASSAGE_CHARS = 2000;

export interface Embedder {
  modelId: string;
  device: 'webgpu' | 'wasm' | 'cpu';
  dimensions: number;
  /** Unit-length vectors, one per text. */
  embed(texts: string[], kind: 'query' | 'passage'): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

export class EmbeddingModelError extends Error {
  constructor(modelId: string, reason: string) {
    super(`embedding model "${modelId}" failed to load: ${reason}`);
    this.name = 'EmbeddingModelError';
  }
}

export interface LoadOptions {
  cachedFile?: CachedFile;
  /** In the browser: the ONNX runtime served by the app (ortRuntime.ts). Absent in Node (onnxruntime-node). */
  runtime?: OrtRuntimeUrls;
  device?: 'webgpu' | 'wasm';
}

export async function loadEmbedder(source: ModelSource, o: LoadOptions = {}): Promise<Embedder> {
  configureLocalModels(source, o.cachedFile ?? (async () => undefined), o.runtime);
  const recipe = recipeFor(source.modelId);
  let extractor: FeatureExtractionPipeline;
  try {
    extractor = (await pipeline('feature-extraction', source.modelId, { dtype: 'fp32', ...(o.device ? { device: o.device } : {}) })) as FeatureExtractionPipeline;
  } catch (e) {
    throw new EmbeddingModelError(source.modelId, e instanceof Error ? e.message : String(e));
  }
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const out = await extractor(texts, { pooling: recipe.pooling, normalize: true });
    const [rows, dims] = out.dims as [number, number];
    const data = out.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => data.slice(i * dims, (i + 1) * dims));
  };
  // A probe: the vector size the index needs, and proof the model runs before anything depends on it.
  let dimensions: number;
  try {
    const probe = await run(['dimension probe']);
    dimensions = probe[0]!.length;
    if (!dimensions || probe[0]!.some((x) => !Number.isFinite(x))) throw new Error('the model gives no usable vector');
  } catch (e) {
    await extractor.dispose().catch(() => undefined);
    throw e instanceof EmbeddingModelError ? e : new EmbeddingModelError(source.modelId, e instanceof Error ? e.message : String(e));
  }
  return {
    modelId: source.modelId,
    device: o.device ?? 'cpu',
    dimensions,
    embed: (texts, kind) => run(texts.map((t) => (kind === 'query' ? recipe.queryPrefix : recipe.passagePrefix) + t)),
    dispose: () => extractor.dispose(),
  };
}
