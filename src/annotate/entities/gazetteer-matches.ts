/** What the NER model reads from a gazetteer (gazetteer.ts is the shipped implementation). */

/** How many of the lists covering a token the model sees one by one. */
export const GAZETTEER_SLOTS = 4;

/** A gazetteer's matches over a sentence (hashes of list, position and case; 0: none). */
export interface GazetteerMatches {
  /** Per token, one hash of all lists covering it. */
  readonly combined: Uint32Array;
  /** Per token, `GAZETTEER_SLOTS` hashes of one covering list each, 0 after the last. */
  readonly lists: Uint32Array;
}

/** Names found in a gazetteer: per token, which lists cover it and where. */
export interface Gazetteer {
  matches(words: readonly string[]): GazetteerMatches;
}
