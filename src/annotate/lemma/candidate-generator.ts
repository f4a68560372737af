import type { Lexicon } from '../lexicon/lexicon.ts';
import { MORPHOLOGY_RULES, morphologyCandidates } from './morphology-candidates.ts';
import { ScriptIndex } from './script-index.ts';

/** A candidate lemma and the classes (scripts, rules) that propose it. */
export interface GeneratedCandidate {
  readonly lemma: string;
  /** Indices into the model's classes: the crossed weights of each class add to its score. */
  readonly classes: readonly number[];
  /** Whether the candidate is the word itself (lower-cased). */
  readonly identity: boolean;
}

const RULE_PREFIX = 'rule:';

/** The classes of a model with these scripts: the scripts, then every morphology rule. */
export function classNames(scripts: readonly string[]): string[] {
  return [...scripts, ...MORPHOLOGY_RULES.map((rule) => `${RULE_PREFIX}${rule}`)];
}

/**
 * Proposes the candidate lemmas of an unseen word: every learned edit script that applies
 * (script-index.ts) and every rule of Dutch inflection (morphology-candidates.ts), merged by
 * lemma so a lemma proposed several ways carries each way's weights.
 */
export class CandidateGenerator {
  private readonly index: ScriptIndex;
  private readonly ruleClass = new Map<string, number>();

  constructor(
    readonly classes: readonly string[],
    private readonly lexicon: Lexicon | undefined,
  ) {
    const scripts = classes.filter((name) => !name.startsWith(RULE_PREFIX));
    this.index = new ScriptIndex(scripts);
    classes.forEach((name, i) => {
      if (name.startsWith(RULE_PREFIX)) this.ruleClass.set(name.slice(RULE_PREFIX.length), i);
    });
  }

  get scripts(): ScriptIndex {
    return this.index;
  }

  /** The candidates of a lower-cased word with this UPOS. */
  candidates(lower: string, upos: string): GeneratedCandidate[] {
    const byLemma = new Map<string, number[]>();
    const add = (lemma: string, rule: string): void => {
      const classes = byLemma.get(lemma) ?? [];
      const id = this.ruleClass.get(rule);
      if (id !== undefined) classes.push(id);
      byLemma.set(lemma, classes);
    };
    for (const { script, lemma } of this.index.candidates(lower)) byLemma.set(lemma, [script]);
    for (const { lemma, rules } of morphologyCandidates(lower, upos, this.lexicon)) for (const rule of rules) add(lemma, rule);
    return [...byLemma].map(([lemma, classes]) => ({ lemma, classes, identity: lemma === lower }));
  }
}
