// Text in, findings out: sentence by sentence, then the reader's options, then one finding per stretch.
import { ANONYMITY_ASKED, BODY_PLURALS, classifySource, HONORIFICS, isProperName, SPOKESPEOPLE_PLURAL, TITLES } from './classify-source';
import { CUE_FORMS, isUnmarkedAct } from './cues';
import { findNumbers, isFigureClaim } from './numbers';
import { mergePreferring, resolveOverlaps } from './overlaps';
import { givesAnonymityReason, PHRASE_RULES, type PhraseRule } from './phrases';
import { findReaderPhrases, isIgnored } from './reader-phrases';
import { anonymousReason, REASONS, WEAKLY_SOURCED_FIGURE } from './reasons';
import { findQuotations, lastQuotationEndingBy, quotationAround, withTurns } from './quotations';
import { BY_PARTICIPLES, GROUP_PLURALS, INSTITUTIONS, isCrowdOfPeople, isPeoplePlural, isPersonNoun, isPersonRole, MONTHS, RECORD_CROWDS, REGIONS, VAGUE_DETERMINERS } from './lexicon';
import { bodyOpening, firstNameGender, genderClash, headOf, isContestRole, isPersonReference, notePronoun, noPronounsYet, oneOfThoseQuoted, onePersonsName, passingMentions, personNamedInPassing, PLURAL_PRONOUNS, recordsInPassing, referenceShape, resolveReference, SINGULAR_PERSON_PRONOUNS, surelyAPerson, type Mention, type PassingMention, type PronounsOfNames, type ReferenceShape, type WordBefore } from './references';
import { splitSentencesSteps, type Span } from './sentences';
import { isLetterCode, isSpaceCode, isUpperCode } from './letters';
import { fullSourcePhrase, withAtOfAtLeast } from './source-phrase';
import { afterDateline, findSources, isFiniteForm, isPastForm, isStanceCue, IT_SHOWS, NOT_SPEAKERS, openingSubject, opensViewFrame, SAYING_PARTICIPLES, tagsQuotation } from './sources';
import { capitalisedInText, firstTokenFrom, lettersEnd, MODAL_NAMES, tokenize, WordClass, type Token } from './tokens';
import type { AnalyzeOptions, Finding, FindingKind, ParsedAttribution, SourceSpecificity } from './types';
import { markNested } from './nesting';
import { runSteps, STEP, type Steps } from '../steps';

interface Attribution extends Span {
  kind: Exclude<FindingKind, 'unverified-figure'>;
  specificity?: SourceSpecificity;
  /** The source phrase and the cue, for the findings' sub-spans; cueStart is -1 without a cue. */
  sourceStart: number;
  sourceEnd: number;
  cueStart: number;
  cueEnd: number;
  /** Narrative, not sourcing ("endorsed", "I think"): an attribution the parser reports, never a finding. */
  narrative: boolean;
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

// The passive hedges of belief and hearsay ("was thought to", "are believed to", "is alleged to", "are feared dead", "was
// suspected of"), which a source's own words may hold, before or after its tag; other hedges only after it.
const PASSIVE_HEDGE = /\b(?:(?:said|believed|thought|understood|rumou?red|estimated|alleged|reported)\s+to|suspected\s+of|feared\s+\p{L}+)$/iu;
// The adverbs of hearsay, which a speaker's reported words may hold after "said" ("Police said the man allegedly …");
// not the adjectives ("the alleged assault", "a supposed seizure"), nor after a verb of showing or telling a tale.
const HEDGE_ADVERB = /^(?:allegedly|reportedly|supposedly|purportedly)$/i;
const SAYING_CUE = /^(?:said|says|say|told|tells|added|adds|stated|states|alleged|alleges|claimed|claims|insisted|insists|argued|argues|wrote|writes|tweeted|tweets|posted|posts|announced|announces|noted|notes|reported|reports|explained|explains|warned|warns|testified|testifies|acknowledged|acknowledges)$/i;
const DIGIT_COMMA = /(\d),(\d)/g;
const ASIDE_AFTER_THAT = /^that\s*,[^,;:()]{1,60},\s*/;
// "claimed victory as the House concluded … for allegedly abusing": a clause of when or why of the writer's own.
const CLAUSE_OF_THE_WRITER = /\b(?:as|when|while|after|before|because|since|until|whereas|though|although)\b/i;
/**
 * Whether a hearsay adverb at [start, end) stands in the clause a named speaker's verb of saying reports: the speaker
 * named in words, not a pronoun the references stage has yet to read ("He said …" after an unnamed detective); the
 * verb opening a clause ("said that …", "said the chemist …", "told police that …"), not an act ("insisted on a
 * recount", "said yes to"); and no clause or frame of the writer's between ("although a neighbour reportedly saw
 * him", "said on the day he was allegedly attacked that …").
 */
function reportedHearsay(text: string, a: Attribution, start: number): boolean {
  if (Math.max(a.cueEnd, a.sourceEnd) > start || !SAYING_CUE.test(text.slice(a.cueStart, a.cueEnd)) || PRONOUN_SPEAKER.test(text.slice(a.sourceStart, a.sourceEnd))) return false;
  const between = text.slice(a.cueEnd, start).trim();
  // A colon, or "but"/"and" opening a clause with a subject of its own, goes on in the writer's voice: "said he was
  // staying: his agent is reportedly talking", "said sales rose but the firm is reportedly planning cuts".
  if (CLAUSE_OF_THE_WRITER.test(between) || between.includes(':') || NEW_SUBJECT_AFTER_AND.test(between)) return false;
  // "told journalists the suspect had allegedly fled", "told police that": whom, then the clause.
  // After "told", whom comes first; the clause opens after it ("told the Echo on the night she was allegedly
  // attacked that …" holds a frame of the writer's).
  const told = /^t(?:old|ells?)$/i.test(text.slice(a.cueStart, a.cueEnd));
  return CLAUSE_OPENING.test(told ? between.replace(TOLD_WHOM, '') : between);
}
const PRONOUN_SPEAKER = /^(?:he|she|they|it|we|i|you)$/i;
const NEW_SUBJECT_AFTER_AND = /\b(?:but|and|yet|so)\s+(?:the|a|an|his|her|its|their|this|these|he|she|they|we|\p{Lu}|\p{Ll}+s\b)/u;
// Whom a speaker told: "the Hull Echo", "journalists", "the jury", "police".
const TOLD_WHOM = /^(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+)+|\p{Ll}+\s+)/u;
// What opens a clause reported after its verb: "that", a determiner or a pronoun, or a name.
// Or a word or two before the clause's auxiliary: "said staff had allegedly been threatened", "four men had".
const CLAUSE_OPENING = /^(?:that\b|(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|some|many|most|several|both|one|someone|nobody|no one)\b|\p{Lu}|\d|\p{Ll}+s\s|(?:\p{Ll}+\s+){1,2}(?:had|has|have|was|were|is|are|would|will|could|may|might)\b)/u;
// A new clause of the writer's own between a named source's verb and a hedge: "…, and the mayor was reportedly …".
// A dash typed as a spaced hyphen or two, or an ellipsis, breaks off as a dash does: "… no comment - the manager has".
const CLAUSE_BREAK = /[;—–―…]|\s-{1,2}\s|\.{3}|,\s+(?:and|but|while|though|although|whereas)\b/;
/**
 * Whether the hedge at [start, end) lies in what the named attribution `a` reports: where `vouchesFor` would credit a
 * figure to it ("Reed said the victim was thought to …", "According to the coroner, the victim was thought to …",
 * "The laws were thought to be fair, Reed said."), and, being a hedge, with no phrase or clause of the writer's
 * between the attribution and it, nor in a "which" clause the writer gives a body.
 */
function inWordsOf(text: string, a: Attribution, start: number, end: number, sentence: Span): boolean {
  if (a.kind !== 'named-source' || a.narrative || a.cueStart < 0 || !vouchesFor(text, a, { start, end }, sentence)) return false;
  // The attribution's last word: its verb ("Reed said"), or its source after the frame ("according to the coroner").
  const after = Math.max(a.cueEnd, a.sourceEnd);
  if (after <= start) {
    // A comma right after the attribution may open what it reports ("Reed said, most laws were thought to …"); one
    // further on, or a bracket, sets off a phrase of the writer's.
    // Neither a number's commas ("lost 40,000 customers and that …") nor an aside set off right after "that" ("added
    // that, in Wisconsin, many voters …") leaves the reported clause.
    const between = text.slice(after, start).trim().replace(/^,/, '').replace(DIGIT_COMMA, '$1$2').replace(ASIDE_AFTER_THAT, 'that ');
    // "He advises the campaign and is believed to want the post": a second verb of the source's own subject, no words of his.
    return !CLAUSE_BREAK.test(between) && !/[,(]/.test(between) && !/\b(?:and|but|or)$/.test(between);
  }
  const tagStart = Math.min(a.sourceStart, a.cueStart);
  return end <= tagStart && /,\s*$/.test(text.slice(end, tagStart)) && !CLAUSE_BREAK.test(text.slice(end, tagStart));
}

// Speaking, an act annotators mark, which passes nothing on by itself.
const SPEAKING = /^(?:speak|speaks|speaking|spoke)$/i;

/** `classes`: the `WordClass` bits of the sentence's words, together. */
function attributionsIn(text: string, sentence: Span, tokens: readonly Token[], classes: number): Attribution[] {
  const matches = classes & OPENS_ATTRIBUTION || tagsQuotation(tokens) || opensViewFrame(tokens) ? findSources(tokens, sentence.start) : [];
  const found: Attribution[] = matches.some((m) => m.namedElsewhere) ? matches.filter((m) => !m.namedElsewhere || namedInText(text, m)) : matches;
  if ((classes & PHRASE_TRIGGER) === 0) return found;
  let triggered: Set<PhraseRule> | undefined;
  for (const t of tokens) {
    if (t.flags & PHRASE_TRIGGER) for (const rule of RULES_BY_TRIGGER.get(t.lower) as PhraseRule[]) (triggered ??= new Set()).add(rule);
  }
  if (!triggered) return found;
  const body = text.slice(sentence.start, sentence.end);
  const hasAnonymous = found.some((a) => a.kind === 'anonymous-source' && !a.narrative);
  const hasNamed = found.some((a) => a.kind === 'named-source' && !a.narrative && a.cueStart >= 0);
  const hasSpeaker = found.some((a) => !a.narrative && a.cueStart >= 0);
  // "Reed was speaking in a long interview with us": the interview is where a named person spoke, and the sentence
  // passes on nothing from it.
  const spokeIn = found.some((a) => a.kind === 'named-source' && a.narrative && SPEAKING.test(text.slice(a.cueStart, a.cueEnd)));
  let lowerBody: string | undefined;
  // The sentence's attributions with a cue, by where the cue starts, for a phrase to look up the cue inside it rather
  // than scan them all: a page of one long sentence holds thousands. Those pushed below join it when next looked up.
  const byCue: { start: number; a: Attribution }[] = [];
  let indexed = 0;
  const holdsCueOfSourceBefore = (start: number, end: number): boolean => {
    for (; indexed < found.length; indexed++) {
      const a = found[indexed] as Attribution;
      if (a.narrative || a.cueStart < 0) continue;
      byCue.splice(firstTokenFrom(byCue, a.cueStart), 0, { start: a.cueStart, a });
    }
    for (let k = firstTokenFrom(byCue, start); k < byCue.length && (byCue[k] as { start: number }).start < end; k++) {
      const { a } = byCue[k] as { start: number; a: Attribution };
      if (a.cueEnd <= end && a.sourceEnd <= start) return true;
    }
    return false;
  };
  for (const rule of triggered) {
    if (rule.needs && !rule.needs.some((piece) => (lowerBody ??= body.toLowerCase()).includes(piece))) continue;
    // The anonymity formulas only stand alone when no source phrase already carries them.
    if (rule.kind === 'anonymous-source' && hasAnonymous) continue;
    // "In a statement, Ann Marsh said": the document is the medium of the named source the sentence has.
    if (rule.kind === 'named-source' && (hasNamed || spokeIn)) continue;
    // exec rather than matchAll, which copies the pattern on every call.
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      // So is a statement, or a document not yet pinned down, of an unnamed speaker: "In a statement, a senior official
      // said", "Researchers concluded in a study"; "the patient described in the case report" keeps the report.
      if (rule.kind === 'named-source' && hasSpeaker && SPEAKERS_OWN.test(m[0])) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // "Jewish groups widely condemned the plan": a phrase holding the verb of a source the sentence gives before it
      // is that source's verb, no second crowd.
      if (rule.kind === 'vague-attribution' && holdsCueOfSourceBefore(start, end)) continue;
      // "The money comes from two sources: ticket sales and a grant": sources a colon lists as things are no informants;
      // a headline's "Sources: the deal is off" opens with them.
      if (rule.kind === 'anonymous-source' && m.index > 0 && listsThings(text.slice(end, sentence.end))) continue;
      // "The town's water comes from two sources", "Funding comes from multiple sources": where a supply comes from.
      if (rule.kind === 'anonymous-source' && SUPPLY_FROM.test(body.slice(0, m.index))) continue;
      // "…, said the people, who asked not to be named": the formula set off right after a speaker's tag is that
      // speaker's, whom the references stage makes anonymous; not a second informant.
      if (rule.kind === 'anonymous-source' && found.some((a) => a.cueStart >= 0 && a.cueStart < a.sourceStart && a.sourceEnd <= start && /^\s*,\s*$/.test(text.slice(a.sourceEnd, start)))) continue;
      // "The coroner said the victim was thought to have drowned": a hedge in what a named source says is its own.
      // So is "allegedly" or "reportedly" in the clause a named source's verb reports ("Police said the man allegedly
      // stole …"); before a tag that closes the sentence it is the writer's ("X is allegedly unhappy, according to …").
      if (rule.kind === 'hedge' && hasNamed && found.some((a) => inWordsOf(text, a, start, end, sentence) && (PASSIVE_HEDGE.test(m[0]) || (HEDGE_ADVERB.test(m[0]) && reportedHearsay(text, a, start))))) continue;
      // "In an interview given to Hull FM, Reed sought to play it down": the medium is that of the named person whose act the
      // sentence tells, and the finding names them, with the medium for its cue.
      const actor = rule.kind === 'named-source' && SPEAKERS_OWN.test(m[0]) ? found.find((a) => a.kind === 'named-source' && a.narrative && a.cueStart >= 0 && !WRITER.test(text.slice(a.sourceStart, a.sourceEnd))) : undefined;
      if (actor) {
        found.push({ kind: rule.kind, start: actor.sourceStart, end: actor.sourceEnd, sourceStart: actor.sourceStart, sourceEnd: actor.sourceEnd, cueStart: start, cueEnd: end, narrative: false });
        continue;
      }
      // "a senior political source" says more about the source than "the source".
      const specificity = rule.kind === 'anonymous-source' ? (classifySource(tokenize(text, start, end), sentence.start)?.specificity ?? 'bare') : undefined;
      found.push({ kind: rule.kind, specificity, start, end, sourceStart: start, sourceEnd: end, cueStart: -1, cueEnd: -1, narrative: false });
    }
  }
  return found;
}

/** Whether `after` opens with a colon and a list with no person in it: "…: ticket sales and a grant". */
function listsThings(after: string): boolean {
  const list = LIST_AFTER_COLON.exec(after);
  return list !== null && !(list[1] as string).toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => isPersonReference([w]));
}
// A supply and where it comes from, before the sources: "water comes from", "gets its power from", "funded from".
const SUPPLY_FROM = new RegExp(
  String.raw`\b(?:water|power|energy|electricity|heat|fuel|gas|oil|money|funding|funds|cash|income|revenues?|donations|food|protein|nutrients|materials|ingredients|supplies|supply|capital|financing|emissions|pollution)\b[^.;:!?]{0,40}\b(?:from|funded)\s+(?:\p{L}+\s+){0,2}$`,
  'iu',
);
const LIST_AFTER_COLON = /^\s*:\s*([^.;:!?]{1,100})/u;

// The writer and the reader, who speak in no interview the sentence cites.
const WRITER = /^(?:I|we|you|me|us)$/i;
// A speaker's own medium, or a document with nothing that points to which one it is.
const SPEAKERS_OWN = /^in (?:a|an|his|her|their|its)\b|\b(?:statement|interview|tweet|post|letter|email|address|testimony|memo|filing)$/i;

/**
 * Whether the name a label gives stands in the article's text too, inside a sentence: after a word or a comma. Of a
 * name of several words the last is enough ("Ann Marsh: …", then "Marsh said"); a name in capitals may stand anywhere
 * else (a transcript's next "ANN MARSH:").
 */
function namedInText(text: string, label: Pick<Attribution, 'sourceStart' | 'sourceEnd'>): boolean {
  const whole = text.slice(label.sourceStart, label.sourceEnd);
  const name = whole.slice(whole.lastIndexOf(' ') + 1);
  const capitals = name.length > 1 && name === name.toUpperCase();
  if (capitals && anotherCapitalLabel(text, label.sourceStart)) return true;
  if (standsInText(text, label, name, capitals)) return true;
  // "MARSH: Hull port will reopen", then "Ann Marsh said": one word in capitals stands for a person's name written
  // so, after a first name (not a dateline's town, "in Hull").
  return capitals && !whole.includes(' ') && standsInText(text, label, (name[0] as string) + name.slice(1).toLowerCase(), false, true);
}

/**
 * Whether `name` stands in the text outside the label: anywhere when `anywhere`, else after a word or a comma, or
 * only after a capitalised word (a first name) when `surname`.
 */
function standsInText(text: string, label: Pick<Attribution, 'sourceStart' | 'sourceEnd'>, name: string, anywhere: boolean, surname = false): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = at + name.length;
    if ((at >= label.sourceStart && at < label.sourceEnd) || (after < text.length && isLetterCode(text.charCodeAt(after)))) continue;
    if (anywhere) return true;
    if (at < 2 || text.charCodeAt(at - 1) !== 32) continue;
    if (surname ? FIRST_NAME_BEFORE.test(text.slice(Math.max(0, at - 20), at)) : text[at - 2] === ',' || isLetterCode(text.charCodeAt(at - 2))) return true;
  }
  return false;
}
const FIRST_NAME_BEFORE = /\p{Lu}\p{Ll}+ $/u;

// A transcript's turn: a name in capitals opening a line, before a colon.
const CAPITAL_LABEL = /^[ \t]*["“]?\p{Lu}[\p{Lu} .'’-]*\p{Lu}:/gmu;
/** Whether a line other than the one at `start` opens with a name in capitals and a colon: a transcript, not a dateline. */
function anotherCapitalLabel(text: string, start: number): boolean {
  CAPITAL_LABEL.lastIndex = 0;
  for (let m = CAPITAL_LABEL.exec(text); m; m = CAPITAL_LABEL.exec(text)) if (m.index + m[0].length < start || m.index > start) return true;
  return false;
}

/** Whether the article says why the sentence's source is unnamed: often in the same sentence or the next one. */
function explainsAnonymity(text: string, sentences: readonly Span[], s: number): boolean {
  const sentence = sentences[s] as Span;
  const next = sentences[s + 1];
  return givesAnonymityReason(text.slice(sentence.start, next && !text.slice(sentence.end, next.start).includes('\n') ? next.end : sentence.end));
}

function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** What the first pass keeps of a sentence: its attributions and figures, and whether its words name someone. */
interface SentenceReading {
  attributions: Attribution[];
  /** Narrative attributions: reported by `findAttributions`, no part of the findings. */
  narrative: Attribution[];
  figures: Span[];
  /** Lower-case words of each attribution's source phrase, for references. */
  phrases: string[][];
  paragraph: number;
  /**
   * The sentence's tokens as `tokenize` makes them, for the later stages to read again without tokenizing anew; none
   * when the reading marked its opening word as a name, which those stages must not see.
   */
  tokens: Token[] | undefined;
}

/** The quantitative claims among a sentence's numbers. */
function figureClaims(text: string, sentence: Span): Span[] {
  const claims = findNumbers(text, sentence.start, sentence.end).filter((m) => isFigureClaim(m) && !supposed(text, sentence, m));
  return claims.length ? claims : NONE;
}

// "the 28 people", "the other 28 people", "all 28 people": a count the article has given pointing back to it.
const COUNTED_AGAIN = /\b(?:the|all(?: the)?)\s+(?:other\s+|remaining\s+)?$/i;
// A case put to the reader: "if you owe $31,000 on the loan", "suppose someone buys 12 tickets". Not a threshold ("if
// you earn more than $50,000"), which states a rule.
const SUPPOSING = /\b(?:if|suppose|supposing|imagine)\s+(?:you|you're|you’re|your|someone|somebody|anyone|a person)\b[^,;:—–]*$/iu;
// The bounds a threshold is given with: before the figure, or opening its span ("more than $50,000").
const BOUNDS = String.raw`over|under|above|below|at\s+(?:least|most)|up\s+to`;
const THRESHOLD = new RegExp(String.raw`\b(?:(?:more|less|fewer|higher|lower|greater)\s+than|${BOUNDS}|exceeds?|exceeding)\s*$`, 'iu');
const THRESHOLD_OPENING = new RegExp(String.raw`^(?:(?:more|less|fewer)\s+than|${BOUNDS})\b`, 'iu');
/** Whether a figure stands in a supposed case of the reader's or anyone's, a worked example and no claim (guide: a claim). */
function supposed(text: string, sentence: Span, figure: Span): boolean {
  const before = text.slice(Math.max(sentence.start, figure.start - 160), figure.start);
  return SUPPOSING.test(before) && !THRESHOLD.test(before) && !THRESHOLD_OPENING.test(text.slice(figure.start, figure.end));
}

/** Whether a capital follows a space in the phrase: /\s\p{Lu}/u. */
function hasInnerCapital(phrase: string): boolean {
  for (let i = 0; i + 1 < phrase.length; i++) {
    if (isSpaceCode(phrase.charCodeAt(i)) && isUpperCode(phrase.codePointAt(i + 1) as number)) return true;
  }
  return false;
}

/** What an attribution's source phrase is as a reference, or null: "the Independent newspaper", "the NBC report", a description that holds its own name, refers to nothing else. */
function referenceShapeOf(text: string, a: Attribution, words: readonly string[]): ReferenceShape | null {
  if (a.kind === 'named-source' && MAKER_ASIDE.test(text.slice(a.sourceEnd, a.sourceEnd + 60))) return null;
  // "The source, who spoke on condition of anonymity,": an informant's relative clause describes whom the phrase
  // refers to. A crowd's or a body's says which of them ("the groups who signed the letter"), a group of its own.
  const relative = a.kind === 'anonymous-source' ? words.findIndex((w, k) => k > 1 && RELATIVE_OPENERS.has(w)) : -1;
  const phrase = relative > 0 ? words.slice(0, relative) : words;
  // A role is a person's in lower case ("the Labour candidate"); capitalised, it ends a name ("The Hollywood Reporter",
  // "the Leeds Argus Leader").
  const source = text.slice(a.sourceStart, a.sourceEnd);
  if (a.kind === 'named-source' && hasInnerCapital(source) && (!isPersonReference(phrase) || CAPITALISED_END.test(source))) return null;
  const shape = referenceShape(phrase);
  const completedBy = (relative > 0 && !/,\s*(?:who|whose)\b/u.test(source)) || /^\s+(?:who|whose)\b/u.test(text.slice(a.sourceEnd, a.sourceEnd + 8));
  return shape && completedBy ? { ...shape, epithet: true } : shape;
}
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
const RECORD_NAMED = /\b(?:reports?|polls?|surveys?|stud(?:y|ies)|data|analys[ie]s|filings?|memos?|documents?|audits?|reviews?|records|census|statistics|research|letters?)\b/i;
const CAPITALISED_END = /(?:^|\s)\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
// "The study, by the Hull Institute, found": a record whose maker the aside names refers back to nothing; it names
// itself, and may name one an earlier sentence only described ("A new report warns …").
const MAKER_ASIDE = /^\s*,\s*(?:(?:released|published|conducted|commissioned|compiled|produced|carried out)\s+)?(?:by|from)\s+(?:the\s+)?\p{Lu}/u;

// An anonymity asked for or granted right after a source: ", who asked not to be named", ", speaking anonymously
// because …" and the guide's other formulas; or right after its verb: "said on condition of anonymity", "said
// anonymously".
const ANONYMITY_AFTER_TAG = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:an?|the)\s+[a-z-]+\s+)?(?:who|speaking|asking|requesting)\b[^.;:!?”"]{0,40}?\b(?:anonymously|${ANONYMITY_ASKED})\b|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b|anonymously\b(?=\s*(?:[,.;:]|that\b|$)))`,
);

