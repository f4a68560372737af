import { parentPort, workerData } from 'node:worker_threads';
import { DocumentBuilder } from '../../annotate/document-builder.ts';
import type { Settings } from '../../config/settings.ts';
import type { RawArticle } from '../raw-article.ts';
import { buildArticles } from './built-article.ts';

// One worker: builds the batches the pool sends, in the order they arrive.
const { settings } = workerData as { settings: Settings };
const builder = await DocumentBuilder.create(settings);
parentPort!.on('message', ({ id, articles }: { id: number; articles: RawArticle[] }) => {
  parentPort!.postMessage({ id, results: buildArticles(builder, articles) });
});
