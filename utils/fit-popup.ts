// Browsers size a popup to its content, up to 600 px tall, and shorter still when the screen has less room
// below the toolbar. Content taller than the window then scrolls as a whole page, the switch and the
// actions with it. Once the window has settled shorter than the content, the popup is capped at the
// window's height (CSS variable --window-height), so only the list of findings gives up room and scrolls.
// CSS alone cannot: a height in vh caps the content at whatever size the window had while it was still
// growing to fit it, and the popup then never grows past that.

/** The window grows to fit its content in a frame or two: an overflow that lasts this long is the browser's limit. */
const SETTLE_MS = 250;

export function fitPopupToWindow(view: Window): () => void {
  const root = view.document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cap = Infinity;
  const check = () => {
    // The window grew past the cap (a bigger screen, a tab resized): let the content ask for its height again.
    if (view.innerHeight > cap) {
      cap = Infinity;
      root.style.removeProperty('--window-height');
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (root.scrollHeight <= view.innerHeight + 1) return;
      cap = view.innerHeight;
      root.style.setProperty('--window-height', `${cap}px`);
    }, SETTLE_MS);
  };
  const content = new ResizeObserver(check);
  content.observe(view.document.body);
  view.addEventListener('resize', check);
  return () => {
    clearTimeout(timer);
    content.disconnect();
    view.removeEventListener('resize', check);
  };
}
