// The app's own model cache, in IndexedDB (Dexie): verified model files, and the pieces of downloads in
// progress so a download can resume. A model counts as cached only once every file of its manifest has
// been verified and the model row written, in one transaction: a half-downloaded model is never used.
import Dexie, { type Table } from 'dexie';

export interface CachedModel {
  id: string;
  files: string[];
  bytes: number;
  cachedAt: number;
}

interface FileRow {
  key: string; // `${modelId}/${path}`
  modelId: string;
  data: ArrayBuffer;
}

interface PieceRow {
  key: string; // `${modelId}/${path}`
  index: number;
  data: ArrayBuffer;
}

export class ModelDb extends Dexie {
  models!: Table<CachedModel, string>;
  files!: Table<FileRow, string>;
  staged!: Table<FileRow, string>;
  pieces!: Table<PieceRow, [string, number]>;
  constructor(name = 'switchboard-models') {
    super(name);
    this.version(1).stores({ models: 'id', files: 'key, modelId', staged: 'key, modelId', pieces: '[key+index], key' });
  }
}

export class ModelStore {
  constructor(readonly db: ModelDb = new ModelDb()) {}

  async model(id: string): Promise<CachedModel | undefined> {
    return this.db.models.get(id);
  }

  /** A file of a completely cached model. */
  async file(modelId: string, path: string): Promise<ArrayBuffer | undefined> {
    if (!(await this.db.models.get(modelId))) return undefined;
    return (await this.db.files.get(`${modelId}/${path}`))?.data;
  }

  /** The bytes already received of a download, in order, and their count. */
  async partial(modelId: string, path: string): Promise<{ pieces: ArrayBuffer[]; bytes: number }> {
    const rows = await this.db.pieces.where('key').equals(`${modelId}/${path}`).sortBy('index');
    return { pieces: rows.map((r) => r.data), bytes: rows.reduce((n, r) => n + r.data.byteLength, 0) };
  }

  async addPiece(modelId: string, path: string, index: number, data: ArrayBuffer): Promise<void> {
    await this.db.pieces.put({ key: `${modelId}/${path}`, index, data });
  }

  async dropPartial(modelId: string, path: string): Promise<void> {
    await this.db.pieces.where('key').equals(`${modelId}/${path}`).delete();
  }

  /** A verified file waits here until the whole model is verified. */
  async stage(modelId: string, path: string, data: ArrayBuffer): Promise<void> {
    const key = `${modelId}/${path}`;
    await this.db.transaction('rw', this.db.staged, this.db.pieces, async () => {
      await this.db.staged.put({ key, modelId, data });
      await this.db.pieces.where('key').equals(key).delete();
    });
  }

  async isStaged(modelId: string, path: string): Promise<boolean> {
    return (await this.db.staged.get(`${modelId}/${path}`)) !== undefined;
  }

  /** Moves the staged files into the cache and records the model, all at once. */
  async commit(modelId: string, files: string[]): Promise<CachedModel> {
    return this.db.transaction('rw', this.db.staged, this.db.files, this.db.models, async () => {
      const rows = await this.db.staged.where('modelId').equals(modelId).toArray();
      const missing = files.filter((f) => !rows.some((r) => r.key === `${modelId}/${f}`));
      if (missing.length) throw new Error(`model ${modelId}: files not verified: ${missing.join(', ')}`);
      await this.db.files.where('modelId').equals(modelId).delete();
      await this.db.files.bulkPut(rows);
      await this.db.staged.where('modelId').equals(modelId).delete();
      const model: CachedModel = { id: modelId, files, bytes: rows.reduce((n, r) => n + r.data.byteLength, 0), cachedAt: Date.now() };
      await this.db.models.put(model);
      return model;
    });
  }

  async remove(modelId: string): Promise<void> {
    await this.db.transaction('rw', [this.db.models, this.db.files, this.db.staged], async () => {
      await this.db.models.delete(modelId);
      await this.db.files.where('modelId').equals(modelId).delete();
      await this.db.staged.where('modelId').equals(modelId).delete();
    });
  }
}
