// Hand-made sentiment lexicons for what customers say on a support call, English and Simplified
// Chinese. Valence from -3 (very negative) to +3 (very positive), in the spirit of AFINN/VADER; it runs
// on every final utterance on the agent's machine with nothing to download. English words not listed
// here fall back to AFINN-165 (afinnFallback.ts). A valence of 0 is a decision, not a gap: the phrase is
// neutral on a call ("thank you" before a question is handled in cues.ts; 好的 is an acknowledgement).
// Multi-word entries are matched before single words (English joined by a space, Chinese by nothing).

export const EN_VALENCE: Record<string, number> = {
  // gratitude, praise, satisfaction, relief
  thanks: 2, thank: 2, 'thank you': 2, cheers: 1, appreciate: 2, appreciated: 2, grateful: 2, 'many thanks': 2,
  great: 3, perfect: 3, perfectly: 3, excellent: 3, brilliant: 3, wonderful: 3, lovely: 3, fantastic: 3,
  amazing: 3, awesome: 3, superb: 3, helpful: 2, helped: 2, happy: 3, pleased: 2, glad: 2,
  delighted: 3, good: 2, fine: 1, better: 2, best: 3, nice: 2, friendly: 2, quick: 1, quicker: 1,
  easy: 2, solved: 2, resolved: 2, sorted: 1, works: 1, working: 1, love: 3, loved: 3,
  satisfied: 2, smooth: 1, reliable: 2, fair: 1, patient: 2, 'no problem': 1, relieved: 2, relief: 2,
  impressed: 3, legend: 3, 'nice one': 2, lifesaver: 3, 'life saver': 3, star: 2, painless: 2, worth: 2,
  reasonable: 1, "can't fault": 2, 'good news': 2, work: 1, worked: 1, 'exactly what i needed': 2, 'thanks a lot': 2, 'spot on': 2, 'thank god': 2, 'thank goodness': 2, phew: 1, 'can breathe': 2, fab: 2,
  superstar: 3, 'kind of you': 2, 'very kind': 2, 'so kind': 2, 'really kind': 2, 'made my day': 3,
  'over the moon': 3, chuffed: 3, 'top notch': 3, 'well done': 2, 'went well': 2, 'above and beyond': 3, recommend: 2, 'sorted out': 1,
  // anger, frustration, disappointment, distrust
  angry: -3, furious: -3, livid: -3, fuming: -3, terrible: -3, awful: -3, horrible: -3, ridiculous: -3,
  useless: -3, worst: -3, worse: -2, rubbish: -3, hate: -3, unacceptable: -3, disgusting: -3, appalling: -3,
  outrageous: -3, disgrace: -3, disgraceful: -3, shocking: -3, pathetic: -3, shambles: -3, joke: -2,
  disaster: -3, nightmare: -3, hopeless: -3, incompetent: -3, dreadful: -3, atrocious: -3, diabolical: -3,
  disappointed: -2, disappointing: -2, frustrated: -2, frustrating: -2, annoyed: -2, annoying: -2,
  unhappy: -2, upset: -2, complaint: -2, complain: -2, complaining: -2, broken: -1, unfair: -2, bad: -2,
  poor: -2, crazy: -2, wrong: -1, waste: -2, mess: -2, 'fed up': -2, 'sick of': -2, 'tired of': -2,
  overcharged: -2, 'charged twice': -2, scam: -3, lied: -3, liars: -3, rude: -3, confusing: -1, confused: -1,
  slow: -1, dropping: -1, drops: -1, problem: -1, problems: -1, issue: -1, issues: -1, fault: -1,
  faulty: -1, late: -1, expensive: -1, difficult: -1, stuck: -1, 'rip off': -3, 'ripped off': -3,
  'doing my head in': -3, 'driving me mad': -3, 'driving me crazy': -3, 'up the wall': -2, mad: -2,
  'let me down': -3, 'let down': -2, 'had enough': -3, 'fobbed off': -3, 'messed up': -2, shame: -1,
  misleading: -2, misled: -2, unprofessional: -3, unreliable: -2, nonsense: -2, stupid: -2, fed: -1,
  freezing: -1, freezes: -1, crashing: -1, crashes: -1, failed: -1, fails: -1, gutted: -3, 'not good enough': -3,
  'hard to believe': -2, 'with respect': 0, 'stopped working': 0, 'broken into': 0, 'not what i ordered': -2,
  "doesn't help": -2, "didn't help": -2, 'not helping': -2, 'no help': -2, 'not acceptable': -3,
  'for ages': -2, 'runaround': -3, 'run around': -3, 'in circles': -2, 'nobody cares': -3, "don't care": -2,
  "can't sleep": -2, 'losing sleep': -2, "wits' end": -3, 'wits end': -3, pointless: -2, typical: -1,
  'one thing after another': -3, 'not on': -2, cheek: -2, 'the cheek': -3, bother: -1, hassle: -2,
  // worry and distress
  worried: -2, worry: -2, worrying: -2, stressed: -2, stress: -2, stressful: -2, anxious: -2,
  panicking: -2, panic: -2, scared: -2, terrified: -3, nervous: -2, desperate: -2, distressed: -2,
  // neutral on a call, though they sound charged elsewhere
  help: 0, kind: 0, 'kind of': 0, 'sort of': 0, fixed: 0, cancel: 0, clear: 0, fast: 0, please: 0,
};

