/**
 * Where feedback is kept: one SQLite file through Node's built-in node:sqlite (Node ≥ 22.13), in WAL
 * mode with synchronous=FULL, so a row answered with 201 survives a crash of the service or of the
 * machine. Each commit waits for the disk (about 5 ms here): the writing happens in a worker thread
 * (store-writer.ts) that puts the rows arriving meanwhile in one transaction (group commit), and `add`
 * resolves once its row is on disk. Reads (the report, counts) use a connection of their own; WAL lets
 * them run while the writer writes. The rest of the service sees only `FeedbackStore`, so another
 * database can replace this file. A row holds what the reader sent and the hour it arrived; nothing
 * about the reader.
 */
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';

export interface FeedbackRow {
  kind: 'page' | 'search';
  locale: string;
  /** Page feedback: the page's path; search feedback: null. */
  path: string | null;
  outcome: string | null;
  /** Page feedback: yes or no; search feedback: null. */
  helpful: boolean | null;
  reason: string | null;
  comment: string | null;
  query: string | null;
  /** When it arrived, to the hour (UTC): "2026-12-07T14:00Z". */
  hour: string;
}

export interface StoredRow extends FeedbackRow {
  id: number;
}

export interface FeedbackStore {
  /** Stores one row; resolves with its id once it is on disk (the service answers 201 only then). */
  add(row: FeedbackRow): Promise<number>;
  /** Every row, oldest first. */
  rows(): StoredRow[];
  count(): number;
  /** SQLite's `PRAGMA integrity_check`: "ok" when the file is sound. */
  integrity(): string;
  /** Writes what is queued, then closes. */
  close(): Promise<void>;
}

/** The hour a row is filed under: minutes and seconds dropped, so a row cannot be matched to a visit. */
export const toHour = (d: Date) => `${d.toISOString().slice(0, 13)}:00Z`;

export interface StoreOptions {
  /** Open an existing file only, for reading (the report): never creates or changes it. */
  readOnly?: boolean;
}

export function openStore(file: string, { readOnly = false }: StoreOptions = {}): FeedbackStore {
  const db = new DatabaseSync(file, readOnly ? { readOnly: true } : {});
  db.exec('PRAGMA busy_timeout = 5000');
  let writer: Worker | undefined;
  const pending = new Map<number, { resolve: (id: number) => void; reject: (e: Error) => void }>();
  let seq = 0;
  if (!readOnly) {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(`CREATE TABLE IF NOT EXISTS feedback (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('page', 'search')),
      locale TEXT NOT NULL,
      path TEXT,
      outcome TEXT,
      helpful INTEGER CHECK (helpful IN (0, 1)),
      reason TEXT,
      comment TEXT,
      query TEXT,
      hour TEXT NOT NULL
    ) STRICT`);
    writer = new Worker(new URL('./store-writer.ts', import.meta.url), { workerData: { file } });
    writer.on('message', (m: { seqs: number[]; ids?: number[]; error?: string }) => {
      m.seqs.forEach((s, i) => {
        const p = pending.get(s);
        pending.delete(s);
        if (m.ids) p?.resolve(m.ids[i]!);
        else p?.reject(new Error(`feedback store: ${m.error}`));
      });
    });
    writer.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const all = db.prepare('SELECT id, kind, locale, path, outcome, helpful, reason, comment, query, hour FROM feedback ORDER BY id');
  const count = db.prepare('SELECT count(*) AS n FROM feedback');
  return {
    add(row) {
      if (!writer) return Promise.reject(new Error('feedback store: opened read-only'));
      const job = { seq: ++seq, values: [row.kind, row.locale, row.path, row.outcome, row.helpful === null ? null : row.helpful ? 1 : 0, row.reason, row.comment, row.query, row.hour] };
      return new Promise((resolve, reject) => {
        pending.set(job.seq, { resolve, reject });
        writer!.postMessage(job);
      });
    },
    rows() {
      return all.all().map((r) => ({
        id: Number(r.id),
        kind: r.kind as FeedbackRow['kind'],
        locale: String(r.locale),
        path: r.path === null ? null : String(r.path),
        outcome: r.outcome === null ? null : String(r.outcome),
        helpful: r.helpful === null ? null : r.helpful === 1,
        reason: r.reason === null ? null : String(r.reason),
        comment: r.comment === null ? null : String(r.comment),
        query: r.query === null ? null : String(r.query),
        hour: String(r.hour),
      }));
    },
    count: () => Number(count.get()?.n ?? 0),
    integrity: () => String(db.prepare('PRAGMA integrity_check').get()?.integrity_check ?? ''),
    async close() {
      if (writer) {
        const done = new Promise((r) => writer!.once('exit', r));
        writer.postMessage('close');
        await done;
      }
      db.close();
    },
  };
}
