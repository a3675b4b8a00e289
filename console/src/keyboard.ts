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

/**
 * Single-key shortcuts (no modifier), ignored while typing. The listener is added once and reads
 * the handlers of the latest render through a ref: effects run after paint, so a listener
 * re-added per render would answer a quick second key press with the state before the first.
 */
export function useShortcuts(keys: Record<string, () => void>, enabled = true): void {
  const latest = useRef({ keys, enabled });
  latest.current = { keys, enabled };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!latest.current.enabled || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const run = latest.current.keys[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
