// Scrolling to a finding and briefly emphasising it: used by the popup's list and the keyboard shortcuts.
import { INDEX_ATTRIBUTE } from './highlight';

export const FOCUS_ATTRIBUTE = 'data-sourcelight-focus';
const EMPHASIS_MS = 1600;

/** Scrolls the finding's highlight into view, emphasises it and moves keyboard focus to it. */
export function focusFinding(marks: readonly HTMLElement[], index: number): boolean {
  const pieces = marks.filter((mark) => mark.getAttribute(INDEX_ATTRIBUTE) === String(index));
  const first = pieces[0];
  if (!first) return false;
  const view = first.ownerDocument.defaultView;
  const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  first.focus({ preventScroll: true });
  for (const piece of pieces) piece.setAttribute(FOCUS_ATTRIBUTE, '');
  view?.setTimeout(() => pieces.forEach((piece) => piece.removeAttribute(FOCUS_ATTRIBUTE)), EMPHASIS_MS);
  return true;
}
