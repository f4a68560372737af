import { existsSync } from 'node:fs';
import { Command } from 'commander';
import type { ClusterScore, CorefScore } from '../eval/coref-scores.ts';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { evaluateEntityMerging, type EntityEvalResult } from '../eval/meantime-entities.ts';
import { evaluatePredictedMentions } from '../eval/meantime-predicted.ts';
import { InputError } from '../errors.ts';
import { runCommand } from './common.ts';

/** `kroniek eval entities`: cross-document entity merging on MEANTIME's gold name mentions. */
export function evalEntitiesCommand(): Command {
  return new Command('entities')
    .description("cluster MEANTIME's gold name mentions into entities and score them against its cross-document chains")
    .argument('<path>', 'the MEANTIME folder (with entities_mentions.json) or that file')
    .option('--predicted', "also run the whole pipeline (NER included) on MEANTIME's text and score its entities on the same gold mentions")
    .option('--json', 'print the scores as JSON')
    .addHelpText(
      'after',
      `
Gold mentions headed by a proper noun are cut to their name and clustered as if NER had found
exactly them, so NER errors do not count. B-cubed and MUC precision, recall and F1, with two
trivial baselines: same string, and every mention alone (docs/entities.md).`,
    )
    .action((path: string, flags: { json?: boolean; predicted?: boolean }) =>
      runCommand(async () => {
        if (!existsSync(path)) throw new InputError('not-found', { file: path }, 'no such file or folder');
        const result = evaluateEntityMerging(path);
        const predicted = flags.predicted ? await evaluatePredictedMentions(path, DEFAULT_SETTINGS) : null;
        process.stdout.write(flags.json ? `${JSON.stringify({ ...result, predicted }, null, 2)}\n` : format(path, result, predicted));
      }),
    );
}

function format(path: string, result: EntityEvalResult, predicted: CorefScore | null): string {
  const pct = (value: number): string => `${(value * 100).toFixed(2)}%`.padStart(7);
  const cells = (s: ClusterScore): string => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  const row = (name: string, score: CorefScore): string => `${name.padEnd(22)} ${cells(score.bcubed)}   ${cells(score.muc)}   ${score.systemClusters}`;
  return [
    `${path}: ${result.named} gold name mentions (of ${result.allMentions} entity mentions) in ${result.documents} documents, ${result.kroniek.goldClusters} gold entities`,
    `${''.padEnd(22)} ${'B3 P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   ${'MUC P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   entities`,
    row('kroniek', result.kroniek),
    row('same string (trivial)', result.sameString),
    row('all apart (trivial)', result.singletons),
    ...(predicted ? [row('kroniek, NER mentions', predicted)] : []),
    '',
  ].join('\n');
}