// A name set after an aside that gives only so much of it: "A nurse, who gave only her first name, Ana, said".
const NAME_GIVEN_SO_FAR = new RegExp(String.raw`\b(?:${ANONYMITY_ASKED}|identified only by (?:his|her|their) first names?)[^.;,]{0,30},\s*$`, 'i');

// How far a reference's cue may stand from it and still be highlighted with it: "he said", "he also later said".
const MAX_SOURCE_TO_CUE = 24;

// Most sentences have no attribution, figure or mention: they share one empty list instead of making their own.
const NONE: never[] = [];

/** The lower-case words of an attribution's source phrase, one run of the sentence's tokens. */
function phraseWords(tokens: readonly Token[], a: Attribution): string[] {
  const words: string[] = [];
  for (let k = firstTokenFrom(tokens, a.sourceStart); k < tokens.length && (tokens[k] as Token).start < a.sourceEnd; k++) {
    const t = tokens[k] as Token;
    // "they" of "they’re": a source may end inside its last token, the copula run into it.
    if (!t.boundary) words.push(t.end <= a.sourceEnd + 1 ? t.lower : t.lower.slice(0, a.sourceEnd - t.start));
  }
  return words;
}

// An embedded post's signature line: "— Ann Marsh (@annmarsh) May 2, 2024", its author's name and handle.
const SIGNATURE = /^[—–-]{1,2}\s?(\S[^\n()]{0,60}?)\s(\(@\w{1,15}\))(?:\s+\p{L}+\.?\s\d{1,2},\s\d{4})?\s*$/u;

/** The author of a post an article embeds, credited by the signature line under its text. */
function signatureIn(text: string, sentence: Span): Attribution | undefined {
  const m = SIGNATURE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  // The pattern is anchored: the match opens the sentence.
  const sourceStart = sentence.start + m[0].indexOf(m[1] as string);
  const cueStart = sentence.start + m[0].lastIndexOf(m[2] as string);
  const cueEnd = cueStart + (m[2] as string).length;
  return { kind: 'named-source', start: sourceStart, end: cueEnd, sourceStart, sourceEnd: sourceStart + (m[1] as string).length, cueStart, cueEnd, narrative: false };
}

