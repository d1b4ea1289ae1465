// Text in, findings out: sentence by sentence, then the reader's options, then one finding per stretch.
import { classifySource } from './classify-source';
import { findFigures } from './figures';
import { mergePreferring, resolveOverlaps } from './overlaps';
import { givesAnonymityReason, PHRASE_RULES, type PhraseRule } from './phrases';
import { findReaderPhrases, isIgnored } from './reader-phrases';
import { anonymousReason, REASONS, WEAKLY_SOURCED_FIGURE } from './reasons';
import { splitSentencesSteps, type Span } from './sentences';
import { findSources } from './sources';
import { tokenize, WordClass, type Token } from './tokens';
import type { AnalyzeOptions, Finding, FindingKind, SourceSpecificity } from './types';
import { runSteps, STEP, type Steps } from '../steps';

interface Attribution extends Span {
  kind: Exclude<FindingKind, 'unverified-figure'>;
  specificity?: SourceSpecificity;
}

// Read once into module constants: under a CommonJS loader (tsx) each read of an imported binding is a getter call.
const OPENS_ATTRIBUTION = WordClass.Verb | WordClass.Frame;
const PHRASE_TRIGGER = WordClass.Phrase;
const OPENS_FIGURE = WordClass.Figure;

// Which phrase rules each word can trigger, so a sentence only runs the patterns it could match.
const RULES_BY_TRIGGER = new Map<string, PhraseRule[]>();
for (const rule of PHRASE_RULES) {
  for (const word of rule.triggers) RULES_BY_TRIGGER.set(word, [...(RULES_BY_TRIGGER.get(word) ?? []), rule]);
}

/** `classes`: the `WordClass` bits of the sentence's words, together. */
function attributionsIn(text: string, sentence: Span, tokens: readonly Token[], classes: number): Attribution[] {
  const found: Attribution[] = classes & OPENS_ATTRIBUTION ? findSources(tokens, sentence.start) : [];
  if ((classes & PHRASE_TRIGGER) === 0) return found;
  let triggered: Set<PhraseRule> | undefined;
  for (const t of tokens) {
    if (t.flags & PHRASE_TRIGGER) for (const rule of RULES_BY_TRIGGER.get(t.lower) as PhraseRule[]) (triggered ??= new Set()).add(rule);
  }
  if (!triggered) return found;
  const body = text.slice(sentence.start, sentence.end);
  const hasAnonymous = found.some((a) => a.kind === 'anonymous-source');
  for (const rule of triggered) {
    // The anonymity formulas only stand alone when no source phrase already carries them.
    if (rule.kind === 'anonymous-source' && hasAnonymous) continue;
    // exec rather than matchAll, which copies the pattern on every call.
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // "a senior political source" says more about the source than "the source".
      const specificity = rule.kind === 'anonymous-source' ? (classifySource(tokenize(text, start, end), sentence.start)?.specificity ?? 'bare') : undefined;
      found.push({ kind: rule.kind, specificity, start, end });
    }
  }
  return found;
}

function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

function findingsInSentence(text: string, sentences: readonly Span[], s: number): Finding[] {
  const sentence = sentences[s] as Span;
  const tokens = tokenize(text, sentence.start, sentence.end);
  // A rule none of whose words the sentence has cannot match in it.
  let classes = 0;
  for (const t of tokens) classes |= t.flags;
  if (classes === 0) return [];
  const attributions = attributionsIn(text, sentence, tokens, classes);
  const out: Finding[] = [];
  let reasonGiven: boolean | undefined;
  for (const a of attributions) {
    const finding: Finding = { kind: a.kind, start: a.start, end: a.end, text: text.slice(a.start, a.end), reason: '' };
    if (a.kind === 'anonymous-source') {
      // The reason for anonymity often follows in the same sentence or the next one.
      const next = sentences[s + 1];
      reasonGiven ??= givesAnonymityReason(text.slice(sentence.start, next && !text.slice(sentence.end, next.start).includes('\n') ? next.end : sentence.end));
      finding.specificity = a.specificity ?? 'generic';
      finding.anonymityReasonGiven = reasonGiven;
      finding.reason = anonymousReason(finding.specificity, reasonGiven);
    } else finding.reason = REASONS[a.kind];
    out.push(finding);
  }
  for (const figure of classes & OPENS_FIGURE ? findFigures(text, sentence, tokens) : []) {
    // A figure takes the nearest attribution in its sentence: sourced only if that one is named.
    let nearest: Attribution | undefined;
    for (const a of attributions) if (!nearest || distance(a, figure) < distance(nearest, figure)) nearest = a;
    if (nearest?.kind === 'named-source') continue;
    out.push({
      kind: 'unverified-figure',
      start: figure.start,
      end: figure.end,
      text: text.slice(figure.start, figure.end),
      reason: nearest ? WEAKLY_SOURCED_FIGURE : REASONS['unverified-figure'],
    });
  }
  return out;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Finding[] {
  return runSteps(analyzeTextSteps(text, options));
}

/** `analyzeText` as steps: it pauses every `STEP` sentences, for a caller that gives the page its turn. */
export function* analyzeTextSteps(text: string, options: AnalyzeOptions = {}): Steps<Finding[]> {
  const { kinds, ignorePhrases, extraPhrases } = options;
  const wanted = (f: Finding) => (!kinds || kinds.includes(f.kind)) && !(ignorePhrases?.length && isIgnored(f, ignorePhrases));
  const sentences = yield* splitSentencesSteps(text);
  const found: Finding[] = [];
  for (let s = 0; s < sentences.length; s++) {
    for (const f of findingsInSentence(text, sentences, s)) if (wanted(f)) found.push(f);
    if (s % STEP === STEP - 1) yield;
  }
  const engine = resolveOverlaps(found);
  if (!extraPhrases) return engine;
  // The reader's own phrases are flagged wherever they occur, so they win over the engine's findings.
  return mergePreferring(resolveOverlaps(findReaderPhrases(text, extraPhrases).filter(wanted)), engine);
}
