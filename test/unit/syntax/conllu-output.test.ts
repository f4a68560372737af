import { describe, expect, it } from 'vitest';
import { analysisRecord } from '../../../src/annotate/syntax/analysis-json.ts';
import { reparseConllu } from '../../../src/annotate/syntax/conllu-reparse.ts';
import { formatConllu } from '../../../src/annotate/syntax/conllu-writer.ts';
import type { RawTextAnalysis } from '../../../src/annotate/syntax/raw-text.ts';
import type { SentenceAnalyzer } from '../../../src/annotate/syntax/sentence-analysis.ts';
import { analyzeText } from '../../../src/annotate/syntax/text-analysis.ts';
import type { LanguageSegment } from '../../../src/doc/types.ts';
import { CONLLU_SAMPLE } from './conllu-sample.ts';
import { FakeAnalyzer, brokenAnalyzer } from './fake-analyzer.ts';

const DUTCH = 'Loekasjenko erkent het. ‘Wij zijn Slaven.’';
const ENGLISH = 'Thousands turned up (@reporter).';
const TEXT = `${DUTCH}\n\n${ENGLISH}\n\nDat meldt het ANP.`;
const TWEET: LanguageSegment = { start: DUTCH.length + 2, end: DUTCH.length + 2 + ENGLISH.length, language: 'en', kind: 'embed', producer: 'test' };

function analysed(): RawTextAnalysis {
  return { text: TEXT, segments: [TWEET], producer: 'fake-analyzer', ...analyzeText(TEXT, [TWEET], new FakeAnalyzer()) };
}

async function* linesOf(text: string): AsyncGenerator<string> {
  yield* text.split('\n');
}

async function reparse(text: string, analyzer: SentenceAnalyzer = new FakeAnalyzer()): Promise<string> {
  let out = '';
  for await (const chunk of reparseConllu(linesOf(text.replace(/\n$/, '')), 'sample.conllu', analyzer)) out += chunk;
  return out;
}

describe('formatConllu', () => {
  const output = formatConllu(analysed());
  const lines = output.split('\n');
  const tokenLines = lines.filter((line) => /^\d/.test(line)).map((line) => line.split('\t'));

  it('writes a sentence block per sentence: sent_id, its text, ten columns a token, a blank line after', () => {
    expect(lines.filter((line) => line.startsWith('# sent_id = '))).toEqual(['# sent_id = 1', '# sent_id = 2', '# sent_id = 3', '# sent_id = 4']);
    expect(lines.filter((line) => line.startsWith('# text = '))).toEqual([
      '# text = Loekasjenko erkent het.',
      '# text = ‘Wij zijn Slaven.’',
      '# text = Thousands turned up (@reporter).',
      '# text = Dat meldt het ANP.',
    ]);
    expect(lines.filter((line) => line === '# newpar')).toHaveLength(3);
    expect(output.endsWith(`\t4\tdep\t_\tTokenRange=${TEXT.length - 1}:${TEXT.length}\n\n`)).toBe(true);
    for (const columns of tokenLines) expect(columns).toHaveLength(10);
  });

  it('gives each token its offsets in TokenRange, and SpaceAfter=No exactly where no space follows', () => {
    for (const columns of tokenLines) {
      const [, start, end] = /TokenRange=(\d+):(\d+)/.exec(columns[9]!)!.map(Number);
      expect(TEXT.slice(start, end)).toBe(columns[1]);
      expect(columns[9]!.includes('SpaceAfter=No')).toBe(end! < TEXT.length && !/\s/.test(TEXT[end!]!));
    }
  });

  it('writes the analysis of Dutch tokens, heads counted in the sentence, and only Lang=en for the English ones', () => {
    expect(tokenLines[0]).toEqual(['1', 'Loekasjenko', 'loekasjenko', 'X', 'XPOS', '_', '0', 'root', '_', 'TokenRange=0:11']);
    expect(tokenLines[1]!.slice(0, 8)).toEqual(['2', 'erkent', 'erkent', 'X', 'XPOS', '_', '1', 'dep']);
    expect(tokenLines[4]!.slice(0, 8)).toEqual(['1', '‘', '‘', 'PUNCT', 'XPOS', '_', '0', 'root']);
    const english = tokenLines.filter((columns) => columns[9]!.startsWith('Lang=en|'));
    expect(english.map((columns) => columns[1])).toEqual(['Thousands', 'turned', 'up', '(', '@reporter', ')', '.']);
    for (const columns of english) expect(columns.slice(2, 9)).toEqual(Array(7).fill('_'));
  });

  it('says the same in JSON', () => {
    const record = analysisRecord(analysed());
    expect(record.producer).toBe('fake-analyzer');
    expect(record.sentences.map((sentence) => sentence.text)).toEqual(lines.filter((line) => line.startsWith('# text = ')).map((line) => line.slice(9)));
    expect(record.sentences.map((sentence) => sentence.language ?? null)).toEqual([null, null, 'en', null]);
    const tokens = record.sentences.flatMap((sentence) => sentence.tokens);
    expect(tokens.map((token) => [String(token.id), token.form, `${token.start}:${token.end}`])).toEqual(
      tokenLines.map((columns) => [columns[0], columns[1], /TokenRange=(\d+:\d+)/.exec(columns[9]!)![1]]),
    );
    expect(tokens[1]).toEqual({ id: 2, form: 'erkent', start: 12, end: 18, upos: 'X', xpos: 'XPOS', feats: '_', lemma: 'erkent', head: 1, deprel: 'dep' });
    expect(record.sentences[2]!.tokens[0]).toEqual({ id: 1, form: 'Thousands', start: TWEET.start, end: TWEET.start + 9 });
  });
});

