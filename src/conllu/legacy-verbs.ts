/**
 * The verbal conventions of UD 2.0 Dutch mapped to those of the current treebanks (ALUD),
 * measured on the dev files. The two disagree on which verbs are auxiliaries:
 * - now only hebben, zijn, worden, kunnen, moeten, mogen and zullen are auxiliaries (`aux`,
 *   `aux:pass`), and only zijn is a copula (`cop`);
 * - in 2017 willen, laten and gaan were auxiliaries and worden, blijven, heten, staan, gaan,
 *   lijken and blijken copulas: now these head their clause and the verb or predicate they
 *   governed is their `xcomp`;
 * - in 2017 moeten headed its clause with the infinitive as `xcomp`: now the infinitive heads
 *   it and moeten is its `aux`;
 * - a passive worden was sometimes a copula of its participle: now it is `aux:pass`.
 * Subjects, auxiliaries, complementisers and coordinators belong to the clause's head and move
 * with it; other dependents stay where they were (the treebank keeps modifiers of the middle
 * field inside the infinitive's phrase).
 */

/** The heads and relations being rewritten, words numbered from 1 (index 0 unused). */
export interface VerbTree {
  readonly lemmas: readonly string[];
  readonly upos: readonly string[];
  readonly heads: number[];
  readonly relations: string[];
}

/** Verbs that are auxiliaries in the current treebanks. */
export const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(['hebben', 'zijn', 'worden', 'kunnen', 'moeten', 'mogen', 'zullen']);
/** The one copula of the current treebanks. */
export const COPULA_LEMMA = 'zijn';
/** Verbs that headed their clause in 2017 and are auxiliaries now. */
const HEAD_TO_AUXILIARY: ReadonlySet<string> = new Set(['moeten']);
/** Relations that belong to the head of a clause: they move to the verb that becomes its head. */
const CLAUSAL = /^(?:nsubj|csubj|expl|aux|mark|cc)(?::|$)/;
/** Clause-level modifiers of a predicate: they belong to a copular verb that becomes head. */
const CLAUSE_MODIFIER = /^(?:obl|advmod|advcl|parataxis|discourse|vocative|iobj)(?::|$)/;

/** Rewrites the tree in place; returns how many verbs it changed. */
export function modernizeVerbs(tree: VerbTree): number {
  let changed = 0;
  const n = tree.lemmas.length - 1;
  for (let v = 1; v <= n; v++) {
    const lemma = tree.lemmas[v]!;
    const relation = tree.relations[v]!;
    const head = tree.heads[v]!;
    if (relation === 'cop' && lemma !== COPULA_LEMMA && head > 0) {
      if (lemma === 'worden' && tree.upos[head] === 'VERB') tree.relations[v] = 'aux:pass';
      else promote(tree, v, head, true);
      changed += 1;
    } else if (relation === 'aux' && !AUXILIARY_LEMMAS.has(lemma) && head > 0) {
      promote(tree, v, head, false);
      changed += 1;
    } else if (HEAD_TO_AUXILIARY.has(lemma) && tree.upos[v] !== 'AUX') {
      const complement = dependents(tree, v).find((d) => tree.relations[d] === 'xcomp' && tree.upos[d] === 'VERB');
      if (complement !== undefined) {
        demote(tree, v, complement);
        changed += 1;
      }
    }
  }
  return changed;
}

/** Verb `v`, an auxiliary or copula of `governed`, takes its place; `governed` becomes its xcomp. */
function promote(tree: VerbTree, v: number, governed: number, copular: boolean): void {
  for (const d of dependents(tree, governed)) {
    if (d === v) continue;
    const relation = tree.relations[d]!;
    // Another auxiliary moves only when it comes first ("zal willen komen": zal -> willen);
    // one after it belongs to the governed verb ("wil gekozen worden": worden -> gekozen).
    const clausal = CLAUSAL.test(relation) && (!relation.startsWith('aux') || d < v);
    const movesWithClause = clausal || (copular && CLAUSE_MODIFIER.test(relation) && !isDegreeModifier(tree, d, governed));
    if (movesWithClause) tree.heads[d] = v;
  }
  tree.heads[v] = tree.heads[governed]!;
  tree.relations[v] = tree.relations[governed]!;
  tree.heads[governed] = v;
  tree.relations[governed] = 'xcomp';
}

/** Verb `v`, which headed `complement`, becomes its auxiliary; everything it governed moves. */
function demote(tree: VerbTree, v: number, complement: number): void {
  for (const d of dependents(tree, v)) if (d !== complement) tree.heads[d] = complement;
  tree.heads[complement] = tree.heads[v]!;
  tree.relations[complement] = tree.relations[v]!;
  tree.heads[v] = complement;
  tree.relations[v] = 'aux';
}

/** An adverb right before an adjectival predicate grades it ("zeer actief"): it stays. */
function isDegreeModifier(tree: VerbTree, dependent: number, predicate: number): boolean {
  return tree.upos[predicate] === 'ADJ' && dependent === predicate - 1 && tree.upos[dependent] === 'ADV';
}

function dependents(tree: VerbTree, head: number): number[] {
  const found: number[] = [];
  for (let i = 1; i < tree.heads.length; i++) if (tree.heads[i] === head) found.push(i);
  return found;
}
