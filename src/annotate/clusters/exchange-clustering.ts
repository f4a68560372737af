/**
 * Word clustering by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
 * 1998): words are moved one at a time to the class that most increases the likelihood of a
 * class bigram model of the text, until few words move. Words used in the same contexts end up
 * together (weekdays, surnames, cities), which tells a tagger about words it never saw labelled.
 * Deterministic: words are visited by frequency, ties broken by the word.
 */
export interface ClusteringOptions {
  readonly classes: number;
  readonly iterations: number;
  /** Words seen fewer times than this are not clustered (too little evidence). */
  readonly minCount: number;
}

/** x log x, the building block of the class bigram likelihood. */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/** Clusters the words of `sentences` (lower-cased by the caller if wanted): word -> class. */
export function exchangeClustering(sentences: Iterable<readonly string[]>, options: ClusteringOptions): Map<string, number> {
  // Vocabulary of words seen often enough; index 0 stands for every other word and the edges.
  const counts = new Map<string, number>();
  const corpus: string[][] = [];
  for (const sentence of sentences) {
    corpus.push([...sentence]);
    for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const index = new Map(vocabulary.map((w, i) => [w, i + 1]));
  const V = vocabulary.length + 1;
  const K = options.classes + 1; // class 0: the rare words and sentence edges, never moved

  // Word bigram counts as sparse left and right neighbour lists.
  const right = Array.from({ length: V }, () => new Map<number, number>());
  const left = Array.from({ length: V }, () => new Map<number, number>());
  const unigram = new Float64Array(V);
  for (const sentence of corpus) {
    let previous = 0;
    for (const word of [...sentence, '']) {
      const current = word === '' ? 0 : (index.get(word) ?? 0);
      right[previous]!.set(current, (right[previous]!.get(current) ?? 0) + 1);
      left[current]!.set(previous, (left[current]!.get(previous) ?? 0) + 1);
      unigram[current]! += 1;
      previous = current;
    }
  }

  // Initial classes: frequent words round-robin by rank.
  const classOf = new Int32Array(V);
  for (let w = 1; w < V; w++) classOf[w] = 1 + ((w - 1) % options.classes);
  const classBigram = new Float64Array(K * K);
  const classCount = new Float64Array(K);
  for (let a = 0; a < V; a++) {
    classCount[classOf[a]!]! += unigram[a]!;
    for (const [b, n] of right[a]!) classBigram[classOf[a]! * K + classOf[b]!]! += n;
  }

  const leftByClass = new Float64Array(K);
  const rightByClass = new Float64Array(K);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    let moved = 0;
    for (let w = 1; w < V; w++) {
      const from = classOf[w]!;
      // The word's bigram counts by neighbouring class (its own bigrams w w counted apart).
      leftByClass.fill(0);
      rightByClass.fill(0);
      let self = 0;
      for (const [v, n] of left[w]!) if (v === w) self += n; else leftByClass[classOf[v]!]! += n;
      for (const [v, n] of right[w]!) if (v !== w) rightByClass[classOf[v]!]! += n;
      const leftClasses = nonZero(leftByClass);
      const rightClasses = nonZero(rightByClass);
      // Take the word out of its class.
      moveCounts(classBigram, classCount, K, from, leftClasses, leftByClass, rightClasses, rightByClass, self, unigram[w]!, -1);
      let best = from;
      let bestGain = -Infinity;
      for (let c = 1; c < K; c++) {
        const gain = additionGain(classBigram, classCount, K, c, leftClasses, leftByClass, rightClasses, rightByClass, self, unigram[w]!);
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          best = c;
        }
      }
      moveCounts(classBigram, classCount, K, best, leftClasses, leftByClass, rightClasses, rightByClass, self, unigram[w]!, 1);
      if (best !== from) {
        classOf[w] = best;
        moved += 1;
      }
    }
    if (moved === 0) break;
  }
  return new Map(vocabulary.map((word, i) => [word, classOf[i + 1]! - 1]));
}

/** The classes with a count. */
function nonZero(byClass: Float64Array): Int32Array {
  let n = 0;
  for (let c = 0; c < byClass.length; c++) if (byClass[c]! > 0) n += 1;
  const classes = new Int32Array(n);
  for (let c = 0, k = 0; c < byClass.length; c++) if (byClass[c]! > 0) classes[k++] = c;
  return classes;
}

/** The change in log likelihood of putting the word (its counts by class) into class `c`. */
function additionGain(
  bigram: Float64Array, count: Float64Array, K: number, c: number,
  leftClasses: Int32Array, leftByClass: Float64Array, rightClasses: Int32Array, rightByClass: Float64Array, self: number, n: number,
): number {
  let gain = 0;
  for (const d of leftClasses) {
    if (d === c) continue;
    const before = bigram[d * K + c]!;
    gain += xlogx(before + leftByClass[d]!) - xlogx(before);
  }
  for (const d of rightClasses) {
    if (d === c) continue;
    const before = bigram[c * K + d]!;
    gain += xlogx(before + rightByClass[d]!) - xlogx(before);
  }
  // The (c, c) cell takes the word's bigrams with its new classmates on both sides and w w.
  const cc = leftByClass[c]! + rightByClass[c]! + self;
  gain += xlogx(bigram[c * K + c]! + cc) - xlogx(bigram[c * K + c]!);
  gain -= 2 * (xlogx(count[c]! + n) - xlogx(count[c]!));
  return gain;
}

function moveCounts(
  bigram: Float64Array, count: Float64Array, K: number, c: number,
  leftClasses: Int32Array, leftByClass: Float64Array, rightClasses: Int32Array, rightByClass: Float64Array, self: number, n: number, sign: 1 | -1,
): void {
  for (const d of leftClasses) if (d !== c) bigram[d * K + c]! += sign * leftByClass[d]!;
  for (const d of rightClasses) if (d !== c) bigram[c * K + d]! += sign * rightByClass[d]!;
  bigram[c * K + c]! += sign * (leftByClass[c]! + rightByClass[c]! + self);
  count[c]! += sign * n;
}
