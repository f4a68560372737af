import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, EntityTable } from '../../../src/relate/entities/entity.ts';
import { rebuildEntities } from '../../../src/relate/entities/rebuild-entities.ts';
import type { SqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import { SEEDS, ingestInto } from '../../helpers/workspace.ts';

let store: SqliteStore;
let table: EntityTable;

beforeAll(async () => {
  ({ store } = await ingestInto([SEEDS]));
  table = await rebuildEntities(store);
});

/** The one entity with this variant; fails when the variant is missing or in two entities. */
function entityWith(variant: string): Entity {
  const found = table.entities.filter((entity) => entity.variants.some((v) => v.name === variant));
  expect(found.map((e) => e.name), `entities with the variant ${variant}`).toHaveLength(1);
  return found[0]!;
}

describe('entities of the seed corpus', () => {
  it('puts every spelling of Loekasjenko, the typo Loekaskeno too, in one person', async () => {
    const variants = ['Alexandr Loekasjenko', 'Aleksandr Loekasjenko', 'Aleksander Loekasjenko', 'Alexander Lukashenko', 'Loekasjenko', 'Lukashenko', 'Loekaskeno'];
    const ids = new Set(variants.map((variant) => entityWith(variant).id));
    expect(ids.size).toBe(1);
    const loekasjenko = entityWith('Loekasjenko');
    expect(loekasjenko.type).toBe('PER');
    expect(loekasjenko.name).toBe('Aleksandr Loekasjenko');
    expect(loekasjenko.documents).toHaveLength(5);
    expect(loekasjenko.roles.map((r) => r.name)).toContain('Wit-Russische president');
  });

  it('keeps Poetin and Vladimir Poetin one person, never Loekasjenko', async () => {
    expect(entityWith('Poetin').id).toBe(entityWith('Vladimir Poetin').id);
    expect(entityWith('Poetin').id).not.toBe(entityWith('Loekasjenko').id);
    expect(entityWith('Poetin').type).toBe('PER');
  });

  it('keeps Merkel and Macron apart', async () => {
    expect(entityWith('Merkel').id).toBe(entityWith('Angela Merkel').id);
    expect(entityWith('Merkel').id).not.toBe(entityWith('Emmanuel Macron').id);
  });

  it('keeps Wit-Rusland and Rusland apart, and makes EU and Europese Unie one', async () => {
    expect(entityWith('Wit-Rusland').id).not.toBe(entityWith('Rusland').id);
    expect(entityWith('Wit-Rusland').type).toBe('LOC');
    expect(entityWith('EU').id).toBe(entityWith('Europese Unie').id);
    expect(entityWith('EU').name).toBe('Europese Unie');
  });

  it('makes Tichanovskaja a person and Kremlin, Navo, BBC and Interfax organisations', async () => {
    expect(entityWith('Tichanovskaja').type).toBe('PER');
    for (const name of ['Kremlin', 'Navo', 'BBC', 'Interfax']) expect(entityWith(name).type, name).toBe('ORG');
  });

  it('links demonyms to their place instead of making them entities', async () => {
    expect(table.entities.some((e) => e.variants.some((v) => /^(Wit-Russische|Poolse|Russische|Duitse)$/.test(v.name)))).toBe(false);
    const witRusland = entityWith('Wit-Rusland');
    expect(witRusland.demonymCount).toBeGreaterThan(5);
    const demonyms = table.links.filter((l) => l.relation === 'demonym' && l.text === 'Wit-Russische');
    expect(demonyms.length).toBeGreaterThan(3);
    for (const link of demonyms) expect(link.entity).toBe(witRusland.id);
  });

  it('stores what it built, and finds an entity by any spelling', async () => {
    expect(await store.entities.isStale()).toBe(false);
    expect((await store.entities.list({ type: 'PER' })).every((e) => e.type === 'PER')).toBe(true);
    const id = entityWith('Loekasjenko').id;
    for (const name of ['lukashenko', 'LOEKASJENKO', 'Alexander Lukashenko', 'Loukachenko']) expect((await store.entities.find(name)).map((e) => e.id), name).toContain(id);
    expect((await store.entities.linksOfEntity(id)).length).toBe(entityWith('Loekasjenko').mentionCount);
    for (const link of table.links) {
      const document = (await store.getDocument(link.document))!;
      expect(document.text.slice(link.start, link.end)).toBe(link.text);
    }
  });
});
