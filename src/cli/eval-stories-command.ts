import { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import type { ClusterScore, CorefScore } from '../eval/coref-scores.ts';
import { evaluateStories, type StoryEvalResult } from '../eval/story-eval.ts';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../relate/stories/story-clusterer.ts';
import { assertReadableFile, runCommand } from './common.ts';

/** `kroniek eval stories`: streaming story clustering and near-duplicates on a labelled JSONL stream. */
export function evalStoriesCommand(): Command {
  return new Command('stories')
    .description('cluster a labelled JSONL stream (records with "story", optionally "duplicate_of") in file order and score stories and near-duplicates')
    .argument('<file>', 'a JSONL stream, e.g. eval/stories/stream.jsonl')
    .option('--join <score>', 'join a story from this score', String(DEFAULT_STORY_OPTIONS.joinSimilarity))
    .option('--term-share <share>', 'share of the score from the text, the rest from entities', String(DEFAULT_STORY_OPTIONS.termShare))
    .option('--decay-days <days>', 'days after which the time factor halves', String(DEFAULT_STORY_OPTIONS.decayDays))
    .option('--window-days <days>', 'days a story stays open after its last article', String(DEFAULT_STORY_OPTIONS.windowDays))
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', '\nB-cubed (every article weighs the same) and MUC, with two trivial baselines (docs/stories.md).')
    .action((file: string, flags: { join: string; termShare: string; decayDays: string; windowDays: string; json?: boolean }) =>
      runCommand(async () => {
        assertReadableFile(file);
        const options: StoryOptions = {
          joinSimilarity: Number(flags.join),
          termShare: Number(flags.termShare),
          decayDays: Number(flags.decayDays),
          windowDays: Number(flags.windowDays),
        };
        const result = await evaluateStories(file, DEFAULT_SETTINGS, options);
        process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : format(file, result));
      }),
    );
}

function format(file: string, result: StoryEvalResult): string {
  const pct = (value: number): string => `${(value * 100).toFixed(2)}%`.padStart(7);
  const cells = (s: ClusterScore): string => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  const row = (name: string, score: CorefScore): string => `${name.padEnd(22)} ${cells(score.bcubed)}   ${cells(score.muc)}   ${score.systemClusters}`;
  const d = result.duplicates;
  return [
    `${file}: ${result.articles} articles, ${result.goldStories} gold stories`,
    `${''.padEnd(22)} ${'B3 P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   ${'MUC P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   stories`,
    row('kroniek', result.stories),
    row('all together (trivial)', result.allTogether),
    row('all apart (trivial)', result.allApart),
    `near-duplicates        ${pct(d.precision)} ${pct(d.recall)} ${pct(d.f1)}  (copies ${d.gold}, found ${d.predicted}, right ${d.correct})`,
    `speed                  ${Math.round(result.articlesPerSecond).toLocaleString('en')} articles/s (duplicates and clustering after annotation; one thread)`,
    '',
  ].join('\n');
}
