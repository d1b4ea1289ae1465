// The contract of ArticleText, checked: the tests and the body evaluation both run it on every page.
import { isSpace } from './white-space';
import type { ArticleText } from './types';

/** Every way `article` breaks the contract in types.ts; empty when it keeps it. */
export function findSegmentViolations(article: ArticleText): string[] {
  const problems: string[] = [];
  const { text, segments, root } = article;
  let covered = 0;
  for (const [i, s] of segments.entries()) {
    const where = `segment ${i} [${s.start}, ${s.end})`;
    if (s.start < covered || s.end <= s.start) problems.push(`${where} overlaps or is empty`);
    for (let c = covered; c < s.start; c++) {
      if (text[c] !== '\n') problems.push(`${where}: uncovered ${JSON.stringify(text[c])} at ${c}`);
    }
    covered = Math.max(covered, s.end);
    const scanned = text.slice(s.start, s.end);
    const source = s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start));
    const collapsed = scanned === ' ' && s.nodeOffset < s.node.data.length && isSpace(s.node.data.charCodeAt(s.nodeOffset));
    if (scanned !== source && !collapsed) {
      problems.push(`${where}: ${JSON.stringify(scanned)} is ${JSON.stringify(source)} in its node`);
    }
    if (!root.contains(s.node)) problems.push(`${where}: node outside root`);
  }
  for (let c = covered; c < text.length; c++) {
    if (text[c] !== '\n') problems.push(`uncovered ${JSON.stringify(text[c])} at ${c}`);
  }
  for (const [i, line] of text.split('\n').entries()) {
    if (text.length > 0 && (line === '' || line !== line.trim() || line.includes('  '))) {
      problems.push(`line ${i} is empty or has stray spaces: ${JSON.stringify(line.slice(0, 60))}`);
    }
  }
  return problems;
}
