import { roleOf } from './appositive-roles.ts';
import { clusterCorpus, entityType } from './corpus-clusters.ts';
import { clusterDocument, type DocumentCluster } from './document-clusters.ts';
import type { EntityTable, MentionLink } from './entity.ts';
import type { EntityDocument, NamePart } from './entity-input.ts';
import { entityRecords, type EntityDraft } from './entity-records.ts';
import { loadExonymLexicon, type ExonymLexicon } from './exonym-lexicon.ts';
import { readMention } from './read-mention.ts';

/** A demonym mention and the lexicon entry of its place. */
interface DemonymMention {
  readonly document: string;
  readonly mention: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly place: string;
}

/**
 * Resolves the named-entity mentions of a corpus into entities: each mention is read
 * (read-mention.ts), tied to a role where the syntax says so (appositive-roles.ts), clustered
 * within its document (document-clusters.ts) and then across the corpus (corpus-clusters.ts).
 * Demonyms link to their place's entity, made from the lexicon when no name mentions it.
 * Holds the corpus's mentions (not its texts) in memory; one pass over the documents.
 *
 * @example resolveEntities(documents.map(entityDocument)).entities.find((e) => e.name === 'Wit-Rusland')
 */
export function resolveEntities(documents: Iterable<EntityDocument>, lexicon: ExonymLexicon = loadExonymLexicon()): EntityTable {
  const resolver = new EntityResolver(lexicon);
  for (const document of documents) resolver.add(document);
  return resolver.finish();
}

/**
 * resolveEntities one document at a time, for a corpus read asynchronously (a store): `add`
 * each document in corpus order, then `finish` clusters across the corpus.
 */
export class EntityResolver {
  private readonly clusters: DocumentCluster[] = [];
  private readonly offsets: number[] = [];
  private readonly demonyms: DemonymMention[] = [];
  private readonly order: string[] = [];

  constructor(private readonly lexicon: ExonymLexicon = loadExonymLexicon()) {}

  /** Reads one document's mentions and clusters them within the document. */
  add(document: EntityDocument): void {
    const { lexicon } = this;
    this.order.push(document.id);
    const names: NamePart[] = [];
    document.mentions.forEach((mention, index) => {
      const reading = readMention(document, index, lexicon);
      if (reading.kind === 'demonym') {
        const text = document.text.slice(mention.start, mention.end);
        this.demonyms.push({ document: document.id, mention: index, start: mention.start, end: mention.end, text, sentence: mention.sentence, place: reading.place });
      }
      if (reading.kind !== 'name') return;
      for (const part of reading.parts) {
        if (!part.role && document.tokens && mention.firstToken !== undefined && mention.endToken !== undefined && !lexicon.name(part.text)) {
          part.role = roleOf(part, document.tokens, document.text, mention.firstToken, mention.endToken) ?? undefined;
        }
        names.push(part);
      }
    });
    const own = clusterDocument(names, lexicon);
    const offset = this.clusters.length;
    for (const cluster of own) {
      this.clusters.push(cluster);
      this.offsets.push(offset);
    }
  }

  /** Clusters the documents' clusters across the corpus into entities and their mention links. */
  finish(): EntityTable {
    return corpusEntities(this.clusters, this.offsets, this.demonyms, this.order, this.lexicon);
  }
}

function corpusEntities(clusters: readonly DocumentCluster[], offsets: readonly number[], demonyms: readonly DemonymMention[], order: readonly string[], lexicon: ExonymLexicon): EntityTable {
  const groups = clusterCorpus(clusters, offsets);
  const rank = new Map(order.map((id, i) => [id, i]));
  const byCorpusOrder = (a: string, b: string): number => rank.get(a)! - rank.get(b)!;
  const drafts: EntityDraft[] = groups.map((members) => {
    const own = members.map((m) => clusters[m]!);
    const lexiconId = own.find((c) => c.lexiconId)?.lexiconId ?? null;
    return {
      type: entityType(own, (id) => lexicon.entry(id)?.type ?? null),
      lexiconId,
      lexiconName: lexiconId ? lexicon.entry(lexiconId)!.name : null,
      parts: own.flatMap((c) => c.parts),
      demonyms: 0,
      documents: [...new Set(own.map((c) => c.document))].sort(byCorpusOrder),
    };
  });
  const placeDraft = new Map<string, number>();
  drafts.forEach((draft, i) => {
    if (draft.lexiconId) placeDraft.set(draft.lexiconId, i);
  });
  // Demonyms counted per place first and their documents merged once: a place named by an
  // adjective in most articles ("Wit-Russische") would otherwise cost a sort per mention.
  const demonymsOf = new Map<number, { count: number; documents: Set<string> }>();
  for (const demonym of demonyms) {
    let i = placeDraft.get(demonym.place);
    if (i === undefined) {
      const entry = lexicon.entry(demonym.place)!;
      i = drafts.push({ type: entry.type, lexiconId: entry.id, lexiconName: entry.name, parts: [], demonyms: 0, documents: [] }) - 1;
      placeDraft.set(demonym.place, i);
    }
    const tally = demonymsOf.get(i) ?? { count: 0, documents: new Set<string>() };
    tally.count += 1;
    tally.documents.add(demonym.document);
    demonymsOf.set(i, tally);
  }
  for (const [i, tally] of demonymsOf) {
    const draft = drafts[i]!;
    const documents = [...new Set([...draft.documents, ...tally.documents])].sort(byCorpusOrder);
    drafts[i] = { ...draft, demonyms: draft.demonyms + tally.count, documents };
  }
  const entities = entityRecords(drafts);
  const links: MentionLink[] = [];
  drafts.forEach((draft, i) => {
    for (const part of draft.parts) {
      links.push({ document: part.document, mention: part.mention, part: part.part, start: part.start, end: part.end, text: part.text, relation: 'name', entity: entities[i]!.id, role: part.role ?? null, sentence: part.sentence });
    }
  });
  for (const d of demonyms) {
    const entity = entities[placeDraft.get(d.place)!]!.id;
    links.push({ document: d.document, mention: d.mention, part: 0, start: d.start, end: d.end, text: d.text, relation: 'demonym', entity, role: null, sentence: d.sentence });
  }
  links.sort((a, b) => byCorpusOrder(a.document, b.document) || a.mention - b.mention || a.part - b.part);
  return { entities, links };
}
