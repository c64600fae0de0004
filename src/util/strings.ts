/** Levenshtein distance, bounded: stops early once the distance must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
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
