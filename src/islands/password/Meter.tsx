/** The five-step meter. Colour adds to the words and the number of filled steps; it never carries the level alone. */
import { LEVELS } from './text.ts';

const TONES = ['bg-danger', 'bg-danger', 'bg-warning', 'bg-tip', 'bg-tip'];

export function Meter({ score, provisional }: { score: number | null; provisional: boolean }) {
  return (
    <div class="password-meter flex gap-1" aria-hidden="true" data-score={score ?? ''} data-provisional={provisional ? 'true' : undefined}>
      {LEVELS.map((_, k) => (
        <span
          key={k}
          class={`h-2 flex-1 rounded-sm ${score !== null && k <= score ? `${TONES[score]}${provisional ? ' opacity-50' : ''}` : 'bg-line'}`}
        />
      ))}
    </div>
  );
}
