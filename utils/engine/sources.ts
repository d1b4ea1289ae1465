// Finds who a sentence attributes its claims to: "X said", "said X", "according to X", "citing X", "by X".
import { classifySource, type SourceClass } from './classify-source';
import { ATTRIBUTION_VERBS, BETWEEN_SOURCE_AND_VERB, CLAUSE_WORDS, CROWDS, NOT_A_NAME, PERSON_ROLES } from './lexicon';
import type { Token } from './tokens';

export interface SourceMatch extends SourceClass {
  start: number;
  end: number;
}

const MAX_PHRASE_WORDS = 9;
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Past participles that credit a figure or claim to whoever comes after "by".
const BY_PARTICIPLES = new Set([
  'announced', 'reported', 'confirmed', 'estimated', 'released', 'published', 'obtained', 'seen', 'cited', 'touted',
  'criticized', 'criticised', 'stated', 'claimed', 'described', 'calculated', 'compiled', 'measured', 'provided',
  'disclosed', 'revealed', 'issued', 'commissioned', 'conducted', 'filed', 'posted', 'shared', 'tweeted', 'written',
]);
// Whom an unnamed person tells things to when they are the reporter's informant, not a participant in events.
const PRESS = new Set(['me', 'us', 'reporters', 'journalists', 'the', 'a', 'an', 'that', 'this']);
const PRESS_NOUNS = new Set(['outlet', 'newspaper', 'paper', 'magazine', 'network', 'station', 'agency', 'site', 'broadcaster', 'program', 'programme', 'podcast', 'channel', 'publication', 'reporter', 'journalist']);
const LY_ADVERB = /^\p{L}+ly$/u;
// Verbs that are as often nouns: after a determiner they head a source phrase ("the NBC report indicates").
const NOUN_LIKE = new Set(['report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'notes', 'fear', 'fears', 'forecast', 'statement', 'find', 'finds']);
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'new', 'recent', 'many', 'some', 'local', 'news', 'media', 'earlier', 'latest', 'previous', 'initial', 'such', 'other', 'several', 'unconfirmed', 'press', 'official']);
// Words a source phrase cannot start with: "with some members of Congress insisting" is about the members.
const NOT_AN_OPENING = new Set(['with', 'for', 'in', 'on', 'at', 'by', 'from', 'into', 'amid', 'among', 'like', 'about', 'against', 'over', 'under', 'despite', 'during', 'without', 'to', 'and', 'or', 'of', 'even', 'just', 'only']);
const STOP_AFTER = new Set(['said', 'says', 'told', 'tells', 'added']);