export const ZH_VALENCE: Record<string, number> = {
  // gratitude, praise, satisfaction, relief
  谢谢: 2, 感谢: 2, 多谢: 2, 非常感谢: 3, 好: 1, 很好: 2, 挺好: 2, 真好: 2, 不错: 2, 太好了: 3, 好极了: 3, 棒: 3,
  太棒了: 3, 满意: 2, 高兴: 3, 开心: 3, 专业: 2, 解决: 1, 帮忙: 1, 大忙: 2, 顺利: 2,
  很方便: 2, 挺方便: 2, 喜欢: 2, 周到: 2, 耐心: 2, 热情: 2, 及时: 1, 公平: 1, 放心: 2, 快多了: 2, 好多了: 2,
  赞: 3, 点赞: 3, 爱了: 3, 给力: 3, 牛: 2, 厉害: 2, 靠谱: 2, 贴心: 2, 省心: 2, 舒服: 2, 感激: 3, 感动: 2,
  刮目相看: 3, 够意思: 2, 解决了: 2, 搞定: 2, 搞定了: 2, 弄好了: 2, 修好了: 2, 这下好了: 2, 完美: 3, 好评: 3,
  帮了我: 2, 好消息: 2, 出问题: -1, 出过问题: -1, 相信: 1, 不能不服: 2, 不服: -1.5, 不相信: -2, 信不过: -2, 还可以: 1, 合理: 1, 值: 2, 值得: 2, 没毛病: 2, 没得挑: 3, 踏实: 2, 安心: 2,
  谢天谢地: 3, 松了口气: 3, 喘口气: 2, 太及时: 3, 稳定: 1, 好用: 2, 划算: 2, 优惠: 1, 惊喜: 3, 服气: 2,
  // anger, frustration, disappointment, distrust
  生气: -3, 气愤: -3, 愤怒: -3, 差: -2, 太差: -3, 糟糕: -3, 不满: -2, 失望: -2, 烦: -2, 投诉: -2,
  离谱: -3, 没用: -2, 没有用: -2, 坏: -2, 坏的: -2, 掉线: -2, 断线: -2, 垃圾: -3, 骗: -3, 欺骗: -3,
  无语: -2, 郁闷: -2, 着急: -1, 慢: -1, 乱扣: -2, 重复扣款: -2,
  不公平: -2, 受不了: -3, 恶心: -3, 过分: -2, 差劲: -3, 不靠谱: -2, 贵: -1, 烂: -3, 难听: -2,
  不负责任: -3, 不爽: -2, 气死: -3, 烦死: -3, 麻了: -2, 服了: -2, 醉了: -2, 坑: -2, 坑爹: -3, 奇葩: -2,
  闪退: -2, 断网: -2, 没网: -2, 卡顿: -2, 老卡: -2, 太卡: -2, 很卡: -2, 还卡: -2, 看不了: -2, 用不了: -2,
  打不通: -2, 不行: -1, 没法接受: -3, 接受不了: -3, 不能接受: -3, 难受: -2, 可惜: -1, 乱收费: -3,
  忽悠: -3, 推卸: -2, 踢皮球: -3, 敷衍: -3, 拖: -1, 差评: -3, 不像话: -3, 气人: -3, 恼火: -3, 火大: -3,
  崩溃: -3, 受够了: -3, 倒霉: -2, 委屈: -2, 伤心: -2, 窝火: -3, 折腾: -2, 心累: -3, 头疼: -2, 闹心: -2,
  寒心: -3, 心寒: -3, 不好听: -2, 抱怨: -2, 不耐烦: -2, 恶劣: -3, 欺负人: -3, 霸王条款: -3, 乱扣费: -3,
  黑心: -3, 坑人: -3, 骗子: -3, 一塌糊涂: -3, 糟心: -2, 烦人: -2, 烦躁: -2, 无奈: -2, 没辙: -2, 心烦: -2,
  扯皮: -3, 推来推去: -3, 踢来踢去: -3, 辛苦你了: 2, 辛苦了: 2, 帮大忙了: 3, 五星: 3, 效率高: 2,
  // worry and distress
  担心: -2, 慌: -2, 急死: -3, 害怕: -2, 心里发毛: -2, 睡不着: -2, 焦虑: -2, 不安: -2, 急: -1,
  // neutral on a call: acknowledgements (好 / 行 alone in a clause too), formulae, words that only look charged
  好的: 0, 好嘞: 0, 好吧: 0, 行: 0, 快: 0, 方便: 0, 清楚: 0, 帮助: 0, 取消: 0, 退订: 0, 麻烦: -1,
  问题: 0, 故障: 0, 诈骗: 0, 冒充: 0,
  麻烦你: 0, 麻烦您: 0, 不好意思: 0, 不急: 0, 一下: 0,
};

