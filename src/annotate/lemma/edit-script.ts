/**
 * Edit scripts: how a Dutch word form becomes its lemma, as a class a classifier can learn and
 * apply to words it has never seen (Chrupała 2008, UDPipe). A script is computed on lower-case
 * strings and has two parts:
 *
 * - the `ge` of a past participle: none, at the start (`gegaan` -> `gaan`, `geëffend` ->
 *   `effend`), or after a separable particle (`opgepakt` -> `oppakt`, `meegesprongen`);
 * - a suffix rule: strip these final characters, append those (`pakt` -> `pakken`: strip `t`,
 *   append `ken`; `huizen` -> `huis`: strip `zen`, append `s`).
 *
 * Whatever the suffix rule cannot express (vowel changes of strong verbs) becomes a longer,
 * rarer script (`sprongen` -> `springen`: strip `ongen`, append `ingen`).
 */
export interface EditScript {
  readonly ge: GeRemoval;
  readonly strip: string;
  readonly add: string;
}

export type GeRemoval = 'none' | 'initial' | 'particle';

/**
 * Separable verb particles that come before the `ge` of a participle (`aangegaan`,
 * `teruggekomen`), longest first so `achterna` wins over `achter`. The ANS list of common
 * particles, with the adverbial ones the treebanks write as particles.
 */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'aan', 'achter', 'achterna', 'achterop', 'achterover', 'achteruit', 'af', 'bij', 'binnen', 'bloot', 'buiten',
  'dicht', 'door', 'droog', 'fijn', 'gade', 'gelijk', 'goed', 'heen', 'in', 'kapot', 'klaar', 'kwijt', 'langs',
  'los', 'mee', 'mis', 'na', 'neer', 'om', 'omhoog', 'omver', 'onder', 'op', 'open', 'over', 'plaats', 'rond',
  'samen', 'schoon', 'stil', 'stuk', 'tegen', 'tegemoet', 'terecht', 'terug', 'thuis', 'toe', 'tussen', 'uit',
  'uiteen', 'vast', 'veilig', 'vol', 'voor', 'voorbij', 'vooruit', 'vrij', 'weer', 'weg', 'zoek',
].slice().sort((a, b) => b.length - a.length);

const GE = 'ge';
/** After `ge`, a vowel with a diaeresis loses it in the lemma: geëffend -> effenen. */
const UNDIAERESIS: Readonly<Record<string, string>> = { ë: 'e', ï: 'i', ü: 'u', ö: 'o', ä: 'a' };

/** The script's stable text form, used as its class name. */
export function scriptKey(script: EditScript): string {
  return `${script.ge}|${script.strip}|${script.add}`;
}

export function parseScriptKey(key: string): EditScript {
  const [ge = 'none', strip = '', add = ''] = key.split('|');
  return { ge: ge as GeRemoval, strip, add };
}

/** The particle a form starts with when `ge` follows it (`opgepakt` -> `op`), if any. */
export function particleBeforeGe(form: string): string | undefined {
  for (const particle of SEPARABLE_PARTICLES) {
    if (form.length > particle.length + GE.length + 1 && form.startsWith(particle) && form.startsWith(GE, particle.length)) return particle;
  }
  return undefined;
}

/** The form with its `ge` removed as the script says, or undefined when it has none there. */
export function removeGe(form: string, ge: GeRemoval): string | undefined {
  if (ge === 'none') return form;
  const at = ge === 'initial' ? 0 : particleBeforeGe(form)?.length;
  if (at === undefined || !form.startsWith(GE, at) || form.length <= at + GE.length) return undefined;
  const next = form[at + GE.length]!;
  const plain = UNDIAERESIS[next];
  return form.slice(0, at) + (plain ?? next) + form.slice(at + GE.length + 1);
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The script that turns `form` into `lemma` (both lower-cased by the caller). Of the three
 * `ge` choices the one that leaves the longest common beginning wins; `none` on a tie.
 */
export function computeScript(form: string, lemma: string): EditScript {
  let best: { ge: GeRemoval; stem: string; common: number } = { ge: 'none', stem: form, common: commonPrefixLength(form, lemma) };
  for (const ge of ['initial', 'particle'] as const) {
    const stem = removeGe(form, ge);
    if (stem === undefined) continue;
    const common = commonPrefixLength(stem, lemma);
    if (common > best.common) best = { ge, stem, common };
  }
  return { ge: best.ge, strip: best.stem.slice(best.common), add: lemma.slice(best.common) };
}

/** The lemma a script makes of a lower-case form, or undefined when it does not apply. */
export function applyScript(form: string, script: EditScript): string | undefined {
  const stem = removeGe(form, script.ge);
  if (stem === undefined || !stem.endsWith(script.strip) || stem.length === script.strip.length && script.add === '') return undefined;
  return stem.slice(0, stem.length - script.strip.length) + script.add;
}
