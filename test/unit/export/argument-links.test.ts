import { describe, expect, it } from 'vitest';
import { linkArguments } from '../../../src/export/entity-record.ts';
import type { MentionLink } from '../../../src/relate/entities/entity.ts';

const text = 'Merkel belde Loekasjenko, zei hij.';

function link(mention: number, start: number, end: number, entity: string): MentionLink {
  return { document: 'd1', mention, part: 0, start, end, text: text.slice(start, end), sentence: 0, relation: 'name', entity, role: null };
}

describe('linkArguments', () => {
  const links = new Map<number, MentionLink[]>([
    [0, [link(0, 0, 6, 'e-merkel')]],
    [1, [link(1, 13, 18, 'e-a'), link(1, 13, 24, 'e-b')]],
  ]);

  it('adds the entity of the mention an argument points at', () => {
    const event = { start: 7, end: 12, type: 'communicate', agent: { start: 0, end: 6, text: 'Merkel', mention: 0 } };
    expect(linkArguments(event, links)).toEqual({ ...event, agent: { ...event.agent, entity: 'e-merkel' } });
  });

  it('gives null for an argument without a mention, or a mention split between two entities', () => {
    const quote = { speaker: { start: 30, end: 33, text: 'hij', mention: null }, source: { start: 13, end: 24, text: 'Loekasjenko', mention: 1 } };
    const linked = linkArguments(quote, links) as Record<string, { entity: string | null }>;
    expect(linked.speaker!.entity).toBeNull();
    expect(linked.source!.entity).toBeNull();
  });

  it('returns spans without arguments as they are', () => {
    const token = { start: 0, end: 6, upos: 'PROPN', head: 1 };
    expect(linkArguments(token, links)).toBe(token);
  });
});
