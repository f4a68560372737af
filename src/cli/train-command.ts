import { Command } from 'commander';
import { Tagger, DEFAULT_TAGGER_TRAINING, type TaggedSentence } from '../annotate/tagger/tagger.ts';
import { saveTagger } from '../annotate/tagger/tagger-model.ts';
import { readConllu } from '../conllu/conllu.ts';
import { modernizeSentence } from '../conllu/legacy-conventions.ts';
import { parsePositiveInt, runCommand } from './common.ts';

export function trainCommand(): Command {
  return new Command('train')
    .description("train Kroniek's own models from annotated data")
    .addCommand(
      new Command('tagger')
        .description('train the part-of-speech tagger (UPOS) on CoNLL-U files')
        .requiredOption('--conllu <files...>', 'training files; UD 2.0-era files (no XPOS) are mapped to current conventions')
        .requiredOption('--out <file>', 'model file to write (gzipped JSON)')
        .option('--epochs <n>', 'passes over the data', String(DEFAULT_TAGGER_TRAINING.epochs))
        .action((flags: { conllu: string[]; out: string; epochs: string }) =>
          runCommand(async () => {
            const sentences: TaggedSentence[] = [];
            for (const file of flags.conllu) {
              for await (const raw of readConllu(file)) {
                const sentence = modernizeSentence(raw);
                sentences.push({ words: sentence.words.map((word) => word.form), tags: sentence.words.map((word) => word.upos) });
              }
            }
            const epochs = parsePositiveInt(flags.epochs, '--epochs');
            const started = performance.now();
            const tagger = Tagger.train(sentences, { ...DEFAULT_TAGGER_TRAINING, epochs });
            const command = `kroniek train tagger --conllu ${flags.conllu.join(' ')} --out ${flags.out} --epochs ${epochs}`;
            saveTagger(tagger, { data: flags.conllu, licence: 'see the training data (UD Dutch: CC BY-SA 4.0)', command, date: new Date().toISOString().slice(0, 10) }, flags.out);
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            process.stderr.write(`trained on ${sentences.length} sentences in ${seconds} s: ${flags.out} (${tagger.model.weights.size} features)\n`);
          }),
        ),
    );
}
