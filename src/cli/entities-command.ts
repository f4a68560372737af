import { Command, Option } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../annotate/entities/mention.ts';
import { entityRecord } from '../export/entity-record.ts';
import type { Entity } from '../relate/entities/entity.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

/** Spellings shown per entity in the table; --json has them all. */
const VARIANTS_SHOWN = 4;

export function entitiesCommand(): Command {
  return new Command('entities')
    .description('list the entities of the corpus (docs/entities.md), most mentioned first')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'only entities of this type').choices([...ENTITY_TYPES]))
    .option('--json', 'print the entities as JSON, in the export format')
    .action((flags: { db: string; type?: EntityType; json?: boolean }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        try {
          await ensureEntities(store);
          const entities = await store.entities.list(flags.type ? { type: flags.type } : {});
          process.stdout.write(flags.json ? `${JSON.stringify(entities.map(entityRecord), null, 2)}\n` : formatEntities(entities));
        } finally {
          await store.close();
        }
      }),
    );
}

function formatEntities(entities: readonly Entity[]): string {
  const lines = entities.map((e) => {
    const variants = e.variants.slice(0, VARIANTS_SHOWN).map((v) => `${v.name} (${v.count})`).join(', ');
    const more = e.variants.length > VARIANTS_SHOWN ? `, +${e.variants.length - VARIANTS_SHOWN}` : '';
    const demonyms = e.demonymCount > 0 ? ` +${e.demonymCount} demonyms` : '';
    return `${e.id}  ${e.type.padEnd(4)} ${String(e.mentionCount).padStart(5)}${demonyms}  ${e.name}${variants ? `  [${variants}${more}]` : ''}`;
  });
  return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${entities.length} entities\n`;
}
