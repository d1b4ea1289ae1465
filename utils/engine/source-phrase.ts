// The source phrase as annotators of attribution mark it, from the phrase the engine credits: with the
// description set off beside it, the way news introduces a speaker ("Ben Ode, who runs the lobby, says"; "said
// Ana Ruiz, the plant manager."; "The mayor's spokesman, Ben Ode, told"), with its count ("about half of
// voters"), and as the relative pronoun in a relative clause ("farmers, who say"). The findings keep the phrase
// they credit, which is what their reasons and references work from.
import { SPEECH_FORMS } from './cues';
import { isPastForm } from './sources';
import type { Span } from './sentences';
import type { TextSpan } from './types';

// How a description opens: a determiner or possessive, "who", a number (an age), a capital (a name or title),
// or a bare role ("director of the trust", "then mayor"): a lower-case word that is no verb form, pronoun,
// other clause word or preposition.
const FUNCTION_WORDS = 'whom|which|that|where|when|while|but|and|or|if|as|because|since|although|though|after|before|he|she|it|they|we|i|you|this|these|those|in|on|at|to|for|from|with|by|of|about|over|under|into|is|was|are|were|has|have|had|will|would|can|could|may|might|not|so|also|too|even|just|only|still|adding|saying|referring|speaking|according|citing|said|says|told|tells|wrote|writes|adds';
const DESCRIPTION = String.raw`(?:(?:a|an|the|another|one|his|her|their|its|who|whose)\s|\p{Lu}|\d|including\s|(?!(?:${FUNCTION_WORDS})\b)(?!\p{Ll}+(?:ing|ed|ly)\b)\p{Ll}{3,}[\s-])`;
// No clause punctuation, quotation marks or line breaks inside a description.
const PLAIN = String.raw`[^;:()\[\]"“”\n]`;
/** Between a source and its cue after it: ", <description>," and at most two lower-case words ("also", "has"). */
const ASIDE_BEFORE_CUE = new RegExp(String.raw`^,\s*(${DESCRIPTION}${PLAIN}{1,160}?),(?:\s+\p{Ll}+){0,2}\s*$`, 'u');
// What was said after an agent's description: "was told by her deputy, Tom Ode, that …".
const CLAUSE_SAID = /,\s+that\s/u;
/**
 * "said Ann Ode, a nurse from Hove, who said she knew the family": a relative clause with a verb of saying is an
 * attribution of its own, no part of the description ("who supports Reed" is one); where it opens, or undefined.
 */
function relativeSaying(aside: string): number | undefined {
  for (const m of aside.matchAll(RELATIVE_THEN_VERB)) if (SPEECH_FORMS.has((m[1] as string).toLowerCase())) return m.index;
  return undefined;
}
const RELATIVE_THEN_VERB = /,?\s+who\s+(?:(?:also|later|then|has|had|have|once|previously|recently)\s+){0,2}(\p{L}+)/gu;
/**
 * "said Ann Ode, a grower, referring to the levy", "said Tom Reed, 67, of Hull, after the vote", "said Ann Ode, a
 * grower, asking not to be named": a later part of the aside that opens with a participle, or with a
 * preposition of when or where, tells how, when or where it was said, not who said it; where it opens, or undefined.
 * Inside a relative clause set off by its own comma a place may run on ("who moved to Hull, Yorkshire, in May"), so
 * there only a participle ends the description.
 */
function howItWasSaid(aside: string): number | undefined {
  for (const m of aside.matchAll(ADJUNCT_AFTER_COMMA)) {
    if (m.index === 0) continue;
    if (m[1] !== undefined || !RELATIVE_SET_OFF.test(aside.slice(0, m.index))) return m.index;
  }
  return undefined;
}
// A participle other than "including", which goes on with who ("said Ann Ode, a grower, including…"), or a
// preposition of when or where ("in her note", "at the fair", "with her son in tow").
const ADJUNCT_AFTER_COMMA = /,\s+(?:((?!including\b)\p{Ll}+ing\b)|(?:in|at|on|after|before|during|with)\s)/gu;
const RELATIVE_SET_OFF = /(?:^|,)\s*(?:who|whose|which)\s/u;
/** After a source that follows its cue: ", <description>" or " who …" to the end of the sentence. */
const ASIDE_AT_END = new RegExp(String.raw`^(?:,\s*${DESCRIPTION}|\s+who\s)${PLAIN}{1,160}?(?=[.!?]?["”’]?\s*$)`, 'u');
// "According to the survey, the mayor leads", "In an Acme poll, half…", "By Marsh's count, …", "To many, …": after a
// frame, what follows the comma is the claim, not a description.
const FRAME_CUE = /^(?:according|per|in|by|to)$/iu;
/**
 * A sentence opening with a framing preposition, up to a cue with no comma before it: "In a tally calculated by",
 * "As reported by the Leeds Post, the levy…".
 */
