import { describe, expect, it } from 'vitest';
import { voteDocumentTypes } from '../../../src/annotate/entities/ner-document-vote.ts';

describe('voteDocumentTypes', () => {
  it('gives each name the type it got most often in the document, its own among equals', () => {
    const sentences = [['Sabena', 'en', 'Swissair'], ['Swissair', 'groeit'], ['bij', 'Swissair'], ['Tectrade', 'en', 'Arinso'], ['Arinso', 'zakt']].map((words) => ({ words }));
    const tags = [['B-ORG', 'O', 'B-ORG'], ['B-LOC', 'O'], ['O', 'B-ORG'], ['B-ORG', 'O', 'B-PER'], ['B-ORG', 'O']];
    voteDocumentTypes(sentences, tags);
    expect(tags).toEqual([['B-ORG', 'O', 'B-ORG'], ['B-ORG', 'O'], ['O', 'B-ORG'], ['B-ORG', 'O', 'B-PER'], ['B-ORG', 'O']]);
  });

  it('keeps the span and changes every word of a longer name', () => {
    const sentences = [['Camp', 'David'], ['in', 'Camp', 'David'], ['Camp', 'David', 'II']].map((words) => ({ words }));
    const tags = [['B-LOC', 'I-LOC'], ['O', 'B-PER', 'I-PER'], ['B-LOC', 'I-LOC', 'O']];
    voteDocumentTypes(sentences, tags);
    expect(tags).toEqual([['B-LOC', 'I-LOC'], ['O', 'B-LOC', 'I-LOC'], ['B-LOC', 'I-LOC', 'O']]);
  });
});
