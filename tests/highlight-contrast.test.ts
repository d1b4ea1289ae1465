// Highlights must keep the page's own text legible on light and dark pages (WCAG 1.4.3, 4.5:1), and each
// kind must be told apart without relying on colour alone (WCAG 1.4.1 / 1.4.11): either its underline
// colour stands out from a light page (3:1) or, in any case, every kind has its own underline style.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KIND_DESCRIPTIONS } from '../utils/kinds';

type Rgb = [number, number, number];
type Rgba = [number, number, number, number];

const CSS = readFileSync(join(import.meta.dirname, '../utils/highlight/marks.css'), 'utf8');
const KINDS = Object.keys(KIND_DESCRIPTIONS);

const LIGHT_PAGE: Rgb = [0xff, 0xff, 0xff];
const DARK_PAGE: Rgb = [0x12, 0x12, 0x12];
const LIGHT_PAGE_TEXT: Rgb = [0x1f, 0x1f, 0x1f];
const DARK_PAGE_TEXT: Rgb = [0xe8, 0xe8, 0xe8];

/** The declarations of the rule for one kind, by property name. */
function declarationsFor(kind: string): Record<string, string> {
  const rule = new RegExp(`sourcelight-mark\\[data-sourcelight-kind=['"]${kind}['"]\\]\\s*\\{([^}]*)\\}`).exec(CSS);
  if (!rule) throw new Error(`marks.css has no rule for ${kind}`);
  const declarations: Record<string, string> = {};
  for (const declaration of rule[1]!.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return declarations;
}

function parseColor(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(value);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  throw new Error(`unsupported colour ${value}`);
}

/** Source-over compositing of a translucent colour on an opaque backdrop. */
function composite([r, g, b, a]: Rgba, backdrop: Rgb): Rgb {
  return [r * a + backdrop[0] * (1 - a), g * a + backdrop[1] * (1 - a), b * a + backdrop[2] * (1 - a)];
}

/** WCAG 2.x relative luminance of an sRGB colour (channels 0–255). */
function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const opaque = ([r, g, b]: Rgba): Rgb => [r, g, b];

const STYLES = KINDS.map((kind) => declarationsFor(kind)['text-decoration-style']);
const STYLES_ALL_DIFFER = new Set(STYLES).size === KINDS.length && STYLES.every(Boolean);

describe('WCAG helpers', () => {
  test('match the reference values', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
    expect(contrast([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(composite([0, 0, 0, 0.5], [255, 255, 255])).toEqual([127.5, 127.5, 127.5]);
  });
});

describe('highlight colours (marks.css)', () => {
  test('every kind has its own underline style, the cue named in the legend', () => {
    expect(STYLES_ALL_DIFFER, `text-decoration-style per kind: ${STYLES.join(', ')}`).toBe(true);
    KINDS.forEach((kind, i) => expect(KIND_DESCRIPTIONS[kind as keyof typeof KIND_DESCRIPTIONS].cue).toBe(`${STYLES[i]} underline`));
  });

  test.each(KINDS)('%s: body text stays legible on its background, light and dark pages', (kind) => {
    const background = parseColor(declarationsFor(kind)['background-color']!);
    expect(background[3], 'background must be translucent so the page shows through').toBeLessThan(1);
    const onLight = contrast(LIGHT_PAGE_TEXT, composite(background, LIGHT_PAGE));
    const onDark = contrast(DARK_PAGE_TEXT, composite(background, DARK_PAGE));
    expect(onLight, `#1f1f1f text on ${kind} over #ffffff`).toBeGreaterThanOrEqual(4.5);
    expect(onDark, `#e8e8e8 text on ${kind} over #121212`).toBeGreaterThanOrEqual(4.5);
  });

  test.each(KINDS)('%s: underline is a non-colour cue or stands out at 3:1 on a light page', (kind) => {
    const underline = opaque(parseColor(declarationsFor(kind)['text-decoration-color']!));
    const onLight = contrast(underline, LIGHT_PAGE);
    expect(onLight >= 3 || STYLES_ALL_DIFFER, `${kind} underline contrast on #ffffff is ${onLight.toFixed(2)}:1 and styles are not all different`).toBe(true);
  });
});
