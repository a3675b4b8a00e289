import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';

/**
 * A key or secret the API shows only in this one answer: readable, copyable, and said plainly to
 * be gone once this box is closed. It lives in the page's memory only, never in storage.
 */
export function ShownOnce({ title, value, onDone }: { title: string; value: string; onDone: () => void }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  let field: HTMLInputElement | null = null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // no clipboard access: select it, so the keyboard can copy it
      field?.focus();
      field?.select();
      setCopied('failed');
    }
  };
  return (
    <section class="shown-once" aria-labelledby="shown-once-title">
      <h2 id="shown-once-title">{title}</h2>
      <p class="warning"><strong>{m.shownOnce.warning}</strong></p>
      <div class="secret-row">
        <input ref={(el) => { field = el; }} class="secret" type="text" readOnly value={value} aria-label={title} spellcheck={false}
          onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        <button type="button" onClick={copy}>{m.shownOnce.copy}</button>
      </div>
      <p role="status" class="meta">{copied === 'yes' ? m.shownOnce.copied : copied === 'failed' ? m.shownOnce.copyByHand : ''}</p>
      <button type="button" onClick={onDone}>{m.shownOnce.done}</button>
    </section>
  );
}
