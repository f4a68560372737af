import type { TimexSpan } from '../time/timex.ts';
import type { DependencyView } from './dependency-view.ts';
import type { EventTime } from './event-span.ts';

/** Relations that open a clause: a clause is a verb with one of these (or the root) and what hangs on it. */
const CLAUSE_RELATIONS: ReadonlySet<string> = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'acl:relcl', 'csubj', 'parataxis', 'conj']);
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Relations of a noun inside another noun phrase. */
const NESTED_RELATIONS: ReadonlySet<string> = new Set(['nmod', 'nmod:poss', 'conj', 'appos']);
/** A dependency chain longer than this is a parse gone wrong, not a timex of the event. */
const MAX_CHAIN = 8;

/** A timex read onto the tokens: its head token and sentence. */
interface PlacedTimex {
  readonly index: number;
  readonly head: number;
  readonly sentence: number;
  readonly start: number;
}

/**
 * Links events to the `timexes` layer. `TimexHeadChain`: a timex whose head chain reaches the
 * trigger (or the light or modal verb of its frame) is the event's time; failing that,
 * `SameClauseTimex`: a timex of the same clause. Among several, the chain beats the clause and
 * then the nearest wins.
 */
export class TimeLinker {
  private readonly placed: PlacedTimex[] = [];

  constructor(
    private readonly view: DependencyView,
    private readonly timexes: readonly TimexSpan[],
  ) {
    const tokens = view.tokens;
    let t = 0;
    timexes.forEach((timex, index) => {
      if (t > 0 && tokens[t - 1]!.end > timex.start) t = 0;
      while (t < tokens.length && tokens[t]!.end <= timex.start) t++;
      let head = -1;
      for (let u = t; u < tokens.length && tokens[u]!.start < timex.end; u++) {
        const up = view.head(u);
        if (up === null || tokens[up]!.start < timex.start || tokens[up]!.start >= timex.end) {
          head = u;
          break;
        }
      }
      const token = head >= 0 ? view.token(head) : null;
      if (token) this.placed.push({ index, head, sentence: token.sentence, start: timex.start });
    });
  }

  /**
   * The time of an event whose frame covers `anchors` (trigger first), or null. A noun event
   * inside another noun phrase ("de uitslag van de verkiezingen") takes only a timex of its own
   * chain, and the clause fallback only takes a timex hung on the clause's verb itself, not one
   * inside a noun phrase ("bij de verkiezingen van afgelopen zondag").
   */
  link(anchors: readonly number[]): EventTime | null {
    const trigger = anchors[0]!;
    const sentence = this.view.token(trigger)?.sentence;
    const nested = NESTED_RELATIONS.has(this.view.deprel(trigger));
    const clauses = new Set(nested ? [] : anchors.map((a) => this.clauseOf(a)));
    let best: { timex: number; rank: number; distance: number } | null = null;
    for (const timex of this.placed) {
      if (timex.sentence !== sentence) continue;
      const rank = this.reaches(timex.head, anchors) ? 0 : this.isClauseAdjunct(timex.head) && clauses.has(this.clauseOf(timex.head)) ? 1 : -1;
      if (rank < 0) continue;
      const distance = Math.abs(timex.start - this.view.tokens[trigger]!.start);
      if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) best = { timex: timex.index, rank, distance };
    }
    return best ? { timex: best.timex, value: this.timexes[best.timex]!.value } : null;
  }

  private reaches(from: number, anchors: readonly number[]): boolean {
    let t: number | null = from;
    for (let steps = 0; t !== null && steps <= MAX_CHAIN; steps++) {
      if (anchors.includes(t)) return true;
      if (steps > 0 && this.isClauseHead(t)) return false;
      t = this.view.head(t);
    }
    return false;
  }

  /** The verb heading the clause a token stands in (the token itself when it heads one). */
  private clauseOf(token: number): number {
    let t: number | null = token;
    for (let steps = 0; t !== null && steps <= MAX_CHAIN; steps++) {
      if (this.isClauseHead(t)) return t;
      t = this.view.head(t);
    }
    return -1 - token;
  }

  /** Whether a timex hangs on a verb (or an auxiliary): "Maandag hadden ...", not "de verkiezingen van zondag". */
  private isClauseAdjunct(head: number): boolean {
    const up = this.view.head(head);
    return up === null || VERBAL.has(this.view.token(up)?.upos ?? '');
  }

  private isClauseHead(t: number): boolean {
    const token = this.view.token(t);
    return token !== null && (token.head === null || (VERBAL.has(token.upos) && CLAUSE_RELATIONS.has(token.deprel)));
  }
}