// A newsletter item's credit in brackets, as digests link their sources: after a quotation's closing mark ("“…”
// [Leeds Post]"; some sites close with an opening mark, "…a year.“ [Acme]") or ending the item's paragraph after its
// last sentence ("… to the pier. [Acme News]", "[Ann Marsh, Leeds Post]"). Not a picture's or a page's label.
// Pollsters joined by a slash are one credit: "[NBC/WSJ/Marist]", "[IBD/TIPP]".
const BRACKET_CREDIT = /(?:^|[”"“.!?])\s*\[(\p{Lu}(?:[^[\]\n/]|\/(?=\p{Lu})){0,90}?)\.?\]\s*$/u;
const CLOSING_QUOTE_BEFORE = /[”"“]\s*$/;
const SENTENCE_END_BEFORE = /[.!?]\s*$/;

const PICTURE_AGENCIES = /\b(?:getty|images|shutterstock|photos?)\b/i;
// Words a credit's names are joined by: "Ann Marsh, Leeds Post", "Journal of Medicine", "WSJ | Paywall".
const NAME_JOINS = new Set(['of', 'the', 'and', 'for', 'on', 'at', 'de', '&', '|', '-', '—']);
/**
 * A credit names, as an outlet or a writer does, in a few words ("[Leeds Post]", "[Ann Marsh, The Journal of Coastal
 * Towns]"); a link's title is a phrase or a headline ("[Museum houses old coins]", "[Chapel Yields Medieval Hoard]"),
 * a label a page's part ("[Opinion]", "[Photo: …]").
 */
function namesOnly(credit: string): boolean {
  const words = credit.split(/[\s,:]+/).filter(Boolean);
  const label = (words[0] as string).toLowerCase();
  // A picture's credit names its agency: "[Getty]", "[Reuters/Getty Images]".
  if (NOT_SPEAKERS.has(label) || PICTURE_AGENCIES.test(credit)) return false;
  const named = (credit.split(',').at(-1) as string).split(/\s+/).filter((w) => w && !NAME_JOINS.has(w));
  return named.length <= (credit.includes(',') ? 6 : 3) && words.every((w) => /^[\p{Lu}\d@]/u.test(w) || NAME_JOINS.has(w));
}
/** The outlet a bracketed credit names, which the item's closing words are credited to. */
function bracketCreditIn(text: string, sentence: Span): Attribution | undefined {
  const here = text.slice(sentence.start, sentence.end);
  const m = BRACKET_CREDIT.exec(here);
  if (!m || !namesOnly(m[1] as string)) return undefined;
  const before = text.slice(Math.max(0, sentence.start - 4), sentence.start);
  const afterQuotation = /[”"“]/.test(m[0]) || CLOSING_QUOTE_BEFORE.test(before);
  // After plain text, only a credit that ends its paragraph, right after a sentence's end.
  const endsParagraph = /^[^\S\n]*(?:\n|$)/.test(text.slice(sentence.end));
  const afterSentence = /[.!?]/.test(m[0].slice(0, m[0].indexOf('['))) || (m.index === 0 && SENTENCE_END_BEFORE.test(before));
  if (!afterQuotation && !(endsParagraph && afterSentence)) return undefined;
  const cueStart = sentence.start + m.index + m[0].indexOf('[');
  const cueEnd = sentence.start + m.index + m[0].lastIndexOf(']') + 1;
  const sourceStart = cueStart + 1;
  return { kind: 'named-source', start: cueStart, end: cueEnd, sourceStart, sourceEnd: sourceStart + (m[1] as string).length, cueStart, cueEnd, narrative: false };
}

// A quotation's credit after a dash, as quote boxes and embedded posts set it: "“…” — Nell Hart", "“…” — Ann Marsh,
// Tuesday". Two to four capitalised words, right after the closing mark (in the sentence or just before it).
// The quotation ends a sentence of its own (".”", "!”"), as what someone said does, not a title or a scare quote
// ("“The Long Tide” — Ann Marsh", "signed “Save Hull Baths” — Gwen Parry, a swimmer, started it"); what may follow
// the name is a date or a role, with no verb.
const DASH_CREDIT = /(?:^|[.!?…][”"])\s*([—–]\s?)(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})(?:,(?:\s(?:\p{Lu}|\d)[\p{L}\d'’.-]*){1,5}\.?)?\s*$/u;
// A label of what someone said: "WHAT THEY SAID:", "Quote of the day:", "Overheard:".
const SAYING_LABEL = /\b(?:said|says|say|saying|quotes?|quoted|overheard|tweet(?:ed)?|in (?:their|his|her) (?:own )?words)\s*:$/iu;
/** The speaker a dash credits with the quotation it follows. */
function dashCreditIn(text: string, sentence: Span): Attribution | undefined {
  const here = text.slice(sentence.start, sentence.end);
  const m = DASH_CREDIT.exec(here);
  if (!m) return undefined;
  const afterQuotation = m.index > 0 || /[.!?…][”"]\s*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start));
  // "— By Tom Reed": a byline; "— Hull Resident", "— Senior Government Official": no name, a role.
  if (!afterQuotation || m[2]!.split(/\s/).some((w) => NOT_SPEAKERS.has(w.toLowerCase()) || w === 'By' || isPersonRole(w.toLowerCase()) || isPersonNoun(w.toLowerCase()))) return undefined;
  // The quotation stands alone, opening the text it is in or after a label's colon: not a title a sentence names
  // ("The show is titled “Where Now?” — Tom Reed, 2019").
  const close = sentence.start + m.index;
  const open = Math.max(text.lastIndexOf('“', close), text.lastIndexOf('"', close - 2));
  const before = open > 0 ? text.slice(Math.max(0, open - 40), open).trimEnd() : '';
  if (open < 0 || (before !== '' && !/[:.!?…”"\n]$/.test(before) && !/\n\s*$/.test(text.slice(Math.max(0, open - 40), open)))) return undefined;
  // After a label, only one of what was said ("What they said:", "Quote of the day:"), not a title an item's label
  // names ("Opinion: “Who will pay for the bridge?” — Tom Reed", "Staff picks: …").
  if (before.endsWith(':') && !SAYING_LABEL.test(before.slice(-40))) return undefined;
  // Words someone said, a few of them and not a title's capitals ("Read more: “Why Hull Voted Leave.” — Leeds Post").
  const quoted = text.slice(open + 1, close).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (quoted.length < 4 || quoted.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > quoted.length) return undefined;
  const cueStart = sentence.start + m.index + m[0].indexOf(m[1]!);
  const sourceStart = sentence.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!));
  const sourceEnd = sourceStart + m[2]!.length;
  return { kind: 'named-source', start: cueStart, end: sourceEnd, sourceStart, sourceEnd, cueStart, cueEnd: cueStart + 1, narrative: false };
}

// How many words a text's opening capitals are looked up for (see `capitalisedInText`).
const NAMES_ASKED = 64;
// Words that follow a one-word subject: an auxiliary, a modal, an adverb of time, a preposition of when or where.
const AFTER_A_SUBJECT = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'also', 'now', 'then', 'still', 'in', 'on', 'at', 'last', 'this', 'later']);
function readSentence(text: string, sentence: Span, paragraph: number, names: (word: string) => boolean): SentenceReading {
  const tokens = tokenize(text, sentence.start, sentence.end);
  // "Verizon executives said", "Acme representatives said", "Clark in October revealed": a capital opening the
  // sentence that the text writes elsewhere is a name's, before people or a verb; not before one person's role
  // ("Leeds speechwriter reveals"), where it says where they are from.
  const [first, second] = tokens;
  // "May said", "Will urged": a modal opening the sentence is a name only before a finite verb, which no modal takes.
  // Not in a question, whose modal leads it ("Will reported cases keep rising?").
  const modal = first !== undefined && MODAL_NAMES.has(first.lower) && second !== undefined && (!isFiniteForm(second) || /\?\W*$/.test(text.slice(sentence.start, sentence.end)));
  const namedOpening = first?.capitalized && first.start === sentence.start && second && !modal && (isPeoplePlural(second.lower) || SPOKESPEOPLE_PLURAL.has(second.lower) || (second.flags & WordClass.Verb) !== 0 || AFTER_A_SUBJECT.has(second.lower)) && names(first.text.replace(POSSESSIVE_END, ''));
  if (namedOpening) first.flags |= WordClass.NamedInText;
  const fresh = namedOpening ? undefined : tokens;
  // A rule none of whose words the sentence has cannot match in it.
  let classes = 0;
  for (const t of tokens) classes |= t.flags;
  const signature = signatureIn(text, sentence);
  if (signature) return { attributions: [signature], narrative: NONE, figures: NONE, phrases: [phraseWords(tokens, signature)], paragraph, tokens: fresh };
  const credit = text.charCodeAt(sentence.end - 1) === 93 /* ] */ ? bracketCreditIn(text, sentence) : dashCreditIn(text, sentence);
  // "“…,” exhorted Reed.": a tag whose verb no list knows may be the sentence's only attribution.
  const parsed = classes || tagsQuotation(tokens) || opensViewFrame(tokens) ? attributionsIn(text, sentence, tokens, classes) : NONE;
  const found = credit ? [...parsed, credit] : parsed;
  const narrative = found.some((a) => a.narrative) ? found.filter((a) => a.narrative) : NONE;
  const attributions = narrative.length ? found.filter((a) => !a.narrative) : found;
  const phrases = attributions.length ? attributions.map((a) => phraseWords(tokens, a)) : NONE;
  const figures = classes & OPENS_FIGURE ? figureClaims(text, sentence) : NONE;
  return { attributions, narrative, figures, phrases, paragraph, tokens: fresh };
}

/** Paragraph number of each sentence: a newline between two sentences starts a new paragraph. */
function paragraphsOf(text: string, sentences: readonly Span[]): number[] {
  let paragraph = 0;
  return sentences.map((s, k) => {
    const previous = sentences[k - 1];
    if (previous && text.slice(previous.end, s.start).includes('\n')) paragraph++;
    return paragraph;
  });
}

const TOLD = /^(?:told|tells|tell)$/i;
// At most three words between "told" and a figure, none of them a subject of its own: "told a hall of 900".
const AUDIENCE_BEFORE = /^\s*(?:(?!(?:that|he|she|it|they|we|i|you)\b)[a-z]+\s+){0,3}$/i;
// Where a speaker spoke, right after the cue: before an audience counted, or a crowd, rally or hall of that many.
const AUDIENCE_PLACE = /^\s*,?\s*(?:(?:in front of|before)\s+|(?:in front of|before|to|at|addressing)\s+(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:crowd|audience|rally|gathering|room|hall|assembly|congregation|throng)\s+of\s+)(?:(?:about|some|around|roughly|nearly|almost|more than|over|at least|perhaps|an estimated)\s+)?$/i;
// Right before the verb, perhaps with one more adverb or auxiliary: "has reportedly told", "reportedly also said".
const HEDGED = /\b(?:reportedly|allegedly|purportedly|supposedly)\s+(?:\S+\s+)?$/i;
// A source phrase that opens with a name, not with a determiner or a pronoun.
const POSSESSIVE_END = /['’]s$/;
/**
 * Keeps the last word of a full name ("Ann Marsh"), by which the article may call its person alone; and, for a speaker,
 * a name given alone ("Parry said"), by which it goes on calling them.
 */
function addSurname(surnames: Set<string>, name: string, speaker = false): void {
  const parts = name.split(/\s+/);
  const last = parts.at(-1) as string;
  if ((parts.length > 1 || speaker) && /^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last.toLowerCase().replace(POSSESSIVE_END, ''));
}

const NAME_OPENING = /^(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|He|She|They|It|We|I|Both|All)\b)\p{Lu}/u;

/** Someone the article names, by an act or in passing: a mention for "the candidates" or a headline's description. */
const namedInPassing = (name: string, paragraph: number, sentence: number): Mention => ({
  kind: 'named-source',
  specificity: undefined,
  text: name,
  head: '',
  plural: false,
  paragraph,
  sentence,
  inPassing: true,
  anonymityReasonGiven: undefined,
});

// An article right before a name: "the", "a", "an".
const ARTICLE_BEFORE = /(?:^|\s)(?:the|an?)\s$/i;
/** The word right after `end`, if in lower case ("supporter" after "a Tom Reed"), or "". */
const wordAfter = (text: string, end: number): string => (/^ ([\p{Ll}-]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '');

const JOINED_NAMES = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* and \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u;
/** The names and unnamed roles a sentence's tokens mention in passing, its proper names read as the classifier does. */
const namesInPassing = (tokens: readonly Token[], sentenceStart: number): PassingMention[] => passingMentions(tokens, (k) => isProperName(tokens, k, sentenceStart));

const mentionOf = (text: string, a: Attribution, words: readonly string[], paragraph: number, sentence: number, anonymityReasonGiven?: boolean): Mention => {
  const isName = a.kind === 'named-source' && words.length > 0 && !referenceShape(words);
  const source = text.slice(a.sourceStart, a.sourceEnd);
  // Named people of a named side, "Hart's lawyers", "Lawyers for the city", keep their role, "the lawyers" referring
  // back to them; a name with a crowd's ending ("Sanders", "Hicks") is one person still.
  const described = headOf(words);
  const sourceWords = source.split(/[^\p{L}'’-]+/u);
  const roleWord = (w: string, k: number) => (/^\p{Ll}/u.test(w) || (k === 0 && /^\p{Ll}/u.test(sourceWords[1] ?? ''))) && headOf([w.toLowerCase()]).head === described.head;
  const role = !isName || (described.plural && sourceWords.some(roleWord));
  const { head, plural: pluralHead } = role ? described : { head: '', plural: false };
  // "They determined …": a plural pronoun is several people, whom a later "he" is not.
  const plural = pluralHead || (words.length === 1 && PLURAL_PRONOUN_MENTION.test(words[0] as string));
  // A name may name a group "they" refers to: "Researchers at Leeds" (a listed crowd, not a surname with a crowd's
  // ending: "Potters"), "Six Leeds newspapers" (bodies).
  // So do names joined by "and": "Trump and Ryan met on Thursday … areas where they disagree".
  const namesGroup = isName && (words.some((w) => (isPeoplePlural(w, false) && isCrowdOfPeople(w)) || BODY_PLURALS.has(w)) || JOINED_NAMES.test(source));
  // A name opening its sentence, said with nothing beside it but an age ("Gwen Parry, 52, said"), or with one role
  // after it ("Gwen Parry, a councillor for Hull West, said").
  const opens = isName && ONLY_A_NAME.test(source) && SENTENCE_BEFORE.test(text.slice(Math.max(0, a.sourceStart - 4), a.sourceStart));
  const nameAlone = opens && VERB_OR_AGE_AFTER.test(text.slice(a.sourceEnd, a.sourceEnd + 12));
  const roleBeside = opens ? roleSetBeside(text, a.sourceEnd) : undefined;
  return { kind: a.kind as Mention['kind'], specificity: a.specificity, text: source, head, plural, namesGroup, paragraph, sentence, inPassing: false, anonymityReasonGiven, ...(nameAlone ? { nameAlone } : {}), ...(roleBeside ? { roleBeside } : {}) };
};
// Capitalised words only, a title among them: "Gwen Parry", "Dr Isaac Brenner", not "Party leader Tom Reed".
const ONLY_A_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;
const SENTENCE_BEFORE = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/;
const VERB_OR_AGE_AFTER = /^(?:,\s*\d{1,3},)?\s+\p{Ll}/u;
// ", a nurse at the clinic,", ", the city's mayor,": an article, a few words, and the role they end on.
const ROLE_BESIDE = /^,\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+)(?=[\s,;.])/u;
/** The role set beside a name right after it (singular), if any. */
function roleSetBeside(text: string, end: number): string | undefined {
  const role = ROLE_BESIDE.exec(text.slice(end, end + 80))?.[1];
  if (!role) return undefined;
  // "Ann Marsh, the housing minister,": the role's head may come after the words that say which.
  const phrase = ROLE_PHRASE.exec(text.slice(end, end + 80))?.[1]?.toLowerCase().split(/\s+/) ?? [role];
  return headOf(phrase).head || headOf([role]).head || undefined;
}
// The whole description set off after a name, to its closing comma: ", the housing minister,".
const ROLE_PHRASE = /^,\s+(?:a|an|the)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)(?=,)/u;

const PLURAL_PRONOUN_MENTION = /^(?:they|them|their|both)$/;
// A mention that is only a person's pronoun, which says nothing of whom it refers to.
const PRONOUN_MENTION = /^(?:he|she|they|his|her|their|him|them)(?:['’](?:s|d|ll))?$/iu;

function quoted(phrase: string): string {
  return `“${phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase}”`;
}

function attributionFinding(text: string, a: Attribution, reason: string, extra: Partial<Finding> = {}): Finding {
  // "At least four senators said": the parser's phrase may open inside "at least", at whose "at" it stops.
  const start = a.sourceStart === a.start ? withAtOfAtLeast(text, Math.max(0, a.start - 4), a.start, a.end) : a.start;
  const finding: Finding = { kind: a.kind, start, end: a.end, text: text.slice(start, a.end), reason, ...extra };
  finding.source = { start: start < a.start ? start : a.sourceStart, end: a.sourceEnd };
  if (a.cueStart >= 0) finding.cue = { start: a.cueStart, end: a.cueEnd };
  return finding;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Finding[] {
  return runSteps(analyzeTextSteps(text, options));
}

/**
 * Every attribution the parser finds, in text order: the stage the findings are made from, with those the
 * findings leave out: inside quotations (left to the quoted speaker), "they" with no group to refer to, and
 * narrative ones (stance acts, the first person). Kinds are after references, resolved outside quotations only.
 */
export function findAttributions(text: string): ParsedAttribution[] {
  const parsed: ParsedAttribution[] = [];
  runSteps(analyzeSteps(text, {}, parsed));
  return parsed.sort((a, b) => a.source.start - b.source.start || a.source.end - b.source.end);
}

/**
 * `analyzeText` as steps: it pauses every `STEP` sentences, for a caller that gives the page its turn.
 * The stages run over the whole article: sentences, then per sentence cues, sources and figures, then quotations
 * (with a transcript's or an interview's turns, whose labels the sources give), references across sentences, and
 * last the findings with their reasons.
 */
export function analyzeTextSteps(text: string, options: AnalyzeOptions = {}): Steps<Finding[]> {
  return analyzeSteps(text, options);
}

/**
 * A speaker's label right after a quotation's opening mark ('"REED: We will.') says whose words follow; it is not
 * one of them. Only where the quotation is a whole paragraph, as a transcript's turns are: one within a paragraph
 * is a title or a slogan ("“Until Dawn: Rush of Blood” ($20)").
 */
function labelsQuotation(text: string, quotation: Span, a: Attribution): boolean {
  if (a.sourceStart !== quotation.start + 1 || a.cueStart < 0 || text.slice(a.cueStart, a.cueEnd) !== ':') return false;
  let before = quotation.start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = quotation.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return (before < 0 || text[before] === '\n') && (after === text.length || text[after] === '\n');
}

/** The sentences opening each paragraph: the ones a transcript's label can open. */
function paragraphOpeners(sentences: readonly Span[], paragraphs: readonly number[]): number[] {
  return sentences.flatMap((_, s) => (s === 0 || paragraphs[s - 1] !== paragraphs[s] ? [s] : []));
}

/** The end of the paragraph sentence s is in. */
function paragraphEnd(sentences: readonly Span[], paragraphs: readonly number[], s: number): number {
  let last = s;
  while (last + 1 < sentences.length && paragraphs[last + 1] === paragraphs[s]) last++;
  return (sentences[last] as Span).end;
}

/**
 * The turns of a transcript: after a speaker's name in capitals and a colon opening a paragraph ("ANN MARSH: We lost
 * 300 jobs …"), or an interview's "A:", the rest of the paragraph, which is that speaker's words. Not a heading's or a
 * headline's "Ann Marsh: Credit scores", "Reed camp: …", nor a label inside a quotation's marks ("“Trump: You …”").
 */
function transcriptTurns(text: string, sentences: readonly Span[], paragraphs: readonly number[], openers: readonly number[], readings: readonly SentenceReading[], answers: ReadonlyMap<Attribution, string>): Span[] {
  const turns: Span[] = [];
  for (const s of openers) {
    const sentence = sentences[s] as Span;
    const label = (readings[s] as SentenceReading).attributions.find(
      (a) => answers.has(a) || (a.kind === 'named-source' && a.cueStart === a.sourceEnd && text[a.cueStart] === ':' && !text.slice(sentence.start, a.sourceStart).trim() && SPEAKER_IN_CAPITALS.test(text.slice(a.sourceStart, a.sourceEnd))),
    );
    if (!label) continue;
    const end = paragraphEnd(sentences, paragraphs, s);
    if (/\p{L}/u.test(text.slice(label.cueEnd, end))) turns.push({ start: label.cueEnd, end });
  }
  return turns;
}
const SPEAKER_IN_CAPITALS = /^[\p{Lu} .'’-]*\p{Lu}$/u;

// An interview printed as questions and answers: "Q: …" (or "Q" run into the question) and "A: …" opening paragraphs.
const ANSWER_LABEL = /^\s*A:\s/;
const QUESTION_LABEL = /^\s*Q(?::|(?=\p{Lu}\p{Ll}))/u;
/**
 * In an article printed as an interview, with two answers or more after a question, each answer's "A:" as a label of
 * the one interviewed: the first person the article names before its first answer ("An interview with the
 * mayor, Ann Marsh …"). Added to the opening sentence's attributions, mapped to that person's name.
 */
function interviewAnswers(text: string, sentences: readonly Span[], openers: readonly number[], readings: SentenceReading[]): Map<Attribution, string> {
  const answers = new Map<Attribution, string>();
  const opensWith = (label: RegExp, s: number) => label.test(text.slice((sentences[s] as Span).start, (sentences[s] as Span).start + 4));
  const answering = openers.filter((s) => opensWith(ANSWER_LABEL, s));
  const first = answering[0];
  if (answering.length < 2 || first === undefined || !openers.some((s) => s < first && opensWith(QUESTION_LABEL, s))) return answers;
  const interviewee = firstPersonNamed(text, sentences, readings, first);
  if (!interviewee) return answers;
  for (const s of answering) {
    const start = text.indexOf('A:', (sentences[s] as Span).start);
    const label: Attribution = { kind: 'named-source', start, end: start + 2, sourceStart: start, sourceEnd: start + 1, cueStart: start + 1, cueEnd: start + 2, narrative: false };
    const reading = readings[s] as SentenceReading;
    reading.attributions = [label, ...reading.attributions];
    reading.phrases = [[], ...reading.phrases];
    answers.set(label, interviewee);
  }
  return answers;
}

/** The first person named in sentences before `before`, as a source or in passing: who a printed interview is with. */
function firstPersonNamed(text: string, sentences: readonly Span[], readings: readonly SentenceReading[], before: number): string | undefined {
  for (let s = 0; s < before; s++) {
    const sentence = sentences[s] as Span;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const names = [
      ...namesInPassing(tokens, sentence.start).filter((p) => p.named),
      ...(readings[s] as SentenceReading).attributions.filter((a) => a.kind === 'named-source').map((a) => ({ start: a.sourceStart, end: a.sourceEnd })),
    ].sort((a, b) => a.start - b.start);
    const person = names.map((n) => text.slice(n.start, n.end)).find((name) => onePersonsName(namedInPassing(name, 0, s)));
    if (person) return person;
  }
  return undefined;
}

// What may stand between "and" and what it adds: "and even", "and also".
const JOINED_ADVERBS = new Set(['even', 'also']);
const CROWD_OPENERS = new Set(['other', 'others', 'some', 'many', 'several', 'most', 'various', 'numerous']);
const OWNERS = new Set(['his', 'her', 'its', 'their']);
const POSTMODIFIERS = /^(?:who|that|which|in|from|for|of|to|at|with|by|on|across|\p{Ll}+(?:ing|ed))$/u;

/**
 * A crowd that can stand beside a name: "other economists", "some security experts", "others who…", "election-law
 * experts"; not the name's own people ("his aides"), a count or share ("31% of voters"), a record ("the polls"), or an
 * adjective's second half ("Current and former officials" is one crowd).
 */
function isCrowdBesideName(crowd: readonly Token[], sentenceStart: number): boolean {
  const first = crowd[0] as Token;
  if (OWNERS.has(first.lower) || first.lower === 'the') return false;
  if (!CROWD_OPENERS.has(first.lower) && ((first.capitalized && first.start !== sentenceStart) || !isLetterCode(first.text.charCodeAt(0)) || crowd.length < 2)) return false;
  // The head ends the noun phrase, before what describes it: "others who want…", "officials involved in…".
  let head = 0;
  while (head + 1 < crowd.length && !POSTMODIFIERS.test((crowd[head + 1] as Token).lower)) head++;
  return isCrowdOfPeople((crowd[head] as Token).lower);
}

/**
 * A named source phrase that joins a crowd to a name ("Ann Marsh and other economists", "the Acme campaign and some
 * security experts", "independent economists and even the central bank"): the name's span and the crowd's, or null.
 */
function crowdBesideName(text: string, sentence: Span, a: Attribution): [Span, Span] | null {
  const phrase = text.slice(a.sourceStart, a.sourceEnd);
  if (!phrase.includes(' and ')) return null;
  const words = tokenize(text, a.sourceStart, a.sourceEnd);
  const and = words.findIndex((w) => w.lower === 'and');
  if (and < 1 || words.findIndex((w, k) => k > and && w.lower === 'and') >= 0) return null;
  let left = words.slice(0, and);
  if (left[left.length - 1]?.text === ',') left = left.slice(0, -1);
  let right = words.slice(and + 1);
  if (right.length > 1 && JOINED_ADVERBS.has((right[0] as Token).lower)) right = right.slice(1);
  if (!left.length || !right.length) return null;
  const kindOf = (part: Token[]) =>
    part.length === 1 && SINGULAR_PERSON_PRONOUNS.has((part[0] as Token).lower) ? 'named-source' : classifySource(part, sentence.start)?.kind;
  const span = (part: Token[]): Span => ({ start: (part[0] as Token).start, end: (part[part.length - 1] as Token).end });
  const [l, r] = [kindOf(left), kindOf(right)];
  const crowdFirst = l === 'vague-attribution' && r === 'named-source';
  if (!crowdFirst && !(l === 'named-source' && r === 'vague-attribution')) return null;
  const [named, crowd] = crowdFirst ? [right, left] : [left, right];
  // "Current and former officials": one word opening the sentence may be an adjective of the crowd's noun.
  if (!crowdFirst && named.length === 1 && named[0]!.start === sentence.start && !CROWD_OPENERS.has(crowd[0]!.lower)) return null;
  // "Strategists for Ann Marsh and Reed": after a crowd's description, "and" goes on with what describes it.
  if (crowdFirst && crowd.some((w, k) => k > 0 && POSTMODIFIERS.test(w.lower))) return null;
  return isCrowdBesideName(crowd, sentence.start) ? [span(named), span(crowd)] : null;
}

/** Adds an attribution to `parsed`; a hedge qualifies a claim and credits no one, so it is none. */
function record(parsed: ParsedAttribution[] | undefined, text: string, sentence: Span, a: Attribution, inQuotation: boolean): void {
  if (!parsed || a.kind === 'hedge') return;
  const cueWord = a.cueStart >= 0 ? text.slice(a.cueStart, a.cueEnd).toLowerCase() : '';
  if (a.narrative && isUnmarkedAct(cueWord, text.slice(a.cueEnd, a.cueEnd + 12))) return;
  // "a report released by the institute": the agent published a document, the document is the source of what
  // follows; the agent stays a source for the findings (a figure it released is sourced).
  if (PUBLISHING_PARTICIPLES.has(cueWord) && a.cueStart < a.sourceStart) return;
  const cue = a.cueStart >= 0 ? { start: a.cueStart, end: a.cueEnd } : undefined;
  const source = fullSourcePhrase(text, sentence, { start: a.sourceStart, end: a.sourceEnd }, cue);
  parsed.push(cue ? { kind: a.kind, source, cue, inQuotation, narrative: a.narrative, nested: false } : { kind: a.kind, source, inQuotation, narrative: a.narrative, nested: false });
}

// Between a phrase and the aside set off after it: "The study, published in …".
const ASIDE_OPENS = /^\s*,\s*$/;
const PUBLISHING_PARTICIPLES = new Set(['released', 'published', 'issued', 'conducted', 'filed', 'compiled', 'written', 'provided', 'shared', 'commissioned']);

const BARE_SOURCE = /^(?:the|a|other) sources?$/;
/** Whether a reference's head, which `headOf` gives in the singular ("report", "poll", "study"), is a record's noun. */
const isRecord = (head: string): boolean => RECORD_CROWDS.has(`${head}s`) || RECORD_CROWDS.has(head.replace(/y$/, 'ies'));

/** `parsed`, when given, receives every attribution the parser finds, as the findings are made. */
function* analyzeSteps(text: string, options: AnalyzeOptions, parsed?: ParsedAttribution[]): Steps<Finding[]> {
  const { kinds, ignorePhrases, extraPhrases } = options;
  const wanted = (f: Finding) => (!kinds || kinds.includes(f.kind)) && !(ignorePhrases?.length && isIgnored(f, ignorePhrases));
  const sentences = yield* splitSentencesSteps(text);
  const paragraphs = paragraphsOf(text, sentences);
  const readings: SentenceReading[] = [];
  // Whether a word opening a sentence is capitalised in the text's sentences too, asked once a word, and for at most
  // `NAMES_ASKED` words, each a scan of the text: linear time on any page.
  const capitalised = new Map<string, boolean>();
  const names = (word: string): boolean => capitalised.get(word) ?? (capitalised.size < NAMES_ASKED && capitalised.set(word, capitalisedInText(text, word)).get(word) === true);
  for (let s = 0; s < sentences.length; s++) {
    readings.push(readSentence(text, sentences[s] as Span, paragraphs[s] as number, names));
    if (s % STEP === STEP - 1) yield;
  }
  // An interview's answers, and a transcript's turns, are their speakers' words, as quotations are.
  const openers = paragraphOpeners(sentences, paragraphs);
  const answers = interviewAnswers(text, sentences, openers, readings);
  const quotations = withTurns(findQuotations(text), transcriptTurns(text, sentences, paragraphs, openers, readings, answers));

  const found: Finding[] = [];
  const mentions: Mention[] = [];
  // Whether sentence k mentions a poll that asked people, read once a sentence when a crowd's answer asks.
  const polls = new Map<number, boolean>();
  const pollIn = (k: number): boolean => polls.get(k) ?? polls.set(k, mentionsPoll(text.slice((sentences[k] as Span).start, (sentences[k] as Span).end))).get(k) === true;
  // Everyone the article has named so far, by their acts too ("Ann Marsh would push to…"), for "the candidates".
  const namedPeople = new Map<string, Mention>();
  // The last words of the full names the article has given, by which it may call the same people alone later.
  const surnames = new Set<string>();
  // How often "he" and "she" have referred to each named person so far: the other pronoun refers to someone else.
  // The capitalised words written before each capitalised word ("Sandra" before "Inman"), and whether they open a
  // sentence. Read where the text writes the surname asked about: a page asks about a few of its thousands of pairs.
  const beforeWord = new Map<string, WordBefore[]>();
  const wordsBefore = (surname: string): readonly WordBefore[] => {
    let words = beforeWord.get(surname);
    if (!words) {
      words = [];
      for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
        CAPITALISED_BEFORE.lastIndex = at;
        const before = CAPITALISED_BEFORE.exec(text);
        if (!before) continue;
        const start = at - (before[2] as string).length - (before[1] as string).length;
        CAPITALISED_PAIR.lastIndex = start;
        if (CAPITALISED_PAIR.exec(text)?.[2] !== surname) continue;
        words.push({ word: (before[1] as string).toLowerCase(), opening: SENTENCE_OPENING.test(text.slice(Math.max(0, start - 4), start)) });
      }
      beforeWord.set(surname, words);
    }
    return words;
  };
  const pronouns: PronounsOfNames = noPronounsYet(wordsBefore);
  const referredBack = sentencesReferredBack(readings);
  /** Per sentence, the attributions kept, for the figures and quotations to find their sources. */
  const kept: Attribution[][] = [];
  /** Per sentence, names a quotation credits ("“… Marsh said that 4,000 homes would come …”"), which source figures too. */
  const quotedNames: Attribution[][] = [];
  // The named person opening sentence k whom "he" or "she" can be: a speaker the article had before by the same last
  // name, not a place or a title that opens the sentence ("Sandy Hook", "To Lorenz's"); or one whose first name says
  // "he" or "she" as the pronoun does ("Chairman Tom Ode … But he said").
  // Undefined when no named person opens it.
  const personOpening = (k: number, pronoun: string): Mention | null | undefined => {
    const prior = namedOpenerOf(text, sentences[k] as Span, paragraphs[k] as number, k);
    if (!prior) return undefined;
    const last = SPEAKER_NAME.exec(prior.mention.text)?.[1];
    const spokeBefore = !!last && mentions.some((m) => !m.inPassing && m.kind === 'named-source' && m.text.endsWith(last));
    return last && (spokeBefore || firstNameGender(prior.mention) === pronoun) && !genderClash(pronoun, prior.mention, pronouns) ? prior.mention : null;
  };
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Span;
    const { attributions, narrative, phrases, paragraph, tokens: readTokens } = readings[s] as SentenceReading;
    const parsedBefore = parsed?.length ?? 0;
    if (parsed) for (const a of narrative) record(parsed, text, sentence, a, quotationAround(quotations, a.sourceStart, a.sourceEnd) !== undefined);
    const here: Attribution[] = attributions.length ? [] : NONE;
    const quotedHere: Attribution[] = [];
    let reasonGiven: boolean | undefined;
    // Whether the sentence has its source ask not to be named: read once per sentence, however many sources it has.
    let askedHere: boolean | undefined;
    const asked = (): boolean => (askedHere ??= ASKED_NOT_TO_BE_NAMED.test(text.slice(sentence.start, sentence.end)));
    let opener: { mention: Mention; end: number } | null | undefined;
    // The people the sentence names in passing, read once, when a pronoun or a later reference needs them.
    let tokens: Token[] | undefined;
    let passing: PassingMention[] | undefined;
    const passingHere = (): { tokens: Token[]; passing: PassingMention[] } => {
      const read = (tokens ??= readTokens ?? tokenize(text, sentence.start, sentence.end));
      passing ??= namesInPassing(read, sentence.start);
      return { tokens: read, passing };
    };
    if (attributions.length) attributions.forEach((a, k) => {
      const interviewee = answers.get(a);
      if (interviewee !== undefined) {
        here.push(a);
        const f = attributionFinding(text, a, `A named source: an answer in the article’s interview with ${quoted(interviewee)}.`);
        if (wanted(f)) found.push(f);
        return;
      }
      // "It shows that …": a thing shows as often as a record does ("Reed visited the school. It shows that he cares");
      // "it" speaks for a record only when the sentence before names one ("… according to its FEC reports. It showed").
      if (a.cueStart >= 0 && IT_SHOWS.has(text.slice(a.cueStart, a.cueEnd).toLowerCase()) && /^it$/i.test(text.slice(a.sourceStart, a.sourceEnd)) && !(s > 0 && RECORD_NAMED.test(text.slice((sentences[s - 1] as Span).start, (sentences[s - 1] as Span).end)))) return;
      // Inside a quotation the words, hedges included, are the speaker's, not the article's attribution.
      const quotation = quotationAround(quotations, a.sourceStart, a.sourceEnd);
      if (quotation && !labelsQuotation(text, quotation, a)) {
        record(parsed, text, sentence, a, true);
        if (a.kind === 'named-source' && a.cueStart >= 0 && !PRONOUN_MENTION.test(text.slice(a.sourceStart, a.sourceEnd))) quotedHere.push(a);
        return;
      }
      const words = phrases[k] as string[];
      const shape = referenceShapeOf(text, a, words);
      let reason: string;
      let extra: Partial<Finding> = {};
      const nextNamed = shape?.group ? groupNamedNext(text, readings, sentences, s, shape.head as string) : namedInNextSentence(readings, s, text, sentences, quotations);
      let resolved = shape ? resolveReference(shape, mentions, paragraph, nextNamed, pronouns) : null;
      const oneOfThem = !resolved && (shape?.pronoun === 'he' || shape?.pronoun === 'she') && a.sourceStart === sentence.start ? oneOfThoseQuoted(mentions, s) : undefined;
      if (oneOfThem && !someoneElseIn(text, sentences[s - 1] as Span, oneOfThem)) resolved = { kind: oneOfThem.kind, specificity: oneOfThem.specificity, antecedent: oneOfThem };
      if (shape && isContestRole(shape) && resolved?.kind !== 'named-source' && namedPeople.size >= 2) {
        resolved = { kind: 'named-source', specificity: undefined, antecedent: [...namedPeople.values()].at(-1) as Mention };
      }
      // "Leeds diplomat praises Reed" over "Reed has an admirer in Leeds diplomat Ann Marsh": a headline leaves out the
      // name of the one person it describes, and the body's first sentence gives it.
      const described = headOf(words);
      if (!shape && !resolved && a.kind === 'anonymous-source' && s === 0 && standsAlone(readings, 0) && !described.plural && words.length && !HEADLINE_ARTICLES.test(words[0] as string)) {
        // Past a lede that describes the person too ("Leeds speechwriter says …" over "The teacher who wrote her speech
        // says … ¶ Tom Cross, a teacher, …").
        const named = personNamedIn(text, readings, sentences, 1, described.head || (words.at(-1) as string)) ?? delayedName(text, readings, sentences, 1);
        if (named) resolved = { kind: 'named-source', specificity: undefined, antecedent: named };
      }
      // "The lifelong teacher who wrote the mayor's speech says … ¶ Tom Cross, a former aide, wrote …": a lede may
      // describe the one person it is about and name them in the next sentence.
      if (!resolved && a.kind === 'anonymous-source' && (s === 0 || (s === 1 && standsAlone(readings, 0))) && k === 0) {
        const named = delayedName(text, readings, sentences, s);
        if (named) resolved = { kind: 'named-source', specificity: undefined, antecedent: named };
      }
      // "Even the organizer of the harbour march said … ¶ “…,” said Tom Reed, organizer of the harbour walkout": one
      // person described, whom the next sentence names with the same role of the same thing beside the name.
      if (!resolved && a.kind === 'anonymous-source') {
        const named = namedWithSameRole(text, readings, sentences, s, words) ?? epithetOfLastSpeaker(text, a, mentions, s, paragraph);
        if (named) resolved = { kind: 'named-source', specificity: undefined, antecedent: named };
      }
      // "Reed strategists say": a person's strategists are people on that side, a crowd, where "Acme Bank strategists"
      // speak for their firm; the article has named the person ("Tom Reed").
      if (!resolved && a.kind === 'named-source' && strategistsOfAPerson(words, text, text.slice(0, a.sourceStart))) Object.assign(a, { kind: 'vague-attribution', specificity: undefined, start: a.sourceStart, end: a.sourceEnd });
      // "The bank released documents that showed": bare records the sentence's subject put out are its own, named as
      // "the bank's documents" are; so are "figures that were released on Monday by Acme". "Documents show" alone says
      // neither whose nor which.
      const putOut = () => PUT_OUT_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 24), a.start)) || MADE_BY_AFTER.test(text.slice(a.sourceEnd, sentence.end)) || SHOWN_TO_A_COURT.test(text.slice(a.sourceEnd, sentence.end));
      if (!resolved && a.kind === 'vague-attribution' && words.length === 1 && putOut()) Object.assign(a, { kind: 'named-source', specificity: undefined, end: Math.max(a.end, a.cueEnd) });
      // "My husband, Tom Reed, runs the pub. … My husband says": the writer's own person, named beside the same words in
      // this paragraph or the one before.
      if (!resolved && a.kind === 'anonymous-source' && words.length === 2 && words[0] === 'my') {
        const from = sentences[sentences.findIndex((_, k) => (paragraphs[k] as number) >= paragraph - 1)]?.start ?? 0;
        const name = namedBesideMy(text.slice(from, a.sourceStart), words[1] as string);
        if (name) resolved = { kind: 'named-source', specificity: undefined, antecedent: namedInPassing(name, paragraph, s) };
      }
      // "Hull council published its register on Monday. Records show …": bare records right after a body put one out,
      // in the same paragraph, are what it put out.
      const publisher = !resolved && a.kind === 'vague-attribution' && words.length === 1 && s > 0 && readings[s - 1]?.paragraph === paragraph ? readings[s - 1]?.narrative.find((n) => n.kind === 'named-source' && n.cueStart >= 0 && PUTTING_OUT.test(text.slice(n.cueStart, n.cueEnd))) : undefined;
      if (publisher) resolved = { kind: 'named-source', specificity: undefined, antecedent: namedInPassing(text.slice(publisher.sourceStart, publisher.sourceEnd), paragraph, s - 1) };
      // "A survey of 2,000 nurses was published on Monday. The survey found …": a record the article brought in
      // unnamed ("a survey", "a preprint"), in this paragraph or the one before, is what "the survey" refers to,
      // vague as "a study" is (guide), though no verb made it a source there.
      // Not when the sentence names its maker or its journal after it ("The study, which ran in Leeds Medicine,
      // found …").
      if (!resolved && a.kind === 'named-source' && words.length === 2 && words[0] === 'the' && UNNAMED_RECORDS.has(words[1] as string) && !MAKER_AFTER.test(text.slice(a.sourceEnd, sentence.end))) {
        const from = sentences[sentences.findIndex((_, k) => (paragraphs[k] as number) >= paragraph - 1)]?.start ?? 0;
        const introduced = recordIntroduced(text.slice(from, a.sourceStart), words[1] as string);
        if (introduced) resolved = { kind: 'vague-attribution', specificity: undefined, antecedent: { ...namedInPassing(introduced, paragraph, s), kind: 'vague-attribution', head: words[1] as string } };
      }
      // "Several candidates, including Tom Reed, said", "The volunteers, led by the organiser Ann Marsh, told": a crowd
      // given with its members' names is no unspecified one; the reader can check those named.
      const listed = !resolved && (a.kind === 'vague-attribution' || a.kind === 'anonymous-source') ? memberNamed(passingHere().tokens, a, sentence.start) : undefined;
      // A body they are members of names a crowd, not an unnamed group with access ("Two nurses, both members of …")
      // nor a body's officials, who are no body speaking on the record (guide).
      const member = listed?.body && (a.kind !== 'vague-attribution' || NOT_NAMED_BY_BODY.has(headOf(words).head)) ? undefined : listed;
      // "The last candidate at the hall, former Mayor Ann Marsh, said": a description with the name set beside it.
      const appositive = !resolved && !member && (a.kind === 'vague-attribution' || a.kind === 'anonymous-source') ? appositiveName(text, passingHere(), a) : undefined;
      const namedBeside = member ? text.slice(member.start, member.end) : appositive;
      if (namedBeside) resolved = { kind: 'named-source', specificity: undefined, antecedent: namedInPassing(namedBeside, paragraph, s) };
      // "Researchers reported on Thursday in the journal Leeds Medicine", "Writing in Leeds Medicine, the authors said":
      // research a named journal published is a named document (guide).
      const researchers = RESEARCH_PEOPLE.has(headOf(words).head);
      // A study, a paper or research with its participle of publishing: "a study published on Wednesday in …".
      const researchAt = words.findIndex((w, k) => k <= 2 && RESEARCH_RECORDS.has(w));
      const research = researchAt >= 0 && (words[researchAt + 1] === undefined || PUBLISHING_PARTICIPLES.has(words[researchAt + 1] as string));
      const journalMatch = !resolved && a.kind === 'vague-attribution' && (researchers || research) ? JOURNAL_NAMED.exec(text.slice(sentence.start, sentence.end)) : null;
      // "a study published in May", "… on Wednesday in Scotland": a month is when and a place where, no journal; a
      // record's journal is called one or has a journal's word in its name.
      const journalNamed = journalMatch?.[1];
      const journalLike = researchers || /\bjournal\b/i.test(journalMatch?.[0] ?? '') || JOURNAL_WORDS.test(journalNamed ?? '');
      const journal = journalNamed && journalLike && !MONTHS.has(journalNamed.split(' ')[0]?.toLowerCase() ?? '') ? journalNamed : undefined;
      if (journal) resolved = { kind: 'named-source', specificity: undefined, antecedent: namedInPassing(journal, paragraph, s) };
      // "Acme will close the plant, a spokesman said": a spokesperson speaks on the record for whom the article names
      // just before (guide: "an Intel spokeswoman said"); so do "his lawyers", "its executives", for whom the pronoun
      // stands, as "Reed's lawyers" do for Reed.
      const joined = !resolved && a.kind !== 'named-source' ? words.join(' ') : '';
      const owner = joined ? SPEAKERS_FOR_OWNER.exec(joined)?.[1] : undefined;
      // "Ann Marsh was at home, according to her lawyers", "The driver, Tom Reed, was hurt, his lawyers said": first
      // the last person the sentence names before them, as for "she said"; then whom an earlier sentence named.
      const ownerPronoun = owner === 'his' ? 'he' : owner === 'her' ? 'she' : undefined;
      let spokenFor: Mention | undefined;
      if (ownerPronoun) {
        const mention = lastNameBefore(text, passingHere().passing, a.sourceStart, paragraph, s);
        if (mention && !genderClash(ownerPronoun, mention, pronouns)) spokenFor = mention;
      }
      spokenFor ??= owner ? ownerNamed(owner, mentions, paragraph, pronouns) : a.kind === 'anonymous-source' && BARE_SPOKESPERSON.test(joined) ? principalBefore(text, passingHere().passing, mentions, sentences, paragraphs, s, a.sourceStart) : undefined;
      // "The Hull Corn Exchange will close, its owners said": a body named in passing just before, when no source named
      // it; only as the subject opening its sentence, not a place the sentence passes ("found near the Severn Bridge").
      if (!spokenFor && owner === 'its') {
        const opensItsSentence = (p: PassingMention) => {
          const opening = sentences.find((span) => span.start <= p.start && p.start < span.end);
          return opening !== undefined && SUBJECT_OPENING.test(text.slice(opening.start, p.start));
        };
        const name = passingHere().passing.findLast((p) => p.named && p.end <= a.sourceStart && opensItsSentence(p));
        const body = name ? namedInPassing(text.slice(name.start, name.end), paragraph, s) : undefined;
        if (body && !surelyAPerson(body, pronouns)) spokenFor = body;
      }
      if (spokenFor) resolved = { kind: 'named-source', specificity: undefined, antecedent: spokenFor };
      // "Ann Marsh and Tom Reed toured the mill. They said …": two names joined by "and" in this sentence or the one
      // before are who "they" are, when no crowd is mentioned between them and it.
      // Before a group further back, too: "… People with accounts at the bank queued outside. They said …".
      if (shape?.pronoun === 'they' && (!resolved || resolved.antecedent.sentence < s - 1)) {
        const pair = namedPairBefore(text, sentences, paragraphs, s, a.sourceStart, passingHere().passing);
        if (pair) resolved = { kind: 'named-source', specificity: undefined, antecedent: namedInPassing(pair, paragraph, s) };
        else {
          const crowd = crowdOpeningBefore(text, sentences, paragraphs, s, a.sourceStart);
          if (crowd) resolved = { kind: crowd.kind, specificity: crowd.specificity, antecedent: crowd };
        }
      }
      // "Mayor Tom Reed left the hall an hour later, after he said the vote was fair": a person the sentence opens
      // with, named (or by a surname the article gave in full: "Reed … as he answered"), is who "he" or "she" in
      // it is, before anyone an earlier sentence introduced.
      const personPronoun = shape?.pronoun && SINGULAR_PERSON_PRONOUNS.has(shape.pronoun) ? shape.pronoun : undefined;
      if (personPronoun && (!resolved || resolved.antecedent.sentence < s)) {
        if (opener === undefined) opener = namedOpener(text, passingHere(), paragraph, s) ?? surnameOpener(text, sentence, surnames, paragraph, s);
        if (opener && opener.end <= a.sourceStart && !genderClash(personPronoun, opener.mention, pronouns)) resolved = { kind: 'named-source', specificity: undefined, antecedent: opener.mention };
      }
      // "Reed eased his tone on Monday. Asked …, he said …": a named person opening the sentence before, in the same
      // paragraph, is who "he" is, before a speaker an earlier sentence introduced. Only between named people: the
      // kind stands, the reason names the right one.
      // So is one when no one else could be: "he" after a paragraph that named only women.
      // So is one who opens the sentence before after an unnamed speaker further back: "A council aide … said the budget
      // was cut. ¶ Parry would not confirm that. She said …" is Parry.
      const staleSpeaker = resolved !== undefined && resolved !== null && resolved.antecedent.sentence < s - 1;
      if (personPronoun && (resolved ? staleSpeaker : a.kind === 'named-source') && paragraphs[s - 1] === paragraph) {
        const prior = personOpening(s - 1, personPronoun);
        if (prior) resolved = { kind: 'named-source', specificity: undefined, antecedent: prior };
        // Or the last name alone of one person the article has named in full before, whose first name says nothing
        // against the pronoun ("Tim Ode testified … ¶ Ode was the third witness … He said"); not "Reed" after both
        // "Ann Reed" and "Tom Reed".
        const surname = prior === undefined ? surnameOpener(text, sentences[s - 1] as Span, surnames, paragraph, s - 1) : null;
        // The full name, or the name alone when the article only ever gave that ("Parry said").
        const known = surname ? [...namedPeople.keys()] : [];
        const byFullName = known.filter((name) => name.endsWith(` ${surname?.mention.text}`));
        const fullNames = byFullName.length ? byFullName : known.filter((name) => name === surname?.mention.text);
        const fullName = fullNames.length === 1 ? namedPeople.get(fullNames[0] as string) : undefined;
        if (surname && fullName && !genderClash(personPronoun, surname.mention, pronouns) && (firstNameGender(fullName) ?? personPronoun) === personPronoun) resolved = { kind: 'named-source', specificity: undefined, antecedent: surname.mention };
      }
      // Failing all those, a person this paragraph named in passing whose name says "he" or "she"; then the latest
      // named person opening one of the few sentences before, in this paragraph or the one before ("Ann Marsh, the
      // organist, recalled the old hall. ¶ “…,” she said").
      if (personPronoun && !resolved && a.kind === 'named-source') {
        const named = personNamedInPassing(personPronoun, mentions, paragraph, pronouns);
        if (named) resolved = { kind: 'named-source', specificity: undefined, antecedent: named };
        // The sentence before, when in this paragraph, was read by the rule above and named no one.
        const from = paragraphs[s - 1] === paragraph ? s - 2 : s - 1;
        for (let k = from; !resolved && k >= 0 && k >= s - OPENERS_BACK && (paragraphs[k] as number) >= paragraph - 1; k--) {
          const prior = personOpening(k, personPronoun);
          if (prior) resolved = { kind: 'named-source', specificity: undefined, antecedent: prior };
        }
      }
      // "…,” said the nurse, who asked not to be named": whoever a description refers to, a speaker who asks not to be
      // named right after the tag is anonymous (guide), as one asking it before the verb already is.
      // So is a name the source phrase, or an aside before its verb, says is not the speaker's own or not whole:
      // "Ivo, not his real name, said", "a nurse, who gave only her first name, Ana, said".
      const nameWithheld = (a.kind === 'named-source' || resolved?.kind === 'named-source') && a.cueStart >= 0 && (ASKED_NOT_TO_BE_NAMED.test(text.slice(a.sourceStart, Math.max(a.sourceEnd, a.cueStart))) || NAME_GIVEN_SO_FAR.test(text.slice(Math.max(sentence.start, a.sourceStart - 80), a.sourceStart)));
      if (a.kind !== 'hedge' && a.cueStart >= 0 && (nameWithheld || ANONYMITY_AFTER_TAG.test(text.slice(Math.max(a.sourceEnd, a.cueEnd), Math.max(a.sourceEnd, a.cueEnd) + 120)))) {
        resolved = null;
        Object.assign(a, { kind: 'anonymous-source', specificity: 'generic', start: a.sourceStart, end: a.sourceEnd });
      }
      // A feeling is no claim to credit to a name: "these experts were outraged" stays a crowd's view.
      const resolvedToName = resolved?.kind === 'named-source' && a.cueStart >= 0 && isStanceCue(text.slice(a.cueStart, a.cueEnd));
      // "the person" after "The manager" after "a senior manager": an unnamed source's reason gives its first
      // description; a named one's gives the nearest mention unless that is a pronoun ("he" after "he" after "Reed").
      const nearest = resolved && !resolvedToName ? resolved.antecedent : undefined;
      const antecedent = nearest && (resolved?.kind !== 'named-source' || PRONOUN_MENTION.test(nearest.text)) ? (nearest.firstMention ?? nearest) : nearest;
      if (shape?.pronoun && resolved?.kind === 'named-source') notePronoun(pronouns, resolved.antecedent, shape.pronoun);
      if (resolved && antecedent) {
        a.kind = resolved.kind;
        a.specificity = resolved.specificity;
        const sourceText = text.slice(a.sourceStart, a.sourceEnd);
        const phrase = quoted(sourceText);
        // "the group said" after "The group announced": the same words again cite nothing; the reason is the one they
        // earn alone.
        const cited = antecedent.text.toLowerCase() === sourceText.toLowerCase() ? undefined : antecedent;
        if (a.kind === 'anonymous-source') {
          const given = antecedent.anonymityReasonGiven || (reasonGiven ??= explainsAnonymity(text, sentences, s));
          extra = { specificity: resolved.specificity ?? 'generic', anonymityReasonGiven: given };
          // "Another said" after "One former trustee said" is someone else of the same description.
          // "They" after "The aides, led by …" are several.
          const several = !!shape && !shape.another && (!!shape.plural || PLURAL_PRONOUNS.has(shape.pronoun ?? ''));
          const who = shape?.another ? 'is one more of those described as' : shape?.oneOf ? 'is one of those first described as' : several ? 'are those first described as' : 'is the one first described as';
          reason = cited
            ? `${several ? 'Unnamed sources' : 'An unnamed source'}: ${phrase} ${who} ${quoted(cited.text)}${given ? ', whose anonymity the article explains' : ''}; the reader cannot check who said this.`
            : anonymousReason(extra.specificity ?? 'generic', given, sourceText, asked());
        } else if (a.kind === 'named-source') {
          // A named finding spans its cue too, as one found named on its own words does ("John Kirby said"),
          // when the two stand together: not across a clause ("She gave no date, but said").
          if (a.cueStart >= 0 && Math.max(a.cueStart - a.sourceEnd, a.sourceStart - a.cueEnd) <= MAX_SOURCE_TO_CUE) {
            a.start = Math.min(a.start, a.cueStart);
            a.end = Math.max(a.end, a.cueEnd);
          }
          // A pronoun named on its own words ("he", with its name earlier in its own sentence) gives no name to cite.
          reason = !cited || PRONOUN_MENTION.test(cited.text) ? REASONS['named-source'] : member?.body ? `A named source: ${phrase} are members of ${quoted(cited.text)}, named beside them.` : member ? `A named source: ${phrase} come with ${quoted(cited.text)} named among them.` : appositive ? `A named source: ${phrase} ${/ and /.test(appositive) ? 'are' : 'is'} ${quoted(cited.text)}, named beside it.` : journal ? `A named source: ${phrase} published in ${quoted(cited.text)}.` : spokenFor ? `A named source: ${phrase} ${owner && words[1]?.endsWith('s') ? 'speak' : 'speaks'} for ${quoted(cited.text)}, named just before.` : `A named source: ${phrase} refers to ${quoted(cited.text)}, named nearby.`;
        } else {
          // "the report" after "a congressional report" is an unspecified report, not a group.
          const what = isRecord(headOf(words).head) || UNNAMED_RECORDS.has(words.at(-1) ?? '') ? 'report' : 'group';
          reason = cited ? `An unspecified ${what}: ${phrase} refers to ${quoted(cited.text)}, and no one could be asked to confirm it.` : REASONS[a.kind];
        }
      } else if (a.kind === 'vague-attribution' && pollAsked(text, pollIn, paragraphs, s, a, words)) {
        record(parsed, text, sentence, a, false);
        return;
      } else if ((shape?.pronoun && PLURAL_PRONOUNS.has(shape.pronoun)) || (a.cueStart < 0 && BARE_SOURCE.test(words.join(' ')))) {
        // "they" (or "both") with no group before it is nobody in particular; so is "the source" with no informant
        // before it ("tackling all of the sources of smog", "depending on the source", "cited a source for his claim").
        record(parsed, text, sentence, a, false);
        return;
      } else if (a.kind === 'anonymous-source') {
        const given = (reasonGiven ??= explainsAnonymity(text, sentences, s));
        const specificity = a.specificity ?? 'generic';
        extra = { specificity, anonymityReasonGiven: given };
        reason = anonymousReason(specificity, given, text.slice(a.sourceStart, a.sourceEnd), asked());
      } else reason = REASONS[a.kind];
      here.push(a);
      record(parsed, text, sentence, a, false);
      // A hedge qualifies a claim and is no one a later "he" or "the report" could refer to; nor is a bracketed credit,
      // a link to the outlet a digest took its item from.
      if (a.kind !== 'hedge' && text.charCodeAt(a.cueStart) !== 91 /* [ */) {
        const mention = mentionOf(text, a, words, paragraph, s, extra.anonymityReasonGiven);
        mention.firstMention = antecedent;
        // "Proponents, including Acme, have urged …, although they say": a crowd named by its members is a group "they"
        // refers to, whether or not its noun is one the lexicon knows.
        if (member) mention.namesGroup = true;
        // A lone first sentence is a headline, unless its cue is in the past, as a lead's is and a headline's seldom
        // ("Two officials familiar with the plan said Acme would be sold." against "Acme to be sold, sources say").
        if (s === 0 && standsAlone(readings, s) && !PAST_CUE.test(text.slice(a.cueStart, a.cueEnd))) mention.headline = true;
        mentions.push(mention);
      }
      const split = a.kind === 'named-source' && !resolved ? crowdBesideName(text, sentence, a) : null;
      if (split) {
        // "Ann Marsh and other economists have contested": the name is a source to check, the crowd beside it not.
        const [named, crowd] = split;
        for (const [part, kind, why] of [[named, 'named-source', reason], [crowd, 'vague-attribution', REASONS['vague-attribution']]] as const) {
          const f = attributionFinding(text, { ...a, kind, start: part.start, end: part.end, sourceStart: part.start, sourceEnd: part.end }, why);
          if (wanted(f)) found.push(f);
        }
        return;
      }
      // "Prince Tom, the heir's brother, has reportedly told friends": a hedge between a name and its verb leaves the
      // writer vouching for no named claim, as when the hedge sits inside the finding ("Marsh reportedly said").
      if (a.kind === 'named-source' && a.cueStart > a.sourceEnd && HEDGED.test(text.slice(a.sourceEnd, a.cueStart))) return;
      // "The study, published in JAMA Psychiatry, found", "According to the study, published in …,": the journal set
      // off beside a record credited names that record, which is the one finding; it stays a source for figures.
      if (a.kind === 'named-source' && a.cueStart >= 0 && a.cueStart < a.sourceStart && PUBLISHING_PARTICIPLES.has(text.slice(a.cueStart, a.cueEnd).toLowerCase()) && attributions.some((b) => b !== a && b.cueStart >= 0 && b.kind !== 'hedge' && ASIDE_OPENS.test(text.slice(b.sourceEnd, a.cueStart)))) return;
      const f = attributionFinding(text, a, reason, extra);
      if (wanted(f)) found.push(f);
    });
    if (parsed && parsed.length - parsedBefore > 1) markNested(text, sentence, parsed.slice(parsedBefore));
    kept.push(here);
    quotedNames.push(quotedHere);
    for (const a of [...attributions, ...narrative]) {
      const source = text.slice(a.sourceStart, a.sourceEnd);
      if (a.kind === 'named-source' && NAME_OPENING.test(source)) {
        namedPeople.set(source, namedInPassing(source, paragraph, s));
        notePronoun(pronouns, namedPeople.get(source) as Mention);
        addSurname(surnames, source, true);
      }
    }
    if (!referredBack[s]) continue;
    const { tokens: read, passing: inPassing } = passingHere();
    // In the order the sentence gives them, names and surnames alike: the last is whom "he" may refer to.
    const named: { start: number; mention: Mention }[] = [];
    for (const p of inPassing) {
      // "says a narrator": a source of this sentence is already a mention, of the kind its attribution earned.
      if (!p.named && attributions.some((a) => a.sourceStart <= p.start && p.end <= a.sourceEnd)) continue;
      const kind = p.named ? 'named-source' : 'anonymous-source';
      const mention: Mention = { kind, specificity: p.named ? undefined : 'generic', text: text.slice(p.start, p.end), head: p.head, plural: false, paragraph, sentence: s, inPassing: true, anonymityReasonGiven: undefined };
      // "a farmer and longtime Tom Reed supporter", "“… as Ann Marsh once told me …”": a name that describes someone
      // else, or one in someone's words, is no one the article has in view.
      // Nor is one that modifies a noun after an article: "on the Bear Rail trading floor", "the Reed campaign".
      const after = p.named ? wordAfter(text, p.end) : '';
      if (p.named && (quotationAround(quotations, p.start, p.end) || isPersonRole(after) || (after !== '' && ARTICLE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start))))) mention.notInView = true;
      named.push({ start: p.start, mention });
      if (p.named) {
        namedPeople.set(mention.text, mention);
        addSurname(surnames, mention.text);
      }
    }
    // "Tom Reed … Reed later left the hall … he said": a surname alone names, for "he" or "she", the person
    // the article gave it to in full.
    for (const t of read) {
      if (!t.capitalized || t.boundary || t.text === t.text.toUpperCase() || !surnames.has(t.lower.replace(POSSESSIVE_END, ''))) continue;
      if (inPassing.some((p) => p.named && p.start <= t.start && t.end <= p.end)) continue;
      named.push({ start: t.start, mention: { ...namedInPassing(text.slice(t.start, lettersEnd(t)), paragraph, s), surname: true } });
    }
    // A body the sentence opens with, for "officials" and "the agency" to refer to; never whom "he" or "she" is.
    const body = bodyOpening(read);
    if (body && !attributions.some((a) => a.sourceStart <= body.start && body.end <= a.sourceEnd) && !quotationAround(quotations, body.start, body.end)) {
      named.push({ start: body.start, mention: { kind: 'named-source', specificity: undefined, text: text.slice(body.start, body.end), head: body.head, plural: false, paragraph, sentence: s, inPassing: true, anonymityReasonGiven: undefined } });
    }
    for (const record of recordsInPassing(read)) {
      if (attributions.some((a) => a.sourceStart < record.end && record.start < a.sourceEnd) || quotationAround(quotations, record.start, record.end)) continue;
      named.push({ start: record.start, mention: { kind: 'named-source', specificity: undefined, text: text.slice(record.start, record.end), head: record.head, plural: record.plural, paragraph, sentence: s, inPassing: true, anonymityReasonGiven: undefined } });
    }
    for (const { mention } of named.sort((x, y) => x.start - y.start)) mentions.push(mention);
  }

  // Each count as the article first gave it ("28 people"), so that "the other 28 people" later is the same count again.
  const counted = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    // Whether the sentence points back to a named poll: read once, for the first figure that needs it.
    let pollBefore: boolean | undefined;
    // Whether its paragraph ends in a digest's credit: read once too.
    let credited: boolean | undefined;
    for (const figure of (readings[s] as SentenceReading).figures) {
      const said = text.slice(figure.start, figure.end).toLowerCase();
      const again = counted.has(said) && COUNTED_AGAIN.test(text.slice(Math.max(0, figure.start - 12), figure.start));
      counted.add(said);
      if (again) continue;
      const source = sourceOfFigure(text, figure, s, kept, sentences, quotations, paragraphs) ?? (quotedNames[s] as Attribution[]).find((a) => vouchesFor(text, a, figure, sentences[s] as Span)) ?? reportedByWho(text, figure, (readings[s] as SentenceReading).narrative, sentences[s] as Span);
      if (source?.kind === 'named-source' || (source && namedInWhatWasSaid(text, source, figure, sentences[s] as Span)) || (!source && (inOwnersPlan(text, sentences[s] as Span, figure) || (pollBefore ??= inNamedPollBefore(text, s, kept, sentences, paragraphs)) || (credited ??= creditedItem(text, s, kept, sentences, paragraphs))))) continue;
      const f: Finding = {
        kind: 'unverified-figure',
        start: figure.start,
        end: figure.end,
        text: text.slice(figure.start, figure.end),
        reason: source ? WEAKLY_SOURCED_FIGURE : REASONS['unverified-figure'],
      };
      if (wanted(f)) found.push(f);
    }
  }
  const engine = resolveOverlaps(found);
  if (!extraPhrases) return engine;
  // The reader's own phrases are flagged wherever they occur, so they win over the engine's findings.
  return mergePreferring(resolveOverlaps(findReaderPhrases(text, extraPhrases).filter(wanted)), engine);
}

// A poll that asked people: "a new Acme poll", "the survey", "those polled", "exit polls", "polls show"; not a standing
// in polls generally ("third in most polls", "the polling average", "leading the polls") or where a vote is cast ("at
// the polls").
const POLL = /\b(?:poll|survey|surveys|polled|surveyed)\b(?!-)|\b(?:exit|entrance|new|latest|recent|national|statewide|several|two|three|other)\s+polls\b|\bpolls\s+(?:show|shows|showed|showing|found|find|finds|suggest|suggests|suggested)\b/i;
const NOT_A_POLL = /\b(?:at|to|in|from) the polls\b/gi;
// What a poll asks its respondents: what they say, think, want, back or fear.
const ANSWERS = new Set(['say', 'says', 'said', 'saying', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'see', 'sees', 'saw', 'view', 'views', 'viewed', 'want', 'wants', 'wanted', 'support', 'supports', 'supported', 'supporting', 'back', 'backs', 'backed', 'backing', 'favor', 'favour', 'favors', 'favours', 'favored', 'favoured', 'prefer', 'prefers', 'preferred', 'oppose', 'opposes', 'opposed', 'agree', 'agrees', 'agreed', 'disagree', 'disagrees', 'disagreed', 'approve', 'approves', 'approved', 'disapprove', 'disapproves', 'disapproved', 'trust', 'trusts', 'trusted', 'feel', 'feels', 'felt', 'worry', 'worries', 'worried', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'rate', 'rates', 'rated', 'divided', 'split', 'unhappy', 'concerned', 'likely']);
// Crowds asked for their judgement, not their own answers: "economists say" is commentary even beside a poll.
const COMMENTATORS = new Set(['officials', 'experts', 'analysts', 'critics', 'observers', 'economists', 'scientists', 'researchers', 'authorities', 'commentators', 'pundits', 'forecasters', 'insiders', 'sources', 'specialists', 'scholars', 'academics', 'historians', 'strategists', 'pollsters', 'diplomats', 'aides', 'advisers', 'advisors', 'operatives', 'consultants']);

const OF_THEM = new Set(['of', 'them', 'those']);
const mentionsPoll = (text: string): boolean => POLL.test(text.replace(NOT_A_POLL, ''));

/**
 * "A new Acme poll asked 900 growers about the levy. Most growers say it is unfair": people that a poll in this
 * sentence or the one before it in its paragraph asked, answering what a poll asks, are its respondents, whose
 * answers are its findings; no claim is pinned on them.
 */
function pollAsked(text: string, pollIn: (k: number) => boolean, paragraphs: readonly number[], s: number, a: Attribution, words: readonly string[]): boolean {
  if (a.cueStart < 0 || !ANSWERS.has(text.slice(a.cueStart, a.cueEnd).toLowerCase())) return false;
  const lowers = words.map((w) => w.toLowerCase());
  // Not the poll itself ("some polls", "polling of members"), which the sentence's mention of a poll would be.
  if (lowers.some((w) => RECORD_CROWDS.has(w) || POLL.test(w))) return false;
  const crowd = lowers.find((w) => isCrowdOfPeople(w));
  // Or a quantifier alone: "most said", "many of them want".
  if (crowd ? COMMENTATORS.has(crowd) : !(VAGUE_DETERMINERS.has(lowers[0] ?? '') && lowers.slice(1).every((w) => OF_THEM.has(w)))) return false;
  return pollIn(s) || (s > 0 && paragraphs[s - 1] === paragraphs[s] && pollIn(s - 1));
}

// Two capitalised words in a row, read from where the first starts; the second is the whole word, to a boundary
// ("Inman" is no pair's second word in "Sandra Inmann").
const CAPITALISED_PAIR = /(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+)\b)/uy;
// The capitalised word and the spaces before a word, read back from where that word starts.
const CAPITALISED_BEFORE = /(?<=(\p{Lu}\p{Ll}+)(\s+))/uy;
// What ends before a word that opens a sentence: the text's start, a stop, a line break, an opening quotation mark.
const SENTENCE_OPENING = /(?:^|[.!?\n]["'“‘]?\s*|\n\s*["'“‘]?)$/;

// How many sentences back a "he" or "she" that refers to no one looks for a named person opening one.
const OPENERS_BACK = 4;

// How long an opening phrase before its comma may be: "In an interview on Monday,".
const OPENING_PHRASE_TOKENS = 8;
// Words that open a phrase of when, where or how before a clause: "During her campaign,", "In a statement,".
const PHRASE_OPENERS = new Set(['during', 'in', 'on', 'at', 'after', 'before', 'since', 'while', 'when', 'as', 'following', 'despite', 'amid', 'earlier', 'later', 'speaking', 'asked', 'meanwhile']);
// A name of capitalised words, the first no preposition, and no possessive: its last word.
const SPEAKER_NAME = /^(?!(?:To|In|At|On|For|From|By|With|As|Of)\b)(?:\p{Lu}[\p{L}.-]*\s+)*(\p{Lu}\p{Ll}[\p{L}-]*)$/u;

/** "Ode was the third witness": a surname the article gave in full, opening sentence s, with its verb after it. */
function surnameOpener(text: string, sentence: Span, surnames: ReadonlySet<string>, paragraph: number, s: number): { mention: Mention; end: number } | null {
  const tokens = tokenize(text, sentence.start, Math.min(sentence.end, sentence.start + 80));
  const [name, verb] = tokens;
  if (!name || !verb || !surnames.has(name.lower) || !surnameThenVerb(name, verb)) return null;
  const end = lettersEnd(name);
  return { mention: namedInPassing(text.slice(name.start, end), paragraph, s), end };
}

/** `namedOpener` of sentence s, read afresh. */
function namedOpenerOf(text: string, sentence: Span, paragraph: number, s: number): { mention: Mention; end: number } | null {
  const tokens = tokenize(text, sentence.start, sentence.end);
  return namedOpener(text, { tokens, passing: namesInPassing(tokens, sentence.start) }, paragraph, s);
}

/**
 * The named person a sentence opens with (after its dateline or an opening phrase, if any), its subject, as a
 * mention in passing.
 */
function namedOpener(text: string, { tokens, passing }: { tokens: readonly Token[]; passing: readonly PassingMention[] }, paragraph: number, s: number): { mention: Mention; end: number } | null {
  const first = passing[0];
  const start = afterDateline(tokens);
  // "During the spring, Marsh faced angry farmers when she said …": past an opening phrase and its comma, the subject. Not
  // past a name and what is set beside it ("From the front-runner, Ann Marsh, …") nor inside a quotation.
  const opening = PHRASE_OPENERS.has((tokens[start] as Token | undefined)?.lower ?? '');
  // The comma is looked for in the opening phrase's tokens only, not over the whole sentence.
  const inOpening = opening ? tokens.slice(start + 1, start + 1 + OPENING_PHRASE_TOKENS).findIndex((t) => t.text === ',') : -1;
  const comma = inOpening < 0 ? -1 : start + 1 + inOpening;
  const opens = [tokens[start], comma > 0 ? tokens[comma + 1] : undefined].map((t) => t?.start);
  // Not a name set beside another ("On another rival, Mr. Ode, Mr. Reed was asked"): the second is the subject.
  const next = first ? tokens.findIndex((t) => t.start >= first.end) : -1;
  const beside = next > 0 && tokens[next]?.text === ',' && (tokens[next - 1] as Token).end === first?.end && passing[1]?.start === tokens[next + 1]?.start;
  let named: { start: number; end: number } | undefined = first?.named && opens.includes(first.start) && !beside ? first : undefined;
  // "The mayor's deputy, Tom Hart, spoke next": the name set beside the role that opens the sentence is its subject.
  if (!named && first?.named && rolePutBeside(tokens, start, first)) named = first;
  // "During the spring, Marsh faced angry farmers": a surname alone past the opening phrase, with its verb right after it.
  const lone = comma > 0 ? (tokens[comma + 1] as Token | undefined) : undefined;
  const verb = tokens[comma + 2];
  if (!named && lone && verb && surnameThenVerb(lone, verb)) named = { start: lone.start, end: lettersEnd(lone) };
  if (!named) return null;
  // "Then Reed wondered", "Yet Ode has": an adverb that opens the sentence is no part of the name.
  const adverb = OPENING_ADVERB.exec(text.slice(named.start, named.end));
  return { mention: namedInPassing(text.slice(named.start + (adverb?.[0].length ?? 0), named.end), paragraph, s), end: named.end };
}
/** Whether the sentence opens with a role in lower case after a determiner, then a comma, the name, and a comma. */
function rolePutBeside(tokens: readonly Token[], start: number, name: PassingMention): boolean {
  const comma = tokens.findIndex((t, k) => k > start && t.text === ',');
  const role = tokens[comma - 1];
  if (comma < start + 2 || comma > start + 5 || !role || !isPersonRole(role.lower) || !ROLE_OPENERS.has((tokens[start] as Token).lower)) return false;
  if (tokens[comma + 1]?.start !== name.start) return false;
  return tokens.find((t) => t.start >= name.end)?.text === ',';
}
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const OPENING_ADVERB = /^(?:Then|So|Yet|Now|Later|Also|Still|Instead|Both|Against|Like|Unlike)\s+(?=\p{Lu})/u;
/** "Marsh faced", "Reed tried": a capitalised word that names no one only by itself, with a verb in the past after it. */
const surnameThenVerb = (name: Token, verb: Token): boolean =>
  name.capitalized && !name.boundary && !NOT_A_SURNAME.test(name.text) && !verb.boundary && !verb.capitalized && (isPastForm(verb.lower) || MORE_PASTS.has(verb.lower));
// Capitalised words that open a clause without naming anyone.
const NOT_A_SURNAME = /^(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|Here|His|Her|Their|Its|Our|My|A|An)$/;
// Verbs in the past right after a subject ("Marsh faced", "Reed tried", "Ode sought") are the parser's past forms and
// these.
const MORE_PASTS = new Set(['was', 'had', 'lost', 'became', 'found', 'would', 'could', 'did']);

/**
 * The sentences a later reference may reach back to (its own paragraph and the one before): only those are
 * read again for the people they mention in passing, which most sentences never need.
 */
function sentencesReferredBack(readings: readonly SentenceReading[]): Uint8Array {
  const marked = new Uint8Array(readings.length);
  let paragraphStart = 0;
  let previousParagraphStart = 0;
  readings.forEach((r, s) => {
    if (s > 0 && r.paragraph !== (readings[s - 1] as SentenceReading).paragraph) {
      previousParagraphStart = paragraphStart;
      paragraphStart = s;
    }
    // So do people who speak for someone named before them ("his lawyers said").
    if (r.phrases.some((words) => referenceShape(words) || SPEAKERS_FOR_OWNER.test(words.join(' ')))) marked.fill(1, previousParagraphStart, s);
  });
  return marked;
}

const REPORTING_CUES = new Set(['reported', 'reports', 'according']);

// What a headline leaves out and a lead keeps: "Leeds diplomat praises …" against "a source said".
const HEADLINE_ARTICLES = /^(?:a|an|the|one|two|three|some|according)$/;
/** The first person sentence n names as a source, or in passing right after the role given ("diplomat Ann Marsh"). */
function personNamedIn(text: string, readings: readonly SentenceReading[], sentences: readonly Span[], n: number, role: string): Mention | undefined {
  const reading = readings[n];
  const sentence = sentences[n];
  if (!reading || !sentence) return undefined;
  const k = firstNameIn(text, reading, 0);
  if (k >= 0) return mentionOf(text, reading.attributions[k] as Attribution, reading.phrases[k] as string[], reading.paragraph, n);
  // Or by an act: "Tom Reed drew a bleak picture", "Ann Marsh knows him".
  const act = reading.narrative.find((a) => a.kind === 'named-source' && NAME_OPENING.test(text.slice(a.sourceStart, a.sourceEnd)));
  if (act) return namedInPassing(text.slice(act.sourceStart, act.sourceEnd), reading.paragraph, n);
  const tokens = tokenize(text, sentence.start, sentence.end);
  const p = namesInPassing(tokens, sentence.start).find((m) => m.named && tokens[firstTokenFrom(tokens, m.start) - 1]?.lower === role);
  return p && namedInPassing(text.slice(p.start, p.end), reading.paragraph, n);
}

/**
 * The person a lede names one sentence late: sentence n opens with one person described at length and not as an
 * informant ("The lifelong teacher who wrote the mayor's speech says"), and the next sentence, in its paragraph or the
 * next, opens with a name set beside a description with the same head ("Tom Cross, a teacher at Leeds High, …").
 */
function delayedName(text: string, readings: readonly SentenceReading[], sentences: readonly Span[], n: number): Mention | undefined {
  const reading = readings[n];
  const next = sentences[n + 1];
  const a = reading?.attributions[0];
  if (!reading || !next || !a || a.kind !== 'anonymous-source' || (readings[n + 1] as SentenceReading).paragraph - reading.paragraph > 1) return undefined;
  const words = reading.phrases[0] as string[];
  const { head, plural } = headOf(words);
  if (plural || INFORMANT_HEADS.has(head) || ASKS_ANONYMITY.test(words.join(' '))) return undefined;
  const named = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s+((?:a|an|the)\s[^,.;:]*)/u.exec(text.slice(next.start, next.end));
  // The description beside the name says the same of them: "a teacher", "a former aide to the Leeds Republicans".
  const same = words.length >= 5 && named !== null && (named[1] as string).toLowerCase().split(/\s+/).slice(0, 12).some((w) => w.replace(/[’']s$|s$/, '') === head);
  if (same) return personNamedIn(text, readings, sentences, n + 1, '');
  // Or the next sentence gives the words of someone it names and describes no further, who is the one the lede
  // introduced: "A lawmaker in Leeds wants the levy scrapped. ¶ “It is unfair,” Ann Marsh said in a bill she tabled on Monday."
  const after = readings[n + 1] as SentenceReading;
  const k = INDEFINITE_OPENING.test(words[0] ?? '') && isPersonRole(head) ? firstNameIn(text, after, 0) : -1;
  const name = after.attributions[k];
  // A name with a description of its own beside it ("Ann Ode, the hospital director, said") is someone else.
  if (!name || /^\s*,/.test(text.slice(name.sourceEnd, name.sourceEnd + 2))) return undefined;
  const speaker = mentionOf(text, name, after.phrases[k] as string[], after.paragraph, n + 1);
  return onePersonsName(speaker) ? speaker : undefined;
}
const ASKS_ANONYMITY = new RegExp(ANONYMITY_ASKED);
/** Whether a sentence names someone besides the group it quotes: "Two officials said Tom Reed would resign". */
function someoneElseIn(text: string, sentence: Span, group: Mention): boolean {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const groupStart = text.indexOf(group.text, sentence.start);
  const groupEnd = groupStart + group.text.length;
  // A person named there, whom a "he" or "she" could be; an unnamed one ("the coach") is as unnamed as the group.
  return namesInPassing(tokens, sentence.start).some((p) => p.named && (p.end <= groupStart || p.start >= groupEnd));
}
// A verb by which a subject puts out records, ending the text before them: "released documents", "included emails".
const PUT_OUT_BEFORE = /\b(?:released|published|issued|included|produced|provided|disclosed|submitted|filed|posted|shared|handed over)\s+$/;
/** The name set beside "my <role>" in `before`: "my husband, Tom Reed,", "Tom Reed, my husband". */
function namedBesideMy(before: string, role: string): string | undefined {
  const name = String.raw`(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})`;
  const pattern = new RegExp(String.raw`\b[Mm]y ${role}, ${name}|${name}, my ${role}\b`, 'u');
  const m = pattern.exec(before);
  return m ? (m[1] ?? m[2]) : undefined;
}
// A verb by which a body put a record out, as a sentence's cue: "Hull council published its register".
const PUTTING_OUT = /^(?:published|released|issued|filed|posted|put out)$/i;
// A court records were shown to: "Documents shown to the court", "… to the High Court".
const SHOWN_TO_A_COURT = /^\s+(?:shown|presented|submitted|given|handed)\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:court|jury|tribunal|inquiry|committee|judge)\b/i;
// A relative clause that gives the records' maker: "that were released on Monday by Acme".
const MADE_BY_AFTER = /^\s+(?:that|which)\s+(?:was|were|had been|have been|has been)(?:\s+be)?\s+\p{Ll}+ed\b[^.;]{0,40}?\bby\s+(?:the\s+)?\p{Lu}/u;
/** "Reed strategists", "top Reed strategists": strategists named by the surname of a person the article named in full. */
function strategistsOfAPerson(words: readonly string[], text: string, before: string): boolean {
  const k = words.length - 2;
  if (words[k + 1] !== 'strategists' || k < 0 || k > 1 || (k === 1 && words[0] !== 'top' && words[0] !== 'senior')) return false;
  const raw = words[k] as string;
  const surname = `${raw.charAt(0).toUpperCase()}${raw.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  // Not a firm's ("Kessler Capital", "Holt Securities"): the surname with a capitalised word after it anywhere.
  if (new RegExp(`\\b${surname} \\p{Lu}`, 'u').test(text)) return false;
  // The full name earlier, a person's by a first name or an honorific: "Tom Reed", "Mrs. Reed".
  for (const m of before.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}.'’-]+) ${surname}\\b`, 'gu'))) {
    if (firstNameGender({ text: `${m[1]} ${surname}`, firstMention: undefined }) !== undefined) return true;
  }
  return false;
}
const ROLE_LINKS = new Set(['with', 'from', 'that', 'this', 'their', 'about', 'into', 'over', 'after', 'before']);
/** A full name with a description after its comma: "Tom Reed, organizer of …", "Ann Marsh, a nurse at …". */
const NAME_AND_ROLE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s+((?:a|an|the)\s)?([^,.;:“”"]{1,80})/gu;
/**
 * The person the sentence after sentence n names with the role its unnamed source was described by ("the organizer of
 * the harbour march" … "Tom Reed, organizer of the harbour walkout"): one person, not an informant or someone who asked
 * not to be named.
 */
function namedWithSameRole(text: string, readings: readonly SentenceReading[], sentences: readonly Span[], n: number, words: readonly string[]): Mention | undefined {
  const reading = readings[n];
  const after = readings[n + 1];
  const next = sentences[n + 1];
  if (!reading || !after || !next || after.paragraph - reading.paragraph > 1) return undefined;
  // Only a definite description, one person the reader is to know ("the organizer of the march"); "a nurse at the
  // clinic" may be anyone of that trade, and "Ann Marsh, a nurse" someone else.
  const { head, plural } = headOf(words);
  if (words[0] !== 'the' || plural || !head || !isPersonRole(head) || INFORMANT_HEADS.has(head) || ASKS_ANONYMITY.test(words.join(' '))) return undefined;
  // The same role of the same thing: "the organizer of the harbour march" … "organizer of the harbour walk"; "the
  // lawyer for the family" is not "Nadia Korr, lawyer for the hospital".
  const described = new Set(words.flatMap((w) => w.split('-')).filter((w) => w.length > 3 && w !== head && !ROLE_LINKS.has(w)));
  for (const m of text.slice(next.start, next.end).matchAll(NAME_AND_ROLE)) {
    const role = (m[2] as string).toLowerCase().split(/[^\p{L}'’]+/u);
    if (role.slice(0, 4).some((w) => w.replace(/[’']s$/, '') === head) && role.some((w) => described.has(w))) return personNamedIn(text, readings, sentences, n + 1, '');
  }
  return undefined;
}
// One spokesperson, with nothing said of whom they speak for: "a spokesman", "a company spokeswoman" is read already.
const BARE_SPOKESPERSON = /^(?:a|an|one|another)(?: senior| chief)? spokes(?:man|woman|person)$/;
/**
 * Whom a bare spokesperson speaks for: the last name their sentence gives before them, or the last named source or
 * name of the sentence before in its paragraph ("The ministry said 40 had died. A spokeswoman said …").
 */
function principalBefore(text: string, passing: readonly PassingMention[], mentions: readonly Mention[], sentences: readonly Span[], paragraphs: readonly number[], s: number, before: number): Mention | undefined {
  const here = lastNameBefore(text, passing, before, paragraphs[s] as number, s);
  if (here) return here;
  const source = mentions.findLast((m) => m.sentence >= s - 1 && m.kind === 'named-source' && !m.inPassing && !PRONOUN_MENTION.test(m.text));
  if (source && (source.sentence === s || paragraphs[s - 1] === paragraphs[s])) return source;
  const previous = sentences[s - 1];
  if (!previous || paragraphs[s - 1] !== paragraphs[s]) return undefined;
  const tokens = tokenize(text, previous.start, previous.end);
  return lastNameBefore(text, namesInPassing(tokens, previous.start), previous.end, paragraphs[s] as number, s - 1);
}
/** The last name a sentence's passing mentions give before `before`, as a mention of sentence s. */
function lastNameBefore(text: string, passing: readonly PassingMention[], before: number, paragraph: number, s: number): Mention | undefined {
  const name = passing.findLast((p) => p.named && p.end <= before);
  return name && namedInPassing(text.slice(name.start, name.end), paragraph, s);
}
// Words of a journal's name: "Leeds Medicine", "Physics Letters".
const JOURNAL_WORDS = /\b(?:Journal|Medicine|Science|Sciences|Nature|Lancet|Review|Letters|Proceedings|Annals|Bulletin|Reports|Research|Cell|Physics|Chemistry|Biology|Ecology|Genetics|Psychology|Economics|Epidemiology)\b/;
// Research a journal publishes: "according to a study published on Wednesday in Leeds Medicine".
const RESEARCH_RECORDS = new Set(['study', 'paper', 'research', 'trial', 'analysis']);
// People who publish research, and a named journal their sentence says it appeared in.
const RESEARCH_PEOPLE = new Set(['researcher', 'scientist', 'author', 'team', 'astronomer', 'physicist', 'biologist', 'ecologist', 'epidemiologist', 'economist', 'geologist', 'chemist']);
// Not "reported in": "reported in Leeds" is as often a place.
const JOURNAL_NAMED = /\b(?:in the (?:journal|magazine)s? |(?:writing|published|publishing|appearing)(?: (?:online|on|this|last|today|yesterday|early|late|\p{L}+day))* in (?:the )?)((?:\p{Lu}[\p{L}&'’-]*)(?: (?:of |the |and |for )?\p{Lu}[\p{L}&'’-]*){0,5})/u;
// A possessive pronoun before people who speak for its owner on the record.
// So do those who own, run or founded it: "its owners announced", "their operators said"; and those whose work it
// publishes: "its researchers found", "its economists estimate".
const SPEAKERS_FOR_OWNER = /^(his|her|its|their) (?:lawyers?|attorneys?|solicitors?|barristers?|counsel|spokes(?:man|woman|person)|representatives?|executives?|owners?|operators?|founders?|organi[sz]ers?|promoters?|trustees|directors|researchers|authors|analysts|economists|scientists)(?: (?:in|at|on) .*)?$/;
/** Whom "his", "her", "their" or "its" stands for, when a name: a person as "he" would be, or the last named body. */
function ownerNamed(owner: string, mentions: readonly Mention[], paragraph: number, pronouns: PronounsOfNames): Mention | undefined {
  if (owner === 'its') return mentions.findLast((m) => m.paragraph >= paragraph - 1 && m.kind === 'named-source' && !/^(?:it|its)$/i.test(m.text) && !surelyAPerson(m, pronouns));
  const shape = referenceShape([owner]);
  const resolved = shape ? resolveReference(shape, mentions, paragraph, undefined, pronouns) : null;
  if (resolved) return resolved.kind === 'named-source' ? resolved.antecedent : undefined;
  // Or a person named in passing nearby whose name says "he" or "she": "Ann Marsh sued the council. … her solicitors said".
  return shape?.pronoun && SINGULAR_PERSON_PRONOUNS.has(shape.pronoun) ? personNamedInPassing(shape.pronoun, mentions, paragraph, pronouns) : undefined;
}
const INDEFINITE_OPENING = /^an?$/i;
// Before a name that opens its sentence as the subject: nothing, or "the".
const SUBJECT_OPENING = /^\W*(?:the\s+)?$/i;
const ASKED_NOT_TO_BE_NAMED = new RegExp(String.raw`\b(?:${ANONYMITY_ASKED})`, 'i');
// Heads of people a story quotes for what they know, not for who they are: another source may well be named after them.
const INFORMANT_HEADS = new Set(['source', 'official', 'person', 'insider', 'aide', 'adviser', 'advisor', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'staffer', 'employee', 'executive', 'officer', 'member', 'individual', 'witness', 'resident', 'analyst', 'expert', 'strategist']);

// Between two names of a pair: "and", perhaps after a description set off by commas, and before a role in lower
// case ("Ann Marsh, a teacher, and Tom Reed", "Senator Ann Marsh and congressman Tom Reed").
const PAIR_JOIN = /^(?:,[^,.;:]{1,60},)?\s+and\s+(?:\p{Ll}+\s+){0,2}$/u;
/**
 * The last pair of names joined by "and" (see `PAIR_JOIN`) in sentence s before `before`, or in the sentence before
 * it within the paragraph, with no crowd of people mentioned after the pair; or undefined. `passingHere`: the people
 * sentence s mentions in passing, read already.
 */
function namedPairBefore(text: string, sentences: readonly Span[], paragraphs: readonly number[], s: number, before: number, passingHere: readonly PassingMention[]): string | undefined {
  for (const n of [s, s - 1]) {
    const sentence = sentences[n];
    if (!sentence || paragraphs[n] !== paragraphs[s]) return undefined;
    let passing: readonly PassingMention[];
    if (n === s) passing = passingHere.filter((m) => m.end <= before);
    else {
      const tokens = tokenize(text, sentence.start, sentence.end);
      passing = namesInPassing(tokens, sentence.start);
    }
    const names = passing.filter((m) => m.named);
    for (let k = names.length - 1; k > 0; k--) {
      const [first, second] = [names[k - 1] as PassingMention, names[k] as PassingMention];
      if (!PAIR_JOIN.test(text.slice(first.end, second.start))) continue;
      const after = tokenize(text, second.end, before).filter((t) => !t.capitalized && isPeoplePlural(t.lower));
      return after.length ? undefined : text.slice(first.start, second.end);
    }
  }
  return undefined;
}

/**
 * The name that sets off a source phrase as including or led by someone, inside the phrase or right after it:
 * "Several candidates, including Tom Reed,", "The volunteers — led by the organiser Ann Marsh —", "including The Leeds
 * Post", "Some shop owners, such as Tom Reed," (as "Growers such as Tom Reed" with no commas). Not members described
 * only by a crowd ("including Muslims and Jews") or a role ("including her chief of staff"), nor an example likened to
 * the crowd ("Some, like Reed,"), which stays the crowd.
 */
function memberNamed(tokens: readonly Token[], source: { sourceStart: number; sourceEnd: number }, sentenceStart: number): { start: number; end: number; body?: true } | undefined {
  const last = Math.min(firstTokenFrom(tokens, source.sourceEnd), tokens.length - 1);
  for (let k = firstTokenFrom(tokens, source.sourceStart) + 1; k <= last; k++) {
    // "Researchers led by Ann Marsh found": a leader needs no commas to set them off.
    const ledBy = (tokens[k] as Token).lower === 'led' && tokens[k + 1]?.lower === 'by';
    if (!SETTING_OFF.has((tokens[k] as Token).text) && !ledBy) continue;
    let m = ledBy ? k : k + 1;
    // "The nurses, all members of the Leeds Nurses Union,", "The growers, members of a new group called Farmers for
    // Hull,": the body they all belong to, named.
    if (tokens[m]?.lower === 'all' || tokens[m]?.lower === 'both') m++;
    if (tokens[m]?.lower === 'members' && tokens[m + 1]?.lower === 'of') {
      m += 2;
      // A name given as one ("called …") is a name, whatever its words.
      let called = -1;
      if (tokens[m]?.lower === 'a' || tokens[m]?.lower === 'an') {
        called = tokens.slice(m + 1, m + 5).findIndex((t) => t.lower === 'called' || t.lower === 'named');
        if (called < 0) return undefined;
        m += called + 2;
      } else if (tokens[m]?.lower === 'the') m++;
      const name = tokens[m];
      if (!name?.capitalized || (called < 0 && !isProperName(tokens, m, sentenceStart))) return undefined;
      let e = m;
      const goesOn = (t: Token | undefined, after: Token | undefined) => t?.capitalized === true || ((t?.lower === 'of' || t?.lower === 'for') && after?.capitalized === true);
      while (e + 1 < tokens.length && goesOn(tokens[e + 1], tokens[e + 2])) e++;
      // "members of England’s squad": the body is the name's, named with its noun.
      if (/['’]s$/.test((tokens[e] as Token).text) && /^\p{Ll}+$/u.test(tokens[e + 1]?.text ?? '')) e++;
      return { start: name.start, end: lettersEnd(tokens[e] as Token), body: true };
    }
    const word = tokens[m]?.lower;
    // "three recent polls, including one from Monmouth University": records, one of them named by its maker.
    const oneRecordFrom = word === 'including' && tokens[m + 1]?.lower === 'one' && (tokens[m + 2]?.lower === 'from' || tokens[m + 2]?.lower === 'by') && RECORD_PLURALS.has((tokens[last - 1] as Token | undefined)?.lower ?? '');
    if (word === 'led' && tokens[m + 1]?.lower === 'by') m += 2;
    else if (oneRecordFrom) m += 3;
    else if (word === 'including') m++;
    else if ((word === 'among' && tokens[m + 1]?.lower === 'them') || (word === 'such' && tokens[m + 1]?.lower === 'as')) m += 2;
    else continue;
    // "the" or a role before the name: "including the Leeds Post", "led by the organiser Ann Marsh"; not "including
    // a share of Acme's board", "including one from Leeds".
    if (tokens[m]?.lower === 'the') m++;
    const role = m;
    while (m < role + 3 && tokens[m] && !(tokens[m] as Token).capitalized && /^\p{Ll}+$/u.test((tokens[m] as Token).text)) m++;
    const first = tokens[m];
    // "including Mr. Ode", "led by Sen. Ann Marsh": an honorific or a title before the name is the name's.
    const titled = first?.capitalized === true && (HONORIFICS.has(first.lower) || TITLES.has(first.lower)) ? m + 1 : m;
    if (!first?.capitalized || (m > role && !isPersonRole((tokens[m - 1] as Token).lower)) || !isProperName(tokens, titled, sentenceStart) || isPeoplePlural(first.lower) || POSSESSIVE_END.test(first.text)) return undefined;
    // The members as the article lists them, to the phrase's end: "Tom Reed and Ann Marsh of Leeds".
    let e = m;
    // Not set off, the leader is the name alone: "led by Ann Marsh at the institute".
    while (e + 1 < tokens.length && (!(ledBy || oneRecordFrom) || (tokens[e + 1] as Token).capitalized) && !SETTING_OFF.has((tokens[e + 1] as Token).text) && !(tokens[e + 1] as Token).boundary) e++;
    return { start: first.start, end: lettersEnd(tokens[e] as Token) };
  }
  return undefined;
}
const SETTING_OFF = new Set([',', '—', '–', '-', '--', '(', ')']);
/**
 * "Ari Fleischer said … “…,” said the former top aide to President George W. Bush": a long description of one person
 * after a named person was quoted in the sentence before is the writer's epithet for that speaker, when the story has
 * met no unnamed person since the paragraph before. The mention, or undefined.
 */
function epithetOfLastSpeaker(text: string, a: Attribution, mentions: readonly Mention[], s: number, paragraph: number): Mention | undefined {
  const phrase = text.slice(a.sourceStart, a.sourceEnd);
  if (!EPITHET.test(phrase)) return undefined;
  const recent = mentions.filter((m) => !m.inPassing && m.paragraph >= paragraph - 1);
  const last = recent.at(-1);
  if (!last || last.kind !== 'named-source' || last.plural || last.sentence !== s - 1 || !onePersonsName(last) || PRONOUN_MENTION.test(last.text)) return undefined;
  return recent.some((m) => m.kind === 'anonymous-source') ? undefined : last;
}
// "the former top aide to …", "The influential delegate and conservative activist, who …": "the", then at least two
// words before the description ends; not "the man", "the woman", "the person", whom a story meets unnamed.
const EPITHET = /^[Tt]he\s+(?!(?:man|woman|person|source|official|boy|girl)\b)\p{Ll}[\p{L}-]*(?:,?\s+[\p{L}\d][\p{L}\d.'’-]*){2,}/u;
const RECORD_PLURALS = new Set(['polls', 'surveys', 'studies', 'reports', 'analyses', 'estimates']);
const NOT_NAMED_BY_BODY = new Set(['official', 'source', 'insider', 'aide', 'staffer', 'person']);

// Between a comma and a name, what may stand before the name in an appositive: "former", a title ("Secretary of
// State").
// An age may stand there too: "17-year-old Tom Reed".
const BEFORE_APPOSITIVE_NAME = /^\s*(?:\d+-year-old\s+)?(?:(?:former|then|now|longtime|fellow|veteran)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+)?){0,4}$/u;
// "a longtime critic, veteran columnist Ann Marsh,": a role in lower case, a word or two before it.
const ROLE_BEFORE_NAME = /^\s*(?:(?!(?:like|unlike|besides|with|without|his|her|their|its|our|my|your|and|or|but|of|to|for|as|than|by)\s)[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+$/;
const roleBeforeName = (between: string): boolean => {
  const role = ROLE_BEFORE_NAME.exec(between)?.[1];
  return role !== undefined && (isPersonRole(role) || isPersonNoun(role));
};
const BODY_APPOSITIVE = /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:of|for|on|and)\s+)?){0,5}\p{Lu}[\p{L}'’.-]*)\s*[,;—–]/u;

/**
 * "The last candidate at the hall, former Mayor Ann Marsh,", "her two rivals, Tom Reed and Ann Marsh": the name or
 * names set beside a description, after a comma that ends it, when the description holds one person noun (its head),
 * so that the name cannot describe someone else in it ("an aide to the mayor, Tom Reed" names the mayor). A crowd
 * takes two names or more.
 */
function appositiveName(text: string, { tokens, passing }: { tokens: readonly Token[]; passing: readonly PassingMention[] }, a: Attribution): string | undefined {
  const first = firstTokenFrom(tokens, a.sourceStart);
  // The comma that ends the description, inside the phrase or right after it.
  const end = Math.min(firstTokenFrom(tokens, a.sourceEnd), tokens.length - 1);
  let comma = -1;
  for (let k = first + 1; k <= end && comma < 0; k++) if (SETTING_OFF.has((tokens[k] as Token).text)) comma = k;
  if (comma < 0 || (tokens[comma] as Token).text !== ',') return undefined;
  const described = tokens.slice(first, comma).filter((t) => !t.capitalized);
  const people = described.filter((t) => isPersonRole(t.lower) || isPersonNoun(t.lower) || isPeoplePlural(t.lower));
  // Or one body: "A trade group, the Game Makers Council,".
  const body = people.length === 0 && described.filter((t) => INSTITUTIONS.has(t.lower) && !t.lower.endsWith('s')).length === 1;
  if (people.length !== 1 && !body) return undefined;
  const after = (tokens[comma] as Token).end;
  // "A trade group, the Game Makers Council,": a body's name is its capitalised words, whichever of them alone is a name.
  if (body) return BODY_APPOSITIVE.exec(text.slice(after))?.[1];
  const plural = isPeoplePlural((people[0] as Token).lower);
  // Names close after it, read in the few characters a title and "former" take.
  const near = (from: number) => passing.filter((p) => p.named && p.start >= from && p.start - from <= APPOSITIVE_REACH);
  const name = near(after).find((p) => BEFORE_APPOSITIVE_NAME.test(text.slice(after, p.start)) || roleBeforeName(text.slice(after, p.start)));
  if (!name) return undefined;
  // An appositive closes before the sentence goes on: not "According to his advisers, Ann Marsh and Tom Reed have…".
  const closed = (at: number) => APPOSITIVE_CLOSED.test(text.slice(at, at + 40));
  if (!plural) return closed(name.end) ? text.slice(name.start, name.end) : undefined;
  // A crowd's members: the names listed with "and" up to the next comma or the sentence's end.
  const last = near(name.end + 1).find((p) => / and (?:(?:former|then|now)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(name.end, p.start)) && !/[,;—]/.test(text.slice(name.end, p.start).replace(/\([^)]*\)/g, '')));
  return last && closed(last.end) ? text.slice(name.start, last.end) : undefined;
}
const APPOSITIVE_REACH = 80;
const APPOSITIVE_CLOSED = /^\s*(?:\([^)]*\)\s*)?(?:[,;:.!?—–)]|$)/;

/**
 * "Leeds Democrats sank the levy because they said…", "Mexican officials ran polls of their own. The outreach,
 * they said, …": a crowd that opens this sentence before "they", or the one before in its paragraph, as the subject of
 * an act that is no attribution, is who "they" are, when no other people are mentioned between them. Only a crowd
 * or unnamed people: a name is found as a source or in passing.
 */
function crowdOpeningBefore(text: string, sentences: readonly Span[], paragraphs: readonly number[], s: number, before: number): Mention | undefined {
  // This sentence's words before "they".
  const here = tokenize(text, (sentences[s] as Span).start, before);
  for (const n of [s, s - 1]) {
    const sentence = sentences[n];
    // Its own paragraph or the one before, as for any reference (guide).
    if (!sentence || (paragraphs[s] as number) - (paragraphs[n] as number) > 1) return undefined;
    const tokens = n === s ? here : tokenize(text, sentence.start, sentence.end);
    const subject = openingSubject(tokens, sentence.start);
    while (subject.length > 1 && JOINING.has((subject.at(-1) as Token).lower)) subject.pop(); // "… of Leeds and" cut short
    // The crowd is the phrase's last word, or the one before where its people are ("Scientists at the universities of
    // Leeds and Hull"), with nothing but "of" before it: "many of the members", not "the mood among people near
    // him".
    const isCrowd = (t: Token | undefined) => t !== undefined && (GROUP_PLURALS.has(t.lower) || ((!t.capitalized || t.start === sentence.start) && isCrowdOfPeople(t.lower)));
    // So is a crowd opening the phrase before what they are of: "Critics of the plan", "Some residents of the estate".
    const where = subject.findIndex((t, k) => k > 0 && AFFILIATING.has(t.lower) && isCrowd(subject[k - 1]) && (k <= 2 || subject.slice(k + 1, k + 6).some((u) => u.capitalized)));
    const head = where > 0 ? subject[where - 1] : subject.at(-1);
    const last = subject.at(-1);
    if (!head || !last || !isCrowd(head)) continue;
    if (subject.slice(0, where > 0 ? where - 1 : -1).some((t) => PLACES_AND_RECORDS.has(t.lower) || (!t.capitalized && /\p{L}ed$/u.test(t.lower)))) continue;
    const cls = classifySource(subject, sentence.start);
    // A named crowd only by where its people are; other capitals in a phrase that opens a sentence may only be its
    // first word's ("Disconsolate party operatives").
    if (!cls || (cls.kind === 'named-source' && where < 0)) return undefined;
    // "Economists looked at firms where managers hired those they thought…": other people between make "they" unclear;
    // people counted there are what the crowd counted ("analysed data on 500,000 people").
    const after = tokens.slice(tokens.indexOf(last) + 1).concat(n === s ? [] : here);
    if (after.some((t, k) => !t.boundary && isCrowd(t) && !/^\d/.test(after[k - 1]?.text ?? ''))) return undefined;
    const start = (subject[0] as Token).start;
    return { kind: cls.kind as Mention['kind'], specificity: cls.specificity, text: text.slice(start, lettersEnd(last)), head: head.lower, plural: true, paragraph: paragraphs[n] as number, sentence: n, inPassing: true, anonymityReasonGiven: undefined };
  }
  return undefined;
}
const AFFILIATING = new Set(['at', 'of', 'from', 'with']);
const JOINING = new Set(['and', 'or', ',']);
// Before a crowd, words that make it a place's or a record's: "the mood among people near him".
const PLACES_AND_RECORDS = new Set(['for', 'to', 'in', 'on', 'at', 'from', 'with', 'by', 'about', 'over', 'against', 'among']);

/** The first attribution of the reading, from `from` on, that is a name, not a reference to one; or -1. */
const firstNameIn = (text: string, reading: SentenceReading, from: number): number =>
  reading.attributions.findIndex((a, j) => a.kind === 'named-source' && !referenceShapeOf(text, a, reading.phrases[j] as string[]) && a.sourceStart >= from);

// A group's name in an aside, capitalised words only up to the comma closing it: "The group, Ward Watch, …"; not a
// tag ("The group, Reed said, …"), a day or a description ("The group, Leeds-based and founded in 2019, …").
const GROUP_NAMED = /^,\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?\p{Lu}[\p{L}.&'’-]*)*\s*,/u;
// A name of two capitalised words or more, none a description: not "Glasgow-based", "Labour-led", "Roman Catholic",
// "Scottish and Irish".
function isGroupName(aside: string): boolean {
  const words = aside.replace(/^,\s+|\s*,$/gu, '').split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The');
  return words.length >= 2 && !words.some((w) => DESCRIBING.test(w));
}
const DESCRIBING = /(?:-based|-led|-affiliated|-backed|-run|ish|ese|an|ic|i)$/u;
/**
 * "Two wards will shut, a group of nurses says. The group, Ward Watch, wrote …": the group the next sentence of the
 * paragraph names in an aside after "the group", opening the sentence as a named source.
 */
function groupNamedNext(text: string, readings: readonly SentenceReading[], sentences: readonly Span[], s: number, head: string): Mention | undefined {
  const next = sentences[s + 1];
  const reading = readings[s + 1];
  const opening = `the ${head}`;
  if (!next || !reading || reading.paragraph !== (readings[s] as SentenceReading).paragraph) return undefined;
  if (text.slice(next.start, next.start + opening.length).toLowerCase() !== opening) return undefined;
  const aside = GROUP_NAMED.exec(text.slice(next.start + opening.length, next.end));
  if (!aside || !isGroupName(aside[0])) return undefined;
  // The source is "The group" or the name in the aside ("Ward Watch"), before the aside's closing comma.
  const asideEnd = next.start + opening.length + aside[0].length - 1;
  const k = reading.attributions.findIndex((a) => a.kind === 'named-source' && a.sourceStart >= next.start && a.sourceStart < asideEnd);
  return k < 0 ? undefined : mentionOf(text, reading.attributions[k] as Attribution, reading.phrases[k] as string[], reading.paragraph, s + 1);
}

const PAST_CUE = /^(?:said|told|\p{L}+ed)$/iu;

// Records a story may bring in unnamed, then refer back to: "a preprint … the preprint suggests".
const UNNAMED_RECORDS = new Set(['polling', 'study', 'survey', 'poll', 'report', 'preprint', 'review', 'analysis', 'trial', 'audit', 'paper']);
/**
 * The last "a …" or "an …" phrase in `before` that brings in the record `noun` with words in lower case only between
 * ("a survey", "a new preprint"): no name says whose it is. Undefined when the last mention of the noun is otherwise.
 */
function recordIntroduced(before: string, noun: string): string | undefined {
  const mentions = [...before.matchAll(new RegExp(String.raw`\b(?:(a|an|the)\s+)?((?:[\p{L}'’-]+\s+){0,3})${noun}\b`, 'giu'))];
  const last = mentions.at(-1);
  if (!last || !last[1] || last[1].toLowerCase() === 'the') return undefined;
  // Nor one whose maker follows it: "a report from the Hull Port Authority", "a review led by Ann Marsh".
  const after = before.slice((last.index ?? 0) + last[0].length);
  return /\p{Lu}/u.test(last[2] ?? '') || MAKER_AFTER.test(after) ? undefined : last[0];
}
// A record's maker or journal soon after it: "a report from the Hull Port Authority", "the study, published in …".
// Not who saw it or when ("seen by the Hull Examiner", "for Monday's meeting", "published in March"; a month or a day
// before another capital is a name's, "by June Marsh", "for the Sunday Herald").
const MAKER_AFTER = /^[^.!?]*?\b(?<!(?:seen|obtained|viewed|reviewed|leaked|sent|shown) )(?:by|from|for|(?:published|appeared|ran)(?:\s+[\p{Ll}\d]+){0,3}\s+in)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\p{Lu}))\p{Lu}/u;

/** Whether sentence s is a paragraph of its own: a headline, a one-line lead. */
function standsAlone(readings: readonly SentenceReading[], s: number): boolean {
  const { paragraph } = readings[s] as SentenceReading;
  return readings[s - 1]?.paragraph !== paragraph && readings[s + 1]?.paragraph !== paragraph;
}

/**
 * A name the next sentence gives as a source: "the study" may be named one sentence later. A quotation that opens
 * the next sentence is its speaker's, named in the tag where the quotation closes ("…, a new study reports. “…
 * …,” study author Ann Marsh said.").
 */
function namedInNextSentence(readings: readonly SentenceReading[], s: number, text: string, sentences: readonly Span[], quotations: readonly Span[]): Mention | undefined {
  let n = s + 1;
  const next = sentences[n];
  if (!next || !readings[n]) return undefined;
  const quotation = quotationAround(quotations, next.start, next.start + 1);
  if (quotation) while (n < s + 4 && (sentences[n] as Span).end < quotation.end && readings[n + 1]) n++;
  const reading = readings[n] as SentenceReading;
  const k = firstNameIn(text, reading, quotation?.end ?? 0);
  if (k < 0) return undefined;
  const found = reading.attributions[k] as Attribution;
  const mention = mentionOf(text, found, reading.phrases[k] as string[], reading.paragraph, n);
  // Within one paragraph, or the next one when the quotation's tag names the speaker, or when the sentence is a
  // paragraph of its own (a headline's "Report: …", a one-line lead) and the next names a body or a record ("The
  // survey, conducted by the Acme Institute") or an outlet reporting ("…, the Leeds Post reported"); not a person
  // ("Ann Marsh said"), whom a record is not.
  if (reading.paragraph === (readings[s] as SentenceReading).paragraph || quotation) return mention;
  const reports = found.cueStart >= 0 && REPORTING_CUES.has(text.slice(found.cueStart, found.cueEnd).toLowerCase());
  // A body's spokesperson is a person too ("A Home Office spokesperson said" names no memo).
  const words = reading.phrases[k] as string[];
  const body = words.some((w) => INSTITUTIONS.has(w)) && !isPersonReference([headOf(words).head]);
  return n === s + 1 && standsAlone(readings, s) && (body || reports) ? mention : undefined;
}

// What may follow a closing speaker tag's verb: "…, officials said on Tuesday in a statement."
// Only when, where and to whom, never an object: "…, he called it a mistake." is a claim of its own.
const TAG_WORDS = new Set(
  'on in at to from during last this yesterday today tonight overnight early earlier late later shortly recently then also afterward afterwards monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
// The words after the tag word may hold a date or a time: "…, police said on March 3", "…, at 10pm"; up to six words
// of any kind, or up to fourteen where none opens or carries a clause ("…, told delegates at the union's annual
// conference in Leeds on Saturday", "…, said in a filing with the Federal Maritime Safety Board on Thursday", not "…,
// said on Monday in Leeds the count was wrong"). Each word ends at a separator or the end, so that no word is split
// between repeats, which backtracking would try on every long tail.
const TAG_TAIL_WORD = String.raw`[\p{L}\p{N}]+(?:[^\p{L}\p{N}]+|$)`;
const NOT_IN_A_LONG_TAIL = String.raw`(?!(?:that|is|are|was|were|has|have|had|will|would|could|should|can|did|does|do)\b)`;
const TRAILING_TAG = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:(?:${[...TAG_WORDS].join('|')})\\b[^\\p{L}\\p{N}]*(?:(?:${TAG_TAIL_WORD}){0,6}|(?:${NOT_IN_A_LONG_TAIL}${TAG_TAIL_WORD}){7,14}))?$`,
  'iu',
);

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiNonAlphanumeric = (c: number) => c < 128 && !isAsciiLetter(c) && !(c >= 48 && c <= 57);

/**
 * `TRAILING_TAG.test(tail)`, told from the tail's first word where that settles it. The pattern's Unicode
 * classes make it dear to compile, which every page's first scan paid; most tails are a full stop, or open
 * with an ASCII word that is no tag word (or a digit), and only the rest need the pattern.
 */
function isTrailingTag(tail: string): boolean {
  let i = 0;
  while (i < tail.length && isAsciiNonAlphanumeric(tail.charCodeAt(i))) i++;
  if (i === tail.length) return true;
  let j = i;
  while (j < tail.length && isAsciiLetter(tail.charCodeAt(j))) j++;
  const endsInAscii = j === tail.length || tail.charCodeAt(j) < 128;
  if (endsInAscii && !TAG_WORDS.has(tail.slice(i, j).toLowerCase())) return false;
  return TRAILING_TAG.test(tail);
}

const RELATIVE_ASIDE = /^,\s*which\s/;
// A quotation's closing mark (after its comma) right before a tag, in the same paragraph.
const QUOTATION_CLOSED_BEFORE = /[,.!?][”"’']{1,2}[ \t]*$/;
// After a tag's own words (whom, where, when; no "that" nor a participle going on with what was said), a clause of
// its own: "… told supporters in Syracuse, N.Y., while 475 Republicans were voting".
const CONTRAST_AFTER_TAG = /^(?:(?!\bthat\b|\b\p{L}+ing\b)[^;:—–])*?,\s+(?:while|whereas|though|although|but)\s+(?!\p{L}+ing\b)/u;
/** Whether the figure stands in a ", who …" clause after a speaker named in an inverted tag, with no word of saying in it. */
function writersAccountOf(text: string, a: Attribution, figure: Span): boolean {
  if (figure.start < a.sourceStart) return false;
  const who = text.slice(a.sourceStart, figure.start).search(/,\s+who\s/);
  if (who < 0) return false;
  const clause = text.slice(a.sourceStart + who, figure.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return !clause.some((word) => CUE_FORMS.has(word));
}
// What ends a speaker tag set inside a sentence.
const TAG_SET_OFF = /[,;:—–―]/;
// Characters after a tag's verb worth reading: whom, when and where never run this long.
const TAG_TAIL_MAX = 300;
// What may follow a closing tag as a clause of its own: a relative clause, a contrast ("…, Marsh said, though critics
// disagree"), or the claim taken up as a noun ("…, Reed said, a number the state disputes").
const CLAUSE_AFTER_TAG = /,\s+(?:which|who|whose|though|although|but|while|a (?:figure|number|claim|estimate|total|tally|toll|count|sum)\b)\s/;
// A participle going on with the speaker's act after the tag's comma: "…, Reed said, adding that …", "citing …".
// Only the speaker's participles, not "including" or "following", which a clause of its own may hold.
const participleAfterTag = (rest: string): boolean => {
  const word = /^,\s+(\p{Ll}+ing)\s/u.exec(rest)?.[1];
  return word !== undefined && (SAYING_PARTICIPLES.has(word) || word === 'citing');
};
// Or when it was said, with no comma: "…, the airline said on Monday as it reported its results".
const WHEN_AFTER_TAG = /\s(?:as|when|while|after|before)\s+(?:it|he|she|they|the|its|his|her|their)\s/;
// Verbs by which a source disputes what was said: "a figure her rivals dispute" sources nothing.
const DISPUTING = /^(?:disput|contest|challeng|den(?:y|ies|ied)|reject|question|doubt|disagree)/i;
/**
 * "Critics noted that the State Department found 12 such messages": a named source inside what an unnamed or vague one
 * said, before the figure, names a body for it (guide: a figure is unverified when its only source is weak). The
 * parser reads no source inside what was said, so the words after the weak source's cue are read on their own.
 */
function namedInWhatWasSaid(text: string, a: Attribution, figure: Span, sentence: Span): boolean {
  if (a.cueStart < 0 || figure.start < a.cueEnd) return false;
  const said = tokenize(text, a.cueEnd, sentence.end);
  return findSources(said, said[0]?.start ?? a.cueEnd).some((m) => m.kind === 'named-source' && !m.narrative && m.cueStart >= 0 && m.cueEnd <= figure.start);
}

// A relative clause set off by a comma, whose subject is the source: ", which critics say", ", who aides said".
const RELATIVE_ASIDE_OPENING = /,\s*(?:which|who|whom)\s+$/;
// How near a count is, opening a figure before the source phrase it stands in: "About 40% of pilots polled by".
const APPROXIMATE_OPENING = /^(?:about|around|nearly|almost|roughly|some|just|only|over|under|(?:more|fewer|less) than|at least|close to)\s+$/i;
/**
 * Whether an attribution vouches for a figure in its sentence: the figure is in what was said, after the cue
 * ("officials said 40 people died"), or before a tag that closes the sentence ("40 people died, officials
 * said"). A figure in another clause ("Congress passed a $800 billion bill, and he called it a mistake") is
 * not the speaker's. "According to" and phrases without a cue cover their whole sentence.
 */
function vouchesFor(text: string, a: Attribution, figure: Span, sentence: Span): boolean {
  if (a.cueStart < 0 || text.startsWith('according', a.cueStart) || text.startsWith('According', a.cueStart)) return true;
  // "…, said Ann Ode, who has given $400,000 to candidates": a "who" clause after a speaker an inverted tag names, that
  // tells nothing they said, is the writer's account of them, as it is before a verb.
  if (a.cueStart < a.sourceStart && writersAccountOf(text, a, figure)) return false;
  // "Reed told a few thousand teachers that …": whom a speaker told is the writer's count, not what was said.
  if (figure.start >= a.cueEnd && TOLD.test(text.slice(a.cueStart, a.cueEnd)) && a.sourceEnd <= a.cueStart && AUDIENCE_BEFORE.test(text.slice(a.cueEnd, figure.start))) return false;
  // "Reed said to a crowd of about 500", "said in front of 2,000 supporters", "confirmed, before millions of viewers,":
  // the audience the speaker had is the writer's count too.
  if (figure.start >= a.cueEnd && a.sourceEnd <= a.cueStart && AUDIENCE_PLACE.test(text.slice(a.cueEnd, figure.start))) return false;
  // "“Look at Wyoming,” Trump told supporters, while 475 Republicans were voting": a tag whose words are the quotation
  // before it says nothing more in a clause of its own after it.
  if (figure.start >= a.cueEnd && QUOTATION_CLOSED_BEFORE.test(text.slice(Math.max(0, Math.min(a.sourceStart, a.cueStart) - 4), Math.min(a.sourceStart, a.cueStart))) && CONTRAST_AFTER_TAG.test(text.slice(a.cueEnd, figure.start))) return false;
  // "…, which some have argued was a ploy, was an insult to hundreds of volunteers": a source in a relative clause set
  // off by commas reports the aside, up to its closing comma, and nothing of the clause around it.
  if (figure.start >= a.cueEnd && RELATIVE_ASIDE_OPENING.test(text.slice(Math.max(sentence.start, a.sourceStart - 12), a.sourceStart))) {
    const close = text.indexOf(',', a.cueEnd);
    return close < 0 || close >= sentence.end || figure.start < close;
  }
  if (figure.start >= a.cueEnd || (figure.start >= a.sourceStart && figure.end <= a.sourceEnd)) return true;
  // "About 40% of pilots polled by Acme said": how near the count is may open the figure before the phrase.
  if (figure.start < a.sourceStart && figure.end > a.sourceStart && figure.end <= a.sourceEnd && APPROXIMATE_OPENING.test(text.slice(figure.start, a.sourceStart))) return true;
  // "Acme, which runs 4,300 miles of mains, records …": a "which" clause between a body and its verb describes what it
  // runs; a person's "who" clause is the writer's account of them ("Reed, who has 80,000 fans, said").
  if (figure.start >= a.sourceEnd && figure.end <= a.cueStart && RELATIVE_ASIDE.test(text.slice(a.sourceEnd, a.cueStart))) return true;
  if (figure.end > Math.min(a.sourceStart, a.cueStart)) return false;
  // "one of 12 sites that the Acme report lists", "the 300 jobs Acme says it will cut": the figure's things are what
  // the source's relative clause reports.
  if (a.sourceEnd <= a.cueStart && OBJECT_RELATIVE_GAP.test(text.slice(figure.end, a.sourceStart)) && !DISPUTING.test(text.slice(a.cueStart, a.cueEnd))) return true;
  // "…, a figure her rivals dispute", "…, though critics disagree": disputing a figure is no source for it.
  if (DISPUTING.test(text.slice(a.cueStart, a.cueEnd))) return false;
  // "The 4,000 trees were welcomed by residents": the agent of a passive whose subject holds the figure vouches for it
  // only when it reported or counted it ("The 40 dead were confirmed by police"), not when it met it with a view.
  if (a.cueStart < a.sourceStart && agentAfterBy(text, a)) {
    const participle = text.slice(a.cueStart, a.cueEnd).toLowerCase();
    return BY_PARTICIPLES.has(participle) && !VIEWED_BY.has(participle);
  }
  // "…, said Ross Burkhart, an economist at …": an inverted tag is the speaker's name and title to the end.
  if (a.cueStart < a.sourceStart) return true;
  // "…, Cook told reporters.", "…, she told state television on Monday.": whom the speaker told, then when or where.
  const closesTag = (tail: string) => (TOLD.test(text.slice(a.cueStart, a.cueEnd)) ? toldAudienceThenTag(tail) : isTrailingTag(tail));
  // "The port laid 9,000 feet of cable, Marsh said, so that the cranes …", "Exports fell 4 %, the ministry said on
  // Thursday, the third fall in a row": a tag set off by commas, with when or where it was said, is an aside, and what
  // stands before it is the speaker's whatever follows; so is one a semicolon or a dash closes.
  // No tag runs longer than this: what lies further on is read only to learn the tag goes on.
  const whole = text.slice(a.cueEnd, Math.min(sentence.end, a.cueEnd + TAG_TAIL_MAX));
  const setOff = whole.search(TAG_SET_OFF);
  // Read cheapest first: the tag's own words, the comma before its source (a quotation may close after it: "…,” Marsh
  // said"), then the clause from the figure to it (when the tag says when or where, only a short one).
  const tag = setOff >= 0 ? whole.slice(0, setOff) : '';
  if (setOff >= 0 && closesTag(tag) && /,["”’']?\s*$/.test(text.slice(Math.max(figure.end, a.sourceStart - 8), a.sourceStart))) {
    // A clause break between the figure and the tag may hold the tag ("…, while margins, Reed said, held"); not when a
    // participle of the speaker's follows it ("…, while margins held, Reed said, adding that …"), as a sentence's end would.
    const breaks = CLAUSE_BREAK.test(text.slice(figure.end, a.sourceStart)) && !participleAfterTag(whole.slice(setOff));
    if ((tag.trim() === '' || a.sourceStart - figure.end <= TAG_TAIL_MAX) && !breaks) return true;
  }
  // "…, Marsh wrote in the new paper, which was published on Monday.": a relative clause after the tag describes
  // its medium or audience, and says nothing more of the speaker's.
  const clause = CLAUSE_AFTER_TAG.exec(whole);
  if (clause) return closesTag(whole.slice(0, clause.index));
  // A clause of when ends the tag only where it runs to the sentence's end with nothing said in it ("said after the
  // plant closed that the town would survive" goes on with the claim), and only a tag set off from the figure by a bare
  // comma ("…, and Reed said after …" is a clause of its own).
  const when = WHEN_AFTER_TAG.exec(whole);
  const whenEnds = when && !/\bthat\b/.test(whole.slice(when.index)) && !CLAUSE_BREAK.test(text.slice(figure.end, Math.min(a.sourceStart, a.cueStart)));
  return closesTag(whenEnds ? whole.slice(0, when.index) : whole);
}

// Between a figure and the source of a relative clause that has it as its object: " that ", " which ", or nothing.
// "the 40,000 per day officials estimated", "the 300 a year Acme says it will hire": a rate's unit may end the figure.
const OBJECT_RELATIVE_GAP = /^\s+(?:(?:per|a)\s+(?:day|week|month|year|hour)\s+)?(?:(?:that|which)\s+)?$/u;
// Whom a tag's "told" names, a word at a time: "Acme News", "reporters", "state television", "the jury".
const AUDIENCE_WORD = /^\s+[\p{L}'’.&-]+/u;
// Words that open a clause of what was told, not a part of whom: "told investors profits would fall".
const NOT_AUDIENCE = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'had', 'has', 'have', 'did', 'does', 'do', 'be', 'been']);
/** Whether a "told" tag's tail is whom the speaker told, in up to five words, and then only when or where. */
function toldAudienceThenTag(tail: string): boolean {
  let rest = tail;
  if (isTrailingTag(rest)) return true;
  for (let words = 0; words < 5; words++) {
    const word = AUDIENCE_WORD.exec(rest);
    if (!word || NOT_AUDIENCE.has(word[0].trim().toLowerCase())) return false;
    rest = rest.slice(word[0].length);
    if (isTrailingTag(rest)) return true;
  }
  return false;
}

/**
 * Who a figure is credited to: the nearest attribution in its sentence, else the speaker of the quotation it
 * stands in ("…,” said John Kirby, or a speaker named before the quotation opened), or nobody.
 */
// The most a speaker tag standing as its own sentence runs to: "Tom Reed, the mayor's spokesman, told reporters."
const BARE_TAG_LENGTH = 80;

// At most this many sentences of an embedded post stand between a figure and the post's signature line.
const POST_SENTENCES = 8;
const BLANK_LINE = /\n[^\S\n]*\n/;
/**
 * The signature under the embedded post whose text sentence s is in: the lines after it up to a blank line, then the
 * signature line ("… 50 lakh masks today¶¶— Ann Marsh (@annmarsh) May 2, 2024").
 */
function signedBelow(text: string, s: number, kept: readonly Attribution[][], sentences: readonly Span[]): Attribution | undefined {
  for (let k = s; k + 1 < sentences.length && k - s < POST_SENTENCES; k++) {
    const gap = text.slice((sentences[k] as Span).end, (sentences[k + 1] as Span).start);
    if (!BLANK_LINE.test(gap)) continue;
    return (kept[k + 1] as Attribution[]).find((a) => text.startsWith('(@', a.cueStart));
  }
  return undefined;
}

// Verbs by which someone described in a relative clause reports a figure: "Reed, who estimated that 300 …, said …".
const WHO_BEFORE_CUE = /^\s*,\s*who\s+(?:\p{L}+ly\s+|also\s+|had\s+|has\s+)?$/u;
const REPORTED_BY_WHO = new Set(['estimated', 'estimates', 'calculated', 'counted', 'reckoned', 'projected', 'predicted', 'forecast', 'reported', 'said', 'says', 'told', 'wrote', 'noted']);
/**
 * "Mr. Ode, who estimated that a third of the workers …, said he …": a named speaker's relative clause that reports
 * the figure, read as narrative because the sentence's own verb credits the speaker again, still sources it.
 */
function reportedByWho(text: string, figure: Span, narrative: readonly Attribution[], sentence: Span): Attribution | undefined {
  return narrative.find((a) => a.kind === 'named-source' && a.cueStart >= a.sourceEnd && figure.start >= a.cueEnd && WHO_BEFORE_CUE.test(text.slice(a.sourceEnd, a.cueStart)) && REPORTED_BY_WHO.has(text.slice(a.cueStart, a.cueEnd).toLowerCase()) && vouchesFor(text, a, figure, sentence));
}

// An owner named by a possessive ("Marsh's", "the council's", "his"), not a contraction ("It's", "That's").
const PLAN_OWNER = String.raw`(?:\b(?!(?:It|That|What|There|Here|He|She|Let|Who|Where)['’]s)\p{Lu}[\p{L}.-]*['’]s?|\b[Tt]he\s+(?:\p{Lu}\p{L}*\s+)*\p{Ll}+['’]s|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))`;
// A plan, bill or budget of record; not household bills, a fraud's "scheme" or a parcel.
const PLAN_NOUN = String.raw`(?:plans?|proposals?|bill|budget|blueprint)\b`;
// A word in the plural ("members", "drivers"; not "press" or "bus"), people whose verb "plan" would be.
const PLURAL_WORD = String.raw`[\p{L}-]*[^s\s]s`;
// Words that may describe the plan between its owner and its noun ("Reed's new tax plan"); no article, verb, clause,
// count or plural, which would be people whose verb "plan" is ("the union's 4,000 members plan to strike").
const PLAN_MODIFIERS = String.raw`(?:(?!(?:the|a|an|this|that|to|of|and|or|but|in|on|at|by|with|from|is|was|are|were|has|had|have|said|says)\s)(?!${PLURAL_WORD}\s)[\p{L}-]+\s+){0,4}?`;
// What a plan sets down with its figures: "calls for", "sets aside", "includes", "would raise"; not what it would do to
// the world ("would leave 40,000 families without cover", "would create 5,000 jobs"), which is the writer's claim.
const PLAN_VERBS = '(?:calls|called|sets|set|includes|included|involves|proposes|proposed|provides|provided|allocates|earmarks|requires|required|envisions|targets)';
const PLAN_CHANGES = '(?:raise|cut|cap|lower|lift|set|add|allocate|provide|give|spend|increase|reduce|double|halve|freeze)';
// The owner's plan, then what it holds up to the figure: its aim ("plan to build 500 homes", "proposal for 200
// teachers"; a bill or a budget "for" something is what it pays), its own verb or a modal and a change it makes
// ("would raise", "will cap"), or a relative clause on it (", which includes"), with no clause break and no other
// clause of its own between ("…, which analysts say would cost", "… was rejected after").
const OWNERS_PLAN_BEFORE = new RegExp(
  String.raw`${PLAN_OWNER}\s+${PLAN_MODIFIERS}(?:(?:plans?|proposals?|blueprint|bill)\s+to\s|(?:plans?|proposals?|blueprint)\s+for\s|${PLAN_NOUN}\s+(?:\p{Ll}+ly\s+)?(?:${PLAN_VERBS}|(?:would|will|could)\s+${PLAN_CHANGES})\s|${PLAN_NOUN},\s*which\s+${PLAN_VERBS}\s)(?:(?![;:()—–―]|,\s+(?:and|but|or)\s|,\s*which\s|\s(?:was|were|is|are|has|had)\s|,?\s+(?:while|though|although|whereas|as|after|before|when|if|unless|because|since|so)\s).){0,160}$`,
  'u',
);
// The figure sizes the owner's plan itself: "Reed's $40 million plan", "Marsh's $3 billion, 10-year plan".
const OWNER_RIGHT_BEFORE = new RegExp(String.raw`${PLAN_OWNER}\s+$`, 'u');
// A figure ending in a plural counts people or things ("4,000 members"), no sum a plan could be sized by.
const PLURAL_AT_END = new RegExp(String.raw`${PLURAL_WORD}$`, 'u');
// How far from the figure its owner, plan and what the plan holds are read (a sentence may run to a megabyte).
const PLAN_REACH = 300;
// Not across people whose verb "plan" is: "the city's 40 bus drivers plan to strike".
const PLAN_RIGHT_AFTER = new RegExp(String.raw`^(?:,?\s+(?!${PLURAL_WORD}\b)[\p{L}\d-]+){0,3}?\s+${PLAN_NOUN}`, 'u');
/**
 * Whether a figure with no source is one of a named owner's plan, bill or budget ("Marsh's plan calls for a top rate
 * of 30 percent", "his proposal sets aside $2 billion"): the plan is its owner's named document, which sources its
 * figures as "according to the council's plan" would (guide: a document named for the figure).
 */
function inOwnersPlan(text: string, sentence: Span, figure: Span): boolean {
  const before = text.slice(Math.max(sentence.start, figure.start - PLAN_REACH), figure.start);
  if (OWNERS_PLAN_BEFORE.test(before)) return true;
  // A count of people before "plan" is the verb's subject: "the union's 4,000 members plan to strike".
  const counted = PLURAL_AT_END.test(text.slice(figure.start, figure.end));
  return !counted && OWNER_RIGHT_BEFORE.test(before) && PLAN_RIGHT_AFTER.test(text.slice(figure.end, Math.min(sentence.end, figure.end + PLAN_REACH)));
}

// "in the poll", "of the survey", "the poll's": a poll the sentence points back to, not "in the polls" at large.
// Only "the poll" alone, not one described after it ("the survey of hospital wards", "the poll on Thursday", "the
// survey they kept"), which may be another.
const THE_POLL_HERE = /\b(?:(?:in|of|from|by)\s+the\s+(?:poll|survey)(?=\s*[,.;:!?]|\s+(?:and|but)\b)|the\s+(?:poll|survey)['’]s\b)/i;
// A poll, not a body so named ("the Northern Geological Survey").
const POLL_SOURCE = /\b(?:poll|survey)\b/;
const POLL_MENTION = /\b(?:polls?|surveys?)\b/i;
// "A Gallup poll was released", "an ABC News/Washington Post survey came out": a poll mentioned by its maker's name,
// in capitals inside the sentence, though no one is said to report anything from it yet.
const NAMED_POLL = /(?<=\S\s+)(?:\p{Lu}[\p{L}&.'’/-]*\s+){1,4}(?=(?:poll|survey)\b)/u;
// Capitals that say where, among whom or when a poll was taken, and name no maker: "an Iowa poll", "a GOP survey".
const NOT_A_POLLSTER = new Set(['new', 'north', 'south', 'west', 'east', 'republican', 'democratic', 'democrat', 'gop', 'national', 'state', 'statewide', 'exit', 'entrance']);
function namedPollMentioned(sentence: string): boolean {
  const found = NAMED_POLL.exec(sentence);
  if (!found) return false;
  const words = found[0].trim().toLowerCase().split(/\s+/);
  return words.some((w, k) => !NOT_A_POLLSTER.has(w) && !MONTHS.has(w) && !REGIONS.has(w) && !REGIONS.has(`${words[k - 1]} ${w}`) && !REGIONS.has(`${w} ${words[k + 1]}`));
}

/**
 * Whether a figure with no source stands in a sentence that points back to a poll ("Reed and Ode share second place on 7%
 * in the poll") named in its own paragraph or the one before: the reference takes the poll's name (guide: references take
 * the kind of what they refer to), as "The poll found" there would.
 */
function inNamedPollBefore(text: string, s: number, kept: readonly Attribution[][], sentences: readonly Span[], paragraphs: readonly number[]): boolean {
  const sentence = sentences[s] as Span;
  if (!THE_POLL_HERE.test(text.slice(sentence.start, sentence.end))) return false;
  // The last poll the article mentions before it is the one meant: "A second poll, by an unnamed firm, …" is no named one.
  for (let k = s - 1; k >= 0 && (paragraphs[k] as number) >= (paragraphs[s] as number) - 1; k--) {
    const earlier = sentences[k] as Span;
    if (!POLL_MENTION.test(text.slice(earlier.start, earlier.end))) continue;
    return (kept[k] as Attribution[]).some((a) => a.kind === 'named-source' && POLL_SOURCE.test(text.slice(a.sourceStart, a.sourceEnd))) || namedPollMentioned(text.slice(earlier.start, earlier.end));
  }
  return false;
}

/**
 * "-Reed leads Marsh by 4 points in Hull. [Leeds Post]": a digest's item whose paragraph ends in a credit in brackets,
 * a sentence of its own, links every figure of the item to the outlet it names (guide: "or links to one").
 */
function creditedItem(text: string, s: number, kept: readonly Attribution[][], sentences: readonly Span[], paragraphs: readonly number[]): boolean {
  let last = s;
  while (last + 1 < sentences.length && paragraphs[last + 1] === paragraphs[s]) last++;
  if (last === s) return false;
  const credit = sentences[last] as Span;
  return (kept[last] as Attribution[]).some((a) => a.kind === 'named-source' && text.charCodeAt(a.cueStart) === 91 /* [ */ && !text.slice(credit.start, a.cueStart).trim());
}

/** Whether the source is a passive's agent, after its cue and "by": "touted by Reed", "confirmed by police". */
const agentAfterBy = (text: string, a: Attribution): boolean => /^\s+by\s/.test(text.slice(a.cueEnd, a.sourceStart + 1));
// Participles of a view taken of something, whose agent is no source for a figure in it: "criticized by", "seen by".
const VIEWED_BY = new Set(['criticized', 'criticised', 'considered', 'regarded', 'thought', 'believed', 'perceived', 'viewed', 'interpreted', 'seen', 'described']);
const FINITE_PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

function sourceOfFigure(
  text: string,
  figure: Span,
  s: number,
  kept: readonly Attribution[][],
  sentences: readonly Span[],
  quotations: readonly Span[],
  paragraphs: readonly number[],
): Attribution | undefined {
  // "the $40 billion in purchases touted by Reed": an agent after the figure's own phrase credits it, before any
  // speaker whose words the phrase stands in.
  // A finite passive after the figure's phrase ("… 4,000 trees was welcomed by residents") is its clause's verb, whose
  // agent reacted to the whole subject and credits nothing in it.
  const agent = (kept[s] as Attribution[]).find((a) => a.cueStart >= figure.end && a.cueStart - figure.end <= 80 && !/[,;:()—–―]/.test(text.slice(figure.end, a.cueStart)) && agentAfterBy(text, a) && !FINITE_PASSIVE_BEFORE.test(text.slice(figure.end, a.cueStart)));
  if (agent) return agent;
  // Nearest by source and cue together: "The ministry, citing preliminary data, said 14 soldiers had been killed"
  // is the ministry's figure, whose "said" stands nearer it than the data cited in its aside.
  const reach = (a: Attribution): Span => (a.cueStart < 0 ? a : { start: Math.min(a.start, a.cueStart), end: Math.max(a.end, a.cueEnd) });
  let nearest: Attribution | undefined;
  for (const a of kept[s] as Attribution[]) {
    if (vouchesFor(text, a, figure, sentences[s] as Span) && (!nearest || distance(reach(a), figure) < distance(reach(nearest), figure))) nearest = a;
  }
  // "As reported by the Leeds Post, investigators found 2,200 emails", "The Post reported that police counted 300":
  // a named source that frames the clause whose unnamed source gives the figure reports the figure as well.
  const frame = nearest && nearest.kind !== 'named-source' ? (kept[s] as Attribution[]).find((a) => a.kind === 'named-source' && reach(a).end <= nearest.sourceStart && FRAMES_CLAUSE.test(text.slice(reach(a).end, nearest.sourceStart)) && vouchesFor(text, a, figure, sentences[s] as Span)) : undefined;
  if (nearest) return frame ?? nearest;
  const quotation = quotationAround(quotations, figure.start, figure.end);
  if (!quotation) return signedBelow(text, s, kept, sentences) ?? introducedAbove(text, s, kept, sentences, paragraphs);
  return quotationSpeaker(text, quotation, s, kept, sentences, quotations, paragraphs, QUOTED_PARAGRAPHS);
}

/**
 * "Fox News reports: ¶ …at least four emails had their markings changed", "According to Ann Ode, writing for the
 * Post: ¶ The foundation received $26 million …": a paragraph of one short line ending in a colon that credits a source
 * introduces the excerpt in the paragraph right after it, set off by layout rather than marks; the excerpt's figures
 * are that source's.
 */
function introducedAbove(text: string, s: number, kept: readonly Attribution[][], sentences: readonly Span[], paragraphs: readonly number[]): Attribution | undefined {
  const line = firstOfParagraph(paragraphs, s) - 1;
  if (line < 0 || !colonLine(text, sentences, paragraphs, line, INTRODUCING_LINE_LENGTH)) return undefined;
  return (kept[line] as Attribution[]).find((a) => !a.narrative && a.cueStart >= 0);
}
// The longest line that introduces an excerpt below it ("According to Jack Kelly, writing for RealClearPolitics:").
const INTRODUCING_LINE_LENGTH = 120;

/** The first sentence of sentence s's paragraph. */
function firstOfParagraph(paragraphs: readonly number[], s: number): number {
  let first = s;
  while (first > 0 && paragraphs[first - 1] === paragraphs[s]) first--;
  return first;
}

/**
 * Whether sentence `line`, the last of its paragraph, is the whole paragraph: one line of at most `longest` characters
 * ending in a colon, which announces what the next paragraph holds ("Transcript as follows:", "Fox News reports:").
 */
function colonLine(text: string, sentences: readonly Span[], paragraphs: readonly number[], line: number, longest: number): boolean {
  const span = sentences[line] as Span;
  return (line === 0 || paragraphs[line - 1] !== paragraphs[line]) && span.end - span.start <= longest && /:\s*$/.test(text.slice(span.start, span.end));
}

// How many paragraphs back a quotation that goes on without closing is followed to its speaker.
const QUOTED_PARAGRAPHS = 8;

/** Who speaks the quotation sentence s stands in: its tag, or the speaker of the paragraph before it goes on from. */
function quotationSpeaker(
  text: string,
  quotation: Span,
  s: number,
  kept: readonly Attribution[][],
  sentences: readonly Span[],
  quotations: readonly Span[],
  paragraphs: readonly number[],
  reach: number,
): Attribution | undefined {
  // The speaker tag sits in a sentence the quotation touches, or just before it in the same paragraph.
  let speaker: Attribution | undefined;
  for (let k = s; k >= 0 && paragraphs[k] === paragraphs[s] && (sentences[k] as Span).end >= quotation.start - 200; k--) {
    for (const a of kept[k] as Attribution[]) if (!speaker || distance(a, quotation) < distance(speaker, quotation)) speaker = a;
  }
  let k = s + 1;
  for (; k < sentences.length && paragraphs[k] === paragraphs[s] && (sentences[k] as Span).start <= quotation.end; k++) {
    for (const a of kept[k] as Attribution[]) if (!speaker || distance(a, quotation) < distance(speaker, quotation)) speaker = a;
  }
  // "… in the move.” Reed said.": a tag written as a sentence of its own right after the closing mark.
  const tag = sentences[k];
  if (!speaker && tag && paragraphs[k] === paragraphs[s] && tag.end - tag.start <= BARE_TAG_LENGTH && /^[\s]*$/.test(text.slice(quotation.end, tag.start))) speaker = (kept[k] as Attribution[])[0];
  if (speaker) return speaker;
  // "“…,” Collins told MSNBC. ¶ “So we need 1,237 of them.”": a quotation that opens its paragraph with no tag of its
  // own goes on in the voice of the quotation that closed the paragraph before (guide: a quotation that goes on
  // carries no source of its own; its figures are its speaker's).
  let first = firstOfParagraph(paragraphs, s);
  const opensParagraph = first > 0 && text.slice((sentences[first] as Span).start, quotation.start).trim() === '';
  if (!opensParagraph) return undefined;
  // "Reed said the winter was hard. ¶ “Then we lost 300 jobs.”", "As the Gazette reported: ¶ “…”": after a paragraph
  // that closes on reported words and no quotation, the quotation is that speaker's.
  // "Transcript as follows: ¶ “…”", "Read his full remarks below: ¶ “…”": a paragraph of one short line that only
  // announces the quotation, with no speaker of its own, hands it on to the paragraph before it.
  const announced = first - 1;
  if (announced > 0 && (kept[announced] as Attribution[]).length === 0 && colonLine(text, sentences, paragraphs, announced, ANNOUNCEMENT_LENGTH)) first--;
  const before = sentences[first - 1] as Span;
  // The quotation closing that paragraph may have opened sentences before it, where its tag is: “Reed said, “We are
  // ready. We will win.” ¶ “…”".
  const closedThere = lastQuotationEndingBy(quotations, before.end);
  let opened = first - 1;
  while (closedThere && opened > 0 && paragraphs[opened - 1] === paragraphs[first - 1] && (sentences[opened] as Span).start > closedThere.start) opened--;
  const tagged = opened === first - 1 ? (kept[first - 1] as Attribution[]) : kept.slice(opened, first).flat();
  const closing = speakerOfClosing({ start: (sentences[opened] as Span).start, end: before.end }, tagged, quotations);
  if (closing) return closing;
  const previous = quotationAround(quotations, before.start, before.end);
  if (!previous) return (kept[first - 1] as Attribution[]).find((a) => !a.narrative && a.cueStart >= 0);
  // "“… in a week. ¶ “Then another 40 went.”": a quotation left open at its paragraph's end goes on in the next,
  // in the voice of whoever spoke it.
  const leftOpen = !CLOSING_MARK.test(text.slice(previous.end - 1, previous.end));
  return leftOpen && reach > 0 ? quotationSpeaker(text, previous, first - 1, kept, sentences, quotations, paragraphs, reach - 1) : undefined;
}
const CLOSING_MARK = /["”’']/;
// The longest line that only announces a quotation below it ("Transcript as follows:").
const ANNOUNCEMENT_LENGTH = 60;

// Between a named source's frame and the clause it reports: ", " after "As reported by X", " that " after "X reported".
const FRAMES_CLAUSE = /^\s*(?:,|that)?\s*$/;

/** The speaker tagged on a quotation that closes in sentence `sentence`: the tag after it, or one just before it. */
function speakerOfClosing(sentence: Span, kept: readonly Attribution[], quotations: readonly Span[]): Attribution | undefined {
  const closed = lastQuotationEndingBy(quotations, sentence.end);
  if (!closed || closed.end <= sentence.start) return undefined;
  // The tag may run on past its speaker ("…,” Reed said at the gate on Monday, an hour before …); one before the
  // quotation tags it only when little follows the closing mark.
  const tagStart = (a: Attribution) => (a.cueStart < 0 ? a.sourceStart : Math.min(a.sourceStart, a.cueStart));
  return kept.find((a) => (a.sourceStart >= closed.end && tagStart(a) - closed.end <= BARE_TAG_LENGTH) || (a.sourceEnd <= closed.start && closed.start - a.sourceEnd <= BARE_TAG_LENGTH && sentence.end - closed.end <= BARE_TAG_LENGTH));
}
