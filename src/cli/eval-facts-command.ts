import { existsSync, statSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { InputError } from '../errors.ts';
import { evaluateFacts, type FactsReport } from '../eval/facts/facts-eval.ts';
import { CORPUS_FILE } from '../eval/facts/facts-corpus.ts';
import { runCommand } from './common.ts';

/** Gold errors printed per layer without --errors. */
const ERRORS_SHOWN = 10;

/** `kroniek eval facts`: timexes, quotes, figures, conflicts and events against a gold folder. */
export function evalFactsCommand(): Command {
  return new Command('facts')
    .description('annotate the articles of a gold folder and score timexes, quotes, figures, conflicts and events against its gold tables')
    .argument('<gold>', `a gold folder: a "${CORPUS_FILE}" file naming its articles and one .tsv table per layer (eval/facts/README.md)`)
    .option('--errors', 'list every miss and spurious prediction, not only the first ten per layer')
    .option('--json', 'print the report as JSON')
    .action((gold: string, flags: { errors?: boolean; json?: boolean }) =>
      runCommand(async () => {
        if (!existsSync(gold) || !statSync(gold).isDirectory()) throw new InputError('not-found', { file: gold }, 'no such gold folder');
        const report = await evaluateFacts(gold, DEFAULT_SETTINGS);
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : format(report, flags.errors ?? false));
      }),
    );
}

function format(report: FactsReport, allErrors: boolean): string {
  const pct = (value: number): string => `${(value * 100).toFixed(2)}%`.padStart(7);
  const lines = [`${report.goldDir}: ${report.documents} articles, annotated at ${Math.round(report.articlesPerSecond)} articles/s (the whole default pipeline, one thread)`];
  lines.push(`${''.padEnd(34)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`);
  for (const layer of report.layers) {
    for (const { name, score } of layer.measures) {
      lines.push(`${`${layer.layer}: ${name}`.padEnd(34)} ${pct(score.precision)} ${pct(score.recall)} ${pct(score.f1)}  (gold ${score.gold}, predicted ${score.predicted}, correct ${score.correct})`);
    }
  }
  for (const layer of report.layers) {
    if (layer.errors.length === 0) continue;
    const shown = allErrors ? layer.errors : layer.errors.slice(0, ERRORS_SHOWN);
    lines.push('', `${layer.layer}: ${layer.errors.length} error(s)`, ...shown.map((error) => `  ${error}`));
    if (shown.length < layer.errors.length) lines.push(`  ... ${layer.errors.length - shown.length} more (--errors lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}
