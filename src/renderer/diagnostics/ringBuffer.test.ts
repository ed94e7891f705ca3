import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ringBuffer';

describe('RingBuffer', () => {
  it('keeps the newest within a count, oldest first, and counts what it dropped', () => {
    const b = new RingBuffer<number>(3, 1000, () => 1);
    for (let i = 1; i <= 5000; i++) b.push(i);
    expect(b.values()).toEqual([4998, 4999, 5000]);
    expect(b.size).toEqual({ items: 3, bytes: 3, dropped: 4997 });
  });
  it('keeps the newest within a size, but always the newest one even when it alone is too big', () => {
    const b = new RingBuffer<string>(100, 10, (s) => s.length);
    b.push('aaaa');
    b.push('bbbb');
    b.push('cccc');
    expect(b.values()).toEqual(['bbbb', 'cccc']);
    b.push('x'.repeat(50));
    expect(b.values()).toEqual(['x'.repeat(50)]);
    expect(b.size.bytes).toBe(50);
  });
});
