/**
 * The checker's state: on the first focus or keystroke it fetches the word lists its page needs and
 * the scorer in parallel, scores what is typed (once per frame), and until the scorer is in gives a
 * provisional estimate from length and kinds of characters (at most "fair").
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PasswordReport, Scorer } from '../../lib/password/scorer.ts';
import { provisionalScore } from '../../lib/password/provisional.ts';
import { fetchPacks } from '../../lib/password/pack-urls.ts';
import type { PackName } from '../../lib/password/packs.ts';

export type Phase = 'idle' | 'loading' | 'ready' | 'failed';

export function usePasswordScore(lists: PackName[]) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [value, setValue] = useState('');
  const [report, setReport] = useState<PasswordReport | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const scorer = useRef<Scorer | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const frame = useRef(0);

  const score = (password: string) => {
    setValue(password);
    setReport(password && scorer.current ? scorer.current(password) : null);
  };

  const load = () => {
    if (scorer.current || loading.current) return;
    setPhase('loading');
    // The lists and the scorer's code download side by side; the lists are decoded once, here.
    loading.current = Promise.all([import('../../lib/password/load.ts'), fetchPacks(lists)])
      .then(([m, texts]) => m.default(texts))
      .then((s) => {
        scorer.current = s;
        setPhase('ready');
        score(input.current?.value ?? '');
      })
      .catch(() => setPhase('failed'))
      .finally(() => {
        loading.current = null;
      });
  };

  const onInput = () => {
    load();
    cancelAnimationFrame(frame.current);
    // Several keystrokes in one frame are scored once.
    frame.current = requestAnimationFrame(() => score(input.current?.value ?? ''));
  };

  // Text typed before the island woke up is scored as if just typed.
  useEffect(() => {
    if (input.current?.value) onInput();
    return () => cancelAnimationFrame(frame.current);
  }, []);

  // While the lists load, a first estimate from length and kinds of characters only.
  const provisional = !report && value && phase !== 'ready' ? provisionalScore(value) : null;
  const shownScore = report ? report.score : provisional;
  return { input, phase, value, report, provisional, shownScore, load, onInput };
}

/** Screen readers hear the result once typing pauses, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 900;

/** `text()` is said (through an aria-live region) once `deps` have stopped changing for a moment. */
export function useQuietAnnouncement(text: () => string, deps: unknown[]): string {
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    clearTimeout(timer.current);
    const said = text();
    timer.current = setTimeout(() => setAnnouncement(said), ANNOUNCE_AFTER_MS);
  }, deps);
  return announcement;
}
