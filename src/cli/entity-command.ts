import { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { entityRecord } from '../export/entity-record.ts';
import type { Entity, MentionLink } from '../relate/entities/entity.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import type { DocumentStore } from '../store/store.ts';
import { dbOption, openExistingStore, runCommand } from './common.ts';
import { sentenceAround } from './sentence-context.ts';

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
          ensureEntities(store);
          const byId = store.entities.get(name);
          const found = byId ? [byId] : store.entities.find(name);
          if (found.length === 0) throw new UsageError(`no entity is called "${name}"; "kroniek entities" lists them`);
          const shown = found.map((entity) => ({ entity, mentions: mentionsInContext(store, entity) }));
          process.stdout.write(flags.json ? `${JSON.stringify(shown.map(({ entity, mentions }) => ({ ...entityRecord(entity), mentions })), null, 2)}\n` : shown.map(format).join('\n'));
        } finally {
          store.close();
        }
      }),
    );
}

interface MentionInContext {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly relation: MentionLink['relation'];
  readonly role: string | null;
  readonly sentence: string;
}

function mentionsInContext(store: DocumentStore, entity: Entity): MentionInContext[] {
  const links = store.entities.linksOfEntity(entity.id);
  const documents = new Map<string, ReturnType<DocumentStore['getDocument']>>();
  return links.map((link) => {
    if (!documents.has(link.document)) documents.set(link.document, store.getDocument(link.document));
    const sentence = sentenceAround(documents.get(link.document) ?? null, link.start, link.end);
    return { document: link.document, start: link.start, end: link.end, text: link.text, relation: link.relation, role: link.role, sentence };
  });
}

function format({ entity, mentions }: { entity: Entity; mentions: readonly MentionInContext[] }): string {
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
