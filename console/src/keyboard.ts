import { useEffect, useRef } from 'preact/hooks';

/** True while the person is typing somewhere: shortcuts must not fire then. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/** A modal dialog is open: its keys are its own. */
export function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Single-key shortcuts (no modifier), ignored while typing or while a modal dialog is open. The
 * listener is added once and reads the handlers of the latest render through a ref: effects run
 * after paint, so a listener re-added per render would answer a quick second key press with the
 * state before the first. Whether a dialog is open is read from the page itself, not from state:
 * Escape closes a dialog and the browser puts the focus back at once, a render later than that,
 * and a key pressed in between was lost.
 */
export function useShortcuts(keys: Record<string, () => void>): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (modalOpen() || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const run = latest.current[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
