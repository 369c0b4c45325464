/**
 * The identities of the rows read so far in one file, to refuse the same participation twice
 * (participant-data.md §2). A million identities kept as strings in a Map take a few hundred
 * megabytes; this keeps a 64-bit hash of each, with its row number, in open-addressed typed
 * arrays: 12 bytes per slot. Two different identities share a hash with a probability of about
 * n²/2⁶⁵ – 3 in 100 million for a file of a million rows.
 */
export class RowIdentities {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  // Row numbers are 2 or more (the header is row 1), so 0 marks an empty slot.
  private rows = new Uint32Array(1024);
  private size = 0;

  /** Records the identity for the row; returns the earlier row with the same identity, if any. */
  add(identity: string, row: number): number | undefined {
    const [high, low] = hash64(identity);
    const mask = this.rows.length - 1;
    let slot = low & mask;
    while (this.rows[slot] !== 0) {
      if (this.high[slot] === high && this.low[slot] === low) return this.rows[slot];
      slot = (slot + 1) & mask;
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
    this.size += 1;
    // At most half full, so a probe sequence stays short.
    if (this.size * 2 > this.rows.length) this.grow();
    return undefined;
  }

  private grow() {
    const { high, low, rows } = this;
    this.high = new Uint32Array(rows.length * 2);
    this.low = new Uint32Array(rows.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    const mask = this.rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      let slot = low[i]! & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}

/**
 * Two 32-bit multiplicative hashes with different constants over the UTF-16 code units, each
 * finished with an avalanche step and mixed with the other. Not cryptographic: the input is the
 * user's own file, and a collision only makes a row be reported as a duplicate.
 */
export function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x9e3779b1);
    b = (b << 13) | (b >>> 19);
  }
  a = avalanche(a ^ Math.imul(b, 0x85ebca6b));
  b = avalanche(b ^ Math.imul(a, 0xc2b2ae35));
  return [a >>> 0, b >>> 0];
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
