// Learning from agents through the path the panel uses: the feedback store's Helpful / Copy / Pin /
// Not helpful, on real Dexie over fake-indexeddb, then the search as the worker runs it.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Article } from '../kb/types';
import { createCallData } from '../../callData';
import { leaks, PII } from '../../callData/pii.testing';
import { createFeedbackStore } from '../feedback/feedbackStore';
import { parseFaqCsv } from '../kb/faqCsv';
import { KbSearch } from '../search/kbSearch';
import { sampleKb } from '../search/sampleKb.testing';
import { createLearningStore, learnedFor } from './learningStore';
import { MAX_PER_ARTICLE, PARTIAL_WEIGHT, weightOf } from './phrasing';
import { applyPolicy, parsePolicy, parseUserSettings } from '../../../shared/settings/layers';
import { defaultSettings, SETTINGS_VERSION } from '../../../shared/settings/schema';

const article = (id: string, title: string): Article => ({ id, title, body: `${title}: the answer`, questions: ['Another way to ask'], tags: ['t1', 't2'], source: { file: `${id}.md` } });
const refunds = article('refunds', 'How long do refunds take?');
const roaming = article('roaming', 'Roaming charges');

function setUp(enabled = () => true) {
  const names = { historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}`, learningDb: `l-${Math.random()}` };
  const data = createCallData(names);
  const learning = createLearningStore(data, enabled);
  const feedback = createFeedbackStore(data, learning.getState());
  return { names, data, learning, feedback };
}

const weight = (s: ReturnType<typeof setUp>, articleId: string) => {
  const p = s.learning.getState().phrasings.filter((r) => r.articleId === articleId);
  return p.length === 1 ? weightOf(p[0]!) : p.length;
};

describe('learning from agents', () => {
  it('one Helpful counts half; Copy or Pin in the same call adds nothing; a second call makes it count fully', async () => {
    const s = setUp();
    await s.feedback.getState().setCall('call-1', '1002');
    await s.feedback.getState().vote(refunds, 'When do I get  my MONEY back?', 'helpful');
    expect(weight(s, 'refunds')).toBe(PARTIAL_WEIGHT);
    await s.feedback.getState().copied(refunds, 'when do I get my money back?');
    await s.feedback.getState().togglePin(refunds, 'when do I get my money back?');
    expect(s.learning.getState().phrasings).toMatchObject([{ articleId: 'refunds', text: 'when do i get my money back?', confirmations: 1, rejections: 0, callId: 'call-1' }]);
    await s.feedback.getState().setCall('call-2', '1003');
    await s.feedback.getState().copied(refunds, 'when do I get my money back?');
    expect(weight(s, 'refunds')).toBe(1);
    expect(learnedFor(s.learning.getState(), true)).toEqual([{ articleId: 'refunds', text: 'when do i get my money back?', weight: 1 }]);
  });

  it('Not helpful cancels a confirmation (and a pairing never confirmed stays at nothing)', async () => {
    const s = setUp();
    await s.feedback.getState().setCall('call-1');
    await s.feedback.getState().vote(roaming, 'cost of calls abroad', 'helpful');
    await s.feedback.getState().setCall('call-2');
    await s.feedback.getState().vote(roaming, 'cost of calls abroad', 'not-helpful');
    expect(weight(s, 'roaming')).toBe(0);
    await s.feedback.getState().vote(refunds, 'cost of calls abroad', 'not-helpful');
    expect(weight(s, 'refunds')).toBe(0);
    expect(learnedFor(s.learning.getState(), true)).toEqual([]);
  });

  it("the knowledge-base owner's confirmation counts fully at once", async () => {
    const s = setUp();
    await s.learning.getState().confirmByOwner('refunds', 'Refund not arrived yet');
    expect(weight(s, 'refunds')).toBe(1);
  });

  it('survives a restart (IndexedDB), and "Reset learning" deletes every phrasing', async () => {
    const s = setUp();
    await s.feedback.getState().setCall('call-1');
    await s.feedback.getState().vote(refunds, 'money back', 'helpful');
    const again = createLearningStore(createCallData(s.names), () => true);
    await again.getState().load();
    expect(again.getState().phrasings.map((p) => p.text)).toEqual(['money back']);
    await again.getState().reset();
    expect(again.getState().phrasings).toEqual([]);
    expect(await createCallData(s.names).allPhrasings()).toEqual([]);
  });

  it(`keeps the ${MAX_PER_ARTICLE} most confirmed phrasings of an article`, async () => {
    const s = setUp();
    for (let i = 0; i < MAX_PER_ARTICLE + 2; i++) await s.learning.getState().confirm(refunds, `question ${i}`, 'call-1');
    await s.learning.getState().confirm(refunds, 'question 0', 'call-2'); // the oldest, but confirmed twice
    const texts = s.learning.getState().phrasings.map((p) => p.text);
    expect(texts).toHaveLength(MAX_PER_ARTICLE);
    expect(texts).toContain('question 0');
    expect(texts).not.toContain('question 1'); // the oldest of those confirmed once went
    expect(texts).toContain(`question ${MAX_PER_ARTICLE + 1}`);
  });

  it('keeps what the customer said only masked: in the database, to search and in the export', async () => {
    const s = setUp();
    await s.feedback.getState().setCall('call-1', '1002');
    await s.feedback.getState().vote(refunds, `refund to my ${PII}`, 'helpful');
    await s.feedback.getState().setCall('call-2', '1003');
    await s.feedback.getState().vote(refunds, `Refund to my ${PII}`, 'helpful');
    expect(s.learning.getState().phrasings.map((p) => [p.text, weightOf(p)])).toEqual([['refund to my card [CARD], mail [EMAIL], phone [PHONE]', 1]]);
    const db = await new Dexie(s.names.learningDb).open();
    expect(leaks(JSON.stringify(await db.table('phrasings').toArray()))).toEqual([]);
    db.close();
    expect(leaks(JSON.stringify(learnedFor(s.learning.getState(), true)))).toEqual([]);
    const file = await s.learning.getState().exportConfirmed(async () => [refunds]);
    expect(leaks(file.text)).toEqual([]);
    // The owner confirms the masked phrasing as exported: the same phrasing, not a second one.
    await s.learning.getState().confirmByOwner('refunds', 'refund to my card [CARD], mail [EMAIL], phone [PHONE]');
    expect(s.learning.getState().phrasings).toHaveLength(1);
  });

  it('exports only fully confirmed phrasings, as a CSV the knowledge-base import reads back', async () => {
    const s = setUp();
    await s.learning.getState().confirmByOwner('refunds', 'money back | "soon"');
    await s.learning.getState().confirmByOwner('refunds', 'another way to ask'); // already in the article
    await s.learning.getState().confirm(refunds, 'once only', 'call-1');
    await s.learning.getState().confirmByOwner('gone', 'an article no longer in the knowledge base');
    const file = await s.learning.getState().exportConfirmed(async (ids) => [refunds, roaming].filter((a) => ids.includes(a.id)));
    expect(file.name).toMatch(/^switchboard-confirmed-phrasings-\d{4}-\d\d-\d\d\.csv$/);
    expect(file.text.split('\r\n')[0]).toBe('id,question,answer,tags,link');
    const errors: never[] = [];
    expect(parseFaqCsv('phrasings.csv', file.text, errors)).toEqual([
      { ...refunds, questions: ['Another way to ask', 'money back / "soon"'], link: undefined, source: { file: 'phrasings.csv', line: 2 } },
    ]);
    expect(errors).toEqual([]);
  });

  it('assist.learning: on by default (also for version 2 files); the agent may turn it off; policy turns it off and locks it', () => {
    expect(defaultSettings.assist.learning).toBe(true);
    expect(parseUserSettings({ ...defaultSettings, version: 2, assist: { llmEnabled: false } }).assist.learning).toBe(true);
    const off = parseUserSettings({ ...defaultSettings, assist: { ...defaultSettings.assist, learning: false } });
    expect(off.assist.learning).toBe(false);
    const snapshot = applyPolicy(defaultSettings, parsePolicy({ version: SETTINGS_VERSION, assist: { learning: false } }));
    expect(snapshot.effective.assist.learning).toBe(false);
    expect(snapshot.locked).toContain('assist.learning');
    expect(() => parsePolicy({ version: SETTINGS_VERSION, assist: { learning: 'no' } })).toThrow(/assist\.learning/);
  });

  it('learning off (setting or policy): nothing recorded, nothing given to search', async () => {
    let on = false;
    const s = setUp(() => on);
    await s.feedback.getState().setCall('call-1');
    await s.feedback.getState().vote(refunds, 'money back', 'helpful');
    await s.learning.getState().confirmByOwner('refunds', 'money back');
    expect(await s.data.allPhrasings()).toEqual([]);
    on = true;
    await s.learning.getState().confirmByOwner('refunds', 'money back');
    expect(learnedFor(s.learning.getState(), true)).toHaveLength(1);
    expect(learnedFor(s.learning.getState(), false)).toEqual([]);
  });

  it('a confirmation improves ranking at once and the hit says why', async () => {
    const s = setUp();
    const kb = await KbSearch.build(sampleKb().articles);
    const said = 'my wallet is crying after the trip to spain';
    expect((await kb.search(said)).map((h) => h.article.id)).not.toContain('roaming');
    const roamingArticle = sampleKb().articles.find((a) => a.id === 'roaming')!;
    await s.feedback.getState().setCall('call-1');
    await s.feedback.getState().vote(roamingArticle, said, 'helpful');
    kb.learn(learnedFor(s.learning.getState(), true));
    const once = (await kb.search(said))[0]!;
    expect(once).toMatchObject({ article: { id: 'roaming' }, confirmed: 1 });
    await s.feedback.getState().setCall('call-2');
    await s.feedback.getState().vote(roamingArticle, said, 'helpful');
    kb.learn(learnedFor(s.learning.getState(), true));
    const twice = (await kb.search(said))[0]!;
    expect(twice).toMatchObject({ article: { id: 'roaming' }, confirmed: 1 });
    expect(twice.score).toBeGreaterThan(once.score); // confirmed again: full weight
    expect((await kb.search('after my trip to spain my wallet is crying'))[0]).toMatchObject({ article: { id: 'roaming' }, confirmed: 1 });
    expect((await kb.search('how do I reset the router'))[0]).not.toHaveProperty('confirmed');
  });

  it('one careless click does not put an article first; the same question confirmed in a second call does', async () => {
    const s = setUp();
    const { articles, synonyms } = sampleKb({ synonyms: true });
    const kb = await KbSearch.build(articles, synonyms);
    const said = 'The price went up so I want to cancel';
    const first = async () => (await kb.search(said))[0]!.article.id;
    expect(await first()).toBe('cancel');
    for (const callId of ['call-1', 'call-2']) {
      await s.feedback.getState().setCall(callId);
      await s.feedback.getState().vote(articles.find((a) => a.id === 'price-rise')!, said, 'helpful');
      kb.learn(learnedFor(s.learning.getState(), true));
      expect(await first()).toBe(callId === 'call-1' ? 'cancel' : 'price-rise');
    }
  });
});
