import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { enqueueInputs } from '../ingest/enqueue-inputs.ts';
import { ingest, type IngestSummary } from '../ingest/ingest.ts';
import { dbOption, openPostgresStore, openStoreForWriting, runCommand } from './common.ts';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, clean and store articles (text, seed, HTML, JSONL, RSS/Atom) into the database')
    .argument('<paths...>', 'files, folders (read recursively) or - for standard input')
    .addOption(dbOption())
    .option('--queue', 'only queue the articles for "kroniek worker" processes (PostgreSQL)')
    .addHelpText(
      'after',
      `
Prints one summary line: read, new, updated, unchanged, failed, and the entities the corpus
now has (all stored mentions are clustered again: docs/entities.md); then each failure with its
file, line and reason. Exits 1 when any input failed; everything else is still stored.

Examples:
  kroniek ingest examples/seeds
  kroniek ingest archive/ feeds/nos.xml --db news.db
  cat articles.jsonl | kroniek ingest -
  kroniek ingest --queue archive/ --db postgres://kroniek@db/news`,
    )
    .action((paths: string[], options: { db: string; queue?: boolean }) =>
      runCommand(async () => {
        if (options.queue) return queueInputs(paths, options.db);
        const store = openStoreForWriting(options.db);
        const progress = startProgress();
        try {
          const summary = await ingest(paths, store, { settings: DEFAULT_SETTINGS, onProgress: progress.update });
          progress.stop();
          report(summary, options.db);
          return summary.failures.length > 0 ? 1 : 0;
        } finally {
          progress.stop();
          await store.close();
        }
      }),
    );
}

/** `--queue`: reads the inputs and queues them, unbuilt; prints one line. */
async function queueInputs(paths: readonly string[], db: string): Promise<number> {
  const store = openPostgresStore(db, '"kroniek ingest --queue"');
  try {
    const summary = await enqueueInputs(paths, store, DEFAULT_SETTINGS);
    const pending = (await store.queue.counts()).pending;
    process.stdout.write(`read ${summary.read}, queued ${summary.queued}, failed ${summary.failures.length}, pending ${pending} (${db})\n`);
    for (const failure of summary.failures) process.stderr.write(`failed: ${failure.message}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

function report(summary: IngestSummary, db: string): void {
  const { read, updated, unchanged, entities, stories, failures } = summary;
  process.stdout.write(
    `read ${read}, new ${summary.new}, updated ${updated}, unchanged ${unchanged}, failed ${failures.length}, entities ${entities}, stories ${stories} (${db})\n`,
  );
  for (const failure of failures) process.stderr.write(`failed: ${failure.message}\n`);
}

interface Progress {
  update(summary: Readonly<IngestSummary>): void;
  stop(): void;
}

/** Short runs finish before a bar would help; it appears only after this long. */
const PROGRESS_AFTER_SECONDS = 1;

/** A live counter on a terminal; nothing at all when stderr is a file or a pipe. */
function startProgress(): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'ingesting: {value} articles read, {stored} stored, {failed} failed, {speed} articles/s', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    update(summary) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const stored = summary.new + summary.updated + summary.unchanged;
      const payload = { stored, failed: summary.failures.length, speed: Math.round(summary.read / seconds) };
      if (!running) {
        if (seconds < PROGRESS_AFTER_SECONDS) return;
        bar.start(0, summary.read, payload);
        running = true;
      } else bar.update(summary.read, payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
