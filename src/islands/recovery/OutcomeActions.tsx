/** Under an outcome: print, copy the checklist (or, when the clipboard refuses, the text to copy by hand) and, in an article, the full selector. */
import type { Ref } from 'preact';
import type { RecoveryT } from '../../lib/recovery/types.ts';

export type CopyState = 'idle' | 'done' | 'failed';

interface Props {
  t: RecoveryT;
  copy: CopyState;
  onCopy: () => void;
  /** The checklist as text, for the fallback text area. */
  checklist: () => string;
  /** The same step on the recovery page, when the selector sits in an article. */
  fullHref?: string | undefined;
  idPrefix: string;
  copyAreaRef: Ref<HTMLTextAreaElement>;
  buttonClass: string;
}

export function OutcomeActions({ t, copy, onCopy, checklist, fullHref, idPrefix, copyAreaRef, buttonClass }: Props) {
  return (
    <>
      <div class="no-print mt-6 flex flex-wrap items-center gap-3">
        <button type="button" class={buttonClass} onClick={() => print()} data-recovery-print>
          {t('recovery.print')}
        </button>
        <button type="button" class={buttonClass} onClick={onCopy} data-recovery-copy>
          {t('recovery.copy')}
        </button>
        {copy === 'done' && <span class="font-semibold text-tip">{t('recovery.copied')}</span>}
        {fullHref !== undefined && (
          <a href={fullHref} class="font-semibold">
            {t('recovery.openFull')}
          </a>
        )}
      </div>
      {copy === 'failed' && (
        <div class="no-print mt-4">
          <p>{t('recovery.copyFailed')}</p>
          <label class="mt-2 block text-sm font-semibold" for={`${idPrefix}-copy`}>
            {t('recovery.copyText')}
          </label>
          <textarea
            id={`${idPrefix}-copy`}
            ref={copyAreaRef}
            readOnly
            rows={12}
            class="mt-1 w-full rounded-md border border-line bg-bg p-3 font-mono text-sm"
            value={checklist()}
          />
        </div>
      )}
    </>
  );
}
