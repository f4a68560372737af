import type { QuoteDocument } from './quote-document.ts';
import { isPersonNoun, type SpeakerPhrase } from './speaker-phrase.ts';
import { subjectOf } from './verb-subject.ts';

/** A range of text left out of a search: the quote whose speaker is sought (its own words rarely name its speaker). */
export interface Excluded {
  readonly start: number;
  readonly end: number;
}

/**
 * Which person a pronoun (`zei hij`) or a role noun (`aldus de politica`, `de Wit-Russische
 * president`) stands for: the most salient earlier person of the document. Going back
 * sentence by sentence from the pronoun, a sentence offers, in order: the speaker of a quote
 * attributed in it, its subject when that is a person (a pronoun subject resolved in turn),
 * its last person mention outside quotation marks, its last person mention. In the pronoun's
 * own sentence only person mentions before it count. A role noun first looks for the nearest
 * person the text describes with that noun ("De Wit-Russische president Alexander
 * Lukashenko"). Gender is not used: Dutch first names do not reliably give it.
 */
export class Salience {
  private readonly speakers = new Map<number, number>();
  private readonly subjects = new Map<number, number | null>();
  private persons: number[][] | null = null;

  constructor(private readonly doc: QuoteDocument) {}

  /** The person mentions of each sentence, gathered when a pronoun first needs them (most documents' quotes name their speakers). */
  private get personsBySentence(): number[][] {
    if (!this.persons) {
      const persons: number[][] = this.doc.sentences.map(() => []);
      this.doc.mentions.forEach((mention, m) => {
        if (this.isPerson(m)) persons[this.doc.tokens[mention.firstToken]!.sentence]!.push(m);
      });
      this.persons = persons;
    }
    return this.persons;
  }

  /** A person mention: tagged PER, or tagged MISC but described with a person noun ("Minister Kajsa Ollongren"), a common NER slip. */
  private isPerson(m: number): boolean {
    const mention = this.doc.mentions[m]!;
    return mention.type === 'PER' || (mention.type === 'MISC' && this.descriptions(m).length > 0);
  }

  /** Records the resolved speaker of a quote attributed in a sentence, so later pronouns can find it. */
  noteSpeaker(sentence: number, mention: number): void {
    if (mention >= 0 && mention < this.doc.mentions.length && this.isPerson(mention)) this.speakers.set(sentence, mention);
  }

  /** The person mention a pronoun or a role noun at `token` stands for, or null. */
  resolve(phrase: SpeakerPhrase, excluded: Excluded | null): number | null {
    if (phrase.form === 'pronoun' && phrase.plural) return null;
    if (phrase.form === 'role') {
      const described = this.describedAs(phrase.token, this.doc.lemma(phrase.token), this.doc.word(phrase.token));
      if (described !== null) return described;
    }
    return this.antecedent(phrase.token, excluded, 0);
  }

  private antecedent(token: number, excluded: Excluded | null, depth: number): number | null {
    const s = this.doc.tokens[token]!.sentence;
    const before = this.personsBySentence[s]!.filter((m) => {
      const mention = this.doc.mentions[m]!;
      return mention.endToken <= token && !(excluded && mention.start >= excluded.start && mention.end <= excluded.end);
    });
    if (before.length > 0) return before.at(-1)!;
    for (let k = s - 1; k >= 0; k--) {
      const found = this.offered(k, depth);
      if (found !== null) return found;
    }
    return null;
  }

  private offered(k: number, depth: number): number | null {
    const speaker = this.speakers.get(k);
    if (speaker !== undefined) return speaker;
    const subject = this.subjectOf(k, depth);
    if (subject !== null) return subject;
    const persons = this.personsBySentence[k]!;
    const outside = persons.filter((m) => !this.doc.passageAround(this.doc.mentions[m]!.start));
    return outside.at(-1) ?? persons.at(-1) ?? null;
  }

  /** The person a sentence's main subject names (a pronoun resolved in turn), or null. */
  private subjectOf(k: number, depth: number): number | null {
    if (this.subjects.has(k)) return this.subjects.get(k)!;
    const sentence = this.doc.sentences[k]!;
    let result: number | null = null;
    let root = -1;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) if (this.doc.dutch(i) && this.doc.head(i) === null) root = i;
    if (root >= 0 && depth < 4) {
      const phrase = subjectOf(this.doc, root);
      if (phrase?.mention != null && this.isPerson(phrase.mention)) result = phrase.mention;
      else if (phrase && (phrase.form === 'pronoun' || phrase.form === 'role') && !phrase.plural) result = this.antecedent(phrase.token, null, depth + 1);
    }
    this.subjects.set(k, result);
    return result;
  }

  /**
   * The nearest earlier person mention the text describes with a role noun (the noun before
   * the name, in it, or in apposition after it), with the role's adjectives when it has them:
   * "de Franse president" is Macron, not "de Russische president Vladimir Poetin".
   */
  private describedAs(token: number, lemma: string, word: string): number | null {
    const wanted = [lemma.toLowerCase(), word.toLowerCase()];
    const adjectives = this.adjectivesBefore(token);
    const fits = (d: Description): boolean =>
      d.nouns.some((n) => wanted.some((w) => n === w || n.endsWith(w))) && adjectives.every((a) => d.adjectives.includes(a));
    for (let k = this.doc.tokens[token]!.sentence; k >= 0; k--) {
      const persons = this.personsBySentence[k]!.filter((m) => this.doc.mentions[m]!.endToken <= token);
      for (const m of [...persons].reverse()) if (this.descriptions(m).some(fits)) return m;
    }
    return null;
  }

  private descriptions(m: number): Description[] {
    const mention = this.doc.mentions[m]!;
    const sentence = this.doc.tokens[mention.firstToken]!.sentence;
    const found: Description[] = [];
    const add = (i: number): void => {
      if (i < 0 || i >= this.doc.tokens.length || this.doc.tokens[i]!.sentence !== sentence || !isPersonNoun(this.doc.word(i))) return;
      found.push({ nouns: [this.doc.lemma(i), this.doc.lower(i)], adjectives: this.adjectivesBefore(i) });
    };
    for (let i = mention.firstToken; i < mention.endToken; i++) add(i);
    add(mention.firstToken - 1);
    if (this.doc.word(mention.endToken) === ',') {
      add(mention.endToken + 1);
      add(mention.endToken + 2);
    }
    return found;
  }

  /** The adjectives right before a noun, lower-cased: `Wit-Russische` of "De Wit-Russische president". */
  private adjectivesBefore(noun: number): string[] {
    const words: string[] = [];
    const first = this.doc.sentenceOf(noun).firstToken;
    for (let i = noun - 1; i >= first && this.doc.upos(i) === 'ADJ'; i--) words.push(this.doc.lower(i));
    return words;
  }
}

/** A role noun the text gives a person, with its adjectives. */
interface Description {
  readonly nouns: readonly string[];
  readonly adjectives: readonly string[];
}
