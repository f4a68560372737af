import type { FigureSpan } from '../../annotate/figures/figure.ts';
import type { Conflict, ConflictDocument, ConflictFigure } from './conflict.ts';
import { disagree } from './figure-interval.ts';

/** An age's `about` starts so; ages are compared only within one known story ("de 45-jarige man" is anyone). */
const AGE_ABOUT = 'leeftijd';

interface Entry {
  readonly document: ConflictDocument;
  readonly figure: FigureSpan;
}

/**
 * The conflicts among documents' figures: two figures disagree when they count the same
 * quantity (the same normalised `about`, the same unit), at the same time (publication dates
 * that agree as far as both are known) and in the same story (when both have one), come from
 * different sources or different articles, and have values that disagree (figure-interval.ts).
 * Figures linked by disagreements form one record. Pure: reads nothing but its argument.
 *
 * @example
 * findConflicts([{ id: 'a', figures: [zekerZeven, zekerTien] }])
 * // [{ about: 'mens omkomen', unit: null, figures: [{ document: 'a', text: 'zeker zeven', ... }, ...] }]
 */
export function findConflicts(documents: readonly ConflictDocument[]): Conflict[] {
  const groups = new Map<string, Entry[]>();
  for (const document of documents) {
    for (const figure of document.figures) {
      if (figure.about === '') continue;
      const key = `${figure.about}\u0000${figure.unit ?? ''}`;
      const group = groups.get(key) ?? [];
      group.push({ document, figure });
      groups.set(key, group);
    }
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const parent = group.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const involved = new Set<number>();
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (!comparable(group[i]!, group[j]!) || !disagree(group[i]!.figure, group[j]!.figure)) continue;
        parent[find(i)] = find(j);
        involved.add(i).add(j);
      }
    }
    const components = new Map<number, Entry[]>();
    for (const i of [...involved].sort((a, b) => a - b)) components.set(find(i), [...(components.get(find(i)) ?? []), group[i]!]);
    for (const entries of components.values()) {
      conflicts.push({ about: entries[0]!.figure.about, unit: entries[0]!.figure.unit, figures: entries.map(conflictFigure) });
    }
  }
  return conflicts;
}

/** Whether two figures of one quantity may be two reports of it. */
function comparable(a: Entry, b: Entry): boolean {
  const sameDocument = a.document.id === b.document.id;
  if (sameDocument && sourceKey(a.figure) === sourceKey(b.figure)) return false;
  const storyA = a.document.story ?? null;
  const storyB = b.document.story ?? null;
  if (storyA !== null && storyB !== null && storyA !== storyB) return false;
  if (a.figure.about.startsWith(AGE_ABOUT) && !sameDocument && (storyA === null || storyA !== storyB)) return false;
  return sameTime(a.document.date ?? null, b.document.date ?? null);
}

/** Two dates agree as far as both are known: `2021-11` and `2021-11-03` do, `2021-11-03` and `2021-11-04` do not. */
export function sameTime(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Who gives a figure, as compared: the source's words in lower case; '' for the article itself. */
function sourceKey(figure: FigureSpan): string {
  return figure.source?.text.toLowerCase() ?? '';
}

function conflictFigure({ document, figure }: Entry): ConflictFigure {
  const { start, end, text, value, high, unit, qualifier, source } = figure;
  return { document: document.id, start, end, text, value, high, unit, qualifier, source };
}
