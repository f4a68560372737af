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
          await ensureEntities(store);
          await updateStories(store);
          const conflicts = [];
          for (const conflict of await corpusConflicts(store)) {
            const figures = [];
            for (const figure of conflict.figures) figures.push({ ...figure, sentence: sentenceAround(await store.getDocument(figure.document), figure.start, figure.end) });
            conflicts.push({ ...conflict, figures });
          }
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
          await store.close();
        }
      }),
    );
}
