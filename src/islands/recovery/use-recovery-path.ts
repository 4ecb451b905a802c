/**
 * Where the reader is in the recovery tree: the answers so far, and on the recovery page the URL that
 * follows them (`?path=account.no-phone`, history entries, the back button, a `#r-…` link into the
 * no-JS tree on first load, a bad path named once). Moves focus to the new step's heading and says
 * where the reader is through the live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecoveryT, RecoveryView } from '../../lib/recovery/types.ts';
import { answersFromAnchor, decodePath, encodePath, progressAt, readPathParam, stepHref, walk } from '../../lib/recovery/walk.ts';

const sameAnswers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Options {
  view: RecoveryView;
  t: RecoveryT;
  /** "page": the URL follows the path; "embedded": it stays. */
  mode: 'page' | 'embedded';
  /** Called whenever another step is shown (the outcome's copy state starts over). */
  onShow: () => void;
}

export function useRecoveryPath({ view, t, mode, onShow }: Options) {
  const [answers, setAnswers] = useState<readonly string[]>([]);
  const [live, setLive] = useState(false);
  const [notice, setNotice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const current = useRef<readonly string[]>([]);
  current.current = answers;

  const announce = (next: readonly string[], extra = '') => {
    const w = walk(view, next);
    const id = w.ok ? w.nodeId : view.root;
    const text = view.nodes[id]?.kind === 'outcome' ? t('recovery.announceOutcome') : t('recovery.progress', progressAt(view, next, id));
    setAnnouncement(extra ? `${extra} ${text}` : text);
  };

  /** Shows a step. `push` adds a history entry (page mode); `focus` moves focus to the new heading. */
  const show = (next: readonly string[], { push, focus }: { push: boolean; focus: boolean }) => {
    setAnswers(next);
    setNotice(false);
    onShow();
    focusNext.current = focus;
    announce(next);
    if (push && mode === 'page') history.pushState({ recoveryPath: encodePath(next) }, '', stepHref(location.pathname, next));
  };

  /** Reads the step from the address: `?path=…`, or on first load a `#r-…` link into the no-JS tree. */
  const fromLocation = (initial: boolean) => {
    const decoded = decodePath(view, readPathParam(location.search));
    if (decoded.status === 'ok') {
      if (!sameAnswers(decoded.answers, current.current)) show(decoded.answers, { push: false, focus: !initial });
      return;
    }
    if (decoded.status === 'invalid') {
      history.replaceState(null, '', location.pathname);
      setAnswers([]);
      setNotice(true);
      announce([], t('recovery.badPath'));
      return;
    }
    const fromAnchor = initial ? answersFromAnchor(location.hash) : null;
    const anchored = fromAnchor ? decodePath(view, encodePath(fromAnchor)) : undefined;
    if (anchored?.status === 'ok') {
      history.replaceState({ recoveryPath: encodePath(anchored.answers) }, '', stepHref(location.pathname, anchored.answers));
      show(anchored.answers, { push: false, focus: false });
    } else if (!initial && current.current.length > 0) {
      show([], { push: false, focus: true });
    }
  };

  useEffect(() => {
    setLive(true);
    if (mode !== 'page') return;
    // With JavaScript the selector is the way in; the full tree stays on the page, folded, unless
    // the reader is already in it (Tab or a click reached it before the script came): folding it
    // then would hide the link that has focus.
    const tree = document.querySelector<HTMLDetailsElement>('details[data-recovery-tree]');
    if (tree && !tree.contains(document.activeElement)) tree.removeAttribute('open');
    fromLocation(true);
    const onPop = () => fromLocation(false);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [answers]);

  return { answers, live, notice, announcement, setAnnouncement, show, headingRef };
}
