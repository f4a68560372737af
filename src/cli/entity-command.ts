import { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { entityRecord } from '../export/entity-record.ts';
import { mentionsInContext, type MentionInContext } from '../query/entity-mentions.ts';
import type { Entity } from '../relate/entities/entity.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';

export function entityCommand(): Command {
  return new Command('entity')
    .description('show one entity, found by any of its spellings, with each mention in its sentence')
    .argument('<name>', 'a name or spelling (case, diacritics and transliteration do not matter), or an entity id')
    .addOption(dbOption())
    .option('--json', 'print the entity and its mentions as JSON')
    .addHelpText('after', '\nExamples:\n  kroniek entity Lukashenko\n  kroniek entity "wit-rusland" --json')
    .action((name: string, flags: { db: string; json?: boolean }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        try {
          await ensureEntities(store);
          const byId = await store.entities.get(name);
          const found = byId ? [byId] : await store.entities.find(name);
          if (found.length === 0) throw new UsageError(`no entity is called "${name}"; "kroniek entities" lists them`);
          const shown: { entity: Entity; mentions: MentionLine[] }[] = [];
          for (const entity of found) {
            const { items } = await mentionsInContext(store, entity);
            shown.push({ entity, mentions: items.map((mention) => ({ ...mention, sentence: contextLine(mention) })) });
          }
          process.stdout.write(flags.json ? `${JSON.stringify(shown.map(({ entity, mentions }) => ({ ...entityRecord(entity), mentions })), null, 2)}\n` : shown.map(format).join('\n'));
        } finally {
          await store.close();
        }
      }),
    );
}

/** A sentence longer than this is cut around the mention in the listing. */
const MAX_CONTEXT_CHARS = 240;

/** A mention's sentence as one line: runs of white space as one space, cut around the mention when long. */
function contextLine({ start, end, sentence }: MentionInContext): string {
  let [from, to] = [sentence.start, sentence.end];
  if (to - from > MAX_CONTEXT_CHARS) [from, to] = [Math.max(from, start - MAX_CONTEXT_CHARS / 2), Math.min(to, end + MAX_CONTEXT_CHARS / 2)];
  return sentence.text.slice(from - sentence.start, to - sentence.start).replace(/\s+/g, ' ');
}

/** A mention as the command prints it: its sentence as one line of text. */
type MentionLine = Omit<MentionInContext, 'sentence'> & { readonly sentence: string };

function format({ entity, mentions }: { entity: Entity; mentions: readonly MentionLine[] }): string {
  const lines = [
    `${entity.name}  (${entity.type}, ${entity.id}${entity.lexiconId ? `, lexicon ${entity.lexiconId}` : ''})`,
    `variants: ${entity.variants.map((v) => `${v.name} (${v.count})`).join(', ') || '-'}`,
    `roles:    ${entity.roles.map((r) => `${r.name} (${r.count})`).join(', ') || '-'}`,
    `${entity.mentionCount} mentions${entity.demonymCount > 0 ? `, ${entity.demonymCount} demonyms` : ''} in ${entity.documents.length} documents`,
    '',
    ...mentions.map((m) => `${m.document} ${m.start}-${m.end}${m.relation === 'demonym' ? ' demonym' : ''}  ${m.text}: ${m.sentence}`),
  ];
  return `${lines.join('\n')}\n`;
}
