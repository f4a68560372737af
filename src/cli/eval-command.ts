import { Command } from 'commander';
import { readConllu, type ConlluSentence } from '../conllu/conllu.ts';
import { evaluateSegmentation, rebuildGoldText, type SegmentationScore, type SpanScore } from '../eval/segment-eval.ts';
import { evaluateSyntax, type ColumnScore, type SyntaxScore } from '../eval/syntax-eval.ts';
import { DEFAULT_MODEL_DIR, loadDutchModels } from '../annotate/syntax/dutch-analyzer.ts';
import { DEFAULT_NER_PATH, loadNer } from '../annotate/entities/ner-model.ts';
import { sharedDutchAnalyzer, sharedLexicon } from '../annotate/syntax/shared-analyzer.ts';
import { evaluateNerFile, scoreTaggedFile, type NerScore } from '../eval/ner-eval.ts';
import { assertReadableFile, runCommand } from './common.ts';
import { evalEntitiesCommand } from './eval-entities-command.ts';
import { evalFactsCommand } from './eval-facts-command.ts';
import { evalStoriesCommand } from './eval-stories-command.ts';

export function evalCommand(): Command {
  return new Command('eval')
    .description('measure quality against gold data (figures in docs/quality.md)')
    .addCommand(
      new Command('syntax')
        .description('analyse the gold tokens of a CoNLL-U file and score against its gold annotation')
        .argument('<file>', 'a CoNLL-U file')
        .option('--models <dir>', 'folder with tagger-nl, parser-nl and lemmatizer-nl model files', DEFAULT_MODEL_DIR)
        .option('--json', 'print the scores as JSON')
        .addHelpText(
          'after',
          `
Scores UPOS, XPOS, UFeats, lemma, UAS and LAS the CoNLL 2018 way: every word, punctuation
included; relations without subtypes; lemmas without the treebanks' compound underscores.
Sentences the models were trained on (by sent_id) are left out and counted.`,
        )
        .action((file: string, flags: { models: string; json?: boolean }) =>
          runCommand(async () => {
            const sentences: ConlluSentence[] = [];
            for await (const sentence of readConllu(file)) sentences.push(sentence);
            const { analyzer, trainedOn } = loadDutchModels(flags.models);
            const score = evaluateSyntax(sentences, analyzer, trainedOn);
            process.stdout.write(flags.json ? `${JSON.stringify(score, null, 2)}\n` : formatSyntax(file, score));
          }),
        ),
    )
    .addCommand(
      new Command('ner')
        .description('tag the tokens of a CoNLL-format NER file and score the entities against its gold tags (last column)')
        .argument('<file>', 'CoNLL-format file: the token first, the gold IOB2 tag last')
        .option('--model <file>', 'NER model', DEFAULT_NER_PATH)
        .option('--clusters <file>', 'the word clusters the model was trained with, when not the shipped ones')
        .option('--predicted', 'score the tags already in the file (gold second to last, predicted last: another system\'s output) instead of tagging')
        .option('--json', 'print the scores as JSON')
        .addHelpText('after', '\nAn entity counts only when its span and type are exactly right (CoNLL 2002 conlleval).')
        .action((file: string, flags: { model: string; clusters?: string; predicted?: boolean; json?: boolean }) =>
          runCommand(async () => {
            assertReadableFile(file);
            if (flags.predicted) {
              const score = await scoreTaggedFile(file);
              process.stdout.write(flags.json ? `${JSON.stringify(score, null, 2)}\n` : formatNer(file, score));
              return;
            }
            const { tagger } = loadNer(flags.model, { clusters: flags.clusters }, sharedLexicon());
            const { seconds, ...score } = await evaluateNerFile(file, tagger, sharedDutchAnalyzer());
            const tokensPerSecond = score.tokens / Math.max(seconds, 1e-9);
            process.stdout.write(flags.json ? `${JSON.stringify({ ...score, tokensPerSecond }, null, 2)}\n` : formatNer(file, score, tokensPerSecond));
          }),
        ),
    )
    .addCommand(evalEntitiesCommand())
    .addCommand(evalFactsCommand())
    .addCommand(evalStoriesCommand())
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

function formatNer(file: string, score: NerScore, tokensPerSecond?: number): string {
  const row = (name: string, s: NerScore['overall']): string =>
    `${name.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`;
  return [
    `${file}: ${score.tokens} tokens`,
    `${''.padEnd(8)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`,
    ...Object.entries(score.byType).map(([type, s]) => row(type, s)),
    row('overall', score.overall),
    ...(tokensPerSecond === undefined ? [] : [`speed    ${Math.round(tokensPerSecond).toLocaleString('en')} tokens/s (NER, after the language core's tags; one thread)`]),
    '',
  ].join('\n');
}

function formatSyntax(file: string, score: SyntaxScore): string {
  const row = (name: string, column: ColumnScore): string => `${name.padEnd(10)} ${pct(column.accuracy)}  (${column.correct} of ${column.total})`;
  return [
    `${file}: ${score.sentences} sentences${score.skipped > 0 ? ` (${score.skipped} left out: the models were trained on them)` : ''}`,
    row('UPOS', score.upos), row('XPOS', score.xpos), row('UFeats', score.feats), row('lemma', score.lemma), row('UAS', score.uas), row('LAS', score.las),
    `speed      ${Math.round(score.tokensPerSecond).toLocaleString('en')} tokens/s (tag, parse, lemmatise; one thread)`,
    '',
  ].join('\n');
}

function pct(value: number): string {
  return `${(value * 100).toFixed(2)}%`.padStart(7);
}
