// The knowledge base in IndexedDB. An import replaces everything in one transaction: a failed or
// interrupted import leaves the previous knowledge base as it was.
import Dexie, { type Table } from 'dexie';
import { importKnowledgeBase, type KbFile } from './importer';
import type { Article, ImportResult } from './types';

export class KbDb extends Dexie {
  articles!: Table<Article, string>;
  constructor(name = 'switchboard-kb') {
    super(name);
    this.version(1).stores({ articles: 'id, *tags' });
  }
}

export async function importIntoDb(db: KbDb, files: readonly KbFile[]): Promise<ImportResult> {
  const result = importKnowledgeBase(files);
  if (!result.ok) return result;
  await db.transaction('rw', db.articles, async () => {
    await db.articles.clear();
    await db.articles.bulkPut(result.articles);
  });
  return result;
}
