/** "Question 2 of 4" and its bar; "Your steps" at an outcome. */
import type { RecoveryT } from '../../lib/recovery/types.ts';

interface Props {
  t: RecoveryT;
  progress: { current: number; total: number };
  done: boolean;
  idPrefix: string;
}

export function Progress({ t, progress, done, idPrefix }: Props) {
  return (
    <div class="no-print mb-4 flex flex-wrap items-center gap-3" data-recovery-progress>
      <span class="text-sm font-semibold text-muted" id={`${idPrefix}-progress`}>
        {done ? t('recovery.progressDone') : t('recovery.progress', progress)}
      </span>
      <progress
        class="recovery-progress h-2 flex-1 min-w-24"
        max={Math.max(progress.total, 1)}
        value={done ? Math.max(progress.total, 1) : progress.current}
        aria-labelledby={`${idPrefix}-progress`}
      />
    </div>
  );
}
