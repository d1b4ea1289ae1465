// The explanation shown when a highlight is hovered or focused. It lives in a shadow root on an element
// of our own outside <body>, so page CSS cannot reach it and its CSS cannot reach the page; page text
// only ever enters it as textContent.
import type { Finding } from '../engine/types';
import { KIND_DESCRIPTIONS } from '../kinds';
import { INDEX_ATTRIBUTE, MARK_ELEMENT } from './highlight';
import { isOnDarkBackground } from './page-background';

export const UI_ELEMENT = 'sourcelight-ui';

const SPECIFICITY_TEXT = {
  bare: 'Described only as "sources": the vaguest kind of anonymous source.',
  generic: 'Described generically: the reader learns little about who this is.',
  specific: 'Described specifically: position and involvement are given.',
} as const;

// Dark on a light page, light on a dark one: the page under the tooltip decides, not the system's theme.
const STYLE = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: 320px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  background: #1f2328; color: #f6f8fa; border: 1px solid #1f2328; box-shadow: 0 6px 24px rgba(0,0,0,.28); pointer-events: none; }
.tip[hidden] { display: none; }
.kind { font-weight: 700; display: block; margin-bottom: 2px; }
.phrase { font-style: italic; display: block; margin-bottom: 6px; color: #d0d7de; }
.detail { display: block; margin-top: 4px; color: #d0d7de; }
.tip.on-dark { background: #f6f8fa; color: #1f2328; border-color: #d0d7de; box-shadow: 0 6px 24px rgba(0,0,0,.6); }
.tip.on-dark .phrase, .tip.on-dark .detail { color: #424a53; }
`;

export interface Tooltip {
  dispose(): void;
}

/**
 * Shows each finding's explanation on hover and keyboard focus of its highlight. Its element is made on
 * the first hover or focus, not with the highlights: a scan adds nothing to the page outside them.
 */
export function attachTooltip(doc: Document, findingAt: (index: number) => Finding | undefined): Tooltip {
  let ui: { host: HTMLElement; tip: HTMLElement } | null = null;
  const makeUi = () => {
    const host = doc.createElement(UI_ELEMENT);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    shadow.append(style, tip);
    // Outside <body>, so the page's own body content is untouched.
    doc.documentElement.append(host);
    return { host, tip };
  };

  const line = (className: string, text: string) => {
    const span = doc.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };

  const show = (mark: Element) => {
    const finding = findingAt(Number(mark.getAttribute(INDEX_ATTRIBUTE)));
    if (!finding) return;
    const { tip } = (ui ??= makeUi());
    const parts = [line('kind', KIND_DESCRIPTIONS[finding.kind].label), line('phrase', `“${finding.text}”`), line('reason', finding.reason)];
    if (finding.kind === 'anonymous-source') {
      if (finding.specificity) parts.push(line('detail', SPECIFICITY_TEXT[finding.specificity]));
      parts.push(line('detail', finding.anonymityReasonGiven ? 'The article says why the source is not named.' : 'The article does not say why the source is not named.'));
    }
    tip.replaceChildren(...parts);
    // The mark's own tint is ours: the page's colour is what lies behind its parent.
    tip.classList.toggle('on-dark', isOnDarkBackground(mark.parentElement ?? mark));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const view = doc.documentElement.clientWidth;
    tip.style.left = `${Math.max(8, Math.min(box.left, view - 330))}px`;
    const below = box.bottom + 8;
    tip.style.top = `${below + tip.offsetHeight > doc.documentElement.clientHeight ? Math.max(8, box.top - tip.offsetHeight - 8) : below}px`;
  };
  const hide = () => {
    if (ui) ui.tip.hidden = true;
  };

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(MARK_ELEMENT) : null);
  const onEnter = (event: Event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  };
  const onLeave = (event: Event) => {
    if (markOf(event.target)) hide();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  // Passive, capture-phase listeners on the document: the page's own handlers see every event as before.
  const options = { capture: true, passive: true };
  const listeners: [string, (event: Event) => void][] = [
    ['mouseover', onEnter],
    ['focusin', onEnter],
    ['mouseout', onLeave],
    ['focusout', onLeave],
    ['keydown', (event) => onKey(event as KeyboardEvent)],
    ['scroll', hide],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, options);

  return {
    dispose() {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, options);
      ui?.host.remove();
      ui = null;
    },
  };
}
