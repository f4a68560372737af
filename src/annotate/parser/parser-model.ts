import { LinearModel, type StoredLinearModel } from '../linear/linear-model.ts';
import { readModelFile, writeModelFile, type ModelProvenance } from '../model-file.ts';
import { Parser } from './parser.ts';

interface ParserFile {
  readonly format: 'kroniek-parser';
  readonly version: 2;
  readonly provenance: ModelProvenance;
  readonly labels: readonly string[];
  readonly model: StoredLinearModel;
  /** Beam width (beam-search.ts); absent: greedy. */
  readonly beam?: number;
}

export function saveParser(parser: Parser, provenance: ModelProvenance, path: string): void {
  const { labels, model, beam } = parser.parameters;
  const file: ParserFile = { format: 'kroniek-parser', version: 2, provenance, labels, model: model.toStored(), ...(beam && beam > 1 ? { beam } : {}) };
  writeModelFile(path, file);
}

export function loadParser(path: string): { parser: Parser; provenance: ModelProvenance } {
  const file = readModelFile<ParserFile>(path, 'kroniek-parser', 2);
  return { parser: new Parser({ labels: file.labels, model: LinearModel.fromStored(file.model), beam: file.beam }), provenance: file.provenance };
}