const FRAME_OPENING = /^\s*(?:In|According|Per|By|Under|From|Based|Citing|For|Among|As)\s[^,;:]*$/u;
/**
 * Before a source that is itself the aside ("The mayor's spokesman, Ben Ode, told"): the phrase that opens the
 * sentence or its clause, or follows a quotation ("…,” his top aide, Ben Ode, told), after a leading "But" or "And".
 */
const OPENING_BEFORE_ASIDE = /(?:^|[”"]\s*|['’]{2}\s*|,\s+)(?:(?:But|And|Yet|When|While|As|After|Before|Since|Although|Though|Because|If)\s+)?([^,;:()[\]"“”\n]{2,80}),\s*$/u;
/**
 * "Aides say the governor, Jerry Brown, has decided": a phrase before the aside that holds a verb of saying is
 * another attribution and what it says; the description opens after the verb (and its "that"). Where, or 0.
 */
function afterASaying(phrase: string): number {
  let from = 0;
  for (const m of phrase.matchAll(/\p{L}+/gu)) if (SPEECH_FORMS.has(m[0].toLowerCase())) from = m.index + m[0].length;
  return from ? from + (/^\s+(?:that\s+)?/u.exec(phrase.slice(from))?.[0].length ?? 0) : 0;
}
/** Between a cue and the name after it: "said the council spokesman, Ben Ode". */
const DESCRIPTION_BEFORE_NAME = /^\s+((?:the|a|an|his|her|its|their)\s[^,;:()[\]"“”\n]{2,80}),\s*$/u;
// "about half of voters", "at least four senators": how many is part of who.
const COUNT_BEFORE = /(?:\b(?:about|around|approximately|nearly|almost|roughly|only|just|at least|more than|fewer than|less than|as many as|up to|over)\s+)+$/iu;
// "At least four senators": the phrase the parser found may open inside "at least".
const INSIDE_AT_LEAST = /^(?:least|most)\s/iu;
/** Where a phrase from `start` to `end` opens with the "at" of "at least" before it, looking back no further than `from`. */
export function withAtOfAtLeast(text: string, from: number, start: number, end: number): number {
  const at = INSIDE_AT_LEAST.test(text.slice(start, end)) ? /\bat\s+$/iu.exec(text.slice(from, start)) : null;
  return at ? from + at.index : start;
}
const COUNTED = /^(?:\d|a (?:third|quarter|majority|minority|dozen)\b|one in\b|(?:half|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/iu;

// Before an agent: a document phrase ("a 2009 report", "A national poll") and what ties it to the agent ("by",
// "released Sunday by", "conducted for", "of"), with nothing else between but names, dates and "and".
const DOCUMENTS = 'report|study|poll|survey|analysis|email|letter|memo|review|investigation|audit|video|paper|ad|statement|filing|lawsuit';
const PUBLISHED = 'released|issued|conducted|published|obtained|commissioned|drafted|filed';
const DOCUMENT_PHRASE = String.raw`(?:^|\s)(?:a|an|the|A|An|The)\s(?:[\p{L}\d’'./&-]+\s){0,5}?(?:${DOCUMENTS})s?`;
const DOCUMENT_BEFORE_AGENT = new RegExp(
  String.raw`${DOCUMENT_PHRASE}(?:\s(?:${PUBLISHED}|jointly|last|this|on|in|early|late|\p{Lu}[\p{L}\d.]*|\d[\d,]*))*\s(?:by|from|for|of)\s$`,
  'u',
);

// "a county poll published Monday by…" when the phrase found opens with the participle.
const PUBLISHING = new RegExp(`^(?:${PUBLISHED})\\s`, 'u');
const DOCUMENT_BEFORE = new RegExp(String.raw`${DOCUMENT_PHRASE}\s$`, 'u');

/** Where a document phrase that `pattern` finds right before `start` opens, looking back at most `reach` characters. */
function documentOpening(text: string, sentence: Span, start: number, pattern: RegExp, reach: number): number | null {
  const found = pattern.exec(text.slice(Math.max(sentence.start, start - reach), start));
  return found ? start - found[0].length + found[0].search(/\S/u) : null;
}

const REFLEXIVE_OR_PLACE_AFTER = /^\s+(?:himself|herself|themselves|itself|here|there)\b/u;

// "Sen. Ann Marsh (D-Ore.)": a legislator's party and state belong to the name.
const PARTY_AND_STATE = /^\s*\([DRI](?:-[\p{L}. ]{1,16})?\)/u;

/**
 * "analysts who say": in its own clause the relative pronoun stands where the source stands, and is marked as it;
 * so is the part of a group with its pronoun ("growers, many of whom say").
 */
// "who, in a call with reporters, denied": an aside may stand between the pronoun and its verb.
const TO_THE_CUE = String.raw`(?=(?:\s*,[^,;:]{1,80},)?(?:\s+\p{Ll}+){0,2}\s*$)`;
// "Reed, who’s argued": "who" with its auxiliary run in is the source too, without the auxiliary. A dash may open the
// clause as a comma does ("Reed — who said").
const RELATIVE_BEFORE_CUE = new RegExp(String.raw`^(?:,|\s*(?:—|–|--?))?\s*(who|which|that|(?:many|some|most|all|both|several|few|each|one|two|three|four|five|half|\d+) of whom)(?:(?<=who)['’](?:s|d|ve))?` + TO_THE_CUE, 'u');
/**
 * "Ann Marsh, a star anchor at Acme News who questioned", "Tom Ode, the agency's commissioner, who conceded": so after
 * the description set beside a name, a place in it set off by commas too ("a doctor from Hull, Yorkshire, who said").
 */
const RELATIVE_AFTER_DESCRIPTION = new RegExp(String.raw`^,\s*(?:an?|the|one)\s[^;:()"“”]{0,100}?,?\s(who)` + TO_THE_CUE, 'u');
// "He’s predicting": the pronoun is the source, the contracted verb is not.
const CONTRACTED_PRONOUN = /^(?:he|she|it|they|we|you|i|who|that)(?=['’](?:s|d|ll|re|ve|m)$)/iu;

// A past verb with its object inside a phrase before the cue ends the subject there: "The senator emailed
// supporters, saying", "The mayor and her deputy issued a statement describing"; but a relative clause's verb is
// part of the phrase ("Farmers in Leeds who watched the debate said").
const VERB_AND_OBJECT = /(?<!\bwho)\s(?:\p{Ll}+ed|went|took|made|gave|sent|won|held|ran|began)\s+(?:a|an|the|his|her|their|its|our|my|to|him|them|it)\s/u;
// So is a verb after "who", "that" or "not" a few words back: "Officials not authorized to comment said",
// "Doctors who were not authorized to speak said".
const DESCRIBES_BEFORE = /\b(?:who|whose|that|not)\b(?:\s+\p{Ll}+){0,2}\s*$/u;

// A part of the aside that opens with a verb, past an adverb, is the clause going on, not a description: "Ann
// Marsh, the party's chair, emailed supporters on Monday, saying"; "Tom Reed, the mill's owner, flatly said that…,
// adding"; "the other grower, Ann Marsh, drew a contrast, saying".
const CLAUSE_GOES_ON = /,\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(\p{Ll}+)\s/gu;
const AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'will', 'would', 'can', 'could']);
/** The description of an aside, without the clause that goes on after it. */
function descriptionOnly(aside: string): string {
  for (const m of aside.matchAll(CLAUSE_GOES_ON)) {
    const word = m[1] as string;
    if (AUXILIARIES.has(word) || isPastForm(word)) return aside.slice(0, m.index);
  }
  return aside;
}

/**
 * The source of an attribution with its descriptions, within `sentence`. `source` and `cue` as the parser found
 * them; without a cue the phrase is returned as it is.
 */
export function fullSourcePhrase(text: string, sentence: Span, source: TextSpan, cue: TextSpan | undefined): TextSpan {
  if (!cue) return source;
  let { start, end } = source;
  start = withAtOfAtLeast(text, sentence.start, start, end);
  const count = COUNTED.test(text.slice(start, end)) ? COUNT_BEFORE.exec(text.slice(sentence.start, start)) : null;
  if (count) start = sentence.start + count.index;
  const pronoun = CONTRACTED_PRONOUN.exec(text.slice(start, end));
  if (pronoun) end = start + pronoun[0].length;
  const party = PARTY_AND_STATE.exec(text.slice(end, sentence.end));
  if (party) end += party[0].length;
  if (cue.start >= end) {
    const clause = VERB_AND_OBJECT.exec(text.slice(start, end));
    if (clause && !DESCRIBES_BEFORE.test(text.slice(start, start + clause.index))) end = start + clause.index;
    // "Reed himself said": the reflexive stresses who, and is marked with the name; "Officials there said": so is where.
    const reflexive = REFLEXIVE_OR_PLACE_AFTER.exec(text.slice(end, cue.start));
    if (reflexive) end += reflexive[0].length;
    const between = text.slice(end, cue.start);
    const relative = RELATIVE_BEFORE_CUE.exec(between) ?? RELATIVE_AFTER_DESCRIPTION.exec(between);
    if (relative) {
      const at = end + relative.index + relative[0].indexOf(relative[1] as string);
      return { start: at, end: at + (relative[1] as string).length };
    }
    // "A report released in May by the Leeds Institute found": the document is the source, with who made it.
    const document = documentOpening(text, sentence, start, DOCUMENT_BEFORE_AGENT, 200) ?? (PUBLISHING.test(text.slice(start, end)) ? documentOpening(text, sentence, start, DOCUMENT_BEFORE, 120) : null);
    if (document !== null) start = document;
    const aside = ASIDE_BEFORE_CUE.exec(between);
    if (aside) end += between.indexOf(aside[1] as string) + descriptionOnly(aside[1] as string).length;
    else if (/^,(?:\s+\p{Ll}+){0,2}\s*$/u.test(between)) {
      const opening = OPENING_BEFORE_ASIDE.exec(text.slice(sentence.start, start));
      if (opening) start = sentence.start + opening.index + opening[0].indexOf(opening[1] as string) + afterASaying(opening[1] as string);
    }
  } else if (cue.end <= start && !FRAME_CUE.test(text.slice(cue.start, cue.end))) {
    // "In a tally calculated by Acme, Reed leads": the comma closes the opening frame; what follows is the claim. So
    // does it after a participle opening the sentence: "Pressed by reporters, the minister declined".
    const openingParticiple = !text.slice(sentence.start, cue.start).trim() && /ed$/u.test(text.slice(cue.start, cue.end));
    const after = FRAME_OPENING.test(text.slice(sentence.start, cue.start)) || openingParticiple ? null : ASIDE_AT_END.exec(text.slice(end, sentence.end));
    // "was told by her deputy, Tom Ode, that the plan had failed": what was said after the aside is no part of it.
    if (after) end += Math.min(CLAUSE_SAID.exec(after[0])?.index ?? Infinity, relativeSaying(after[0]) ?? Infinity, howItWasSaid(after[0]) ?? after[0].length);
    // "said the city's spokesman, Ben Ode": the description the name is set beside.
    // Not across a participle's object: "After blasting the Post for…, Reed doubled down".
    const before = /ing$/u.test(text.slice(cue.start, cue.end)) ? null : DESCRIPTION_BEFORE_NAME.exec(text.slice(cue.end, start));
    if (before) start = cue.end + before.index + before[0].indexOf(before[1] as string);
  }
  return { start, end };
}
