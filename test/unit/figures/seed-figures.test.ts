import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../../src/annotate/document-builder.ts';
import { DEFAULT_SETTINGS } from '../../../src/config/settings.ts';
import type { Document } from '../../../src/doc/types.ts';
import { readInputs } from '../../../src/ingest/read-inputs.ts';
import { findConflicts } from '../../../src/relate/conflicts/index.ts';
import { SEEDS } from '../../helpers/paths.ts';
import { figuresOf } from './figure-documents.ts';

const documents = new Map<string, Document>();

beforeAll(async () => {
  const builder = await DocumentBuilder.create(DEFAULT_SETTINGS);
  for await (const result of readInputs([SEEDS], DEFAULT_SETTINGS)) {
    if (result.kind === 'article') documents.set(result.article.source.split('/').pop()!.slice(0, 3), builder.build(result.article));
  }
});

describe('figures of the seeds', () => {
  it('reads both death tolls of 001 with their qualifiers and sources', () => {
    const tolls = figuresOf(documents.get('001')!).filter((f) => f.about === 'mens omkomen');
    expect(tolls.map((f) => [f.text, f.value, f.qualifier?.kind, f.source?.text])).toEqual([
      ['zeker zeven', 7, 'at-least', 'De Poolse grenswacht'],
      ['zeker tien', 10, 'at-least', 'mensenrechtenorganisatie'],
    ]);
  });

  it('finds the conflict of 001 and no other among the five seeds', () => {
    const conflicts = findConflicts([...documents.entries()].map(([id, d]) => ({ id, text: d.text, figures: figuresOf(d), date: d.published?.value ?? null })));
    expect(conflicts.map((c) => [c.about, c.figures.map((f) => `${f.document} ${f.text}`)])).toEqual([['mens omkomen', ['001 zeker zeven', '001 zeker tien']]]);
  });

  it('keeps years, dates, ordinals and "de twee" out, and every span the slice of its text', () => {
    for (const document of documents.values()) {
      for (const figure of figuresOf(document)) {
        expect(document.text.slice(figure.start, figure.end)).toBe(figure.text);
        if (figure.source) expect(document.text.slice(figure.source.start, figure.source.end)).toBe(figure.source.text);
        expect(figure.text).not.toMatch(/^(1994|2014|2020|9|tweede|zesde|twee)$/);
      }
    }
    expect(figuresOf(documents.get('004')!).map((f) => f.text)).toEqual(['66-jarige', '38']);
  });
});

