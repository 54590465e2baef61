import * as React from 'react';

/**
 * A modal opened from state, not from a Radix trigger, would leave focus on `<body>` when it
 * closes; this sends it back to the element that had it when the modal opened, or to `fallback`.
 * Pass the result as the modal content's `onCloseAutoFocus`.
 */
export const useReturnFocus = (open: boolean, fallback?: () => HTMLElement | null | undefined) => {
  const opener = React.useRef<HTMLElement | null>(null);
  // A layout effect runs before the modal's focus scope moves focus inside it.
  React.useLayoutEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  return (event: Event) => {
    const target = opener.current?.isConnected ? opener.current : fallback?.();
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
};
