import { Command } from 'commander';
import type { CorpusStats } from '../store/store.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

export function statsCommand(): Command {
  return new Command('stats')
    .description('what the database holds: documents, sources, dates, removals, other-language segments')
    .addOption(dbOption())
    .option('--json', 'print the figures as JSON')
    .action((flags: { db: string; json?: boolean }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        try {
          const stats = await store.stats();
          process.stdout.write(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, flags.db));
        } finally {
          await store.close();
        }
      }),
    );
}

function formatStats(stats: CorpusStats, db: string): string {
  const list = (counts: Readonly<Record<string, number>>): string =>
    Object.entries(counts).map(([key, n]) => `${key} ${n}`).join(', ') || 'none';
  const dates = stats.dates ? `${stats.dates.first} to ${stats.dates.last}` : 'none';
  return [
    `${db}: ${stats.documents} documents from ${stats.sources} sources (${list(stats.byFormat)})`,
    `  dates: ${dates}; undated: ${stats.undated}`,
    `  removed: ${list(stats.removalsByReason)}`,
    `  other-language segments: ${list(stats.segmentsByLanguage)}`,
    '',
  ].join('\n');
}
