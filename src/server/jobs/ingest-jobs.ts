import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Static } from 'typebox';
import type { JobView } from '../schemas/jobs.ts';
import type { IngestReply, IngestRequest } from './ingest-messages.ts';

type Job = Static<typeof JobView>;

/** Finished jobs kept for GET /api/jobs/:id; older ones are forgotten first. */
const KEPT_JOBS = 1000;
const WORKER_ENTRY = new URL('./ingest-worker-entry.js', import.meta.url);

/**
 * The ingest jobs of a server: a queue in memory and one worker thread (ingest-worker.ts) that
 * runs them one after another, so writes never race and no request waits on annotation.
 * Jobs live as long as the process; `onWritten` runs after each finished job (the server
 * drops what it cached of the corpus).
 */
export class IngestJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: IngestRequest[] = [];
  private worker: Worker | null = null;
  private ready = false;
  private running: string | null = null;

  constructor(
    private readonly dbPath: string,
    private readonly onWritten: () => void = () => {},
  ) {}

  /** Queues one record (already validated) and returns its job. */
  submit(line: string, sourceKey: string): Job {
    const job: Job = { id: `j${randomUUID().replace(/-/g, '').slice(0, 12)}`, status: 'queued', created: new Date().toISOString(), finished: null, summary: null, documents: [], errors: [] };
    this.jobs.set(job.id, job);
    this.queue.push({ job: job.id, line, sourceKey });
    this.forgetOld();
    this.start();
    this.next();
    return job;
  }

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }

  /** Starts the worker now (it brings entities and stories up to date before any job). */
  start(): void {
    if (this.worker) return;
    const worker = new Worker(WORKER_ENTRY, { workerData: { dbPath: this.dbPath } });
    worker.on('message', (reply: IngestReply) => this.receive(reply));
    worker.on('error', (error) => this.lost(`the ingest worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.lost(`the ingest worker stopped (exit code ${code})`);
    });
    this.worker = worker;
    this.ready = false;
  }

  /** Stops the worker; a job running then is marked failed. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (!this.worker || !this.ready || this.running !== null) return;
    const request = this.queue.shift();
    if (!request) return;
    this.running = request.job;
    this.worker.postMessage(request);
  }

  private receive(reply: IngestReply): void {
    if (reply.kind === 'ready') {
      this.ready = true;
      this.onWritten();
    } else if (reply.kind === 'started') {
      this.update(reply.job, { status: 'running' });
    } else {
      const finished = new Date().toISOString();
      if (reply.kind === 'done') {
        this.update(reply.job, { status: reply.summary.failed > 0 ? 'failed' : 'done', finished, summary: reply.summary, documents: [...reply.documents], errors: [...reply.errors] });
      } else {
        this.update(reply.job, { status: 'failed', finished, errors: [{ file: '-', line: null, message: reply.message }] });
      }
      this.running = null;
      this.onWritten();
    }
    this.next();
  }

  /** The worker is gone: the running job failed; the next submit starts a new worker. */
  private lost(message: string): void {
    if (this.running) this.update(this.running, { status: 'failed', finished: new Date().toISOString(), errors: [{ file: '-', line: null, message }] });
    this.running = null;
    this.worker = null;
    this.ready = false;
    if (this.queue.length > 0) this.start();
  }

  private update(id: string, changes: Partial<Job>): void {
    const job = this.jobs.get(id);
    if (job) this.jobs.set(id, { ...job, ...changes });
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.finished !== null) this.jobs.delete(id);
    }
  }
}
