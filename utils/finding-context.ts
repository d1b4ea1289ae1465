// A few words of each finding's sentence, so the popup can show where a phrase stands and two mentions of
// the same words are told apart. The content script only cuts the text around each finding (it must stay
// small); the popup makes whole words and sentences of it.

/** The text on either side of a finding, as cut from the article. */
export interface FindingContext {
  before: string;
  after: string;
}

/** Characters of context on each side, at most, before cutting back to a whole word. */
const REACH = 40;

/** The text around each finding: REACH characters a side, and one more to tell whether a word was cut. */
export function findingContexts(text: string, findings: readonly { start: number; end: number }[]): FindingContext[] {
  return findings.map(({ start, end }) => ({ before: text.slice(Math.max(0, start - REACH - 1), start), after: text.slice(end, end + REACH + 1) }));
}

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/** The words before a finding, from its sentence; "…" first when the sentence goes on before them. */
function wordsBefore(cut: string): string {
  // A sentence or paragraph ends inside the window: keep only what follows it.
  const lastEnd = [...cut.matchAll(/[.!?]["”’)\]]*\s|\n/g)].at(-1);
  if (lastEnd) return tidy(cut.slice(lastEnd.index! + lastEnd[0].length)).trimStart();
  // The article starts inside the window.
  if (cut.length <= REACH) return tidy(cut).trimStart();
  // Cut mid-sentence: drop the word that may have been cut.
  const space = cut.search(/\s/);
  return `…${tidy(space < 0 ? '' : cut.slice(space)).trimStart()}`;
}

/** The words after a finding, up to its sentence's end; "…" last when the sentence goes on after them. */
function wordsAfter(cut: string): string {
  const sentenceEnd = /[.!?]["”’)\]]*(?=\s|$)|\n/.exec(cut);
  if (sentenceEnd) return tidy(cut.slice(0, sentenceEnd.index + (sentenceEnd[0] === '\n' ? 0 : sentenceEnd[0].length))).trimEnd();
  if (cut.length <= REACH) return tidy(cut).trimEnd();
  const space = cut.search(/\s\S*$/);
  return `${tidy(space < 0 ? '' : cut.slice(0, space)).trimEnd()}…`;
}

/** What the popup shows of a finding's context: whole words, never past its sentence. */
export const readableContext = ({ before, after }: FindingContext): FindingContext => ({ before: wordsBefore(before), after: wordsAfter(after) });
