// Article vectors kept in IndexedDB, keyed by embedding model + a SHA-256 of the exact text embedded:
// a restart re-embeds nothing, an edited article is embedded again, and another model never reuses
// vectors it did not make.
import Dexie, { type Table } from 'dexie';

interface VectorRow {
  key: string; // `${modelId}/${sha256 of the embedded text}`
  modelId: string;
  vector: Float32Array;
}

export class VectorDb extends Dexie {
  vectors!: Table<VectorRow, string>;
  constructor(name = 'switchboard-kb-vectors') {
    super(name);
    this.version(1).stores({ vectors: 'key, modelId' });
  }
}

export class VectorCache {
  constructor(readonly db: VectorDb = new VectorDb()) {}

  async getMany(modelId: string, hashes: string[]): Promise<(Float32Array | undefined)[]> {
    const rows = await this.db.vectors.bulkGet(hashes.map((h) => `${modelId}/${h}`));
    return rows.map((r) => r?.vector);
  }

  async putMany(modelId: string, entries: { hash: string; vector: Float32Array }[]): Promise<void> {
    await this.db.vectors.bulkPut(entries.map((e) => ({ key: `${modelId}/${e.hash}`, modelId, vector: e.vector })));
  }

  /** Forgets this model's vectors of texts no longer in the knowledge base. */
  async keepOnly(modelId: string, hashes: string[]): Promise<number> {
    const keep = new Set(hashes.map((h) => `${modelId}/${h}`));
    return this.db.vectors.where('modelId').equals(modelId).filter((r) => !keep.has(r.key)).delete();
  }

  async count(modelId: string): Promise<number> {
    return this.db.vectors.where('modelId').equals(modelId).count();
  }
}
