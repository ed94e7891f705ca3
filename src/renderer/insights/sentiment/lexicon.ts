// Hand-made sentiment lexicons for what customers say on a support call, English and Simplified
// Chinese. Valence from -3 (very negative) to +3 (very positive), in the spirit of AFINN/VADER; small on
// purpose: it runs on every final utterance on the agent's machine with nothing to download.
// Multi-word entries are matched before single words (English joined by a space, Chinese by nothing).

export const EN_VALENCE: Record<string, number> = {
  // positive
  thanks: 2, thank: 2, 'thank you': 2, cheers: 1, appreciate: 2, appreciated: 2, grateful: 2,
  great: 3, perfect: 3, perfectly: 3, excellent: 3, brilliant: 3, wonderful: 3, lovely: 3, fantastic: 3,
  amazing: 3, awesome: 3, superb: 3, helpful: 2, help: 1, helped: 2, happy: 3, pleased: 2, glad: 2,
  delighted: 3, good: 2, fine: 1, better: 2, best: 3, nice: 2, kind: 2, friendly: 2, quick: 1, quicker: 1,
  fast: 1, easy: 2, solved: 2, solves: 2, resolved: 2, fixed: 2, sorted: 1, works: 1, working: 1, love: 3,
  satisfied: 2, smooth: 1, reliable: 2, fair: 1, patient: 2, clear: 1, 'no problem': 1, relieved: 2,
  // negative
  angry: -3, furious: -3, livid: -3, terrible: -3, awful: -3, horrible: -3, ridiculous: -3, useless: -3,
  worst: -3, rubbish: -3, hate: -3, unacceptable: -3, disgusting: -3, appalling: -3, outrageous: -3,
  disappointed: -2, disappointing: -2, frustrated: -2, frustrating: -2, annoyed: -2, annoying: -2,
  unhappy: -2, upset: -2, complaint: -2, complain: -2, complaining: -2, broken: -2, unfair: -2, bad: -2,
  poor: -2, crazy: -2, wrong: -2, waste: -2, mess: -2, 'fed up': -2, 'sick of': -2, overcharged: -2,
  'charged twice': -2, scam: -3, lied: -3, rude: -3, confusing: -1, confused: -1, worried: -1, slow: -1,
  dropping: -1, drops: -1, cancel: -1, problem: -1, issue: -1, fault: -1, waiting: -1, late: -1,
  expensive: -1, difficult: -1, stuck: -1,
};

export const ZH_VALENCE: Record<string, number> = {
  // positive
  谢谢: 2, 感谢: 2, 多谢: 2, 非常感谢: 3, 好: 1, 很好: 2, 挺好: 2, 不错: 2, 太好了: 3, 好极了: 3, 棒: 3,
  太棒了: 3, 满意: 2, 高兴: 3, 开心: 3, 专业: 2, 快: 1, 解决: 1, 帮忙: 1, 帮助: 1, 大忙: 2, 顺利: 2,
  方便: 2, 喜欢: 2, 周到: 2, 耐心: 2, 热情: 2, 及时: 1, 公平: 1, 放心: 2, 清楚: 1, 快多了: 2, 好多了: 2,
  // negative
  生气: -3, 气愤: -3, 愤怒: -3, 差: -2, 太差: -3, 糟糕: -3, 不满: -2, 失望: -2, 烦: -2, 投诉: -2,
  离谱: -3, 没用: -2, 没有用: -2, 坏: -2, 坏的: -2, 掉线: -2, 断线: -2, 垃圾: -3, 骗: -3, 欺骗: -3,
  麻烦: -1, 无语: -2, 郁闷: -2, 着急: -1, 慢: -1, 问题: -1, 故障: -1, 取消: -1, 乱扣: -2, 重复扣款: -2,
  不公平: -2, 受不了: -3, 恶心: -3, 过分: -2, 差劲: -3, 不靠谱: -2, 退订: -1, 贵: -1,
};

/** Words that flip the valence of what follows (within a short window). */
export const EN_NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'cannot',
  "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "can't", "couldn't", "won't",
  "wouldn't", "haven't", "hasn't", "hadn't", "shouldn't", 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'cant', 'wont',
]);
export const ZH_NEGATORS = new Set(['不', '没', '没有', '别', '未', '不是', '并不', '从不', '从来没有', '毫不', '不太', '不怎么', '没什么', '无']);
/** Chinese negation that follows its verb: 解决不了 "cannot be solved". */
export const ZH_POST_NEGATORS = new Set(['不了', '不到', '不好', '不上']);

/** Multipliers for the next sentiment word: boosters above 1, dampeners below. */
export const EN_INTENSIFIERS: Record<string, number> = {
  very: 1.3, really: 1.3, so: 1.3, extremely: 1.5, absolutely: 1.5, totally: 1.3, completely: 1.3,
  incredibly: 1.5, super: 1.3, too: 1.2, utterly: 1.5, highly: 1.3, much: 1.2, most: 1.3,
  slightly: 0.5, somewhat: 0.6, bit: 0.6, little: 0.6, fairly: 0.8, rather: 0.9, quite: 1.1,
};
export const ZH_INTENSIFIERS: Record<string, number> = {
  非常: 1.5, 很: 1.3, 太: 1.4, 特别: 1.5, 极其: 1.6, 十分: 1.5, 真: 1.3, 真是: 1.3, 超级: 1.5, 相当: 1.3,
  最: 1.5, 极: 1.5, 挺: 1.1, 实在: 1.4, 根本: 1.3, 有点: 0.6, 稍微: 0.5, 有些: 0.6, 比较: 0.8,
};

/** After these, the clause that follows carries the sentence ("fine, but ..."). */
export const CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', '但是', '可是', '不过', '但', '然而', '只是']);
