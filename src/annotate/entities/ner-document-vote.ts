import { tagSpans } from '../../eval/ner-eval.ts';

/**
 * One type for one name through a document: each predicted name (the same words, as written)
 * takes the type it was given most often in the document, its own type among equals. The
 * model already reads the type a word got earlier (prediction history), but not what later
 * sentences made of it: "Swissair" taken for a place once and for a company three times is a
 * company everywhere. Changes `tags` (IOB2, per sentence) in place; spans stay as they are.
 */
export function voteDocumentTypes(sentences: readonly { readonly words: readonly string[] }[], tags: string[][]): void {
  const counts = new Map<string, Map<string, number>>();
  const spans = tags.map((sentenceTags) => tagSpans(sentenceTags));
  spans.forEach((sentenceSpans, s) => {
    for (const { start, end, type } of sentenceSpans) {
      const key = sentences[s]!.words.slice(start, end).join(' ');
      const byType = counts.get(key) ?? new Map<string, number>();
      byType.set(type, (byType.get(type) ?? 0) + 1);
      counts.set(key, byType);
    }
  });
  spans.forEach((sentenceSpans, s) => {
    for (const { start, end, type } of sentenceSpans) {
      const byType = counts.get(sentences[s]!.words.slice(start, end).join(' '))!;
      let best = type;
      for (const [other, count] of byType) if (count > byType.get(best)!) best = other;
      if (best === type) continue;
      for (let i = start; i < end; i++) tags[s]![i] = `${i === start ? 'B' : 'I'}-${best}`;
    }
  });
}
