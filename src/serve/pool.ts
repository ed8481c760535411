/**
 * The server's inference pool: worker threads (one per core by default), each with its own copy of the predictor,
 * fed from one bounded queue.
 *
 * - Off the event loop: the server thread only parses requests and answers; a slow prediction delays the requests
 *   queued behind it, never `GET /` or a 503.
 * - Bounded: at most `maxQueue` requests wait; one more is refused at once (`PoolError` BUSY, answered 503 with
 *   Retry-After) instead of growing memory and latency without limit.
 * - Time-limited: a request not answered within `timeoutMs` of its arrival is failed with TIMEOUT; if a worker was
 *   running it, that worker is ended and replaced (a synchronous computation cannot be interrupted otherwise).
 * - Isolated: a worker that crashes or fails with anything but a VoeError (a bug, whatever state it left) is
 *   replaced by a fresh one; only the request it was on fails.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { VoeError } from '../errors.js';
import type { Prediction } from '../predict/predictor.js';
import { startModuleWorker } from '../util/workers.js';

export interface PoolOptions {
  /** The model or results folder the workers load (as `EmotionPredictor.load(dir, ensemble)`). */
  dir: string;
  ensemble?: string;
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Requests that may wait for a worker (default 128); more are refused with BUSY. */
  maxQueue?: number;
  /** Time limit of one request, from its arrival, in ms (default 30 000). */
  timeoutMs?: number;
  /** Called with one line per replaced worker. */
  log?: (line: string) => void;
}

/** A request the pool refused or gave up on; `status` is the HTTP status to answer. */
export class PoolError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'BUSY' | 'TIMEOUT' | 'INTERNAL' | 'ABORTED',
    message: string,
    /** Seconds after which a retry may succeed (answered as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'PoolError';
  }
}

interface Job {
  id: number;
  bytes: Uint8Array;
  name: string;
  resolve: (p: Prediction) => void;
  reject: (e: unknown) => void;
  timer: NodeJS.Timeout;
  worker?: Slot;
  /** When a worker took it (performance.now()). */
  startedAt?: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; prediction: Prediction }
  | { type: 'error'; id: number; error: { voe: boolean; code: string; message: string; stack?: string } };

export class InferencePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private readyWaiters: Array<() => void> = [];
  /** Moving average of a request's time in a worker, in ms (for Retry-After). */
  private serviceMs = 1000;
  readonly size: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;

  private constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, options.workers ?? availableParallelism());
    this.maxQueue = options.maxQueue ?? 128;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Starts the workers and resolves once every one has loaded the model (or rejects with the first load error). */
  static async start(options: PoolOptions): Promise<InferencePool> {
    const pool = new InferencePool(options);
    try {
      await Promise.all(Array.from({ length: pool.size }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /** Resolves once every worker is ready (after a replacement, when the new one has loaded the model). */
  whenReady(): Promise<void> {
    if (this.allReady()) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private allReady(): boolean {
    return this.slots.size === this.size && [...this.slots].every((s) => s.ready);
  }

  /** Requests waiting for a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** The prediction for one WAV upload. Rejects with a PoolError (BUSY, TIMEOUT, INTERNAL) or the upload's VoeError. */
  predict(bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<Prediction> {
    if (this.closed) return Promise.reject(new PoolError(503, 'BUSY', 'the server is shutting down', 1));
    if (this.queue.length >= this.maxQueue) {
      // The time the queue takes to drain at the recent pace (a moving average of the time per request).
      const retryAfter = Math.max(1, Math.ceil((this.queue.length * this.serviceMs) / this.size / 1000));
      return Promise.reject(new PoolError(503, 'BUSY', `server busy: ${this.queue.length} requests are waiting already; retry later`, retryAfter));
    }
    return new Promise<Prediction>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        bytes,
        name,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(job), this.timeoutMs),
      };
      signal?.addEventListener('abort', () => this.abandon(job), { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.fail(job, new PoolError(503, 'BUSY', 'the server is shutting down', 1));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private spawn(): Promise<void> {
    return new Promise((resolveReady, rejectReady) => {
      const worker = startModuleWorker(import.meta.url, 'inference-worker', { dir: this.options.dir, ensemble: this.options.ensemble });
      const slot: Slot = { worker, ready: false };
      this.slots.add(slot);
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') {
          slot.ready = true;
          resolveReady();
          if (this.allReady()) for (const wake of this.readyWaiters.splice(0)) wake();
          this.dispatch();
          return;
        }
        const job = slot.job;
        if (!job || job.id !== msg.id) return;
        slot.job = undefined;
        clearTimeout(job.timer);
        if (job.startedAt !== undefined) this.serviceMs = 0.8 * this.serviceMs + 0.2 * (performance.now() - job.startedAt);
        if (msg.type === 'result') {
          job.resolve(msg.prediction);
        } else if (msg.error.voe) {
          job.reject(new VoeError(msg.error.code as VoeError['code'], msg.error.message));
        } else {
          // A bug: whatever state it left dies with this worker.
          job.reject(Object.assign(new Error(msg.error.message), { stack: msg.error.stack }));
          this.replace(slot, `worker replaced after an internal error: ${msg.error.message}`);
          return;
        }
        this.dispatch();
      });
      worker.on('error', (err) => {
        if (!slot.ready) {
          this.slots.delete(slot);
          rejectReady(err);
          return;
        }
        const job = slot.job;
        slot.job = undefined;
        if (job) this.fail(job, new PoolError(500, 'INTERNAL', `the inference worker crashed: ${err.message}`));
        this.replace(slot, `worker replaced after a crash: ${err.message}`);
      });
      worker.on('exit', () => {
        if (this.slots.has(slot) && !this.closed) {
          const job = slot.job;
          slot.job = undefined;
          if (job) this.fail(job, new PoolError(500, 'INTERNAL', 'the inference worker exited'));
          this.replace(slot, 'worker replaced after it exited');
        }
      });
    });
  }

  /** Ends a worker and starts another in its place. */
  private replace(slot: Slot, why: string): void {
    if (!this.slots.delete(slot)) return;
    void slot.worker.terminate();
    if (this.closed) return;
    this.options.log?.(`pool: ${why}`);
    this.spawn().catch((e: unknown) => this.options.log?.(`pool: a replacement worker failed to start: ${(e as Error).message}`));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      job.worker = slot;
      job.startedAt = performance.now();
      // A copy the worker owns (transferred, not cloned): the upload may be a view into a shared pool buffer.
      const copy = job.bytes.slice();
      slot.worker.postMessage({ id: job.id, bytes: copy, name: job.name }, [copy.buffer]);
    }
  }

  private expire(job: Job): void {
    const slot = job.worker;
    this.fail(job, new PoolError(503, 'TIMEOUT', `no answer within the time limit of ${(this.timeoutMs / 1000).toFixed(0)} s; the request was stopped`, 1));
    if (slot && slot.job === job) {
      slot.job = undefined;
      this.replace(slot, `worker replaced: its request ran past ${this.timeoutMs} ms`);
    }
  }

  /** A client gone before its answer: a queued request is dropped; a running one finishes (cheaper than a restart). */
  private abandon(job: Job): void {
    const at = this.queue.indexOf(job);
    if (at >= 0) {
      this.queue.splice(at, 1);
      this.fail(job, new PoolError(499, 'ABORTED', 'the client closed the connection'));
    }
  }

  private fail(job: Job, e: unknown): void {
    clearTimeout(job.timer);
    const at = this.queue.indexOf(job);
    if (at >= 0) this.queue.splice(at, 1);
    job.reject(e);
  }
}
