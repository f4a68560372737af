import { FACT_LAYERS, type FactLayer } from '../annotate/fact-layers.ts';
import type { Document } from '../doc/types.ts';
import { sentenceAround } from './sentence-context.ts';

/** The heading of each fact layer in `kroniek facts`. */
const HEADINGS: Readonly<Record<FactLayer, string>> = { timexes: 'Time expressions', quotes: 'Quotes', figures: 'Figures', events: 'Events' };

type Fields = Readonly<Record<string, unknown>>;

/** An argument's text (`{ text }`), or `-`. */
function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null && typeof (value as Fields).text === 'string' ? (value as { text: string }).text : '-';
}

/** One readable line per fact kind: what it says, before the sentence it came from. */
const DESCRIBE: Readonly<Record<FactLayer, (span: Fields) => string>> = {
  timexes: (s) => `${s.text}  ${s.type} ${s.value} (${s.precision}${s.weekday ? `, weekday ${s.weekday}` : ''}${s.anchor ? `, against ${s.anchor}` : ''})`,
  quotes: (s) => `${s.kind}  ${textOf(s.speaker)}${speakerVia(s.speaker)} / ${textOf(s.cue)}: ${clip(String(s.text ?? ''))}`,
  figures: (s) => `${s.text}  = ${s.value}${s.unit ? ` ${s.unit}` : ''}${s.about ? `  about: ${s.about}` : ''}  source: ${textOf(s.source)}`,
  events: (s) =>
    `${s.type} ${s.predicate}${s.negated ? ' (negated)' : ''}${s.modality ? ` (${s.modality})` : ''}  agent: ${textOf(s.agent)}  patient: ${textOf(s.patient)}` +
    `${s.recipient ? `  recipient: ${textOf(s.recipient)}` : ''}  place: ${textOf(s.place)}  time: ${textOf(s.time)}`,
};

function speakerVia(speaker: unknown): string {
  const resolution = typeof speaker === 'object' && speaker !== null ? (speaker as Fields).resolution : undefined;
  return typeof resolution === 'string' && resolution !== '' ? ` (${resolution})` : '';
}

function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A document's facts as text: one block per fact layer, each fact with its offsets and its sentence. */
export function factLines(document: Document): string[] {
  const lines = [`${document.id}  ${document.title ?? '(no title)'}  ${document.published?.value ?? 'undated'}  ${document.source}`];
  for (const layer of FACT_LAYERS) {
    const spans = (document.layers[layer] ?? []) as unknown as readonly Fields[];
    lines.push('', `${HEADINGS[layer]} (${spans.length})`);
    for (const span of spans) {
      const start = Number(span.start);
      const end = Number(span.end);
      lines.push(`  ${start}-${end}  ${DESCRIBE[layer](span)}`, `      ${sentenceAround(document, start, end)}`);
    }
  }
  return lines;
}
