// Text in, findings out: sentence by sentence, then the reader's options, then one finding per stretch.
import { findFigures } from './figures';
import { resolveOverlaps } from './overlaps';
import { givesAnonymityReason, PHRASE_RULES, type PhraseRule } from './phrases';
import { findReaderPhrases, isIgnored } from './reader-phrases';
import { anonymousReason, REASONS, WEAKLY_SOURCED_FIGURE } from './reasons';
import { splitSentences, type Span } from './sentences';
import { findSources } from './sources';
import { tokenize, type Token } from './tokens';
import type { AnalyzeOptions, Finding, FindingKind, SourceSpecificity } from './types';

interface Attribution extends Span {
  kind: Exclude<FindingKind, 'unverified-figure'>;
  specificity?: SourceSpecificity;
}

// Which phrase rules each word can trigger, so a sentence only runs the patterns it could match.
const RULES_BY_TRIGGER = new Map<string, PhraseRule[]>();
for (const rule of PHRASE_RULES) {
  for (const word of rule.triggers) RULES_BY_TRIGGER.set(word, [...(RULES_BY_TRIGGER.get(word) ?? []), rule]);
}

function attributionsIn(text: string, sentence: Span, tokens: readonly Token[]): Attribution[] {
  const found: Attribution[] = findSources(tokens, sentence.start);
  const triggered = new Set<PhraseRule>();
  for (const t of tokens) for (const rule of RULES_BY_TRIGGER.get(t.lower) ?? []) triggered.add(rule);
  if (triggered.size === 0) return found;
  const body = text.slice(sentence.start, sentence.end);
  const hasAnonymous = found.some((a) => a.kind === 'anonymous-source');
  for (const rule of triggered) {
    // The anonymity formulas only stand alone when no source phrase already carries them.
    if (rule.kind === 'anonymous-source' && hasAnonymous) continue;
    rule.pattern.lastIndex = 0;
    for (const m of body.matchAll(rule.pattern)) {
      found.push({
        kind: rule.kind,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        specificity: rule.kind === 'anonymous-source' ? 'bare' : undefined,
      });
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
  const attributions = attributionsIn(text, sentence, tokens);
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
  for (const figure of findFigures(text, sentence, tokens)) {
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
  const sentences = splitSentences(text);
  let findings: Finding[] = [];
  for (let s = 0; s < sentences.length; s++) findings.push(...findingsInSentence(text, sentences, s));
  if (options.extraPhrases) findings.push(...findReaderPhrases(text, options.extraPhrases));
  const { kinds, ignorePhrases } = options;
  if (kinds) findings = findings.filter((f) => kinds.includes(f.kind));
  if (ignorePhrases?.length) findings = findings.filter((f) => !isIgnored(f, ignorePhrases));
  return resolveOverlaps(findings);
}
