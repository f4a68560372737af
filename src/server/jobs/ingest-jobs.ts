import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Static } from 'typebox';
import type { JobView } from '../schemas/jobs.ts';
import type { IngestReply, JobRecord } from './ingest-messages.ts';

type Job = Static<typeof JobView>;

/** Finished jobs kept for GET /api/jobs/:id; older ones are forgotten first. */
const KEPT_JOBS = 1000;
/** Jobs one run of the worker takes at most: a burst of posts goes in runs this large. */
const RUN_JOBS = 500;
const WORKER_ENTRY = new URL('./ingest-worker-entry.js', import.meta.url);

/**
 * The ingest jobs of a server: a queue in memory and one worker thread (ingest-worker.ts) that
 * runs them in order, so writes never race and no request waits on annotation. Each run takes
 * every job queued since the last (up to RUN_JOBS): the entity and story steps after an
 * ingest read the whole corpus, so a burst of posts pays them once per run, not once a post.
 * Jobs live as long as the process; `onWritten` runs after each finished job (the server
 * drops what it cached of the corpus).
 */
export class IngestJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: JobRecord[] = [];
  private worker: Worker | null = null;
  private ready = false;
  /** The jobs of the run in progress, if one is. */
  private running: readonly string[] = [];

  constructor(
    private readonly dbPath: string,
    private readonly onWritten: () => void = () => {},
  ) {}

  /** Queues one record (already validated) and returns its job. */
  submit(line: string, sourceKey: string): Job {
    const job: Job = { id: `j${randomUUID().replace(/-/g, '').slice(0, 12)}`, status: 'queued', created: new Date().toISOString(), finished: null, batch: null, summary: null, documents: [], errors: [] };
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

  /** Stops the worker; the jobs of a run in progress then are marked failed. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (!this.worker || !this.ready || this.running.length > 0 || this.queue.length === 0) return;
    const jobs = this.queue.splice(0, RUN_JOBS);
    this.running = jobs.map((record) => record.job);
    this.worker.postMessage({ jobs });
  }

  private receive(reply: IngestReply): void {
    if (reply.kind === 'ready') {
      this.ready = true;
      this.onWritten();
    } else if (reply.kind === 'started') {
      for (const job of reply.jobs) this.update(job, { status: 'running', batch: reply.jobs.length });
    } else {
      const finished = new Date().toISOString();
      if (reply.kind === 'done') {
        this.update(reply.job, { status: reply.summary.failed > 0 ? 'failed' : 'done', finished, summary: reply.summary, documents: [...reply.documents], errors: [...reply.errors] });
        this.running = this.running.filter((job) => job !== reply.job);
      } else {
        for (const job of reply.jobs) this.update(job, { status: 'failed', finished, errors: [{ file: '-', line: null, message: reply.message }] });
        this.running = [];
      }
      this.onWritten();
    }
    this.next();
  }

  /** The worker is gone: the jobs of its run failed; the next submit starts a new worker. */
  private lost(message: string): void {
    for (const job of this.running) this.update(job, { status: 'failed', finished: new Date().toISOString(), errors: [{ file: '-', line: null, message }] });
    this.running = [];
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
