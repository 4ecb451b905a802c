/**
 * The reader-feedback forms (src/components/feedback/), sent with fetch instead of a page load: the
 * status line says "sending", then thanks (and after a "no", the next steps) or, if the service does not
 * answer 201 within 5 s, that it could not send. Without this script the forms post as they are and the
 * service answers with the locale's thank-you page. Nothing is sent before the reader presses a button.
 * Small on purpose: it comes with every page of a site built with FEEDBACK_ENDPOINT.
 */
export function initFeedback(): void {
  document.addEventListener('submit', async (event) => {
    const form = event.target as HTMLFormElement;
    const box = form.closest<HTMLElement>('[data-feedback]');
    if (!box || !form.hasAttribute('data-feedback-form')) return;
    event.preventDefault();
    const { dataset } = box;
    // One answer at a time: a second click while sending sends nothing.
    if (dataset.busy) return;
    dataset.busy = '1';
    const status = box.querySelector<HTMLElement>('[data-feedback-status]')!;
    const submitter = event.submitter as HTMLButtonElement | null;
    const body: Record<string, unknown> = {};
    for (const [k, v] of [...new FormData(form), [submitter?.name, submitter?.value]]) if (k && v) body[k as string] = k === 'helpful' ? v === 'true' : v;
    // Under a recovery selector: the outcome it shows now. Under an empty search: the words in its box.
    if ('feedbackSelector' in dataset) body.outcome = box.closest('[data-feedback-scope]')?.querySelector('[data-recovery-outcome]')?.getAttribute('data-recovery-outcome');
    if (body.kind === 'search') body.query = [...(box.closest('[data-search-panel]')?.querySelector<HTMLInputElement>('[data-search-input]')?.value.trim() ?? '')].slice(0, 200).join('');
    status.textContent = dataset.sending!;
    let ok = false;
    try {
      ok = (await fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) })).status === 201;
    } catch {
      // down, slow or offline: said below
    }
    delete dataset.busy;
    status.textContent = (ok ? dataset.sent : dataset.failed)!;
    if (!ok) return;
    box.querySelectorAll<HTMLElement>('[data-feedback-part]').forEach((p) => (p.hidden = true));
    const next = box.querySelector<HTMLElement>('[data-feedback-next]');
    if (next) next.hidden = body.helpful !== false;
    status.focus();
  });
}
