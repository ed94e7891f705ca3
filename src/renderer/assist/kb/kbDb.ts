// The knowledge base in IndexedDB. An import replaces everything in one transaction: a failed or
// interrupted import leaves the previous knowledge base as it was.
import Dexie, { type Table } from 'dexie';
import { importKnowledgeBase, type ImportProgress, type KbFile } from './importer';
import type { Article, ImportResult } from './types';
import type { ScriptItem } from '../../../shared/settings/schema';

/** Facts about the stored knowledge base besides its articles (synonyms, checklist; where it came from). */
export type KbMeta =
  | { key: 'synonyms'; groups: string[][] }
  | { key: 'checklist'; items: ScriptItem[] }
  | { key: 'remote'; url: string; etag: string | null; lastModified: string | null; fetchedAt: number };

export class KbDb extends Dexie {
  articles!: Table<Article, string>;
  meta!: Table<KbMeta, KbMeta['key']>;
  constructor(name = 'switchboard-kb') {
    super(name);
    this.version(1).stores({ articles: 'id, *tags' });
    // 2: synonyms and the remote source's ETag, replaced in the same transaction as the articles.
    this.version(2).stores({ articles: 'id, *tags', meta: 'key' });
  }
}

export async function storedSynonyms(db: KbDb): Promise<string[][]> {
  const row = await db.meta.get('synonyms');
  return row?.key === 'synonyms' ? row.groups : [];
}

export async function storedChecklist(db: KbDb): Promise<ScriptItem[]> {
  const row = await db.meta.get('checklist');
  return row?.key === 'checklist' ? row.items : [];
}

/**
 * @param remote set when the files came from the knowledge-base URL (its validators are kept with them).
 * @param onProgress parsing, then saving (the import worker shows it; tests leave it out).
 */
export async function importIntoDb(db: KbDb, files: readonly KbFile[], remote?: Extract<KbMeta, { key: 'remote' }>, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const result = importKnowledgeBase(files, onProgress);
  if (!result.ok) return result;
  const total = files.reduce((n, f) => n + f.text.length, 0);
  onProgress?.({ stage: 'saving', done: total, total, rows: result.articles.length });
  await db.transaction('rw', db.articles, db.meta, async () => {
    await db.articles.clear();
    await db.articles.bulkPut(result.articles);
    await db.meta.put({ key: 'synonyms', groups: result.synonyms });
    await db.meta.put({ key: 'checklist', items: result.checklist });
    if (remote) await db.meta.put(remote);
    else await db.meta.delete('remote');
  });
  return result;
}
