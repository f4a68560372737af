import { decodeWeights, encodeWeights, readModelFile, writeModelFile, type ModelProvenance, type StoredWeights } from '../model-file.ts';
import { TRANSITIONS } from './arc-eager.ts';
import { Parser } from './parser.ts';

interface ParserFile {
  readonly format: 'kroniek-parser';
  readonly version: 1;
  readonly provenance: ModelProvenance;
  readonly labels: readonly string[];
  readonly transitions: StoredWeights;
  readonly labelWeights: StoredWeights;
}

export function saveParser(parser: Parser, provenance: ModelProvenance, path: string): void {
  const { labels, transitions, labelWeights } = parser.model;
  const file: ParserFile = {
    format: 'kroniek-parser', version: 1, provenance, labels,
    transitions: encodeWeights(transitions), labelWeights: encodeWeights(labelWeights),
  };
  writeModelFile(path, file);
}

export function loadParser(path: string): { parser: Parser; provenance: ModelProvenance } {
  const file = readModelFile<ParserFile>(path, 'kroniek-parser', 1);
  const parser = new Parser({
    labels: file.labels,
    transitions: decodeWeights(file.transitions, TRANSITIONS.length),
    labelWeights: decodeWeights(file.labelWeights, file.labels.length),
  });
  return { parser, provenance: file.provenance };
}
