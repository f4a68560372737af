import { applyScript, parseScriptKey, type EditScript } from './edit-script.ts';

/** One way to lemmatise an unseen word: a script and the lemma it makes. */
export interface ScriptCandidate {
  readonly script: number;
  readonly lemma: string;
}

/**
 * The edit scripts a model knows, indexed by the characters they strip, so the candidates of
 * a word are found by looking up its last 0, 1, 2... characters rather than trying every
 * script. The identity script (strip nothing, add nothing) is always a candidate.
 */
export class ScriptIndex {
  readonly scripts: readonly EditScript[];
  private readonly byStrip = new Map<string, number[]>();
  private readonly longestStrip: number;

  constructor(readonly keys: readonly string[]) {
    this.scripts = keys.map(parseScriptKey);
    let longest = 0;
    this.scripts.forEach((script, index) => {
      const list = this.byStrip.get(script.strip) ?? [];
      list.push(index);
      this.byStrip.set(script.strip, list);
      longest = Math.max(longest, script.strip.length);
    });
    this.longestStrip = longest;
  }

  /** Every script that applies to the lower-cased form, with its lemma; one per distinct lemma. */
  candidates(lower: string): ScriptCandidate[] {
    const found: ScriptCandidate[] = [];
    const lemmas = new Set<string>();
    for (let k = 0; k <= this.longestStrip && k <= lower.length; k++) {
      for (const index of this.byStrip.get(lower.slice(lower.length - k)) ?? []) {
        const lemma = applyScript(lower, this.scripts[index]!);
        if (lemma === undefined || lemma === '' || lemmas.has(lemma)) continue;
        lemmas.add(lemma);
        found.push({ script: index, lemma });
      }
    }
    return found;
  }
}
