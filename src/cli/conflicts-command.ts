import { Command } from 'commander';
import { corpusConflicts } from '../relate/conflicts/index.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';
import { sentenceAround } from './sentence-context.ts';

/** `kroniek conflicts`: figures that report one quantity differently, each with its sentence. */
export function conflictsCommand(): Command {
  return new Command('conflicts')
    .description('list figures that report one quantity differently (different sources or articles), each source with its sentence')
    .addOption(dbOption())
    .option('--json', 'print the conflicts as JSON, each figure with its sentence')
    .action((flags: { db: string; json?: boolean }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        try {
          ensureEntities(store);
          updateStories(store);
          const conflicts = corpusConflicts(store).map((conflict) => ({
            ...conflict,
            figures: conflict.figures.map((figure) => ({ ...figure, sentence: sentenceAround(store.getDocument(figure.document), figure.start, figure.end) })),
          }));
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(conflicts, null, 2)}\n`);
            return;
          }
          const lines = conflicts.flatMap((conflict) => [
            `${conflict.about}${conflict.unit ? ` (${conflict.unit})` : ''}: ${conflict.figures.map((f) => f.text).join(' / ')}`,
            ...conflict.figures.map((f) => `  ${f.document} ${f.start}-${f.end}  ${f.text} = ${f.value}${f.high !== null && f.high !== f.value ? `..${f.high}` : ''}  source: ${f.source?.text ?? '-'}\n      ${f.sentence}`),
            '',
          ]);
          process.stdout.write(lines.length > 0 ? `${lines.join('\n')}` : 'no conflicts\n');
        } finally {
          store.close();
        }
      }),
    );
}
