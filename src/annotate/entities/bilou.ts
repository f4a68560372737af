import { tagSpans } from '../../eval/ner-eval.ts';

/**
 * BILOU labels (Begin, Inside, Last, Unit, Outside), which the NER model predicts instead of
 * IOB2: a model that must say where a name ends learns names better (Ratinov and Roth 2009).
 * Files and the mentions layer use IOB2; these convert between the two.
 */
export const OUTSIDE = 'O';

/** The BILOU labels of an IOB2 sequence. */
export function toBilou(iob: readonly string[]): string[] {
  const labels: string[] = new Array<string>(iob.length).fill(OUTSIDE);
  for (const { start, end, type } of tagSpans(iob)) {
    if (end - start === 1) labels[start] = `U-${type}`;
    else {
      labels[start] = `B-${type}`;
      for (let i = start + 1; i < end - 1; i++) labels[i] = `I-${type}`;
      labels[end - 1] = `L-${type}`;
    }
  }
  return labels;
}

/** The IOB2 tags of a BILOU sequence (which the decoder keeps well formed). */
export function toIob(bilou: readonly string[]): string[] {
  return bilou.map((label) => {
    if (label === OUTSIDE) return OUTSIDE;
    const type = label.slice(2);
    return label[0] === 'B' || label[0] === 'U' ? `B-${type}` : `I-${type}`;
  });
}

/**
 * Whether `label` may follow `previous`: inside a name only I- or L- of its type, outside
 * only B-, U- or O. Keeps every decoded sequence a sequence of whole names.
 */
export function mayFollow(previous: string, label: string): boolean {
  const open = previous[0] === 'B' || previous[0] === 'I';
  const continues = label[0] === 'I' || label[0] === 'L';
  if (open) return continues && label.slice(2) === previous.slice(2);
  return !continues;
}

/** Whether a label may end a sentence (a name must be closed). */
export function mayEnd(label: string): boolean {
  return label[0] !== 'B' && label[0] !== 'I';
}
