// References across sentences: "he said", "the official added", "they argue", "the study found" take the kind of
// what they refer to. Named stays named; a person first introduced without a name stays anonymous, however
// they are called later; and a reference with nothing to refer to is judged on its own words.
import * as lexicon from './lexicon';
import type { SourceKind, SourceClass } from './classify-source';
import type { SourceSpecificity } from './types';

const { INSTITUTIONS, isPeoplePlural, PERSON_ROLES, SPOKESPEOPLE } = lexicon;

/** Someone or something the article has mentioned as a source, in the order the article mentions them. */
export interface Mention {
  kind: SourceKind;
  specificity: SourceSpecificity | undefined;
  /** The phrase as the article put it. */
  text: string;
  /** Lower-case singular head noun ("official", "study"), or "" for a name. */
  head: string;
  plural: boolean;
  paragraph: number;
  sentence: number;
  /** Anonymous sources only: whether the article said why the source is unnamed. */
  anonymityReasonGiven: boolean | undefined;
}

export interface Resolution extends SourceClass {
  /** The earlier mention it refers to. */
  antecedent: Mention;
}

const SINGULAR_PERSON_PRONOUNS = new Set(['he', 'she']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
// Titles that on their own name one office holder ("the president"): already named by their own words.
const ROLE_WORDS = new Set([...PERSON_ROLES, ...SPOKESPEOPLE, 'candidate', 'spokesman', 'spokeswoman', 'spokesperson']);
// A reference reaches back over its own paragraph and the one before.
const PARAGRAPH_REACH = 1;

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** What a source phrase is, as a reference: a pronoun, a definite description with its head, or neither. */
export function referenceShape(words: readonly string[]): { pronoun?: string; head?: string; plural?: boolean } | null {
  if (words.length === 1) {
    const w = words[0] as string;
    if (SINGULAR_PERSON_PRONOUNS.has(w) || w === 'they') return { pronoun: w };
    return null;
  }
  if (!DEFINITE.has(words[0] as string) || words.length > 4) return null;
  const last = words[words.length - 1] as string;
  const head = singular(last);
  if (!ROLE_WORDS.has(head) && !INSTITUTIONS.has(last) && !INSTITUTIONS.has(head) && !isPeoplePlural(last)) return null;
  return { head, plural: head !== last };
}

/** The head noun of a freshly introduced source phrase, for later references to find it by. */
export function headOf(words: readonly string[]): { head: string; plural: boolean } {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = (words[k] as string).replace(/['’]s$/, '');
    const s = singular(w);
    if (ROLE_WORDS.has(s) || INSTITUTIONS.has(w) || INSTITUTIONS.has(s) || isPeoplePlural(w)) return { head: s, plural: s !== w };
  }
  return { head: '', plural: false };
}

const within = (m: Mention, paragraph: number) => paragraph - m.paragraph <= PARAGRAPH_REACH;

/**
 * What a reference refers to, among `earlier` mentions (in article order), or null when it refers to nothing
 * the article has introduced and must be judged on its own words.
 * `nextNamed`: the next sentence names someone ("the study", then "The study, by Pew, …").
 */
export function resolveReference(
  shape: { pronoun?: string; head?: string; plural?: boolean },
  earlier: readonly Mention[],
  paragraph: number,
  nextNamed: Mention | undefined,
): Resolution | null {
  const as = (m: Mention): Resolution => ({ kind: m.kind, specificity: m.specificity, antecedent: m });
  if (shape.pronoun) {
    const plural = shape.pronoun === 'they';
    for (let k = earlier.length - 1; k >= 0; k--) {
      const m = earlier[k] as Mention;
      if (!within(m, paragraph)) break;
      if (m.plural === plural && (m.head === '' || ROLE_WORDS.has(m.head) || plural)) return as(m);
    }
    return null;
  }
  // A description the article first gave without a name stays unnamed: "a senior official … the official said".
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k] as Mention;
    if (m.head === shape.head && m.kind !== 'named-source') return as(m);
    if (m.head === shape.head && within(m, paragraph)) return as(m);
  }
  // Otherwise a name nearby is what "the official" or "the report" stands for.
  for (let k = earlier.length - 1; k >= 0; k--) {
    const m = earlier[k] as Mention;
    if (!within(m, paragraph)) break;
    if (m.kind === 'named-source' && m.plural === !!shape.plural) return as(m);
  }
  return nextNamed ? as(nextNamed) : null;
}
