import { Command } from 'commander';
import { readConllu, type ConlluSentence } from '../conllu/conllu.ts';
import { evaluateSegmentation, rebuildGoldText, type SegmentationScore, type SpanScore } from '../eval/segment-eval.ts';
import { loadTagger } from '../annotate/tagger/tagger-model.ts';
import { evaluateSyntax, type ColumnScore } from '../eval/syntax-eval.ts';
import { loadParser } from '../annotate/parser/parser-model.ts';
import { runCommand } from './common.ts';

/** The models `kroniek eval syntax` uses unless given others. */
const DEFAULT_TAGGER = new URL('../../models/tagger-nl.json.gz', import.meta.url).pathname;
const DEFAULT_PARSER = new URL('../../models/parser-nl.json.gz', import.meta.url).pathname;

export function evalCommand(): Command {
  return new Command('eval')
    .description('measure quality against gold data (figures in docs/quality.md)')
    .addCommand(
      new Command('syntax')
        .description('tag the gold tokens of a CoNLL-U file and score against its gold annotation')
        .argument('<file>', 'a CoNLL-U file')
        .option('--tagger <model>', 'tagger model', DEFAULT_TAGGER)
        .option('--parser <model>', 'parser model', DEFAULT_PARSER)
        .option('--json', 'print the scores as JSON')
        .addHelpText(
          'after',
          '\nScores UPOS, and UAS and LAS from the predicted tags (relations without subtypes, punctuation\nincluded, as CoNLL 2018); XPOS and lemmas are added as their models land (docs/quality.md).',
        )
        .action((file: string, flags: { tagger: string; parser: string; json?: boolean }) =>
          runCommand(async () => {
            const sentences: ConlluSentence[] = [];
            for await (const sentence of readConllu(file)) sentences.push(sentence);
            const score = evaluateSyntax(sentences, loadTagger(flags.tagger).tagger, loadParser(flags.parser).parser);
            const row = (name: string, column: ColumnScore | undefined): string =>
              column ? `${name.padEnd(10)} ${pct(column.accuracy)}  (${column.correct} of ${column.total})\n` : '';
            const text = `${file}\n${row('UPOS', score.upos)}${row('UAS', score.uas)}${row('LAS', score.las)}speed      ${Math.round(score.tokensPerSecond).toLocaleString('en')} tokens/s\n`;
            process.stdout.write(flags.json ? `${JSON.stringify(score, null, 2)}\n` : text);
          }),
        ),
    )
    .addCommand(
      new Command('segment')
        .description('tokenise and split the raw text of a CoNLL-U file (its # text lines) and score against its gold tokens and sentences')
        .argument('<file>', 'a CoNLL-U file with # text and # sent_id lines')
        .option('--json', 'print the scores as JSON')
        .addHelpText(
          'after',
          `
The raw text is rebuilt from the # text lines: sentences of one paragraph (same document and
paragraph number in sent_id, e.g. doc.p.5.s.4) joined by a space, paragraphs by a blank line.
A token or sentence counts as correct when its character range is exactly right (CoNLL 2018).`,
        )
        .action((file: string, flags: { json?: boolean }) =>
          runCommand(async () => {
            const sentences: ConlluSentence[] = [];
            for await (const sentence of readConllu(file)) sentences.push(sentence);
            const score = evaluateSegmentation(rebuildGoldText(sentences));
            process.stdout.write(flags.json ? `${JSON.stringify(score, null, 2)}\n` : formatSegmentation(file, score));
          }),
        ),
    );
}

function formatSegmentation(file: string, score: SegmentationScore): string {
  const row = (name: string, s: SpanScore): string =>
    `${name.padEnd(10)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`;
  return [
    file,
    `${''.padEnd(10)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`,
    row('tokens', score.tokens),
    row('sentences', score.sentences),
    `speed      ${Math.round(score.tokensPerSecond).toLocaleString('en')} tokens/s`,
    '',
  ].join('\n');
}

function pct(value: number): string {
  return `${(value * 100).toFixed(2)}%`.padStart(7);
}
