// The reader's own settings: phrases always to flag, and phrases never to flag.
import { readerPhraseReason } from './reasons';
import type { Finding, FindingKind } from './types';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive matches of the reader's phrases, as findings of the chosen kind. */
export function findReaderPhrases(text: string, extra: Partial<Record<FindingKind, readonly string[]>>): Finding[] {
  const out: Finding[] = [];
  for (const [kind, phrases] of Object.entries(extra) as [FindingKind, readonly string[] | undefined][]) {
    const alternatives = (phrases ?? [])
      .map((p) => p.trim().replace(/\s+/g, ' '))
      .filter((p) => p.length > 0)
      .map(escapeRegExp);
    if (alternatives.length === 0) continue;
    // Letters or digits may not touch either end, so "rumour" does not fire inside "rumours".
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      out.push({ kind, start, end: start + m[0].length, text: m[0], reason: readerPhraseReason(kind) });
    }
  }
  return out;
}

export function isIgnored(finding: Finding, ignore: readonly string[]): boolean {
  const lower = finding.text.toLowerCase();
  return ignore.some((p) => p.trim() !== '' && lower.includes(p.trim().toLowerCase()));
}
