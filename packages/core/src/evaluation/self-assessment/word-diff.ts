/** A run of the word diff: words both texts share, or words only the older or only the newer has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

// Above this many cells the LCS table would be too slow in a browser; the middle is shown as replaced.
const MAX_CELLS = 4_000_000;

// Each word with the spaces before it, so a lone space never counts as a shared word.
const tokens = (text: string) => text.match(/\s*\S+|\s+$/g) ?? [];

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else if (text) parts.push({ kind, text });
}

/**
 * A word-level diff of two texts (year over year in the compare view): the longest common
 * subsequence of words and spaces, runs of the same kind merged. The shared start and end are
 * trimmed first, so the usual case (a few words changed) stays small.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  if (x.length * y.length > MAX_CELLS) {
    push(parts, 'removed', x.join(''));
    push(parts, 'added', y.join(''));
  } else {
    // lcs[i][j]: length of the common subsequence of x[i..] and y[j..], in one flat array.
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i -= 1)
      for (let j = y.length - 1; j >= 0; j -= 1)
        lcs[i * w + j] =
          x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] === y[j]) {
        push(parts, 'same', x[i]!);
        i += 1;
        j += 1;
      } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(parts, 'removed', x[i++]!);
      else push(parts, 'added', y[j++]!);
    }
    push(parts, 'removed', x.slice(i).join(''));
    push(parts, 'added', y.slice(j).join(''));
  }
  push(parts, 'same', a.slice(a.length - end).join(''));
  return parts;
}
