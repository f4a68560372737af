import { describe, expect, it } from 'vitest';
import type { Annotator } from '../../../src/annotate/annotator.ts';
import { AnnotationPipeline } from '../../../src/annotate/pipeline.ts';
import type { Span } from '../../../src/doc/types.ts';

/** An annotator that marks every capitalised word, to test the pipeline with real spans. */
function capitals(layer: string, needs: string[] = []): Annotator {
  return {
    layer,
    needs,
    annotate: ({ text, layers }) => {
      for (const need of needs) if (!layers[need]) throw new Error(`${need} missing`);
      return Array.from(text.matchAll(/\p{Lu}\p{L}+/gu), (m): Span => ({ start: m.index, end: m.index + m[0].length, producer: layer }));
    },
  };
}

const INPUT = { text: 'Loekasjenko belde met Poetin.', title: null, published: null };

describe('AnnotationPipeline', () => {
  it('runs annotators in order, each seeing the layers before it', async () => {
    const pipeline = await AnnotationPipeline.create([capitals('names'), capitals('people', ['names'])]);
    const layers = pipeline.annotate(INPUT);
    expect(pipeline.layerNames).toEqual(['names', 'people']);
    expect(layers.people!.map((span) => INPUT.text.slice(span.start, span.end))).toEqual(['Loekasjenko', 'Poetin']);
  });

  it('refuses at start-up a layer whose needs come later', async () => {
    await expect(AnnotationPipeline.create([capitals('people', ['names']), capitals('names')])).rejects.toThrow(
      'layer "people" needs "names", which no earlier annotator makes',
    );
  });

  it('refuses a layer made twice', async () => {
    await expect(AnnotationPipeline.create([capitals('names'), capitals('names')])).rejects.toThrow('made twice');
  });

  it('prepares each annotator once before the first document', async () => {
    let prepared = 0;
    const annotator: Annotator = { ...capitals('names'), prepare: async () => void (prepared += 1) };
    const pipeline = await AnnotationPipeline.create([annotator]);
    pipeline.annotate(INPUT);
    pipeline.annotate(INPUT);
    expect(prepared).toBe(1);
  });
});
