// The newest entries only, within a count and a size: what the diagnostics bundle keeps of the SIP
// trace and the logs, so a long shift never grows memory.
export class RingBuffer<T> {
  private items: { value: T; size: number }[] = [];
  private start = 0;
  private bytes = 0;
  private droppedCount = 0;

  constructor(
    private readonly maxItems: number,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  push(value: T): void {
    const size = this.sizeOf(value);
    this.items.push({ value, size });
    this.bytes += size;
    while (this.items.length - this.start > this.maxItems || (this.bytes > this.maxBytes && this.items.length - this.start > 1)) {
      this.bytes -= this.items[this.start]!.size;
      this.start++;
      this.droppedCount++;
    }
    // Drop the dead head now and then rather than shifting the array on every push.
    if (this.start > 1024 && this.start * 2 > this.items.length) {
      this.items = this.items.slice(this.start);
      this.start = 0;
    }
  }

  /** Oldest first. */
  values(): T[] {
    return this.items.slice(this.start).map((i) => i.value);
  }

  /** What is kept, and how many older entries were dropped to stay within the limits. */
  get size(): { items: number; bytes: number; dropped: number } {
    return { items: this.items.length - this.start, bytes: this.bytes, dropped: this.droppedCount };
  }
}
