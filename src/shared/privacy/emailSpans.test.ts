import { describe, expect, it } from 'vitest';
import { emailSpans } from './emailSpans';

const emails = (text: string) => emailSpans(text).map((s) => text.slice(s.start, s.end));

describe('e-mail addresses, written and spoken', () => {
  it.each([
    ['jane.doe+bills@example.co.uk now', 'jane.doe+bills@example.co.uk'],
    ['send it to josé.garcía@ejemplo.es', 'josé.garcía@ejemplo.es'],
    ['邮箱是zhangsan@qq.com谢谢', 'zhangsan@qq.com'],
    ['请发到用户@例子.公司，谢谢', '用户@例子.公司'],
    ['邮箱 张三@例子.中国谢谢', '张三@例子.中国'],
    ['почта@пример.рф wrote', 'почта@пример.рф'],
    ["it's john dot doe at example dot com", 'john dot doe at example dot com'],
    ['j o h n at g mail dot com', 'j o h n at g mail dot com'],
    ['mary dash ann at example dot co dot uk', 'mary dash ann at example dot co dot uk'],
    ['peter underscore parker one nine at gmail dot com', 'peter underscore parker one nine at gmail dot com'],
    ['my email is john smith at example dot com', 'john smith at example dot com'],
    ['邮箱zhangsan艾特qq点com', 'zhangsan艾特qq点com'],
    ['邮箱是 zhang san 艾特 163 点 com', 'zhang san 艾特 163 点 com'],
    ['一二三四五艾特qq点com', '一二三四五艾特qq点com'],
    ['我邮箱是小明艾特qq点com', '小明艾特qq点com'],
    ['wang下划线wu艾特126点com', 'wang下划线wu艾特126点com'],
  ])('%s', (text, expected) => {
    expect(emails(text)).toEqual([expected]);
  });

  it.each([
    'meet me at the office at 3',
    "I'm at home, look at this dot on the screen",
    'visit us at example dot com',
    'find us online at example dot com',
    'go to www.example.com or example.com',
    'the site is support dot example dot com',
    'John at Microsoft said so',
    '艾特我一下，我三点到，一点点',
    'email me at www dot example dot com',
  ])('not an address: %s', (text) => {
    expect(emails(text)).toEqual([]);
  });
});

describe('spoken joiners', () => {
  it('reads "period", "point", 杠 and 下滑线 as they are said in addresses', () => {
    expect(emails('john period doe at example period com')).toEqual(['john period doe at example period com']);
    expect(emails('wang杠wu艾特qq点com, li下滑线si艾特163点com')).toEqual(['wang杠wu艾特qq点com', 'li下滑线si艾特163点com']);
    expect(emails('at this point 5 we stop at 3 point 5')).toEqual([]);
  });
});
