import { Command } from 'commander';
import { saveParser } from '../annotate/parser/parser-model.ts';
import { DEFAULT_PARSER_TRAINING, Parser } from '../annotate/parser/parser.ts';
import { saveTagger } from '../annotate/tagger/tagger-model.ts';
import { DEFAULT_TAGGER_TRAINING, Tagger } from '../annotate/tagger/tagger.ts';
import type { ModelProvenance } from '../annotate/model-file.ts';
import { readConllu, type ConlluSentence } from '../conllu/conllu.ts';
import { modernizeSentence, universalRelation } from '../conllu/legacy-conventions.ts';
import { parsePositiveInt, runCommand } from './common.ts';

interface TrainFlags {
  readonly conllu: string[];
  readonly out: string;
  readonly epochs: string;
}

export function trainCommand(): Command {
  return new Command('train')
    .description("train Kroniek's own models from annotated data")
    .addCommand(
      modelCommand('tagger', 'the part-of-speech tagger (UPOS)', DEFAULT_TAGGER_TRAINING.epochs, (sentences, epochs, provenance, out) => {
        const tagger = Tagger.train(
          sentences.map((sentence) => ({ words: sentence.words.map((w) => w.form), tags: sentence.words.map((w) => w.upos) })),
          { ...DEFAULT_TAGGER_TRAINING, epochs },
        );
        saveTagger(tagger, provenance, out);
        return `${tagger.model.weights.size} features`;
      }),
    )
    .addCommand(
      modelCommand('parser', 'the dependency parser (heads and universal relations)', DEFAULT_PARSER_TRAINING.epochs, (sentences, epochs, provenance, out) => {
        const { parser, lifted, skipped } = Parser.train(
          sentences.map((sentence) => ({
            words: sentence.words.map((w) => w.form),
            tags: sentence.words.map((w) => w.upos),
            heads: sentence.words.map((w) => w.head),
            relations: sentence.words.map((w) => universalRelation(w.deprel)),
          })),
          { ...DEFAULT_PARSER_TRAINING, epochs },
        );
        saveParser(parser, provenance, out);
        return `${lifted} non-projective trees lifted, ${skipped} left out`;
      }),
    );
}

type Trainer = (sentences: readonly ConlluSentence[], epochs: number, provenance: ModelProvenance, out: string) => string;

/** One `kroniek train <model>` command: read and modernise the CoNLL-U files, train, save. */
function modelCommand(name: string, what: string, defaultEpochs: number, train: Trainer): Command {
  return new Command(name)
    .description(`train ${what} on CoNLL-U files`)
    .requiredOption('--conllu <files...>', 'training files; UD 2.0-era files (no XPOS) are mapped to current conventions')
    .requiredOption('--out <file>', 'model file to write (gzipped JSON)')
    .option('--epochs <n>', 'passes over the data', String(defaultEpochs))
    .action((flags: TrainFlags) =>
      runCommand(async () => {
        const sentences: ConlluSentence[] = [];
        for (const file of flags.conllu) for await (const sentence of readConllu(file)) sentences.push(modernizeSentence(sentence));
        const epochs = parsePositiveInt(flags.epochs, '--epochs');
        const command = `kroniek train ${name} --conllu ${flags.conllu.join(' ')} --out ${flags.out} --epochs ${epochs}`;
        const provenance = { data: flags.conllu, licence: 'that of the training data (UD Dutch: CC BY-SA 4.0)', command, date: new Date().toISOString().slice(0, 10) };
        const started = performance.now();
        const detail = train(sentences, epochs, provenance, flags.out);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(`trained on ${sentences.length} sentences in ${seconds} s: ${flags.out} (${detail})\n`);
      }),
    );
}