describe('reparseConllu', () => {
  it('keeps comments, ids, forms, MISC, empty nodes and multiword tokens; replaces the analysis; DEPS becomes _', async () => {
    const analyzer = new FakeAnalyzer();
    const output = await reparse(CONLLU_SAMPLE, analyzer);
    const inLines = CONLLU_SAMPLE.split('\n');
    const outLines = output.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => {
      const gold = inLines[i]!;
      if (gold.startsWith('#') || gold === '' || /^\d+[-.]/.test(gold)) {
        expect(line).toBe(gold);
        return;
      }
      const [id, form, lemma, upos, , , head, deprel, deps, misc] = line.split('\t');
      const goldColumns = gold.split('\t');
      expect([id, form, misc]).toEqual([goldColumns[0], goldColumns[1], goldColumns[9]]);
      expect([lemma, upos, head, deprel, deps]).toEqual([form!.toLowerCase(), /^\p{P}+$/u.test(form!) ? 'PUNCT' : 'X', String(Number(id) - 1), id === '1' ? 'root' : 'dep', '_']);
    });
    expect(analyzer.seen).toEqual([
      ['Ik', 'zie', 'dat', 'Poetin', 'hem', 'steunt', '.'],
      ['Loekasjenko', 'gaat', 'naar', 'Moskou', 'en', 'zijn', 'ministers', 'naar', 'Sotsji', '.'],
      ['Hij', 'zei', 'zo', "'n", 'dertig', 'keer', 'nee', '.'],
    ]);
  });

  it('ends the last sentence with the blank line CoNLL-U requires, and keeps extra blank lines', async () => {
    const word = '1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_';
    expect(await reparse(`# sent_id = a\n${word}`)).toBe(`# sent_id = a\n1\tJa\tja\tX\tXPOS\t_\t0\troot\t_\t_\n\n`);
    expect(await reparse(`\n${word}\n\n\n${word}\n`)).toBe(`\n1\tJa\tja\tX\tXPOS\t_\t0\troot\t_\t_\n\n\n1\tJa\tja\tX\tXPOS\t_\t0\troot\t_\t_\n\n`);
  });

  it.each([
    ['a line without ten columns', '# text = Ja\n1\tJa\tja', /^sample\.conllu:2: a CoNLL-U token line has 10 tab-separated columns, this one 3$/],
    ['words out of order', `1\tJa\t_\t_\t_\t_\t0\troot\t_\t_\n3\tnee\t_\t_\t_\t_\t1\tdep\t_\t_`, /^sample\.conllu:2: word 3 where word 2 was expected$/],
    ['an id that is not a number', `x\tJa\t_\t_\t_\t_\t0\troot\t_\t_`, /^sample\.conllu:1: "x" is not a CoNLL-U word id$/],
  ])('names the file and line of %s', async (_, text, message) => {
    await expect(reparse(text)).rejects.toThrow(message);
  });

  it('names the sentence an analyzer answered wrongly for', async () => {
    const broken = brokenAnalyzer((words) => new FakeAnalyzer().analyze(words).slice(1));
    await expect(reparse(CONLLU_SAMPLE, broken)).rejects.toThrow(/^sample\.conllu:5: broken-analyzer returned 6 analyses for 7 words$/);
  });
});