function nounLike(tokens: readonly Token[], j: number): boolean {
  const t = at(tokens, j);
  const prev = at(tokens, j - 1);
  return t !== undefined && NOUN_LIKE.has(t.lower) && isWord(prev) && (NOUN_OPENERS.has(prev.lower) || prev.capitalized || POSSESSIVE.test(prev.lower));
}
const POSSESSIVE = /['’]s$/;

// Past either end of a sentence there is only an edge, which behaves like punctuation.
const EDGE: Token = { text: '', lower: '', start: 0, end: 0, boundary: true, capitalized: false, endsSentence: false };
const at = (tokens: readonly Token[], i: number): Token => tokens[i] ?? EDGE;
const isWord = (t: Token): boolean => !t.boundary;

function skipBetween(tokens: readonly Token[], j: number): number {
  for (let skipped = 0; skipped < 4 && j >= 0; skipped++) {
    const t = at(tokens, j);
    if (isWord(t) && (BETWEEN_SOURCE_AND_VERB.has(t.lower) || (LY_ADVERB.test(t.lower) && !t.capitalized))) j--;
    // ", meanwhile," and ", however," sit between a source and its verb.
    else if (t.text === ',' && isWord(at(tokens, j - 1)) && BETWEEN_SOURCE_AND_VERB.has(at(tokens, j - 1).lower) && at(tokens, j - 2).text === ',') j -= 3;
    else break;
  }
  return j;
}

/** Words of the phrase ending at token j, walking back to a boundary or a clause word. */
function phraseBefore(tokens: readonly Token[], j: number): Token[] {
  const words: Token[] = [];
  while (j >= 0 && words.length < MAX_PHRASE_WORDS) {
    const t = at(tokens, j);
    if (t.text === ')') {
      // Step over a parenthesis: "Home Depot (ticker: HD) reported".
      let k = j - 1;
      while (k >= 0 && j - k < 12 && at(tokens, k).text !== '(') k--;
      if (k < 0 || at(tokens, k).text !== '(') break;
      j = k - 1;
      continue;
    }
    if (!isWord(t) || t.endsSentence || (ATTRIBUTION_VERBS.has(t.lower) && !nounLike(tokens, j))) break;
    if (CLAUSE_WORDS.has(t.lower)) {
      // "analysts who have done the calculations say": the relative clause belongs to the source.
      const before = at(tokens, j - 1);
      if (t.lower === 'who' && isWord(before) && (CROWDS.has(before.lower) || PERSON_ROLES.has(before.lower))) {
        words.unshift(t);
        j--;
        continue;
      }
      break;
    }
    words.unshift(t);
    j--;
  }
  while (words.length && NOT_AN_OPENING.has(at(words, 0).lower)) words.shift();
  return words;
}

/** Words of the phrase starting at token j, up to a boundary, clause word or sentence end. */
function phraseAfter(tokens: readonly Token[], j: number, maxWords = MAX_PHRASE_WORDS): Token[] {
  const words: Token[] = [];
  for (; j < tokens.length && words.length < maxWords; j++) {
    const t = at(tokens, j);
    if (!isWord(t) || CLAUSE_WORDS.has(t.lower) || STOP_AFTER.has(t.lower)) break;
    words.push(t);
    if (t.endsSentence) break;
  }
  return words;
}

/** "Two informed sources and a former US official" are two sources; "Vindman and Williams" one named pair. */
function splitConjoined(words: Token[], sentenceStart: number): { words: Token[]; cls: SourceClass }[] {
  const whole = classifySource(words, sentenceStart);
  const parts: Token[][] = [[]];
  for (const w of words) {
    if (w.lower === 'and' || w.lower === 'or') parts.push([]);
    else parts[parts.length - 1]?.push(w);
  }
  if (parts.length > 1 && parts.every((p) => p.length > 0)) {
    const classes = parts.map((p) => classifySource(p, sentenceStart));
    if (classes.some((c) => c?.kind === 'anonymous-source') && classes.every((c) => c && c.kind !== 'named-source')) {
      return parts.map((p, k) => ({ words: p, cls: classes[k] as SourceClass }));
    }
  }
  return whole ? [{ words, cls: whole }] : [];
}

function emit(out: SourceMatch[], words: Token[], sentenceStart: number, lead?: Token, verb?: Token): void {
  for (const { words: part, cls } of splitConjoined(words, sentenceStart)) {
    const first = at(part, 0);
    const last = at(part, part.length - 1);
    let start = first.start;
    let end = last.endsSentence ? last.end - 1 : last.end;
    if (lead && part === words) start = Math.min(start, lead.start);
    // A named source's span includes its verb ("John Kirby said"); an unnamed one is the phrase itself.
    if (cls.kind === 'named-source' && verb) {
      start = Math.min(start, verb.start);
      end = Math.max(end, verb.end);
    }
    out.push({ ...cls, start, end });
  }
}

function toldThePress(tokens: readonly Token[], verbIndex: number): boolean {
  const next = at(tokens, verbIndex + 1);
  if (!isWord(next)) return true;
  if (next.capitalized && !NOT_A_NAME.has(next.lower)) return true;
  if (!PRESS.has(next.lower)) return false;
  if (next.lower === 'the' || next.lower === 'a' || next.lower === 'an') {
    const noun = at(tokens, verbIndex + 2);
    return isWord(noun) && (PRESS_NOUNS.has(noun.lower) || (noun.capitalized && !NOT_A_NAME.has(noun.lower)));
  }
  return true;
}

function matchVerb(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  const verb = at(tokens, i);
  const prev = at(tokens, i - 1);
  const next = at(tokens, i + 1);
  if (verb.capitalized && verb.start !== sentenceStart) return; // "the United States"
  if (isWord(prev) && NOUN_LIKE.has(verb.lower) && !prev.capitalized && nounLike(tokens, i)) return; // "the report"
  if (isWord(prev) && PASSIVE_BE.has(prev.lower)) return; // "is said to": a hedge, not a source
  if (verb.lower === 'reported' && next.lower === 'to') return; // "reported to him": a chain of command
  const isTold = verb.lower === 'told' || verb.lower === 'tells' || verb.lower === 'tell';

  if (!isWord(prev)) {
    // Inverted: "…,” said John Kirby" / "…, say experts".
    const after = phraseAfter(tokens, i + 1);
    const cls = after.length ? classifySource(after, sentenceStart) : null;
    if (cls && at(after, 0).lower !== 'that') {
      emit(out, after, sentenceStart, undefined, verb);
      return;
    }
    if (prev.text !== ',') return;
    // "Lucas Paganini, a NASA planetary scientist who led the work, said": skip the aside to its subject.
    let k = i - 2;
    while (k >= 0 && i - k < 30 && at(tokens, k).text !== ',' && !(at(tokens, k).boundary && at(tokens, k).text !== ',')) k--;
    if (k < 0 || at(tokens, k).text !== ',') return;
    const head = phraseBefore(tokens, k - 1);
    if (!head.length) return;
    const aside = tokens.slice(k + 1, i - 1).filter(isWord);
    const cls2 = classifySource(head, sentenceStart);
    if (!cls2) return;
    const start = at(head, 0).start;
    if (cls2.kind === 'anonymous-source') {
      // The aside describes the unnamed source, so it is part of the phrase and of its specificity.
      const whole = classifySource([...head, ...aside], sentenceStart);
      const end = at(aside.length ? aside : head, (aside.length ? aside : head).length - 1).end;
      out.push({ kind: 'anonymous-source', specificity: whole?.specificity ?? cls2.specificity, start, end });
    } else out.push({ ...cls2, start, end: cls2.kind === 'named-source' ? verb.end : at(head, head.length - 1).end });
    return;
  }

  const words = phraseBefore(tokens, skipBetween(tokens, i - 1));
  if (!words.length) return;
  const before = out.length;
  emit(out, words, sentenceStart, undefined, verb);
  const added = out.slice(before);
  if (isTold && added.some((m) => m.kind !== 'named-source') && !toldThePress(tokens, i)) {
    out.length = before; // "an officer told the girl": a participant, not an informant
    return;
  }
  if (isTold && !added.some((m) => m.kind === 'named-source') && isWord(next) && next.lower !== 'that') {
    // "an insider told the outlet", "a source told Reuters": the outlet is named even if its informant is not.
    const object = phraseAfter(tokens, i + 1, 5);
    const cls = classifySource(object, sentenceStart);
    if (cls?.kind === 'named-source' || (at(object, 0).lower === 'the' && PRESS_NOUNS.has(at(object, 1).lower))) {
      out.push({ kind: 'named-source', start: verb.start, end: at(object, object.length - 1).end });
    }
  }
}

/** Source phrases in one sentence, in no particular order and possibly overlapping. */
export function findSources(tokens: readonly Token[], sentenceStart: number): SourceMatch[] {
  const out: SourceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    if (t.boundary) continue;
    if (t.lower === 'according' && at(tokens, i + 1).lower === 'to') {
      const words = phraseAfter(tokens, i + 2, 12);
      if (words.length) emit(out, words, sentenceStart, t, t);
    } else if (t.lower === 'citing' || (t.lower === 'per' && at(tokens, i + 1).capitalized)) {
      const words = phraseAfter(tokens, i + 1, 12);
      if (words.length) emit(out, words, sentenceStart, t.lower === 'per' ? t : undefined, t);
    } else if (BY_PARTICIPLES.has(t.lower) && at(tokens, i + 1).lower === 'by') {
      const words = phraseAfter(tokens, i + 2, 8);
      if (words.length) emit(out, words, sentenceStart, undefined, t);
    } else if (t.lower === 'published' && at(tokens, i + 1).lower === 'in') {
      const words = phraseAfter(tokens, i + 2, 8);
      const cls = classifySource(words, sentenceStart);
      if (cls?.kind === 'named-source') out.push({ kind: 'named-source', start: t.start, end: at(words, words.length - 1).end });
    } else if (ATTRIBUTION_VERBS.has(t.lower)) {
      matchVerb(tokens, i, sentenceStart, out);
    }
  }
  return out;
}
