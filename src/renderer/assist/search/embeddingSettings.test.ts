import { describe, expect, it } from 'vitest';
import { applyPolicy, isLocked, parsePolicy, parseUserSettings } from '../../../shared/settings/layers';
import { assistOf, defaultSettings } from '../../../shared/settings/schema';

describe('assist.embeddingModelId (semantic search)', () => {
  it('settings saved before it existed stay valid and mean BM25 only', () => {
    const saved = { ...defaultSettings, assist: { llmEnabled: false, llmEndpoint: '', llmModel: '', llmKeyHeader: 'authorization', llmTimeoutSec: 20, kbSourceUrl: '', kbRefreshMin: 60 } };
    expect(assistOf(parseUserSettings(saved)).embeddingModelId).toBe('');
  });
  it('admin policy names the model and locks it', () => {
    const snap = applyPolicy(defaultSettings, parsePolicy({ version: 2, assist: { embeddingModelId: 'multilingual-e5-small' } }));
    expect(assistOf(snap.effective).embeddingModelId).toBe('multilingual-e5-small');
    expect(isLocked(snap, 'assist.embeddingModelId')).toBe(true);
  });
  it('rejects a path for a model id, by field', () => {
    expect(() => parsePolicy({ version: 2, assist: { embeddingModelId: '../models/x' } })).toThrow(/assist\.embeddingModelId: must be empty or a folder name/);
  });
});
