import { Command } from 'commander';
import pc from 'picocolors';
import { DEFAULT_SETTINGS } from '../config/settings.ts';
import { dayRange, parsePublished } from '../doc/published.ts';
import { UsageError } from '../errors.ts';
import { parseQuery } from '../search/query.ts';
import { markSnippet } from '../search/snippet.ts';
import type { SearchHit } from '../store/store.ts';
import { dbOption, openExistingStore, parsePositiveInt, runCommand } from './common.ts';

interface SearchFlags {
  readonly db: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: string;
  readonly json?: boolean;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search with Dutch stemming, diacritics ignored, ranked by bm25')
    .argument('<query>', 'words (all must match), "a phrase", prefix*, -excluded, a OR b')
    .addOption(dbOption())
    .option('--from <date>', 'only articles that may be dated on or after this day, month or year (2021-11)')
    .option('--to <date>', 'only articles that may be dated on or before this day, month or year')
    .option('--limit <n>', 'number of results', String(DEFAULT_SETTINGS.searchLimit))
    .option('--json', 'print the results as JSON')
    .addHelpText(
      'after',
      `
An article known only to the month (2021-11) matches every day of that month.

Examples:
  kroniek search protesten              finds "protest", "protesten"
  kroniek search Oekraine               finds "Oekraïne"
  kroniek search '"Wit-Russische president" -Poetin' --from 2021-01 --json`,
    )
    .action((query: string, flags: SearchFlags) =>
      runCommand(async () => {
        const parsed = parseQuery(query);
        const options = {
          limit: parsePositiveInt(flags.limit, '--limit'),
          snippetChars: DEFAULT_SETTINGS.snippetChars,
          ...(flags.from ? { from: dayRange(dateOption(flags.from, '--from')).first } : {}),
          ...(flags.to ? { to: dayRange(dateOption(flags.to, '--to')).last } : {}),
        };
        const store = openExistingStore(flags.db);
        try {
          const hits = await store.search(parsed, options);
          process.stdout.write(flags.json ? `${JSON.stringify(hits, null, 2)}\n` : formatHits(hits));
        } finally {
          await store.close();
        }
      }),
    );
}

function dateOption(value: string, name: string) {
  const date = parsePublished(value);
  if (!date) throw new UsageError(`${name} takes a date like 2021, 2021-11 or 2021-11-17, not "${value}"`);
  return date;
}

function formatHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return 'no results\n';
  const [open, close] = pc.isColorSupported ? ['\u001b[1;33m', '\u001b[0m'] : ['[', ']'];
  return hits
    .map((hit, index) => {
      const date = hit.published ? `${hit.published.value} (${hit.published.precision})` : 'date unknown';
      const title = hit.title ?? '(untitled)';
      return [
        `${index + 1}. ${pc.bold(title)}`,
        `   ${date} · ${hit.source} · id ${hit.id} · score ${hit.score.toFixed(2)}`,
        `   …${markSnippet(hit.snippet, open, close)}…`,
      ].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
