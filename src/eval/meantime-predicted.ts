import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultAnnotators } from '../annotate/document-builder.ts';
import { AnnotationPipeline } from '../annotate/pipeline.ts';
import type { Settings } from '../config/settings.ts';
import { entityDocument } from '../relate/entities/entity-document.ts';
import { resolveEntities } from '../relate/entities/resolve-entities.ts';
import { scoreClusters, type CorefScore } from './coref-scores.ts';
import { MEANTIME_MENTIONS_FILE } from './meantime-entities.ts';

/** MEANTIME's tokens, one a line: `topic/doc  sentence  token-number  token  coref`. */
const CONLL_FILE = 'meantime.conll';

interface GoldMention {
  readonly conll_doc_key: string;
  readonly sent_id: number;
  readonly tokens_number: readonly number[];
  readonly mention_head_pos: string;
  readonly coref_chain: string;
}

/**
 * The whole pipeline on MEANTIME: each article's tokens joined by spaces (sentences by a blank
 * line), tagged by Kroniek's NER, resolved into entities; then each gold name mention (headed
 * by a proper noun) takes the entity of the predicted name that overlaps it, or stands alone
 * when NER missed it. So NER errors count here, unlike evaluateEntityMerging.
 */
export async function evaluatePredictedMentions(path: string, settings: Settings): Promise<CorefScore> {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const tokens = new Map<string, string[][]>();
  for (const line of readFileSync(join(dir, CONLL_FILE), 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 4 || line.startsWith('#')) continue;
    const sentences = tokens.get(cells[0]!) ?? [];
    tokens.set(cells[0]!, sentences);
    const s = Number(cells[1]);
    (sentences[s] ??= [])[Number(cells[2])] = cells[3]!;
  }
  const pipeline = await AnnotationPipeline.create(defaultAnnotators(settings));
  const offsets = new Map<string, number[][]>();
  const documents = [...tokens].map(([id, sentences]) => {
    let text = '';
    const starts: number[][] = [];
    sentences.forEach((words, s) => {
      if (text) text += '\n\n';
      starts[s] = [];
      (words ?? []).forEach((word, t) => {
        if (t > 0) text += ' ';
        starts[s]![t] = text.length;
        text += word;
      });
    });
    offsets.set(id, starts);
    return entityDocument({ id, text, layers: pipeline.annotate({ text, title: null, published: null }) });
  });
  const { links } = resolveEntities(documents);
  const byDocument = new Map<string, typeof links>();
  for (const link of links) byDocument.set(link.document, [...(byDocument.get(link.document) ?? []), link]);
  const gold = (JSON.parse(readFileSync(join(dir, MEANTIME_MENTIONS_FILE), 'utf8')) as GoldMention[]).filter((m) => m.mention_head_pos === 'PROPN');
  const system = gold.map((m, i) => {
    const starts = offsets.get(m.conll_doc_key)?.[m.sent_id];
    if (!starts) return `alone:${i}`;
    const start = starts[m.tokens_number[0]!]!;
    const last = m.tokens_number.at(-1)!;
    const end = starts[last + 1] ?? start + 1;
    const link = (byDocument.get(m.conll_doc_key) ?? []).find((l) => l.relation === 'name' && l.start < end && start < l.end);
    return link?.entity ?? `alone:${i}`;
  });
  return scoreClusters(gold.map((m) => m.coref_chain), system);
}
