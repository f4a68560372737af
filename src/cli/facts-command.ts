import { Command } from 'commander';
import { FACT_LAYERS } from '../annotate/fact-layers.ts';
import type { Document } from '../doc/types.ts';
import { UsageError } from '../errors.ts';
import { linkArguments, linksByMention } from '../export/entity-record.ts';
import { ensureEntities } from '../relate/entities/rebuild-entities.ts';
import type { MentionLink } from '../relate/entities/entity.ts';
import { parseQuery } from '../search/query.ts';
import type { DocumentStore } from '../store/store.ts';
import { dbOption, openExistingStore, parsePositiveInt, runCommand } from './common.ts';
import { factLines } from './fact-lines.ts';
import { sentenceAround } from './sentence-context.ts';

/** `kroniek facts`: a document's timexes, quotes, figures and events, each in its sentence. */
export function factsCommand(): Command {
  return new Command('facts')
    .description("show a document's time expressions, quotes, figures and events, each in its sentence")
    .argument('<document>', 'a document id, or a search query whose best hits are shown')
    .addOption(dbOption())
    .option('--limit <n>', 'documents shown for a search query', '3')
    .option('--json', 'print the facts as JSON, with entity ids and sentences')
    .addHelpText('after', '\nExamples:\n  kroniek facts 3f2a9c0d1e7b4a55\n  kroniek facts "Merkel telefoongesprek" --json')
    .action((target: string, flags: { db: string; limit: string; json?: boolean }) =>
      runCommand(async () => {
        const store = openExistingStore(flags.db);
        try {
          await ensureEntities(store);
          const documents = await findDocuments(store, target, parsePositiveInt(flags.limit, '--limit'));
          if (documents.length === 0) throw new UsageError(`no document has the id "${target}" or matches it as a search`);
          if (flags.json) {
            const records = [];
            for (const document of documents) records.push(factRecord(document, await store.entities.linksOfDocument(document.id)));
            process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
          } else {
            process.stdout.write(`${documents.map((document) => factLines(document).join('\n')).join('\n\n')}\n`);
          }
        } finally {
          await store.close();
        }
      }),
    );
}

async function findDocuments(store: DocumentStore, target: string, limit: number): Promise<Document[]> {
  const byId = await store.getDocument(target);
  if (byId) return [byId];
  const documents: Document[] = [];
  for (const hit of await store.search(parseQuery(target), { limit, snippetChars: 0 })) {
    const document = await store.getDocument(hit.id);
    if (document) documents.push(document);
  }
  return documents;
}

/** A document's fact layers as the export writes them, each fact with its sentence. */
function factRecord(document: Document, links: readonly MentionLink[]): Record<string, unknown> {
  const byMention = linksByMention(links);
  const record: Record<string, unknown> = { id: document.id, title: document.title, published: document.published, source: document.source };
  for (const layer of FACT_LAYERS) {
    const spans = (document.layers[layer] ?? []) as unknown as readonly Record<string, unknown>[];
    record[layer] = spans.map((span) => ({ ...linkArguments(span, byMention), sentence: sentenceAround(document, Number(span.start), Number(span.end)) }));
  }
  return record;
}
