/**
 * Attaches punctuation the way the UD Dutch treebanks do. Their converter (ALUD) first hangs
 * every mark from the root word, then moves it with the "fixpunct" procedure of Udapi
 * (Popel et al.): paired marks (brackets, quotation marks) go to the highest word between
 * them, any other mark to the lower of its two neighbours' highest ancestors that keep the
 * tree projective, unless its parent is already on one of those ancestor paths. Re-implemented
 * here from that description, so the 2017 training trees (all marks on the root) and the
 * parser's own output get exactly the attachments the current treebanks have.
 */

/** Opening marks and the mark that closes each. */
const PAIRED: ReadonlyMap<string, string> = new Map([
  ['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'], [',,', "''"], ['"', '"'], ["'", "'"], ['`', "'"],
  ['“', '”'], ['‘', '’'], ['„', '”'], ['”', '”'], ['«', '»'], ['‹', '›'],
]);
/** Marks that end a sentence never attach to a word after them. */
const FINAL = new Set(['.', '?', '!']);

type PunctKind = 'opening' | 'closing' | null;

/**
 * New heads for a sentence: `forms[i]`, `isPunct[i]` and `heads[i]` describe word i+1 (heads
 * 1-based, 0 = root). Every punctuation mark is first hung from the root word, as the converter
 * does, then placed. Returns new heads; the input is not changed.
 */
export function attachPunctuation(forms: readonly string[], isPunct: readonly boolean[], heads: readonly number[]): number[] {
  const n = forms.length;
  const parent = [0, ...heads];
  const rootWord = parent.indexOf(0, 1);
  if (rootWord < 1) return [...heads];
  const punct = (i: number): boolean => i > 0 && isPunct[i - 1]!;
  // No mark keeps dependents: they move up to the mark's head.
  for (let i = 1; i <= n; i++) {
    let guard = 0;
    while (punct(parent[i]!) && guard++ <= n) parent[i] = parent[parent[i]!]!;
  }
  if (!punct(rootWord)) for (let i = 1; i <= n; i++) if (punct(i) && !isAncestorOf(parent, i, rootWord)) parent[i] = rootWord;

  const kinds: PunctKind[] = new Array(n + 1).fill(null);
  for (let i = 1; i <= n; i++) {
    if (kinds[i] === 'closing' || !punct(i)) continue;
    const closing = PAIRED.get(forms[i - 1]!);
    if (closing !== undefined) attachPair(forms, punct, parent, kinds, i, closing);
  }
  for (let i = 1; i <= n; i++) if (punct(i) && kinds[i] === null) attachSubordinate(forms, punct, parent, kinds, i);
  return parent.slice(1);
}

function attachPair(forms: readonly string[], punct: (i: number) => boolean, parent: number[], kinds: PunctKind[], open: number, closing: string): void {
  const n = forms.length;
  let nested = 0;
  let close = -1;
  for (let j = open + 1; j <= n; j++) {
    if (forms[j - 1] === closing) {
      if (nested > 0) nested -= 1;
      else {
        close = j;
        break;
      }
    } else if (forms[j - 1] === forms[open - 1]) nested += 1;
  }
  if (close < 0) return;
  // Words between the marks whose head lies outside them: the heads of what the pair encloses.
  const heads: number[] = [];
  const punctHeads: number[] = [];
  for (let j = open + 1; j < close; j++) {
    if (parent[j]! < open || parent[j]! > close) (punct(j) ? punctHeads : heads).push(j);
  }
  const candidates = heads.length > 0 ? heads : punctHeads;
  if (candidates.length === 0) return;
  if (candidates.length === 1) {
    parent[open] = candidates[0]!;
    parent[close] = candidates[0]!;
  } else {
    const spans = candidates.map((c) => subtreeSpan(parent, c));
    let first = 0;
    let last = 0;
    for (let k = 1; k < candidates.length; k++) {
      if (spans[k]![0] < spans[first]![0]) first = k;
      if (spans[k]![1] > spans[last]![1]) last = k;
    }
    parent[open] = candidates[first]!;
    parent[close] = candidates[last]!;
  }
  kinds[open] = 'opening';
  kinds[close] = 'closing';
}

function attachSubordinate(forms: readonly string[], punct: (i: number) => boolean, parent: number[], kinds: PunctKind[], node: number): void {
  const n = forms.length;
  const form = forms[node - 1]!;
  if (form === '.' && parent[node] === node - 1) return; // an abbreviation's or ordinal's dot
  // A mark that, with another, brackets its head's whole subtree works as a pair: keep it.
  const head = parent[node]!;
  if (head > 0) {
    const members = subtreeMembers(parent, head);
    const first = members[0]!;
    const last = members[members.length - 1]!;
    if ((node === first || node === last) && members.length === last - first + 1) {
      if (punct(first) && punct(last) && parent[first] === head && parent[last] === head) return;
    }
  }
  let left = node - 1;
  let right = FINAL.has(form) ? -1 : node + 1 <= n ? node + 1 : -1;
  while (left > 0 && punct(left)) {
    if (kinds[left] === 'opening') {
      left = -1;
      break;
    }
    left -= 1;
  }
  if (left === 0) left = -1;
  while (right > 0 && punct(right)) {
    if (kinds[right] === 'closing') {
      right = -1;
      break;
    }
    right = right + 1 <= n ? right + 1 : -1;
  }
  const leftPath: number[] = [left];
  const rightPath: number[] = [right];
  if (left > 0) {
    for (let guard = 0; guard <= n; guard++) {
      const up = parent[left]!;
      if (up <= 0 || up >= node) break;
      if (node < subtreeSpan(parent, left)[1]) break;
      left = up;
      leftPath.push(left);
    }
  }
  if (right > 0) {
    for (let guard = 0; guard <= n; guard++) {
      const up = parent[right]!;
      if (up <= 0 || node >= up) break;
      if (subtreeSpan(parent, right)[0] < node) break;
      right = up;
      rightPath.push(right);
    }
  }
  let candidate: number;
  let path: number[];
  if (left > 0 && right > 0 && isAncestorOf(parent, right, left)) [candidate, path] = [left, leftPath];
  else if (right > 0 && left > 0 && isAncestorOf(parent, left, right)) [candidate, path] = [right, rightPath];
  else if (left > 0) [candidate, path] = [left, [...leftPath, ...rightPath]];
  else if (right > 0) [candidate, path] = [right, [...leftPath, ...rightPath]];
  else return;
  if (!path.includes(parent[node]!)) parent[node] = candidate;
}

/** Whether `ancestor` is a proper ancestor of `node`. */
function isAncestorOf(parent: readonly number[], ancestor: number, node: number): boolean {
  for (let up = parent[node]!, guard = 0; up > 0 && guard < parent.length; up = parent[up]!, guard++) if (up === ancestor) return true;
  return false;
}

/** First and last word of the subtree of `word`, itself included. */
function subtreeSpan(parent: readonly number[], word: number): [number, number] {
  const members = subtreeMembers(parent, word);
  return [members[0]!, members[members.length - 1]!];
}

function subtreeMembers(parent: readonly number[], word: number): number[] {
  const members: number[] = [];
  for (let i = 1; i < parent.length; i++) if (i === word || isAncestorOf(parent, word, i)) members.push(i);
  return members;
}
