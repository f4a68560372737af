import { parseAffixFile, splitFlags } from './hunspell-affixes.ts';
import { expandEntry } from './hunspell-expand.ts';
import { encodeAnalysis, LEXICON_FORMAT, LEXICON_VERSION, LOWER_CASE_SPELLING, type LexiconAnalysis } from './lexicon-format.ts';

/** What the lexicon's header says about where it came from. */
export interface LexiconProvenance {
  readonly source: string;
  readonly licence: string;
  readonly command: string;
  readonly date: string;
}

interface FormInfo {
  readonly spellings: Set<string>;
  readonly analyses: Map<string, LexiconAnalysis>;
}

/**
 * Builds the lexicon file's text from a Hunspell affix and dictionary file (their text, any
 * Unicode form: both are NFKC-normalised first, so OpenTaal's `ĳ` ligature becomes `ij`).
 * Every entry is expanded through its affix rules (hunspell-expand.ts); forms are grouped by
 * their lower-cased spelling and sorted by UTF-8 bytes, as Lexicon's binary search needs.
 */
export function buildLexiconText(affText: string, dicText: string, provenance: LexiconProvenance): string {
  const affixes = parseAffixFile(affText.normalize('NFKC'));
  const forms = new Map<string, FormInfo>();
  const lines = dicText.normalize('NFKC').split('\n');
  // The first line of a .dic file is its entry count.
  for (const line of lines.slice(1)) {
    const entry = line.split('\t')[0]!.trim();
    if (entry === '') continue;
    const slash = entry.indexOf('/');
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? [] : splitFlags(entry.slice(slash + 1));
    for (const expanded of expandEntry(affixes, word, flags)) {
      const key = expanded.form.toLowerCase();
      let info = forms.get(key);
      if (!info) forms.set(key, (info = { spellings: new Set(), analyses: new Map() }));
      info.spellings.add(expanded.form);
      const analysis = { tag: expanded.tag, base: expanded.base.toLowerCase() };
      info.analyses.set(encodeAnalysis(key, analysis), analysis);
    }
  }
  const keys = [...forms.keys()].map((key) => Buffer.from(key, 'utf8')).sort(Buffer.compare);
  const header = [
    `# ${LEXICON_FORMAT} ${LEXICON_VERSION}`,
    `# source: ${provenance.source}`,
    `# licence: ${provenance.licence}`,
    `# command: ${provenance.command}`,
    `# date: ${provenance.date}`,
    '# columns: form, spellings (= is the lower-cased form), analyses (CODE or CODE:strip:add); see src/annotate/lexicon/lexicon-format.ts',
  ];
  const body = keys.map((bytes) => {
    const key = bytes.toString('utf8');
    const info = forms.get(key)!;
    const spellings = info.spellings.size === 1 && info.spellings.has(key) ? '' : [...info.spellings].sort().map((spelling) => (spelling === key ? LOWER_CASE_SPELLING : spelling)).join(',');
    return `${key}\t${spellings}\t${[...info.analyses.keys()].sort().join(' ')}`;
  });
  return `${[...header, ...body].join('\n')}\n`;
}
