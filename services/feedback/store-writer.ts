/**
 * The feedback store's writer (a worker thread of store.ts): it owns the one connection that writes, so
 * the wait for the disk at each commit (synchronous=FULL) never stops the service from answering. Rows
 * that arrive while a commit waits go together in the next transaction (group commit); each is
 * acknowledged to the main thread once its transaction is on disk.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  seq: number;
  values: (string | number | null)[];
}

const port = parentPort!;
const db = new DatabaseSync((workerData as { file: string }).file);
db.exec('PRAGMA busy_timeout = 5000');
db.exec('PRAGMA synchronous = FULL');
const insert = db.prepare('INSERT INTO feedback (kind, locale, path, outcome, helpful, reason, comment, query, hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');

let queue: Job[] = [];
function flush(): void {
  const batch = queue;
  queue = [];
  if (!batch.length) return;
  const seqs = batch.map((j) => j.seq);
  try {
    db.exec('BEGIN IMMEDIATE');
    const ids = batch.map((j) => Number(insert.run(...j.values).lastInsertRowid));
    db.exec('COMMIT');
    port.postMessage({ seqs, ids });
  } catch (e) {
    if (db.isTransaction) db.exec('ROLLBACK');
    port.postMessage({ seqs, error: (e as Error).message });
  }
}

port.on('message', (m: Job | 'close') => {
  if (m === 'close') {
    flush();
    db.close();
    port.close();
    return;
  }
  if (queue.push(m) === 1) setImmediate(flush);
});
