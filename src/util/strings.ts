// Two rows reused across calls: "did you mean" hints compare a name with every declared
// name of a kind, so this runs hundreds of thousands of times on a large estate.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, bounded: stops early once the distance must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      let v = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      if (insert < v) v = insert;
      const substitute = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (substitute < v) v = substitute;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[m]!;
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo
 * and clearly closer than any other candidate (a tie is no suggestion at all).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const max = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  let secondDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      secondDistance = bestDistance;
      best = candidate;
      bestDistance = d;
    } else if (d < secondDistance) {
      secondDistance = d;
    }
  }
  return bestDistance <= max && bestDistance < secondDistance ? best : undefined;
}

/** Text quoted in a message, shortened when huge (a hostile 100,000-character key must not make a 100 KB message). */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
