// The colour a piece of page text actually sits on, so our tooltip can be drawn to stand out from it:
// a page's own background, not the system's dark mode, decides whether the page looks light or dark.

type Rgba = number[];

/** What the browser paints behind everything: white, unless the page asks for a dark colour scheme only. */
const canvasColor = (doc: Document): Rgba => (doc.defaultView?.getComputedStyle(doc.documentElement).colorScheme === 'dark' ? [18, 18, 18, 1] : [255, 255, 255, 1]);

/** The colour behind `element`'s content: its and its ancestors' backgrounds, see-through ones blended, over the canvas. */
export function backgroundBehind(element: Element): Rgba {
  const view = element.ownerDocument.defaultView!;
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at; at = at.parentElement) {
    // Computed colours read "rgb(r, g, b)" or "rgba(r, g, b, a)"; another notation counts as none.
    const channels = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(view.getComputedStyle(at).backgroundColor);
    const alpha = channels ? Number(channels[4] ?? 1) : 0;
    if (alpha > 0) layers.push([Number(channels![1]), Number(channels![2]), Number(channels![3]), alpha]);
    if (alpha >= 1) break;
  }
  let color = layers.at(-1)?.[3] === 1 ? layers.pop()! : canvasColor(element.ownerDocument);
  for (const layer of layers.reverse()) color = color.map((c, k) => (k < 3 ? layer[k]! * layer[3]! + c * (1 - layer[3]!) : 1));
  return color;
}

/**
 * Dark when its brightness (0.299 R + 0.587 G + 0.114 B) is under 118 of 255: about where black and white
 * text have the same contrast on it (a relative luminance near 0.18).
 */
export function isOnDarkBackground(element: Element): boolean {
  const [r, g, b] = backgroundBehind(element);
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 118;
}
