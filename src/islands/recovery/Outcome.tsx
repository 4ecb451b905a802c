/** One outcome: title, expected time, what to prepare, the steps, where to act and what to read. Used by the island and the no-JS tree. */
import type { Ref } from 'preact';
import type { RecoveryT, ViewOutcome } from '../../lib/recovery/types.ts';

interface Props {
  outcome: ViewOutcome;
  /** The selector's interface strings (src/i18n/format.ts translator). */
  t: RecoveryT;
  /** Heading level of the title; sections use the next level. */
  level: 2 | 3 | 4;
  /** Unique prefix for ids on the page. */
  idPrefix: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

export function Outcome({ outcome, t, level, idPrefix, headingRef }: Props) {
  const Title = (['h2', 'h3', 'h4'] as const)[level - 2] ?? 'h2';
  const Section = (['h3', 'h4', 'h5'] as const)[level - 2] ?? 'h3';
  const titleId = `${idPrefix}-title`;
  const sectionClass = 'mt-5 mb-2 text-lg font-bold';
  return (
    <article class="recovery-outcome" aria-labelledby={titleId} data-recovery-outcome={outcome.id}>
      <Title id={titleId} ref={headingRef ?? null} tabIndex={-1} class="text-2xl font-bold leading-tight scroll-mt-4">
        {outcome.title}
      </Title>
      <p class="mt-3 rounded-md bg-bg-soft px-4 py-3" data-recovery-time>
        <strong>{t('recovery.time')}:</strong> {outcome.time}
      </p>

      <Section class={sectionClass}>{t('recovery.prepare')}</Section>
      <ul class="recovery-checklist space-y-1" data-recovery-prepare>
        {outcome.prepare.map((item) => (
          <li class="flex gap-2">
            <span aria-hidden="true" class="select-none">☐</span>
            <span>{item}</span>
          </li>
        ))}
      </ul>

      <Section class={sectionClass}>{t('recovery.steps')}</Section>
      <ol class="list-decimal space-y-2 ps-6" data-recovery-steps>
        {outcome.steps.map((step) => (
          <li class="ps-1">{step}</li>
        ))}
      </ol>

      <Section class={sectionClass}>{t('recovery.official')}</Section>
      <ul class="space-y-1" data-recovery-official>
        {outcome.official.map((o) => (
          <li>
            <a href={o.href} rel="noopener noreferrer" class="font-semibold" data-official>
              {o.label}
            </a>
            <span class="text-muted text-sm"> ({o.marker ?? t('officialLink.marker')})</span>
          </li>
        ))}
      </ul>

      <Section class={sectionClass}>{t('recovery.readMore')}</Section>
      <ul class="list-disc space-y-1 ps-6" data-recovery-articles>
        {outcome.articles.map((a) => (
          <li>
            <a href={a.href}>{a.label}</a>
          </li>
        ))}
      </ul>
    </article>
  );
}
