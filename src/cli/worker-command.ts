import { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { DEFAULT_WORKER_BATCH, runWorker } from '../ingest/queue-worker.ts';
import { dbOption, openPostgresStore, parsePositiveInt, runCommand } from './common.ts';

/** `kroniek worker`: processes the articles `kroniek ingest --queue` put on a PostgreSQL queue. */
export function workerCommand(): Command {
  return new Command('worker')
    .description('process queued articles (kroniek ingest --queue) from a PostgreSQL database; run any number at once')
    .addOption(dbOption())
    .option('--batch <n>', 'articles claimed per transaction', String(DEFAULT_WORKER_BATCH))
    .option('--threads <n>', 'threads that annotate each batch (default: one per core, at most 4)')
    .option('--watch', 'keep waiting for new work instead of stopping when the queue is empty')
    .addHelpText(
      'after',
      `
Each batch is claimed (SELECT ... FOR UPDATE SKIP LOCKED), cleaned, annotated, stored and
marked done in one transaction: a worker killed half-way loses nothing, its batch is taken
again. The batch is annotated on all of the worker's threads: several workers on one machine
should share its cores (--threads). When the queue is empty the entities and stories are
brought up to date, one worker at a time (docs/scale.md). Prints one summary line.

Examples:
  kroniek ingest --queue archive/ --db postgres://kroniek@db/news
  kroniek worker --db postgres://kroniek@db/news`,
    )
    .action((flags: { db: string; batch: string; threads?: string; watch?: boolean }) =>
      runCommand(async () => {
        const store = openPostgresStore(flags.db, '"kroniek worker"');
        const stop = new AbortController();
        process.once('SIGTERM', () => stop.abort());
        try {
          const summary = await runWorker(store, {
            settings: flags.threads === undefined ? DEFAULT_SETTINGS : { ...DEFAULT_SETTINGS, workers: parsePositiveInt(flags.threads, '--threads') },
            batchSize: parsePositiveInt(flags.batch, '--batch'),
            watch: flags.watch ?? false,
            signal: stop.signal,
          });
          process.stdout.write(
            `batches ${summary.batches}, new ${summary.new}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}, entities ${summary.entities}, stories ${summary.stories}\n`,
          );
          return summary.failed > 0 ? 1 : 0;
        } finally {
          await store.close();
        }
      }),
    );
}
