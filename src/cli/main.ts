import { Command } from 'commander';
import { analyzeCommand } from './analyze-command.ts';
import { conflictsCommand } from './conflicts-command.ts';
import { entitiesCommand } from './entities-command.ts';
import { entityCommand } from './entity-command.ts';
import { evalCommand } from './eval-command.ts';
import { exportCommand } from './export-command.ts';
import { factsCommand } from './facts-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { nerCommand } from './ner-command.ts';
import { parseCommand } from './parse-command.ts';
import { searchCommand } from './search-command.ts';
import { serveCommand } from './serve-command.ts';
import { statsCommand } from './stats-command.ts';
import { duplicatesCommand, storiesCommand, storyCommand } from './stories-command.ts';
import { timelineCommand } from './timeline-command.ts';
import { trainCommand } from './train-command.ts';
import { workerCommand } from './worker-command.ts';

const program = new Command('kroniek')
  .description('Kroniek: offline news intelligence for Dutch-language news')
  .version('0.1.0')
  .addCommand(ingestCommand())
  .addCommand(searchCommand())
  .addCommand(exportCommand())
  .addCommand(statsCommand())
  .addCommand(entitiesCommand())
  .addCommand(entityCommand())
  .addCommand(factsCommand())
  .addCommand(conflictsCommand())
  .addCommand(storiesCommand())
  .addCommand(storyCommand())
  .addCommand(timelineCommand())
  .addCommand(duplicatesCommand())
  .addCommand(analyzeCommand())
  .addCommand(parseCommand())
  .addCommand(nerCommand())
  .addCommand(evalCommand())
  .addCommand(trainCommand())
  .addCommand(serveCommand())
  .addCommand(workerCommand())
  .addHelpText(
    'after',
    `
Commands that use the database take --db FILE (default ./kroniek.db, or $KRONIEK_DB).
"kroniek <command> --help" explains a command.`,
  );

await program.parseAsync(process.argv);
