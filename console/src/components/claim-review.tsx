import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ok } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ProblemNotice } from './problem-notice.js';

/**
 * Copies text: the asynchronous Clipboard API where the browser grants it, else the older
 * execCommand on the selected element. False when neither worked; the text is then left
 * selected so the person can copy it by hand.
 */
async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not a secure context): the fallback below
  }
  if (!element) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The schema.org ClaimReview of an approved claim, formatted, with a copy button. */
export function ClaimReviewViewer({ claimId, headingLevel = 2 }: { claimId: string; headingLevel?: 2 | 3 }) {
  const { m } = useI18n();
  const [json, setJson] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);
  const pre = useRef<HTMLPreElement>(null);
  const headingId = `claim-review-${claimId}`;

  const load = () => {
    setError(null);
    api.GET('/v1/claims/{id}/claim-review', { params: { path: { id: claimId } } }).then(ok).then(
      (review) => setJson(JSON.stringify(review, null, 2)),
      setError,
    );
  };
  useEffect(load, [claimId]);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="panel claim-review" aria-labelledby={headingId}>
      <Heading id={headingId}>{m.claimReview.title}</Heading>
      <ProblemNotice error={error} onRetry={load} />
      {json === null && !error ? <p>{m.claimReview.loading}</p> : null}
      {json !== null ? (
        <>
          <div class="buttons">
            <button type="button" onClick={async () => setCopied((await copyText(json, pre.current)) ? 'yes' : 'manual')}>{m.claimReview.copy}</button>
            {copied ? <span role="status">{copied === 'yes' ? m.claimReview.copied : m.claimReview.copyManually}</span> : null}
          </div>
          {/* focusable so that a keyboard user can scroll it and select its text */}
          <pre ref={pre} class="json" tabIndex={0} aria-labelledby={headingId}>{json}</pre>
        </>
      ) : null}
    </section>
  );
}
