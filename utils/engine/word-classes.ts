// One lookup per word tells every rule whether the word concerns it, so most words cost a single map hit.
import { ATTRIBUTION_VERBS, BY_PARTICIPLES, NUMBER_WORDS } from './lexicon';
import { PHRASE_RULES } from './phrases';

export const WordClass = {
  /** A verb of saying or believing ("said", "argue"). */
  Verb: 1,
  /** Opens a source frame: "according to", "citing", "per", "published in", "announced by". */
  Frame: 2,
  /** Can start or count a figure ("two", "dozens"). */
  Number: 4,
  /** Needed by one of the fixed phrase patterns. */
  Phrase: 8,
} as const;

const CLASSES = new Map<string, number>();
const mark = (word: string, flag: number) => CLASSES.set(word, (CLASSES.get(word) ?? 0) | flag);
for (const w of ATTRIBUTION_VERBS) mark(w, WordClass.Verb);
for (const w of ['according', 'citing', 'per', ...BY_PARTICIPLES]) mark(w, WordClass.Frame);
for (const w of NUMBER_WORDS) mark(w, WordClass.Number);
for (const rule of PHRASE_RULES) for (const w of rule.triggers) mark(w, WordClass.Phrase);

export function wordClass(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}
