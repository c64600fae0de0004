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

/** Below this many names a plain scan is as fast as the index and needs no building. */
const SCAN_BELOW = 64;
/**
 * Trigram buckets: a power of two, about four per name up to 2^18 (zeroing and summing the
 * table is the build's fixed cost); distinct trigrams that share a bucket only add candidates.
 */
const MAX_BUCKET_BITS = 18;
/** Trigrams read beyond the 3k + 1 that k edits require: each one more rules out more names. */
const EXTRA_GRAMS = 2;
/** Index entries read at most per lookup, and names compared at most: past either, no hint. */
const MAX_POSTINGS = 50_000;
const MAX_COMPARISONS = 2_000;

/**
 * "Did you mean" over many names (every declared VM of a large estate): the answer
 * `closest(word, names)` gives, without comparing `word` with every name.
 *
 * Candidates come from a trigram index (names padded with two marks at each end). One edit
 * changes at most 3 of a word's trigrams, so a name within k edits of `word` still has all
 * but 3k of any D distinct trigrams of it. For k = 1, 2, … up to the bound `closest` uses,
 * the lookup reads the index under the word's D = 3k + 3 rarest trigrams, counting per name,
 * compares only names with at least D - 3k of them, and stops at the first k that finds a
 * name within k edits: every name that near has then been compared, so a unique nearest one
 * is the hint and a tie is none, as in `closest`. A lookup that would read more than
 * MAX_POSTINGS entries or compare more than MAX_COMPARISONS names gives no hint instead of
 * going on: a word that far from every declared name is seldom a typo of one, and a hint is
 * not worth a slow lint. Words too short (or repetitive) for the trigram bound are scanned;
 * few names are within their length bound.
 */
export class SuggestionIndex {
  private readonly names: readonly string[];
  private readonly lower: string[];
  /** Bucket b's name ids (each once, ascending) are postings[starts[b] .. starts[b + 1]). */
  private readonly starts: Int32Array = new Int32Array(0);
  private readonly postings: Int32Array | undefined;
  /** Per lookup: a name's stamp, how many of the word's trigrams it has, whether it was compared. */
  private readonly seen: Int32Array = new Int32Array(0);
  private readonly hits: Int32Array = new Int32Array(0);
  private readonly compared: Int32Array = new Int32Array(0);
  private touched = new Int32Array(1024);
  private stamp = 0;
  private readonly bits: number = 0;

  constructor(names: readonly string[]) {
    this.names = names;
    this.lower = names.map((n) => n.toLowerCase());
    if (names.length < SCAN_BELOW) return;
    this.bits = Math.min(MAX_BUCKET_BITS, Math.max(10, Math.ceil(Math.log2(names.length * 4))));
    const buckets = 1 << this.bits;
    // Count each bucket's names, then fill; lastId posts a name once under a bucket.
    const lastId = new Int32Array(buckets).fill(-1);
    const starts = new Int32Array(buckets + 1);
    let grams = new Int32Array(64);
    for (let id = 0; id < this.lower.length; id++) {
      const name = this.lower[id]!;
      if (grams.length < name.length + 2) grams = new Int32Array(name.length + 2);
      const count = trigrams(name, grams, this.bits);
      for (let g = 0; g < count; g++) {
        const b = grams[g]!;
        if (lastId[b] === id) continue;
        lastId[b] = id;
        starts[b + 1]!++;
      }
    }
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const fill = starts.slice(0, buckets);
    const postings = new Int32Array(starts[buckets]!);
    lastId.fill(-1);
    for (let id = 0; id < this.lower.length; id++) {
      const count = trigrams(this.lower[id]!, grams, this.bits);
      for (let g = 0; g < count; g++) {
        const b = grams[g]!;
        if (lastId[b] === id) continue;
        lastId[b] = id;
        postings[fill[b]!++] = id;
      }
    }
    this.starts = starts;
    this.postings = postings;
    this.seen = new Int32Array(names.length);
    this.hits = new Int32Array(names.length);
    this.compared = new Int32Array(names.length);
  }

  /** The declared name `word` most likely meant, as `closest(word, names)` finds it. */
  closest(word: string): string | undefined {
    const postings = this.postings;
    if (!postings) return closest(word, this.names);
    const lower = word.toLowerCase();
    const max = Math.max(1, Math.floor(word.length / 3));
    const { starts, seen, hits, compared } = this;
    // The word's distinct trigram buckets, rarest first.
    const buffer = new Int32Array(lower.length + 2);
    const grams = [...new Set(buffer.subarray(0, trigrams(lower, buffer, this.bits)))];
    if (grams.length <= 3 * max) return closest(word, this.names);
    grams.sort((a, b) => starts[a + 1]! - starts[a]! - (starts[b + 1]! - starts[b]!) || a - b);

    const stamp = ++this.stamp;
    let touchedCount = 0;
    let read = 0;
    let used = 0;
    let comparisons = 0;
    let best = -1;
    let bestDistance = max + 1;
    let ties = 0;
    for (let k = 1; k <= max; k++) {
      for (const want = Math.min(grams.length, 3 * k + 1 + EXTRA_GRAMS); used < want; used++) {
        const b = grams[used]!;
        const start = starts[b]!;
        const end = starts[b + 1]!;
        read += end - start;
        if (read > MAX_POSTINGS) return undefined;
        for (let i = start; i < end; i++) {
          const id = postings[i]!;
          if (seen[id] === stamp) {
            hits[id]!++;
            continue;
          }
          seen[id] = stamp;
          hits[id] = 1;
          compared[id] = 0;
          if (touchedCount === this.touched.length) {
            const grown = new Int32Array(touchedCount * 2);
            grown.set(this.touched);
            this.touched = grown;
          }
          this.touched[touchedCount++] = id;
        }
      }
      const touched = this.touched;
      const atLeast = used - 3 * k;
      for (let t = 0; t < touchedCount; t++) {
        const id = touched[t]!;
        if (compared[id] || hits[id]! < atLeast) continue;
        compared[id] = 1;
        if (++comparisons > MAX_COMPARISONS) return undefined;
        const d = editDistance(lower, this.lower[id]!, max);
        if (d < bestDistance) {
          best = id;
          bestDistance = d;
          ties = 0;
        } else if (d === bestDistance) {
          ties++;
        }
      }
      // Every name within k edits has been compared: if the nearest is that close, it is final.
      if (bestDistance <= k) return ties === 0 ? this.names[best] : undefined;
    }
    return undefined;
  }
}

/** The trigram buckets of `word` padded with two marks at each end, into `out`; returns their count. */
function trigrams(word: string, out: Int32Array, bits: number): number {
  const n = word.length;
  let a = 1;
  let b = 1;
  for (let i = 0; i <= n + 1; i++) {
    const c = i < n ? word.charCodeAt(i) : 2;
    out[i] = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - bits);
    a = b;
    b = c;
  }
  return n + 2;
}

/** Text quoted in a message, shortened when huge (a hostile 100,000-character key must not make a 100 KB message). */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
