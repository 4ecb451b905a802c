/**
 * Where feedback is kept: one SQLite file through Node's built-in node:sqlite (Node ≥ 22.13), in WAL
 * mode. The rest of the service sees only `FeedbackStore`, so another database can replace this file.
 * A row holds what the reader sent and the hour it arrived; nothing about the reader.
 */
import { DatabaseSync } from 'node:sqlite';

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
  /** Stores one row and returns its id; durable once it returns (the service answers 201 only then). */
  add(row: FeedbackRow): number;
  /** Every row, oldest first. */
  rows(): StoredRow[];
  count(): number;
  /** SQLite's `PRAGMA integrity_check`: "ok" when the file is sound. */
  integrity(): string;
  close(): void;
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
  if (!readOnly) {
    // WAL: the report reads while the service writes. synchronous=FULL: a row answered with 201 survives
    // a crash of the service and of the machine (NORMAL would survive only the former).
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
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
  }
  const insert = readOnly
    ? undefined
    : db.prepare('INSERT INTO feedback (kind, locale, path, outcome, helpful, reason, comment, query, hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const all = db.prepare('SELECT id, kind, locale, path, outcome, helpful, reason, comment, query, hour FROM feedback ORDER BY id');
  const count = db.prepare('SELECT count(*) AS n FROM feedback');
  return {
    add(row) {
      if (!insert) throw new Error('feedback store: opened read-only');
      const r = insert.run(row.kind, row.locale, row.path, row.outcome, row.helpful === null ? null : row.helpful ? 1 : 0, row.reason, row.comment, row.query, row.hour);
      return Number(r.lastInsertRowid);
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
    close: () => db.close(),
  };
}
