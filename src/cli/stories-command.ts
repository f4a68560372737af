import { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { storyView, type StoryView } from '../query/story-view.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import type { TimelineEntry } from '../relate/stories/timeline.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import type { DocumentStore } from '../store/store.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

/** Opens the store, brings its stories up to date, runs `body`, closes the store. */
async function withStories(db: string, body: (store: DocumentStore) => void | Promise<void>): Promise<void> {
  const store = openExistingStore(db);
  try {
    await updateStories(store);
    await body(store);
  } finally {
    await store.close();
  }
}

/** `kroniek stories`: every story, largest first. */
export function storiesCommand(): Command {
  return new Command('stories')
    .description('list the stories: id, articles, dates and label, largest first')
    .addOption(dbOption())
    .option('--json', 'print the stories as JSON')
    .action((flags: { db: string; json?: boolean }) =>
      runCommand(() =>
        withStories(flags.db, async (store) => {
          const stories = await store.stories.list();
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(stories.map(({ state, ...story }) => story), null, 2)}\n`);
            return;
          }
          const lines = stories.map((s) => `${s.id}  ${String(s.documents.length).padStart(4)}  ${dates(s.first, s.last)}  ${s.label}`);
          process.stdout.write(`${lines.join('\n')}\n`);
        }),
      ),
    );
}

/** `kroniek story ID`: one story with its entities and timeline (and, as JSON, its quotes, figures and conflicts). */
export function storyCommand(): Command {
  return new Command('story')
    .description('show one story: its articles, entities and timeline; as JSON also its quotes, figures and conflicts')
    .argument('<id>', 'a story id, as "kroniek stories" lists them')
    .addOption(dbOption())
    .option('--json', 'print the story as JSON, with its articles, quotes, figures and the conflicts among its articles')
    .action((id: string, flags: { db: string; json?: boolean }) =>
      runCommand(() =>
        withStories(flags.db, async (store) => {
          await ensureEntities(store);
          const view = await storyView(store, id);
          if (!view) throw new UsageError(`no story has the id "${id}"; "kroniek stories" lists them`);
          process.stdout.write(flags.json ? `${JSON.stringify(view, null, 2)}\n` : formatStory(view));
        }),
      ),
    );
}

/** `kroniek duplicates`: every near-duplicate pair. */
export function duplicatesCommand(): Command {
  return new Command('duplicates')
    .description('list near-duplicate documents: each document and the earlier one it copies, with their similarity')
    .addOption(dbOption())
    .option('--json', 'print the pairs as JSON')
    .action((flags: { db: string; json?: boolean }) =>
      runCommand(() =>
        withStories(flags.db, async (store) => {
          const pairs = await store.stories.allDuplicates();
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
            return;
          }
          const lines: string[] = [];
          for (const p of pairs) {
            const document = await store.getDocument(p.document);
            lines.push(`${p.document}  copies  ${p.duplicateOf}  ${p.similarity.toFixed(2)}  ${document?.title ?? document?.source ?? p.document}`);
          }
          process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'no near-duplicates\n');
        }),
      ),
    );
}

/** A date span as text: one day, or first to last. */
export function dates(first: string | null, last: string | null): string {
  if (!first) return 'undated'.padEnd(21);
  return (first === last ? first : `${first}..${last}`).padEnd(21);
}

/** Timeline entries as lines: the date span, the kind, what happened, and where. */
export function timelineLines(entries: readonly TimelineEntry[]): string[] {
  return entries.map((e) => `  ${dates(e.first, e.last)}  ${e.kind.padEnd(7)}  ${e.text.replace(/\s+/g, ' ')}  (${e.document} ${e.start}-${e.end})`);
}

function formatStory(record: StoryView): string {
  return [
    `${record.id}  ${record.label}`,
    `${record.documents.length} articles, ${dates(record.start, record.end).trim()}${record.open ? ', open' : ''}`,
    `${record.quotes.length} quotes, ${record.figures.length} figures, ${record.conflicts.length} conflicts (--json lists them)`,
    `entities: ${record.entities.slice(0, 10).map((e) => `${e.name} (${e.articles})`).join(', ')}`,
    '',
    'timeline:',
    ...timelineLines(record.timeline),
    '',
  ].join('\n');
}
