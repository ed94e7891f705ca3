import { describe, expect, it } from 'vitest';
import { applyPolicy, isLocked, parsePolicy, parseUserSettings } from '../../../shared/settings/layers';
import { defaultSettings } from '../../../shared/settings/schema';

describe('assist.embeddingModelId (semantic search)', () => {
  it('settings saved before it existed stay valid and mean text search only', () => {
    const saved = { ...defaultSettings, version: 2, assist: { llmEnabled: false, llmEndpoint: '', llmModel: '', llmKeyHeader: 'authorization', llmTimeoutSec: 20, kbSourceUrl: '', kbRefreshMin: 60 } };
    expect(parseUserSettings(saved).assist.embeddingModelId).toBe('');
  });
  it('admin policy names the model and locks it', () => {
    const snap = applyPolicy(defaultSettings, parsePolicy({ version: 2, assist: { embeddingModelId: 'multilingual-e5-small' } }));
    expect(snap.effective.assist.embeddingModelId).toBe('multilingual-e5-small');
    expect(isLocked(snap, 'assist.embeddingModelId')).toBe(true);
  });
  it('rejects a path for a model id, by field', () => {
    expect(() => parsePolicy({ version: 2, assist: { embeddingModelId: '../models/x' } })).toThrow(/assist\.embeddingModelId: must be empty or a folder name/);
  });
});
