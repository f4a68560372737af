import type { Statement } from 'better-sqlite3';
import type { Entity, EntityTable, MentionLink } from '../../relate/entities/entity.ts';
import { entityLookupForms } from '../../relate/entities/entity-lookup.ts';
import type { EntityQuery, EntityStore } from '../store.ts';
import { entityFromRow, linkFromRow, type EntityRow, type LinkRow } from '../stored-rows.ts';
import type { SqliteDatabase } from './open-database.ts';

const ENTITY_COLUMNS = 'id, name, type, lexicon_id, variants, roles, mention_count, demonym_count, documents';
const LINK_COLUMNS = 'document_id, mention, part, start, end, text, relation, entity_id, role, sentence';

/** Entities in SQLite: the tables of migration 3, replaced whole in one transaction. */
export class SqliteEntityRepository implements EntityStore {
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: SqliteDatabase) {
    this.s = {
      insertEntity: db.prepare(
        `INSERT INTO entities (${ENTITY_COLUMNS}) VALUES (@id, @name, @type, @lexicon_id, @variants, @roles, @mention_count, @demonym_count, @documents)`,
      ),
      insertName: db.prepare('INSERT OR IGNORE INTO entity_names (form, entity_id) VALUES (?, ?)'),
      insertLink: db.prepare(
        `INSERT INTO entity_mentions (${LINK_COLUMNS}) VALUES (@document_id, @mention, @part, @start, @end, @text, @relation, @entity_id, @role, @sentence)`,
      ),
      byId: db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`),
      all: db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities ORDER BY mention_count + demonym_count DESC, name, id`),
      ofType: db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE type = ? ORDER BY mention_count + demonym_count DESC, name, id`),
      byForm: db.prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (SELECT entity_id FROM entity_names WHERE form = ?) ORDER BY mention_count DESC, id`,
      ),
      linksOfDocument: db.prepare(`SELECT ${LINK_COLUMNS} FROM entity_mentions WHERE document_id = ? ORDER BY mention, part`),
      linksOfEntity: db.prepare(
        `SELECT ${LINK_COLUMNS.split(', ').map((c) => `m.${c}`).join(', ')} FROM entity_mentions m JOIN documents d ON d.id = m.document_id
         WHERE m.entity_id = ? ORDER BY d.published_first IS NULL, d.published_first, d.seq, m.start`,
      ),
      documentState: db.prepare('SELECT count(*) AS documents, max(updated_at) AS last_change FROM documents'),
      builtState: db.prepare('SELECT documents, last_change FROM entity_state WHERE id = 1'),
      writeState: db.prepare(
        `INSERT INTO entity_state (id, documents, last_change, built_at) VALUES (1, @documents, @last_change, @built_at)
         ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, last_change = excluded.last_change, built_at = excluded.built_at`,
      ),
    };
  }

  async replaceAll(table: EntityTable): Promise<void> {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM entity_mentions; DELETE FROM entity_names; DELETE FROM entities;');
      for (const entity of table.entities) {
        this.s.insertEntity!.run({
          id: entity.id,
          name: entity.name,
          type: entity.type,
          lexicon_id: entity.lexiconId,
          variants: JSON.stringify(entity.variants),
          roles: JSON.stringify(entity.roles),
          mention_count: entity.mentionCount,
          demonym_count: entity.demonymCount,
          documents: JSON.stringify(entity.documents),
        });
        for (const form of new Set([entity.name, ...entity.variants.map((v) => v.name)].flatMap(entityLookupForms))) {
          this.s.insertName!.run(form, entity.id);
        }
      }
      for (const link of table.links) {
        this.s.insertLink!.run({
          document_id: link.document, mention: link.mention, part: link.part, start: link.start, end: link.end,
          text: link.text, relation: link.relation, entity_id: link.entity, role: link.role, sentence: link.sentence,
        });
      }
      const state = this.s.documentState!.get() as { documents: number; last_change: string | null };
      this.s.writeState!.run({ ...state, built_at: new Date().toISOString() });
    })();
  }

  async isStale(): Promise<boolean> {
    const now = this.s.documentState!.get() as { documents: number; last_change: string | null };
    const built = this.s.builtState!.get() as { documents: number; last_change: string | null } | undefined;
    if (!built) return now.documents > 0;
    return built.documents !== now.documents || built.last_change !== now.last_change;
  }

  async list(query: EntityQuery = {}): Promise<Entity[]> {
    const rows = (query.type ? this.s.ofType!.all(query.type) : this.s.all!.all()) as EntityRow[];
    return rows.map(entityFromRow);
  }

  async get(id: string): Promise<Entity | null> {
    const row = this.s.byId!.get(id) as EntityRow | undefined;
    return row ? entityFromRow(row) : null;
  }

  async find(name: string): Promise<Entity[]> {
    const found = new Map<string, Entity>();
    for (const form of entityLookupForms(name)) {
      for (const row of this.s.byForm!.all(form) as EntityRow[]) if (!found.has(row.id)) found.set(row.id, entityFromRow(row));
    }
    return [...found.values()];
  }

  async linksOfDocument(documentId: string): Promise<MentionLink[]> {
    return (this.s.linksOfDocument!.all(documentId) as LinkRow[]).map(linkFromRow);
  }

  async linksOfEntity(entityId: string): Promise<MentionLink[]> {
    return (this.s.linksOfEntity!.all(entityId) as LinkRow[]).map(linkFromRow);
  }
}
