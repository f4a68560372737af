import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { exportCorpus, type ExportFormat } from '../export/export-corpus.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('write the whole corpus in the documented export format (docs/export-format.md), streamed')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'json (one object) or jsonl (one record a line)').choices(['json', 'jsonl']).default('json'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action((flags: { db: string; format: ExportFormat; out?: string }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        const out = flags.out ? createWriteStream(flags.out) : process.stdout;
        try {
          const count = await exportCorpus(store, flags.format, out);
          if (flags.out) {
            out.end();
            await finished(out);
            process.stderr.write(`exported ${count} documents to ${flags.out}\n`);
          }
        } finally {
          await store.close();
        }
      }),
    );
}
