/**
 * Worker threads for the steps after the build that have CPU work to spare the main thread (drawing
 * share cards, making Markdown copies): jobs go out as they are asked for and run while the pass over
 * the pages and Pagefind go on; each answers with a promise. Threads start on the first job.
 * A worker module answers with `serveJobs(fn)`.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Reply<O> = { id: number; output?: O; error?: string };

export interface WorkerPool<I, O> {
  run(input: I, transfer?: ArrayBuffer[]): Promise<O>;
  close(): Promise<void>;
}

export function workerPool<I, O>(url: URL, size: number, name: string): WorkerPool<I, O> {
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: { id: number; input: I }[] = [];
  const jobs = new Map<number, { resolve: (o: O) => void; reject: (e: Error) => void }>();
  let next = 0;
  const feed = (w: Worker) => {
    const item = queue.shift();
    if (item) w.postMessage(item);
    else idle.push(w);
  };
  const start = () => {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(url);
      w.on('message', (m: Reply<O>) => {
        const job = jobs.get(m.id)!;
        jobs.delete(m.id);
        if (m.error === undefined) job.resolve(m.output as O);
        else job.reject(new Error(`${name}: ${m.error}`));
        feed(w);
      });
      w.on('error', (e) => {
        for (const job of jobs.values()) job.reject(e);
        jobs.clear();
      });
      workers.push(w);
      idle.push(w);
    }
  };
  return {
    run(input) {
      if (!workers.length) start();
      const id = next++;
      const done = new Promise<O>((resolve, reject) => jobs.set(id, { resolve, reject }));
      queue.push({ id, input });
      const w = idle.pop();
      if (w) feed(w);
      return done;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
      idle.length = 0;
    },
  };
}

/** In a worker module: answer every job with `fn`'s result (a Uint8Array result is transferred, not copied). */
export function serveJobs<I, O>(fn: (input: I) => O): void {
  parentPort!.on('message', ({ id, input }: { id: number; input: I }) => {
    try {
      const output = fn(input);
      parentPort!.postMessage({ id, output }, output instanceof Uint8Array ? [output.buffer as ArrayBuffer] : []);
    } catch (e) {
      parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
