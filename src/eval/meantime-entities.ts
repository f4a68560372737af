import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../annotate/entities/mention.ts';
import { InputError } from '../errors.ts';
import type { EntityDocument, InputMention } from '../relate/entities/entity-input.ts';
import { resolveEntities } from '../relate/entities/resolve-entities.ts';
import { scoreClusters, type CorefScore } from './coref-scores.ts';

/** The file of MEANTIME's entity mentions in the preprocessed release (its README). */
export const MEANTIME_MENTIONS_FILE = 'entities_mentions.json';
/** MEANTIME types that are CoNLL types; FIN (financial), PRO (products), OTH are MISC here. */
const CONLL_TYPES = new Set(['PER', 'ORG', 'LOC']);
/** Where a gold span's name ends: an apposition or a parenthesis follows it. */
const NAME_END = new Set([',', '(', ':', ';']);
/** Words that may stand inside a name between capitalised words: Verenigde Staten van Amerika. */
const INSIDE_NAME = new Set(['van', 'de', 'der', 'den', 'en', '&', 'of', 'the', 'for']);
/** Punctuation the preprocessor left as tokens that no name starts with. */
const LEADING_NOISE = /^["'`„“”‘’]+$/;

/** One gold entity mention of MEANTIME as the preprocessor wrote it (only the fields used). */
interface GoldMention {
  readonly doc_id: string;
  readonly sent_id: number;
  readonly tokens_str: string;
  readonly mention_head: string;
  readonly mention_head_pos: string;
  readonly mention_type: string;
  readonly coref_chain: string;
}

/** Cross-document merging scored on MEANTIME's gold name mentions. */
export interface EntityEvalResult {
  readonly documents: number;
  /** Gold mentions headed by a proper noun, of all gold entity mentions. */
  readonly named: number;
  readonly allMentions: number;
  readonly kroniek: CorefScore;
  /** Trivial baseline: mentions whose names are written alike (case folded) are one entity. */
  readonly sameString: CorefScore;
  /** Trivial baseline: every mention its own entity. */
  readonly singletons: CorefScore;
}

/**
 * Scores Kroniek's entity merging on MEANTIME (CC BY 4.0): the gold mentions headed by a proper
 * noun, each cut to its name (the run of capitalised words around its head, before any comma
 * or parenthesis: `Louis Gallois , CEO van Airbus` -> `Louis Gallois`), are clustered by
 * resolveEntities as if NER had found exactly them, and the clusters are scored against the
 * gold cross-document chains with B-cubed and MUC. No syntax is given, so roles are not tied.
 */
export function evaluateEntityMerging(path: string): EntityEvalResult {
  const file = statSync(path).isDirectory() ? join(path, MEANTIME_MENTIONS_FILE) : path;
  let gold: GoldMention[];
  try {
    gold = JSON.parse(readFileSync(file, 'utf8')) as GoldMention[];
  } catch (error) {
    throw new InputError('bad-json', { file }, `not MEANTIME's entity mentions: ${(error as Error).message}`);
  }
  const named = gold.filter((m) => m.mention_head_pos === 'PROPN').map((m) => ({ gold: m, name: nameOf(m) })).filter((m) => m.name !== null);
  const byDocument = new Map<string, typeof named>();
  for (const m of named) byDocument.set(m.gold.doc_id, [...(byDocument.get(m.gold.doc_id) ?? []), m]);
  const documents: EntityDocument[] = [];
  const order: { document: string; mention: number }[] = [];
  for (const [id, mentions] of byDocument) {
    let text = '';
    const spans: InputMention[] = [];
    mentions.forEach((m, i) => {
      if (text) text += ' . ';
      spans.push({ start: text.length, end: text.length + m.name!.length, type: typeOf(m.gold.mention_type), sentence: m.gold.sent_id });
      text += m.name;
      order.push({ document: id, mention: i });
    });
    documents.push({ id, text, mentions: spans });
  }
  const { links } = resolveEntities(documents);
  const entityOf = new Map<string, string>();
  for (const link of links) entityOf.set(`${link.document}\t${link.mention}`, link.entity);
  const goldLabels = named.length === 0 ? [] : order.map(({ document, mention }) => byDocument.get(document)![mention]!.gold.coref_chain);
  const system = order.map(({ document, mention }, i) => entityOf.get(`${document}\t${mention}`) ?? `alone:${i}`);
  const strings = order.map(({ document, mention }) => byDocument.get(document)![mention]!.name!.toLowerCase());
  return {
    documents: byDocument.size,
    named: named.length,
    allMentions: gold.length,
    kroniek: scoreClusters(goldLabels, system),
    sameString: scoreClusters(goldLabels, strings),
    singletons: scoreClusters(goldLabels, order.map((_, i) => String(i))),
  };
}

function typeOf(meantime: string): EntityType {
  return CONLL_TYPES.has(meantime) ? (meantime as EntityType) : 'MISC';
}

/** The name in a gold span: the capitalised run around its head, or the last one; null without one. */
function nameOf(mention: GoldMention): string | null {
  const tokens: string[] = [];
  for (const token of mention.tokens_str.split(' ')) {
    if (NAME_END.has(token)) break;
    if (tokens.length === 0 && LEADING_NOISE.test(token)) continue;
    tokens.push(token.replace(/^[`"„“]+/, ''));
  }
  const capitalised = (t: string): boolean => /^\p{Lu}|^\p{Ll}+\p{Lu}|^\d/u.test(t) && !/^(De|Het|Een)$/.test(t);
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!capitalised(tokens[i]!)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && (capitalised(tokens[end]!) || (INSIDE_NAME.has(tokens[end]!) && end + 1 < tokens.length && capitalised(tokens[end + 1]!)))) end += 1;
    runs.push([i, end]);
    i = end;
  }
  if (runs.length === 0) return null;
  const head = tokens.indexOf(mention.mention_head);
  const [start, end] = runs.find(([s, e]) => head >= s && head < e) ?? runs.at(-1)!;
  return tokens.slice(start, end).join(' ').replace(/ ([.'’]) ?/g, '$1').replace(/\s+/g, ' ').trim() || null;
}
