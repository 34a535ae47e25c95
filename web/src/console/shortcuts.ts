import { useLayoutEffect } from 'react';

// Single-key shortcuts: a key counts while no field has the focus and no modifier is held;
// a handled key does nothing else. A key mapped to undefined is not handled now.
// The listener is swapped in a layout effect, so a key pressed right after a render already sees
// that render's handlers (a passive effect can lag behind the painted rows under load).

export function useShortcuts(keys: Record<string, (() => void) | undefined>): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || event.metaKey || event.ctrlKey || event.altKey) return;
      const handler = keys[event.key];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}
