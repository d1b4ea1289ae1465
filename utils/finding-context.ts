// A few words of each finding's sentence, so the popup can show where a phrase stands and two mentions of
// the same words are told apart.
import type { Finding } from './engine/types';

export interface FindingContext {
  /** Words before the finding, from its sentence; starts with "…" when the sentence goes on before them. */
  before: string;
  /** Words after it, up to the sentence's end; ends with "…" when the sentence goes on after them. */
  after: string;
}

/** Characters of context on each side, at most, before cutting back to a whole word. */
const REACH = 40;

const tidy = (text: string) => text.replace(/\s+/g, ' ');

function wordsBefore(text: string, start: number): string {
  const from = Math.max(0, start - REACH);
  let window = text.slice(from, start);
  // A sentence or paragraph ends inside the window: keep only what follows it.
  const ends = [...window.matchAll(/[.!?]["”’)\]]*\s|\n/g)];
  const lastEnd = ends.at(-1);
  if (lastEnd) return tidy(window.slice(lastEnd.index! + lastEnd[0].length)).trimStart();
  if (from === 0) return tidy(window).trimStart();
  // Cut mid-sentence: drop the partial first word.
  const space = window.search(/\s/);
  window = space < 0 ? '' : window.slice(space);
  return `…${tidy(window).trimStart()}`;
}

function wordsAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + REACH);
  const window = text.slice(end, to);
  const sentenceEnd = /[.!?]["”’)\]]*(?=\s|$)|\n/.exec(window);
  if (sentenceEnd) return tidy(window.slice(0, sentenceEnd.index + (sentenceEnd[0] === '\n' ? 0 : sentenceEnd[0].length))).trimEnd();
  if (to === text.length) return tidy(window).trimEnd();
  const space = window.search(/\s\S*$/);
  return `${tidy(space < 0 ? '' : window.slice(0, space)).trimEnd()}…`;
}

/** Each finding's context in `text`, the text the findings' offsets point into. */
export function findingContexts(text: string, findings: readonly Finding[]): FindingContext[] {
  return findings.map((finding) => ({ before: wordsBefore(text, finding.start), after: wordsAfter(text, finding.end) }));
}
