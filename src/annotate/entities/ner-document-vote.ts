import { tagSpans } from '../../eval/ner-eval.ts';

/**
 * One type for one name through a document: each predicted name (the same words, as written)
 * takes the type it was given most often in the document, its own type among equals. The
 * model already reads the type a word got earlier (prediction history), but not what later
 * sentences made of it: "Swissair" taken for a place once and for a company three times is a
 * company everywhere. Changes `tags` (IOB2, per sentence) in place; spans stay as they are.
 */
export function voteDocumentTypes(sentences: readonly { readonly words: readonly string[] }[], tags: string[][]): void {
  const names = tags.flatMap((sentenceTags, s) =>
    tagSpans(sentenceTags).map((span) => ({ ...span, sentence: s, key: sentences[s]!.words.slice(span.start, span.end).join(' ') })),
  );
  const counts = new Map<string, Map<string, number>>();
  for (const { key, type } of names) {
    const byType = counts.get(key) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    counts.set(key, byType);
  }
  for (const { key, type, start, end, sentence } of names) {
    const byType = counts.get(key)!;
    let best = type;
    for (const [other, count] of byType) if (count > byType.get(best)!) best = other;
    if (best === type) continue;
    for (let i = start; i < end; i++) tags[sentence]![i] = `${i === start ? 'B' : 'I'}-${best}`;
  }
}
