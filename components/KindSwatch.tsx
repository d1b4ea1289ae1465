import { createElement } from 'preact';
import type { FindingKind } from '../utils/engine/types';

/** A sample of the page's own highlight for a kind, so the popup and the page speak one visual language. */
export function KindSwatch({ kind }: { kind: FindingKind }) {
  return createElement('sourcelight-mark', { 'data-sourcelight-kind': kind, 'aria-hidden': 'true', class: 'swatch' }, 'Aa');
}
