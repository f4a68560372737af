// What the models hold in memory (issue 4: the language core's models under 100 MB together):
// each annotator's heap and off-heap memory (array buffers, WebAssembly memory) after a full
// collection, once loaded and once used on one article (the parser's and taggers' dense rows
// are made on first use). Its own process, so nothing else is on the heap:
// `node --expose-gc --import tsx bench/model-memory.ts`; `npm run bench` runs it too.
import { defaultAnnotators } from '../src/annotate/document-builder.ts';
import { makeSettings } from '../src/config/settings.ts';

/** Megabytes held, per layer whose annotator holds any. */
export type ModelMemory = Readonly<Record<string, number>>;

const SAMPLE = 'Loekasjenko zei woensdag in Minsk dat hij Poetin had gebeld over de grens met Polen. "Wij zijn geen slaven," zei hij tegen de BBC.';

function heldMb(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1e6;
}

async function measure(): Promise<ModelMemory> {
  const annotators = defaultAnnotators(makeSettings());
  const held: Record<string, number> = {};
  const layers: Record<string, unknown> = {};
  for (const annotator of annotators) {
    const before = heldMb();
    await annotator.prepare?.();
    layers[annotator.layer] = annotator.annotate({ text: SAMPLE, title: null, published: null, layers } as never);
    const grown = heldMb() - before;
    if (grown >= 0.5) held[annotator.layer] = grown;
  }
  return held;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measure()));
}
