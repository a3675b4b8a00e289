import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';

/** The list of shortcuts, as a modal dialog: Escape or the button closes it, focus returns where it was. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => before?.focus();
  }, []);
  const keys: Array<[string, string]> = [
    ['j', m.shortcuts.next],
    ['k', m.shortcuts.previous],
    ['Enter', m.shortcuts.open],
    ['a', m.shortcuts.assign],
    ['?', m.shortcuts.help],
  ];
  return (
    <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{m.shortcuts.title}</h2>
      <dl>
        {keys.map(([key, what]) => [<dt key={`${key}-k`}><kbd>{key}</kbd></dt>, <dd key={`${key}-d`}>{what}</dd>])}
      </dl>
      <p>{m.shortcuts.note}</p>
      <button type="button" onClick={() => dialog.current?.close()} autoFocus>{m.shortcuts.close}</button>
    </dialog>
  );
}
