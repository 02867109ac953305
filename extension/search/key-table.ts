/**
 * n-gram key (uint32) → small list number, as an open-addressing hash table in typed arrays:
 * indexing 50,000 notes looks up tens of millions of keys, and a Map of numbers costs several
 * times more per lookup.
 */
export class KeyTable {
  private bits = 12;
  private keys = new Uint32Array(1 << this.bits);
  private ids = new Int32Array(1 << this.bits).fill(-1);
  size = 0;

  private slot(key: number): number {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.ids[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    return h;
  }

  /** The list number of `key`, or -1. */
  find(key: number): number {
    return this.ids[this.slot(key)]!;
  }

  /** The list number of `key`, giving it the next number (`size`) when new. */
  intern(key: number): number {
    let h = this.slot(key);
    const id = this.ids[h]!;
    if (id !== -1) return id;
    if ((this.size + 1) * 2 > this.ids.length) {
      this.grow();
      h = this.slot(key);
    }
    this.keys[h] = key;
    this.ids[h] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.bits++;
    this.keys = new Uint32Array(1 << this.bits);
    this.ids = new Int32Array(1 << this.bits).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === -1) continue;
      const h = this.slot(keys[i]!);
      this.keys[h] = keys[i]!;
      this.ids[h] = ids[i]!;
    }
  }
}
