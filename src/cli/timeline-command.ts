import { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { storedStoryRecord } from '../export/story-record.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { entityTimeline } from '../query/entity-timeline.ts';
import type { TimelineEntry } from '../relate/stories/timeline.ts';
import { updateStories } from '../relate/stories/update-stories.ts';
import type { DocumentStore } from '../store/store.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';
import { timelineLines } from './stories-command.ts';

/** `kroniek timeline`: the dated articles and events of one story or one entity. */
export function timelineCommand(): Command {
  return new Command('timeline')
    .description('the dated articles and events of a story or an entity, in order; month-only dates as the span of their month')
    .option('--story <id>', 'a story id')
    .option('--entity <name>', 'an entity name, spelling or id')
    .addOption(dbOption())
    .option('--json', 'print the timeline as JSON')
    .addHelpText('after', '\nExamples:\n  kroniek timeline --entity Lukashenko\n  kroniek timeline --story s1a2b3c4d --json')
    .action((flags: { story?: string; entity?: string; db: string; json?: boolean }) =>
      runCommand(async () => {
        if (Boolean(flags.story) === Boolean(flags.entity)) throw new UsageError('give exactly one of --story ID and --entity NAME');
        const store = openExistingStore(flags.db);
        try {
          const { title, entries } = flags.story ? await storyTimeline(store, flags.story) : await entityTimelineOf(store, flags.entity!);
          process.stdout.write(flags.json ? `${JSON.stringify(entries, null, 2)}\n` : `${[title, ...timelineLines(entries)].join('\n')}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}

async function storyTimeline(store: DocumentStore, id: string): Promise<{ title: string; entries: readonly TimelineEntry[] }> {
  await updateStories(store);
  const story = await store.stories.get(id);
  if (!story) throw new UsageError(`no story has the id "${id}"; "kroniek stories" lists them`);
  return { title: `${story.id}  ${story.label}`, entries: (await storedStoryRecord(store, story)).timeline };
}

/** The articles that mention an entity, and the events with it as agent, patient or recipient. */
async function entityTimelineOf(store: DocumentStore, name: string): Promise<{ title: string; entries: readonly TimelineEntry[] }> {
  await ensureEntities(store);
  const entity = (await store.entities.get(name)) ?? (await store.entities.find(name))[0];
  if (!entity) throw new UsageError(`no entity is called "${name}"; "kroniek entities" lists them`);
  return { title: `${entity.name}  (${entity.type}, ${entity.id})`, entries: await entityTimeline(store, entity) };
}