/**
 * Events a customer reports to get something done: neutral on their own (annotation: "my card was stolen,
 * how do i get a new one"), but they are what a sarcastic "oh perfect, so ..." is about.
 */
export const EVENT_WORDS = new Set([
  'cancelled', 'canceled', 'delayed', 'stolen', 'lost', 'damaged', 'missing', 'charged', 'broken', 'crashed',
  'declined', 'blocked', 'overdrawn', 'flooded', 'leaking', 'late', 'wrong', 'extra',
  '取消', '延误', '被盗', '丢', '坏', '扣', '停', '断', '多收', '维修费', '损坏',
]);

/** Words that flip the valence of what follows (within a short window). */
export const EN_NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'cannot',
  "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "can't", "couldn't", "won't",
  "wouldn't", "haven't", "hasn't", "hadn't", "shouldn't", 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'cant', 'wont',
  "nothing's", "ain't",
]);
export const ZH_NEGATORS = new Set(['不', '没', '没有', '别', '未', '不是', '并不', '从不', '从来没有', '从来没', '毫不', '不太', '不怎么', '没什么', '无', '一点也不', '一点都不', '并没有']);
/** Chinese negation that follows its verb: 解决不了 "cannot be solved". */
export const ZH_POST_NEGATORS = new Set(['不了', '不到', '不好', '不上']);

/** Multipliers for the next sentiment word: boosters above 1, dampeners below. */
export const EN_INTENSIFIERS: Record<string, number> = {
  very: 1.3, really: 1.3, so: 1.3, extremely: 1.5, absolutely: 1.5, totally: 1.3, completely: 1.3,
  incredibly: 1.5, super: 1.3, too: 1.2, utterly: 1.5, highly: 1.3, much: 1.2, most: 1.3,
  slightly: 0.5, somewhat: 0.6, bit: 0.6, little: 0.6, fairly: 0.8, rather: 0.9, quite: 1.1, tad: 0.6,
};
export const ZH_INTENSIFIERS: Record<string, number> = {
  非常: 1.5, 很: 1.3, 太: 1.4, 特别: 1.5, 极其: 1.6, 十分: 1.5, 真: 1.3, 真是: 1.3, 超级: 1.5, 相当: 1.3,
  最: 1.5, 极: 1.5, 挺: 1.1, 实在: 1.4, 根本: 1.3, 有点: 0.6, 稍微: 0.5, 有些: 0.6, 比较: 0.8, 简直: 1.5,
  真的: 1.3, 有点儿: 0.6, 偶尔: 0.5, 超: 1.4,
};

/** After these, the clause that follows carries the sentence ("fine, but ..."). */
export const CONTRAST = new Set(['but', 'however', 'although', 'though', '但是', '可是', '不过', '但', '然而', '只是', '可']);
