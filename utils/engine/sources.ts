// Finds who a sentence attributes its claims to: "X said", "said X", "according to X", "citing X", "by X".
import { ANONYMITY_ASKED, asCommonNoun, classifySource, INNER_CAPITAL, ON_RECORD_BODIES, describesAName, describesJointly, isNamedOffice, isHeadlineRecord, isOnePersonsRole, isRecordPutOut, isPossessive, isSomeone, NAMED_SOURCE, PERSON_OBJECTS, putsOutRecord, UNNAMED_ONES, UNSAID_PLACES, VAGUE_ATTRIBUTION, type SourceClass } from './classify-source';
import * as lexicon from './lexicon';
import { ANSWER_NOUNS, ATTACK_PARTICLE_FORMS, BASE_FORMS, BY_ONLY, CLAIM_NOUNS, COGNITION_FORMS, FEELINGS_CAUSED, inflect, INVERTING_FORMS, JUDGED_BY, KEPT_BASE_FORMS, MARKED_ACT_FORMS, NOUN_FIRST_VERB_FORMS, OPTIONAL_PARTICLE_CUES, PARTICLE_CUES, REACTION_NOUNS, SPEECH_FORMS, STANCE_ACT_FORMS, STANCE_ADJECTIVES, STANCES_OF, UNDER_WHAT, VIEWS_AMONG } from './cues';
import { DOTTED_TIME } from './numbers';
import { HEDGE_ADVERBS, SAID_TO_VERBS } from './phrases';
import { hasCodePoint, isCurrencyCode, isLetterCode, isLetters, isLettersThen, isTitleCase, isUpperCode } from './letters';
import { SINGULAR_PERSON_PRONOUNS } from './references';
import { edgeToken, firstTokenFrom, lettersEnd, lowersOf, MODAL_NAMES, textsOf, WordClass, type Token } from './tokens';

// Read once into module constants: under a CommonJS loader (tsx) each read of an imported binding is a getter call.
const {
  ADS,
  AD_VERBS,
  ATTRIBUTION_VERBS,
  AUDIENCE_VERBS,
  BRACKET_CREDITS,
  BY_PARTICIPLES,
  BETWEEN_SOURCE_AND_VERB,
  CLAUSE_WORDS,
  COGNITIVE_VERBS,
  COUNT_FRAMES,
  FRAMING_RECORDS,
  HOLDING,
  RECKONINGS,
  GROUP_PLURALS,
  HELD_BY_OUTLET,
  HELD_IN,
  INDEFINITE_ARTICLES,
  INSTITUTIONS,
  isCrowdOfPeople,
  isPeoplePlural,
  MONTHS,
  NOT_A_NAME,
  NUMBER_WORDS,
  endsInLy,
  isLyAdverb,
  ORDERED_BY,
  PAIRED_ADJECTIVES,
  REGIONS,
  SHARES,
  isPersonRole,
  opensRelativeAfterThat,
  SPOKESPEOPLE,
  TIME_UNITS,
  VAGUE_DETERMINERS,
} = lexicon;
const OPENS_ATTRIBUTION = WordClass.Verb | WordClass.Frame;

export interface SourceMatch extends SourceClass {
  /** The finding's span: the source phrase, and for a named source its cue too ("John Kirby said"). */
  start: number;
  end: number;
  /** The source phrase alone. */
  sourceStart: number;
  sourceEnd: number;
  /** The reporting cue ("said", "according to"); -1 when the phrase stands without one. */
  cueStart: number;
  cueEnd: number;
  /** Narrative, not sourcing: a stance act ("endorsed") or a first-person speaker ("I think"). No finding. */
  narrative: boolean;
  /** A one-word label that names a speaker only if the article names them in its text too ("Marsh: …"). */
  namedElsewhere?: boolean;
}

const MAX_PHRASE_WORDS = 9;
const WHEN_CLAUSES = new Set(['when', 'whenever', 'while', 'after', 'before', 'as', 'because', 'since', 'until']);
const CONJUNCTIONS = new Set(['and', 'or']);
const INDEFINITE_THINGS = new Set(['something', 'anything', 'everything', 'nothing']);
const REDUCED_RELATIVE_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);
// Words ending in -s that are not plural nouns (those in -ous are adjectives, told by their ending).
const NOT_PLURAL_NOUNS = new Set(
  (
    'is was has does his its this thus as us yes always perhaps whereas sometimes besides across towards plus less unless ' +
    'afterwards nevertheless ours hers theirs yours vs bus gas status campus census consensus focus bonus virus corpus news ' +
    'politics economics series species'
  ).split(' '),
);
/** Whether a word can stand before a noun phrase's noun: not a relative or subject pronoun, whose verb it would be. */
const opensNounBefore = (t: Token): boolean => isWord(t) && !t.capitalized && !RELATIVE_PRONOUNS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'that';
/** Whether a lower-case word reads as a plural noun: "things", "reporters", not "was" or "serious". */
const isPluralNoun = (t: Token): boolean => isWord(t) && !t.capitalized && /[^su]s$/.test(t.lower) && !NOT_PLURAL_NOUNS.has(t.lower) && !/ous$/.test(t.lower);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HELD_IN_PASSIVE = new Set(['worried', 'concerned', 'opposed']);
const NEGATED_BE = /^(?:is|are|was|were)n['’]t$/;
const PASSIVE_ADVERBS = new Set(['also', 'not', 'still', 'now', 'already', 'never', 'often', 'long', 'once', 'even', 'only', 'first', 'later', 'then', 'again', 'twice']);
// Whom an unnamed person tells things to when they are the reporter's informant, not a participant in events.
const PRESS = new Set(['me', 'us', 'reporters', 'journalists', 'the', 'a', 'an', 'that', 'this', 'our']);
const PRESS_NOUNS = new Set(['correspondent', 'correspondents', 'editor', 'editors', 'newsroom', 'website', 'outlet', 'newspaper', 'paper', 'magazine', 'network', 'station', 'agency', 'site', 'broadcaster', 'program', 'programme', 'podcast', 'channel', 'publication', 'reporter', 'journalist', 'media', 'television', 'tv', 'radio', 'press', 'reporters', 'journalists', 'newspapers', 'outlets']);
/** Whether a phrase opens with an adverb of its clause ("Reportedly 40 councillors", "Clearly Ben Ode"). */
function opensWithAdverb(words: readonly Token[]): boolean {
  const first = at(words, 0);
  // "Early results suggest", "elderly residents say": adjectives in -ly before the noun they describe; "Early Tuesday",
  // "Early last week" are times.
  const next = words[1];
  if (LY_ADJECTIVES.has(first.lower) && next && isWord(next) && !next.capitalized && !WHEN_OPENERS.has(next.lower) && !WHEN_WORDS.has(next.lower) && !NOT_AN_OPENING.has(next.lower)) return false;
  // "Newly published data show", "widely shared videos suggest": an adverb of the participle before the noun.
  if (words.length > 2 && next && !next.capitalized && isLettersThen(next.lower, 'ed') && isWord(at(words, 2)) && !at(words, 2).capitalized) return false;
  return isLyAdverb(first.lower) && !isAcronym(first);
}
const LY_ADJECTIVES = new Set(['early', 'elderly']);
const SEQUENCE_OPENERS = new Set(['first', 'finally', 'next', 'last', 'also']);
// Verbs that are as often nouns: after a determiner they head a source phrase ("the NBC report indicates").
const NOUN_LIKE: ReadonlySet<string> = new Set([...KEPT_BASE_FORMS, 'calls', 'call']);
// Forms that are cues only before what they say ("that" or a clause): "The budget office projects that …", "Some
// ministers privately accept that …" (not "regime projects", "accepted the award").
const ACCEPTING = new Set(['accept', 'accepts', 'accepted', 'accepting']);
const CLAUSE_ONLY_FORMS = new Set(['projects', 'forecasts', ...ACCEPTING]);
// A count moving, said of the noun before it: "claims rose", "reports have fallen".
const MOVED = new Set(['rose', 'fell', 'jumped', 'dropped', 'climbed', 'surged', 'soared', 'plunged', 'declined', 'increased', 'decreased', 'slipped', 'edged', 'tumbled', 'doubled', 'tripled', 'halved', 'risen', 'fallen', 'rise', 'fall', 'rises', 'falls',
  // A total reached: "asylum claims approached 80,000", "aid pledges totalled $6.7bn".
  'approached', 'totalled', 'totaled', 'topped', 'exceeded', 'amounted', 'numbered', 'reached']);
// Past where the count is kept: "Jobless claims in Hull rose".
const countMoves = (tokens: readonly Token[], k: number): boolean =>
  MOVED.has(at(tokens, k).lower) || (/^ha(?:s|ve|d)$/.test(at(tokens, k).lower) && MOVED.has(at(tokens, k + 1).lower)) || (at(tokens, k).lower === 'in' && at(tokens, k + 1).capitalized && countMoves(tokens, k + 2));
// Shares of people, singular in form, that take a plural verb: "a third say", "a majority agree".
const SHARES_TAKING_PLURAL = new Set(['third', 'quarter', 'fifth', 'tenth', 'majority', 'minority', 'plurality']);
const CLAUSE_AFTER_SHARE = new Set(['that', 'the', 'a', 'an', 'this', 'it', 'they', 'he', 'she', 'we', 'there', 'their', 'his', 'her', 'its', 'no', 'not']);
/**
 * Whether the share at k speaks through the bare verb at i with what it says after it: "a third say the plan", "a
 * majority agree that"; not a compound noun ("a minority report", "a third claim surfaced").
 */
function shareSpeaks(tokens: readonly Token[], k: number, i: number): boolean {
  const before = at(tokens, k - 2);
  const opensClause = !isWord(before) || COUNT_APPROXIMATIONS.has(before.lower) || CONJUNCTIONS_OF_CLAUSES.has(before.lower);
  return opensClause && SHARES_TAKING_PLURAL.has(at(tokens, k).lower) && INDEFINITE_ARTICLES.has(at(tokens, k - 1).lower) && !at(tokens, i).lower.startsWith('report') && CLAUSE_AFTER_SHARE.has(at(tokens, i + 1).lower);
}
// Noun-like cue forms whose past tense is the bare form.
const PAST_LIKE_BASE = new Set(['forecast', 'cast']);
// Cue forms far more often plural nouns, read as verbs only before their object: "the agency lists the figure".
const OBJECT_FIRST = new Set(['lists', 'details', 'outlines']);
// Prepositions a cue form after is its noun.
const NOUN_AFTER = new Set(['on', 'amid', 'after', 'following', 'despite', 'over', 'about', 'against', 'among', 'upon', 'into', 'in', 'with', 'from', 'for', 'by', 'under', 'during', 'without']);
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'new', 'recent', 'many', 'some', 'local', 'news', 'media', 'earlier', 'latest', 'previous', 'initial', 'such', 'other', 'several', 'unconfirmed', 'press', 'official', 'current', 'growing', 'mounting', 'widespread', 'lingering', 'renewed', 'fresh', 'persistent', 'public', 'private', 'similar']);
// Words a source phrase cannot start with: "with some members of Congress insisting" is about the members.
const SO_FAR = new Set(['so', 'thus']);
const NOT_AN_OPENING = new Set(['perhaps', 'maybe', 'probably', 'including', 'such', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'into', 'amid', 'among', 'like', 'unlike', 'about', 'against', 'over', 'under', 'despite', 'during', 'without', 'to', 'and', 'or', 'of', 'even', 'just', 'only', 'plus', 'also', 'while', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'whereas', 'until']);
const PLURAL_QUANTIFIERS = new Set(['many', 'several', 'some', 'few', 'most', 'both', 'all', 'numerous', 'various', 'multiple']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'many', 'most', 'some', 'few', 'several', 'all', 'both', 'others', 'percent']);
// "Fishermen worry", "people fear", "children say", "Staff fear": plurals without an "s".
const IRREGULAR_PLURAL = /^(?:\p{L}+men|people|children|police|data|staff|personnel|clergy|faculty)$/u;
/** A plural pronoun, or letters then any one character but "s" and a final "s" ("farmers", not "press"). */
function isPluralSubject(lower: string): boolean {
  if (PLURAL_PRONOUNS.has(lower) || IRREGULAR_PLURAL.test(lower)) return true;
  const s = lower.length - 1;
  if (s < 2 || lower.charCodeAt(s) !== 115) return false;
  // The character before the "s", a surrogate pair being one character.
  const pair = s >= 3 && (lower.charCodeAt(s - 1) & 0xfc00) === 0xdc00 && (lower.charCodeAt(s - 2) & 0xfc00) === 0xd800;
  const before = pair ? s - 2 : s - 1;
  return lower.charCodeAt(before) !== 115 && isLetters(lower, 0, before);
}
// Prepositions whose object a following "it" or "you" is; not "of", a part of a thing ("some of it mentioning").
const PRONOUN_OBJECT_AFTER = new Set(['on', 'with', 'about', 'to', 'for', 'in', 'from', 'by', 'at', 'against', 'into', 'near']);
// Particle cues that are nouns or names too: "fire back" but "fire officials", "hit out" but "a hit record", "played
// down" but "Playing Field Promotions", "waved off" but "a wave of".
const PARTICLE_NOUNS = new Set(['fire', 'hit', ...inflect('play'), ...inflect('laugh'), ...inflect('wave')]);
const STOP_AFTER = new Set(['said', 'says', 'told', 'tells', 'added']);
// Auxiliaries inside a phrase mean a new clause: "The demand has US officials wondering".
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does']);
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);
const SIDES = /^(?:oppos|support|back|favou?r|endors)/;
const GROUP_PARTS = /^(?:many|some|most|all|both|several|few|each|one|two|three|four|five|half|\d+)$/;
const FREE_RELATIVES = new Set(['what', 'how', 'whatever']);
const OPINION_OF = new Set(['of', 'about']);
// Verbs of saying no possessive can take as its noun: "Moody's said" is a name's.
const NEVER_NOUNS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'explained', 'explains']);
// A body's verbs of saying after "it", with what was said after them: "it recommended that", "it acknowledged".
// "It showed that …": a record's verbs of showing, which analyze.ts credits only where the sentence before names a record.
export const IT_SHOWS: ReadonlySet<string> = new Set(['shows', 'showed', 'indicates', 'indicated', 'suggests', 'suggested', 'reveals', 'revealed']);
const IT_SPEAKS = new Set([...IT_SHOWS, 'found', 'finds', 'recommended', 'recommends', 'explained', 'explains', 'acknowledged', 'acknowledges', 'argued', 'argues', 'urged', 'urges', 'estimated', 'estimates', 'expects', 'expected', 'predicted', 'predicts', 'concluded', 'concludes', 'declared', 'declares', 'asserted', 'asserts', 'disclosed', 'discloses', 'stressed', 'stresses', 'contended', 'contends', 'maintained', 'maintains', 'admitted', 'admits', 'responded', 'responds', 'replied', 'replies']);
// Inside what a source reports, an informant may also warn, or write that: "a senior aide warned him …".
const WARNED = new Set(['warned', 'warns']);
const WROTE = new Set(['wrote', 'writes']);
// Verbs of telling what is so, by which an unnamed informant passes information on.
const INFORMING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'confirmed', 'confirms']);
const SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'stated', 'states', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'claimed', 'claims', 'noted', 'notes', 'wrote', 'writes', 'posted', 'tweeted', 'warned', 'warns', 'denied', 'denies', 'insisted', 'insists']);
// Their participles, which go on from the clause's subject: "…, saying", "…, adding".
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'stating', 'telling', 'announcing', 'reporting', 'claiming', 'noting', 'writing', 'warning', 'insisting']);
// "… and has accused Leeds of", "and blamed the weather": a charge is a claim after "and" too ("and denying him a
// win" is no denial).
const JOINED_CHARGES = /^(?:accus|blam|condemn|denounc|criticiz|criticis)/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
// Verbs of saying or believing that a relative clause's own subject may carry inside it: "who police say fired".
const SAID_INSIDE_RELATIVE = new Set(['say', 'says', 'said', 'believe', 'believes', 'believed', 'allege', 'alleges', 'alleged', 'claim', 'claims', 'claimed']);
// Words that open a noun phrase as a relative clause's subject, beside the determiners a reduced relative opens with:
// "that a court said", "who some residents believe".
const RELATIVE_SUBJECT_OPENERS = new Set([...REDUCED_RELATIVE_OPENERS, 'a', 'an', 'some', 'many', 'most', 'two', 'three', 'several']);
const STARTS_WITH_NUMBER = /^[$£€\d]/;
// "the minister will testify", "the agency would say": what someone may say later is no attribution yet.
// "Some would argue", "others may say", "many shoppers will tell you": a guess at what a crowd says, with a verb of
// saying, arguing or conceding ("voters would reject it if they knew" guesses at an act, "one might think" a view).
const GUESSING_MODALS = new Set(['would', 'might', 'may', 'could', 'will', '’ll', "'ll"]);
const GUESSED_CLAIMS = /^(?:say|tell|argue|agree|disagree|admit|concede|contend|claim|insist|point|take|dispute|object|counter|acknowledge|maintain|note|suggest)$/;
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', '’ll', "'ll"]);
const SPECULATIVE = new Set(['perhaps', 'maybe', 'possibly', 'probably']);
// Modals with "only" that report what was said ("would only say that"); not "can", what one is able or allowed to say
// ("voters can only say yes or no"), nor a saying put on a condition ("would only say so if asked").
const SAID_ONLY_MODALS = new Set(['would', 'could']);
const CONDITIONS = new Set(['if', 'unless']);
// Knowing, seeing, wanting and hoping are attitudes a crowd can be said to hold, but say nothing a named person told anyone.
const WEAK_COGNITION = new Set(['know', 'knows', 'knew', 'known', 'understand', 'understands', 'understood', 'see', 'sees', 'saw', 'seen', 'feel', 'feels', 'felt', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'sense', 'senses', 'sensed', 'imagine', 'imagines', 'imagined', 'realize', 'realizes', 'realized', 'realise', 'realises', 'realised', 'recognize', 'recognizes', 'recognized', 'recognise', 'recognises', 'recognised', 'hope', 'hopes', 'hoped', 'hoping']);
// Verbs whose object a question is, "decide what they see as fair": no judgment of theirs is given.
const ASKING_OR_DECIDING = new Set(['decide', 'decides', 'decided', 'deciding', 'choose', 'chooses', 'chose', 'know', 'knows', 'knew', 'ask', 'asks', 'asked', 'wonder', 'wonders', 'wondered', 'determine', 'determines', 'judge', 'judges']);
// A side taken in the past, a record of what one named person did ("Reed supported the bill").
const SIDES_TAKEN = new Set(['supported', 'opposed']);
// "WHO" is the World Health Organization, not a relative pronoun.
const isAcronym = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase() && hasCodePoint(t.text, isUpperCode);
const isClauseWord = (t: Token) => CLAUSE_WORDS.has(t.lower) && !isAcronym(t);

const POSSESSIVE = /['’]s$/;

// Past either end of a sentence there is only an edge, which behaves like punctuation.
const EDGE = edgeToken();
// Bounds checked first: reading tokens[-1] would be a slow named-property lookup.
const at = (tokens: readonly Token[], i: number): Token => (i >= 0 && i < tokens.length ? (tokens[i] as Token) : EDGE);
const isWord = (t: Token): boolean => !t.boundary;

// Quantifiers that stand alone for a crowd holding a view.
const VIEW_HOLDERS = new Set(['some', 'many', 'others', 'most']);
function nounLike(tokens: readonly Token[], j: number): boolean {
  const prev = at(tokens, j - 1);
  // "an analyst at the Acme think tank": a compound noun, whatever comes before it.
  if (at(tokens, j).lower === 'think' && /^tanks?$/.test(at(tokens, j + 1).lower)) return true;
  // "Reports released by the ministry show": opening the clause before a participle and its agent, a noun.
  if (!isWord(prev) && BY_PARTICIPLES.has(at(tokens, j + 1).lower) && at(tokens, j + 2).lower === 'by') return NOUN_LIKE.has(at(tokens, j).lower);
  // "Records from the bank show", "Reports in the region suggest": so before where or whose they are.
  if (!isWord(prev) && OF_A_PLACE.has(at(tokens, j + 1).lower)) return NOUN_LIKE.has(at(tokens, j).lower);
  // "…, but some worry it will fail", "many fear they will lose": a crowd's view, the clause's subject after it, where
  // the crowd opens its clause (at its start, after ", but" or "though"); "there is some hope it will pass", "prompted
  // alarm and some fear it would spread" and "some hope that …" may hold a noun.
  // So after "what", whose object it is: "what some call a crisis" ("what some hope" holds no noun either).
  if (VIEW_HOLDERS.has(prev.lower) && at(tokens, j - 2).lower === 'what') return false;
  if (VIEW_HOLDERS.has(prev.lower) && SUBJECT_PRONOUNS.has(at(tokens, j + 1).lower)) {
    const before = at(tokens, j - 2);
    if (!isWord(before) || (before.lower === 'but' && at(tokens, j - 3).text === ',') || CONTRASTS.has(before.lower)) return false;
  }
  // "a report that shows", "data that show": "that" after a record is its relative pronoun, not "that show".
  if (prev.lower === 'that' && RECORDS.has(at(tokens, j - 2).lower)) return false;
  // "the Today show", "FEC records"; but "Polls show voters are split": a record whose capital only opens the
  // sentence names nothing, and the cue after it is its verb.
  const named = prev.capitalized && (isWord(at(tokens, j - 2)) || !RECORDS.has(prev.lower) || prev.text === prev.text.toUpperCase());
  // "Voters in 6 states heading to the polls": a count before a plural is its number; "Article 5 states that" says.
  const counted = (STARTS_WITH_NUMBER.test(prev.text) || NUMBER_WORDS.has(prev.lower)) && at(tokens, j).lower.endsWith('s') && at(tokens, j + 1).lower !== 'that' && isWord(at(tokens, j + 1));
  return NOUN_LIKE.has(at(tokens, j).lower) && isWord(prev) && (NOUN_OPENERS.has(prev.lower) || named || counted || POSSESSIVE.test(prev.lower) || (ADJECTIVE_FORM.test(prev.lower) && !ENDS_LIKE_AN_ADJECTIVE.has(prev.lower)));
}
/** "a recall notice", "the warning label": a cue form between an article and a noun is the noun's modifier. */
function modifiesNoun(tokens: readonly Token[], j: number): boolean {
  const noun = at(tokens, j + 1);
  if (!isWord(noun) || noun.capitalized || looksLikeVerb(noun.lower) || isClauseWord(noun) || NOT_AN_OPENING.has(noun.lower)) return false;
  const before = at(tokens, j - 1);
  if (ARTICLES.has(before.lower)) return true;
  // "Two informed sources said", "Concerned residents say": after a count, or opening the phrase, before people.
  return (!isWord(before) || opensACount(before)) && isPeoplePlural(noun.lower);
}
const OF_A_PLACE = new Set(['from', 'in', 'of', 'across', 'at']);
// "territorial claims", "political reports": an adjective's ending before a cue word makes it a noun; not after a
// noun with that ending that is never an adjective ("data from the trial show"; "editorial" is both).
const ENDS_LIKE_AN_ADJECTIVE = new Set(['trial', 'trials', 'tutorial', 'tutorials', 'diary', 'diaries', 'summary', 'summaries']);
const ADJECTIVE_FORM = /(?:ial|ical|ous|ive|ful|ary)$/;

const WHEN_OPENERS = new Set(['on', 'last', 'this', 'early', 'late', 'next', 'that', 'later', 'earlier']);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIMES_OF_DAY_AND_YEAR = ['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'time'];
const WHEN_WORDS = new Set([...WEEKDAYS, ...TIMES_OF_DAY_AND_YEAR]);

// ", for instance,", ", in turn,": asides of two words.
const TWO_WORD_ASIDES = new Set(['for instance', 'for example', 'in turn', 'in fact', 'of course', 'in particular', 'by contrast', 'in response', 'in addition', 'after all']);
// Words that stand between a source and its verb only set off by commas: "Others, though, say".
const COMMA_ASIDES = new Set(['though', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'likewise']);
// ", meanwhile,", ", historically,": a one-word aside between a source and its verb.
const isAside = (t: Token) => isWord(t) && (BETWEEN_SOURCE_AND_VERB.has(t.lower) || COMMA_ASIDES.has(t.lower) || (isLyAdverb(t.lower) && !t.capitalized));

/** The lower-case word starting at `start`, or "" when no token starts there. */
function wordAt(tokens: readonly Token[], start: number): string {
  const t = at(tokens, firstTokenFrom(tokens, start));
  return t.start === start ? t.lower : '';
}
const isNegation = (t: Token) => t.lower === 'not' || /n['’]t$/.test(t.lower);

const QUANTIFIER_SUBJECTS = new Set(['both']);
// Words of degree before an adverb between a source and its verb: "almost universally", "very publicly"; not a
// comparison ("more accurately predicted").
const ADVERB_DEGREES = new Set(['almost', 'nearly', 'very', 'so', 'too', 'quite', 'most']);
const COMPARATIVE_AMOUNTS = new Set(['less than', 'more than', 'fewer than', 'just over', 'just under']);
const countsTime = (t: Token) => INDEFINITE_ARTICLES.has(t.lower) || NUMBER_WORDS.has(t.lower) || /^\d+$/.test(t.text) || t.lower === 'few' || t.lower === 'several';
/** The token before an amount of time ending at k: "two", "a few", "less than a". */
function beforeAmount(tokens: readonly Token[], k: number): number {
  if (at(tokens, k).lower === 'few' && at(tokens, k - 1).lower === 'a') k--;
  return COMPARATIVE_AMOUNTS.has(`${at(tokens, k - 2).lower} ${at(tokens, k - 1).lower}`) ? k - 3 : k - 1;
}
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
// Days named for an event: "Super Tuesday", "Black Friday".
const NAMED_DAYS = new Set(['super', 'black', 'good', 'cyber', 'ash', 'easter', 'holy', 'palm', 'bloody']);
/**
 * A weekday right after a name or a noun: "Reed Sunday", "a spokesman for the agency Tuesday"; not after a record's
 * participle ("a poll released Friday", "a letter sent Friday") or a preposition ("due by Friday").
 */
const bareWeekday = (tokens: readonly Token[], k: number): boolean => {
  const before = at(tokens, k - 1);
  if (!WEEKDAYS.includes(at(tokens, k).lower) || !isWord(before) || NAMED_DAYS.has(before.lower)) return false;
  if (before.capitalized) return true;
  // After a lower-case noun only before a finite verb: "the agency Tuesday said", not "visited the strikers Friday
  // promising", where the noun is an object and the participle's subject is before it.
  return !(/(?:ed|en)$/.test(before.lower) || IRREGULAR_PASTS.has(before.lower) || BEFORE_A_DAY.has(before.lower) || /ing$/.test(at(tokens, k + 1).lower));
};
// Words a bare weekday may follow that make it no aside between a source and its verb: "due by Friday".
const BEFORE_A_DAY = new Set(['a', 'an', 'the', 'this', 'that', 'last', 'next', 'one', 'every', 'each', 'by', 'until', 'till', 'from', 'through', 'since', 'during', 'for', 'of', 'out', 'due', 'and', 'or', 'to', 'before', 'after']);
function skipBetween(tokens: readonly Token[], j: number): number {
  for (let skipped = 0; skipped < 4 && j >= 0; skipped++) {
    const t = at(tokens, j);
    const opening = asideOpening(tokens, j);
    // "USA TODAY identified": a capitalised "Today" after a word is part of a name.
    // "they both said" steps over "both"; "Both said", opening the clause, is the subject.
    // Not after an aside's closing dash: "Party figures — long disciplined — both suggested".
    const subjectItself = QUANTIFIER_SUBJECTS.has(t.lower) && (j === 0 || (!isWord(at(tokens, j - 1)) && !DASHES.has(at(tokens, j - 1).text)));
    // "Officials speaking anonymously said": how they spoke is part of who they are.
    const howTheySpoke = t.lower === 'anonymously';
    if (isWord(t) && !subjectItself && ((BETWEEN_SOURCE_AND_VERB.has(t.lower) && !(t.capitalized && isWord(at(tokens, j - 1))) && !isCapitalModal(t, at(tokens, 0).start)) || (isLyAdverb(t.lower) && !t.capitalized && !howTheySpoke) || isNegation(t))) j--;
    // ", meanwhile," and ", however," sit between a source and its verb.
    else if (opening >= 0) j = opening - 1;
    // "growers have in particular objected", "farmers in turn say": the same without commas.
    else if (isWord(at(tokens, j - 1)) && TWO_WORD_ASIDES.has(`${at(tokens, j - 1).lower} ${t.lower}`)) j -= 2;
    // "The ministry on Monday urged", "Lopez last week asked": when is not who.
    else if (WHEN_WORDS.has(t.lower) && WHEN_OPENERS.has(at(tokens, j - 1).lower)) j -= 2;
    else if (WHEN_WORDS.has(t.lower) && WHEN_WORDS.has(at(tokens, j - 1).lower) && WHEN_OPENERS.has(at(tokens, j - 2).lower)) j -= 3;
    // "Surveys of Iowa voters late last week indicated": how late in that week, stepped over with it.
    else if ((t.lower === 'late' || t.lower === 'early') && WHEN_OPENERS.has(at(tokens, j + 1).lower) && WHEN_WORDS.has(at(tokens, j + 2).lower)) j--;
    // "Reed Monday night defended", "Acme Monday denied": a weekday alone after a name, as wire copy writes it.
    else if (bareWeekday(tokens, j)) j--;
    else if (DAY_PARTS.has(t.lower) && bareWeekday(tokens, j - 1)) j -= 2;
    else if ((t.lower === 'time' || t.lower === 'past') && at(tokens, j - 1).lower === 'the' && at(tokens, j - 2).lower === (t.lower === 'time' ? 'at' : 'in')) j -= 3; // "the mayor at the time said", "have in the past argued"
    // "Reed, the council leader, this past week announced", "Marsh a month later said".
    else if (WHEN_WORDS.has(t.lower) && at(tokens, j - 1).lower === 'past' && (at(tokens, j - 2).lower === 'this' || at(tokens, j - 2).lower === 'the')) j -= 3;
    else if ((at(tokens, j + 1).lower === 'later' || at(tokens, j + 1).lower === 'earlier') && WHEN_WORDS.has(t.lower.replace(/s$/, '')) && countsTime(at(tokens, j - 1))) j -= 2;
    // "The council two weeks ago said", "Marsh less than a year ago told".
    else if (t.lower === 'ago' && WHEN_WORDS.has(at(tokens, j - 1).lower.replace(/s$/, '')) && countsTime(at(tokens, j - 2))) j = beforeAmount(tokens, j - 2);
    else if (t.lower === 'since' && AUXILIARIES.has(at(tokens, j - 1).lower)) j--; // "She has since said"
    else if (ADVERB_DEGREES.has(t.lower) && isLyAdverb(at(tokens, j + 1).lower)) j--; // "growers almost universally say"
    else if ((t.lower === 'here' || t.lower === 'there') && !t.capitalized && isWord(at(tokens, j - 1))) j--; // "Officials there said"
    else break;
  }
  return j;
}

const ORDINAL_SHARES = new Set(['third', 'quarter']);
// "one in five", "nine out of 10", "4 in 10": a count out of a count of people polled.
const ONE_IN = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/**
 * "Nearly half, 47%, say", "A third of tenants, 31%, agree": a share restated between commas before the verb is
 * poll respondents, as "47% say" is; the figure is the claim, the crowd no source (narrative).
 */
function matchRestatedShare(tokens: readonly Token[], i: number, verb: Token, out: SourceMatch[]): void {
  let open = i - 2;
  while (open > i - 6 && isWord(at(tokens, open))) open--;
  const share = tokens.slice(open + 1, i - 1);
  if (at(tokens, open).text !== ',' || !share.length || !share.some((w) => STARTS_WITH_NUMBER.test(w.text)) || !isShareOfPeople(share)) return;
  // "Among likely voters, nearly half, 47%, say": the share opens after the phrase set off before it.
  let from = open - 1;
  while (from > 0 && isWord(at(tokens, from - 1))) from--;
  const whole = phraseBefore(tokens, open - 1).filter((w) => w.start >= at(tokens, from).start);
  if (!whole.length || !isShareOfPeople(whole)) return;
  const start = at(whole, 0).start;
  out.push({ ...sourceMatch(VAGUE_ATTRIBUTION, start, endOf(share), start, endOf(share), verb), narrative: true });
}

/** Whether the phrase at token k opens the reason a source is unnamed: "… anonymity because [she] feared …". */
function givesWhyUnnamed(tokens: readonly Token[], k: number): boolean {
  if (at(tokens, k - 1).lower !== 'because') return false;
  for (let j = k - 2; j >= 0 && k - j <= 8; j--) {
    const w = at(tokens, j).lower;
    if (w === 'anonymity' || w === 'anonymous' || w === 'anonymously' || ((w === 'named' || w === 'identified') && at(tokens, j - 1).lower === 'be')) return true;
  }
  return false;
}
// Words that tell how near a count is: "some 300", "more than 2,000", "at least 40", "as many as 500".
const COUNT_APPROXIMATIONS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'fewer', 'less', 'than', 'least', 'at', 'as', 'many', 'just', 'only', 'well', 'under', 'up', 'to', 'approximately']);
const POLL_RESPONDENTS = new Set(['respondents', 'polled', 'surveyed', 'sampled']);
const MAJORITIES = new Set(['majority', 'majorities', 'minority', 'plurality']);
/**
 * "A majority of voters say", with no number told, is "most voters say": a crowd's view, as the guide reads "many
 * Republicans"; "a 69% majority of Republicans" is a poll's share.
 */
const isUntoldMajority = (words: readonly Token[]): boolean =>
  words.some((w) => MAJORITIES.has(w.lower)) && !words.some((w) => STARTS_WITH_NUMBER.test(w.text) || NUMBER_WORDS.has(w.lower) || w.text.endsWith('%'));
/** "Most of those polled", "4 in 10", "24 percent", "31 said the same": a share of a poll's respondents. */
function isShareOfPeople(words: readonly Token[]): boolean {
  // "31 said", "some 300 said", "at least 2,000 said": a bare count, how near it is told before it.
  const last = words.length - 1;
  if (/^\d{1,3}(?:,\d{3})*$/.test(at(words, last).text) && words.slice(0, last).every((w) => COUNT_APPROXIMATIONS.has(w.lower))) return true;
  // "the third witness", "a third source" are ordinals, "a third of them", "a third said" shares.
  const ordinal = (k: number) => ORDINAL_SHARES.has(at(words, k).lower) && words[k + 1]?.lower !== 'of' && (words[k - 1]?.lower === 'the' || k + 1 < words.length);
  // "half a dozen" counts people, as "a dozen" does.
  const halfADozen = (k: number) => at(words, k).lower === 'half' && words[k + 1]?.lower === 'a' && words[k + 2]?.lower === 'dozen';
  // "some quarters" are people left unsaid; "three quarters" a share.
  const unsaidQuarters = (k: number) => at(words, k).lower === 'quarters' && !(k > 0 && (NUMBER_WORDS.has(at(words, k - 1).lower) || STARTS_WITH_NUMBER.test(at(words, k - 1).text)));
  const untold = isUntoldMajority(words);
  return words.some((w, k) => (SHARES.has(w.lower) && !ordinal(k) && !(untold && MAJORITIES.has(w.lower)) && !halfADozen(k) && !unsaidQuarters(k)) || w.text.endsWith('%') || (w.lower === 'cent' && words[k - 1]?.lower === 'per') || ((w.lower === 'in' || (w.lower === 'of' && words[k - 1]?.lower === 'out')) && k > 0 && ONE_IN.test(words[k + 1]?.lower ?? '') && ONE_IN.test(words[w.lower === 'of' ? k - 2 : k - 1]?.lower ?? '')));
}

// Words shaped like adjectives ("weathered", "famous"); not "editorial" or "primary", often nouns.
const ADJECTIVE_LIKE = /(?:ed|ous|ful|ive|ish|less|able|ible)$/;
// Words that may stand before an article inside one phrase: "some of the growers", "all the delegates", "Reed and the".
const JOINS_A_PHRASE = new Set(['of', 'among', 'from', 'in', 'into', 'about', 'against', 'at', 'on', 'with', 'for', 'by', 'near', 'along', 'beside', 'across', 'like', 'and', 'or', 'nor', 'but', 'all', 'both', 'half', 'some', 'many', 'most', 'several', 'none', 'each', 'any', 'few', 'only', 'just', 'even', 'especially', 'including', 'notably']);
/** Words of the phrase ending at token j, walking back to a boundary or a clause word. */
// Sending a message to people, and what a message says.
const MESSAGED = new Set(['emailed', 'e-mailed', 'texted', 'messaged', 'mailed', 'wrote', 'called', 'phoned', 'rang']);
const MESSAGE_SAYING = new Set(['saying', 'telling', 'urging', 'asking', 'warning', 'promising', 'announcing', 'explaining', 'arguing', 'claiming', 'insisting', 'pleading', 'imploring']);

const INFORMANT_WORDS = new Set(['close', 'familiar', 'briefed', 'knowledgeable']);

const TIME_ZONES = new Set(['gmt', 'bst', 'utc', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt', 'ist', 'jst', 'aest', 'aedt', 'hkt', 'sgt']);
const CLOCK = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.?|p\.m\.?)$/i;
const MERIDIEM = /^(?:am|pm|a\.m\.?|p\.m\.?)$/i;
/**
 * How many tokens a time of day opening a sentence takes, before a capitalised word: "11:05", "11:05 GMT", "2.30pm",
 * "14.20", "10 a.m. ET"; 0 when none.
 */
function clockOpening(tokens: readonly Token[]): number {
  let n = 0;
  const first = at(tokens, 0).text;
  // A bullet, or an entry's label and its colon: "• Opposition MPs say", "BREAKING: Election monitors said".
  if (BULLETS.has(first)) n = 1;
  else if (ENTRY_LABELS.has(at(tokens, 0).lower) && at(tokens, 1).text === ':') n = 2;
  else if (CLOCK.test(first) || DOTTED_TIME.test(first)) n = 1;
  else if (/^\d{1,2}$/.test(first) && at(tokens, 1).text === ':' && /^\d{2}$/.test(at(tokens, 2).text)) n = 3;
  else if (/^\d{1,2}$/.test(first) && MERIDIEM.test(at(tokens, 1).text)) n = 1;
  else return 0;
  if (MERIDIEM.test(at(tokens, n).text)) n++;
  if (TIME_ZONES.has(at(tokens, n).lower) && at(tokens, n).text === at(tokens, n).text.toUpperCase()) n++;
  // "3.55pm: Meteorologists say": the time's colon or dash.
  if (n > 0 && ENTRY_MARKS.has(at(tokens, n).text) && at(tokens, n + 1).capitalized) n++;
  return at(tokens, n).capitalized ? n : 0;
}
const BULLETS = new Set(['•', '·', '▪', '►', '*']);
const ENTRY_LABELS = new Set(['update', 'updated', 'breaking', 'latest', 'live', 'new', 'developing', 'watch', 'analysis']);
const ENTRY_MARKS = new Set([':', '-', '–', '—']);

function phraseBefore(tokens: readonly Token[], j: number, beforeRelative = false): Token[] {
  const words: Token[] = [];
  const cue = at(tokens, j + 1);
  // The verb the phrase stands before: in lower case, the sentence is no title-case headline.
  const plainCase = isWord(cue) && !cue.capitalized;
  // A relative clause ("who spoke on condition of anonymity") does not count against the phrase's length.
  let budget = MAX_PHRASE_WORDS;
  // A name the limit falls inside is read to its start: "Former Secretary of State Ann Marsh and …".
  const inName = (t: Token) => words.length < budget + 3 && t.capitalized && words[0]?.capitalized === true;
  // "leaders who would much prefer to be out knocking on doors for Marsh said": a long relative clause is read to its
  // "who" when one stands a few words further back.
  const relativeBack = () => budget === MAX_PHRASE_WORDS && relativeOpenerWithin(tokens, j, 10);
  // "Parents interviewed by the Hull Post outside a school in Leeds said": so is a crowd's participle phrase, read
  // back to the crowd when it stands a few words further back.
  const crowdBack = () => words.length >= budget && words.length < budget + 4 && crowdParticipleWithin(tokens, j, 4);
  // An article the limit falls after opens the phrase cut short: "a second person briefed on last weekend's trade call".
  const articleAtLimit = (t: Token) => words.length === budget && ARTICLES.has(t.lower);
  // "people close to both the mayor's office and the Leeds council": an informant's description the limit falls inside
  // is read back to whom it describes.
  const informantAtLimit = (t: Token) => words.length >= budget && words.length < budget + 3 && (INFORMANT_WORDS.has(t.lower) || INFORMANT_WORDS.has(at(words, 0).lower) || (words.length > 1 && INFORMANT_WORDS.has(at(words, 1).lower)));
  // "A poll of 1,500 voters for the Leeds Trust by Acme found": the limit falls inside a sample's description; the
  // poll it belongs to is read in.
  const sampleOf = (k: number) => SAMPLING_RECORDS.has(at(tokens, k).lower) && at(tokens, k + 1).lower === 'of';
  const pollAtLimit = (k: number) => {
    if (words.length < budget || words.length >= budget + 5) return false;
    const t = at(tokens, k);
    // The count of the sample, "of", the record, its article: each with the record and its "of" close by.
    const part = STARTS_WITH_NUMBER.test(t.text) || t.lower === 'of' || SAMPLING_RECORDS.has(t.lower) || ARTICLES.has(t.lower);
    return part && [k - 2, k - 1, k, k + 1].some(sampleOf);
  };
  // The cue of a relative clause the walk stepped into: "nurses who fear for their jobs said".
  let relativeCue: Token | undefined;
  while (j >= 0 && (words.length < budget || inName(at(tokens, j)) || relativeBack() || crowdBack() || articleAtLimit(at(tokens, j)) || informantAtLimit(at(tokens, j)) || pollAtLimit(j))) {
    const t = at(tokens, j);
    if (t.text === ')') {
      // Step over a parenthesis: "Home Depot (ticker: HD) reported".
      let k = j - 1;
      while (k >= 0 && j - k < 24 && at(tokens, k).text !== '(') k--;
      if (k < 0 || at(tokens, k).text !== '(') break;
      j = k - 1;
      continue;
    }
    // A quoted title inside the phrase ends it at its determiner: the "Hull Nights" actor, her "Today" co-host.
    const title = words.length > 0 ? quotedTitleBefore(tokens, j) : -1;
    if (title >= 0) {
      words.unshift(at(tokens, title - 1), ...tokens.slice(title + 1, j).filter(isWord));
      j = title - 2;
      break;
    }
    // A cue form right before the verb heads its subject: "a police report indicates", "the poll shows".
    // Except inside a relative clause of the subject: "nurses who fear for their jobs said", "parents whose
    // schools were shut say".
    // "the weathered, 70-year-old farmer said": adjectives set apart by a comma inside one phrase.
    const adjectiveFirst = words.length > 1 && !at(words, 0).capitalized && (ADJECTIVE_LIKE.test(at(words, 0).lower) || /-old$/.test(at(words, 0).lower));
    if (t.text === ',' && adjectiveFirst && ARTICLES.has(at(tokens, j - 2).lower) && isWord(at(tokens, j - 1)) && !at(tokens, j - 1).capitalized && ADJECTIVE_LIKE.test(at(tokens, j - 1).lower)) {
      words.unshift(at(tokens, j - 1));
      words.unshift(at(tokens, j - 2));
      break;
    }
    // "Marsh, Reed and Ode said", "Marsh, Reed, and Ode said": the names listed before the last belong to it.
    const oxford = t.lower === 'and' && at(tokens, j - 1).text === ',';
    const listed = t.text === ',' ? namesListedBefore(tokens, j, words) : oxford ? namesListedBefore(tokens, j - 1, [t, ...words]) : -1;
    if (listed >= 0) {
      words.unshift(...tokens.slice(listed, oxford ? j + 1 : j).filter(isWord));
      break;
    }
    // "the 40,000 per day council staff estimated", "the 300 a year Acme says": a rate's unit ends the phrase before
    // it; no source goes on one.
    const rate = at(tokens, j - 1).lower === 'per' || (at(tokens, j - 1).lower === 'a' && STARTS_WITH_NUMBER.test(at(tokens, j - 2).text));
    if (words.length > 0 && rate && RATE_UNITS.has(t.lower)) break;
    // "hit back at critics who said", "took aim at those who": the particle is its verb's, and ends the phrase.
    if (words.length > 0 && PARTICLE_CUES.get(at(tokens, j - 1).lower)?.includes(t.lower)) break;
    // "fire officials said": a noun that is a cue only as a verb with its particle ("fire back") is none without it.
    // So is a record's participle that is a cue only with its particle ("took aim"), without it: "polls taken in May".
    const particles = PARTICLE_CUES.get(t.lower);
    const particleNoun = particles !== undefined && (PARTICLE_NOUNS.has(t.lower) || RECORD_PARTICIPLES.has(t.lower)) && !particles.includes(at(tokens, j + 1).lower);
    // "the Global Piracy Reporting Centre": a capitalised -ing form between two capitals is a word of a name.
    // Not before people, whom a title-case headline capitalises too: "Church Shooting Survivors Explain".
    // So is any capitalised cue form after a capital, before a verb in lower case: "the Hull Sound festival said".
    const inName = t.capitalized && at(tokens, j - 1).capitalized && isWord(at(tokens, j - 1)) && ((t.lower.endsWith('ing') && at(words, 0)?.capitalized === true && !isPeoplePlural(at(words, 0).lower)) || (plainCase && words.length > 0 && !isPeoplePlural(at(words, 0).lower)));
    // "the Acme tracking poll shows": an -ing form before a record describes it.
    // So is one right before a record's verb, a record itself: "Ann Marsh's reporting shows".
    const describesRecord = t.lower.endsWith('ing') && ((words.length > 0 && RECORDS.has(at(words, 0).lower)) || (words.length === 0 && RECORD_PRESENT.has(at(tokens, j + 1).lower)));
    const cueForm = ATTRIBUTION_VERBS.has(t.lower) && !particleNoun && !inName && !describesRecord;
    if (!isWord(t) || SPACED_DASHES.has(t.text) || t.endsSentence || (cueForm && words.length > 0 && !nounLike(tokens, j) && !modifiesNoun(tokens, j) && !inRelative(tokens, j) && !recordPutOut(tokens, j) && !describedByAgent(tokens, j) && !advisesWhom(tokens, j) && !briefedOn(tokens, j))) break;
    if (cueForm && words.length > 0 && inRelative(tokens, j) && !relativeCue) relativeCue = t;
    // "hugging a man who claimed": an -ing form before the article is a verb whose object the phrase is.
    // So is one after an auxiliary, whose clause it goes on: "was hearing a senior minister admitting"; not one after
    // a noun, which describes it ("scientists using a telescope confirmed").
    const ingVerb = !t.capitalized && t.lower.endsWith('ing') && t.lower.length > 4 && !INDEFINITE_THINGS.has(t.lower);
    if (ingVerb && words.length > 0 && ARTICLES.has(at(words, 0).lower) && (beforeRelative || AUXILIARIES.has(at(tokens, j - 1).lower))) break;
    // "must persuade the members who said", "won over the riders who", "persuade Reed's backers who": so is any word
    // in lower case before the article or possessive that joins no phrase to it, as "of", "all" or "and" do.
    // Not inside the phrase's own relative clause: "a man who runs the depot, who told her".
    if (beforeRelative && words.length > 0 && (ARTICLES.has(at(words, 0).lower) || POSSESSIVES.has(at(words, 0).lower) || isPossessive(at(words, 0))) && !t.capitalized && !JOINS_A_PHRASE.has(t.lower) && !DETERMINERS_BEFORE_DEGREE.has(t.lower) && !NUMBER_WORDS.has(t.lower) && !STARTS_WITH_NUMBER.test(t.text) && !inRelative(tokens, j + 1)) break;
    // "helping the company think through its results", "let voters decide": the phrase is whom someone helps or lets
    // do something, and the verb after it a bare infinitive, no claim of theirs ("let reporters know that" is left as it was).
    if (words.length > 0 && !beforeRelative && BASE_FORMS.has(cue.lower) && cue.lower !== 'know' && CAUSATIVES.has(t.lower) && !t.capitalized && !words.some((w) => RELATIVE_PRONOUNS.has(w.lower))) return [];
    // "would involve Attorney General Ann Marsh, who told", "to meet Ann Marsh, who said": a verb after a modal or "to"
    // before a name its relative clause follows takes the name as its object. Not a word of the name's title: "was
    // former Mayor Ann Marsh, who".
    if (beforeRelative && words.length > 0 && at(words, 0).capitalized && isWord(t) && !t.capitalized && !NAME_MODIFIERS.has(t.lower) && !ARTICLES.has(t.lower) && !POSSESSIVES.has(t.lower) && (AUXILIARIES.has(at(tokens, j - 1).lower) || at(tokens, j - 1).lower === 'to')) break;
    // "The bank released documents that showed", "the trove included messages that": a past verb before the bare noun
    // a relative clause follows is the clause's own verb; "the leaked documents that", "some retired growers who"
    // keep their adjective.
    if (beforeRelative && words.length > 0 && !JOINS_A_PHRASE.has(at(words, 0).lower) && !t.capitalized && isPastForm(t.lower) && !determinesAdjective(at(tokens, j - 1)) && !inRelative(tokens, j)) break;
    if (AUXILIARIES.has(t.lower) && !inRelative(tokens, j) && !isCapitalModal(t, at(tokens, 0).start)) break;
    // "who asked not to be named": a negation inside the subject's relative clause is part of it.
    // "That person said": "that" opening the sentence before a singular noun is its determiner, no clause word;
    // "That growers said so is no surprise" opens a clause.
    // So is "that" after a preposition: "a person familiar with that inquiry said", "close to that committee".
    const thatOpening = t.lower === 'that' && words.length > 0 && !at(words, 0).capitalized && isWord(at(words, 0)) && !isPluralSubject(at(words, 0).lower) && (j === 0 || (j === 1 && !isWord(at(tokens, 0))) || (INFORMANT_PREPOSITIONS.has(at(tokens, j - 1).lower) && describesSomeone(at(tokens, j - 2))));
    // "Officials not authorized to speak said", "doctors not involved in the trial said".
    const notOfSource = t.lower === 'not' && words.length > 0 && notOfAPerson(at(tokens, j - 1), !isWord(at(tokens, j - 2)), at(words, 0));
    // "Cities such as Leeds say": the examples belong to the crowd before them.
    if (t.lower === 'as' && at(tokens, j - 1).lower === 'such' && words.length > 0 && isWord(at(tokens, j - 2))) {
      words.unshift(t, at(tokens, j - 1));
      j -= 2;
      continue;
    }
    // "a lawyer for more than 2,000 customers": "than" in a count is no clause's.
    if (t.lower === 'than' && COUNT_COMPARATIVES.has(at(tokens, j - 1).lower) && words.length > 0 && (STARTS_WITH_NUMBER.test(at(words, 0).text) || NUMBER_WORDS.has(at(words, 0).lower))) {
      words.unshift(at(tokens, j - 1), t);
      j -= 2;
      continue;
    }
    // "growers who were once drawn to Reed", "riders who once backed the levy": "once" after an auxiliary or a
    // relative pronoun is an adverb of the relative clause, not a subordinator opening a clause of its own.
    const adverbOnce = t.lower === 'once' && (AUXILIARIES.has(at(tokens, j - 1).lower) || RELATIVE_PRONOUNS.has(at(tokens, j - 1).lower));
    if (isClauseWord(t) && !(t.lower === 'not' && inRelative(tokens, j)) && !thatOpening && !notOfSource && !adverbOnce) {
      // "analysts who have done the calculations say": the relative clause belongs to the source.
      const before = at(tokens, j - 1);
      // "some who follow the market argue", "those who knew him say": a quantifier heads its relative clause too.
      // "a mayor who many residents oppose": the words after "who" are a subject of their own.
      const objectRelative = words.length > 0 && (NOUN_OPENERS.has(at(words, 0).lower) || at(words, 0).capitalized);
      // "parents whose schools were shut say", "leaders who'd rather stay home said".
      if ((RELATIVE_SUBJECTS.has(t.lower.replace(CONTRACTION, '')) || crowdThat(tokens, j)) && !objectRelative && isWord(before) && (isPeoplePlural(before.lower) || isPersonRole(before.lower) || VAGUE_DETERMINERS.has(before.lower) || before.lower === 'those' || isSomeone(before.lower) || sourceOpensClause(tokens, j - 1))) {
        budget = words.length + 1 + MAX_PHRASE_WORDS;
        words.unshift(t);
        j--;
        continue;
      }
      break;
    }
    // A subject pronoun before the words makes them part of its clause, not a source: "it became her gift to
    // the women who wrote", "that which it most fears"; but "he and his wife said", "He Jianxiong said".
    // Before a relative clause the phrase is an object, cut to its noun below: "He spoke to analysts who say".
    if (words.length > 0 && SUBJECT_PRONOUNS.has(t.lower) && !CONJUNCTIONS.has(at(words, 0).lower) && !at(words, 0).capitalized) {
      if (beforeRelative) break;
      return [];
    }
    // "nine things the mayor had said", "told reporters the plan": a plural noun right before a determiner ends the
    // phrase, which opens a clause of its own.
    // Not a verb's -s ("Reed, who runs the group", "Marsh heads the board").
    if (words.length > 1 && REDUCED_RELATIVE_OPENERS.has(at(words, 0).lower) && isPluralNoun(t) && opensNounBefore(at(tokens, j - 1))) break;
    // "asked about the road and Marsh said": "and" before a name joins clauses unless what it follows could speak too.
    if (CONJUNCTIONS.has(t.lower) && words.length > 0 && at(words, 0).capitalized && !canJoinASpeaker(tokens, j - 1)) break;
    words.unshift(t);
    j--;
    // "paid for something the farmers wanted": the phrase is the object of a relative clause, so it stops here.
    if (INDEFINITE_THINGS.has(t.lower)) break;
    // A subject pronoun right before the verb is the whole subject: "In a post at the time she described". Not "it"
    // or "you" after a preposition, an object: "two officials familiar with it said", "people who worked on it said".
    // Nor after a relative clause's verb in the past, whose object it is: "the man who filmed it said".
    const objectOfRelative = isPastForm(at(tokens, j).lower) && !at(tokens, j).capitalized && [1, 2, 3, 4].some((d) => RELATIVE_PRONOUNS.has(at(tokens, j - d).lower) && tokens.slice(j - d, j).every(isWord));
    // So with its auxiliary run in: "…, they’ve suggested", "…, she’d said".
    if (words.length === 1 && SUBJECT_PRONOUNS.has(t.lower.replace(CONTRACTION, '')) && !((t.lower === 'it' || t.lower === 'you') && (PRONOUN_OBJECT_AFTER.has(at(tokens, j).lower) || objectOfRelative))) break;
  }
  // "Reed, who says Marsh denied the story": a relative clause the phrase stopped short of opening is not its own;
  // the phrase is the subject after that clause's cue.
  if (relativeCue && !words.some((w) => RELATIVE_SUBJECTS.has(w.lower.replace(CONTRACTION, '')) || RELATIVE_PRONOUNS.has(w.lower))) words.splice(0, words.indexOf(relativeCue) + 1);
  // "A county poll published Monday by Acme News shows": a phrase cut off at its participle takes back the
  // document it describes.
  if (words.length && BY_PARTICIPLES.has(at(words, 0).lower)) {
    let k = j;
    while (k >= 0 && j - k < 5 && isWord(at(tokens, k)) && !isClauseWord(at(tokens, k)) && !DETERMINERS_BEFORE_DEGREE.has(at(tokens, k).lower)) k--;
    if (k >= 0 && j - k < 5 && isWord(at(tokens, k)) && DETERMINERS_BEFORE_DEGREE.has(at(tokens, k).lower)) words.unshift(...tokens.slice(k, j + 1));
  }
  // "critical of growers who suggest": the relative clause's subject is the noun before it, not the phrase
  // it ends; but "members of Congress who", "some of the farmers who" keep their group.
  const who = words.findIndex((w, k) => w.lower === 'who' || (k > 0 && crowdRelative(at(words, k - 1), w, at(words, k + 1), k === 1)));
  if (who > 1) words.splice(0, who - cutToRelativeHead(words.slice(0, who)).length);
  // "the kind of judge many voters fear", "a game many are calling a classic": a crowd right after a noun is
  // the subject of a relative clause with no "that", the noun before it its object.
  const crowd = words.findIndex((w, k) => k > 1 && VAGUE_DETERMINERS.has(w.lower) && w.lower !== 'other' && isWord(at(words, k - 1)) && !at(words, k - 1).capitalized && !isPossessive(at(words, k - 1)) && !NOT_BEFORE_A_CROWD.has(at(words, k - 1).lower) && ((k + 1 === words.length && w.lower !== 'most') || isPeoplePlural(at(words, k + 1).lower) || at(words, k + 1).capitalized));
  if (crowd > 1) words.splice(0, crowd);
  // "a figure police disputed", "an account residents rejected": a plural right after a claim's noun is the subject
  // of a relative clause with no "that", the claim its object ("a figure skater" is one person).
  if (words.length > 2 && ARTICLES.has(at(words, 0).lower) && DISPUTABLE.has(at(words, 1).lower) && !at(words, 2).capitalized && !JOINS_A_PHRASE.has(at(words, 2).lower) && pluralHeadEnds(words)) words.splice(0, 2);
  // "At the market the traders said", "After the vote the aides said": an article right after a noun opens the
  // subject; what comes before it is an opening phrase written without its comma. Not after a verb, a participle or
  // an infinitive, whose object it is ("The doctors offering to run the clinic noted"), nor where a name stands beside
  // its description ("the civil rights group the Leeds League", "spokesman the Rev. Tom Ode").
  if (who < 0) {
    for (let k = words.length - 2; k > 1; k--) {
      const w = at(words, k);
      const before = at(words, k - 1);
      if (before.lower !== 'to' && verbalAt(words, k - 1)) break;
      if (!ARTICLES.has(w.lower) || !isWord(before) || before.capitalized || isPossessive(before) || NOT_BEFORE_A_CROWD.has(before.lower) || BEFORE_AN_ARTICLE.has(before.lower)) continue;
      if (at(words, k + 1).capitalized && (isPersonRole(before.lower) || SPOKESPEOPLE.has(before.lower) || INSTITUTIONS.has(before.lower))) continue;
      // "a claim the army denied": a cue form after its article (not "a packed hall") is a noun, the object of the
      // clause that follows; unless that clause has its own verb: "the report the ministry released said".
      const clauseHasVerb = words.slice(k + 1).some((u) => looksLikeVerb(u.lower));
      const objectOfCue = (v: Token, j: number) => !clauseHasVerb && j > 0 && ARTICLES.has(at(words, j - 1).lower) && !v.lower.endsWith('ed');
      if (words.slice(0, k).some((v, j) => verbalAt(words, j) || (looksLikeVerb(v.lower) && !objectOfCue(v, j)))) break;
      words.splice(0, k);
      break;
    }
  }
  // "the moment Reed said", "the day Marsh resigned she wrote": a noun of when or of what, right before a name, heads a
  // relative clause without its "that"; the name is that clause's subject. So is a crowd after one of what ("One reason
  // growers say"); "day workers", "night nurses" are crowds of their own.
  // The noun is one of a determiner's ("the moment", "one reason", "the third time"), not a compound's ("part time
  // Acme cleaners", "point guards").
  const opensClause = (w: Token, head: Token) => w.capitalized || (isPeoplePlural(w.lower) && CROWD_CLAUSE_HEADS.has(head.lower));
  const determined = (k: number) => {
    const before = at(words, k - 2).lower;
    return RELATIVE_HEAD_DETERMINERS.has(before) || (before === 'one' && CROWD_CLAUSE_HEADS.has(at(words, k - 1).lower)) || (HEAD_ORDINALS.has(before) && at(words, k - 3).lower === 'the');
  };
  const nameAfterHead = words.findIndex((w, k) => k > 1 && !at(words, k - 1).capitalized && RELATIVE_HEADS.has(at(words, k - 1).lower) && determined(k) && opensClause(w, at(words, k - 1)));
  if (nameAfterHead > 0) words.splice(0, nameAfterHead);
  // "A survey conducted in the spring found": when is skipped before the verb, and the participle it followed describes.
  // "an aide who is never identified": a participle after "be" ends a passive within the phrase's own clause.
  if (words.length > 1 && BY_PARTICIPLES.has(at(words, words.length - 1).lower) && !PASSIVE_BE.has(at(words, words.length - 2).lower)) words.pop();
  // "Years later Reed wrote": a span of time opening the clause without its comma is no part of who speaks.
  if (words.length > 2 && spanThenLater(at(words, 0), at(words, 1))) words.splice(0, 2);
  // "So far Reed has said", "Thus far the council has said": how long until now, not who speaks.
  if (words.length > 2 && SO_FAR.has(at(words, 0).lower) && at(words, 1).lower === 'far') words.splice(0, 2);
  // "so" may be gone already: "far" before a name, an article or people opens no phrase ("far more voters", "far right
  // groups" keep it).
  else if (words.length > 1 && at(words, 0).text === 'far' && (at(words, 1).capitalized || ARTICLES.has(at(words, 1).lower) || isPeoplePlural(at(words, 1).lower))) words.shift();
  // "Reportedly 40 councillors": an adverb opening the clause is not part of who speaks.
  // "First his wife announced", "Finally the mayor said": so is a word of sequence before an article or a possessive.
  while (words.length > 1 && (NOT_AN_OPENING.has(at(words, 0).lower) || CLAUSE_OPENERS.has(at(words, 0).lower) || opensWithAdverb(words) || (SEQUENCE_OPENERS.has(at(words, 0).lower) && (ARTICLES.has(at(words, 1).lower) || POSSESSIVE_DETERMINERS.has(at(words, 1).lower) || PLURAL_QUANTIFIERS.has(at(words, 1).lower))))) words.shift();
  if (words.length === 1 && NOT_AN_OPENING.has(at(words, 0).lower)) words.shift();
  words.splice(0, words.length - withoutOpeningWhen(words).length);
  // "a practice critics say weakens", "a change researchers attribute to": one thing and then a crowd, which no
  // single article can open; the thing is what the crowd's clause is about.
  // Not a count of the crowd: "a dozen members", "another 24 delegates".
  const thing = at(words, 1);
  const counts = STARTS_WITH_NUMBER.test(thing.text) || NUMBER_WORDS.has(thing.lower) || COUNT_NOUNS.has(thing.lower);
  // The crowd ends the phrase: "a local farmers group said" is one group.
  if (words.length === 3 && ONE_THING_ARTICLES.has(at(words, 0).lower) && !thing.capitalized && !thing.lower.endsWith('s') && !counts && at(words, 2).lower.endsWith('s') && isPeoplePlural(at(words, 2).lower) && !at(words, 2).capitalized) words.splice(0, 2);
  return words;
}
const CROWD_CLAUSE_HEADS = new Set(['moment', 'way', 'thing', 'things', 'reason']);
const RELATIVE_HEADS = new Set([...CROWD_CLAUSE_HEADS, 'day', 'time', 'night', 'week', 'year', 'point']);
const RELATIVE_HEAD_DETERMINERS = new Set(['the', 'this', 'that', 'every', 'each', 'any', 'no']);
const HEAD_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'only', 'same', 'very']);
const KEEPING = new Set(['keep', 'keeps', 'kept', 'keeping']);
/** Whether a form of "keep" stands a few words before i in its own clause: "kept passengers fully informed". */
function keptBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = at(tokens, k);
    if (KEEPING.has(t.lower)) return true;
    if (!isWord(t) || t.capitalized || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}
const SAMPLING_RECORDS = new Set(['poll', 'survey', 'study', 'census']);
const ONE_THING_ARTICLES = new Set(['a', 'an', 'another', 'this', 'that', 'each', 'every']);
// Words of a count the number words lack ("dozen", "hundred" are among them).
const COUNT_NOUNS = new Set(['couple', 'few', 'handful', 'score', 'half-dozen']);

// What is said or counted, which a crowd after it may dispute: "a figure police disputed".
const DISPUTABLE = new Set([...CLAIM_NOUNS, 'figure', 'number', 'account', 'estimate', 'charge', 'version', 'tally', 'toll', 'total', 'count', 'characterization', 'characterisation', 'description', 'story']);
const pluralHeadEnds = (words: readonly Token[]): boolean => {
  const last = at(words, words.length - 1);
  return isPeoplePlural(last.lower) || last.lower === 'police' || isPluralNoun(last);
};
// What one claims by taking it, not by saying it: "claimed 58 percent", "claims more land"; a count ("claimed nearly
// 900 growers took part") may open what was said.
const CLAIMED_THINGS = new Set(['percent', 'territory', 'residency', 'seat', 'seats', 'lives', 'prize', 'title', 'titles', 'spot', 'share', 'ground', 'land', 'medal', 'medals', 'trophy', 'crown', 'points', 'votes', 'allegiance', 'ownership']);
const ORDINAL_WINS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'latest', 'another', 'straight', 'consecutive']);
// Words of degree, which an -ing form after them makes an adjective: "more worrying", "very telling".
const DEGREES = new Set(['more', 'most', 'less', 'least', 'very', 'so', 'too', 'rather', 'quite']);
// Words before "claims" that make it rights held: "have claims in the sea", "rival claims".
const CLAIMS_HELD = new Set(['have', 'has', 'had', 'having', 'hold', 'holds', 'held', 'staked', 'stake', 'stakes', 'rival', 'competing', 'overlapping', 'conflicting', 'territorial']);
/**
 * "claiming 58 percent", "claims more land", "claimed the prize", "claiming her second victory":
 * a share, a place or a win taken, within four words after "claim", not a claim made.
 */
function claimsAThing(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4; k++) {
    const t = at(tokens, k);
    if (!isWord(t)) return false;
    if (CLAIMED_THINGS.has(t.lower) || t.text.endsWith('%')) return true;
    if ((t.lower === 'victory' || t.lower === 'win') && ORDINAL_WINS.has(at(tokens, k - 1).lower)) return true;
    // "claims he's worth", "claimed nearly 900 growers took part": what follows is a clause said.
    if (t.lower === 'that' || t.capitalized || SUBJECT_PRONOUNS.has(t.lower) || /['’]/.test(t.text) || PASSIVE_BE.has(t.lower)) return false;
  }
  return false;
}

// What a side concedes or a keeper denies on the field: "conceded 42 goals", "denied Hull a late winner".
const SCORED_THINGS = new Set(['goal', 'goals', 'penalty', 'penalties', 'try', 'tries', 'run', 'runs', 'wicket', 'wickets', 'point', 'points', 'corner', 'corners', 'free-kick', 'equaliser', 'equalizer', 'winner', 'opener', 'lead', 'set', 'sets', 'frame', 'frames', 'century', 'chance', 'chances', 'boundary', 'boundaries', 'draw', 'win', 'victory', 'defeat']);
// Words that open what was said after a verb of play's object: "that", "saying", "showing", "claim".
const SAID_AFTER_PLAY = new Set(['that', 'saying', 'showing', 'claim', 'claims', 'statement', 'figures', 'insisting', 'arguing']);
// How often or when a side let goals in: "conceded twice", "conceded late".
const TIMES_OR_WHEN = new Set(['once', 'twice', 'thrice', 'again', 'late', 'early', 'first']);
// Words of a verdict after what was found: "found the ending rushed", "found it bland".
const VERDICT_WORDS = new Set(['rushed', 'dull', 'boring', 'slow', 'weak', 'thin', 'flat', 'bland', 'poor', 'overlong', 'confusing', 'unconvincing', 'convincing', 'predictable', 'disappointing', 'baffling', 'moving', 'gripping', 'charming', 'tedious', 'clumsy', 'lacking', 'wanting', 'overpriced', 'underwhelming', 'uneven', 'forgettable', 'stale', 'dated', 'brilliant', 'excellent', 'superb', 'delightful']);
// Words that open what was found: "it", "the ending", "his new film".
const FOUND_OBJECTS = new Set(['it', 'them', 'the', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Whether "found" at i has an object and then a verdict on it: "found the ending rushed", "found it bland". */
function foundItSo(tokens: readonly Token[], i: number): boolean {
  if (!FOUND_OBJECTS.has(at(tokens, i + 1).lower)) return false;
  for (let k = i + 2; k <= i + 4; k++) {
    const t = at(tokens, k);
    if (!isWord(t)) return false;
    if (VERDICT_WORDS.has(t.lower)) return true;
  }
  return false;
}
// "hit back to level", "to win": a side's reply on the field.
const LEVELLING = new Set(['level', 'draw', 'win', 'lead', 'equalise', 'equalize', 'tie']);
// What a side secures, not says: "confirmed their promotion", "confirmed its place in the final".
const PLACES_SECURED = new Set(['promotion', 'relegation', 'place', 'spot', 'survival', 'qualification', 'progress', 'passage', 'berth', 'status', 'title']);
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/**
 * A match report's verbs of play that are verbs of saying elsewhere: "Leeds claimed a 2-1 win", "Hull have conceded
 * 42 goals", "conceded twice", "The keeper denied Reed from close range", "denied Hull a late winner", "Leeds confirmed
 * their promotion", "Dale declared at 420", "The referee signalled for a free-kick", "pointed to the spot", "Hull hit
 * back through Joe Bright", "announced themselves as contenders". Not "claimed victory" (a claim to have won),
 * "conceded defeat", "conceded twice that …", "conceded three points to the opposition", "denied the charges",
 * "confirmed that", "hit back at critics", "hit back to say", "hit back with a claim that".
 */
function playedNotSaid(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i).lower;
  const next = at(tokens, i + 1);
  const after = at(tokens, i + 2);
  const thingWithin = (from: number, n: number) => tokens.slice(from, from + n).some((t) => SCORED_THINGS.has(t.lower) && at(tokens, tokenIndex(tokens, t) + 1).lower !== 'to');
  // What follows is said, not played: "conceded twice that mistakes were made", "hit back with a claim that"; a
  // relative "that" after a goal or a penalty is no clause said ("conceded a late penalty that cost them the match").
  const saidAt = tokens.slice(i + 1, i + 8).findIndex((t) => SAID_AFTER_PLAY.has(t.lower));
  // So a "that" is said unless it follows a goal, a penalty or a winner ("conceded early on that …", "the point that").
  const beforeThat = at(tokens, i + saidAt).lower;
  if (saidAt >= 0 && (at(tokens, i + 1 + saidAt).lower !== 'that' || !SCORED_THINGS.has(beforeThat) || beforeThat === 'point' || beforeThat === 'points')) return false;
  const determined = ARTICLES.has(next.lower) || POSSESSIVES.has(next.lower) || NUMBER_WORDS.has(next.lower);
  // A win claimed with its score is one taken; "claiming a moral victory in the primary" claims one.
  const scoreWithin = tokens.slice(i + 2, i + 4).some((t) => SCORE.test(t.text));
  if (/^claim(?:s|ed|ing)?$/.test(verb)) return determined && (scoreWithin || tokens.slice(i + 2, i + 5).some((t) => SCORED_THINGS.has(t.lower) && t.lower !== 'win' && t.lower !== 'victory'));
  if (/^concede[sd]?$|^conceding$/.test(verb)) return TIMES_OR_WHEN.has(next.lower) || STARTS_WITH_NUMBER.test(next.text) || (next.lower !== 'defeat' && SCORED_THINGS.has(next.lower)) || (determined && thingWithin(i + 2, 3));
  if (/^den(?:y|ies|ied|ying)$/.test(verb)) return (next.capitalized || PERSON_OBJECTS.has(next.lower)) && !isPossessive(next) && (after.lower === 'from' || ((ARTICLES.has(after.lower) || POSSESSIVES.has(after.lower)) && thingWithin(i + 3, 3)));
  if (/^confirm(?:s|ed|ing)?$/.test(verb)) return POSSESSIVES.has(next.lower) && PLACES_SECURED.has(after.lower);
  if (/^declare[sd]?$/.test(verb)) return (next.lower === 'at' || next.lower === 'on') && STARTS_WITH_NUMBER.test(after.text);
  if (/^signal(?:s|l?ed|l?ing)?$/.test(verb)) return next.lower === 'for';
  if (/^point(?:s|ed|ing)?$/.test(verb)) return next.lower === 'to' && after.lower === 'the' && at(tokens, i + 3).lower === 'spot';
  if (verb === 'hit' && next.lower === 'back') return after.lower === 'through' || after.lower === 'with' || (after.lower === 'to' && LEVELLING.has(at(tokens, i + 3).lower));
  if (/^announce[sd]?$/.test(verb)) return REFLEXIVES.has(next.lower) && after.lower === 'as';
  return false;
}

// After "charged": a charge laid on someone ("the man charged with assault") or a rush somewhere ("charged into the
// crowd").
const CHARGED_AWAY = new Set(['with', 'after', 'following', 'over', 'for', 'into', 'toward', 'towards', 'ahead', 'forward', 'up', 'down', 'onto', 'through']);
/**
 * Whether "charged" (or "charges", "charging") at i makes a charge ("Critics charged that", "police charged the
 * driver with theft"), not a price ("charged a $100 fee", "charges $9,000 a talk", "charging pupils $400",
 * "charged more than the others") nor a passive or a motion.
 */
function chargeMade(tokens: readonly Token[], i: number): boolean {
  // "Teenager charged after stabbing", "Two men charged over fire", "charged in connection with": someone charged.
  if (CHARGED_AWAY.has(at(tokens, i + 1).lower) || (at(tokens, i + 1).lower === 'in' && at(tokens, i + 2).lower === 'connection')) return false;
  // A sum or "more" within a few words, before what the charge is of or says.
  for (let k = i + 1; k <= i + 4; k++) {
    const t = at(tokens, k);
    if (isCurrencyCode(t.text.charCodeAt(0)) || t.lower === 'more' || t.lower === 'less') return false;
    if (!isWord(t) || t.lower === 'that' || t.lower === 'with' || t.capitalized) return true;
  }
  return true;
}

/**
 * The opening quote mark of a quoted title that closes at token j and stands after an article or a possessive
 * opening the clause (', the "Hull Nights" actor said'), or -1: a few words, the first capitalised, each mark glued to
 * the words it encloses. Inside a clause a title is more often a thing's ('launched a "Fair Pay" campaign').
 */
function quotedTitleBefore(tokens: readonly Token[], j: number): number {
  const close = at(tokens, j);
  if (!CLOSING_QUOTES.has(close.text) || !isWord(at(tokens, j - 1)) || at(tokens, j - 1).end !== close.start) return -1;
  for (let k = j - 2; k >= 0 && j - k <= 6; k--) {
    const t = at(tokens, k);
    if (isWord(t)) continue;
    if (!OPENING_QUOTES.has(t.text) || at(tokens, k + 1).start !== t.end || !at(tokens, k + 1).capitalized) return -1;
    const before = at(tokens, k - 1);
    const determiner = ARTICLES.has(before.lower) || POSSESSIVE_DETERMINERS.has(before.lower) || POSSESSIVE.test(before.lower);
    return determiner && (k < 2 || !isWord(at(tokens, k - 2))) ? k : -1;
  }
  return -1;
}
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our']);

/**
 * Where a list of names opens that ends at the comma at token j before `words`, a pair of names ("Reed and Ode",
 * "Reed, and Ode"): "Marsh, Reed and Ode said". Each name is one to three capitalised words, set off by commas, and
 * the list opens the clause ("In Leeds, Reed and Ode said" lists no place). Else -1.
 */
function namesListedBefore(tokens: readonly Token[], j: number, words: readonly Token[]): number {
  const pair = words.every((w) => w.capitalized || w.lower === 'and') && words.some((w) => w.lower === 'and');
  if (!pair) return -1;
  let k = j;
  let start = -1;
  while (at(tokens, k).text === ',') {
    let m = k - 1;
    while (m >= 0 && k - m <= 3 && isWord(at(tokens, m)) && at(tokens, m).capitalized && !NOT_A_NAME.has(at(tokens, m).lower)) m--;
    if (m === k - 1) return -1;
    start = m + 1;
    k = m;
  }
  // The loop stops at the word or mark before the first name: only a mark opens the clause there.
  return start >= 0 && (k < 0 || !isWord(at(tokens, k))) ? start : -1;
}

/** Whether a crowd and the participle after it ("voters interviewed", "worshippers leaving") end within n words back of j. */
function crowdParticipleWithin(tokens: readonly Token[], j: number, n: number): boolean {
  // From the word after j, which the phrase already holds: its crowd may be the word at j.
  for (let k = j + 1; k > j - n && k > 0; k--) {
    const t = at(tokens, k);
    const before = at(tokens, k - 1);
    if (!isWord(t) || !isWord(before)) return false;
    if (!t.capitalized && (CONTACTED.has(t.lower) || /\p{L}{2}ing$/u.test(t.lower)) && isPeoplePlural(before.lower)) return true;
  }
  return false;
}

/** Whether "who" or "whose" after people stands within `n` words before token j, with only words between. */
function relativeOpenerWithin(tokens: readonly Token[], j: number, n: number): boolean {
  for (let k = j; k > j - n && k > 0; k--) {
    const t = at(tokens, k);
    if (!isWord(t)) return false;
    if (RELATIVE_SUBJECTS.has(t.lower.replace(CONTRACTION, ''))) {
      const before = at(tokens, k - 1);
      return isWord(before) && (isPeoplePlural(before.lower) || isPersonRole(before.lower));
    }
  }
  return false;
}

/** Whether the verb at j follows "who" or "whose" and its noun within its clause: "who have met", "whose schools were". */
function inRelative(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= j - 3 && k >= 0; k--) {
    const t = at(tokens, k);
    if (!isWord(t)) return false;
    if (RELATIVE_SUBJECTS.has(t.lower.replace(CONTRACTION, '')) || crowdThat(tokens, k)) return true;
  }
  return false;
}

/** "groups that have backed the levy", "farmers that sued": "that" at k opening the relative clause of a crowd. */
function crowdThat(tokens: readonly Token[], k: number): boolean {
  return crowdRelative(at(tokens, k - 1), at(tokens, k), at(tokens, k + 1), !isWord(at(tokens, k - 2)));
}
function crowdRelative(before: Token, that: Token, next: Token, opensSentence: boolean): boolean {
  // A capital only opening the sentence still reads as a crowd ("Farmers that sued"); inside it, "Peters that" is a name.
  return that.lower === 'that' && isWord(before) && isPeoplePlural(before.lower, !before.capitalized || opensSentence) && opensRelativeAfterThat(next.text);
}
const RELATIVE_SUBJECTS = new Set(['who', 'whose']);

/** "Farmers in Leeds who watched the debate said": a source phrase opening the clause before its relative clause. */
function sourceOpensClause(tokens: readonly Token[], j: number): boolean {
  const words = phraseBefore(tokens, j);
  if (!words.length) return false;
  const before = at(tokens, tokenIndex(tokens, at(words, 0)) - 1);
  return (!isWord(before) || SPACED_DASHES.has(before.text) || CLAUSE_CONJUNCTIONS.has(before.lower)) && classifySource(words, at(tokens, 0).start) !== null;
}

// Words a quantifier may follow inside one phrase: "some of many", "as many", "and most".
const NOT_BEFORE_A_CROWD = new Set(['of', 'the', 'a', 'an', 'as', 'and', 'or', 'so', 'too', 'how', 'very', 'with', 'among', 'for', 'in', 'by', 'from', 'to', 'at', 'on', 'than', 'that', 'those', 'these', 'his', 'her', 'their', 'its', 'our', 'is', 'are', 'were', 'was']);

const ARTICLES = new Set(['the', 'a', 'an']);
const COUNT_COMPARATIVES = new Set(['more', 'fewer', 'less']);
const RATE_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'capita', 'head', 'person']);
/** Whether words[k] is an infinitive's "to" or a participle: "offering to run"; not "during", nor "the hearing". */
const verbalAt = (words: readonly Token[], k: number): boolean => {
  const t = at(words, k);
  return t.lower === 'to' || (t.lower.endsWith('ing') && !NOT_AN_OPENING.has(t.lower) && !(k > 0 && ARTICLES.has(at(words, k - 1).lower)));
};
// Words that stand before an article inside one phrase: "all the voters", "half the board", "such a group".
const BEFORE_AN_ARTICLE = new Set(['all', 'both', 'half', 'such', 'quite', 'many', 'what', 'twice', 'rather', 'only', 'just', 'even', 'not', 'into', 'onto', 'upon', 'within', 'without', 'behind', 'across', 'near', 'along', 'beside', 'like', 'inside', 'outside', 'throughout', 'toward', 'towards', 'under', 'over', 'after', 'before', 'during', 'since', 'until', 'through', 'about', 'against', 'between', 'beyond', 'despite', 'via', 'per', 'amid', 'around']);

const AFTER_A_NAME = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'later', 'today', 'yesterday']);

/** The index of a token taken from `tokens`. */
function tokenIndex(tokens: readonly Token[], t: Token): number {
  const k = firstTokenFrom(tokens, t.start);
  return tokens[k] === t ? k : -1;
}

/** The noun phrase a relative clause follows: "Republicans" of "critical of Republicans", "members of Congress". */
// "This angered voters who …", "It drew critics who …": a pronoun for a thing, subject of the verb before the head.
const THING_SUBJECTS = new Set(['this', 'it']);
function cutToRelativeHead(words: Token[]): Token[] {
  // "The plan angered growers, who say": a past verb after a noun is the clause's, its object the head; not
  // "some retired growers".
  const p = words.slice(0, -1).findLastIndex((w, k) => (RELATIVE_CUTS.has(w.lower) && !(w.lower === 'of' && k > 0 && GROUP_OF.has(at(words, k - 1).lower)) && !(k > 0 && personBeforeItsBody(at(words, k - 1), w, words.slice(k + 1))) && !(k > 0 && homeOfPerson(at(words, k - 1), w, words.slice(k + 1)))) || (!w.capitalized && (k === 0 ? IRREGULAR_PASTS.has(w.lower) : (/[^e]ed$/.test(w.lower) || IRREGULAR_PASTS.has(w.lower)) && (afterANoun(at(words, k - 1)) || (k === 1 && THING_SUBJECTS.has(at(words, 0).lower))))));
  return p >= 0 ? words.slice(p + 1) : words;
}

/**
 * "a veteran of the ministry, who", "critics of the plan who", "a volunteer with the campaign who": a person before "of",
 * "for", "from", "to" or "with" is the one the relative clause speaks of, not the body or thing after it. A name after
 * it may be the one ("an ally of Sen. Tom Reed, who later"), as before; a plural counts when it is a known role's
 * ("consists of" is a verb).
 */
function personBeforeItsBody(person: Token, preposition: Token, after: readonly Token[]): boolean {
  const lower = person.lower;
  if (!PERSON_OF.has(preposition.lower) || person.capitalized || after.every((w) => w.capitalized) || INSTITUTIONS.has(lower) || !describesAName(lower)) return false;
  return !lower.endsWith('s') || isPeoplePlural(lower, false);
}
const PERSON_OF = new Set(['of', 'for', 'from', 'to', 'with']);
/**
 * "a farmer from Leeds, who", "Sen. Ann Marsh of Leeds, who": the place a person is from, or a name is of, is no one
 * the relative clause speaks of ("an ally of Sen. Tom Reed, who" is someone's ally, above).
 */
function homeOfPerson(person: Token, preposition: Token, after: readonly Token[]): boolean {
  if (!after.every((w) => w.capitalized || NAME_JOINERS.has(w.lower))) return false;
  if (preposition.lower === 'from') return person.capitalized || isPersonRole(person.lower);
  return preposition.lower === 'of' && person.capitalized && !isPossessive(person);
}
/**
 * "a nurse from Hove, East Sussex, who": the last token of the phrase a county or a state after a town goes on, when the
 * capitalised `words` (opened from outside at `k`) are one; else -1.
 */
function homeBefore(tokens: readonly Token[], k: number, words: readonly Token[]): number {
  if (at(tokens, k).text !== ',' || !words.length || !words.every((w) => w.capitalized || NAME_JOINERS.has(w.lower))) return -1;
  let m = k - 1;
  while (m > 0 && at(tokens, m - 1).capitalized) m--;
  if (m === k || !at(tokens, k - 1).capitalized) return -1;
  const preposition = at(tokens, m - 1);
  return (preposition.lower === 'from' || preposition.lower === 'of') && homeOfPerson(at(tokens, m - 2), preposition, tokens.slice(m, k)) ? k - 1 : -1;
}

/** A person's noun in lower case (or opening the sentence), one or many: "officials", "a doctor", "the spokesman". */
const isPersonNoun = (w: Token, opensSentence: boolean): boolean => isWord(w) && (!w.capitalized || opensSentence) && (isPeoplePlural(w.lower) || isPersonRole(w.lower) || SPOKESPEOPLE.has(w.lower));
/**
 * Whether "not" between `person` and `next` opens a reduced relative clause of the person's, part of the source
 * phrase read before a verb or after it: "officials not authorized to speak", "a doctor not involved in the trial".
 */
const notOfAPerson = (person: Token, opensSentence: boolean, next: Token): boolean =>
  isPersonNoun(person, opensSentence) && isWord(next) && !next.capitalized && !AUXILIARIES.has(next.lower);

/** Whether a word can end a noun phrase a verb follows: not a determiner, a preposition, a pronoun or an adverb. */
function afterANoun(w: Token): boolean {
  const lower = w.lower;
  return !(DETERMINERS_BEFORE_DEGREE.has(lower) || VAGUE_DETERMINERS.has(lower) || GROUP_OF.has(lower) || RELATIVE_CUTS.has(lower) || CONJUNCTIONS.has(lower) || isClauseWord(w) || isPossessive(w) || isLyAdverb(lower) || BETWEEN_SOURCE_AND_VERB.has(lower));
}

/** Whether the words before "and" can be a fellow speaker: "Egypt and Jordan", "the mayor and Reed", not "the road and". */
function canJoinASpeaker(tokens: readonly Token[], j: number): boolean {
  const t = at(tokens, j);
  if (!isWord(t)) return false;
  if (t.capitalized || NAME_JOINERS.has(t.lower)) return true;
  const before = phraseBefore(tokens, j);
  // "Acme co-founder and CEO Ann Marsh": a description with a name in it; "Acme shipped its first phone and Reed
  // said" joins a clause with a verb of its own.
  const finite = (w: Token, k: number) => {
    const prev = k > 0 ? at(before, k - 1) : at(tokens, tokenIndex(tokens, w) - 1);
    return !w.capitalized && /[^e]ed$/.test(w.lower) && isWord(prev) && ((prev.capitalized && !ARTICLES.has(prev.lower)) || AUXILIARIES.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower));
  };
  if (before.some(finite)) return false;
  return before.length > 0 && (before.some((w) => w.capitalized && w.lower !== 'i') || classifySource(before, at(before, 0).start) !== null);
}

/**
 * "the May 8 vote", "George Will wrote", "Will Moy, chief executive": a capitalised "May" or "Will" inside a sentence
 * is a month or a name, not the modal. So is one opening it that the sentence's reading marked as the text's name,
 * which it does only before a finite verb, which no modal takes: "May said", "Will urged", "May has argued".
 */
const isCapitalModal = (t: Token, sentenceStart: number): boolean =>
  MODAL_NAMES.has(t.lower) && t.capitalized && (t.start !== sentenceStart || (t.flags & WordClass.NamedInText) !== 0);
const FINITE_AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'does', 'did']);
/** A verb form no modal goes before: a past, a third person's "-s", or a finite auxiliary ("said", "urges", "has"). */
export const isFiniteForm = (w: Token): boolean => isWord(w) && !w.capitalized && (FINITE_AUXILIARIES.has(w.lower) || isPastForm(w.lower) || (/[^su]s$/.test(w.lower) && ATTRIBUTION_VERBS.has(w.lower)));

/** Words of the phrase starting at token j, up to a boundary, clause word or sentence end. */
// Past forms that name what comes after them: "a group called the Leeds League".
const NAMING_PASTS = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'known', 'labelled', 'labeled']);
function phraseAfter(tokens: readonly Token[], j: number, maxWords = MAX_PHRASE_WORDS): Token[] {
  const words: Token[] = [];
  // A name the limit falls inside is read to its end: "the fantasy author John M. Ford", "the University of Texas
  // School of Law".
  const inName = (t: Token) => {
    const last = words[words.length - 1];
    return words.length < maxWords + 3 && t.capitalized && last !== undefined && (last.capitalized || (NAME_JOINERS.has(last.lower) && words[words.length - 2]?.capitalized === true));
  };
  for (; j < tokens.length && (words.length < maxWords || inName(at(tokens, j))); j++) {
    const t = at(tokens, j);
    // "said Will Doyle": a capitalised auxiliary after the verb is a name.
    // "said an official not authorized to speak".
    const notOfSource = t.lower === 'not' && words.length > 0 && notOfAPerson(at(words, words.length - 1), false, at(tokens, j + 1));
    if (!isWord(t) || (isClauseWord(t) && !notOfSource) || STOP_AFTER.has(t.lower) || (AUXILIARIES.has(t.lower) && !t.capitalized) || SPACED_DASHES.has(t.text)) break;
    // "said Tom Reed in a statement", "Reed on Monday": a name is not followed by where or when it was said; but a
    // capitalised "Today" goes on a name ("USA Today", "the BBC Today programme").
    if (AFTER_A_NAME.has(t.lower) && words[words.length - 1]?.capitalized && !(t.capitalized && t.lower === 'today')) break;
    // "by the Leeds Post and Acme News shows Reed ahead": after a name, a cue before what it reports is the verb.
    if (words[words.length - 1]?.capitalized && !t.capitalized && ATTRIBUTION_VERBS.has(t.lower) && t.lower.endsWith('s') && opensContent(at(tokens, j + 1))) break;
    // "A study cited by the council quoted two engineers": so is a past cue after a noun, before its object.
    if (words.length > 0 && !t.capitalized && ATTRIBUTION_VERBS.has(t.lower) && isPastForm(t.lower) && !NAMING_PASTS.has(t.lower) && afterANoun(at(words, words.length - 1)) && !ARTICLES.has(at(words, words.length - 1).lower) && (opensContent(at(tokens, j + 1)) || opensACount(at(tokens, j + 1)))) break;
    words.push(t);
    if (t.endsSentence) break;
  }
  return words;
}

/** Whether the verb at i ends a tag after a quotation: "“…,” the voice in the clip states." */
function closesQuotationTag(tokens: readonly Token[], i: number): boolean {
  if (isWord(at(tokens, i + 1))) return false;
  let k = i - 1;
  while (k > 0 && i - k <= MAX_PHRASE_WORDS && isWord(at(tokens, k)) && !CLOSING_QUOTES.has(at(tokens, k).text)) k--;
  return closesAfterComma(tokens, k);
}

/** Whether the token at k closes a quotation right after its comma: ',”' ("…,” said Reed"). */
const closesAfterComma = (tokens: readonly Token[], k: number): boolean => CLOSING_QUOTES.has(at(tokens, k).text) && at(tokens, k - 1).text === ',';
// The marks a quotation's words end with before its closing mark: "…,” said Reed", "…?” asked Reed".
const QUOTATION_ENDS = new Set([',', '.', '?', '!']);
/** Whether the word at `offset` stands inside a bracket opened before it in the sentence. */
function inBrackets(tokens: readonly Token[], offset: number): boolean {
  let open = 0;
  for (let k = 0; k < tokens.length && at(tokens, k).start < offset; k++) {
    if (at(tokens, k).text === '(') open++;
    else if (at(tokens, k).text === ')' && open > 0) open--;
  }
  return open > 0;
}
/**
 * Whether a quotation closes, after its last word's mark, between offsets `from` and `to`, with at most a verb of
 * saying between its mark and `to`: the tag of that quotation starts at `to` ("…,” said Reed", "…,” Reed said").
 */
function quotationClosesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const tag = firstTokenFrom(tokens, to);
  for (let k = firstTokenFrom(tokens, from); k < tag; k++) {
    if (CLOSING_QUOTES.has(at(tokens, k).text) && QUOTATION_ENDS.has(at(tokens, k - 1).text) && (tag - k === 1 || (tag - k === 2 && SPEECH_VERBS.has(at(tokens, k + 1).lower)))) return true;
  }
  return false;
}

/**
 * "The Leeds markets, where farmers sell grain, show": a comma at k closing a relative aside, whose subject is before it.
 * So does "The figures, released on Thursday, show": a record's participle aside after a plural.
 */
const AFFILIATION_ASIDES = new Set(['from', 'at', 'of', 'with']);
function closesRelativeAside(tokens: readonly Token[], k: number): boolean {
  if (at(tokens, k).text !== ',') return false;
  for (let j = k - 1; j > 0 && k - j <= 12 && isWord(at(tokens, j)); j--) {
    const opener = at(tokens, j).lower;
    // "The researchers, from Holloway University, estimate": where a plural subject is from, set off, before its verb.
    if (at(tokens, j - 1).text === ',') return (ASIDE_OPENERS.has(opener) && opener !== 'that') || ((RECORD_PARTICIPLES.has(opener) || AFFILIATION_ASIDES.has(opener)) && isPluralSubject(at(tokens, j - 2).lower));
  }
  return false;
}

/** Whether "that" comes within n words from k, with no punctuation before it. */
function thatWithin(tokens: readonly Token[], k: number, n: number): boolean {
  for (let j = k; j < k + n && isWord(at(tokens, j)); j++) if (at(tokens, j).lower === 'that') return true;
  return false;
}
/** Like `thatWithin`, but past marks too, and a colon or a quotation mark counts as "that" does. */
function saysAfter(tokens: readonly Token[], k: number, reach: number): boolean {
  for (let m = k; m < k + reach && m < tokens.length; m++) {
    const t = at(tokens, m);
    // Not "that morning", "that day": a time.
    if ((t.lower === 'that' && !THAT_TIMES.has(at(tokens, m + 1).lower)) || t.text === ':' || QUOTE_MARKS.test(t.text)) return true;
  }
  return false;
}
const THAT_TIMES = new Set([...TIMES_OF_DAY_AND_YEAR, 'summer', 'winter', 'spring', 'autumn']);

/** Whether a word opens what a cue reports: "that", a name, a pronoun or a number. */
const opensContent = (t: Token): boolean => isWord(t) && (t.lower === 'that' || t.capitalized || SUBJECT_PRONOUNS.has(t.lower) || STARTS_WITH_NUMBER.test(t.text));

/** An article, a quantifier or a count that may open a phrase: "the", "several", "five", "12". */
const opensACount = (w: Token): boolean => ARTICLES.has(w.lower) || PLURAL_QUANTIFIERS.has(w.lower) || NUMBER_WORDS.has(w.lower) || STARTS_WITH_NUMBER.test(w.text);

// Fields that name no one when they open a sentence before "and": "Health and safety experts", "Energy and climate analysts".
const SECTORS = new Set(['health', 'safety', 'energy', 'climate', 'transport', 'housing', 'education', 'finance', 'tax', 'trade', 'privacy', 'security', 'defence', 'defense', 'food', 'farming', 'aviation', 'science', 'technology', 'tech', 'policy', 'industry', 'environmental', 'legal', 'medical', 'military', 'banking', 'insurance', 'retail', 'property']);
/** "Two informed sources and a former US official" are two sources; "Vindman and Williams" one named pair. */
const OBJECT_JOINING = new Set(['for', 'of', 'to', 'with', 'close']);
// "Voters in Ohio and Florida", "officials in and around Washington": where a crowd is, a list of places.
const PLACE_JOINING = new Set(['in', 'across', 'around', 'inside', 'outside', 'throughout']);
function splitConjoined(words: Token[], sentenceStart: number): { words: Token[]; cls: SourceClass }[] {
  const parts: Token[][] = [[]];
  // "leaders who work for Marsh or Ode": a conjunction inside a relative clause joins no speakers.
  let relative = false;
  for (const [k, w] of words.entries()) {
    if (RELATIVE_SUBJECTS.has(w.lower.replace(CONTRACTION, ''))) relative = true;
    // "officials in and around Washington": two prepositions joined before one place.
    const prepositionsJoined = k > 0 && PLACE_JOINING.has(at(words, k - 1).lower) && PLACE_JOINING.has(at(words, k + 1).lower);
    if ((w.lower === 'and' || w.lower === 'or') && !relative && !prepositionsJoined) parts.push([]);
    else parts[parts.length - 1]?.push(w);
  }
  // "Current and former officials", "four past and current drivers", "the French and German governments": adjectives
  // joined before one noun make one phrase, whatever count or article opens it.
  const adjectivesJoined = parts.slice(0, -1).every((p, k) => (PAIRED_ADJECTIVES.has(at(p, p.length - 1).lower) || describesJointly(at(p, p.length - 1))) && p.slice(0, -1).every((w) => k === 0 && opensACount(w)));
  // "bar and club owners", "pub and restaurant staff": two trades in lower case joined before one crowd (a capital
  // opening the sentence may be a name: "Reed and fellow campaigners").
  const [before, after] = parts;
  // A sector opening the sentence is one too: "Health and safety experts say".
  const sectorOpening = (w: Token) => w.start === sentenceStart && SECTORS.has(w.lower);
  const tradesJoined = parts.length === 2 && before?.length === 1 && after?.length === 2 && (!at(before, 0).capitalized || sectorOpening(at(before, 0))) && !isPeoplePlural(at(before, 0).lower) && !SUBJECT_PRONOUNS.has(at(before, 0).lower) && !at(after, 0).capitalized && !POSSESSIVES.has(at(after, 0).lower) && isPeoplePlural(at(after, 1).lower);
  if (parts.length > 1 && parts.every((p) => p.length > 0) && !adjectivesJoined && !tradesJoined) {
    // "Supporters of Ann Marsh and Tom Reed": names after a preposition's object go on with that object; the
    // people before the preposition are the source.
    const first = parts[0] as Token[];
    const preposition = first.findIndex((w, k) => k > 0 && OBJECT_JOINING.has(w.lower));
    // So do bodies and things: "people familiar with talks between the ministry and the union".
    const noSpeaker = (p: Token[]) => p.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)) || (ARTICLES.has(at(p, 0).lower) && !p.some((w) => isPeoplePlural(w.lower) || isPersonRole(w.lower)));
    const inPlaces = first.some((w, k) => k > 0 && PLACE_JOINING.has(w.lower)) && parts.slice(1).every((p) => p.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)));
    if ((preposition > 0 && parts.slice(1).every(noSpeaker)) || inPlaces) {
      const head = classifySource(first, sentenceStart);
      if (head && head.kind !== 'named-source') return [{ words, cls: head }];
    }
    // A loop, not `map`, for the reason `lowersOf` gives.
    const classes: (SourceClass | null)[] = [];
    for (const p of parts) classes.push(classifySource(p, sentenceStart));
    if (classes.some((c) => c?.kind === 'anonymous-source') && classes.every((c) => c && c.kind !== 'named-source')) {
      return parts.map((p, k) => ({ words: p, cls: classes[k] as SourceClass }));
    }
    // "Parata and his family": one named member makes the group checkable.
    if (classes.some((c) => c?.kind === 'named-source')) return [{ words, cls: NAMED_SOURCE }];
    // "Prices rose and analysts said", "criticism from analysts and fears that…": only one of the parts is
    // anyone at all; the other is a clause or a thing.
    const sources = parts.flatMap((p, k) => (classes[k] ? [{ words: p, cls: classes[k] as SourceClass }] : []));
    if (sources.length === 1) return sources;
  }
  const whole = classifySource(words, sentenceStart);
  return whole ? [{ words, cls: whole }] : [];
}

const DEFINITE_OPENERS = new Set(['the', 'this', 'that']);
// "said the 46-year-old": a person described by age.
const AGED = /^\d+-year-old$/;
/**
 * "the retired engineer told the paper", "according to the minutes": a short definite description
 * before a verb of saying, or after "according to", is someone or something the article has in view, whatever
 * its noun. The references stage decides later what it refers to.
 */
function definiteDescription(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 5 || !DEFINITE_OPENERS.has(at(words, 0).lower)) return false;
  const last = at(words, words.length - 1);
  return !last.capitalized && (isLetters(last.lower) || AGED.test(last.lower)) && !last.lower.endsWith('ing');
}

/** "Corvinia's brief", "Reed's dissent", "Acme's suit": a name's own document, in view as "the brief" would be. */
function ownedByAName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 4 || !at(words, 0).capitalized || !isPossessive(at(words, 0))) return false;
  // Not "Reed's silence says a great deal", "Marsh's face said it all".
  return words.slice(1).every((w) => !w.capitalized && isLetters(w.lower)) && OWNED_DOCUMENTS.has(at(words, words.length - 1).lower);
}
// Documents a name owns: a party's filings in a case, a judge's opinions, a body's or a person's papers.
const OWNED_DOCUMENTS = new Set(['brief', 'briefs', 'dissent', 'suit', 'lawsuit', 'complaint', 'filing', 'filings', 'motion', 'petition', 'appeal', 'opinion', 'ruling', 'judgment', 'judgement', 'letter', 'memo', 'statement', 'report', 'review', 'audit', 'analysis', 'study', 'survey', 'poll', 'website', 'blog', 'book', 'memoir', 'manifesto', 'platform', 'proposal', 'plan', 'budget', 'accounts', 'records', 'register', 'database', 'tracker', 'index', 'ad', 'advert', 'advertisement', 'campaign', 'newsletter', 'prospectus', 'guidance', 'testimony', 'deposition', 'affidavit', 'indictment']);

// Verbs of saying beyond the commonest that make "the …" before them someone in view, with something said after them:
// "The county admitted it", "the panel concluded that", "The two admit that".
const DESCRIBED_SPEAKING = new Set(['admitted', 'admits', 'admit', 'conceded', 'concedes', 'argued', 'argues', 'acknowledged', 'acknowledges', 'concluded', 'concludes', 'explained', 'explains', 'confirmed', 'confirms', 'predicted', 'predicts', 'estimated', 'estimates']);
const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'some', 'another']);
/**
 * Whatever follows "according to" is a source, even when its noun is none the lexicon knows: "its own
 * website", "an Acme poll out on Friday", "one consultancy". A participle clause describes the
 * phrase ("taken last week"), so the phrase is classified without it; then a name or a possessor makes it
 * named, an indefinite opening vague, and a definite or bare noun ("county law") is a record the reader can check.
 */
function frameSource(words: readonly Token[], sentenceStart: number): { words: Token[]; cls: SourceClass } | null {
  // "a poll out on Friday", "people I spoke to": a participle or a clause of its own describes the phrase.
  // Not an adjective in -ed after its article: "a cached copy of the Acme website", "a leaked memo".
  const cut = words.findIndex((w, k) => k > 0 && ((!w.capitalized && isLettersThen(w.lower, 'ed') && !DETERMINERS_BEFORE_DEGREE.has(at(words, k - 1).lower)) || SUBJECT_PRONOUNS.has(w.lower)));
  const phrase = cut > 0 ? words.slice(0, cut) : [...words];
  if (!phrase.length || !phrase.some((w) => hasCodePoint(w.text, isLetterCode))) return null;
  const cls = classifySource(phrase, sentenceStart);
  if (cls) return { words: phrase, cls };
  const first = at(phrase, 0).lower;
  if (phrase.length === 1 && PERSON_OBJECTS.has(first)) return { words: phrase, cls: NAMED_SOURCE };
  // "according to someone": one person the story leaves unnamed gave it.
  if (isSomeone(first)) return { words: phrase, cls: { kind: 'anonymous-source', specificity: 'bare' } };
  if (SUBJECT_PRONOUNS.has(first) || FIRST_AND_SECOND_PERSON.has(first) || first === 'me' || first === 'us') return null;
  const named = phrase.some((w) => w.capitalized && w.start !== sentenceStart) || POSSESSIVES.has(first) || phrase.some((w) => isPossessive(w));
  if (named) return { words: phrase, cls: NAMED_SOURCE };
  return { words: phrase, cls: INDEFINITE_OPENERS.has(first) ? VAGUE_ATTRIBUTION : NAMED_SOURCE };
}

const AVERAGES = new Set(['average', 'aggregate', 'aggregation', 'compilation']);
/**
 * "the Acme polling average", "the RealClear average": an average a pollster's name owns frames its figures as its
 * polls do. A place's average is a level ("the Leeds average"), and a region before polls is where they were taken
 * ("the Iowa polling average"), so the name is a pollster's only before "polling" or written with an inner capital.
 */
function pollstersAverage(before: readonly Token[]): boolean {
  const name = before.filter((w) => w.capitalized && !REGIONS.has(w.lower));
  return name.length > 0 && (before.at(-1)?.lower === 'polling' || name.some((w) => INNER_CAPITAL.test(w.text)));
}
const FRAME_BREAKS = new Set(['atop', 'at', 'on', 'of', 'over', 'with', 'among', 'for', 'to', 'behind', 'ahead']);
// Not "of": "a poll of Leeds voters" names whom it asked.
const POLL_OWNERS = new Set(['from', 'by']);
const POLL_KINDS = new Set(['polling', 'tracking']);
const SAME_ONE = new Set(['same', 'latest', 'new', 'most', 'recent', 'this', 'that', 'nationwide', 'national', 'statewide']);
const PARTIES_POLLED = new Set(['republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'tory', 'liberal']);
/**
 * "In an Acme News survey out on Friday, two in three…", "…trailed by nine points in the same survey": a named poll, study or
 * report the figures come from is their source, as "according to" would make it. Unnamed ones ("in the polls",
 * "in a survey") name no source, so they are left to the figures' own rule.
 */
function matchPollFrame(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  let words = phraseAfter(tokens, i + 1, 10);
  // "the Acme average of Leeds polls": an average of polls is read to the polls it averages.
  const after = i + 1 + words.length;
  if (words.length && AVERAGES.has(at(words, words.length - 1).lower) && at(tokens, after).lower === 'of') words = [...words, at(tokens, after), ...phraseAfter(tokens, after + 1, 5)];
  // "a fellow in the Economic Studies Program at Acme": a record's word inside a name that goes on is no record ("a
  // Harlow Survey Research Center poll" is the poll).
  const nameGoesOn = (w: Token, k: number) => w.capitalized && words[k + 1]?.capitalized && !WEEKDAYS.includes(words[k + 1]!.lower) && !MONTHS.has(words[k + 1]!.lower);
  const head = words.findIndex((w, k) => (FRAMING_RECORDS.has(w.lower) && !nameGoesOn(w, k)) || (AVERAGES.has(w.lower) && k === words.length - 1 && pollstersAverage(words.slice(0, k))));
  if (head < 1) return;
  let phrase = words.slice(0, head + 1);
  // "in Moscow contributed to this report", "in Hawaii to study": a verb or a preposition before it, so no poll.
  // "wrote back in an email questioning the report": nor a participle of its own.
  const averaged = (k: number) => phrase[k]?.lower === 'of' && AVERAGES.has(phrase[k - 1]?.lower ?? '');
  // "polling" or "tracking" before the record is its kind ("the Acme polling average", "the Harlow tracking poll").
  if (phrase.some((w, k) => !w.capitalized && (isLettersThen(w.lower, 'ed') || (isLettersThen(w.lower, 'ing') && !POLL_KINDS.has(w.lower)) || (NOT_AN_OPENING.has(w.lower) && !averaged(k))))) return;
  // "in new polls from Acme and the Leeds Post": whose polls they are may follow them.
  const owner = words.slice(head + 1);
  if (POLL_OWNERS.has(owner[0]?.lower ?? '') && owner[owner[1]?.lower === 'the' ? 2 : 1]?.capitalized) {
    const end = owner.findIndex((w, k) => k > 1 && !w.capitalized && !NAME_JOINERS.has(w.lower));
    phrase = [...phrase, ...owner.slice(0, end < 0 ? owner.length : end)];
  }
  // "atop the polls in Leeds": a poll a preposition's phrase leads to is no frame of its own; but "the Acme average of
  // Leeds polls" is one record, the average.
  if (phrase.some((w, k) => FRAME_BREAKS.has(w.lower) && !averaged(k))) return;
  // "in January polls": a month names when, not whose; "in many Iowa polls", where ("in a Leeds Post poll" is whose).
  const lowerAtPhrase = (k: number) => phrase[k]?.lower ?? '';
  // "in many Republican polls", "Iowa Democratic polls": a party's voters are whom they asked, as a place is where.
  const party = PARTIES_POLLED.has(lowerAtPhrase(head - 1)) ? 1 : 0;
  const place = REGIONS.has(`${lowerAtPhrase(head - party - 2)} ${lowerAtPhrase(head - party - 1)}`) ? head - party - 2 : REGIONS.has(lowerAtPhrase(head - party - 1)) ? head - party - 1 : head - party;
  const nameAt = (w: Token, k: number) => w.capitalized && w.start !== sentenceStart && !MONTHS.has(w.lower) && (k < place || k >= head);
  const named = phrase.some(nameAt) || phrase.some((w) => isPossessive(w));
  // "the latest poll", not "the New Hampshire polls", nor "the most recent polls" (polls at large).
  // So is one the story dates: "the mid-January poll", "the Monday poll".
  const dated = (w: Token) => MONTHS.has(w.lower.replace(/^(?:mid|early|late)-/, '')) || WEEKDAYS.includes(w.lower);
  const sameOne = at(phrase, 0).lower === 'the' && !at(phrase, head).lower.endsWith('s') && phrase.slice(1, -1).some((w) => (SAME_ONE.has(w.lower) && !w.capitalized) || dated(w));
  // A kind of poll in "-ing" only with a name: "the Harlow tracking poll", not "the latest tracking poll" nor "Monday's
  // tracking poll".
  const aDay = (w: Token) => isPossessive(w) && (WEEKDAYS.includes(w.lower.replace(POSSESSIVE, '')) || MONTHS.has(w.lower.replace(POSSESSIVE, '')));
  if (phrase.some((w) => w.lower === 'tracking') && !phrase.some((w, k) => (nameAt(w, k) || isPossessive(w)) && !aDay(w))) return;
  if (!named && !sameOne) return;
  const cue = at(tokens, i);
  out.push(sourceMatch(NAMED_SOURCE, cue.start, endOf(phrase), at(phrase, 0).start, endOf(phrase), cue));
}

// The writer or a speaker of their own words: an attribution to annotators, no source by the guide.
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you']);
/** The writer or a speaker of their own words, attributed to annotators only: "we said", "We'll start by noting". */
function writerMatch(person: Token, verb: Token): SourceMatch {
  return { ...sourceMatch(NAMED_SOURCE, person.start, person.end, person.start, person.end, verb), narrative: true };
}

/** `emit` with its cue only, telling whether it found a source in the words. */
function emitted(out: SourceMatch[], words: Token[], sentenceStart: number, cue: Token): boolean {
  const before = out.length;
  if (words.length) emit(out, words, sentenceStart, undefined, cue);
  return out.length > before;
}

function emit(out: SourceMatch[], words: Token[], sentenceStart: number, lead?: Token, verb?: Token, describedSays = false): void {
  if (verb && words.length === 1 && FIRST_AND_SECOND_PERSON.has(at(words, 0).lower)) {
    out.push(writerMatch(at(words, 0), verb));
    return;
  }
  // "This column has argued", "this newsletter has been warning": the writer's own piece or outlet, its voice.
  if (verb && words.length === 2 && at(words, 0).lower === 'this' && OWN_PIECES.has(at(words, 1).lower)) {
    out.push(writerMatch(at(words, 1), verb));
    return;
  }
  // "All I'm asking …", "All we're saying", "I've argued": the writer's own voice, whatever stands before the pronoun.
  const last = at(words, words.length - 1);
  if (verb && words.length <= 3 && CONTRACTION.test(last.lower) && FIRST_AND_SECOND_PERSON.has(last.lower.replace(CONTRACTION, ''))) {
    out.push(writerMatch(last, verb));
    return;
  }
  // "“Lower prices, same standards,” reads one", "another read": one of the signs or posters the story shows, which
  // annotators of attribution mark; no one speaks the words.
  if ((verb?.lower === 'reads' || verb?.lower === 'read') && words.length === 1 && UNNAMED_ONES.has(at(words, 0).lower)) {
    const sign = at(words, 0);
    out.push({ ...sourceMatch(VAGUE_ATTRIBUTION, sign.start, sign.end, sign.start, sign.end, verb), narrative: true });
    return;
  }
  // So do the signs themselves: "“Vote!” read the banners on every lamppost", "the placards said".
  // In lower case: "Billboard said", "The Banner reported" are a magazine and a paper.
  const signAt = words.findIndex((w, k) => SIGNS.has(w.lower) && !w.capitalized && (k === words.length - 1 || SIGN_PLACES.has(at(words, k + 1).lower)));
  if (verb && (verb.lower === 'reads' || verb.lower === 'read' || SPEECH_VERBS.has(verb.lower)) && signAt >= 0 && signAt <= 2 && words.slice(0, signAt).every((w) => DETERMINERS_BEFORE_DEGREE.has(w.lower) || w.lower === 'one' || NUMBER_WORDS.has(w.lower))) {
    out.push({ ...sourceMatch(VAGUE_ATTRIBUTION, at(words, 0).start, endOf(words), at(words, 0).start, endOf(words), verb), narrative: true });
    return;
  }
  // "A man who police say fired 12 shots", "the money that officials believe was lost": a relative clause whose own
  // subject says or believes, set inside the clause; who says is the phrase after the relative word.
  if (verb && SAID_INSIDE_RELATIVE.has(verb.lower)) {
    const r = words.findLastIndex((w, k) => k > 0 && k < words.length - 1 && (RELATIVE_PRONOUNS.has(w.lower) || w.lower === 'whom'));
    const next = at(words, r + 1);
    if (r > 0 && (next.lower === 'police' || isPeoplePlural(next.lower) || RELATIVE_SUBJECT_OPENERS.has(next.lower) || (next.capitalized && !SUBJECT_PRONOUNS.has(next.lower)))) words = words.slice(r + 1);
  }
  const parts = splitConjoined(words, sentenceStart);
  if (!parts.length && verb && (SPEECH_VERBS.has(verb.lower) || describedSays || lead) && (definiteDescription(words) || ownedByAName(words))) parts.push({ words, cls: NAMED_SOURCE });
  // "King said", "Manning told": a capitalised word in -ing opening the sentence is read as a gerund ("Planning
  // continues"), but a gerund says nothing, so before a verb of saying it is a name.
  if (!parts.length && verb && SPEECH_VERBS.has(verb.lower) && words.length === 1 && at(words, 0).capitalized && at(words, 0).lower.endsWith('ing') && !PERFECT.test(at(words, 0).lower) && at(words, 0).lower !== 'being') parts.push({ words, cls: NAMED_SOURCE });
  if (!parts.length && lead) {
    const framed = frameSource(words, sentenceStart);
    if (framed) parts.push(framed);
  }
  for (const { words: part, cls } of parts) {
    let start = at(part, 0).start;
    let end = endOf(part);
    if (lead && part === words) start = Math.min(start, lead.start);
    // A named source's span includes its verb ("John Kirby said"); an unnamed one is the phrase itself.
    if (cls.kind === 'named-source' && verb) {
      start = Math.min(start, verb.start);
      end = Math.max(end, cueEnd(verb));
    }
    out.push(sourceMatch(cls, start, end, at(part, 0).start, endOf(part), verb ?? lead));
  }
}

/**
 * "Last week two officials said", "On Tuesday the council said", "Now Reed, who ran the fund, says": a phrase of when
 * opening the sentence without its comma is no part of who speaks. Not "Today host Ann Marsh", a programme's name.
 */
function withoutOpeningWhen(words: Token[]): Token[] {
  const first = at(words, 0);
  if (!first.capitalized) return words;
  // "When Ms. Marsh, during a debate, said", "After Reed, in a speech, said": the clause's conjunction opens no name.
  const n = Math.max(whenAfter(words, 0), CLAUSE_OPENERS.has(first.lower) || SUBORDINATORS.has(first.lower) ? 1 : 0);
  const next = at(words, n);
  if (n === 0 || n >= words.length || (n > 1 && at(words, n - 1).capitalized && !WEEKDAYS.includes(at(words, n - 1).lower))) return words;
  // A bare weekday before a capital may open a name: "Sunday Times editor Tom Reed", "Monday Club members".
  const bareWeekday = n === 1 && WEEKDAYS.includes(first.lower);
  const opensWho = (next.capitalized && !bareWeekday) || DETERMINERS_BEFORE_DEGREE.has(next.lower) || NUMBER_WORDS.has(next.lower) || STARTS_WITH_NUMBER.test(next.text) || VAGUE_DETERMINERS.has(next.lower) || isPeoplePlural(next.lower);
  return opensWho ? words.slice(n) : words;
}

const TRAILING_MARKS = /[.'"’”]+$/;
/** Where a cue word ends without the sentence's full stop or a closing quote mark: "Heyward said." */
const cueEnd = (cue: Token): number => cue.start + cue.text.replace(TRAILING_MARKS, '').length;

// Every match carries the same fields in the same order, so the rules reading them see one object shape.
function sourceMatch(cls: SourceClass, start: number, end: number, sourceStart: number, sourceEnd: number, cue: Token | undefined): SourceMatch {
  return { kind: cls.kind, specificity: cls.specificity, start, end, sourceStart, sourceEnd, cueStart: cue ? cue.start : -1, cueEnd: cue ? cueEnd(cue) : -1, narrative: false };
}
/** A named source whose finding spans its cue and its phrase. */
function namedMatch(cue: Token, phrase: readonly Token[]): SourceMatch {
  const sourceStart = at(phrase, 0).start;
  const sourceEnd = endOf(phrase);
  return sourceMatch(NAMED_SOURCE, Math.min(cue.start, sourceStart), Math.max(cueEnd(cue), sourceEnd), sourceStart, sourceEnd, cue);
}

/** Where a phrase ends, leaving out a sentence's closing full stop. */
function endOf(words: readonly Token[]): number {
  return lettersEnd(at(words, words.length - 1));
}

// A habit of saying: "Marsh likes to tell visitors that", "Reed loves to say"; not a wish ("would like to see").
const LIKING = ['like', 'likes', 'liked', 'love', 'loves', 'loved'];
const HABITUAL_SAYINGS = new Set(['say', 'tell', 'claim', 'argue', 'insist', 'boast', 'joke', 'quip', 'remind', 'point', 'note', 'describe', 'call', 'recall']);
/** Whether the catenative at k lends the verb at i its subject: a verb of going on or seeming does; liking only a habit of saying. */
const lendsSubject = (tokens: readonly Token[], k: number, i: number): boolean =>
  CATENATIVES.has(at(tokens, k).lower) && (!LIKING.includes(at(tokens, k).lower) || (HABITUAL_SAYINGS.has(at(tokens, i).lower) && !wishBefore(tokens, k) && introducesContent(tokens, i, QUOTATION_OPENERS)));
const WISHING = new Set(['would', 'should']);
/** "would like", "would dearly love", "She'd like": a wish, not a habit. */
function wishBefore(tokens: readonly Token[], k: number): boolean {
  let b = k - 1;
  while (b > k - 3 && (isLyAdverb(at(tokens, b).lower) || STILL_NOW.has(at(tokens, b).lower))) b--;
  return WISHING.has(at(tokens, b).lower) || /['’]d$/.test(at(tokens, b).lower);
}
// Verbs whose subject is the subject of the verb after them: "continues to insist", "began dismissing", "seemed to
// indicate", "kept saying".
const CATENATIVES = new Set(['continue', 'continues', 'continued', 'continuing', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'trying', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'keep', 'keeps', 'kept', 'keeping', 'tend', 'tends', 'tended', 'appear', 'appears', 'appeared', ...LIKING]);
/**
 * An -ing form of those only in the progressive, right after its subject's "is" or "was": "Reed is trying to cast";
 * not "… and was trying to query" (whose subject is further back) nor "surveys continuing to show" (a description).
 */
function progressiveOfItsSubject(tokens: readonly Token[], k: number): boolean {
  if (!at(tokens, k).lower.endsWith('ing')) return true;
  let b = k - 1;
  while (b > 0 && (isLyAdverb(at(tokens, b).lower) || STILL_NOW.has(at(tokens, b).lower))) b--;
  return PASSIVE_BE.has(at(tokens, b).lower) && isWord(at(tokens, b - 1)) && !CONJUNCTIONS.has(at(tokens, b - 1).lower);
}
// How readily or warily someone says something: "was quick to point out", "were careful to note".
const SAYING_MANNERS = new Set(['quick', 'quicker', 'careful', 'fast']);
// Verbs of seeming and of going on, which lend a record their subject for the infinitive after them: "the data appear
// to show", "polls continue to show"; a record does not try.
const SEEMING: ReadonlySet<string> = new Set([...CATENATIVES].filter((w) => !w.startsWith('tr') && !w.startsWith('l')));
// Acts a speaker does in order to say something: "went on to say", "took to Twitter to", "used the speech to".
const TAKING_TO = new Set(['taken', 'taking']);
const INFINITIVE_LEADS = new Set(['went', 'took', ...TAKING_TO, 'used', 'uses', 'rose', 'stood', 'turned', 'stepped', 'paused', 'returned']);
// Verbs of causing that say the one caused did it: "led Reed to declare", "prompted critics to ask".
const MOVING_TO = new Set(['led', 'leads', 'leading', 'prompted', 'prompts', 'prompting', 'caused', 'causes', 'causing', 'spurred', 'spurs', 'spurring', 'drove', 'drives', 'driving', 'compelled', 'compels']);
// The one caused, as an object pronoun: "led her to insist" is said by whom "she" would be.
const PERSONS_AS_OBJECTS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };
/**
 * "The delay led two growers to complain", "That prompted Ann Marsh to accuse Reed": the index of the verb of causing
 * before a short phrase and the "to" before the verb at i, or -1. Not a passive ("was spurred to speak") nor a
 * phrase of more than six words or with marks in it.
 */
function movedToSay(tokens: readonly Token[], i: number): number {
  for (let k = i - 3; k >= 0 && i - k <= 8; k--) {
    const t = at(tokens, k);
    if (!isWord(t)) return -1;
    if (MOVING_TO.has(t.lower)) return PASSIVE_BE.has(at(tokens, k - 1).lower) ? -1 : k;
  }
  return -1;
}

/** Whether "to" before the verb at i follows one of those acts in its clause, with no one named in between as told. */
function actThenInfinitive(tokens: readonly Token[], i: number): boolean {
  // "was quick to point out", "were careful to note": how readily or warily the clause's subject says it.
  if (SAYING_MANNERS.has(at(tokens, i - 2).lower) && PASSIVE_BE.has(at(tokens, i - 3).lower)) return true;
  // "Rural readers were more likely to say", "are much less likely to describe": a poll's groups compared by what
  // they said. Not "is likely to say", the writer's forecast of what someone will say.
  if (at(tokens, i - 2).lower === 'likely' && QUANTITY_DEGREES.has(at(tokens, i - 3).lower)) {
    let k = i - 4;
    if (isLyAdverb(at(tokens, k).lower) || at(tokens, k).lower === 'much' || at(tokens, k).lower === 'far') k--;
    return PASSIVE_BE.has(at(tokens, k).lower);
  }
  for (let k = i - 2; k >= 0 && i - k < 13; k--) {
    const t = at(tokens, k);
    if (!isWord(t) || OBJECT_PRONOUNS.has(t.lower)) return false;
    // "has taken to Twitter to say", not "has taken years to say".
    if (INFINITIVE_LEADS.has(t.lower)) return !TAKING_TO.has(t.lower) || (at(tokens, k + 1).lower === 'to' && k + 1 < i - 1);
  }
  return false;
}

/**
 * What frames a saying to come, before its "to": "is likely to say", "is expected to announce", "wants to talk", "had
 * little to say"; not an act's purpose after its object ("called Acme to complain", "took them to say goodbye"). The
 * verbs of going on ("continues to insist") and the manners ("was quick to note") are read as saying (CATENATIVES,
 * SAYING_MANNERS).
 */
const SAYING_FRAMES: ReadonlySet<string> = new Set([
  'likely', 'unlikely', 'expected', 'set', 'due', 'poised', 'about', 'able', 'unable', 'ready', 'going', 'willing', 'eager', 'reluctant', 'loath', 'keen', 'free',
  'prepared', 'scheduled', 'supposed', 'nothing', 'little', 'much', 'something', 'anything', 'more', 'less',
  ...['want', 'plan', 'hope', 'intend', 'refuse', 'decide', 'need'].flatMap(inflect),
]);
/**
 * The verbs of saying such a frame announces; not acts whose forms are also cues ("to continue rising", "to call an
 * election").
 */
const SAYINGS_TO_COME: ReadonlySet<string> = new Set(
  'say tell announce explain comment talk discuss reveal answer testify elaborate clarify disclose argue insist warn admit acknowledge deny'.split(' '),
);

/**
 * "He told the man to remove the bedding": an instruction to someone who is not the press, no claim; nor is one to
 * someone named ("he told Jeb Bush to quiet down"), whom the press test reads as an outlet told the news.
 */
function toldWhatToDo(tokens: readonly Token[], i: number): boolean {
  const toAName = at(tokens, i + 1).capitalized;
  if (!TELLING.has(at(tokens, i).lower) || (toldThePress(tokens, i) && !toAName)) return false;
  for (let k = i + 2; k <= i + 5; k++) {
    const t = at(tokens, k);
    if (!isWord(t) || t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower) || looksLikeVerb(t.lower) || (toAName && !t.capitalized && t.lower !== 'to')) return false;
    if (t.lower === 'to') return isWord(at(tokens, k + 1)) && !at(tokens, k + 1).capitalized && !DETERMINERS_BEFORE_DEGREE.has(at(tokens, k + 1).lower);
  }
  return false;
}
const TELLING = new Set(['told', 'tells', 'tell']);

/**
 * "asked the auditor to review the deal", "is asking Marsh to release the letters": a request that someone act, no
 * claim; not a question ("asked the mayor whether"), nor "asked not to be named" or "asking for anonymity".
 */
function askedToAct(tokens: readonly Token[], i: number): boolean {
  const asked = at(tokens, i + 1);
  // "A poll asked 900 voters to rate her": a poll putting its question to a sample, whose answers it reports.
  const pollAsks = STARTS_WITH_NUMBER.test(asked.text) && tokens.slice(Math.max(0, i - 6), i).some((t) => POLLS_ASKING.has(t.lower));
  if (!ASKING.has(at(tokens, i).lower) || !isWord(asked) || NOT_ASKED_OF.has(asked.lower) || QUESTION_WORDS.has(asked.lower) || pollAsks) return false;
  for (let k = i + 2; k <= i + 6; k++) {
    const t = at(tokens, k);
    // "asked the board to accept her estimate that repairs would cost more": a claim carried in the request.
    if (t.lower === 'to') return isWord(at(tokens, k + 1)) && !at(tokens, k + 1).capitalized && !DETERMINERS_BEFORE_DEGREE.has(at(tokens, k + 1).lower) && !thatWithin(tokens, k + 1, 6);
    if (!isWord(t) || NOT_ASKED_OF.has(t.lower) || QUESTION_WORDS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}
const ASKING = new Set(['ask', 'asks', 'asked', 'asking']);
const NOT_ASKED_OF = new Set(['to', 'not', 'for', 'about', 'that', 'whether', 'if']);
const POLLS_ASKING = new Set(['poll', 'polls', 'survey', 'surveys', 'pollster', 'pollsters']);

/** "considered selling the house", "considers running": weighing a deed of one's own, no view of anything. */
function weighsADeed(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (!at(tokens, i).lower.startsWith('consider') || !isWord(next) || next.capitalized || !next.lower.endsWith('ing') || INDEFINITE_THINGS.has(next.lower)) return false;
  // "considers spending $4 million on roads a waste": the deed judged, a view.
  for (let k = i + 2; k < Math.min(tokens.length, i + 16) && !at(tokens, k - 1).endsSentence; k++) if ((at(tokens, k).lower === 'a' || at(tokens, k).lower === 'an') && at(tokens, k + 1).endsSentence) return false;
  return true;
}
const CASE_MADE = new Set([
  'argument', 'arguments', 'case', 'point', 'claim', 'claims', 'pitch', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'comment', 'comments', 'remark', 'remarks',
  'statement', 'statements', 'plea', 'appeal', 'apology', 'apologies', 'secret', 'joke', 'jokes', 'reference', 'references', 'observation', 'observations', 'announcement', 'prediction', 'predictions', 'threat', 'threats',
  'suggestion', 'suggestions',
]);
const OWN_PAGE_PARTS = new Set(['caption', 'version', 'headline', 'graphic', 'photo', 'photograph', 'chart', 'map']);
const CASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'that', 'this', 'these', 'those', 'same', 'similar', 'many', 'several', 'such', 'no', 'some', 'repeated', 'numerous', 'multiple', 'further', 'other']);
/**
 * "made the case", "made these same claims", "making the same arguments again", "has made several statements",
 * "made no secret of": a case, a charge or a statement within a few words.
 */
function makesACase(tokens: readonly Token[], i: number): boolean {
  // "An older version of the piece made a false statement", "The caption … made": the publication's own
  // correction, no source's.
  for (let k = i - 1; k >= 0 && i - k <= 8 && isWord(at(tokens, k)); k--) if (OWN_PAGE_PARTS.has(at(tokens, k).lower)) return false;
  for (let k = i + 1; k <= i + 5; k++) {
    const t = at(tokens, k);
    if (!isWord(t) || t.capitalized) return false;
    // "made the remarks shortly before he left": remarks already reported, unless what they say follows.
    if (/^(?:comment|remark)s?$/.test(t.lower) && !introducesContent(tokens, k, QUOTATION_OPENERS) && at(tokens, k + 1).lower !== 'about') return false;
    // "made a point of visiting" is an act, "made a point of stressing" says; "made no secret of" tells a view.
    if (t.lower === 'point' && at(tokens, k + 1).lower === 'of') return ATTRIBUTION_VERBS.has(at(tokens, k + 2).lower) && at(tokens, k + 2).lower.endsWith('ing');
    if (CASE_MADE.has(t.lower)) return k === i + 1 ? t.lower.endsWith('s') && t.lower !== 'charges' : true;
    // "made an urgent call for": a call for something, not one on the phone.
    if (t.lower === 'call' || t.lower === 'calls') return k > i + 1 && at(tokens, k + 1).lower === 'for';
    // "made conflicting statements": an -ing adjective may describe them too.
    if (!CASE_OPENERS.has(t.lower) && t.lower !== 'of' && !endsInLy(t.lower) && !ADJECTIVE_ENDING.test(t.lower) && !t.lower.endsWith('ing')) return false;
  }
  return false;
}

// Where or to whom something was put, after "as … put it": "in an interview", "to me", "on Friday".
const PUT_IT_WHERE = new Set(['in', 'on', 'at', 'to', 'during', 'last', 'this', 'after', 'before']);
// What a count or a sum is of: "the death toll", "the cost of the damage", "the number of protesters".
// So are the odds or the chances of something: "put the odds at fifty-fifty", "put the chances at one in three"; and
// a price, a rate or a shortfall: "put the price at $2 billion", "put its deficit at 3 percent".
// A poll's measures too: "puts support for the plan at 38%", "put his lead at six points".
const RECKONED = new Set(['toll', 'number', 'figure', 'cost', 'costs', 'share', 'damage', 'count', 'total', 'tally', 'loss', 'losses', 'value', 'bill', 'turnout', 'crowd', 'size', 'odds', 'chances', 'chance', 'probability', 'likelihood', 'risk',
  'price', 'valuation', 'amount', 'sum', 'rate', 'deficit', 'shortfall', 'gap', 'support', 'approval', 'backing', 'lead', 'fortune', 'wealth', 'worth', 'debt', 'debts', 'income', 'revenue', 'revenues', 'earnings', 'profit', 'profits', 'savings', 'spending', 'budget',
  // And the measures of a place: "puts unemployment at 4,000", "put the population at 1.2 million".
  'unemployment', 'joblessness', 'inflation', 'growth', 'population', 'output', 'emissions', 'attendance', 'casualties',
  // And what a levy asks of each: "puts the charge at £1,800 a year".
  'charge', 'charges', 'fee', 'fees', 'levy', 'tax']);
// What may stand before it: "the death toll", "its value", "their estimate of the cost", "his lead".
const RECKONED_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
/**
 * "Officials put the death toll at 30", "police put the crowd at about 5,000", "a poll puts support for the plan at 38%":
 * putting a count at a number is estimating it; so is putting anything at a rate ("put vacancies at 18%").
 */
function putsAFigure(tokens: readonly Token[], i: number): boolean {
  // "Votewatch put it at 45,000": "it", the count the story has in view.
  // Not a measure against something: "Delays put it at 30% over budget".
  if (at(tokens, i + 1).lower === 'it') {
    const it = figureAfter(tokens, i + 2, i + 2, 'at');
    return it !== null && startsWithNumber(at(tokens, it.f)) && !AGAINST_A_MARK.has(at(tokens, it.f + 1).lower) && !AGAINST_A_MARK.has(at(tokens, it.f + 2).lower);
  }
  // "puts Marsh on 44%", "put Labour on 31 percent": someone's share of a poll, as British usage writes it.
  let named = i + 1;
  while (named < i + 4 && at(tokens, named).capitalized && isWord(at(tokens, named))) named++;
  if (named > i + 1 && at(tokens, named).lower === 'on') {
    const share = figureAfter(tokens, named, named, 'on');
    return share !== null && (/%\.?$/.test(at(tokens, share.f).text) || at(tokens, share.f + 1).lower === 'percent');
  }
  const bare = RECKONED.has(at(tokens, i + 1).lower);
  // "put Reed's fortune at", "put Ann Marsh's net worth at": a name's possessive stands as a determiner.
  let name = i + 1;
  while (name < i + 3 && at(tokens, name).capitalized && !isPossessive(at(tokens, name))) name++;
  const owner = isPossessive(at(tokens, name)) && at(tokens, name).capitalized;
  if (!isWord(at(tokens, i + 1)) || (at(tokens, i + 1).capitalized && !owner)) return false;
  // "The Argus pegged her at $40 million": a person put at a sum is their worth.
  if (OBJECT_PRONOUNS.has(at(tokens, i + 1).lower) && at(tokens, i + 2).lower === 'at') return /^\p{Sc}/u.test(at(tokens, i + 3).text);
  // "put the number closer to 10,000", "put the crowd nearer 3,000": an estimate against another's.
  const after = figureAfter(tokens, bare ? i + 1 : i + 2, i + 7, 'at') ?? figureAfter(tokens, bare ? i + 1 : i + 2, i + 7, 'closer') ?? figureAfter(tokens, bare ? i + 1 : i + 2, i + 7, 'nearer');
  if (!after) return false;
  const { k, f } = after;
  const figure = at(tokens, f);
  // "put vacancies at 18%", "puts inflation at 3 percent": a rate of anything is one reckoned.
  const rate = /%\.?$/.test(figure.text) || at(tokens, f + 1).lower === 'percent' || (at(tokens, f + 1).lower === 'per' && at(tokens, f + 2).lower === 'cent');
  const reckoned = (RECKONED_DETERMINERS.has(at(tokens, i + 1).lower) || bare || owner) && tokens.slice(i + 1, k).some((t) => RECKONED.has(t.lower));
  // "at several million dollars", "at hundreds of millions": a figure in words.
  const inWords = NUMBER_WORDS.has(figure.lower) || ((figure.lower === 'several' || figure.lower === 'a') && NUMBER_WORDS.has(at(tokens, f + 1).lower));
  return (reckoned || rate) && (startsWithNumber(figure) || inWords || /^\p{Sc}/u.test(figure.text) || (figure.lower === 'one' && at(tokens, f + 1).lower === 'in'));
}
// Verbs that put a count at a figure, in a relative clause on the count.
const RECKONING_AT = new Set(['put', 'puts', 'estimated', 'estimates', 'pegged', 'pegs', 'reckoned', 'reckons']);
/**
 * Where the count reckoned stands, when the verb at i ends a relative clause on it and "at" a figure follows: "a crowd
 * (that) police put at 2,200", "damage the council estimates at $2 million"; or -1. Between them, one to five words.
 */
function reckonedBefore(tokens: readonly Token[], i: number): number {
  if (at(tokens, i + 1).lower !== 'at') return -1;
  const figure = figureAfter(tokens, i + 1, i + 1, 'at');
  if (!figure || !(startsWithNumber(at(tokens, figure.f)) || /^\p{Sc}/u.test(at(tokens, figure.f).text))) return -1;
  for (let k = i - 2; k >= 0 && i - k <= 6 && isWord(at(tokens, k)); k--) if (RECKONED.has(at(tokens, k).lower) && !RECKONED.has(at(tokens, k + 1).lower)) return k;
  return -1;
}
/**
 * "Officials raised the death toll to 30", "Police revised the number of injured to 14", "The bank cut its growth
 * forecast to 1.2%": an estimate changed to a figure is the changer's estimate; a price or a rate set is no estimate
 * ("raised the price to $5").
 */
function revisesAFigure(tokens: readonly Token[], i: number): boolean {
  if (!RECKONED_DETERMINERS.has(at(tokens, i + 1).lower)) return false;
  const after = figureAfter(tokens, i + 2, i + 7, 'to');
  return after !== null && tokens.slice(i + 2, after.k).some((t) => REVISED.has(t.lower)) && startsWithNumber(at(tokens, after.f));
}
/**
 * The first `preposition` among the words from `from` to `last`, and the word after it past approximating words ("at
 * about 30", "to more than 5,000"), where the figure would stand; null when no such preposition comes first.
 */
function figureAfter(tokens: readonly Token[], from: number, last: number, preposition: string): { k: number; f: number } | null {
  for (let k = from; k <= last && isWord(at(tokens, k)); k++) {
    if (at(tokens, k).lower !== preposition) continue;
    let f = k + 1;
    // "put his chances at “fifty-fifty”": the figure may be quoted.
    while (f <= k + 3 && (APPROXIMATING.has(at(tokens, f).lower) || QUOTE_MARKS.test(at(tokens, f).text))) f++;
    return { k, f };
  }
  return null;
}
/** A number in digits or in words: "30", "1.2%", "thirty", "forty-two". */
const startsWithNumber = (t: Token): boolean => STARTS_WITH_NUMBER.test(t.text) || NUMBER_WORDS.has(t.lower.split('-')[0] as string);
/** A weight from k on, "about" allowed before its number: "96 kilograms", "about 200 pounds". */
function weightAfter(tokens: readonly Token[], k: number): boolean {
  const n = ABOUT.has(at(tokens, k).lower) ? k + 1 : k;
  return startsWithNumber(at(tokens, n)) && WEIGHTS.has(at(tokens, n + 1).lower);
}
const WEIGHTS = new Set(['pounds', 'pound', 'lb', 'lbs', 'kilograms', 'kilogram', 'kg', 'kilos', 'stone', 'grams', 'ounces', 'tons', 'tonnes']);
const REVISED = new Set(['toll', 'figure', 'figures', 'number', 'count', 'tally', 'total', 'estimate', 'estimates', 'forecast', 'forecasts', 'projection', 'projections', 'outlook', 'guidance', 'target', 'targets']);
// "at about 30", "at more than 5,000", "at up to $2 million", "at closer to 8,000", "at as many as 900", "at just under 40".
const APPROXIMATING = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'than', 'least', 'up', 'to', 'between', 'closer', 'close', 'nearer', 'fewer', 'less', 'just', 'well', 'under', 'below', 'above', 'as', 'many', 'much', 'only', 'barely']);
const RAISED = new Set(['questions', 'question', 'concerns', 'concern', 'doubts', 'alarm', 'alarms', 'objections', 'fears', 'possibility', 'prospect', 'issue', 'specter', 'spectre']);
const ADJECTIVE_BEFORE_RAISED = new Set(['serious', 'new', 'more', 'fresh', 'further', 'grave']);
const CONTRASTS = new Set(['whereas', 'although', 'though', 'while']);

function toldThePress(tokens: readonly Token[], verbIndex: number): boolean {
  const next = at(tokens, verbIndex + 1);
  if (!isWord(next)) return true;
  // "told colleagues the plan was dead", "has told friends that …": people who passed it on, with what was said after.
  if (CONFIDANTS.has(next.lower) && (at(tokens, verbIndex + 2).lower === 'that' || bareClause(tokens, verbIndex + 1))) return true;
  if (next.capitalized && !NOT_A_NAME.has(next.lower)) return true;
  if (!PRESS.has(next.lower)) return pressNounWithin(tokens, verbIndex + 1);
  // "told our political editor": the paper's own people, within a few words.
  if (next.lower === 'our') return [2, 3, 4].some((d) => PRESS_NOUNS.has(at(tokens, verbIndex + d).lower));
  if (next.lower === 'the' || next.lower === 'a' || next.lower === 'an') {
    const noun = at(tokens, verbIndex + 2);
    // "told the lobby", the press gallery at Westminster (not "the lobby staff", a hotel's).
    if (noun.lower === 'lobby') return !isWord(at(tokens, verbIndex + 3)) || at(tokens, verbIndex + 3).lower === 'that' || bareClause(tokens, verbIndex + 2);
    // "told The New Leeds Post": a word no name is alone ("New") opens one before another capital.
    const name = noun.capitalized && (!NOT_A_NAME.has(noun.lower) || at(tokens, verbIndex + 3).capitalized);
    return isWord(noun) && (PRESS_NOUNS.has(noun.lower) || name || pressNounWithin(tokens, verbIndex + 2));
  }
  return true;
}

// Words that describe an outlet before its noun: "local", "state", "French", "television".
const OUTLET_MODIFIERS = new Set(['local', 'state', 'national', 'regional', 'public', 'foreign', 'television', 'tv', 'radio', 'news', 'online', 'cable']);
/** "told a local television station", "told state media": an outlet's noun after at most two words describing it, from k. */
function pressNounWithin(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = at(tokens, j);
    if (!isWord(t)) return false;
    if (j > k && PRESS_NOUNS.has(t.lower)) return true;
    if (!OUTLET_MODIFIERS.has(t.lower) && !t.capitalized) return false;
  }
  return false;
}

const PEOPLE_QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'others', 'those', 'all']);
// Words that open what a view holds after its verb: "fear that", "worry it", "hope the", "claim their".
const HELD_OPENERS = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'there', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'more', 'no', 'any', 'what', 'how', 'whether']);
const PLACE_OR_TIME = new Set(['in', 'from', 'across', 'since', 'this', 'last', 'at', 'with']);
// Where people are by what they do there: "Residents living near the park fear", "Nurses working in Hull worry".
const DWELLING = new Set(['living', 'working', 'based', 'staying']);
// What people post, beside the records ("messages", "videos"): "posts on social media say".
const POSTS = new Set(['posts', 'comments', 'tweets', 'claims', 'rumours', 'rumors']);
/** Whether "on social media" opens at k. */
const onSocialMedia = (tokens: readonly Token[], k: number): boolean => at(tokens, k).lower === 'on' && at(tokens, k + 1).lower === 'social' && at(tokens, k + 2).lower === 'media';
/**
 * "Polls in New Hampshire", "Surveys across the state", "Figures released by the agency", "Critics of the levy": a
 * plural record or a plural of people, then a short phrase of where or when, of who released it, or of what they are
 * for or from, ending at j.
 */
function pluralThenQualifier(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 1 && j - k < 7 && isWord(at(tokens, k)); k--) {
    // "Many in the party fear", "Some on the left worry": a quantifier that stands for people, with where they are.
    const where = at(tokens, k).lower;
    if (j - k <= 4 && (where === 'in' || where === 'on' || where === 'within') && PEOPLE_QUANTIFIERS.has(at(tokens, k - 1).lower) && (k === 1 || !isWord(at(tokens, k - 2)) || isClauseWord(at(tokens, k - 2)))) return true;
    // "Polls in Leeds show", "Doctors in the region report": records or people, then where they are; "Users on
    // Reddit report": on a named platform or place.
    // "Polls taken in May show", "surveys conducted across the state find": a record's participle may come between.
    if (PLACE_OR_TIME.has(at(tokens, k).lower) && RECORD_PARTICIPLES.has(at(tokens, k - 1).lower)) return RECORDS.has(at(tokens, k - 2).lower);
    // Not before a name, which the phrase would be read by ("Nurses working in Hull").
    if ((PLACE_OR_TIME.has(at(tokens, k).lower) || at(tokens, k).lower === 'near') && DWELLING.has(at(tokens, k - 1).lower)) return isPeoplePlural(at(tokens, k - 2).lower, !at(tokens, k - 2).capitalized || k - 2 === 0) && !tokens.slice(k + 1, j + 1).some((w) => w.capitalized);
    // The people or the records right before where they are.
    const people = () => isPeoplePlural(at(tokens, k - 1).lower, !at(tokens, k - 1).capitalized || k - 1 === 0);
    const records = () => RECORDS.has(at(tokens, k - 1).lower);
    const onWhere = at(tokens, k).lower === 'on' && at(tokens, k + 1).capitalized && !isPossessive(at(tokens, k + 1));
    if (PLACE_OR_TIME.has(at(tokens, k).lower) || onWhere) return records() || people();
    // "Residents near the park fear"; "Residents of streets near the river" read on to their "of".
    if (at(tokens, k).lower === 'near' && people()) return true;
    // "Shopkeepers on the high street blame": people "on the" place they are; not records on a page or a server,
    // whose verb the noun before it may be ("Figures on the website show").
    if (at(tokens, k).lower === 'on' && at(tokens, k + 1).lower === 'the') return people();
    // "Users on social media claim", "posts on social media say": people, or what they post, where it was posted.
    if (onSocialMedia(tokens, k)) return records() || POSTS.has(at(tokens, k - 1).lower) || people();
    // "Data released by the agency show": records described by who published them.
    if (at(tokens, k).lower === 'by' && BY_PARTICIPLES.has(at(tokens, k - 1).lower)) return RECORDS.has(at(tokens, k - 2).lower);
    // "Critics of the levy fear it", "Residents of the town worry that": people, then what they are for, against or
    // from, when what follows opens what they hold; not a body's name ("Friends of the Earth fear"), a place's "of"
    // ("Doctors in the north of England report"), nor a compound noun ("Fans of the talent show voted").
    if (at(tokens, k).lower === 'of' && j - k <= 4 && isPeoplePlural(at(tokens, k - 1).lower, !at(tokens, k - 1).capitalized || k - 1 === 0) && !tokens.slice(k + 1, j + 1).some((w) => w.capitalized) && HELD_OPENERS.has(at(tokens, j + 2).lower)) return true;
  }
  return false;
}

// Participles that are prepositions: "Considering the price, …", "Given the cost, …".
// What "according to" follows as a way of doing something, not as a source: "according to plan".
const HEARSAY = new Set(['legend', 'lore', 'folklore', 'gossip', 'hearsay', 'rumour', 'rumor', 'rumours', 'rumors', 'myth']);
const MANNERS = new Set(['preference', 'preferences', 'taste', 'tastes', 'wishes', 'needs', 'instinct', 'instincts', 'merit', 'seniority', 'habit', 'ability', 'abilities', 'means']);
const MEASURES = new Set(['weight', 'size', 'age', 'season', 'height', 'length', 'distance', 'demand', 'need', 'income', 'type', 'kind', 'grade', 'severity']);
const MANNER_HEADS = new Set(['plan', 'plans', 'schedule', 'script', 'custom', 'tradition', 'scores', 'age', 'size', 'rank']);
const PREPOSITION_PARTICIPLES = new Set(['considering', 'regarding', 'concerning', 'including', 'according', 'assuming', 'following', 'depending', 'excluding', 'barring', 'pending']);
// Words that may open a sentence before its participle: "After blasting…", "By offering…", "While saying…".
const PARTICIPLE_OPENERS = new Set(['after', 'by', 'in', 'since', 'while', 'before', 'upon', 'on', 'when', 'whenever', 'without']);
/**
 * For a participle opening the sentence ("Recognizing this, Reed joined…", "Since announcing in May that…, Mr. Ode
 * has been…"), the main clause's subject after the phrase's comma: a source phrase its verb follows. Null when
 * the participle does not open the sentence; empty when no such subject follows.
 */
function openingParticipleSubject(tokens: readonly Token[], i: number, sentenceStart: number): Token[] | null {
  const first = at(tokens, 0);
  if (first.start !== sentenceStart || !(i === 0 || (i === 1 && PARTICIPLE_OPENERS.has(first.lower))) || PREPOSITION_PARTICIPLES.has(at(tokens, i).lower)) return null;
  // The phrase runs to its comma, with no other mark or "but" ("Establishing it will make… — but so you know, it").
  let k = i + 1;
  for (; k < tokens.length && k - i < 40 && at(tokens, k).text !== ','; k++) {
    const t = at(tokens, k);
    if ((t.boundary && !QUOTE_MARKS.test(t.text)) || t.endsSentence || t.lower === 'but') return [];
  }
  if (at(tokens, k).text !== ',') return [];
  const { subject } = openingSource(tokens, k + 1, tokens.length, sentenceStart);
  if (subject.length === 1 && at(subject, 0).lower === 'it') return [];
  const after = k + 1 + subject.length;
  const verb = AUXILIARIES.has(at(tokens, after).lower) ? at(tokens, after) : at(tokens, skipForward(tokens, after));
  return subject.length && opensPredicate(verb) ? subject : [];
}

/** Whether a word can open what a subject does: a verb-like word or an auxiliary. */
const opensPredicate = (t: Token): boolean => isWord(t) && (looksLikeVerb(t.lower) || AUXILIARIES.has(t.lower));

/** The index of the last comma between k and i, or -1. */
function lastCommaBefore(tokens: readonly Token[], k: number, i: number): number {
  for (let n = i - 1; n > k; n--) if (at(tokens, n).text === ',') return n;
  return -1;
}

/** The index of the first comma from token k before i, or i when there is none. */
function commaFrom(tokens: readonly Token[], k: number, i: number): number {
  while (k < i && at(tokens, k).text !== ',') k++;
  return k;
}

/** The index after the words that may sit between a subject and its verb ("Reed also said", "Reed on Monday said"). */
function skipForward(tokens: readonly Token[], k: number): number {
  for (let n = 0; n < 3 && isWord(at(tokens, k)) && BETWEEN_SOURCE_AND_VERB.has(at(tokens, k).lower); n++) k++;
  return k;
}

/** The subject at the start of the clause, for a trailing participle: "Big Machine has denied the claims, saying". */
function clauseSubject(tokens: readonly Token[], i: number, sentenceStart: number, start = clauseStart(tokens, i)): Token[] {
  let k = start;
  // "At a meeting in Leeds, Reed stood up and said", "Shortly after, his critics took to…, claiming": an opening
  // phrase of where or when comes first.
  // "Yet fires went on, showing": a conjunction opening the clause is not its subject.
  if (CLAUSE_CONJUNCTIONS.has(at(tokens, k).lower) && k < i - 1) k++;
  // "And then Reed went on the attack, saying"
  if (CLAUSE_OPENERS.has(at(tokens, k).lower) && isWord(at(tokens, k + 1)) && k < i - 1) k++;
  // "While Democrats plot…, Republicans are looking…, hoping": a clause of when or why comes first too, and
  // openings may stand one after another ("On Monday, when Ann Marsh rang him, Reed looked up and said").
  let afterOpening = false;
  for (let openings = 0; openings < 3; openings++) {
    // "On Sunday morning Reed made a third attempt…, writing", "By Sunday she had cancelled…, citing": a phrase of
    // when with no comma after it, right before the subject.
    const when = whenPhraseEnd(tokens, k, i);
    if (when > k) {
      k = when;
      afterOpening = true;
      continue;
    }
    const opening = at(tokens, k);
    // "Walking to the car, Marsh said", "Asked about it, Marsh said": so does a participle's phrase; not a name that
    // ends like one ("Tom Ode, the senator, said", "Fred smiled and said").
    const participleOpening = opening.capitalized && /(?:ing|ed)$/.test(opening.lower) && opening.start === sentenceStart && !nameLikeParticiple(tokens, k, i);
    const degreeOpening = DEGREES_BEFORE_ADVERB.has(opening.lower) && isLyAdverb(at(tokens, k + 1).lower) && at(tokens, k + 2).text === ',';
    if (!(NOT_AN_OPENING.has(opening.lower) || OPENING_ADVERBS.has(opening.lower) || OPENING_SUBORDINATORS.has(opening.lower) || opensWithAdverb([opening]) || participleOpening || degreeOpening || timeOpening(tokens, k, i))) break;
    const comma = commaFrom(tokens, k, i);
    if (comma < i - 1) {
      k = comma + 1;
      afterOpening = true;
    } else {
      if (OPENING_SUBORDINATORS.has(opening.lower)) k++; // "When Reed tried to defend it": the verb is in that clause
      break;
    }
  }
  // "Minutes later they rushed in and said", "Years later Reed wrote": a span of time and "later" or "earlier", with no
  // comma, open the clause as well.
  if (spanThenLater(at(tokens, k), at(tokens, k + 1)) && isWord(at(tokens, k + 2)) && k + 2 < i) k += 2;
  let { subject, read } = openingSource(tokens, k, i, sentenceStart);
  // "At a fair in Hull, Yorkshire, Reed went after Marsh, calling": a place set off after the opening's
  // place is still the opening, when a subject with its verb follows it.
  // "At an event in Hull, Yorkshire, on Sunday, Ann Marsh tried…": so is a phrase of when after it.
  if (afterOpening && subject.length && subject.length === read && at(tokens, k + read).text === ',') {
    let from = k + read + 1;
    for (let segments = 0; segments < 3 && from < i; segments++) {
      const next = openingSource(tokens, from, i, sentenceStart);
      if (next.subject.length && next.subject.length === next.read && opensPredicate(at(tokens, from + next.subject.length))) {
        subject = next.subject;
        break;
      }
      // Past a phrase of when or where ("on Sunday,") to the next segment; anything else ends the search.
      if (!NOT_AN_OPENING.has(at(tokens, from).lower) && !OPENING_ADVERBS.has(at(tokens, from).lower)) break;
      from = commaFrom(tokens, from, i) + 1;
    }
  }
  // "Hours later, Reed returned…", "Late last month, the company wrote…": one capitalised word that runs on in
  // lower case opens the sentence, is no name; the source after the opening phrase's comma is the subject.
  if (subject.length === 1 && at(subject, 0).start === sentenceStart && read > 1) {
    const comma = commaFrom(tokens, k + read, i);
    const after = comma < i - 1 ? openingSource(tokens, comma + 1, i, sentenceStart).subject : [];
    if (after.length) subject = after;
  }
  // "When Ann Marsh, the manager, was asked if it would rain, she laughed and said": a pronoun after the clause's
  // last comma opens the clause the verb is in; the subject found before it is an opening clause's.
  const last = lastCommaBefore(tokens, k, i);
  if (subject.length && last > k && at(subject, subject.length - 1).end <= at(tokens, last).start && SUBJECT_PRONOUNS.has(at(tokens, last + 1).lower) && isWord(at(tokens, last + 2)) && last + 2 < i)
    return [at(tokens, last + 1)];
  // "The victim's mother testified, describing": whose someone is, is not who.
  // So is "voters'" in "Reed undermines voters' faith by suggesting".
  return subject.length && isPossessive(at(subject, subject.length - 1)) ? [] : subject;
}

const WHEN_PREPOSITIONS = new Set(['on', 'by', 'in', 'during', 'since', 'until', 'through']);
const WHEN_YEAR = /^(?:19|20)\d\d$/;
/**
 * The index after an opening phrase of when that has no comma of its own and a subject right after it ("On Sunday
 * morning Reed", "By Sunday she", "Last week the council", "In May 2015 Reed"), or k when there is none.
 */
function whenPhraseEnd(tokens: readonly Token[], k: number, i: number): number {
  let j = k;
  if (WHEN_PREPOSITIONS.has(at(tokens, j).lower)) j++;
  // "last week", "this month", "early Monday": a word of which time.
  const determined = WHEN_OPENERS.has(at(tokens, j).lower);
  if (determined) j++;
  const head = at(tokens, j).lower;
  const year = WHEN_YEAR.test(head);
  if (WEEKDAYS.includes(head) || lexicon.MONTHS.has(head) || year) j++;
  else if (determined && WHEN_WORDS.has(head)) j++;
  else return k;
  // "On Sunday morning", "In May 2015", "On March 3": a part of the day, a year or a day of the month after it.
  if (DAY_PARTS.has(at(tokens, j).lower) || (!year && /^\d{1,4}$/.test(at(tokens, j).text))) j++;
  if (WHEN_YEAR.test(at(tokens, j).text) && !year) j++;
  const next = at(tokens, j);
  // A crowd in lower case opens the subject too: "On Monday police in Dayton released …, saying".
  return j < i - 1 && (opensSubject(next) || next.lower === 'police' || isCrowdOfPeople(next.lower) || isPersonRole(next.lower) || NUMBER_WORDS.has(next.lower)) ? j : k;
}

/** The subject that opens a sentence's tokens, past any opening phrase: "On Monday, Senate Democrats blocked…". */
export function openingSubject(tokens: readonly Token[], sentenceStart: number): Token[] {
  return tokens.length > 1 ? clauseSubject(tokens, tokens.length - 1, sentenceStart, afterDateline(tokens)) : [];
}

/**
 * Whether a capitalised word in "-ed" opening the sentence at k is a name, not a participle: a verb follows it ("Fred
 * smiled"), or a run of capitals that ends at a comma or a verb ("Tom Ode, the senator,", "Ben Ode said");
 * but "Asked Tuesday whether", "Following Reed on air" are participles with their objects.
 */
function nameLikeParticiple(tokens: readonly Token[], k: number, i: number): boolean {
  if (!at(tokens, k).lower.endsWith('ed')) return false;
  let j = k + 1;
  if (isWord(at(tokens, j)) && !at(tokens, j).capitalized) return looksLikeVerb(at(tokens, j).lower);
  while (j < i && isWord(at(tokens, j)) && at(tokens, j).capitalized && !WHEN_WORDS.has(at(tokens, j).lower) && !MONTHS.has(at(tokens, j).lower)) j++;
  if (j === k + 1) return false;
  const end = at(tokens, j);
  return end.text === ',' || (isWord(end) && looksLikeVerb(end.lower));
}

const BARE_SPANS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'decades', 'seconds']);
/** "Minutes later", "Weeks earlier": a span of time and how it stands to the story's moment, opening a clause. */
const spanThenLater = (span: Token, later: Token): boolean => BARE_SPANS.has(span.lower) && (later.lower === 'later' || later.lower === 'earlier');
const RELATIVE_TIMES = new Set(['after', 'before', 'later', 'earlier', 'ago']);
const TIME_SPAN_OPENERS = new Set(['several', 'few', 'days', 'weeks', 'months', 'years']);
/** "Two weeks after the vote,", "A day before Reed died,", "Three years ago,": a span of time that opens the clause. */
function timeOpening(tokens: readonly Token[], k: number, i: number): boolean {
  if (at(tokens, k).lower === 'a' && at(tokens, k + 1).lower === 'few') k++; // "A few days later,"
  const first = at(tokens, k);
  if (!(NUMBER_WORDS.has(first.lower) || STARTS_WITH_NUMBER.test(first.text) || INDEFINITE_ARTICLES.has(first.lower) || TIME_SPAN_OPENERS.has(first.lower))) return false;
  const unit = isWord(at(tokens, k + 1)) && WHEN_WORDS.has(at(tokens, k + 1).lower.replace(/s$/, '')) ? k + 1 : WHEN_WORDS.has(first.lower.replace(/s$/, '')) ? k : -1;
  return unit >= 0 && RELATIVE_TIMES.has(at(tokens, unit + 1).lower) && commaFrom(tokens, k, i) < i - 1;
}

/**
 * The longest opening from k that names a source: "Ann Marsh threw her support…", "A council official later
 * walked back…", "The judge folded her notes…". A lower-case word that makes it no source any more ends it;
 * `read` counts the words looked at.
 */
function openingSource(tokens: readonly Token[], k: number, i: number, sentenceStart: number): { subject: Token[]; read: number } {
  const from = k;
  const words: Token[] = [];
  // "On one Facebook page a poster put up…": a preposition opens a place or a time, no subject.
  if (NOT_AN_OPENING.has(at(tokens, k).lower) && !CLAUSE_CONJUNCTIONS.has(at(tokens, k).lower)) return { subject: [], read: 0 };
  // "There’s no way back for Ode after…", "It’s hard for Marsh to…": an impersonal subject and its verb; who comes after
  // them is no subject.
  if (IMPERSONAL_IS.test(at(tokens, k).lower)) return { subject: [], read: 0 };
  let subject: Token[] = [];
  // "Former White House Chief Of Staff Rahm Emanuel pressured…": a name the limit falls inside is read to its end.
  const inName = (t: Token) => words.length < 10 && t.capitalized && words[words.length - 1]?.capitalized === true;
  for (; k < i && (words.length < 7 || inName(at(tokens, k))); k++) {
    const t = at(tokens, k);
    // "Got an item by exploring": a clause that opens with its verb has no subject to find.
    const verbLike = looksLikeVerb(t.lower) && !(words.length === 0 && t.capitalized && nameLikeParticiple(tokens, k, i));
    if (!isWord(t) || AUXILIARIES.has(t.lower) || (words.length > 0 && WRITER.test(t.lower)) || (verbLike && (words.length === 0 || (!t.capitalized && (subject.length > 0 || actsAfterPlural(tokens, k)))))) break;
    // "China's state-owned giant Acme runs…": a possessive opens the phrase it determines, which ends before a
    // preposition or a number ("Acme's $4 billion sale to Ode").
    const determined = words.some(determinesPhrase);
    // "It monitors and rates its couriers", "The firm monitors its couriers": no noun goes on a subject pronoun, and a
    // word in -s before an article or a possessive is the verb taking its object.
    const pronounSubject = words.length === 1 && SUBJECT_PRONOUNS.has(at(words, 0).lower);
    const verbBeforeObject = subject.length > 0 && !t.capitalized && t.lower.endsWith('s') && (ARTICLES.has(at(tokens, k + 1).lower) || NOUN_DETERMINERS.has(at(tokens, k + 1).lower));
    // "The plan explicitly recognizes farmers, outlining": a cue in -s after the phrase's noun is its verb, whatever the
    // phrase names; the words after it are its object.
    const cueAfterNoun = words.length > 1 && !t.capitalized && /[^s]s$/.test(t.lower) && ATTRIBUTION_VERBS.has(t.lower) && !ARTICLES.has(at(words, words.length - 1).lower) && !NOUN_DETERMINERS.has(at(words, words.length - 1).lower);
    // "Ann Marsh on Thursday stepped up her attacks, saying": when it was done is no part of who did it. ("Late last
    // month, the firm wrote" is an opening phrase, which the caller steps past at its comma.)
    const whenAfterSubject = subject.length > 0 && !t.capitalized && WHEN_OPENERS.has(t.lower) && WHEN_WORDS.has(at(tokens, k + 1).lower) && isWord(at(tokens, k + 2));
    if (pronounSubject || verbBeforeObject || cueAfterNoun || whenAfterSubject) break;
    if (determined && subject.length && (STARTS_WITH_NUMBER.test(t.text) || (NOT_AN_OPENING.has(t.lower) && t.lower !== 'and'))) break;
    words.push(t);
    if (classifySource(words, sentenceStart)) subject = [...words];
    // "Acme and Ode shocked…": a name joined to the subject by "and" is part of it; "Several hundred parents": a
    // quantifier before a number is no subject on its own.
    else if (!t.capitalized && subject.length && !(t.lower === 'and' && at(tokens, k + 1).capitalized) && !(subject.length === 1 && VAGUE_DETERMINERS.has(at(subject, 0).lower) && SCALES.has(t.lower)) && !determinesPhrase(at(subject, subject.length - 1))) break;
  }
  // "Nuclear proliferation experts", "Republican presidential candidate Ann Marsh": a capital that only opens the
  // sentence may open a longer phrase, read on to a crowd or to a name; so may two or three ("Former Republican
  // presidential nominee Mitt Romney").
  // Words of one noun phrase only: no article, preposition or verb ("Outside the arena in Leeds", "Acme's sale to Ode").
  const capitalsOpening = subject.length === 1 || (subject.length <= 3 && subject.every((w) => w.capitalized) && !isPossessive(at(subject, subject.length - 1)));
  if (capitalsOpening && at(subject, 0).start === sentenceStart && !NOT_AN_OPENING.has(at(subject, 0).lower) && !SUBJECT_PRONOUNS.has(at(subject, 0).lower.replace(CONTRACTION, '').replace(POSSESSIVE, '')) && !isPossessive(at(subject, 0))) {
    let longest: Token[] = [];
    // "Reed primes supporters not to trust…": after a name, a word in -s with a noun after it is the name's verb ("Reed
    // supporters" ends on its plural; "Reed rights groups" keeps a plural that modifies).
    const named = classifySource(subject, sentenceStart)?.kind === 'named-source';
    for (let n = 2; n <= 7 && from + n <= i; n++) {
      const t = at(tokens, from + n - 1);
      if (!isWord(t) || AUXILIARIES.has(t.lower) || NOT_AN_OPENING.has(t.lower) || INDEFINITE_ARTICLES.has(t.lower) || t.lower === 'the' || WRITER.test(t.lower) || (!t.capitalized && looksLikeVerb(t.lower))) break;
      if (named && n === subject.length + 1 && !t.capitalized && /[^su]s$/.test(t.lower) && !PLURAL_MODIFIERS.has(t.lower) && isWord(at(tokens, from + n)) && from + n < i) break;
      const longer = tokens.slice(from, from + n);
      const cls = classifySource(longer, sentenceStart);
      if (cls && (cls.kind !== 'named-source' || longer.slice(1).some((w) => w.capitalized))) longest = longer;
    }
    if (longest.length) return { subject: longest, read: Math.max(words.length, longest.length) };
  }
  return { subject, read: words.length };
}

// Plurals that modify the noun after them: "civil rights groups", "arms control experts", "elections officials".
const PLURAL_MODIFIERS = new Set(['rights', 'affairs', 'arms', 'sales', 'sports', 'elections', 'news', 'goods', 'veterans', 'parks', 'works', 'services', 'savings', 'communications', 'operations', 'relations', 'customs', 'ethics', 'economics', 'politics']);

// "she's", "it's": a pronoun and its verb, no possessive.
const PRONOUN_IS = /^(?:he|she|it|that|there|what|who|here|where)['’]s$/;
const IMPERSONAL_IS = /^(?:it|there)['’]s$/;
/** A possessive that determines the noun phrase after it: "China's", "the victim's", "farmers'". */
const determinesPhrase = (t: Token): boolean => isPossessive(t) && !PRONOUN_IS.test(t.lower);

/**
 * "The firms declined to name a price, saying": a cue or an act in the past right after a plural noun is the
 * clause's verb, whatever the noun, unless its agent follows ("the documents obtained by").
 */
function actsAfterPlural(tokens: readonly Token[], k: number): boolean {
  const t = at(tokens, k);
  const noun = at(tokens, k - 1);
  return (ATTRIBUTION_VERBS.has(t.lower) || STANCE_ACT_FORMS.has(t.lower)) && /[^aeiou]ed$/.test(t.lower) && !noun.capitalized && /[^s]s$/.test(noun.lower) && at(tokens, k + 1).lower !== 'by';
}

/** Whether a name of one to three words starts at k and a verb in the past follows it: "Reed fired", "Ann Marsh said". */
function nameThenPast(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (n < k + 3 && isWord(at(tokens, n)) && at(tokens, n).capitalized) n++;
  const verb = at(tokens, n);
  return n > k && isWord(verb) && !verb.capitalized && isPastForm(verb.lower);
}

/**
 * Where the clause of the word at i starts: after the last mark other than a comma, stepping over what stands in
 * parentheses or quotation marks ("Reed backed Sen. Ann Marsh (R-Texas), saying"; "a defense of “Leeds values,” saying").
 */
function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && i - k < 60) {
    const t = at(tokens, k - 1);
    // Straight and doubled marks look the same open and closed, so only curly ones are stepped over.
    if (t.text === ')' || t.text === '”') {
      const open = t.text === ')' ? '(' : '“';
      let j = k - 2;
      while (j > 0 && k - j < 30 && at(tokens, j).text !== open) j--;
      if (at(tokens, j).text !== open) break;
      k = j;
      continue;
    }
    if (t.boundary && t.text !== ',') break;
    // "Fights broke out, and the mayor took to Twitter to…": a clause joined after a comma has its own subject; a
    // list of names ("Reed, Marsh, and Ode took…") does not end at its last comma. So has one that opens with "when" or
    // another subordinator: "…, and when Ann Ode turns to the jury and swears".
    if (CONJUNCTIONS_OF_CLAUSES.has(t.lower) && at(tokens, k - 2).text === ',' && isWord(at(tokens, k - 3)) && (!at(tokens, k - 3).capitalized || clauseBefore(tokens, k - 3)) && (opensSubject(at(tokens, k)) || (SUBORDINATORS.has(at(tokens, k).lower) && opensSubject(at(tokens, k + 1))))) {
      k--;
      break;
    }
    // "Inspectors closed the pier and Reed replaced its master, conceding": so does "and" before a name and its
    // past verb, after a word in lower case (not "Reed and Marsh fired").
    if (t.lower === 'and' && isWord(at(tokens, k - 2)) && !at(tokens, k - 2).capitalized && nameThenPast(tokens, k)) {
      k--;
      break;
    }
    // "LEEDS (Acme) - Mayor Ann Marsh toured…": a typed dash after a dateline ends it; elsewhere the clause goes on
    // past it ("Reed won the seat -- by promising…").
    if (SPACED_DASHES.has(t.text) && isDateline(tokens.slice(0, k - 1))) break;
    k--;
  }
  return k;
}

/**
 * "Marsh signed with Acme Records, and the label will …": the words before the comma, back to the one before, hold a
 * word in lower case, so they are a clause of their own and not a list of names ("Reed, Marsh, and Ode took").
 */
function clauseBefore(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k >= 0 && j - k < 30; k--) {
    const t = at(tokens, k);
    if (!isWord(t)) return false;
    if (!t.capitalized && !NAME_JOINERS.has(t.lower)) return true;
  }
  return false;
}

/** Whether a word can open a clause's subject: a pronoun, a determiner or a capital. */
function opensSubject(word: Token): boolean {
  return isWord(word) && (SUBJECT_PRONOUNS.has(word.lower) || OBJECT_DETERMINERS.has(word.lower) || word.capitalized);
}

/** "LEEDS (Acme)", "NEW YORK": a place in capitals, perhaps with its agency, and nothing in lower case. */
function isDateline(words: readonly Token[]): boolean {
  // "(Reuters) -" alone is one too, where the sentence splitter has cut "ORLANDO, Fla." off before it.
  const agencyAlone = words.length > 2 && at(words, 0).text === '(' && at(words, words.length - 1).text === ')';
  return (agencyAlone || words.some((w) => isWord(w) && isAcronym(w))) && words.every((w) => !isWord(w) || w.capitalized);
}

/** The index of the first token after a dateline and its dash ("LEEDS (Acme) - …", "HULL —"), or 0 without one. */
export function afterDateline(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length && k <= MAX_DATELINE_TOKENS; k++) {
    if (DASHES.has(at(tokens, k).text)) return isDateline(tokens.slice(0, k)) ? k + 1 : 0;
  }
  return 0;
}

/** Where the subject of the clause of the word at i may start: the clause's start, past a conjunction opening it. */
function subjectStart(tokens: readonly Token[], i: number): number {
  const k = clauseStart(tokens, i);
  return CLAUSE_CONJUNCTIONS.has(at(tokens, k).lower) ? k + 1 : k;
}

interface VerbContext {
  tokens: readonly Token[];
  i: number;
  verb: Token;
  sentenceStart: number;
  isTold: boolean;
  participle: boolean;
  out: SourceMatch[];
}

/** Inverted order: "…,” said John Kirby" / "…, say experts". */
function matchInverted({ tokens, i, verb, sentenceStart, isTold, participle, out }: VerbContext): boolean {
  // A verb of telling is followed by its audience, a participle by what was said ("saying the account was…").
  // Nor is a verb with its particle ("put it", "shot back") inverted. Any verb right after a quotation opening the
  // sentence is, though: "“…!” laughed Ann Marsh", "“…,” exhorted Ben Ode".
  const tag = tagsQuotationBefore(tokens, i);
  if (isTold || participle || (PARTICLE_CUES.has(verb.lower) && !tag)) return false;
  if (!INVERTING_FORMS.has(verb.lower) && !tag) return false;
  // "Consider this entry", "Note the date": a bare verb opening the sentence asks the reader to do it.
  if (verb.start === sentenceStart && !/(?:s|ed)$/.test(verb.lower) && !IRREGULAR_PASTS.has(verb.lower)) return false;
  const after = phraseAfter(tokens, i + 1);
  if (!after.length || NOT_AN_OPENING.has(at(after, 0).lower) || at(after, 0).lower === 'that') return false;
  // "“…,” said Black, a builder", "“…,” said Young.": one capital after a quotation's verb of saying is the speaker's
  // name, whatever else the word can be, as before it ("“…,” West said").
  const lone = at(tokens, i + 2);
  if (SPEECH_VERBS.has(verb.lower) && closesAfterComma(tokens, i - 1) && at(after, 0).capitalized && !SUBJECT_PRONOUNS.has(at(after, 0).lower) && !isPeoplePlural(at(after, 0).lower) && (at(after, 0).endsSentence || lone.text === ',' || lone.text === '.')) {
    out.push(namedMatch(verb, [at(after, 0)]));
    return true;
  }
  // "said she sees shops lining up": a pronoun with more after it opens what was said; "said he." is inverted.
  if (after.length > 1 && SUBJECT_PRONOUNS.has(at(after, 0).lower)) return false;
  const afterEnd = i + 1 + after.length;
  // The source phrase must end the clause: "said John Kirby." or "said an official who…", but not
  // "said the July 25 call made him".
  const following = at(tokens, afterEnd);
  // "…,” said Ann Marsh when asked about it": a clause after the name is when, not who.
  // "said Ann Marsh in a statement": so is where.
  const whereOrWhen = WHEN_CLAUSES.has(following.lower) || (AFTER_A_NAME.has(following.lower) && at(after, after.length - 1).capitalized);
  // "said an official who was briefed on the details of the talks": a relative clause may run past the phrase.
  const relativeRunsOn = after.some((w) => w.lower === 'who');
  // So may one about a thing in the phrase, right after a quotation: "“…,” said the owner of a mill that makes shoes."
  const thingsRelative = tag && following.lower === 'that';
  if (isWord(following) && !at(after, after.length - 1).endsSentence && following.lower !== 'who' && !whereOrWhen && !relativeRunsOn && !thingsRelative) return false;
  // "Declared Candidates For Mayor.": at the sentence's start nothing said comes before; only "Said Reed: …" leads
  // on to it.
  if (verb.start === sentenceStart && following.text !== ':' && following.text !== ',') return false;
  // "…, say the plan works": a plural "say" is inverted only after a crowd ("…, say experts").
  // "The child, who is six, asked the last question": after a relative aside the subject stood before it, and a
  // description no list knows is the verb's object.
  let cls = classifySource(after, sentenceStart) ?? (verb.lower !== 'say' && definiteDescription(after) && !closesRelativeAside(tokens, i - 1) ? NAMED_SOURCE : null);
  const described = cls ? cls.kind !== 'named-source' : INVERTING_VERBS.has(verb.lower) && (INDEFINITE_OPENERS.has(at(after, 0).lower) || DEFINITE_OPENERS.has(at(after, 0).lower));
  // "said a second witness, former adviser Ann Marsh": the aside names the witness, whatever the
  // description ("another leading court advocate, Ann Marsh of Acme", "the company's chief executive, Jo Ode"). The
  // finding runs to the name, which is what a reader checks; cut before it, the description would be read as one
  // referring back to whoever the article named last.
  const aside = at(tokens, afterEnd).text === ',' ? phraseAfter(tokens, afterEnd + 1) : [];
  const namedAside = aside.length > 0 && classifySource(aside, sentenceStart)?.kind === 'named-source';
  if (namedAside && (described || (cls?.kind === 'named-source' && definiteDescription(after)))) {
    out.push(namedMatch(verb, [...after, ...aside]));
    return true;
  }
  if (!cls) return false;
  // "“Vote!” read the banners": signs speak only to annotators (see `emit`).
  if (cls.kind === 'named-source' && !after.some((w) => SIGNS.has(w.lower) && !w.capitalized)) out.push(namedMatch(verb, after));
  else emit(out, after, sentenceStart, undefined, verb);
  return true;
}

/**
 * "Reuters reported that two officials said …", "Reed said that a senior aide told him …": an unnamed informant inside
 * what a source reports is a link in the chain the claim rests on, found as the sentence's own would be (a crowd there
 * is the source's account, left to it). Telling someone other than the press or the one who reports it is no informing.
 */
function matchInformantWithin(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  // Verbs of telling only: "reports", "states", "notes" are as often nouns ("9,000 reports were filed", "14 member
  // states").
  const verb = at(tokens, i).lower;
  if (!INFORMING.has(verb) && !WARNED.has(verb) && !(WROTE.has(verb) && at(tokens, i + 1).lower === 'that')) return;
  const words = phraseBefore(tokens, i - 1);
  const cls = words.length ? classifySource(words, sentenceStart) : null;
  if (cls?.kind !== 'anonymous-source') return;
  // Telling the one who reports it what happened, not what to do ("a supervisor told her to keep working").
  const told = AUDIENCE_VERBS.has(verb);
  if (told && ((!toldThePress(tokens, i) && !OBJECT_PRONOUNS.has(at(tokens, i + 1).lower)) || at(tokens, i + 2).lower === 'to')) return;
  out.push(sourceMatch(cls, at(words, 0).start, endOf(words), at(words, 0).start, endOf(words), at(tokens, i)));
}

/**
 * The subject a trailing participle or a second verb shares with its clause: "Big Machine has denied the claims,
 * saying", "Reed called them reckless and said". A source the sentence already found before it is that subject,
 * and is credited once.
 */
function matchClauseSubject(tokens: readonly Token[], i: number, verb: Token, sentenceStart: number, out: SourceMatch[]): void {
  // Already credited in this sentence: the second verb is the same speaker's, an attribution but no new finding.
  // Not one of an earlier clause when "and" joins the verb to a clause of its own ("…, Ms. Ode smiled and said").
  const joined = CONJUNCTIONS_OF_CLAUSES.has(at(tokens, i - 1).lower);
  // Not a speaker of an earlier clause: "Inspectors said the pier was unsafe and Reed replaced its master, conceding".
  const start = clauseStart(tokens, i);
  const from = CONJUNCTIONS_OF_CLAUSES.has(at(tokens, start).lower) && start + 1 < i && opensSubject(at(tokens, start + 1)) ? at(tokens, start).start : 0;
  // Not a source inside a quotation whose tag stands between it and the verb: "“Growers say …,” said Reed, adding"
  // is Reed's. A tag in brackets is the writer's aside and counts for none: "(“…,” declared the Post), but again
  // showed" is the subject's.
  const tagged = (m: SourceMatch) => out.some((t) => t !== m && !t.narrative && t.sourceStart > m.sourceEnd && t.sourceEnd <= verb.start && quotationClosesBetween(tokens, m.sourceEnd, t.sourceStart) && !inBrackets(tokens, t.sourceStart));
  const earlier = out.find((m) => m.sourceEnd <= verb.start && m.sourceStart >= from && !m.narrative && !(joined && newClauseBetween(tokens, m.cueEnd, i - 1)) && !tagged(m));
  if (earlier) {
    out.push({ ...sourceMatch(earlier, earlier.sourceStart, earlier.sourceEnd, earlier.sourceStart, earlier.sourceEnd, verb), narrative: true });
    return;
  }
  // "Reed, who backed Marsh in May and said he would campaign": after an act joined by "and", the act's subject says
  // it, and that is the sentence's claim; the writer's own acts stay theirs.
  // Not an act of an earlier clause: "When asked whom she backed, Ms. Ode smiled and said" is Ms. Ode's.
  // "he spoke briefly before savaging Marsh": so does a participle the act's clause links by "before" or "after".
  const linked = at(tokens, i).lower.endsWith('ing') && ACT_THEN.has(at(tokens, i - 1).lower);
  const acted = joined || linked ? out.findLast((m) => m.sourceEnd <= verb.start && !FIRST_AND_SECOND_PERSON.has(wordAt(tokens, m.sourceStart)) && !newClauseBetween(tokens, m.cueEnd, i - 1)) : undefined;
  if (acted) {
    out.push(sourceMatch(acted, acted.sourceStart, acted.sourceEnd, acted.sourceStart, acted.sourceEnd, verb));
    return;
  }
  const subject = (joinedToClause(tokens, i) ? subordinateSubject(tokens, i, sentenceStart) : null) ?? clauseSubject(tokens, i, sentenceStart, start);
  let head = subject.length ? subject : describedSubject(tokens, start, i, verb);
  // "The Leeds farmer who first exposed the leak pleaded guilty, admitting": a relative clause the subject's phrase
  // cut short at its verb ("… who first") ends before its pronoun.
  const relative = head.findIndex((t, k) => k > 0 && RELATIVE_PRONOUNS.has(t.lower) && !t.capitalized);
  if (relative > 0 && head.length - relative <= 2) head = head.slice(0, relative);
  // "We'll start by noting": the writer, an attribution to annotators only.
  if (head.length === 1 && FIRST_AND_SECOND_PERSON.has(at(head, 0).lower.replace(CONTRACTION, ''))) {
    out.push(writerMatch(at(head, 0), verb));
    return;
  }
  // A description no lexicon knows is someone in view (describedSubject): the references stage decides whom.
  const cls = head.length ? (classifySource(head, sentenceStart) ?? (definiteDescription(head) ? NAMED_SOURCE : null)) : null;
  if (!cls) return;
  const match = sourceMatch(cls, at(head, 0).start, endOf(head), at(head, 0).start, endOf(head), verb);
  // "The doctor … and told him to rest": a participant telling someone, not an informant (as in matchSubject).
  if (cls.kind === 'anonymous-source' && AUDIENCE_VERBS.has(verb.lower) && !toldThePress(tokens, i)) match.narrative = true;
  // "More than 300 workers marched, demanding higher pay", "Dozens of owners queued, hoping to …": a counted crowd
  // doing the story's act, then a participle of what they want; the count is the claim to check, as with "drove
  // 5,000 growers to march".
  if (cls.kind === 'vague-attribution' && WANTING_PARTICIPLES.has(verb.lower) && at(tokens, i - 1).text === ',' && countedCrowd(head)) match.narrative = true;
  out.push(match);
}

/**
 * Whether a phrase opens with a verb in the past whose subject stands before it: after a comma, an auxiliary, a
 * relative pronoun or a noun the phrase stopped at ("The jobs report cheered growers"). Not an adjective ("the leaked
 * emails" keeps its article), nor a participle before its agent or a time ("polled by the Post", "polled Tuesday"),
 * nor a record put out or a message sent, whose words are its sender's ("released a video showing", matchSubject).
 */
function opensWithPastVerb(tokens: readonly Token[], words: readonly Token[]): boolean {
  const verb = at(words, 0);
  const next = at(words, 1);
  if (verb.capitalized || !isPastForm(verb.lower) || COMPOUND_ADJECTIVE.test(verb.lower) || EVENTIVE.test(verb.lower) || MESSAGED.has(verb.lower) || PUT_OUT.has(verb.lower)) return false;
  if (PREPOSITIONS_AFTER_AN_OBJECT.has(next.lower) || WHEN_OPENERS.has(next.lower) || WHEN_WORDS.has(next.lower) || lexicon.MONTHS.has(next.lower)) return false;
  const before = at(tokens, tokenIndex(tokens, verb) - 1);
  if (before.text === ',' || AUXILIARIES.has(before.lower) || RELATIVE_PRONOUNS.has(before.lower)) return true;
  return isWord(before) && !before.capitalized && !ARTICLES.has(before.lower) && !POSSESSIVES.has(before.lower) && !JOINS_A_PHRASE.has(before.lower) && before.lower !== 'to' && !NUMBER_WORDS.has(before.lower) && !isLyAdverb(before.lower) && !isPastForm(before.lower);
}
const PUT_OUT = new Set(['issued', 'launched', 'unveiled', 'aired', 'ran', 'sent', 'circulated', 'distributed']);

/** Whether a crowd's phrase opens with its count: "More than 300 workers", "Dozens of owners", "About 200 farmers". */
function countedCrowd(words: readonly Token[]): boolean {
  let k = 0;
  while (k < words.length - 1 && APPROXIMATING.has(at(words, k).lower)) k++;
  const first = at(words, k);
  // The number words hold "dozens", "hundreds", "thousands" too: "Dozens of owners".
  return STARTS_WITH_NUMBER.test(first.text) || NUMBER_WORDS.has(first.lower);
}
// What a crowd does in wanting something, not in saying something is so.
// ("asking why", "calling it a sham", "protesting that" say something, and stay claims.)
const WANTING_PARTICIPLES = new Set(['demanding', 'hoping', 'urging', 'seeking', 'pleading', 'begging', 'chanting', 'waving', 'holding', 'carrying']);

/**
 * "The retired neurosurgeon gave no details, saying": a short definite description opening the clause, right before
 * its verb, says what a participle of saying goes on to, as it would before "said" (matchSubject).
 */
function describedSubject(tokens: readonly Token[], start: number, i: number, verb: Token): Token[] {
  // "…, saying nothing of it", "…, adding a tax": only with something said after it ("that", a quotation, a colon).
  const v = tokenIndex(tokens, verb);
  if (!SAYING_PARTICIPLES.has(verb.lower) || !tokens.slice(v + 1, v + 7).some((t) => t.lower === 'that' || t.text === ':' || OPENING_QUOTES.has(t.text))) return [];
  const k = CLAUSE_CONJUNCTIONS.has(at(tokens, start).lower) ? start + 1 : start;
  let end = k;
  while (end < i && end - k < 5 && isWord(at(tokens, end)) && !AUXILIARIES.has(at(tokens, end).lower) && !(end - k >= 2 && looksLikeVerb(at(tokens, end).lower))) end++;
  const words = tokens.slice(k, end);
  const next = at(tokens, end);
  // "The copy of a court ruling, announcing": a phrase cut short inside is no description.
  const whole = words.slice(1).every((w) => !ARTICLES.has(w.lower) && w.lower !== 'of' && !GAP_PREPOSITIONS.has(w.lower));
  return end < i && whole && (AUXILIARIES.has(next.lower) || looksLikeVerb(next.lower)) && definiteDescription(words) ? words : [];
}

const IMPERSONAL = new Set(['it', 'there', 'this']);
/**
 * A noun that may end a verb's object: not an adverb, a verb, a preposition or a pronoun ("back to implying"), nor a
 * slogan held up ("held banners proclaiming"), which is no one's account.
 */
const endsAnObject = (t: Token): boolean =>
  isWord(t) && !DISPLAYS.has(t.lower) && !isLyAdverb(t.lower) && !looksLikeVerb(t.lower) && !JOINS_A_PHRASE.has(t.lower) && t.lower !== 'to' && !AUXILIARIES.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower);
/** Whether a comma before token `until` opens a clause with a subject of its own after offset `from`. */
function newClauseBetween(tokens: readonly Token[], from: number, until: number): boolean {
  for (let k = until - 1; k >= 0 && at(tokens, k).start >= from; k--) {
    if (at(tokens, k).text !== ',') continue;
    const next = at(tokens, k + 1);
    return isWord(next) && (next.capitalized || SUBJECT_PRONOUNS.has(next.lower)) && !CONJUNCTIONS.has(next.lower);
  }
  return false;
}

/**
 * The index of the word opening a clause of when or why ("when", "after", "because"; not "as") between the clause's
 * start and the verb at i, or -1; across commas only when `overCommas`, and never across other marks.
 */
function subordinatorBefore(tokens: readonly Token[], i: number, overCommas: boolean): number {
  const start = clauseStart(tokens, i);
  for (let k = i - 2; k > start; k--) {
    const t = at(tokens, k);
    if (!isWord(t) && !(overCommas && t.text === ',')) return -1;
    if (WHEN_CLAUSES.has(t.lower) && t.lower !== 'as') return k;
  }
  return -1;
}

/** Whether a subordinate clause ("when a man stood up") opens between the clause's start and the verb at i. */
function subordinateBefore(tokens: readonly Token[], i: number): boolean {
  const k = subordinatorBefore(tokens, i, false);
  // A clause has its own verb after its subject; "went before reporters to denounce" has a preposition's phrase.
  return k >= 0 && tokens.slice(k + 2, i - 1).some((w) => !w.capitalized && isPastForm(w.lower));
}

/**
 * "Ode left the hall when he lost the vote and later said…": a verb joined by "and" inside a clause of when or
 * why is said by that clause's subject pronoun, not by the sentence's subject.
 */
function subordinateSubject(tokens: readonly Token[], i: number, sentenceStart: number): Token[] | null {
  const k = subordinatorBefore(tokens, i, true);
  if (k < 0) return null;
  const subject = at(tokens, k + 1);
  if (SUBJECT_PRONOUNS.has(subject.lower)) return !FIRST_AND_SECOND_PERSON.has(subject.lower) && isWord(at(tokens, k + 2)) ? [subject] : null;
  // "The crowd cheered when Reed spotted a sign and said": a noun phrase too, after a word that only opens clauses
  // ("went after Ann Marsh … and called" has a preposition's object), with its own verb right after it.
  if (!CLAUSE_ONLY_SUBORDINATORS.has(at(tokens, k).lower)) return null;
  const phrase = openingSource(tokens, k + 1, i, sentenceStart).subject;
  const verb = at(tokens, k + 1 + phrase.length);
  return phrase.length && isWord(verb) && !verb.capitalized && (isPastForm(verb.lower) || AUXILIARIES.has(verb.lower)) ? phrase : null;
}
const CLAUSE_ONLY_SUBORDINATORS = new Set(['when', 'whenever', 'while', 'because']);

// Relative clauses are asides even with an auxiliary in them: "Waters, whose group has led the effort, predicted".
const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'whom', 'where', 'that']);
/**
 * Whether words set off between a subject and its verb make a clause of their own rather than an aside: an auxiliary
 * outside a relative clause or an "as" clause does ("Marsh, 75, has run the shelter…, called on"; but "Reed, who has
 * run it, said", "Reed, as he's known to friends, said").
 */
function clauseOfItsOwn(aside: readonly Token[]): boolean {
  // "A Vatican official, speaking on background because the talks are confidential, said": why the aside's act was done
  // is a clause inside the aside, as a relative clause is.
  const relative = at(aside, 0).lower === 'as' ? 0 : aside.findIndex((w, k) => ASIDE_OPENERS.has(w.lower) || (k > 0 && w.lower === 'because'));
  const before = relative < 0 ? aside : aside.slice(0, relative);
  // "The study, published in May, found": the month is no auxiliary.
  // "…, Trump insisted that he had won, claiming": a past verb of saying right before "that" makes a clause, not a
  // relative aside ("Reed, who said so, added" and "Marsh, a voter raised in Leeds, said" are asides).
  const sayingThat = relative > 1 && at(aside, relative).lower === 'that' && SPEECH_FORMS.has(at(aside, relative - 1).lower) && isPastForm(at(aside, relative - 1).lower) && !at(aside, relative - 1).capitalized;
  return sayingThat || before.some((w) => AUXILIARIES.has(w.lower) && !isCapitalModal(w, -1));
}
// Participles of a question put to the subject, which open an aside: "Reed, asked whether …, replied".
const ASKED_ASIDES = new Set(['asked', 'pressed', 'questioned', 'challenged']);
const ASIDE_MARKS = new Set([',', '—', '–', '--', '-']);
// Typed dashes, read as words, set asides off as '—' does.
const SPACED_DASHES = new Set(['--', '-']);
// A dateline's dash, typed or set, after a few words: "NEW YORK (Acme) —".
const DASHES = new Set([...SPACED_DASHES, '—', '–']);
const MAX_DATELINE_TOKENS = 8;
const MAX_ASIDES = 3;
// Lower-case words inside a name or a list of names: "Egypt and Jordan", "Bank of England".
const NAME_JOINERS = new Set(['and', 'of', 'the', 'for', 'de']);

/**
 * A subject set off by asides: "Lucas Paganini, a NASA planetary scientist who led the work, said",
 * "Ann Marsh, 58, who farms near Leeds, says", "Tom Reed — a teacher — says". Walks back one aside at a time
 * until the words before an aside name a source. The verb follows an aside mark.
 */
// Asides by which a crowd asks not to be named, which make it informants.
const ANONYMITY_ASKED_IN = new RegExp(String.raw`\b(?:${ANONYMITY_ASKED})\b`);
function matchAfterAside(context: VerbContext, lists = true): void {
  const { tokens, i, verb, sentenceStart, participle, out } = context;
  // "Ann Marsh, who lost her barn in Hull, Yorkshire, in 2009, said": a name opening the clause, then a
  // relative clause that runs to the verb, however many commas it holds.
  const named = nameBeforeAside(tokens, i, sentenceStart);
  if (named.length) {
    out.push(sourceMatch(NAMED_SOURCE, at(named, 0).start, endOf(named), at(named, 0).start, endOf(named), verb));
    return;
  }
  let close = i - 1; // the mark that ends the aside
  // An aside closed by a dash opened with one: "Tom Reed — a teacher, and a parent — says".
  const dashed = at(tokens, close).text !== ',';
  let inList = false;
  for (let asides = 0; asides < MAX_ASIDES; asides++) {
    let k = close - 1;
    // A spaced hyphen is read as a word, so it is looked for by its text.
    // Quotation marks and the marks inside them belong to the aside: 'The ad, titled "Unity?", concludes'.
    // Walking back from inside a quotation that closes after the aside's comma ("a man of “magic,” said").
    let inQuote = CLOSING_QUOTES.has(at(tokens, close + 1).text);
    const isMark = (t: Token) => (t.boundary || SPACED_DASHES.has(t.text)) && (!dashed || t.text !== ',') && !inQuote;
    for (; k >= 0 && close - k < 40; k--) {
      const t = at(tokens, k);
      if (QUOTE_MARKS.test(t.text) && (t.text.length === 1 || t.text === "''")) inQuote = !inQuote;
      else if (isMark(t)) break;
    }
    const open = at(tokens, k).text;
    if (!ASIDE_MARKS.has(open) || (dashed ? open === ',' : open !== ',')) {
      // A list that runs to the clause's opening was asides after all: "The growers, and families, say".
      if (inList) return matchAfterAside(context, false);
      // The walk may have started inside a quotation that closes before the verb: the clause is the verb's.
      if (participle && !dashed) matchClauseSubject(tokens, at(tokens, i).start === verb.start ? i : tokenIndex(tokens, verb), verb, sentenceStart, out);
      return;
    }
    const aside = tokens.slice(k + 1, close).filter(isWord);
    // "Ann Lee, secretary for housing, farmers, and transport, said": the items of a list that ends in ", and …," are
    // no asides of the item before them; the walk goes on past them to the phrase the list ends.
    const bare = (words: readonly Token[]) => words.every((w) => isWord(w) && !w.capitalized && !looksLikeVerb(w.lower) && !ARTICLES.has(w.lower) && !POSSESSIVES.has(w.lower));
    // The last item has an item of the same kind before it: "population, refugees, and migration", not "Reed, and others".
    const itemBefore = (end: number) => [end - 2, end - 3].some((c) => at(tokens, c).text === ',' && bare(tokens.slice(c + 1, end)));
    const listItem = lists && !dashed && aside.length > 0 && aside.length <= 3 && bare(aside) && (inList ? aside.length <= 2 : CONJUNCTIONS.has(at(aside, 0).lower) && itemBefore(k));
    if (listItem) {
      inList = true;
      close = k;
      continue;
    }
    // "Tom Reed, who, after trading barbs with Marsh, said": an aside right after "who" leaves the relative pronoun, and
    // the name it stands for, the subject.
    if (asides === 0 && at(tokens, k - 1).lower === 'who' && at(tokens, k - 2).text === ',') {
      const before = out.length;
      matchSubject({ ...context, i: k });
      // The finding is the name alone, as for any aside between a name and its verb.
      for (const m of out.slice(before)) Object.assign(m, { start: m.sourceStart, end: m.sourceEnd });
      return;
    }
    // ", after locating the car, said Lt. Ann Marsh": a clause of when or why is no aside of a subject.
    // But one set off after the phrase that opens the sentence leaves that phrase the subject: "Many growers, when
    // asked about the levy, said"; "“It is unfair,” the mayor, after a pause, said".
    const clauseAside = aside.length > 0 && WHEN_CLAUSES.has(at(aside, 0).lower);
    if (clauseAside && !(asides === 0 && opensTheSentence(tokens, k - 1))) return;
    // "Marsh, the fund's treasurer, has turned the offer down, noting": the clause's subject is noting.
    // "Reed, asked whether he would resign, replied": the question put to the subject has a clause of its own.
    const askedAside = aside.length > 0 && ASKED_ASIDES.has(at(aside, 0).lower);
    if (!clauseAside && !askedAside && clauseOfItsOwn(aside)) {
      if (asides === 0 && participle) matchClauseSubject(tokens, i, verb, sentenceStart, out);
      return;
    }
    let head = phraseBefore(tokens, k - 1);
    // "Officials in Leeds, England, speaking on condition of anonymity, said": a place set off after a place is where the
    // phrase before it is; the walk goes on to that phrase.
    if (!dashed && placeAfterPlaceAt(tokens, head, sentenceStart)) {
      close = k;
      continue;
    }
    // "The automaker, which is based in Leeds, says": a short definite description is someone in view, as it is right
    // before the verb; the references stage decides what it refers to.
    let cls = head.length ? (classifySource(head, sentenceStart) ?? (SPEECH_VERBS.has(verb.lower) && definiteDescription(head) ? NAMED_SOURCE : null)) : null;
    // "The company that runs the AMAs, Dick Clark Productions, denied": the aside may be the name itself, and a
    // name says more than a description ("Sweden's chief prosecutor, Eva Persson, said").
    const asideIsName = asides === 0 && aside.length > 0 && at(aside, 0).capitalized && aside.every((w) => w.capitalized || NAME_JOINERS.has(w.lower));
    // "Jeff Ode, president of Acme, a design agency, said": the description before the last aside describes a name;
    // so does one inside the relative clause of a description ("Tom Reed, a former aide who is now a fellow at Acme,
    // which …, said").
    // "Sen. Ann Marsh, facing a stiff race in Hull, a port city, said": a place inside the description is described.
    const placeInDescription = head.length > 0 && PLACE_PREPOSITIONS.has(at(tokens, tokenIndex(tokens, at(head, 0)) - 1).lower);
    const comma = head.length ? descriptionComma(tokens, tokenIndex(tokens, at(head, 0)) - 1) : -1;
    if (comma >= 0 && (cls?.kind !== 'named-source' || !at(head, 0).capitalized || placeInDescription)) {
      const named = phraseBefore(tokens, comma - 1);
      const opensClause = named.length > 0 && !isWord(at(tokens, tokenIndex(tokens, at(named, 0)) - 1));
      if (opensClause && !isOpeningAdverb(named) && named.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)) && classifySource(named, sentenceStart)?.kind === 'named-source') {
        head = named;
        cls = NAMED_SOURCE;
      }
    }
    // "in Greenbelt, Maryland, has confirmed": a name right after a name is where, not who.
    const placeAfterPlace = !dashed && aside.length === 1 && at(head, head.length - 1).capitalized;
    // "One, Tom Reed, said": one of a group, named, is the name; its capital only opens the sentence.
    const oneOfAGroup = head.length === 1 && UNNAMED_ONES.has(at(head, 0).lower);
    const preferAside = asideIsName ? (oneOfAGroup || !head.every((w) => w.capitalized)) && !placeAfterPlace : cls?.kind !== 'named-source';
    if (preferAside && asides === 0 && aside.length && at(aside, 0).capitalized && classifySource(aside, sentenceStart)?.kind === 'named-source') {
      out.push(sourceMatch(NAMED_SOURCE, at(aside, 0).start, endOf(aside), at(aside, 0).start, endOf(aside), verb));
      return;
    }
    if (cls) {
      const start = at(head, 0).start;
      // The asides describe the unnamed source, so they are part of the phrase and of its specificity; they may
      // make a crowd informants ("Growers, who were not authorized to comment on the levy, said").
      // "A Treasury source, however, said": a linking adverb set off describes no one.
      const linking = tokens.slice(k + 1, i - 1).filter(isWord);
      const described = linking.length === 1 && LINKING_ADVERBS.has(at(linking, 0).lower) ? [] : linking;
      const whole = cls.kind === 'named-source' ? null : classifySource([...head, ...described], sentenceStart);
      const asksAnonymity = ANONYMITY_ASKED_IN.test(lowersOf(described).join(' '));
      // "One, a nurse at the clinic, said", "Another, a teacher, said": one of a group, described alone, is that person.
      const oneDescribed = cls.kind === 'vague-attribution' && oneOfAGroup && classifySource(described, sentenceStart)?.kind === 'anonymous-source';
      const informants = cls.kind === 'vague-attribution' && ((whole?.kind === 'anonymous-source' && asksAnonymity) || oneDescribed);
      // "A survey, carried out for the Daily Telegraph, put…", "A study, by Pew, found": an aside saying who made,
      // ran or published a record names it.
      if (cls.kind === 'vague-attribution' && whole?.kind === 'named-source' && RECORDS.has(at(head, head.length - 1).lower) && madeBy(described)) {
        out.push(sourceMatch(NAMED_SOURCE, start, endOf(described), start, endOf(described), verb));
        return;
      }
      // "A company spokesman, who asked not to be named, said": even for a named body, a speaker who asks not to be
      // named is anonymous (guide); a name itself stays one.
      const unnamedSpeaker = cls.kind === 'named-source' && asksAnonymity && !head.every((w) => w.capitalized);
      if (cls.kind !== 'anonymous-source' && !informants && !unnamedSpeaker) {
        out.push(sourceMatch(cls, start, endOf(head), start, endOf(head), verb));
        return;
      }
      const end = endOf(described.length ? described : head);
      out.push(sourceMatch({ kind: 'anonymous-source', specificity: whole?.specificity ?? cls.specificity }, start, end, start, end, verb));
      return;
    }
    if (dashed) return;
    close = k;
  }
}

const LINKING_ADVERBS = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'moreover', 'nonetheless', 'nevertheless', 'indeed', 'then', 'still', 'separately', 'likewise']);

/** An aside that says who made a record: "by Pew", "carried out for the Daily Telegraph", "published by the Lancet". */
function madeBy(aside: readonly Token[]): boolean {
  const by = aside.findIndex((w) => MAKERS.has(w.lower));
  return by >= 0 && by <= 2 && (by === 0 || /ed$|^(?:done|run|carried out|led)$/.test(lowersOf(aside.slice(0, by)).join(' '))) && (at(aside, by + 1).lower === 'the' || aside.slice(by + 1, by + 3).some((w) => w.capitalized));
}
const MAKERS = new Set(['by', 'for', 'from']);

/**
 * "dismissed as “nonsense” by a spokesman", "was branded as reckless by critics": what the participle calls its object
 * may stand between it and its agent. The index of "by", or -1.
 */
function byAfterAs(tokens: readonly Token[], i: number): number {
  if (at(tokens, i + 1).lower !== 'as') return -1;
  for (let k = i + 2; k <= i + 8; k++) {
    const t = at(tokens, k);
    if (t.lower === 'by') return k > i + 2 ? k : -1;
    if (!isWord(t) && !QUOTE_MARKS.test(t.text)) return -1;
  }
  return -1;
}

/** Whether the phrase ending at j opens its sentence, or the tag after a quotation that does ("“…,” the mayor"). */
function opensTheSentence(tokens: readonly Token[], j: number): boolean {
  const phrase = phraseBefore(tokens, j);
  if (!phrase.length) return false;
  const first = tokenIndex(tokens, at(phrase, 0));
  // The comma closing the quotation stands inside its mark or after it: "unfair,” the mayor", "unfair”, the mayor".
  return first === 0 || closesAfterComma(tokens, first - 1) || (at(tokens, first - 1).text === ',' && CLOSING_QUOTES.has(at(tokens, first - 2).text));
}

/** "Later, two growers, both from Leeds, said", "Nearby, …": an adverb opening the sentence is no name. */
const isOpeningAdverb = (words: readonly Token[]): boolean =>
  words.length === 1 && (OPENING_ADVERBS.has(at(words, 0).lower) || isLyAdverb(at(words, 0).lower));

/**
 * The comma that opens the description whose last word is at j: the comma at j itself, or one a few words back when
 * the description runs on in a relative clause ("a former aide who is now") or to a place ("facing a race in");
 * -1 for none.
 */
function descriptionComma(tokens: readonly Token[], j: number): number {
  if (at(tokens, j).text === ',') return j;
  let m = j;
  while (m > 0 && isWord(at(tokens, m)) && j - m < 10) m--;
  return at(tokens, m).text === ',' && (PLACE_PREPOSITIONS.has(at(tokens, j).lower) || tokens.slice(m + 1, j + 1).some((w) => w.lower === 'who')) ? m : -1;
}
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside']);
/**
 * Whether `head` is a capitalised word or two set off after a source's phrase that ends in a place: "officials in
 * Chappaqua, N.Y.", the phrase opening its clause. Not after one of when or where: "In May, Tom Reed".
 */
function placeAfterPlaceAt(tokens: readonly Token[], head: readonly Token[], sentenceStart: number): boolean {
  if (!head.length || head.length > 2 || !head.every((w) => w.capitalized)) return false;
  // A state's or a nation's name, or an abbreviation ("N.Y.", "Yorks."): not a person set beside a place ("One
  // shopkeeper in Hull, Ann Marsh, speaking by phone, said").
  const place = lowersOf(head).join(' ');
  if (!REGIONS.has(place) && !(head.length === 1 && at(head, 0).text.endsWith('.'))) return false;
  const comma = tokenIndex(tokens, at(head, 0)) - 1;
  if (at(tokens, comma).text !== ',') return false;
  let m = comma - 1;
  while (m > 0 && at(tokens, m).capitalized && comma - m <= 3) m--;
  if (m === comma - 1 || !PLACE_PREPOSITIONS.has(at(tokens, m).lower)) return false;
  let open = m;
  while (open > 0 && isWord(at(tokens, open - 1)) && comma - open < 16) open--;
  return (open === 0 || !isWord(at(tokens, open - 1))) && classifySource(tokens.slice(open, comma), sentenceStart) !== null;
}

// Participles of being sought out for comment: "Voters interviewed at the rally said", "Economists surveyed by Acme".
const CONTACTED = new Set(['interviewed', 'surveyed', 'polled', 'questioned', 'contacted', 'consulted', 'canvassed', 'reached', 'asked', 'quoted']);
// The writer's own contact in a relative clause with no "who": "People I spoke to said", "farmers we've talked with".
const WRITER_CONTACT = new Set(['spoke', 'spoken', 'talked', 'interviewed', 'met', 'asked', 'surveyed', 'contacted', 'consulted', 'reached', 'polled', 'heard']);
const WRITER = /^(?:i|we)(?:['’](?:ve|d))?$/;
const WRITER_AUXILIARIES = new Set(['have', 'had']);

/** At k, "including Mr. Ode," set off by commas before the verb at i: the index after its closing comma, or k. */
function skipIncluding(tokens: readonly Token[], k: number, i: number): number {
  if (at(tokens, k).text !== ',' || at(tokens, k + 1).lower !== 'including') return k;
  for (let m = k + 2; m < i && m - k < 12; m++) if (at(tokens, m).text === ',') return m + 1 === i ? m + 1 : k;
  return k;
}

/**
 * "Growers trying to win back the market in spring say", "Farmers living near the river said": an unnamed source
 * opening the clause of the verb at i, with the phrase of the participle right after it, which runs to the verb.
 * So are people sought out for comment ("Voters interviewed at the rally, including Ann Marsh, said") and the
 * writer's own interviewees ("Several growers I've spoken with this month said").
 */
function matchDescribedSubject(tokens: readonly Token[], i: number, verb: Token, sentenceStart: number, out: SourceMatch[]): void {
  const k = subjectStart(tokens, i);
  let { subject } = openingSource(tokens, k, i, sentenceStart);
  // "Analysts who …": the relative pronoun opens what describes them.
  if (subject.length > 1 && at(subject, subject.length - 1).lower === 'who') subject = subject.slice(0, -1);
  // "many local growers interviewed": a quantifier's noun may come a few words on.
  if (subject.length === 1 && VAGUE_DETERMINERS.has(at(subject, 0).lower)) {
    const p = tokens.findIndex((t, m) => m > k && m <= k + 4 && (CONTACTED.has(t.lower) || t.lower.endsWith('ing')));
    const longer = tokens.slice(k, p);
    if (p > 0 && longer.every((t) => isWord(t) && !looksLikeVerb(t.lower) && !NOT_AN_OPENING.has(t.lower)) && classifySource(longer, sentenceStart)) subject = longer;
  }
  const participle = at(tokens, k + subject.length);
  const writerAux = WRITER_AUXILIARIES.has(at(tokens, k + subject.length + 1).lower) ? 1 : 0;
  const writerContact = WRITER.test(participle.lower) && WRITER_CONTACT.has(at(tokens, k + subject.length + 1 + writerAux).lower);
  if (!subject.length || !isWord(participle) || (participle.capitalized && !writerContact) || i - k > 24) return;
  const contacted = writerContact || CONTACTED.has(participle.lower);
  // "Analysts who predicted that the bank would fail say": a relative clause with a clause of its own, read whole.
  // So is one opened by "that" after a person ("A neighbor that lives nearby said").
  const personThat = participle.lower === 'that' && (isPersonRole(at(subject, subject.length - 1).lower) || lexicon.isPersonNoun(at(subject, subject.length - 1).lower)) && isWord(at(tokens, k + subject.length + 1)) && !at(tokens, k + subject.length + 1).capitalized && !SUBJECT_PRONOUNS.has(at(tokens, k + subject.length + 1).lower);
  const described = participle.lower === 'who' || personThat;
  // "Patients treated at the clinic said", "Workers laid off at the plant say": a past participle whose place or
  // cause follows at once describes the people; it is no verb of theirs, as the verb at i is.
  const passive = !participle.capitalized && isPastForm(participle.lower) && PLACED_BY.has(at(tokens, k + subject.length + (CUE_PARTICLES.has(at(tokens, k + subject.length + 1).lower) ? 2 : 1)).lower);
  if (!contacted && !participle.lower.endsWith('ing') && !described && !passive) return;
  // Auxiliaries only right before the verb: "Councillors backing the levy have said".
  let verbAt = i;
  while (verbAt - 1 > k + subject.length && AUXILIARIES.has(at(tokens, verbAt - 1).lower)) verbAt--;
  // "Officials who said last year that … now say", "…, for instance, said": what stands between a relative clause and
  // its verb is no part of the source.
  if (described) verbAt = skipBetween(tokens, verbAt - 1) + 1;
  for (let m = k + subject.length; m < verbAt; m++) {
    const skipped = contacted ? skipIncluding(tokens, m, verbAt) : m;
    if (skipped > m) m = skipped - 1;
    else if (!isWord(at(tokens, m)) || (AUXILIARIES.has(at(tokens, m).lower) && !described && !(writerContact && m === k + subject.length + 1))) return;
  }
  // People described by what they are doing: a crowd or someone unnamed; a name only by the side it takes
  // ("Leeds Labour councillors backing the levy said") or as the one sought out ("Acme staff interviewed by Reed said").
  const cls = classifySource(subject, sentenceStart);
  // A name with a relative clause has its comma ("Reed, who …"); without one the capital opens something else.
  const namedWho = described && subject.some((w) => w.capitalized && w.start !== sentenceStart);
  if (!cls || (cls.kind === 'named-source' && (namedWho || (!described && !contacted && !TAKING_SIDES.has(participle.lower))))) return;
  const start = at(subject, 0).start;
  const end = endOf(tokens.slice(k, verbAt).filter(isWord));
  out.push(sourceMatch(cls, start, end, start, end, verb));
}

/** Whether the phrase ending at token j is a medium after "in": "in a letter", "in an interview". */
function isMedium(tokens: readonly Token[], j: number, words: readonly Token[]): boolean {
  if (!words.length || !MEDIA.has(at(words, words.length - 1).lower)) return false;
  let k = j;
  while (k > 0 && at(tokens, k).start > at(words, 0).start) k--;
  return at(tokens, k - 1).lower === 'in';
}

// Words that open an aside and never a subject: a relative pronoun, a preposition, a clause of when, a participle
// of being reached ("Marsh, during a town hall in Hull, Yorkshire, said", "Reed's office, when contacted, said").
const ASIDE_STARTS = new Set(['who', 'whose', 'which', 'where', 'as', 'during', 'in', 'at', 'on', 'of', 'from', 'after', 'before', 'when', 'while', 'speaking', 'like', 'unlike', 'with', 'for', 'since', 'despite', 'amid', 'asked', 'contacted', 'reached', 'interviewed']);

/**
 * A name opening the clause of the verb at i, set off by an aside that runs to the verb however many commas it
 * holds: "Ann Marsh, who lost her barn in Hull, Yorkshire, in 2009, said", "Tom Reed, 22, of Leeds, Ala., said",
 * "The mayor's office, when contacted, said", "Reed — who has been in a row with the council for weeks — said".
 */
function nameBeforeAside(tokens: readonly Token[], i: number, sentenceStart: number): Token[] {
  const mark = at(tokens, i - 1).text;
  let k: number;
  let open: number;
  if (mark === ',') {
    k = subjectStart(tokens, i);
    open = commaFrom(tokens, k, i - 1);
  } else {
    // A dash closes the aside a dash opened.
    open = i - 2;
    while (open > 0 && i - open < 40 && at(tokens, open).text !== mark && !at(tokens, open).endsSentence) open--;
    if (at(tokens, open).text !== mark) return [];
    k = subjectStart(tokens, open);
  }
  if (open >= i - 1 || open - k < 1 || open - k > 6) return [];
  const opener = at(tokens, open + 1);
  if (!ASIDE_STARTS.has(opener.lower) && !STARTS_WITH_NUMBER.test(opener.text)) return [];
  const aside = tokens.slice(open + 1, i - 1);
  if (clauseOfItsOwn(aside)) return [];
  const words = withoutOpeningWhen(tokens.slice(k, open));
  if (NOT_AN_OPENING.has(at(words, 0).lower)) return []; // "At Acme Park, where it costs…, she suggested"
  if (isOpeningAdverb(words)) return [];
  // A name, or what a name owns ("Reed's office").
  if (!words.every((w, n) => isWord(w) && (w.capitalized || POSSESSIVE.test(w.lower) || NAME_JOINERS.has(w.lower) || (n > 0 && isPossessive(at(words, n - 1)))))) return [];
  return classifySource(words, sentenceStart)?.kind === 'named-source' ? words : [];
}

/**
 * "the words he has been repeating for years", "the first thing they found out": a pronoun right after a noun
 * opens a relative clause whose object is that noun, and its verb has nothing after it to report.
 */
function objectRelative(tokens: readonly Token[], words: readonly Token[], i: number): boolean {
  const pronoun = words.length === 1 && SUBJECT_PRONOUNS.has(at(words, 0).lower);
  // "songs that Marsh wrote in college", "nine things Reed said about": a name as the relative clause's subject,
  // which the phrase before the verb may have read together with the noun it follows.
  let first = words.length;
  while (first > 0 && words.length - first < 3 && at(words, first - 1).capitalized) first--;
  // Not a name's particle before it: "des Roches says".
  const name = first < words.length && (first === 0 || (isPluralNoun(at(words, first - 1)) && at(words, first - 1).lower.length > 3));
  if (!pronoun && !name) return false;
  let head = at(tokens, tokenIndex(tokens, at(words, pronoun ? 0 : first)) - 1);
  const next = at(tokens, i + 1);
  const nothingAfter = !isWord(next) || next.lower === 'out' || (NOT_AN_OPENING.has(next.lower) && !CONJUNCTIONS.has(next.lower));
  if (!nothingAfter) return false;
  // "that" after a noun opens its relative clause; after a verb ("said that Marsh wrote") it opens what was said.
  if (name && (head.lower === 'that' || head.lower === 'which')) head = at(tokens, tokenIndex(tokens, head) - 1);
  else if (name && !isPluralNoun(head)) return false;
  return isWord(head) && !head.capitalized && isLetters(head.lower, 0, head.lower.length) && !CLAUSE_WORDS.has(head.lower) && !CLAUSE_CONJUNCTIONS.has(head.lower) && !CLAUSE_OPENERS.has(head.lower) && !NOT_AN_OPENING.has(head.lower) && !looksLikeVerb(head.lower) && !AUXILIARIES.has(head.lower);
}

const OBJECT_RELATIVES = new Set(['which', 'whom', 'what', 'that', 'who']);
const PASSIVE_BEFORE_AS = new Set(['seen', 'regarded', 'viewed', 'perceived', 'considered', 'known', 'identified', 'described', 'listed', 'labeled', 'labelled', 'branded', 'billed', 'characterized', 'characterised', 'portrayed']);
// What follows a describing past participle: where or by what ("treated at", "evacuated from", "hit by"), after a
// particle of a phrasal verb ("laid off at").
const PLACED_BY = new Set(['at', 'in', 'from', 'outside', 'near', 'inside', 'across', 'by', 'on', 'into', 'along', 'throughout']);
/**
 * Whether "questioned" at i has a thing as its object, its clause going on (not "staff questioned in a survey", "was
 * questioned by police", nor joined to a clause before: "attacked her and questioned …"): "questioned the Pentagon's
 * figures" voices a doubt, "questioned two men", "questioned the crew", "questioned the EPA about it" interview.
 */
function questionsAThing(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (!(ARTICLES.has(next.lower) || POSSESSIVES.has(next.lower) || DEMONSTRATIVES.has(next.lower) || isPossessive(next)) || joinedToClause(tokens, i)) return false;
  const head = objectHead(tokens, i);
  // A body questioned at a hearing is interviewed as its people are: "questioned the agency about the spill".
  return head !== undefined && !head.capitalized && !isPersonWord(head.lower) && !ON_RECORD_BODIES.has(head.lower);
}
/**
 * Whether a person or people are the object of the verb at i: "him", "Ann Marsh", "two men", "the crew", "a juror", "the
 * agency's chief scientist"; by the object's last word before a preposition, a clause or a stop ("expert warnings",
 * "Russian claims", "the endorsement on Twitter" are things), or a full name.
 */
function personObject(tokens: readonly Token[], i: number): boolean {
  if (PERSON_PRONOUN_OBJECTS.has(at(tokens, i + 1).lower)) return true;
  // A full name right after the verb, owning nothing after it ("dismissed Tom Reed", not "Tom Reed's claims").
  let e = i + 1;
  while (e < i + 5 && isWord(at(tokens, e)) && at(tokens, e).capitalized && !isPossessive(at(tokens, e))) e++;
  if (e - (i + 1) >= 2 && !isPossessive(at(tokens, e))) return true;
  const head = objectHead(tokens, i);
  return head !== undefined && !head.capitalized && isPersonWord(head.lower);
}
const PERSON_PRONOUN_OBJECTS = new Set(['him', 'them']);
/**
 * "dismissed Marsh as a dreamer", "dismissing her as a lightweight": "as" and what the object is called;
 * not "dismissed two aides as the scandal grew", whose "as" opens a clause with a verb of its own.
 */
function dismissedAsSomething(tokens: readonly Token[], i: number): boolean {
  const head = objectHead(tokens, i);
  const as = head ? tokenIndex(tokens, head) + 1 : i + 2;
  if (at(tokens, as).lower !== 'as') return false;
  if (SUBJECT_PRONOUNS.has(at(tokens, as + 1).lower)) return false;
  for (let k = as + 2; k <= as + 4 && isWord(at(tokens, k)); k++) if (AUXILIARIES.has(at(tokens, k).lower) || isPastForm(at(tokens, k).lower)) return false;
  return true;
}
/** Whether a word names a person or people ("juror", "aides", "crew"), not those whose views one dismisses ("critics"). */
const isPersonWord = (lower: string): boolean =>
  !VIEW_HOLDERS_OF_A_SIDE.has(lower) && (isPersonRole(lower) || lexicon.isCrowdOfPeople(lower) || lexicon.isPersonNoun(lower) || PEOPLE_AS_ONE.has(lower));
/** The last word of the object after the verb at i, before a preposition, a clause word or a stop, within five words. */
function objectHead(tokens: readonly Token[], i: number): Token | undefined {
  let head: Token | undefined;
  for (let k = i + 1; k <= i + 6; k++) {
    const t = at(tokens, k);
    // Quote marks inside the object ("questioned Reed's “values”") and a demonstrative opening it ("that ruling").
    if (QUOTE_MARKS.test(t.text)) continue;
    if (!isWord(t) || (isClauseWord(t) && !(k === i + 1 && DEMONSTRATIVES.has(t.lower))) || PREPOSITIONS_AFTER_AN_OBJECT.has(t.lower)) break;
    if (!isPossessive(t)) head = t;
  }
  return head;
}
const VIEW_HOLDERS_OF_A_SIDE = new Set(['critics', 'opponents', 'skeptics', 'sceptics', 'detractors', 'naysayers', 'doubters', 'accusers', 'rivals']);
const PREPOSITIONS_AFTER_AN_OBJECT = new Set(['on', 'in', 'at', 'of', 'for', 'with', 'by', 'from', 'as', 'to', 'over', 'about', 'after', 'before', 'during', 'among', 'against', 'between', 'within', 'under', 'amid', 'into', 'since', 'until', 'because']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
// Nouns for people taken together, and one who leads them: "the crew", "the head of the agency".
const PEOPLE_AS_ONE = new Set(['crew', 'crews', 'staff', 'head', 'heads', 'board', 'family', 'families', 'team', 'panel']);
// Acts by which a crowd voices a view: railing against, balking at, welcoming.
// ("attacked" is as often an assault; "deemed" a passive.)
const CROWD_VIEW_ACTS: ReadonlySet<string> = new Set(['rail', 'balk', 'welcome'].flatMap(inflect));
const TAKING_SIDES = new Set(['supporting', 'opposing', 'backing', 'favoring', 'favouring', 'endorsing']);
// Adverbs of time between a group and the side it takes: "159 delegates now supporting Reed".
const STILL_NOW = new Set(['now', 'still', 'already', 'also', 'once']);
/** "with" within a few words before k, in the same clause: "with two others …". */
function withBefore(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m >= 0 && m > k - 4 && isWord(at(tokens, m)); m--) if (at(tokens, m).lower === 'with') return true;
  return false;
}
// Participles by which something reaches someone: "documents leaked to the Hull Post", "figures given to the council".
const GIVEN_TO = new Set(['leaked', 'provided', 'given', 'sent', 'submitted', 'presented', 'shown', 'delivered', 'reported', 'supplied', 'handed', 'passed']);
/**
 * Whether `participle` and `preposition` make a description of the phrase before them: "compiled by", "leaked to",
 * "obtained by", "a photo taken by".
 */
const describes = (participle: string, preposition: string): boolean =>
  (preposition === 'by' && (BY_PARTICIPLES.has(participle) || HELD_BY_OUTLET.has(participle) || RECORD_PARTICIPLES.has(participle))) ||
  (preposition === 'to' && GIVEN_TO.has(participle)) ||
  // "A statement read to the court said", "a letter read outside court said".
  (participle === 'read' && (READ_BY.has(preposition) || READ_WHERE.has(preposition)));
/** "A video posted on Twitter shows": a participle right after a record says how it was put out, no claim of its own. */
const recordPutOut = (tokens: readonly Token[], j: number): boolean => putsOutRecord(at(tokens, j - 1).lower, at(tokens, j).lower);
/**
 * The record a participle of putting out follows, within the four words ending at k ("photos posted online"), or
 * one of releasing or seeing it within seven ("documents released under freedom of information law", "payroll
 * records seen by the Hull Post"); or -1.
 */
function putOutBefore(tokens: readonly Token[], k: number): number {
  for (let p = k; p > 0 && k - p <= 7 && isWord(at(tokens, p)); p--) {
    if (k - p <= 4 && recordPutOut(tokens, p)) return p - 1;
    if ((RECORD_PARTICIPLES.has(at(tokens, p).lower) || HELD_BY_OUTLET.has(at(tokens, p).lower)) && isRecordPutOut(at(tokens, p - 1).lower)) return p - 1;
  }
  return -1;
}
const ADMITTING = new Set(['admit', 'admits', 'admitted', 'admitting']);
const MORE_OR_FEWER = new Set(['more', 'fewer', 'hundreds', 'thousands', 'millions', 'dozens', 'scores']);
// What "admitting" follows when it is the verb, not a description of the noun before it ("the agency admitting them").
const BEFORE_AN_ACT = new Set(['by', 'of', 'for', 'from', 'without', 'with', 'in', 'on', 'after', 'before', 'while', 'about']);
// A plea's charges: "admitted 14 counts of fraud against pensioners".
const CHARGES = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses']);
/**
 * "The country admitted 250,000 refugees", "colleges admitting more foreign students", "doctors with admitting
 * privileges": letting people in, or the form before a noun it describes; owning up to something takes a clause, a
 * gerund or a noun of fault ("admitted that", "admitted voters were angry", "admitted lying", "admitted defeat",
 * "admitted 14 counts of theft").
 */
function letsPeopleIn(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i);
  if (!ADMITTING.has(verb.lower)) return false;
  const next = at(tokens, i + 1);
  if (next.lower === 'privileges') return true;
  const prev = at(tokens, i - 1);
  if (verb.lower === 'admitting' && isWord(prev) && !AUXILIARIES.has(prev.lower) && !BEFORE_AN_ACT.has(prev.lower)) return false;
  const counted = STARTS_WITH_NUMBER.test(next.text) || NUMBER_WORDS.has(next.lower) || MORE_OR_FEWER.has(next.lower);
  for (let k = i + 1; k <= i + (counted ? 8 : 1) && (isWord(at(tokens, k)) || at(tokens, k).text === ','); k++) {
    const t = at(tokens, k);
    if (CHARGES.has(t.lower) || (k > i + 1 && t.lower.endsWith('ing'))) return false;
    if (!isCrowdOfPeople(t.lower)) continue;
    // "admitted 40 residents had been overcharged": a clause with the people as its subject is what was admitted.
    const after = at(tokens, k + 1);
    return !(AUXILIARIES.has(after.lower) || (isWord(after) && looksLikeVerb(after.lower) && !after.capitalized));
  }
  return false;
}

// Participles by which a record is put out or taken: "polls released on Monday", "a poll taken last week".
const RECORD_PARTICIPLES = new Set(['released', 'published', 'conducted', 'taken', 'issued', 'compiled', 'analysed', 'analyzed', 'collected', 'gathered', 'filed']);
/**
 * The noun a participle and its agent or recipient describe, from the word before a verb at k: "documents" in
 * "documents leaked to the Hull Post show"; k itself when no such participle stands between.
 */
function describedHead(tokens: readonly Token[], k: number): number {
  // "Polls released on Monday show": the participle, its time stepped over, describes the noun before it.
  if (RECORD_PARTICIPLES.has(at(tokens, k).lower) && isWord(at(tokens, k - 1))) return k - 1;
  // "Photos posted online show", "videos shared on Telegram show": the record before how it was put out.
  const putOut = putOutBefore(tokens, k);
  if (putOut >= 0) return putOut;
  for (let p = k - 1; p > 0 && k - p <= 6 && isWord(at(tokens, p)); p--) {
    if (describes(at(tokens, p - 1).lower, at(tokens, p).lower)) return isWord(at(tokens, p - 2)) ? p - 2 : k;
  }
  return k;
}

/**
 * "Reports seen by Acme News suggest", "data compiled by the council show", "documents leaked to the Hull Post show":
 * an agent or a recipient after a participle that describes the subject is no subject; the phrase is the thing
 * described, with its participle and agent.
 */
function withParticipleHead(tokens: readonly Token[], words: Token[]): Token[] {
  const first = tokenIndex(tokens, at(words, 0));
  // The phrase may open with the preposition itself: "outside court" after "The letter read".
  const by = describes(at(tokens, first - 1).lower, at(words, 0).lower) ? first : first - 1;
  if (by === first) words = words.slice(1);
  if (!describes(at(tokens, by - 1).lower, at(tokens, by).lower) || !isWord(at(tokens, by - 2))) return words;
  const head = phraseBefore(tokens, by - 2);
  return head.length ? [...head, at(tokens, by - 1), at(tokens, by), ...words] : words;
}

// "the release of the audit, which found": the prepositions after an act, before the source the act was done to or by.
const OF_AN_ACT = new Set(['of', 'by', 'from']);
const WHO_CONTRACTED = /^who['’](?:s|d|ve)$/;
/** Whether the dash at k closes an aside: an odd number of dashes stands before it in the sentence. */
const closesDashAside = (tokens: readonly Token[], k: number): boolean => tokens.slice(0, k).filter((t) => DASHES.has(t.text)).length % 2 === 1;
const AFTER_A_PROGRESSIVE = new Set(['that', 'for']);
const TAKING = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const QUARRELS = new Set(['arguing', 'fighting', 'bickering', 'quarrelling', 'quarreling', 'squabbling', 'talking', 'chatting', 'shouting', 'yelling', 'screaming']);
/** Whether a progressive after "to be" at i has something said after it, as a quarrel ("arguing outside the bar") has not. */
const progressiveSaysSomething = (tokens: readonly Token[], i: number): boolean =>
  AFTER_A_PROGRESSIVE.has(at(tokens, i + 1).lower) || introducesContent(tokens, i, QUOTATION_OPENERS) || bareClause(tokens, i) || (!QUARRELS.has(at(tokens, i).lower) && isWord(at(tokens, i + 1)) && !PARTICIPLE_CUTS.has(at(tokens, i + 1).lower) && !isLyAdverb(at(tokens, i + 1).lower));
/** The usual order: "John Kirby said", "officials have also warned", "an insider told the outlet". */
function matchSubject({ tokens, i, verb, sentenceStart, isTold, participle, out }: VerbContext): void {
  // "“…,” Will said.", "“…,” Long said.": one capitalised word between a quotation's close and a verb of saying is
  // the speaker's name, whatever else the word can be.
  const tag = at(tokens, i - 1);
  if (SPEECH_VERBS.has(verb.lower) && tag.capitalized && !SUBJECT_PRONOUNS.has(tag.lower) && closesAfterComma(tokens, i - 2)) {
    out.push(namedMatch(verb, [tag]));
    return;
  }
  // "leads among older growers and those calling themselves moderates": a participle right after "those" says
  // which people, as "those who call themselves" would; it has no subject before it.
  if (participle && at(tokens, i - 1).lower === 'those') return;
  let j = skipBetween(tokens, i - 1);
  // "Reed continues to insist", "Marsh seemed to indicate", "he began dismissing": the subject of the verb before is
  // the speaker. Not "began charging fees", "kept asking them to": with an -ing form, only a claim's form counts.
  // "Many growers seem to be hoping for a rescue", "Reed appears to be arguing that", "Experts seem to be predicting a
  // mild winter": a progressive after "to be" is the verb's own, with what it says after it ("the two men appeared to
  // be arguing outside" is a quarrel).
  const toBe = participle && at(tokens, i - 1).lower === 'be' && at(tokens, i - 2).lower === 'to' && progressiveSaysSomething(tokens, i) ? i - 3 : -1;
  // "Reed has taken to saying", "growers took to calling it a tax": a habit taken up, the saying its subject's.
  const takenTo = participle && at(tokens, i - 1).lower === 'to' && TAKING.has(at(tokens, i - 2).lower);
  const catenative = toBe >= 0 ? toBe : at(tokens, j).lower === 'to' && j === i - 1 && !takenTo ? i - 2 : participle ? (takenTo ? i - 2 : i - 1) : -1;
  if (catenative >= 0 && (lendsSubject(tokens, catenative, i) || takenTo) && progressiveOfItsSubject(tokens, catenative) && (toBe >= 0 || !participle || verb.lower === 'saying' || SUBJECT_PRONOUNS.has(at(tokens, i + 1).lower) || bareClause(tokens, i) || (isWord(at(tokens, i + 1)) && introducesContent(tokens, i, QUOTATION_OPENERS)))) {
    j = skipBetween(tokens, catenative - 1);
  }
  // "would force growers to admit", "the second grower from Leeds to endorse": the phrase before an infinitive is
  // another verb's object or a description, none that says anything.
  // "People I spoke to said": a preposition after the writer's contact, no infinitive.
  if (at(tokens, j).lower === 'to' && j === i - 1 && !WRITER_CONTACT.has(at(tokens, j - 1).lower)) return;
  // "the source, who said…", "an article that claimed…": the relative pronoun stands for the phrase before it.
  // "growers, many of whom argue", "two farmers, both of whom told us": a part of the group before speaks for it.
  // Not a side taken: "growers, all of whom backed the levy" says which growers, as "who backed" would.
  const partOfGroup = at(tokens, j).lower === 'whom' && at(tokens, j - 1).lower === 'of' && GROUP_PARTS.test(at(tokens, j - 2).lower) && !SIDES.test(verb.lower);
  if (partOfGroup) j -= 2;
  // "Reed, who's argued for years": "who" with its auxiliary run in ("that's" is more often "that is" opening a clause).
  const whoContracted = WHO_CONTRACTED.test(at(tokens, j).lower);
  const relative = partOfGroup || whoContracted || RELATIVE_PRONOUNS.has(at(tokens, j).lower);
  // A person's relative clause ("critical of farmers who say"); "not ideal for a service that boasts" is a thing's.
  const personal = partOfGroup || whoContracted || at(tokens, j).lower === 'who';
  // "Reed, who said", "Reed — who said": a comma or a dash opens the clause after the phrase it describes; not a dash
  // that closes an aside ("candidates — like Reed — who say" are the candidates).
  const restrictive = at(tokens, j).lower === 'that' && at(tokens, j - 1).text !== ',';
  if (relative) j = at(tokens, j - 1).text === ',' || (DASHES.has(at(tokens, j - 1).text) && !closesDashAside(tokens, j - 1)) ? j - 2 : j - 1;
  let words = phraseBefore(tokens, j, relative);
  // After a perfect's participle the phrase is a verb's, not a noun's: "it has largely fallen out of favor with green
  // groups that once regarded it as clean" (the groups regarded it); "She has generally beaten Reed among older
  // voters, which describes much of the county" (a thing's clause about the clause, no one's claim).
  if (relative && !personal && words.length && !at(words, 0).capitalized) {
    let k = tokenIndex(tokens, at(words, 0)) - 1;
    if (isLyAdverb(at(tokens, k).lower)) k--;
    if (PERFECT_HAVE.has(at(tokens, k).lower)) {
      const object = words.findLastIndex((w) => OPENING_PREPOSITIONS_OF_OBJECT.has(w.lower));
      if (!restrictive || object < 0 || object === words.length - 1) return;
      words = words.slice(object + 1);
    }
  }
  // "about the same number who said they would not": a count of those polled, who are no one's source.
  if (relative && AMOUNTS_OF_PEOPLE.has(words.at(-1)?.lower ?? '')) return;
  // "a nurse from Hove, East Sussex, who said": the county is the town's, and the town the nurse's (below).
  // So is a state after a town with no comma before the verb: "John Smith of Austin, Texas says".
  const stateOnly = !relative && words.length > 0 && REGIONS.has(lowersOf(words).join(' '));
  const home = personal || stateOnly ? homeBefore(tokens, j - words.length, words) : -1;
  if (home >= 0) {
    j = home;
    words = phraseBefore(tokens, j, relative);
  }
  if (!relative && words.length) words = withParticipleHead(tokens, words);
  if (personal) words = cutToRelativeHead(words);
  // "the release of the audit, which found", "a request by the Acme Post, which argued": a thing's relative clause
  // after an act done to or by a source is that source's, when the act itself is none.
  if (relative && !personal && words.length > 2 && !classifySource(words, sentenceStart)) {
    const k = words.findLastIndex((w, n) => n > 0 && OF_AN_ACT.has(w.lower));
    if (k > 0 && k < words.length - 1 && classifySource(words.slice(k + 1), sentenceStart)) words = words.slice(k + 1);
  }
  if (!participle && !relative) words = crowdOfObjectRelative(tokens, nameOfObjectRelative(tokens, words, i, sentenceStart), i);
  // "Reed is one of many critics who say", "Reed is one of several blaming Ode": the one is whoever stands before the
  // copula; the crowd after "of" is who says it.
  if (words.length > 2 && at(words, 0).lower === 'one' && at(words, 1).lower === 'of' && VAGUE_DETERMINERS.has(at(words, 2).lower) && PASSIVE_BE.has(at(tokens, tokenIndex(tokens, at(words, 0)) - 1).lower)) words = words.slice(2);
  // "Reed met farmers complaining about the levy": a past verb right after a name ends that clause; the people after it
  // are the participle's.
  if (participle && words.length > 2 && isPeoplePlural(at(words, words.length - 1).lower)) {
    // "Marsh emailed members saying", "the mayor texted aides urging": what the message said is the sender's.
    const sent = words.findIndex((w, n) => n > 0 && n < words.length - 1 && MESSAGED.has(w.lower));
    const past = words.findIndex((w, n) => n > 0 && n < words.length - 1 && !w.capitalized && (w.lower.endsWith('ed') || IRREGULAR_PASTS.has(w.lower)) && at(words, n - 1).capitalized);
    if (sent > 0 && MESSAGE_SAYING.has(verb.lower)) words = words.slice(0, sent);
    else if (past > 0) words = words.slice(past + 1);
  }
  // "The speech, which included Reed vowing", "the report cheered growers hoping", "…, remembered Tom claiming", "has
  // left half of growers saying": a phrase the walk back opened at a verb in the past is that verb with its object,
  // whose subject stood before it; the object is whom the participle describes. Not another verb with its own object
  // after it ("helped write a paper backing").
  if (participle && j === i - 1 && words.length > 1 && opensWithPastVerb(tokens, words)) {
    const object = words.slice(1);
    const opensVerb = object.length > 1 && !at(object, 0).capitalized && (ARTICLES.has(at(object, 1).lower) || POSSESSIVES.has(at(object, 1).lower));
    if (!opensVerb && classifySource(object, sentenceStart)) words = object;
  }
  // "said Tom Reed, a pollster who is now advising Acme", "Ann Marsh, the council's leader, who said": the
  // description the relative clause follows is a named person's, who is the one it speaks of. So when the comma that
  // would close the description is left out and the name opens the clause: "Ann Marsh, a teacher at the school told".
  const description = words.length > 0 && (INDEFINITE_ARTICLES.has(at(words, 0).lower) || at(words, 0).lower === 'the');
  const unclosed = description && !relative && !participle && at(tokens, i + 1).text !== ',' && at(tokens, j - words.length).text === ',';
  if ((personal || unclosed) && description && classifySource(words, sentenceStart)) {
    let k = tokenIndex(tokens, at(words, 0)) - 1;
    // "said Ann Marsh, 32, a former aide who said": an age set off between the name and its description.
    if (at(tokens, k).text === ',' && /^\d{1,3}$/.test(at(tokens, k - 1).text) && at(tokens, k - 2).text === ',') k -= 2;
    const before = at(tokens, k).text === ',' ? phraseBefore(tokens, k - 1) : [];
    // The name that ends the phrase before the comma: "… by Sen. Ann Marsh of Leeds".
    let from = before.length;
    while (from > 0 && (before[from - 1]!.capitalized || NAME_JOINERS.has(before[from - 1]!.lower))) from--;
    while (from < before.length && !before[from]!.capitalized) from++;
    const named = before.slice(from);
    // Not "After meeting Tom Reed, a senior official said": unclosed, a person's full name must open the sentence or
    // follow its opening phrase's comma; "Still,", "Last Monday,", "NEW YORK," open it as well.
    const fullName = () => {
      const n = tokenIndex(tokens, at(named, 0));
      const opens = at(named, 0).start === sentenceStart || at(tokens, n - 1).text === ',' || closesAfterComma(tokens, n - 1);
      return opens && named.length > 1 && !isDateline(named) && !named.some((w) => WHEN_WORDS.has(w.lower) || lexicon.MONTHS.has(w.lower));
    };
    if (named.length && (personal || fullName()) && classifySource(named, sentenceStart)?.kind === 'named-source') {
      // The name alone is the finding, as for any aside between a name and its verb.
      out.push(sourceMatch(NAMED_SOURCE, at(named, 0).start, endOf(named), at(named, 0).start, endOf(named), verb));
      return;
    }
  }
  // "and most recently defended", "most notably argued": a superlative adverb, not a crowd.
  if (words.length === 1 && SUPERLATIVES.has(at(words, 0).lower) && isLyAdverb(at(tokens, j + 1).lower)) return;
  // "a race with polls showing Reed ahead": a participle right after a phrase describes its last noun.
  if (participle && j === i - 1) {
    // "with three in 10 saying": "in" between numbers is a share, not a place.
    const isNumber = (w: Token | undefined) => w !== undefined && (STARTS_WITH_NUMBER.test(w.text) || NUMBER_WORDS.has(w.lower));
    // "with senior aides to Reed saying": whose aides they are belongs with them.
    const ofPeople = (w: Token, k: number) => PEOPLE_OF.has(w.lower) && k > 0 && k < words.length - 1 && (isPeoplePlural(at(words, k - 1).lower) || isPersonRole(at(words, k - 1).lower));
    const cut = words.findLastIndex((w, k) => PARTICIPLE_CUTS.has(w.lower) && !(w.lower === 'in' && isNumber(words[k - 1]) && isNumber(words[k + 1])) && !ofPeople(w, k));
    if (cut >= 0) words = words.slice(cut + 1);
  }
  // "In a letter calling for the meeting, Ann Marsh said": the document is the medium of whoever speaks in the
  // clause; it describes, it is no source of its own.
  const medium = (participle || verb.lower.endsWith('ed')) && j === i - 1 && isMedium(tokens, j, words);
  if (!words.length) {
    // "Ann Marsh, the council leader, has even likened": the aside sits before the auxiliaries.
    // So in the progressive: "Many growers, while loyal to Reed, are warning that".
    if (j < i - 1 && ASIDE_MARKS.has(at(tokens, j).text) && (!verb.lower.endsWith('ing') || PASSIVE_BE.has(at(tokens, i - 1).lower))) matchAfterAside({ tokens, i: j + 1, verb, sentenceStart, isTold, participle: false, out });
    // "People I spoke to said": the writer's clause ends the phrase before the verb; the subject opens the clause.
    if (!relative && !participle) matchDescribedSubject(tokens, i, verb, sentenceStart, out);
    return;
  }
  // The word right before the phrase: what opens it from outside.
  const opener = at(tokens, j - words.length);
  // "with some 12,000 visitors expected", "with Ode expected to hold his seat": after "with" a past form is
  // a passive participle, no one's view; not a feeling held ("with many worried that").
  let withAt = j - words.length;
  while (withAt > 0 && APPROXIMATING.has(at(tokens, withAt).lower)) withAt--;
  if (at(tokens, withAt).lower === 'with' && !relative && !participle && !HELD_IN_PASSIVE.has(verb.lower) && (verb.lower.endsWith('ed') || IRREGULAR_PASTS.has(verb.lower))) return;
  // "what people want to hear": a free relative is something said about a crowd, not a crowd saying it; but
  // "what bankers call a haircut", "how most economists viewed it" are theirs.
  // So is "what voters think of Reed": an opinion asked about, not said. "What many see as a betrayal" is their judgment.
  // Not as what is asked or decided: "buyers will choose what they see as cheap".
  const seenAs = SEEING.has(verb.lower) && at(tokens, i + 1).lower === 'as' && !ASKING_OR_DECIDING.has(at(tokens, j - words.length - 1).lower);
  const freeRelative = FREE_RELATIVES.has(opener.lower) && ((WEAK_COGNITION.has(verb.lower) && !seenAs) || (OPINION_OF.has(at(tokens, i + 1).lower) && COGNITIVE_VERBS.has(verb.lower)));
  // "it said" is a body speaking, "it found that" a study reporting; "it shows", "it would confirm", "it tells the
  // truth" are usually about a thing, as "it found its way" is.
  // "it reads, “…”": a sign or a message quoted.
  const reads = verb.lower === 'reads' || verb.lower === 'read';
  const itReads = reads && introducesContent(tokens, i, QUOTATION_OPENERS);
  // "a statement read to the court", "a letter read out by her lawyer": read by someone, a participle, not what it says.
  const readOut = verb.lower === 'read' && at(tokens, i + 1).lower === 'out' ? i + 2 : i + 1;
  // So is one read where it was heard ("read outside court", "read in court"); "read in part:" quotes it, and "read
  // on Monday that" says it.
  const readWhere = READ_WHERE.has(at(tokens, readOut).lower) && !READ_HOW.has(at(tokens, readOut + 1).lower) && !WHEN_WORDS.has(at(tokens, readOut + 1).lower);
  if (verb.lower === 'read' && (READ_BY.has(at(tokens, readOut).lower) || readWhere)) return;
  // "It accused the council of hiding the figures": only a body makes a charge, as only one says something.
  // Not "condemned", which a thing does too ("it condemned thousands to poverty").
  const itCharges = JOINED_CHARGES.test(verb.lower) && !verb.lower.startsWith('condemn');
  const itSpeaks = SPEECH_VERBS.has(verb.lower) || (IT_SPEAKS.has(verb.lower) && introducesContent(tokens, i));
  // "It called the offer an insult", "It called for talks": a verdict or a demand, which only a body makes. Not what
  // a thing needs, in the present ("It calls for 200g of flour"), nor "what it calls …", a term the sentence's own
  // subject is said to use, left as it was.
  const needs = verb.lower !== 'called' && (at(tokens, i + 1).lower === 'for' || at(tokens, i + 1).lower === 'on');
  const itCalls = verb.lower.startsWith('call') && !needs && !FREE_RELATIVES.has(at(tokens, i - 2).lower) && calledSomething(tokens, i);
  if (words.length === 1 && at(words, 0).lower === 'it' && !itReads && !itCharges && !itCalls && (!itSpeaks || (isTold && !toldThePress(tokens, i)))) return;
  // "a woman in a hat that read 'Reed Out'", "signs that read": a slogan worn or held up, no one's account; a
  // named body's sign ("one Leeds Department of Roads sign read") is the body's.
  if (reads && DISPLAYS.has(at(words, words.length - 1).lower) && !namedDisplay(words)) return;
  // "players seen as future captains", "a mayor who is regarded as fair": they are seen, they see nothing.
  // "two of the men listed as cooks", "a man described as a veteran": they are described, they describe nothing;
  // but "which he described as", "what critics described as": the phrase before is what they described.
  const objectFirst = OBJECT_RELATIVES.has(opener.lower);
  if (PASSIVE_BEFORE_AS.has(verb.lower) && at(tokens, i + 1).lower === 'as' && !objectFirst && !(at(words, words.length - 1).capitalized && at(words, words.length - 1).start !== sentenceStart) && !SUBJECT_PRONOUNS.has(at(words, words.length - 1).lower) && tokens.slice(j + 1, i).every((t) => isLyAdverb(t.lower))) return;
  const before = out.length;
  // "Councillors backing the levy said": the phrase is the side taken, the subject is before it.
  const sideTaken = TAKING_SIDES.has(opener.lower);
  // "the panel concluded that", "The county admitted it had lost the files", "…, the board concluded, the fees…": not "after
  // the interview concluded," (it ended) or "the country had admitted 1.4 million refugees" (let them in).
  const next = at(tokens, i + 1);
  const tagBetweenCommas = next.text === ',' && opener.text === ',';
  const sayingFollows = next.lower === 'that' || tagBetweenCommas || next.text === ':' || QUOTE_MARKS.test(next.text) || SUBJECT_PRONOUNS.has(next.lower) || (DESCRIBED_SPEAKING.has(verb.lower) && bareClause(tokens, i)) || thatAfterWhere(tokens, i);
  // "Bus fares to rise, report says": a headline's record with no article after a comma is "a report" (guide), as it is
  // opening a headline; no determiner was lost before it.
  // "Shopkeepers complain that", "Drivers fear": a capitalised plural opening the sentence, with a plural verb, is a
  // crowd; a surname like it takes the verb's "-s" ("Peters says").
  const crowdOpening = opensWithCrowd(words, sentenceStart) && pluralVerb(tokens, j, i) && classifySource(words, sentenceStart)?.kind === 'named-source';
  // "“…,” the miller sighed.": a tag after what was said makes a person's description someone in view too; not a
  // gathering's ("“Out!” the crowd yelled").
  const taggedPerson = tagsQuotationBefore(tokens, i) && lexicon.isPersonNoun(at(words, words.length - 1).lower);
  if (crowdOpening || (opener.text === ',' && isHeadlineRecord(words))) out.push(crowdMatch(words, verb));
  else if (!sideTaken) emit(out, words, sentenceStart, undefined, verb, (DESCRIBED_SPEAKING.has(verb.lower) && sayingFollows) || taggedPerson);
  if (out.length === before && !relative && !participle && !WEAK_COGNITION.has(verb.lower)) {
    // "Growers trying to win back the market say": a source opening the clause, described by a participle's phrase.
    matchDescribedSubject(tokens, i, verb, sentenceStart, out);
  }
  // "groups backing Reed", "voters opposing the plan": a stance right after a phrase says which people, not what they
  // claim; but "with two others opposing it" is theirs.
  const sides = participle && TAKING_SIDES.has(verb.lower) && tokens.slice(j + 1, i).every((t) => isLyAdverb(t.lower) || STILL_NOW.has(t.lower)) && !withBefore(tokens, j - words.length);
  if (freeRelative || medium || sides || objectRelative(tokens, words, i)) markNarrative(out, before);
  // "Most of those polled said", "4 in 10 say", "24 percent said": poll respondents no class names a source; "a majority
  // of members support" a crowd no class names either, whose view it is.
  const share = isShareOfPeople(words);
  // Not "a majority of those who said …", "a majority of those pledged delegates": the people are told after it.
  if (out.length === before && (share || (isUntoldMajority(words) && !DEMONSTRATIVES.has(at(words, words.length - 1).lower)))) {
    out.push({ ...sourceMatch({ kind: 'vague-attribution', specificity: undefined }, at(words, 0).start, endOf(words), at(words, 0).start, endOf(words), verb), narrative: share });
  }
  const added = out.slice(before);
  if (!isTold) return;
  if (added.some((m) => m.kind === 'anonymous-source') && !toldThePress(tokens, i)) {
    markNarrative(out, before); // "an officer told the girl": a participant, not an informant; "experts urged the council" is a view
    return;
  }
  // "Pentagon officials told reporters": unnamed people of a named body, informing the press, are anonymous (guide),
  // where the body speaking on the record ("State Department officials said") is named and a country's officials a crowd.
  if (!toldThePress(tokens, i)) return;
  const toReporters = toldReporters(tokens, i);
  for (const m of added) if (bodysInformants(tokens, m, toReporters)) Object.assign(m, { kind: 'anonymous-source', specificity: 'generic', start: m.sourceStart, end: m.sourceEnd });
}

/**
 * Whether the verb at i told the press in so many words, as a ministry by its kind needs ("told reporters", "told the
 * Hull Echo", "told the BBC"; not "told Parliament", nor "told the House", a chamber).
 */
function toldReporters(tokens: readonly Token[], i: number): boolean {
  const whom = at(tokens, i + 1).lower;
  if (REPORTERS.has(whom) || (ARTICLES.has(whom) && PRESS_NOUNS.has(at(tokens, i + 2).lower))) return true;
  let named = i + 2;
  while (named < i + 6 && at(tokens, named).capitalized) named++;
  return whom === 'the' && at(tokens, i + 2).capitalized && !tokens.slice(i + 2, named + 1).some((t) => CHAMBERS.has(t.lower));
}

// Lower-case words inside names: "Tom van Ode", "Ann el Marsh".
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'el', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'ibn', 'al', 'zu']);
// What follows a verb whose object is gone: the sentence's own verb ("… Reed opposed was dropped"), or a phrase of
// where, when or to whom ("… Reed filed in May", "… Reed conceded to the council"); not "by", after which a
// participle is passive ("the gap widened by the floods").
const AFTER_A_GAP = new Set([...AUXILIARIES, ...MODALS, 'then', 'not']);
const GAP_PREPOSITIONS = new Set(['to', 'in', 'on', 'at', 'for', 'from', 'with', 'as', 'about', 'during', 'before', 'after', 'over', 'into', 'against']);
/** Whether the verb at i has nothing after it that it says: no object, no "that", no quotation. */
function objectGone(tokens: readonly Token[], i: number): boolean {
  if (at(tokens, i).endsSentence) return true;
  const next = at(tokens, i + 1);
  if (!isWord(next)) return next.text === ';' || next.text === ')' || DASHES.has(next.text);
  if (AFTER_A_GAP.has(next.lower)) return true;
  if (!GAP_PREPOSITIONS.has(next.lower)) return false;
  // "declined to name": an infinitive is the verb's object.
  const after = at(tokens, i + 2);
  if (next.lower === 'to' && isWord(after) && !after.capitalized && !DETERMINERS_BEFORE_DEGREE.has(after.lower)) return false;
  // "announced on the floor that": what is said comes after the place.
  for (let k = i + 2; k < i + 10 && isWord(at(tokens, k)); k++) if (at(tokens, k).lower === 'that') return false;
  return true;
}

/**
 * "the clause of the levy Ann Marsh opposed was dropped", "a phrase Reed later echoed.", "a fact Marsh conceded to
 * the council": a name right after a thing's noun opens a relative clause with no "that" whose object is the
 * thing, so the verb has nothing after it. The name alone is who speaks. A person's or a body's noun describes the
 * name ("the editor Ann Marsh", "his son Tom"), and with an object or a clause after the verb the phrase is one
 * subject ("a terse Marsh agreed that").
 */
function nameOfObjectRelative(tokens: readonly Token[], words: Token[], i: number, sentenceStart: number): Token[] {
  if (words.length < 3) return words;
  let from = words.length;
  while (from > 0 && (at(words, from - 1).capitalized || (NAME_PARTICLES.has(at(words, from - 1).lower) && at(words, from - 2).capitalized))) from--;
  if (from < 2 || from === words.length) return words;
  const thing = at(words, from - 1);
  // "the 300 jobs Acme says it will cut": things in the plural before the name, and a clause after the verb whose
  // object they are.
  const things = /[^s']s$/.test(thing.lower) && SUBJECT_PRONOUNS.has(at(tokens, i + 1).lower);
  if (!objectGone(tokens, i) && !things) return words;
  // "…, a diplomat in Hull said.": a preposition before the name makes it where, not who.
  if (!/^[a-z]+$/.test(thing.text) || NAME_JOINERS.has(thing.lower) || NOT_AN_OPENING.has(thing.lower) || describesAName(thing.lower)) return words;
  // "“…,” the pitch on Acme says.": the quotation is what a tag's verb says.
  const before = at(tokens, tokenIndex(tokens, at(words, 0)) - 1);
  if (CLOSING_QUOTES.has(before.text)) return words;
  if (!words.slice(0, from - 1).some((w) => DETERMINERS_BEFORE_DEGREE.has(w.lower))) return words;
  const name = words.slice(from);
  return classifySource(name, sentenceStart)?.kind === 'named-source' ? name : words;
}

// Things a crowd is said to say, want or ask, as a relative clause's object: "the rules farmers say they hate".
const SAID_THINGS = new Set(['question', 'thing', 'idea', 'plan', 'point', 'argument', 'message', 'issue', 'policy', 'rule', 'word', 'phrase', 'term', 'claim', 'story', 'theory', 'line', 'kind', 'sort']);
/**
 * "the sorts of rules growers say they resent", "a question voters have begun to ask": a crowd right after a thing's
 * noun opens a relative clause with no "that" whose object is the thing, so the verb has nothing after it (or a
 * clause of what they say of it: "the rules farmers say they hate"). The crowd alone says it, as a name alone does
 * (above).
 */
function crowdOfObjectRelative(tokens: readonly Token[], words: Token[], i: number): Token[] {
  // "a move critics say will backfire", "something analysts say could fail": a verb with no subject after it
  // ("say will") marks the thing before the crowd as what its clause is about, whatever the thing.
  const subjectGone = isWord(at(tokens, i + 1)) && AFTER_A_GAP.has(at(tokens, i + 1).lower);
  if (words.length < (subjectGone ? 2 : 3)) return words;
  const crowd = at(words, words.length - 1);
  const thing = at(words, words.length - 2);
  if (!(isPeoplePlural(crowd.lower, !crowd.capitalized) || GROUP_PLURALS.has(crowd.lower)) || thing.capitalized || isPeoplePlural(thing.lower)) return words;
  const singular = thing.lower.replace(/s$/, '');
  // The thing alone after its determiner, and a noun: "the most hopeful growers doubt it will" keeps its words.
  const aThing = subjectGone && words.length === 3 && DETERMINERS_BEFORE_DEGREE.has(at(words, 0).lower) && !ADJECTIVE_LIKE.test(thing.lower);
  if (words.length === 2 ? !INDEFINITE_THINGS.has(thing.lower) : !SAID_THINGS.has(singular) && !aThing) return words;
  if (!objectGone(tokens, i) && !SUBJECT_PRONOUNS.has(at(tokens, i + 1).lower)) return words;
  return [crowd];
}

/** The tokens from `start` to `end`, marks included. */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && at(tokens, k).end <= end; k++) out.push(at(tokens, k));
  return out;
}

const INFORMANT_PLURALS = new Set(['officials', 'aides', 'staffers', 'advisers', 'advisors', 'employees', 'executives']);
/** "Pentagon officials", "Acme executives": capitalised words of a body, then its people, with no count or nation. */
const MINISTRIES = new Set(['ministry', 'department', 'agency', 'authority', 'office', 'directorate', 'commission', 'inspectorate']);
// What one ministry or department is of: "finance ministry", "Transport Authority"; not "government department".
const PORTFOLIOS = new Set(['finance', 'defence', 'defense', 'foreign', 'interior', 'justice', 'health', 'education', 'transport', 'housing', 'environment', 'trade', 'treasury', 'home', 'energy', 'agriculture', 'labour', 'labor', 'economy', 'culture', 'tax', 'revenue', 'immigration', 'border', 'state']);
const REPORTERS = new Set(['reporters', 'journalists']);
// Those someone confides in, from whom it reached the press: "told colleagues", "told friends".
const CONFIDANTS = new Set(['colleagues', 'friends', 'allies', 'associates', 'confidants', 'aides']);
const CHAMBERS = new Set(['house', 'commons', 'lords', 'senate', 'parliament', 'assembly', 'committee', 'council', 'court', 'inquiry', 'chamber', 'cabinet']);
// Words that open a kind of office, capitalised only when they open the sentence: "Government department officials".
const LEVELS_OF_GOVERNMENT = new Set(['government', 'regional', 'local', 'federal', 'national', 'city', 'county', 'district', 'aid', 'travel', 'area']);
function bodysInformants(tokens: readonly Token[], m: SourceMatch, toReporters: boolean): boolean {
  const words = tokensIn(tokens, m.sourceStart, m.sourceEnd);
  if (words.length < 2 || !INFORMANT_PLURALS.has(at(words, words.length - 1).lower)) return false;
  // "Top Pentagon officials", "senior White House aides": their rank is no part of the body.
  let rank = 0;
  while (rank < words.length - 2 && RANKS.has(at(words, rank).lower)) rank++;
  const body = words.slice(rank, -1);
  // The White House is a body, as the Pentagon is, though "White" alone describes people.
  if (lowersOf(body).join(' ') === 'white house') return true;
  // So is an administration, the government in office, briefing the press: "Administration officials told reporters",
  // "Biden administration officials told the Post" (where "some Biden administration officials" proposing are a crowd).
  if (toReporters && body.length <= 3 && at(body, body.length - 1).lower === 'administration' && body.every((w) => isWord(w) && !VAGUE_DETERMINERS.has(w.lower))) return true;
  // "Finance ministry officials", "British Transport Authority officials told reporters": a ministry, an agency or an
  // authority by its kind is one body too; not a government ("government officials", a country's crowd).
  const kind = at(body, body.length - 2);
  if (toReporters && MINISTRIES.has(at(body, body.length - 1).lower) && body.length <= 4 && (PORTFOLIOS.has(kind.lower) || (kind.capitalized && !LEVELS_OF_GOVERNMENT.has(kind.lower))) && body.every((w) => isWord(w) && !VAGUE_DETERMINERS.has(w.lower))) return true;
  // "FBI officials", where "Iraqi officials" are a country's: initials are no people's adjective.
  return body.every((w) => isWord(w) && w.capitalized && (INITIALS_ONLY.test(w.text) || !PEOPLE_ADJECTIVE_CAPITALS.test(w.lower)) && !NOT_A_NAME.has(w.lower));
}

const RANKS = new Set(['top', 'senior', 'high-ranking', 'high-level', 'junior', 'mid-level', 'veteran']);
/** "Shopkeepers …", "Growers …": one capitalised plural of people opening the sentence, which may be a crowd or a surname. */
const opensWithCrowd = (words: readonly Token[], sentenceStart: number): boolean =>
  words.length === 1 && at(words, 0).start === sentenceStart && isPeoplePlural(at(words, 0).lower) && !isNamedOffice(at(words, 0).lower);
/** The phrase as a crowd, the source of `verb`. */
const crowdMatch = (words: readonly Token[], verb: Token): SourceMatch => sourceMatch(VAGUE_ATTRIBUTION, at(words, 0).start, endOf(words), at(words, 0).start, endOf(words), verb);

const PREPOSITIONS_BEFORE_ADJECTIVES = new Set(['with', 'without', 'for', 'from', 'into']);
// Between "agreed" and "to" only when: "on Thursday", "in 2011", "late last year", "unanimously".
const AGREED_TO = /^(?:(?:on|in|at|last|late|early|this|next|earlier|later|finally|also|now|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|\d{4}|\p{L}+ly) ){0,3}to\b/u;
/**
 * "Reed agreed to meet the growers", "the court agreed on Monday to hear the case": a commitment to an act, which
 * annotators count as the subject's; only the past ("agrees to" is as often a condition: "unless the board agrees to it").
 */
function agreedToAct(tokens: readonly Token[], i: number): boolean {
  if (at(tokens, i).lower !== 'agreed') return false;
  let k = i + 1;
  while (k <= i + 4 && at(tokens, k).lower !== 'to' && isWord(at(tokens, k))) k++;
  const after = at(tokens, k + 1);
  return at(tokens, k).lower === 'to' && AGREED_TO.test(lowersOf(tokens.slice(i + 1, k + 1)).join(' ')) && isWord(after) && !after.capitalized && !ARTICLES.has(after.lower) && !POSSESSIVES.has(after.lower) && !NOUN_DETERMINERS.has(after.lower);
}
const AGREEMENTS = /^(?:a|an|the|his|her|their|its|new)? ?(?:\S+ )?(?:deal|contract|terms|fee|settlement|loan|transfer)\b/;
const BALLOTS = new Set(['vote', 'votes', 'ballot', 'ballots']);
/**
 * "cast their votes", "casting a ballot", "cast one of the no votes": voting, an act, not casting someone as
 * something; the ballot comes before any "on", "as" or "over" ("cast doubt on the vote").
 */
function castsAVote(tokens: readonly Token[], i: number): boolean {
  if (!/^cast(?:s|ing)?$/.test(at(tokens, i).lower)) return false;
  for (let k = i + 1; k <= i + 6 && isWord(at(tokens, k)) && !CAST_HOW.has(at(tokens, k).lower); k++) if (BALLOTS.has(at(tokens, k).lower)) return true;
  return false;
}
const CAST_HOW = new Set(['on', 'as', 'over', 'upon', 'into']);
const CAST_PEOPLE = new Set(['member', 'members', 'mate', 'mates', 'list']);
/** "her fellow cast members": the cast of a show, a noun before its members, casting nothing. */
const castOfAShow = (tokens: readonly Token[], i: number): boolean => at(tokens, i).lower === 'cast' && CAST_PEOPLE.has(at(tokens, i + 1).lower);
const NOUN_DETERMINERS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);
// Party and national adjectives ("Republican", "British"), as opposed to the other words no name is ("Monday", "US").
const PEOPLE_ADJECTIVE_CAPITALS = /(?:an|ic|ish|ese|ive|al|i)$/;
const INITIALS_ONLY = /^\p{Lu}{2,6}$/u;
const BE_BEFORE_PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', '’re', "'re", 'am']);
const LINKS_BEFORE_PARTICIPLE = new Set(['and', 'by', 'while', 'after', 'before', 'without', 'also']);
const MESSAGES_WARNING = new Set(['statement', 'statements', 'letter', 'letters', 'memo', 'memos', 'notice', 'notices', 'email', 'emails', 'report', 'reports', 'bulletin', 'advisory', 'release']);
/**
 * Whether the message whose head is at k was put out by the clause's subject ("issued a statement", "sent staff a
 * letter") or opens the clause itself ("A letter warning of cuts …"); not one received, found or ignored ("Acme ignored
 * a report", "the council received a letter", "the Post obtained an email").
 */
function messagePutOut(tokens: readonly Token[], k: number): boolean {
  let m = k - 1;
  while (m > k - 4 && isWord(at(tokens, m)) && !at(tokens, m).capitalized && !looksLikeVerb(at(tokens, m).lower) && !PUT_OUT_MESSAGES.has(at(tokens, m).lower)) m--;
  const verb = at(tokens, m);
  return !isWord(verb) || PUT_OUT_MESSAGES.has(verb.lower) || (verb.lower === 'out' && /^put/.test(at(tokens, m - 1).lower));
}
const PUT_OUT_MESSAGES = new Set(['issued', 'issues', 'issue', 'issuing', 'released', 'releases', 'release', 'releasing', 'sent', 'sends', 'send', 'sending', 'published', 'posted', 'circulated', 'distributed', 'wrote', 'writes', 'emailed', 'e-mailed', 'tweeted', 'filed', 'delivered', 'read', 'put']);
/** "Doctors are warning of a surge", "Reed quit, warning that": "warning" as a verb, after a form of "be" or opening a participle's clause; elsewhere a noun. */
function warningAsVerb(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isWord(at(tokens, k)) && (isLyAdverb(at(tokens, k).lower) || at(tokens, k).lower === 'now' || at(tokens, k).lower === 'also' || at(tokens, k).lower === 'still')) k--;
  const before = at(tokens, k);
  if (BE_BEFORE_PROGRESSIVE.has(before.lower) || /['’]re$/.test(before.lower)) return true;
  const thatOrOf = at(tokens, i + 1).lower === 'that' || at(tokens, i + 1).lower === 'of';
  if (LINKS_BEFORE_PARTICIPLE.has(before.lower) || (!isWord(before) && before.text !== '(')) return !nounLike(tokens, i) || thatOrOf;
  // "farmers warning that the levy will fail", "experts warning of a crash": people do the warning; so does a message
  // put out ("a statement warning of floods", "a letter warning that fees will rise"), not a label ("a health warning").
  return thatOrOf && k === i - 1 && (isPeoplePlural(before.lower) || (MESSAGES_WARNING.has(before.lower) && messagePutOut(tokens, k)));
}

// Words a count may open with ("records about 500 leaks"), and after "maintain" the words of a claim ("maintained that").
const ABOUT = new Set(['about', 'nearly', 'roughly', 'some', 'around', 'almost', 'over', 'more', 'up']);
/**
 * "Acme is recalling 40,000 cars", "recalled about 2 million airbags": a maker calling goods back, a count after it;
 * not a span of time remembered ("Reed recalled 20 years in the mines"). So is a body's batch ("the company recalled
 * the batch") and a headline's bare product ("Drugmaker recalls blood-pressure pills"); a person recalling the day,
 * or a tag after a quotation ("…,” Reed recalled last week."), says what they remember.
 */
function recallsGoods(tokens: readonly Token[], i: number): boolean {
  if (!/^recall(?:s|ed|ing)?$/.test(at(tokens, i).lower)) return false;
  let k = i + 1;
  if (ABOUT.has(at(tokens, k).lower)) k += at(tokens, k).lower === 'more' ? 2 : 1;
  while (k < i + 6 && isWord(at(tokens, k + 1)) && (STARTS_WITH_NUMBER.test(at(tokens, k + 1).text) || NUMBER_WORDS.has(at(tokens, k + 1).lower))) k++;
  if ((STARTS_WITH_NUMBER.test(at(tokens, k).text) || NUMBER_WORDS.has(at(tokens, k).lower)) && !TIME_UNITS.has(at(tokens, k + 1).lower)) return true;
  const prev = at(tokens, i - 1);
  const next = at(tokens, i + 1);
  if (ARTICLES.has(next.lower) || POSSESSIVES.has(next.lower)) return INSTITUTIONS.has(prev.lower);
  const bareProduct = isWord(next) && !next.capitalized && !CONTENT_CLAUSES.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower) && !NOT_AN_OBJECT.has(next.lower) && !RECALLED_OF.has(next.lower) && !/(?:ing|ly)$/.test(next.lower);
  return bareProduct && shortUnclosedLine(tokens) && !tokens.slice(0, i).some((t) => QUOTE_MARKS.test(t.text));
}
const MAINTAINED = new Set(['that', 'his', 'her', 'their', 'its', 'innocence']);
/**
 * "maintains the plan is sound": a verb of its own a few words on makes what follows a clause, not an object; not one
 * after "and" ("maintains the roads and will repair them"), which the subject shares.
 */
function clauseFollows(tokens: readonly Token[], i: number, reach = 6): boolean {
  for (let k = i + 2; k <= i + reach && isWord(at(tokens, k)); k++) if (AUXILIARIES.has(at(tokens, k).lower)) return !CONJUNCTIONS.has(at(tokens, k - 1).lower);
  return false;
}
/**
 * Whether "maintain" at i claims: "has long maintained that …", "maintained they were", "maintains the plan is sound",
 * "maintained his innocence"; "maintaining a common nuisance", "maintain the roads", "maintains a wide lead" are acts.
 * A clause's verb is looked for over four words: further on it is more often a clause's of its own ("maintained the
 * loyalty of members who felt ignored").
 */
function maintainsAClaim(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (SUBJECT_PRONOUNS.has(next.lower)) return true;
  if (!(MAINTAINED.has(next.lower) || !isWord(next) || clauseFollows(tokens, i))) return false;
  return introducesContent(tokens, i, QUOTATION_OPENERS) || clauseFollows(tokens, i, 4) || (POSSESSOR_PRONOUNS.has(next.lower) && at(tokens, i + 2).lower === 'innocence');
}

// "did claim", "does call": a verb's bare form after an emphatic "do".
const EMPHATIC_DO = new Set(['do', 'does', 'did']);
/** Whether a "do" stands between the subject ending at `subjectEnd` and the verb at i, and no "not". */
function emphaticDoBefore(tokens: readonly Token[], subjectEnd: number, i: number): boolean {
  const between = tokens.slice(subjectEnd + 1, i);
  return between.some((t) => EMPHATIC_DO.has(t.lower)) && !between.some(isNegation);
}
// Particles after "back" that make it a retreat: "backed off", "backing down".
const RETREATS = new Set(['off', 'down', 'away', 'out', 'into']);
// Verbs before "her say" that make "say" a noun: "had her say", "got their say".
const HAVING_A_SAY = /^(?:ha(?:ve|s|d|ving)|gets?|got|getting|given?|gave)$/;
/** Whether a word says whose the next noun is: "Spain's", "his", "their". */
const possessed = (t: Token): boolean => (isPossessive(t) && !CONTRACTED.test(t.lower)) || POSSESSOR_PRONOUNS.has(t.lower) || NOUN_DETERMINERS.has(t.lower);
const BEFORE_A_COMPOUND = new Set(['from', 'for', 'of', 'with', 'in', 'on', 'about', 'into', 'without', 'against', 'under', 'these', 'those', 'such', ...PLURAL_QUANTIFIERS]);
const AFTER_A_COMPOUND = new Set([',', '.', ';', ')', 'to', 'at', 'on', 'in', 'of', 'for', 'from', 'against', 'about', 'and', 'or', 'each', 'every', ...MODALS]);
/** Whether the noun-like form at i ("reports", "claims") is the head of a compound noun: "from crop reports, so". */
function compoundNoun(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i);
  const prev = at(tokens, i - 1);
  if (!NOUN_LIKE.has(verb.lower) || !verb.lower.endsWith('s') || !isWord(prev) || prev.capitalized || !isWord(at(tokens, i - 2))) return false;
  return BEFORE_A_COMPOUND.has(at(tokens, i - 2).lower) && AFTER_A_COMPOUND.has(at(tokens, i + 1).lower);
}
/** "Reed and Lee claim", "The book and the film blame": two joined by "and" make a plural, within a short phrase. */
function joinedSubject(tokens: readonly Token[], subjectAt: number): boolean {
  for (let k = subjectAt - 1; k > subjectAt - 5 && k > 0; k--) {
    const t = at(tokens, k);
    if (!isWord(t) || AUXILIARIES.has(t.lower) || (!t.capitalized && looksLikeVerb(t.lower))) return false;
    if (t.lower === 'and') return isWord(at(tokens, k - 1)) && (at(tokens, k - 1).capitalized || isWord(at(tokens, k + 1)) && ARTICLES.has(at(tokens, k + 1).lower));
  }
  return false;
}
/** Whether the subject of a passive "claimed", past its auxiliaries, is a thing won: "The seat might be claimed by". */
function claimedThingBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 5 && isWord(at(tokens, k)) && (PASSIVE_BE.has(at(tokens, k).lower) || MODALS.has(at(tokens, k).lower) || PASSIVE_ADVERBS.has(at(tokens, k).lower) || AUXILIARIES.has(at(tokens, k).lower))) k--;
  return k < i - 1 && (CLAIMED_THINGS.has(at(tokens, k).lower) || CONTESTS.has(at(tokens, k).lower) || ELECTIONS.has(at(tokens, k).lower));
}
// "more than most party insiders expected", "the $1.11 that analysts expected": what they expected, a view.
const EXPECTED_BY = new Set(['than', 'as', 'that', 'which']);
const INTERVIEWS = new Set(['interviews', 'conversations', 'accounts', 'discussions']);
// The writer's own piece, which interviews source: "This account is based on …", not "its findings were based on …".
const OWN_ACCOUNTS = new Set(['article', 'account', 'story', 'book', 'piece', 'portrait', 'profile', 'reconstruction', 'narrative', 'report']);
/** "interviews with people close to her", "the accounts of three former aides". */
function interviewsWith(words: readonly Token[]): boolean {
  const k = words.length > 0 && ARTICLES.has(at(words, 0).lower) ? 1 : 0;
  return words.length > k + 2 && INTERVIEWS.has(at(words, k).lower) && (at(words, k + 1).lower === 'with' || at(words, k + 1).lower === 'of');
}
const REMINDING = new Set(inflect('remind'));
const RESEMBLERS = new Set(['us', 'me', 'you', 'one', 'many', 'some', 'people', 'readers', 'everyone']);
const ECHOING = new Set(inflect('echo'));
const FEATS = new Set(['success', 'successes', 'performance', 'path', 'career', 'win', 'wins', 'victory', 'victories', 'rise', 'run', 'trajectory', 'playbook', 'tactics', 'strategy', 'style', 'formula', 'feat', 'upset', 'fate', 'fortunes']);
const AMOUNTS_OF_PEOPLE = new Set(['number', 'share', 'proportion', 'percentage', 'portion', 'fraction']);
const APPROXIMATIONS = ['more than', 'fewer than', 'less than', 'at least', 'at most', 'up to', 'as many as', 'nearly', 'almost', 'roughly', 'about', 'around', 'over', 'some'].map((phrase) => phrase.split(' '));
/** The index past an approximation before a count from k ("more than 20", "at least three"), or k. */
function approximationBefore(tokens: readonly Token[], k: number): number {
  for (const words of APPROXIMATIONS) {
    if (!words.every((w, n) => at(tokens, k + n).lower === w)) continue;
    const count = at(tokens, k + words.length);
    return STARTS_WITH_NUMBER.test(count.text) || ((NUMBER_WORDS.has(count.lower) || count.lower === 'one') && count.lower !== 'a') ? k + words.length : k;
  }
  return k;
}
// Races a seat is won in, beside CONTESTS: "The primary was contested by five candidates".
const ELECTIONS = new Set(['election', 'elections', 'primaries', 'contests', 'district', 'ward']);
// The trade's nouns; not its records ("Acme's lobbying disclosures list a payment"), the lobbyist's own account.
const LOBBYING_THINGS = new Set(['shop', 'shops', 'firm', 'firms', 'group', 'groups', 'arm', 'giant', 'business', 'industry', 'effort', 'efforts', 'campaign', 'blitz', 'push', 'money', 'spending', 'expenses', 'fees', 'rules', 'laws', 'contracts', 'work', 'clients', 'partner', 'partners', 'operation', 'operations', 'power', 'muscle']);
const HOW_WORDS = new Set(['how', 'just']);
const THEMSELVES = new Set(['they', 'their', 'themselves', 'we', 'our', 'ourselves']);
/**
 * "with a new Gallup survey finding that 45 percent …", "Gallup finding that": "finding", more often the noun, is the
 * participle when "that" follows and no determiner stands before it ("the finding that", "its finding that").
 */
function findingThat(tokens: readonly Token[], i: number): boolean {
  const prev = at(tokens, i - 1);
  return at(tokens, i).lower === 'finding' && at(tokens, i + 1).lower === 'that' && (prev.text === ',' || isWord(prev)) && !ARTICLES.has(prev.lower) && !POSSESSIVES.has(prev.lower) && !isPossessive(prev) && !NOUN_DETERMINERS.has(prev.lower) && !isLyAdverb(prev.lower);
}
const PLURAL_SUBJECT_PRONOUNS = new Set([...FIRST_AND_SECOND_PERSON, 'they']);
/** "He jokes, “…”", "she often talks about", "They favour": a form more often a noun is a verb after its subject pronoun. */
function verbAfterPronoun(tokens: readonly Token[], i: number): boolean {
  const person = NOUN_FIRST_VERB_FORMS.get(at(tokens, i).lower);
  if (!person || at(tokens, i).capitalized) return false;
  let k = i - 1;
  while (k > i - 3 && isWord(at(tokens, k)) && (BETWEEN_SOURCE_AND_VERB.has(at(tokens, k).lower) || isLyAdverb(at(tokens, k).lower))) k--;
  const subject = at(tokens, k).lower;
  // Something said follows: not the end of a clause ("When she talks, the room goes quiet"), but a quotation may
  // follow its comma ("He jokes, “…”").
  const after = at(tokens, i + 1);
  if (!isWord(after) && !OPENING_QUOTES.has(after.text) && !((after.text === ',' || after.text === ':') && OPENING_QUOTES.has(at(tokens, i + 2).text))) return false;
  // Something said follows, not a topic or a listener: "He remarks on the weather", "she talks to the boss".
  // "He talks about how his forces must be ready" goes on to what is said.
  if (TOPIC_OR_LISTENER.has(at(tokens, i + 1).lower) && !(at(tokens, i + 1).lower === 'about' && HOW_WHAT.has(at(tokens, i + 2).lower))) return false;
  // The pronoun opens its clause: not "the respect they express", "How he answers that question".
  const before = at(tokens, k - 1);
  if (k > 0 && isWord(before) && !CLAUSE_LINKS.has(before.lower)) return false;
  return person === 'third' ? SINGULAR_PERSON_PRONOUNS.has(subject) : PLURAL_SUBJECT_PRONOUNS.has(subject);
}
/**
 * "“…,” Bozell answers.", "“…,” she jokes.": a form more often a noun tags the quotation that closes just before its
 * speaker, a name or a pronoun, when it ends the clause.
 */
function nounFormTagsQuotation(tokens: readonly Token[], i: number): boolean {
  if (NOUN_FIRST_VERB_FORMS.get(at(tokens, i).lower) !== 'third' || at(tokens, i).capitalized || isWord(at(tokens, i + 1))) return false;
  let k = i - 1;
  while (k > i - 4 && isWord(at(tokens, k)) && (at(tokens, k).capitalized || SINGULAR_PERSON_PRONOUNS.has(at(tokens, k).lower))) k--;
  return k < i - 1 && QUOTE_MARKS.test(at(tokens, k).text) && TAG_MARKS.has(at(tokens, k - 1).text);
}
const HOW_WHAT = new Set(['how', 'what', 'why', 'whether']);
const TOPIC_OR_LISTENER = new Set(['on', 'about', 'with', 'to', 'at', 'for', 'in', 'of', 'over']);
const CLAUSE_LINKS = new Set(['and', 'but', 'so', 'yet', 'or', 'that', 'because', 'while', 'when', 'as', 'if', 'though', 'although']);

function matchVerb(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[], titleCase: boolean): void {
  const verb = at(tokens, i);
  const prev = at(tokens, i - 1);
  const next = at(tokens, i + 1);
  // "Acme said to weigh sale": a headline's "is said to" with its "is" left out, a hedge (phrases.ts), no one saying.
  if (verb.lower === 'said' && next.lower === 'to' && SAID_TO_VERBS.has(at(tokens, i + 2).lower)) return;
  // "The tribunal hears claims every week": claims handled as cases, a noun after its verb.
  if (handledCases(tokens, i)) return;
  // "with over 5,000 voters expected on Tuesday": people expected somewhere, a passive participle, expect nothing.
  if (verb.lower === 'expected' && isWord(prev) && isCrowdOfPeople(prev.lower) && !tokens.slice(Math.max(0, i - 5), i).some((t) => EXPECTED_BY.has(t.lower)) && (WHEN_OPENERS.has(next.lower) || WHEN_WORDS.has(next.lower) || next.lower === 'at' || next.lower === 'in' || (!isWord(next) && next.text !== ',' && !QUOTE_MARKS.test(next.text)))) return;
  // "Senator Smith reminds me of the 1990s": a likeness, nothing said; "reminded voters of the six years he lived
  // there" passes a fact on.
  if (REMINDING.has(verb.lower) && RESEMBLERS.has(next.lower) && at(tokens, i + 2).lower === 'of') return;
  // "Canova has echoed Sanders' success": repeating a feat, no words.
  if (ECHOING.has(verb.lower) && tokens.slice(i + 1, i + 5).some((w) => FEATS.has(w.lower))) return;
  // "A man claiming to be a police officer robbed the store": a pretence that describes the man, no claim passed on.
  if (verb.lower === 'claiming' && next.lower === 'to' && at(tokens, i + 2).lower === 'be' && isWord(prev) && !prev.capitalized && (lexicon.isPersonNoun(prev.lower) || isPersonRole(prev.lower))) return;
  // "a Washington lobbying shop", "lobbying disclosures": the trade, a noun's modifier, lobbies no one.
  if (verb.lower === 'lobbying' && LOBBYING_THINGS.has(next.lower)) return;
  // "With each episode, the Republicans show how ill-equipped they are": people showing how they themselves are, in
  // words that hold no feeling, say nothing. A record does ("Polls show how divided voters are"), and so do people
  // showing how something else is ("Critics show how the plan fails") or how they feel ("Voters show how angry they
  // are").
  if (SHOWN.has(verb.lower) && HOW_WORDS.has(next.lower)) {
    const rest = tokens.slice(i + 2, i + 7);
    const themselves = rest.some((t) => THEMSELVES.has(t.lower)) && !rest.some((t) => STANCE_ADJECTIVES.has(t.lower) || FEELINGS_CAUSED.has(t.lower));
    const words = phraseBefore(tokens, skipBetween(tokens, i - 1));
    const head = words[words.length - 1];
    if (themselves && head && !RECORDS.has(head.lower) && classifySource(words, sentenceStart)?.kind === 'vague-attribution') return;
  }
  // "A pollster advising Reed said", "People briefed on the matter said": whom someone advises or what they were briefed
  // on describes them; their clause's verb is a later one.
  if (advisesWhom(tokens, i) || briefedOn(tokens, i)) return;
  // "the Pentagon briefing room", "Your Tuesday briefing": a briefing, the noun.
  if (verb.lower === 'briefing' && (BRIEFING_NOUNS.has(next.lower) || [1, 2].some((d) => DETERMINERS_BEFORE_DEGREE.has(at(tokens, i - d).lower) || POSSESSIVES.has(at(tokens, i - d).lower) || /^(?:your|our|my)$/.test(at(tokens, i - d).lower)))) return;
  // Briefing passes something on only to the press or with what was said after it ("sources have been briefing that",
  // "the minister briefed reporters"): "The surgeon briefed the family before the operation" is an act.
  if (BRIEF_FORMS.has(verb.lower) && next.lower !== 'that' && !bareClause(tokens, i) && !toldReporters(tokens, i) && !PRESS_NOUNS.has(at(tokens, i + 2).lower) && at(tokens, i + 2).lower !== 'lobby') return;
  // "Reporters saw smoke rising", "Journalists at the scene heard shots": the press's own observation, no source; not
  // what they see something as, a view ("Reporters saw the speech as a turning point").
  if (PERCEIVED.has(verb.lower) && !tokens.slice(i + 1, i + 9).some((t) => t.lower === 'as')) {
    const words = phraseBefore(tokens, skipBetween(tokens, i - 1));
    const pressAt = words.findIndex((w) => REPORTERS.has(w.lower) || w.lower === 'correspondents');
    if (pressAt >= 0 && pressAt <= 1 && !words.slice(0, pressAt).some((w) => w.capitalized && !ARTICLES.has(w.lower))) {
      out.push(writerMatch(at(words, pressAt), verb));
      return;
    }
  }
  // "The AP called the race for Marsh", "Fox declared Reed the winner": a race called is a projection, its caller's.
  if (callsARace(tokens, i)) {
    const words = phraseBefore(tokens, skipBetween(tokens, i - 1));
    if (words.length) emit(out, words, sentenceStart, undefined, verb, true);
    return;
  }
  // "Early tracking suggests", "Recent reporting shows": an -ing form right before a record's verb is the record, a
  // noun, not a verb whose subject stands before it.
  // So does one before a record's noun: "the Acme tracking poll shows".
  // Its maker may come between: "Box office tracking from Acme Data suggests".
  let recordVerb = i + 1;
  if (next.lower === 'from' || next.lower === 'by') for (recordVerb = i + 2; recordVerb < i + 7 && (at(tokens, recordVerb).capitalized || at(tokens, recordVerb).lower === 'the'); recordVerb++);
  // Not a verb in the progressive: "is reporting figures", "are questioning data".
  const progressive = AUXILIARIES.has(prev.lower) || PASSIVE_BE.has(prev.lower);
  if (verb.lower.endsWith('ing') && !progressive && (RECORD_PRESENT.has(at(tokens, recordVerb).lower) || (isWord(next) && RECORDS.has(next.lower)))) return;
  // "the United States"; in a title-case headline a reporting verb is in the present ("Marsh Says", "Polls Show",
  // "EXPERTS WARN", not "Woman Found").
  // A past form of saying is one too when an object follows it ("Reed Told A Reporter…", "Marsh Said The Levy…"), not a
  // preposition ("Woman Told To Leave", "Man Accused Of Theft" are passives).
  const saidInTitle = titleCase && SPEECH_FORMS.has(verb.lower) && !ADJECTIVAL_PARTICIPLES.has(verb.lower) && (verb.lower.endsWith('ed') || IRREGULAR_PASTS.has(verb.lower)) && isWord(next) && !TITLE_PASSIVE_AFTER.has(next.lower);
  // A crowd's verb has no "s" ("Police Say", "Critics Slam", "EXPERTS WARN") when the crowd ends the headline's opening
  // phrase; not "The Values Leeds Farmers Believe In", "Why Cuts Make Parents Feel Ignored". Read only for a
  // capitalised verb in a headline, not for every cue.
  if (verb.capitalized && verb.start !== sentenceStart && !(titleCase && (saidInTitle || /[^s]s$/.test(verb.lower) || RECORDS.has(prev.lower) || crowdOpensHeadline(tokens, i, sentenceStart)))) return;
  // "the report"; "Other estimates are": a determiner opening the sentence is one too.
  // Not after a record and how it was put out: "Footage shared on social media shows" (not "media shows"); nor after
  // where people or posts were: "Users on social media claim".
  if (isWord(prev) && NOUN_LIKE.has(verb.lower) && (!prev.capitalized || (prev.start === sentenceStart && NOUN_OPENERS.has(prev.lower) && (prev.lower === 'other' || !VAGUE_DETERMINERS.has(prev.lower)))) && nounLike(tokens, i) && putOutBefore(tokens, i - 1) < 0 && !onSocialMedia(tokens, i - 3)) return;
  // "data from crop reports, so …", "room for minority reports in special cases", "these glowing reports should": a word
  // between a preposition or a plural's determiner and the form makes a compound noun, when nothing said follows.
  if (compoundNoun(tokens, i)) return;
  // "prompted Republican calls for": a party or a nationality before the noun is its adjective.
  if (isWord(prev) && NOUN_LIKE.has(verb.lower) && prev.capitalized && prev.start !== sentenceStart && NOT_A_NAME.has(prev.lower) && PEOPLE_ADJECTIVE_CAPITALS.test(prev.lower)) return;
  if (NOUN_LIKE.has(verb.lower) && isWord(prev) && (STARTS_WITH_NUMBER.test(prev.text) || NUMBER_WORDS.has(prev.lower))) return; // "in three states"
  // "leads by 270 pledged delegates", "20 reported cases": a past form between a count and its noun describes the noun.
  // Not after a year that ends a phrase: "a review of votes going back to 1990 showed that…".
  if (isLettersThen(verb.lower, 'ed') && STARTS_WITH_NUMBER.test(prev.text) && !/^\d{4}$/.test(prev.text) && isWord(next) && !next.capitalized && !CONTENT_OPENERS.has(next.lower) && !DETERMINERS_BEFORE_DEGREE.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower)) return;
  // "Several reports have suggested": a plural quantifier takes "report", so "reports" after it is a noun.
  if (NOUN_LIKE.has(verb.lower) && /[^s]s$/.test(verb.lower) && PLURAL_QUANTIFIERS.has(prev.lower)) return;
  if (NOUN_LIKE.has(verb.lower) && (next.lower === 'from' || next.lower === 'of')) return; // "movies and TV shows from Pixar"
  // "Jobless claims rose to 230,000", "asylum claims have fallen": a count of them moving, so the form is its noun.
  // So are "pledges" counted: "aid pledges totalled $6.7bn".
  if ((NOUN_LIKE.has(verb.lower) || verb.lower === 'pledges') && verb.lower.endsWith('s') && countMoves(tokens, i + 1)) return;
  // "The budget office projects that …", "Acme forecasts revenue will …": a plural noun far more often ("regime
  // projects", "weather forecasts"), a verb only before what it projects.
  // A named body's forecast of a thing: "The IMF forecasts growth of 2%", "the Met Office forecasts heavy rain" ("Ann
  // Marsh projects calm" shows it).
  if (CLAUSE_ONLY_FORMS.has(verb.lower) && next.lower !== 'that' && !bareClause(tokens, i) && !(verb.lower === 'forecasts' && forecastByName(tokens, i, sentenceStart))) return;
  // "accepted that invitation", "accepted that £40m bid": "that" a determiner, no clause accepted.
  if (ACCEPTING.has(verb.lower) && next.lower === 'that' && !heldThatClause(tokens, i + 2)) return;
  if (recordPutOut(tokens, i)) return; // "A video posted online shows": how the video was put out, not who spoke
  if (recallsGoods(tokens, i)) return;
  if (letsPeopleIn(tokens, i)) return;
  // "six firms now compile billionaire lists.": a cue far more often a noun is a verb only with its object after it
  // ("Acme lists the family's wealth at …").
  if (OBJECT_FIRST.has(verb.lower) && !isWord(next) && !QUOTE_MARKS.test(next.text)) return;
  // Not "shows" before a gerund, its object: "Nielsen data shows viewing fell".
  // Nor before a participle describing its object: "figures show recorded crime rose", "show reported cases fell".
  const describedObject = isPastForm(next.lower) && isWord(at(tokens, i + 2)) && !at(tokens, i + 2).capitalized && /^[a-z]+$/.test(at(tokens, i + 2).lower) && !CLAUSE_WORDS_AFTER_A_FORM.has(at(tokens, i + 2).lower);
  if (NOUN_LIKE.has(verb.lower) && ATTRIBUTION_VERBS.has(next.lower) && !(/^shows?$/.test(verb.lower) && (next.lower.endsWith('ing') || describedObject)) && (!NOUN_LIKE.has(next.lower) || /^show(?:s|ed)?$/.test(next.lower))) return; // "multiple reports said", "Acme reports show"
  if (prev.lower === 'of') return; // "a cabinet of wonders": no verb follows "of"
  if (verb.lower === 'called' && prev.lower === 'so-') return; // "the so- called deal": "so-called" split by a page's line break
  if (NOUN_LIKE.has(verb.lower) && NOUN_AFTER.has(prev.lower)) return; // "fell on reports that", "amid claims of"
  if (PREPOSITIONS_BEFORE_ADJECTIVES.has(prev.lower) && verb.lower.endsWith('ed')) return; // "comes with added costs": nor a verb after a preposition
  if (verb.lower.startsWith('agree') && AGREEMENTS.test(lowersOf(tokens.slice(i + 1, i + 4)).join(' '))) return; // "agreed a deal": an act
  // "agreed on Thursday to reopen talks", "the guild agreed in 2019 to a split pay scale": a commitment, no claim; one
  // to do something is an act annotators count, read below and made narrative by the caller.
  if (verb.lower.startsWith('agree') && AGREED_TO.test(lowersOf(tokens.slice(i + 1, i + 6)).join(' ')) && !agreedToAct(tokens, i)) return;
  if (INDEFINITE_ARTICLES.has(prev.lower) || prev.lower === 'the') return; // "some of the highlights": nor an article
  // "in a water dispute", "a pay claim": a base form after "a" and one singular word is that word's compound noun; no
  // verb agrees with "a" and a singular.
  if (INDEFINITE_ARTICLES.has(at(tokens, i - 2).lower) && isWord(prev) && !prev.capitalized && !prev.lower.endsWith('s') && BASE_FORMS.has(verb.lower) && !shareSpeaks(tokens, i - 1, i)) return;
  // "More worrying to many was …", "a most telling sign": after a word of degree an -ing form is an adjective.
  if (verb.lower.endsWith('ing') && DEGREES.has(prev.lower)) return;
  // "other promising word", "had some answering to do": right after a bare quantifier an -ing form is an adjective or
  // a noun; "many saying that …", "many saying they …" stay verbs.
  if (verb.lower.endsWith('ing') && VAGUE_DETERMINERS.has(prev.lower) && prev.lower !== 'others' && isWord(next) && !next.capitalized && !SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'that') return;
  // "speak with one voice", "their voice": nor a possessive, nor "one" before a base form ("one says", "one
  // suggested" are a pronoun's).
  if (NOUN_DETERMINERS.has(prev.lower) || (prev.lower === 'one' && !/(?:s|ed|ing)$/.test(verb.lower) && !IRREGULAR_PASTS.has(verb.lower))) return;
  if (verb.lower === 'warning' && !warningAsVerb(tokens, i)) return; // "a warning", "warning signs", "their warning"
  // "Acme records about 500 leaks a month": "records" is a verb only before the count it keeps ("court records show").
  if (verb.lower === 'records' && !(STARTS_WITH_NUMBER.test(next.text) || (ABOUT.has(next.lower) && STARTS_WITH_NUMBER.test(at(tokens, i + 2).text)))) return;
  if (verb.lower.startsWith('show') && (next.lower === 'up' || next.lower === 'off')) return; // "the receptors had shown up"
  // "critics panned the show"; "panned for gold", "it panned out", "the camera panned across" are no verdicts.
  if (/^pan(?:s|ned|ning)$/.test(verb.lower) && (!isWord(next) || PARTICIPLE_CUTS.has(next.lower) || PANNING_AWAY.has(next.lower))) return;
  if (verb.lower.startsWith('charg') && !chargeMade(tokens, i)) return;
  if (verb.lower.startsWith('claim') && claimsAThing(tokens, i)) return;
  if (playedNotSaid(tokens, i)) return;
  // "Vietnam and Brunei have claims in the sea", "rival claims": rights held to something, no claim made.
  if (verb.lower === 'claims' && CLAIMS_HELD.has(prev.lower)) return;
  if (verb.lower === 'think' && (next.lower === 'tank' || next.lower === 'tanks')) return; // "a London-based think tank"
  if (verb.lower.startsWith('reckon') && next.lower === 'with') return; // "reckoned with the role": dealt with it
  // "users who identify as nonbinary": who they are; but "a man whom reports identify as the owner" names him.
  // So is "who identified themselves as nurses".
  if (verb.lower.startsWith('identif') && (next.lower === 'as' || (REFLEXIVES.has(next.lower) && at(tokens, i + 2).lower === 'as')) && !objectBeforeSubject(tokens, i)) return;
  // "Driver identified in crash on Leeds road": a headline's passive, someone named by others, not naming anyone.
  if (verb.lower === 'identified' && PLACE_OR_TIME_AFTER.has(next.lower)) return;
  // "Layoffs confirmed at Leeds plant", "Award nominees announced": a headline's passive, its "were" dropped; what was
  // confirmed confirms nothing.
  if (headlinePassive(tokens, i, sentenceStart)) return;
  // "Spain's hopes", "Stadia's recommended settings": after a possessive a cue word is a noun or an adjective;
  // "his claim that …" is read as a claim noun below.
  // A gerund stays a verb: "Reed's declaring an end to the scheme".
  // So after a possessive and an adjective in -ly: "kept his early promise".
  // But "Moody's said", "McDonald's told": a name written as a possessive, before a verb that is never a noun.
  const nameOfAPossessive = prev.capitalized && NEVER_NOUNS.has(verb.lower);
  // "Those who know her say", "friends who met her said": "her" is an object before a verb that is no noun; "her
  // say" is one only as had or got ("had her say").
  const herAsObject = prev.lower === 'her' && (NEVER_NOUNS.has(verb.lower) || (verb.lower === 'say' && !HAVING_A_SAY.test(at(tokens, i - 2).lower)));
  if (!verb.lower.endsWith('ing') && ((possessed(prev) && !nameOfAPossessive && !herAsObject) || (isLyAdverb(prev.lower) && !prev.capitalized && possessed(at(tokens, i - 2))))) return;
  // "the case report": the bare form is only a verb after a plural or a pronoun ("analysts report", "they claim").
  // "Polls in Leeds show": the plural may head a phrase with a place or time after it.
  const moved = prev.lower === 'to' ? movedToSay(tokens, i) : -1;
  const infinitive = prev.lower === 'to' && (moved >= 0 || actThenInfinitive(tokens, i));
  // "women who claim": after "who" the bare form is the verb; one of hoping or backing ("who hope for tips",
  // "who support charters") says what they want, not what they claim.
  const subjectEnd = skipBetween(tokens, i - 1);
  const afterWho = at(tokens, subjectEnd).lower === 'who' && !COGNITIVE_VERBS.has(verb.lower);
  // "The review seems to show", "the data appear to show": after a record's verb of seeming the bare form is its
  // infinitive ("the candidate appeared to show callousness" shows a feeling, no finding).
  // So may a record described by how it was put out: "Videos shared on social media appeared to show".
  const seeming = prev.lower === 'to' && SEEMING.has(at(tokens, i - 2).lower) && (RECORDS.has(at(tokens, i - 3).lower) || INSTITUTIONS.has(at(tokens, i - 3).lower) || putOutBefore(tokens, i - 3) >= 0);
  // "Acme puts support for the plan at 38%": a verb's -s is no plural's.
  // "data that show": a record's relative pronoun has the record's number.
  const ofRecord = (at(tokens, subjectEnd).lower === 'that' || at(tokens, subjectEnd).lower === 'which') && RECORDS.has(at(tokens, subjectEnd - 1).lower);
  const subjectAt = ofRecord ? subjectEnd - 1 : describedHead(tokens, subjectEnd);
  const subject = at(tokens, subjectAt).lower;
  const pluralSubject = shareSpeaks(tokens, subjectAt, i) || (isPluralSubject(subject) && !(ATTRIBUTION_VERBS.has(subject) && !NOUN_LIKE.has(subject))) || (joinedSubject(tokens, subjectAt) && (opensContent(next) || ARTICLES.has(next.lower) || OBJECT_PRONOUNS.has(next.lower)));
  // "He did claim that", "she does call it a tax": after an emphatic "do" a verb of saying's bare form is the verb.
  const afterDo = SPEECH_FORMS.has(verb.lower) && emphaticDoBefore(tokens, subjectEnd, i);
  // "The bank forecast growth of 2%", "Reed, the mayor, forecast that": a past tense like the bare form agrees with any
  // subject, when something follows it ("exceed the treasury forecast." is the noun).
  const pastAsBase = PAST_LIKE_BASE.has(verb.lower) && isWord(next);
  if (NOUN_LIKE.has(verb.lower) && !verb.lower.endsWith('s') && !infinitive && !seeming && !pluralSubject && !afterWho && !afterDo && !pastAsBase && !pluralThenQualifier(tokens, subjectEnd) && !closesRelativeAside(tokens, i - 1)) return;
  // "the governors of large states", "in 50 states": far more often the noun; "the law states that" is the verb.
  // "Great Lakes states that have lost jobs", "the reports that have emerged": "that" and an auxiliary after a plural
  // open a relative clause about the noun; "the law states that it applies" says something.
  if ((verb.lower === 'states' || (NOUN_LIKE.has(verb.lower) && verb.lower.endsWith('s'))) && next.lower === 'that' && AUXILIARIES.has(at(tokens, i + 2).lower)) return;
  // "Repair estimates were too low", "Repair estimates, he added, were …": a plural with its clause's verb after it,
  // one word opening the clause before it ("which Acme estimates will cost" has the verb's object moved out).
  if (NOUN_LIKE.has(verb.lower) && verb.lower.endsWith('s') && !isWord(at(tokens, i - 2)) && (AUXILIARIES.has(next.lower) || (next.text === ',' && SUBJECT_PRONOUNS.has(at(tokens, i + 2).lower) && at(tokens, i + 4).text === ','))) return;
  if (verb.lower === 'states' && next.lower !== 'that' && next.text !== ':' && !QUOTE_MARKS.test(next.text) && !(next.text === ',' && QUOTE_MARKS.test(at(tokens, i + 2).text)) && !closesQuotationTag(tokens, i)) return;
  // "governors of big states:", "in swing states:": the noun after a word that sorts states, whatever follows.
  if (verb.lower === 'states' && KINDS_OF_STATES.has(prev.lower)) return;
  const participle = verb.lower.endsWith('ing');
  // "the billionaire bashing could reach new heights", "The Trump bashing has gone on": an -ing form after an article
  // and a noun, right before its clause's auxiliary, heads the subject as a noun; no one in it speaks.
  if (participle && ARTICLES.has(at(tokens, i - 2).lower) && isWord(prev) && !AUXILIARIES.has(prev.lower) && (AUXILIARIES.has(next.lower) || MODALS.has(next.lower))) return;
  // "is said to": a hedge, not a source. A verb of belief in the passive is about its subject ("is expected to",
  // "was asked"), but one of feeling is held by it ("are worried"); "have been asking" still has a subject.
  // Adverbs may stand between: "is also expected to", "was not asked", "are still not expected to".
  let beforeAt = i - 1;
  while (beforeAt > i - 4 && isWord(at(tokens, beforeAt)) && (PASSIVE_ADVERBS.has(at(tokens, beforeAt).lower) || endsInLy(at(tokens, beforeAt).lower))) beforeAt--;
  const beforeVerb = at(tokens, beforeAt);
  if (isWord(beforeVerb) && (PASSIVE_BE.has(beforeVerb.lower) || NEGATED_BE.test(beforeVerb.lower)) && !participle && !HELD_IN_PASSIVE.has(verb.lower)) return;
  // "He's expected to win", "she’s believed to favor it", "it's thought that": "’s" is "is" before a verb of belief
  // raised in the passive; "he's said that", "she’s argued" are "has".
  if (/['’]s$/.test(beforeVerb.lower) && RAISED_IN_PASSIVE.has(verb.lower) && (next.lower === 'to' ? !OBJECT_OPENERS.has(at(tokens, i + 2).lower) && !at(tokens, i + 2).capitalized && !isPeoplePlural(at(tokens, i + 2).lower) : next.lower === 'that' && /^it['’]s$/.test(beforeVerb.lower))) return;
  // "cases reported to the agency", "reported from Kyiv"; but "reported to the tax office that …" reports.
  if ((verb.lower === 'reported' && (next.lower === 'to' || next.lower === 'from') && !thatWithin(tokens, i + 2, 5)) || (verb.lower.startsWith('point') && next.lower !== 'out' && next.lower !== 'to' && !(POINTED_OUT.has(next.lower) && at(tokens, i + 2).lower === 'out'))) return;
  // "Data compiled by Acme show", "figures released by the agency": a participle with its agent after "by" describes
  // the phrase before it, whose verb comes later; "Acme confirmed by email" confirmed.
  if (BY_PARTICIPLES.has(verb.lower) && next.lower === 'by' && !AUXILIARIES.has(prev.lower) && byAnAgent(tokens, i + 1)) return;
  // So does one of ordering or asking for: "the review ordered by the council found".
  if (describedByAgent(tokens, i)) return;
  // "the council backed off", "backing down from her pledge", "backed away from the plan": a retreat, no stance taken.
  if (/^back(?:s|ed|ing)?$/.test(verb.lower) && RETREATS.has(next.lower)) return;
  const particles = PARTICLE_CUES.get(verb.lower);
  // The particle right after the verb, or after "it" ("made it clear"); else the verb's first.
  const particle = particles && (particles.find((p) => p === next.lower || (next.lower === 'it' && p === at(tokens, i + 2).lower)) ?? particles[0]);
  // "made the case that", "made that argument", "made these same claims", "made comments about": making a
  // case or a charge is arguing it; "made a cake" is none.
  const madeACase = particle === 'clear' && makesACase(tokens, i);
  const putAFigure = (particle === 'it' && putsAFigure(tokens, i)) || (particle === 'to' && revisesAFigure(tokens, i));
  // "revised the toll to 14" estimates; "revised to a loss", "cut to the bone" do not.
  if (particle === 'to' && !putAFigure) return;
  // "a crowd that the fire marshal put at 2,200", "a crowd police estimated at 5,000": a relative clause on the count
  // reckoned, whose own subject stands between the count and the verb.
  const reckoned = RECKONING_AT.has(verb.lower) ? reckonedBefore(tokens, i) : -1;
  if (reckoned >= 0) {
    emit(out, tokens.slice(RELATIVE_PRONOUNS.has(at(tokens, reckoned + 1).lower) ? reckoned + 2 : reckoned + 1, i) as Token[], sentenceStart, undefined, verb);
    return;
  }
  // "“…!” laughed Ann Marsh": without its particle, a verb that tags a quotation still says it.
  if (particle && !madeACase && !putAFigure && next.lower !== particle && !(next.lower === 'it' && at(tokens, i + 2).lower === particle) && !tagsQuotationBefore(tokens, i)) return; // "shot back", not "shot the bird"
  // "tore into her rivals", "jabbed at Reed", "lit into the plan": an attack on someone or on what they said or did;
  // "tore into the package", "jabbed at the button", "swiped at a wasp" are blows.
  if (ATTACK_PARTICLE_FORMS.has(verb.lower) && !attackedTarget(tokens, i + 2)) return;
  // "weighed in at 96 kilograms", "at about 200 pounds": a weight taken, no view given.
  if (particle === 'in' && verb.lower.startsWith('weigh') && at(tokens, i + 2).lower === 'at' && weightAfter(tokens, i + 3)) return;
  // "As one analyst put it,", "Reed put it bluntly:": putting it is saying it only where the clause ends there.
  if (particle === 'it' && !putAFigure) {
    let k = endsInLy(at(tokens, i + 2).lower) || at(tokens, i + 2).lower === 'best' ? i + 3 : i + 2;
    // "As Reed put it in an interview,", "as one grower put it to me:": where or to whom, then the clause ends.
    const asPut = tokens.slice(Math.max(0, i - 6), i).some((t) => t.lower === 'as');
    if (asPut && PUT_IT_WHERE.has(at(tokens, k).lower)) for (let n = k + 1; n <= k + 5 && isWord(at(tokens, n)); n++) k = n + 1;
    const after = at(tokens, k);
    if (isWord(after) && !QUOTE_MARKS.test(after.text)) return;
  }
  if ((verb.lower === 'added' || verb.lower === 'adds') && STARTS_WITH_NUMBER.test(next.text)) return; // "gold added 0.1%"
  // "found itself at the centre", "has found ways to", "finds its way to the city": finding oneself somewhere or a
  // way is no finding reported.
  if (/^f(?:ind|ound)/.test(verb.lower) && (REFLEXIVES.has(next.lower) || next.lower === 'ways' || ((next.lower === 'a' || POSSESSIVES.has(next.lower)) && at(tokens, i + 2).lower === 'way'))) return;
  // "raised questions about", "raises concerns that": doubts voiced; "raised money" is none.
  if (verb.lower.startsWith('rais') && !revisesAFigure(tokens, i) && !RAISED.has(next.lower) && !((next.lower === 'the' || ADJECTIVE_BEFORE_RAISED.has(next.lower)) && RAISED.has(at(tokens, i + 2).lower))) return;
  // "counted on the votes", "counted among the oldest": relying, ranking; a count reports what it counts ("the trust
  // counted 412 otters").
  if (COUNTING.has(verb.lower) && !countFollows(tokens, i)) return;
  // "claims of bias", "claims against the firm", "claims at Hull airport rose": the noun, whose preposition follows it;
  // not "claims at least 40", "claims over 5,000", a number the verb goes on to.
  if (CLAIMS_NOUN_FORMS.has(verb.lower) && (CLAIM_NOUN_AFTER.has(next.lower) || (next.lower === 'at' && at(tokens, i + 2).capitalized))) return;
  // "are defending 23 seats", "defended her title", "defending its majority": holding on to something won, no claim.
  if (verb.lower.startsWith('defend') && defendsAHolding(tokens, i)) return;
  // "pleaded guilty", "pleads not guilty": a plea in court, no claim reported.
  if (verb.lower.startsWith('plead') && (next.lower === 'guilty' || next.lower === 'not' || next.lower === 'no' || next.lower === 'innocent')) return;
  // "(Additional reporting by …)", "precincts reporting": a credit line and a count, no claim.
  if (verb.lower === 'reporting' && (next.lower === 'by' || prev.lower === 'precincts')) return;
  // "the pledged delegates", "Declared candidates": a participle before the people it describes is an adjective.
  if (verb.lower.endsWith('ed') && isWord(next) && !next.capitalized && isPeoplePlural(next.lower) && (verb.start === sentenceStart || DETERMINERS_BEFORE_DEGREE.has(prev.lower))) return;
  // "established a process" is setting one up, "established that" a claim; keeping a thing is no claim either.
  // So is "determined the order by lot" against "determined that he posed no threat".
  if ((verb.lower.startsWith('establish') || verb.lower.startsWith('determin')) && !introducesContent(tokens, i, QUOTATION_OPENERS) && !SUBJECT_PRONOUNS.has(next.lower)) return;
  if (verb.lower.startsWith('maintain') && !maintainsAClaim(tokens, i)) return;
  // "adding to her lead", "added to the confusion": a sum grows, nobody speaks.
  if (verb.lower.startsWith('add') && next.lower === 'to' && (POSSESSIVES.has(at(tokens, i + 2).lower) || at(tokens, i + 2).lower === 'the')) return;
  // "buyers are snapping up flats", "snapped up the rights": buying, not snapping at anyone.
  if (verb.lower.startsWith('snap') && next.lower === 'up') return;
  // "kept passengers informed", "keep residents fully informed": a state they are kept in, nobody informing.
  if (verb.lower === 'informed' && keptBefore(tokens, i)) return;
  // "a contractor accused of spying"; a headline's "Ministers accused of ignoring spills", its subject opening the line.
  if (next.lower === 'of' && /^(?:accus|suspect|convict)/.test(verb.lower) && isWord(prev) && (!prev.capitalized || tokens.slice(0, i).every((t) => isWord(t) && t.capitalized))) return;
  if (verb.lower.startsWith('compar') && (next.lower === 'to' || next.lower === 'with')) return; // "compared to 17%"
  if (verb.lower === 'thanks' && next.lower === 'to') return; // "thanks to cheaper alternatives"
  if (verb.lower.startsWith('agree') && next.lower === 'to' && !agreedToAct(tokens, i)) return; // "agreed to serve": a deal, not a view
  // "messages determined to be secret", "a man said to be his brother": a passive cut short describes the noun
  // before it, and no one speaks ("is said to be" is a hedge, "he claimed to be" a claim). "what many people
  // believed to be" has its object moved before its subject.
  // So before a verb of amount: "fees said to top $250,000".
  const amountAfter = AMOUNT_VERBS.has(at(tokens, i + 2).lower) && at(tokens, i + 3).lower !== 'up';
  if (REDUCED_PASSIVES.has(verb.lower) && next.lower === 'to' && (TO_BE.has(at(tokens, i + 2).lower) || amountAfter) && isWord(prev) && (!prev.capitalized || prev.start === sentenceStart) && !SUBJECT_PRONOUNS.has(prev.lower) && !objectMovedBefore(tokens, i)) return;
  // "the more elaborate moves", "a very telling sign": an adjective; "Most believe" is a crowd.
  if (DEGREE_WORDS.has(prev.lower) && (!QUANTITY_DEGREES.has(prev.lower) || DETERMINERS_BEFORE_DEGREE.has(at(tokens, i - 2).lower) || POSSESSIVE.test(at(tokens, i - 2).lower))) return;
  // "telling reporters", "polls showing Reed ahead", "showing that": verbs before whom they tell or what records
  // show; "a telling sign", "a strong showing in Leeds", "That is telling.", "a video showing the rescue" are not.
  if (verb.lower === 'telling' && !(isWord(next) && !DETERMINERS_BEFORE_DEGREE.has(prev.lower) && !DEGREE_WORDS.has(prev.lower) && (OBJECT_OPENERS.has(next.lower) || next.capitalized || STARTS_WITH_NUMBER.test(next.text) || isPeoplePlural(next.lower)))) return;
  // "Recent polling is showing Reed ahead": a record's progressive too.
  // So after a record and when it came out: "published figures on Friday showing".
  if (verb.lower === 'showing' && !CONTENT_CLAUSES.has(next.lower) && !RECORDS.has(prev.lower) && !(RECORDS.has(at(tokens, i - 3).lower) && WHEN_PUT_OUT.has(at(tokens, i - 2).lower) && isWord(prev)) && !(PASSIVE_BE.has(prev.lower) && RECORDS.has(at(tokens, i - 2).lower))) return;
  // "called the results promising.", "he was joking.": an -ing form ending the sentence has nothing said after it,
  // only a quotation before it ("“We will win,” Reed was saying.").
  if (verb.endsSentence && verb.lower.endsWith('ing') && !tokens.slice(0, i).some((t) => t.start >= sentenceStart && QUOTE_MARKS.test(t.text))) return;
  // "the statement continued." ends a quotation's tag; "the mayor continues to cycle" is narrative. "She continued
  // that the official had …", "continues that, in …": a "that" no noun follows opens what was said, not "that policy".
  const continuedThat = next.lower === 'that' && (!isWord(at(tokens, i + 2)) || CLAUSE_SUBJECT_OPENERS.has(at(tokens, i + 2).lower) || ARTICLES.has(at(tokens, i + 2).lower) || SUBJECT_PRONOUNS.has(at(tokens, i + 2).lower));
  if (verb.lower.startsWith('continu') && isWord(next) && !continuedThat) return;
  // "The trial continues.": a thing going on, ending the sentence with nothing said; not a speaker's tag after a
  // quotation, in this sentence or the one before ("…?” Reed continued.", "He continued.").
  if (verb.lower.startsWith('continu') && thingGoesOn(tokens, i)) return;
  // "announced his retirement", "posted photos", "responded by hitting": events, not claims. They attribute
  // only with something said after them: a clause, a quotation, or a figure to be credited.
  // "wrote his own title that switched…", "posted a video that showed…": "that" after the verb's object opens a
  // relative clause about the object, no content said.
  // "declared he could not support it", "wrote they would appeal": a pronoun's clause is said too; not "it", which may
  // be the object ("the man who posted it was condemned").
  const heSaid = pronounClause(tokens, i) && !OBJECT_PRONOUNS.has(next.lower);
  const eventive = EVENTIVE.test(verb.lower) && (!introducesContent(tokens, i) || thatAfterObject(tokens, i)) && !bareClause(tokens, i) && !heSaid;
  if (eventive && verb.lower.startsWith('declar')) return; // "declared martial law", "declared a winner": no stance taken
  if (ADDING.has(verb.lower) && addsAThing(tokens, i)) return;
  const announcedOwn = verb.lower.startsWith('announc') && POSSESSIVES.has(next.lower); // "announced his retirement"
  if (verb.lower === 'related' && !introducesContent(tokens, i, QUOTATION_OPENERS)) return; // "some related assets", "related to"
  // "responded by hitting", "are responding to the floods", "were talking about the slogan": a reply or a talk
  // reports a claim only with what was said in it; without, it is an act (an attribution to annotators only).
  // "Farmers have seen prices fall": what one has seen is experience, not a view ("analysts see it as a sign").
  // "threatened to kill": a threat made, an act.
  // "is advising Acme on its $2 billion sale": a client served, whose deal's figures are no content ("advised him
  // that the road was shut" says something).
  // "who is challenging Sen. Ann Marsh": running against someone for a seat, not disputing a claim.
  // "recommended her to the school": putting a person forward, a referral; "recommended that" or "a ban" says something.
  // "responded by blocking her access": how one replied, an act, even after an aside ("The council, which …, responded
  // by …"), where a comma before the verb would otherwise read as a quotation's tag. Not "responded by saying that" or
  // "by calling the levy a scam", which say something, nor "responded by text".
  const byWhat = at(tokens, isLyAdverb(at(tokens, i + 2).lower) ? i + 3 : i + 2);
  const repliedByActing = TOPIC_ONLY.test(verb.lower) && next.lower === 'by' && byWhat.lower.endsWith('ing') && !SPEECH_FORMS.has(byWhat.lower);
  // "has posted more than 5,000 times since June": how often, a count of acts, with nothing said.
  const postedTimes = /^(?:post|tweet|retweet)/.test(verb.lower) && countOfTimes(tokens, i + 1);
  // "who invoked his Fifth Amendment rights": claiming a right, no claim made.
  const invokedRight = verb.lower.startsWith('invok') && POSSESSIVES.has(next.lower) && tokens.slice(i + 2, i + 6).some((t) => RIGHTS.has(t.lower));
  const act = repliedByActing || postedTimes || invokedRight || (verb.lower.startsWith('recommend') && PEOPLE_OBJECTS.has(next.lower)) || eventive || announcedOwn || notAClaim(tokens, i) || (TOPIC_ONLY.test(verb.lower) && !introducesContent(tokens, i, QUOTATION_OPENERS) && !aboutAClause(tokens, i)) || (verb.lower === 'seen' && PERFECT.test(prev.lower)) || toldWhatToDo(tokens, i) || askedToAct(tokens, i) || weighsADeed(tokens, i) || (verb.lower.startsWith('threaten') && next.lower === 'to') || (verb.lower.startsWith('advis') && ((!introducesContent(tokens, i, CONTENT_OPENERS, false) && !advisesWhatToDo(tokens, i)) || advisedOnADeal(tokens, i))) || (verb.lower === 'challenging' && next.capitalized && !isPossessive(next)) || takesOn(tokens, i);
  // "called it “a responsible mix”", "called for": naming or demanding; "called the meeting" is an act.
  if (verb.lower.startsWith('call') && !calledSomething(tokens, i)) return;

  let modal = false;
  let guessed = false;
  let negated = false;
  // "might, in fact, feel": the aside stands between the modal and the verb.
  const auxiliary = auxiliaryBeforeAside(tokens, i);
  const last = auxiliary >= 0 ? auxiliary : i - 1;
  for (let k = last; k >= 0 && k >= last - 2 && isWord(at(tokens, k)); k--) {
    const capitalModal = isCapitalModal(at(tokens, k), sentenceStart);
    if ((MODALS.has(at(tokens, k).lower) && !capitalModal) || SPECULATIVE.has(at(tokens, k).lower)) modal = true;
    if (GUESSING_MODALS.has(at(tokens, k).lower) && !capitalModal) guessed = true;
    // "Doctors who were not involved said": a negation before a participle of its own denies that, not the cue.
    // "has never confirmed", "never said": as "did not say".
    if ((isNegation(at(tokens, k)) || at(tokens, k).lower === 'never') && !tokens.slice(k + 1, i).some((t) => /[^e]ed$/.test(t.lower) || IRREGULAR_PASTS.has(t.lower))) negated = true;
  }
  // "Perhaps young voters prefer his call": the writer's guess at a view, not a view reported.
  if (i <= 12 && SPECULATIVE.has(at(tokens, 0).lower) && !tokens.slice(1, i).some((t) => t.boundary)) modal = true;
  // "would only say that", "could say only that", "could only quip": all that was said, and it was said; not "would
  // only say so if asked".
  const saidOnly = (at(tokens, i - 1).lower === 'only' && SAID_ONLY_MODALS.has(at(tokens, i - 2).lower)) || (at(tokens, i + 1).lower === 'only' && SAID_ONLY_MODALS.has(at(tokens, i - 1).lower));
  if (saidOnly && !tokens.slice(i + 1, i + 4).some((t) => CONDITIONS.has(t.lower))) modal = false;

  const before = out.length;
  const context: VerbContext = { tokens, i, verb, sentenceStart, isTold: AUDIENCE_VERBS.has(verb.lower), participle, out };
  // "and then said", "but later told": an adverb between the conjunction and the verb.
  // "and officially endorsed", "but on Tuesday wrote", "and has said": adverbs, times and auxiliaries of the active.
  const conjunction = subjectEnd;
  // "were mocked and criticized": a passive joined to a passive has no source before it.
  if (isWord(prev) && CONJUNCTIONS.has(at(tokens, conjunction).lower) && passiveBefore(tokens, conjunction)) return;
  // "smiled, then said": a comma and "then" join a second verb as "and then" does.
  const commaThen = at(tokens, conjunction).text === ',' && at(tokens, conjunction + 1).lower === 'then' && conjunction + 1 < i && !closesRelativeAside(tokens, conjunction);
  const joined = isWord(prev) && (CONJUNCTIONS_OF_CLAUSES.has(at(tokens, conjunction).lower) || commaThen) && tokens.slice(conjunction + 1, i).every(standsInJoinedClause);
  const opening = participle ? openingParticipleSubject(tokens, i, sentenceStart) : null;
  if (moved >= 0) {
    // "The delay led two growers to complain", "prompted Ann Marsh to accuse": whom the cause moved speaks.
    const object = tokens.slice(moved + 1, i - 1);
    const pronoun = object.length === 1 ? PERSONS_AS_OBJECTS[at(object, 0).lower] : undefined;
    const cls = pronoun ? (pronoun === 'they' ? VAGUE_ATTRIBUTION : NAMED_SOURCE) : classifySource(object, sentenceStart);
    // "drove 5,000 growers to march": a counted crowd set moving is the story's act, its count a figure. A headline's
    // bare noun ("drives candidate to say") is someone the story names, not one unnamed.
    const first = at(object, 0);
    const counted = STARTS_WITH_NUMBER.test(first.text) || NUMBER_WORDS.has(first.lower);
    const bare = object.length === 1 && !pronoun && !first.capitalized && !first.lower.endsWith('s') && cls?.kind !== 'vague-attribution';
    if (cls && !counted && !bare) out.push(sourceMatch(cls, at(object, 0).start, endOf(object), at(object, 0).start, endOf(object), verb));
  } else if (infinitive) {
    // "He went on to say", "Marsh went down to the river bank to denounce …": the clause's subject speaks.
    // Not the main clause's across a clause of when or why: "The hall went quiet when a man stood up to denounce Reed".
    if (!subordinateBefore(tokens, i)) matchClauseSubject(tokens, i, verb, sentenceStart, out);
  } else if (opening) {
    // "After blasting the paper…, Reed doubled down", "Recognizing this, Mr. Reed joined…": a participle opening
    // the sentence is done by the main clause's subject.
    const cls = opening.length ? classifySource(opening, sentenceStart) : null;
    if (cls) out.push(sourceMatch(cls, at(opening, 0).start, endOf(opening), at(opening, 0).start, endOf(opening), verb));
  } else if (joined) {
    // "Reed called them reckless and said", "Marsh named no one, but told": the clause's subject speaks again,
    // with a verb of saying or with what was said after it ("and asked for volunteers" is an act).
    // So with a clause after a verb of saying, "that" left out: "met and predicted it would fail"; not "defended it
    // despite …" ("it" is an object too), nor after a denial ("would not step up and say …").
    const denied = tokens.slice(Math.max(0, i - 6), i).some(isNegation);
    const clauseSaid = SPEECH_FORMS.has(verb.lower) && !denied && (pronounClause(tokens, i) || bareClause(tokens, i));
    // "and later pointed out that …": what was said comes after the particle.
    const outThat = next.lower === 'out' && (at(tokens, i + 2).lower === 'that' || QUOTE_MARKS.test(at(tokens, i + 2).text));
    const saying = SPEECH_VERBS.has(verb.lower) || JOINED_CHARGES.test(verb.lower) || verb.lower.startsWith('call') || next.lower === 'that' || next.text === ':' || QUOTE_MARKS.test(next.text) || clauseSaid || outThat;
    if (saying) matchClauseSubject(tokens, i, verb, sentenceStart, out);
  } else if (participle && (PARTICIPLE_LINKS.has(prev.lower) || (PARTICIPLE_LINKS.has(at(tokens, i - 2).lower) && LINK_ADVERBS.has(prev.lower)))) {
    // "Acme shocked the world by announcing…", "Reed left after saying…": the clause's subject does it; but
    // "eliminates that by adding a clock" adds no words.
    if (verb.lower !== 'adding' || introducesContent(tokens, i, QUOTATION_OPENERS)) matchClauseSubject(tokens, i, verb, sentenceStart, out);
  } else if (participle && at(tokens, i - 2).text === ',' && isWord(prev) && !prev.capitalized && (isLyAdverb(prev.lower) || CLAUSE_ADVERBS.has(prev.lower))) {
    // "Reed spoke at the hall, later alleging that …", "…, also calling the plan a failure": an adverb after the comma
    // leaves the trailing participle its clause subject's.
    if (!CONJUNCTIONS.has(next.lower)) matchClauseSubject(tokens, i, verb, sentenceStart, out);
  } else if ((isWord(prev) && !SPACED_DASHES.has(prev.text)) || prev.text === ')' || auxiliaryBeforeAside(tokens, i) >= 0) {
    // "A poll has, however, revealed", "Critics have, in fact, argued": an aside between the auxiliary and the verb.
    // "The council put out a notice Friday saying": whoever issued the document speaks through it.
    // "Ben Ode, the club's treasurer, issued a memo backing": an aside may stand before that verb.
    const issuer = issuerVerb(tokens, i, sentenceStart);
    const before = out.length;
    // "The group met on Monday and sent a letter saying": a verb joined by "and" has its clause's subject.
    if (issuer > 0 && CONJUNCTIONS_OF_CLAUSES.has(at(tokens, issuer - 1).lower)) matchClauseSubject(tokens, issuer, verb, sentenceStart, out);
    else if (issuer > 0) matchSubject({ ...context, i: issuer, participle: false });
    if (issuer > 0 && out.length === before && ASIDE_MARKS.has(at(tokens, issuer - 1).text)) matchAfterAside({ ...context, i: issuer, participle: false });
    if (out.length === before) matchSubject(context);
    // "Sen. Joe Lieberman (I-Conn.), also stated": an adverb after the comma that closes a parenthesis, which is no aside.
    if (out.length === before && (STILL_NOW.has(prev.lower) || isLyAdverb(prev.lower)) && at(tokens, i - 2).text === ',' && at(tokens, i - 3).text === ')') matchSubject({ ...context, i: i - 2 });
    // "Reed started the debate saying that", "opened the meeting saying: …": a participle with what was said, after an
    // object that says nothing, is the clause's subject's, as after a comma.
    if (out.length === before && participle && endsAnObject(prev) && (next.lower === 'that' || next.text === ':' || QUOTE_MARKS.test(next.text))) {
      matchClauseSubject(tokens, i, verb, sentenceStart, out);
      // "It means acknowledging that": a thing's clause, no one speaking.
      if (out.length > before && IMPERSONAL.has(wordAt(tokens, (out[before] as SourceMatch).sourceStart))) out.length = before;
    }
  }
  else if (ASIDE_MARKS.has(prev.text)) {
    // "Tom Reed, a retired teacher, said the plan failed": a subject set off by asides comes first; "…, said
    // Tom Reed" is inverted only when no such subject stands before the mark.
    const before = out.length;
    // "Marsh backed Tom Reed, the front-runner, saying": a trailing participle's subject is its clause's; one in a
    // list ("sticky, repeating, or dead keys") is an adjective.
    if (participle && prev.text === ',') {
      if (!CONJUNCTIONS.has(next.lower) && !(next.text === ',' && CONJUNCTIONS.has(at(tokens, i + 2).lower))) matchClauseSubject(tokens, i, verb, sentenceStart, out);
    } else {
      // "switched his vote at once – saying": a dash sets a participle off as a comma does, from the clause
      // before the dash; failing that, the dash closes an aside.
      if (participle) matchClauseSubject(tokens, i - 1, verb, sentenceStart, out);
      // "Among likely voters, nearly half, 47%, say": a restated share is the subject before any crowd further back.
      if (out.length === before && prev.text === ',') matchRestatedShare(tokens, i, verb, out);
      if (out.length === before) matchAfterAside(context);
      // "Voters interviewed at the rally, including Ann Marsh, said": the aside is inside the participle's phrase.
      if (out.length === before && !participle) matchDescribedSubject(tokens, i, verb, sentenceStart, out);
      // "Reed warned Ode, at their meeting in May, not to build on the shoal, said an official who was
      // briefed": what stands between that subject and the verb is too long for an aside; it is the claim, and
      // the source is the one after the verb. A relative clause is an aside however long it is ("Tom Ode, who
      // has driven across the county twice this month to win over traders, said he…").
      // Nor is a name that ends the clause after the verb ever what was said: "…, whom he has alienated, said Tom
      // Ode." (or ", said Tom Ode, a director") is Ode's tag after a relative clause too.
      // Nor is a phrase of where or when set off before the verb an aside of its subject when a tag ends the clause
      // after the verb: "…issues related to Acme's hotels, at both the state and federal levels, said lobbyist Tom Ode.".
      const subject = out[before];
      if (subject && INVERTING_VERBS.has(verb.lower) && (opensRelativeAside(tokens, subject.sourceEnd) ? nameEndsClause(tokens, i + 1) : longAside(tokens, subject.sourceEnd, i) || (opensPrepositionalAside(tokens, subject.sourceEnd) && tagEndsClause(tokens, i + 1)))) {
        const found = out.splice(before);
        if (!matchInverted(context)) out.push(...found);
      }
    }
    // "Gov. Ann Marsh (R-Ohio), said": a comma after a parenthesis closes no aside.
    if (out.length === before && prev.text === ',' && at(tokens, i - 2).text === ')') matchSubject({ ...context, i: i - 1 });
    if (out.length === before) matchInverted(context);
  } else {
    const before = out.length;
    const asideInQuotes = closesAfterComma(tokens, i - 1);
    // "Marsh, star of “Harbour,” thanked Reed": only a verb of saying makes a tag after a quotation; any
    // other verb has its subject first.
    if (asideInQuotes && !SPEECH_VERBS.has(verb.lower)) matchAfterAside({ ...context, i: i - 1 });
    if (out.length === before) matchInverted(context);
    // "Reed, a man of “magic,” said the mayor…": an aside whose quotation closes after its comma.
    if (out.length === before && asideInQuotes) matchAfterAside({ ...context, i: i - 1 });
  }
  // One unnamed person believing or worrying is narrative; only crowds holding views are vague attribution, and
  // informants in numbers ("industry insiders expect", "aides believe") are anonymous sources of the view.
  if (COGNITIVE_VERBS.has(verb.lower)) {
    const weak = WEAK_COGNITION.has(verb.lower) && !seesAForecast(tokens, i) && !seesAs(tokens, i);
    const informants = (m: SourceMatch) => !weak && pluralHead(tokens, m.sourceStart, m.sourceEnd);
    // "Reed supported the bill", "Marsh has opposed the levy": a named side taken in a past vote or fight is a
    // record of what was done, no claim; a side held now is a stated position ("Prosecutors oppose any delay"), and a
    // crowd's support is still a view pinned on it ("many growers oppose it").
    // Data or evidence that "supported" something shows it ("data from the probe supported the finding").
    const sideTaken = SIDES_TAKEN.has(verb.lower) && !introducesContent(tokens, i, CONTENT_OPENERS, false);
    const ofRecord = (m: SourceMatch) => tokensIn(tokens, m.sourceStart, m.sourceEnd).some((t) => FINDING_RECORDS.has(t.lower) || t.lower === 'evidence');
    markNarrative(out, before, (m) => (m.kind === 'anonymous-source' && !informants(m)) || ((weak || (sideTaken && !ofRecord(m))) && m.kind === 'named-source'));
  }
  // "questions she preferred not to answer", "he prefers to fly private": a wish to act, no view of a claim; a crowd's
  // preference stays a view pinned on it ("Voters prefer to back a winner").
  if (verb.lower.startsWith('prefer') && (next.lower === 'to' || (next.lower === 'not' && at(tokens, i + 2).lower === 'to'))) markNarrative(out, before, (m) => m.kind !== 'vague-attribution');
  // "reporters know how many people read them", "neither party knows which nominee it helps": knowing an answer
  // says nothing of what it is; the writer's clause, no view held.
  // So is knowing a thing ("voters know this", "farmers understand the risk"); knowing a clause, even with no
  // "that" ("reporters know they're spun", "understood his meaning: it was breached") stays a view held.
  if (KNOWING.test(verb.lower) && (INDIRECT_QUESTIONS.has(at(tokens, i + 1).lower) || !knowsAClause(tokens, i))) markNarrative(out, before);
  // "Farmers feel the pinch", "the council feels the heat": feeling such a thing is undergoing it, no view held, as
  // feeling a clause ("voters feel the economy is weak"), a state ("some feel betrayed") or "a sense of safety" is.
  if (FEELING.test(verb.lower) && OBJECT_DETERMINERS.has(at(tokens, i + 1).lower) && undergoes(tokens, i + 2) && !knowsAClause(tokens, i)) markNarrative(out, before);
  // "A family friend found the car", "if Ford had found a larger audience": someone finding a thing, with no "that"
  // after, came upon it; a study or a report that finds reports what it found ("The study found the mass could…").
  // "found a potential source: the man's bedding": what was found, set out after a colon, is a finding reported.
  // So do people whose work is finding things out: "scientists found signs of the receptors", "researchers at Leeds
  // found the drug works".
  // A crowd finding a thing so is its verdict: "Some critics found the ending rushed", "Diners found it bland".
  const verdict = /^f(?:ind|inds|ound)$/.test(verb.lower) && foundItSo(tokens, i);
  // Not the record's, which reports what it holds.
  const notARecord = (m: SourceMatch): boolean => {
    let last = firstTokenFrom(tokens, m.sourceEnd) - 1;
    while (last >= 0 && !isWord(at(tokens, last))) last--;
    return !FINDING_RECORDS.has(at(tokens, last).lower) && !recordOfMaker(tokens, m.sourceStart, last) && !researchersIn(tokens, m.sourceStart, m.sourceEnd);
  };
  if (/^f(?:ind|inds|ound)$/.test(verb.lower) && !introducesContent(tokens, i, QUOTATION_OPENERS) && !colonInClause(tokens, i) && !peopleFoundDoing(tokens, i)) {
    markNarrative(out, before, (m) => !(verdict && m.kind !== 'named-source') && notARecord(m));
  }
  // "The force took five months to respond", "Acme failed to reply": how long a reply took, or that none came, says
  // nothing.
  // Not "took to Twitter to respond that …", nor one who then answers ("took a week to respond and later said 400 calls
  // had been missed"). The scans run only for a verb of replying.
  const delayed = () => tokens.slice(Math.max(0, i - 7), i - 1).some((t) => DELAYED.has(t.lower));
  const saysLater = () => tokens.slice(i + 1).some((t) => SPEECH_VERBS.has(t.lower));
  if (/^(?:respond|reply|answer)$/.test(verb.lower) && at(tokens, i - 1).lower === 'to' && at(tokens, i + 1).lower !== 'that' && delayed() && !saysLater()) markNarrative(out, before);
  // "Customers who say yes will be switched", "Savers who said no": a crowd's answer to an offer, no claim told.
  // Not "Critics say no deal is possible".
  const answer = at(tokens, i + 1).lower === 'yes' || at(tokens, i + 1).lower === 'no';
  // Nor "Analysts who say no recession is coming", "A source who said no decision had been made": after "no", only what
  // ends the answer ("who said no kept", "who say no will").
  // A relative's "who say no to the budget" keeps the crowd's stance, which may be the sentence's only one; "who say
  // yes to the offer" accepts it.
  const answerEnds = at(tokens, i + 1).lower === 'yes' || ANSWER_ENDS.has(at(tokens, i + 2).lower);
  const relative = at(tokens, i - 1).lower === 'who';
  const yesTo = at(tokens, i + 1).lower === 'yes';
  if (/^(?:say|says|said)$/.test(verb.lower) && answer && answerEnds && isWord(at(tokens, i + 2)) && (relative ? yesTo || at(tokens, i + 2).lower !== 'to' : at(tokens, i + 2).lower === 'to')) markNarrative(out, before, (m) => m.kind !== 'named-source');
  // "He recorded an album", "She measured the room": making a record of a thing, with no figure or clause after it,
  // made something and reported nothing ("Police recorded 1,200 burglaries", "The survey recorded a rise" report).
  // Only a person making one, or a work recorded: "Hull police recorded a sharp rise", "The coroner recorded a verdict"
  // report what they found.
  if (MAKING_RECORDS.test(verb.lower) && OBJECT_DETERMINERS.has(at(tokens, i + 1).lower) && !COUNTS_MADE.has(at(tokens, i + 2).lower) && !knowsAClause(tokens, i) && !figureInClause(tokens, i + 1)) {
    // Or one tracked to a place ("Police tracked the stolen car to a garage"); a body measuring or tracking a thing
    // reports it ("The Met Office measured the strongest gust", "The statistics office tracked the decline").
    const trackedTo = /^track/.test(verb.lower) && tokens.slice(i + 2, i + 8).some((t) => t.lower === 'to');
    const work = trackedTo || tokens.slice(i + 2, i + 5).some((t) => RECORDED_WORKS.has(t.lower));
    markNarrative(out, before, (m) => {
      const maker = at(tokens, firstTokenFrom(tokens, m.sourceEnd) - 1).lower;
      return (work || PERSONAL_PRONOUNS.has(maker)) && notARecord(m) && !RECORDS.has(maker) && !OWNED_DOCUMENTS.has(maker);
    });
  }
  // "testified before the committee", "witnesses testifying over three days": an appearance, no claim reported.
  if (TESTIFYING.has(verb.lower) && !testimonyReported(tokens, i, out, before)) markNarrative(out, before);
  // "characterizing the moon's ice shell": studying a thing; one characterizes something "as" what one says it is.
  if (CHARACTERIZING.test(verb.lower) && !asInClause(tokens, i)) markNarrative(out, before);
  // "students protested outside the school", "hundreds protested on Sunday": a protest held somewhere, against
  // nothing named, is an act; "protested the decision", "protested that" say what against.
  if (PROTESTING.has(verb.lower) && (PROTEST_SETTINGS.has(at(tokens, i + 1).lower) || !isWord(at(tokens, i + 1)))) markNarrative(out, before);
  // "What did the council say?": a question asks, and reports no claim.
  if (asksAQuestion(tokens, out, before) && !saysAfter(tokens, i + 1, 8)) markNarrative(out, before);
  // "a man at the back yelled “Go home!”": someone unnamed crying out at an event is no source.
  if (CRYING_OUT.test(verb.lower) && at(tokens, i + 1).lower !== 'that') markNarrative(out, before, (m) => m.kind !== 'named-source');
  // "Neither Reed nor Marsh said …", "neither he nor Marsh echoed …": the last of a pair denied, as "did not say" is.
  markNarrative(out, before, (m) => at(tokens, firstTokenFrom(tokens, m.sourceStart) - 1).lower === 'nor' && tokens.slice(0, i).some((t) => t.lower === 'neither'));
  // "did not say", "wouldn't discuss": no claim made; but "critics do not believe" is still a view held.
  if (act || (negated && (!COGNITIVE_VERBS.has(verb.lower) || WEAK_COGNITION.has(verb.lower)))) markNarrative(out, before);
  else if (modal) {
    // "Some would argue that", "critics might say": the writer's guess at what a crowd says is still the crowd's
    // claim, put to no one who could be asked; what one person would say is not yet said.
    markNarrative(out, before, (m) => !(guessed && m.kind === 'vague-attribution' && GUESSED_CLAIMS.test(verb.lower)));
  }
}

// People whose work is finding things out, by name or by a science's ending ("epidemiologists", "physicists").
const RESEARCHERS = new Set(['researchers', 'researcher', 'scientists', 'scientist', 'scholars', 'academics', 'authors', 'experts']);
const SCIENCE_PLURAL = /(?:ologists|icists|ographers)$/;

/**
 * "A study by the Hull Institute", "a report from the ministry", "a study published in Nature", "a paper presented at
 * the meeting": a record with its maker, or how it was made or put out, after it, from offset `from` to token `last`.
 */
function recordOfMaker(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = firstTokenFrom(tokens, from); k < last; k++) {
    const next = at(tokens, k + 1);
    if (FINDING_RECORDS.has(at(tokens, k).lower) && (MAKER_LINKS.has(next.lower) || RECORD_PARTICIPLES.has(next.lower) || (!next.capitalized && isLettersThen(next.lower, 'ed')))) return true;
  }
  return false;
}
const MAKER_LINKS = new Set(['by', 'from', 'of', 'on', 'in']);

function researchersIn(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && at(tokens, k).start < end; k++) {
    const w = at(tokens, k).lower;
    if (RESEARCHERS.has(w) || SCIENCE_PLURAL.test(w)) return true;
  }
  return false;
}

const CHARACTERIZING = /^characteri[sz]/;
/** Whether "as" follows the verb at i within its clause: "characterized the plan as reckless". */
function asInClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 12 && !at(tokens, k).endsSentence; k++) {
    const t = at(tokens, k);
    if (t.lower === 'as') return true;
    if (!isWord(t) && t.text !== ',' && !QUOTE_MARKS.test(t.text)) return false;
  }
  return false;
}

const KNOWING = /^(?:know|knows|knew|understand|understands|understood|reali[sz]e|reali[sz]es|reali[sz]ed)$/;
// A number after the thing known is no figure known: "millers understood this in 1990".
const knowsAClause = (tokens: readonly Token[], i: number): boolean =>
  introducesContent(tokens, i, CONTENT_OPENERS, false) || bareClause(tokens, i) || SUBJECT_PRONOUNS.has(at(tokens, i + 1).lower.replace(CONTRACTION, '')) || colonInClause(tokens, i);
const FEELING = /^(?:feel|feels|felt)$/;
const YEAR = /^(?:1[89]|20)\d\d\b/;
// What a count made reports: "compiled the number of potholes filled".
const COUNTS_MADE = new Set(['number', 'numbers', 'count', 'total', 'tally', 'figures', 'data', 'statistics']);
const ANSWER_ENDS = new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'are', 'were', 'is', 'was', 'have', 'has', 'had', 'kept', 'keep', 'stayed', 'stay', 'remained', 'remain', 'got', 'get', 'received', 'receive', 'lost', 'lose', 'faced', 'face', 'risk']);
// Works one records, and who makes a record in person.
const RECORDED_WORKS = new Set(['album', 'albums', 'song', 'songs', 'single', 'singles', 'track', 'tracks', 'ep', 'podcast', 'podcasts', 'video', 'videos', 'episode', 'episodes', 'interview', 'interviews', 'message', 'meeting', 'conversation', 'call', 'session', 'duet', 'cover', 'version', 'voiceover', 'audiobook', 'tribute', 'speech', 'documentary', 'film', 'programme', 'program', 'performance', 'birdsong', 'sound', 'sounds', 'room', 'distance']);
// People only: the subject pronouns but "it".
const PERSONAL_PRONOUNS = new Set([...SUBJECT_PRONOUNS].filter((p) => p !== 'it'));
/** "quoting a police source", "quoting two officials": someone quoted, not a record ("quoting unpublished figures"). */
// Its head, before what it is of or from ("quoting a letter from her doctor" quotes a letter).
const quotesSomeone = (tokens: readonly Token[], i: number): boolean => {
  const words = phraseAfter(tokens, i + 1, 8);
  const end = words.findIndex((w) => QUOTED_OF.has(w.lower));
  return words.slice(0, end < 0 ? words.length : end).some((w) => /^sources?$/.test(w.lower) || isPersonRole(w.lower) || isPeoplePlural(w.lower));
};
const QUOTED_OF = new Set(['from', 'of', 'by', 'in', 'to', 'on']);
const DELAYED = new Set(['took', 'take', 'takes', 'taking', 'failed', 'fails', 'fail', 'failing']);
const MAKING_RECORDS = /^(?:record|records|recorded|measured|measures|compiled|compiles|tracked|tracks)$/;
/** Whether a number other than a year stands in the clause from k on: "recorded the highest total, 1,200". */
function figureInClause(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 25 && j < tokens.length && !at(tokens, j).boundary && at(tokens, j).text !== ';'; j++) if ((STARTS_WITH_NUMBER.test(at(tokens, j).text) && !YEAR.test(at(tokens, j).text)) || lexicon.NUMBER_WORDS.has(at(tokens, j).lower)) return true;
  return false;
}
const UNDERGONE = new Set(['pinch', 'heat', 'effect', 'effects', 'impact', 'impacts', 'strain', 'squeeze', 'brunt', 'force', 'weight', 'spotlight', 'sting', 'burn', 'chill', 'cold', 'consequences', 'fallout', 'shock', 'tremors', 'benefit', 'benefits']);
/** Whether a thing undergone heads the words from k ("the pinch", "the full force of"), an adjective or two before it. */
function undergoes(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && isWord(at(tokens, j)); j++) {
    if (UNDERGONE.has(at(tokens, j).lower)) return true;
    if (at(tokens, j).lower === 'of') return false;
  }
  return false;
}
const INDIRECT_QUESTIONS = new Set(['how', 'what', 'whether', 'when', 'where', 'who', 'which', 'why', 'if']);

// Objects that make a verb of saying something else: a request denied or a bid rejected, a prize claimed, a quarrel,
// a hospital stay, one's own meeting concluded, a phone or questions answered, a call responded to, thanks expressed,
// visitors shown round, a work written. (A story told is reported: dev.jsonl 58f23cda8f.)
// What is turned down as an act, no claim denied: "rejected the request", "rejected an earlier offer of 410p".
const REQUESTS = new Set(['request', 'requests', 'application', 'applications', 'bail', 'entry', 'access', 'permission', 'permit', 'visa', 'visas', 'parole', 'appeal', 'appeals', 'motion', 'motions', 'attempt', 'bid', 'bids', 'petition', 'lawsuit', 'suit', 'offer', 'offers', 'proposal', 'proposals', 'approach', 'approaches', 'amendment', 'amendments']);
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'consul']);
// Where or why an envoy is called: "from Leeds", "for consultations", "home", "in protest".
const ENVOY_CALLED = new Set(['from', 'for', 'home', 'in', 'over', 'after', 'following', 'amid', 'to', 'on', 'last', 'this', 'and']);
// What may follow an act with nothing said after it: the sentence's end, a comma, or where, when and why it was done.
const AFTER_AN_ACT = new Set(['from', 'to', 'home', 'in', 'on', 'at', 'for', 'after', 'before', 'over', 'during', 'with', 'and', 'as', 'last', 'this', 'early', 'late']);
const endsTheAct = (t: Token): boolean => !isWord(t) ? t.text !== ':' && !QUOTE_MARKS.test(t.text) : AFTER_AN_ACT.has(t.lower);
const VOTES = new Set(['vote', 'votes', 'veto', 'vetoes', 'ballot', 'ballots']);
// Not "claimed victory", which declares it.
const PRIZES = new Set(['prize', 'title', 'seat', 'seats', 'crown', 'lives', 'life', 'trophy', 'medal', 'championship', 'nomination', 'lead', 'top', 'gold', 'silver', 'bronze', 'jackpot', 'record', 'body', 'bodies', 'remains',
  // What is claimed as owed: "claimed pension credit", "claimed compensation".
  'pension', 'benefit', 'benefits', 'allowance', 'allowances', 'compensation', 'refund', 'refunds', 'expenses', 'asylum', 'damages', 'rebate', 'rebates']);
const ENDED_THINGS = new Set(['hearing', 'hearings', 'meeting', 'meetings', 'session', 'visit', 'tour', 'talks', 'trip', 'campaign', 'season', 'career', 'business', 'remarks', 'speech', 'investigation', 'inquiry', 'review', 'deal', 'sale', 'purchase']);
const CALLS_OUT = new Set(['call', 'calls', 'scene', 'alarm', 'alarms', 'emergency', 'emergencies', 'disturbance', 'fire', 'fires', 'incident', 'crash', '911']);
const ANSWERED_THINGS = new Set(['phone', 'door', 'call', 'calls', 'telephone', 'bell', 'questions', 'queries']);
const COURTESIES = new Set(['thanks', 'gratitude', 'condolences', 'sympathy', 'sympathies', 'appreciation', 'congratulations', 'best']);
// "had written music for the show", "wrote a novel", "writes the code".
const WORKS_WRITTEN = new Set(['check', 'checks', 'cheque', 'cheques', 'music', 'song', 'songs', 'lyrics', 'book', 'books', 'novel', 'novels', 'script', 'scripts', 'screenplay', 'screenplays', 'poem', 'poems', 'poetry', 'code', 'software', 'score', 'symphony', 'opera', 'play', 'plays', 'memoir', 'memoirs', 'biography', 'chapter', 'chapters', 'fiction', 'program', 'programs', 'programme', 'programmes', 'algorithm', 'algorithms', 'app', 'apps']);
/** The noun a participle at i describes: the word before it, past a comma or a form of "be". */
function workBefore(tokens: readonly Token[], i: number): string {
  let k = i - 1;
  while (k > 0 && k >= i - 3 && (at(tokens, k).text === ',' || PASSIVE_BE.has(at(tokens, k).lower) || isLyAdverb(at(tokens, k).lower))) k--;
  return at(tokens, k).lower;
}
/** The word after an optional determiner or possessive at k. */
function headAfter(tokens: readonly Token[], k: number): string {
  return headAfterWord(tokens, k).lower;
}
/** The word `headAfter` reads, as a token. */
function headAfterWord(tokens: readonly Token[], k: number): Token {
  const t = at(tokens, k);
  // "claimed Reed's body": a name's possessive is a determiner too.
  return DETERMINERS_BEFORE_DEGREE.has(t.lower) || POSSESSIVES.has(t.lower) || (isPossessive(t) && t.capitalized) ? at(tokens, k + 1) : t;
}
// What "show" puts on show when it reports no claim: "showed no (outward) sign of …", "shows promise", "showed her class".
const SIGN_AMOUNTS = new Set(['no', 'little', 'few', 'any', 'some', 'every', 'clear', 'early']);
const WILL_SHOWN = new Set(['interest', 'inclination', 'appetite', 'willingness', 'desire']);
const QUALITIES_SHOWN = new Set(['sign', 'signs', 'symptoms', 'promise', 'potential', 'restraint', 'class', 'skill', 'skills', 'courage', 'nerve', 'composure', 'grit', 'resilience', 'leadership', 'flair', 'talent', 'patience', 'mettle']);
const AFTER_A_RITE = new Set(['to', 'for', 'at', 'on', 'in', 'before', 'after', 'with', 'and', 'as', 'over', 'during', 'when', 'while', 'then', 'again', 'once', 'together', 'aloud', 'under', 'about']);
const COMMENT_SOUGHT = new Set(['comment', 'comments', 'response', 'responses', 'reaction', 'statement']);
// What is said as a rite or a greeting, not as a claim.
// A record's verbs in the present: "tracking suggests", "polling shows".
const RECORD_PRESENT = new Set(['shows', 'suggests', 'indicates', 'finds', 'puts', 'gives']);
const SAYS_AMOUNTS = new Set(['a lot', 'it all', 'so much', 'very little', 'a great', 'volumes about']);
// A faith's services and prayers, said only when no clause follows to the sentence's end: "said Mass at noon", not
// "said Mass in Latin would return" nor "said Mass, not the concert, would open the festival".
const FAITH_RITES = ['mass', 'rosary', 'blessing', 'liturgy', 'vespers', 'kaddish', 'psalm', 'psalms'];
// And nothing said at all, or an apology: "said nothing under cross-examination", "said sorry to the fans" (not
// "thanks", which "thanks to" makes a cause).
const SAID_RITES = new Set(['goodbye', 'goodbyes', 'farewell', 'farewells', 'hello', 'hi', 'grace', 'prayer', 'prayers', 'nothing', 'sorry', ...FAITH_RITES]);
/**
 * "denied the request for a loan", "claimed the prize", "argued with her brother", "was admitted to hospital",
 * "concluded its hearings": the verb of saying reports an act here, no claim.
 */
const PERSON_OBJECTS_DEFENDED = new Set(['him', 'them', 'himself', 'herself', 'themselves']);
const COURTS_OF_TRIAL = new Set(['court', 'trial', 'tribunal']);
function notAClaim(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i).lower;
  const next = at(tokens, i + 1).lower;
  // "pledged their support to Reed", "pledges its votes": backing given, as "endorsed" is; not "pledged that …".
  if (verb.startsWith('pledg') && POSSESSIVES.has(next) && PLEDGED_BACKING.has(at(tokens, i + 2).lower)) return true;
  // "linked the chemical to liver damage" relates one thing to another; "militants linked to the group", "had linked
  // arms", "links for new members" do not.
  if (LINKING.has(verb)) {
    // Nor joining one's own things, or each one to another ("linked its radio system with", "links each figure to").
    if (next === 'to' || next === 'with' || next === 'up' || next === 'arms' || JOINED_THINGS.has(next) || !isWord(at(tokens, i + 1))) return true;
    let k = i + 2;
    while (k < i + 8 && isWord(at(tokens, k)) && at(tokens, k).lower !== 'to' && at(tokens, k).lower !== 'with' && !NOT_IN_A_LINKED_OBJECT.has(at(tokens, k).lower)) k++;
    return at(tokens, k).lower !== 'to' && at(tokens, k).lower !== 'with';
  }
  // "The lender wrote off £40m", "wrote down the value of its stake": an entry in the accounts, no words.
  // Not "wrote down that the gate was open", "wrote down in the log that": words written down.
  if (/^(?:write|writes|wrote|written|writing)$/.test(verb) && (next === 'off' || next === 'down') && !tokens.slice(i + 2, i + 10).some((t) => t.lower === 'that' || QUOTE_MARKS.test(t.text) || t.text === ':')) return true;
  // "Ann Marsh defended Reed in court", "defended him at trial": a lawyer's work, no view defended; not "defended
  // her decision in court", "defended Acme's accounts", nor "in court filings", where a view is.
  if (/^defend(?:s|ed|ing)?$/.test(verb)) {
    let k = i + 1;
    if (PERSON_OBJECTS_DEFENDED.has(next)) k++;
    else while (k < i + 4 && at(tokens, k).capitalized && !isPossessive(at(tokens, k))) k++;
    const after = at(tokens, k + 2);
    if (k > i + 1 && (at(tokens, k).lower === 'in' || at(tokens, k).lower === 'at') && COURTS_OF_TRIAL.has(at(tokens, k + 1).lower) && (!isWord(after) || WHEN_OPENERS.has(after.lower))) return true;
  }
  if (/^(?:den(?:y|ie)|reject)/.test(verb)) {
    // One word may describe it: "rejected an earlier offer"; and nothing said of it may follow: "denied the offer was
    // too low" denies a claim.
    const described = (ARTICLES.has(next) || POSSESSIVES.has(next)) && /^\p{Ll}+$/u.test(at(tokens, i + 2).text) && REQUESTS.has(at(tokens, i + 3).lower);
    const request = described ? at(tokens, i + 3) : headAfterWord(tokens, i + 1);
    // "denied the offer existed", "rejected the offer as too low".
    const thenAt = tokenIndex(tokens, request) + 1;
    const then = at(tokens, thenAt);
    // A participle with its maker or its time describes the request: "the application submitted by Acme".
    const afterThen = at(tokens, thenAt + 1).lower;
    const describedRequest = afterThen === 'by' || WHEN_WORDS.has(afterThen) || WHEN_OPENERS.has(afterThen);
    // "denied the offer submitted by Acme had been received": what is said of it may follow its maker.
    let maker = thenAt + 2;
    while (isWord(at(tokens, maker)) && !AUXILIARIES.has(at(tokens, maker).lower) && !OWN_CLAUSE_OPENERS.has(at(tokens, maker).lower) && at(tokens, maker).lower !== 'and' && maker < thenAt + 8) maker++;
    const saidLater = afterThen === 'by' && AUXILIARIES.has(at(tokens, maker).lower);
    const saidOf = AUXILIARIES.has(then.lower) || then.lower === 'as' || (isPastForm(then.lower) && !then.capitalized && (!describedRequest || saidLater));
    if ((REQUESTS.has(request.lower) || described) && !saidOf && next !== 'that' && (DETERMINERS_BEFORE_DEGREE.has(next) || POSSESSIVES.has(next) || REQUESTS.has(next) || isPossessive(at(tokens, i + 1)))) return true;
    return /^den/.test(verb) && withholds(tokens, i);
  }
  // Not the subject of a clause claimed: "claimed asylum seekers were …", "claimed refunds were late".
  if (/^claim/.test(verb)) return PRIZES.has(headAfter(tokens, i + 1)) && !clauseWithin(tokens, i + 2, 6, OWN_CLAUSE_OPENERS);
  // "Hull recalled its ambassador": called home, no memory told; not "recalled the envoy had warned her".
  if (/^recall/.test(verb)) {
    const envoy = headAfterWord(tokens, i + 1);
    const at0 = tokenIndex(tokens, envoy) + 1;
    const after = at(tokens, at0);
    // Nor a memory of the envoy right after where ("recalled the ambassador to Hull had warned", "… to Hull telling him").
    // A verb of its own a few words on, not one joined by "and" or a relative clause's, is a clause of what is recalled.
    const remembered = tokens.slice(at0, at0 + 6).some((w, n, rest) => {
      const before = n > 0 ? (rest[n - 1] as Token).lower : '';
      if (before === 'and' || RELATIVE_PRONOUNS.has(before) || ARTICLES.has(before) || (AUXILIARIES.has(before) && w.lower.endsWith('ing'))) return false;
      return AUXILIARIES.has(w.lower) || (w.lower.endsWith('ing') && !w.capitalized && !PREPOSITION_PARTICIPLES.has(w.lower) && !THAT_TIMES.has(w.lower));
    });
    return ENVOYS.has(envoy.lower) && (!isWord(after) || ENVOY_CALLED.has(after.lower)) && !remembered && !saysAfter(tokens, at0, 10);
  }
  // "The defendant threatened a witness": a person threatened, no threat said ("threatened to sue", "threatened that
  // …" say one).
  if (/^threat/.test(verb)) {
    const threatened = headAfterWord(tokens, i + 1);
    const person = OBJECT_PRONOUNS.has(next) || ((ARTICLES.has(next) || POSSESSIVES.has(next)) && (lexicon.isPersonNoun(threatened.lower) || isPeoplePlural(threatened.lower)));
    return person && !saysAfter(tokens, i + 1, 8) && !tokens.slice(i + 1, i + 6).some((t) => t.lower === 'to' || t.lower === 'with');
  }
  // "The trial continues.": going on, with nothing said after it; a tag of a quotation says it.
  // Not after a name or a person, whose words a quotation before may hold ("“…?” Reed continued.").
  const goer = at(tokens, i - 1);
  if (/^continu/.test(verb) && at(tokens, i).endsSentence && !tagAfterQuotation(tokens, i) && !goer.capitalized && !SUBJECT_PRONOUNS.has(goer.lower) && !lexicon.isPersonNoun(goer.lower)) return true;
  // "Velmar cast its veto", "cast her vote": a vote given, not doubt cast.
  if (verb === 'cast' || verb === 'casts') return VOTES.has(headAfter(tokens, i + 1));
  // "is asking Acme for comment", "asked the council for a response": a request, no claim.
  if (/^ask(?:s|ed|ing)?$/.test(verb)) {
    for (let k = i + 2; k <= i + 5 && isWord(at(tokens, k)); k++) {
      const sought = INDEFINITE_ARTICLES.has(at(tokens, k + 1).lower) ? k + 2 : k + 1;
      if (at(tokens, k).lower === 'for' && COMMENT_SOUGHT.has(at(tokens, sought).lower)) return true;
    }
  }
  // "said goodbye to staff", "said a prayer", "say grace": words of a rite or a greeting, which claim nothing.
  // Only the rite's word with nothing but when, where or to whom after it: not the subject of a clause said ("said
  // goodbye was the hardest part"), nor a noun it describes ("said grace periods would end", "a farewell dinner").
  if (/^(?:say|says|said|saying)$/.test(verb)) {
    const rite = next === 'a' || (next === 'the' && FAITH_RITES.includes(at(tokens, i + 2).lower)) ? i + 2 : i + 1;
    const after = at(tokens, rite + 1);
    if (SAID_RITES.has(at(tokens, rite).lower) && (!isWord(after) || AFTER_A_RITE.has(after.lower)) && !clauseAfterRite(tokens, rite)) return true;
    // "The song says a lot about her", "The title says it all", "said a few words at the funeral": how much something
    // tells of someone, or a speech given, with nothing said in the sentence.
    const amount = `${next} ${at(tokens, i + 2).lower}`;
    const words = amount === 'a few' && at(tokens, i + 3).lower === 'words';
    const then = at(tokens, words ? i + 4 : i + 3);
    const ends = !isWord(then) && then.text !== ':' && !QUOTE_MARKS.test(then.text);
    // Not what the words open ("said very little about the plan had been explained").
    const opens = (ends || then.lower === 'about' || then.lower === 'for' || (words && AFTER_A_RITE.has(then.lower))) && !clauseWithin(tokens, tokenIndex(tokens, then) + 1, 8);
    return (SAYS_AMOUNTS.has(amount) || words) && opens;
  }
  if (/^argu/.test(verb)) return next === 'with' && !thatWithin(tokens, i + 2, 6);
  // "admitted to hospital", "migrants admitted to the United Kingdom", "admitted to Leeds University": let in.
  if (/^admit/.test(verb)) return next === 'to' && (/^(?:hospital|intensive|school|college|university|the country|country|the bar)$/.test(headAfter(tokens, i + 2)) || (headAfterWord(tokens, i + 2).capitalized && !thatWithin(tokens, i + 2, 8)));
  if (/^conclud/.test(verb)) return POSSESSIVES.has(next) && ENDED_THINGS.has(at(tokens, i + 2).lower);
  if (/^answer/.test(verb)) return ANSWERED_THINGS.has(headAfter(tokens, i + 1));
  // "Officers responded to a call", "responded to reports of a shooting": turning out, not a reply; "responded to
  // reports that …" answers a claim.
  if (/^respond/.test(verb) && next === 'to') {
    const called = headAfterWord(tokens, i + 2);
    return CALLS_OUT.has(called.lower) || (/^reports?$/.test(called.lower) && at(tokens, tokenIndex(tokens, called) + 1).lower === 'of');
  }
  // "showed them around"; "showed no sign of giving way", "shows promise": a manner or a quality on show, no claim.
  // "showed little (personal) interest in", "has shown no inclination to", "showed much of a desire for": how
  // much will someone showed, after an amount.
  if (/^show/.test(verb)) {
    // "ahead of the Detroit show.": after "the" and a name, with nothing shown after it, the show is the noun; not
    // after records from the named body ("…, data from the Leeds Grain Board show.").
    if (verb === 'show' && at(tokens, i).endsSentence) {
      let k = i - 1;
      while (k > 0 && at(tokens, k).capitalized) k--;
      // A participle and when may stand between the records and their maker: "…, figures released on Monday by the
      // Leeds Statistics Office show."
      let r = k - 2;
      while (r > k - 7 && isWord(at(tokens, r)) && !RECORDS.has(at(tokens, r).lower) && (BY_PARTICIPLES.has(at(tokens, r).lower) || WHEN_WORDS.has(at(tokens, r).lower) || MONTHS.has(at(tokens, r).lower) || r === k - 2 || at(tokens, r).lower === 'on' || at(tokens, r).lower === 'in')) r--;
      const recordsOf = (at(tokens, k - 1).lower === 'from' || at(tokens, k - 1).lower === 'by') && RECORDS.has(at(tokens, r).lower);
      // Not records under a name of their own: "…, its Annual Accounts show."
      const namedRecords = tokens.slice(k + 1, i).some((t) => RECORDS.has(t.lower) || ACCOUNTS.has(t.lower) || INSTITUTIONS.has(t.lower) || t.lower === 'accounts');
      if (k < i - 1 && (at(tokens, k).lower === 'the' || (POSSESSIVES.has(at(tokens, k).lower) && !namedRecords)) && !recordsOf) return true;
    }
    const amount = SIGN_AMOUNTS.has(next) || next === 'much';
    const k = next === 'much' && at(tokens, i + 2).lower === 'of' && INDEFINITE_ARTICLES.has(at(tokens, i + 3).lower) ? i + 4 : i + 2;
    const shown = amount ? at(tokens, k).lower : headAfter(tokens, i + 1);
    return ((OBJECT_PRONOUNS.has(next) || isPeoplePlural(next) || at(tokens, i + 1).capitalized) && /^a?round$/.test(at(tokens, i + 2).lower)) || QUALITIES_SHOWN.has(shown) || (amount && (WILL_SHOWN.has(shown) || WILL_SHOWN.has(at(tokens, k + 1).lower) || QUALITIES_SHOWN.has(at(tokens, k + 1).lower)));
  }
  if (/^express/.test(verb)) return COURTESIES.has(headAfter(tokens, i + 1));
  // "snapped his picture", "snapping selfies": taking a photograph, not snapping at someone.
  if (/^snap/.test(verb)) return PICTURES.has(headAfter(tokens, i + 1));
  // "many vets don't think to ask": minding to do something, no belief; "is thought to" is a hedge of its own.
  if (/^th(?:ink|ought)/.test(verb)) return next === 'to' && !PASSIVE_BE.has(at(tokens, i - 1).lower);
  // "fans shouted out odd questions": questions put say nothing.
  if (/^(?:shout|yell|pos|field|lob)/.test(verb)) {
    for (let k = i + 1; k <= i + 4 && isWord(at(tokens, k)); k++) if (QUESTIONS.has(at(tokens, k).lower)) return true;
    return false;
  }
  // "Keep staff informed about the talks", "stay informed.": someone kept up to date, not someone told.
  if (/^inform/.test(verb)) return !isWord(at(tokens, i + 1)) || KEPT_INFORMED.has(next);
  // "The researchers observed the comet for 17 nights", "monitors who observed voting": watching something, no remark;
  // "observed that …", "observed, …", "observed of Reed:" remark, and so does a tag with when it was said ("…, he
  // observed this week, without …").
  if (/^observ/.test(verb)) {
    const when = WHEN_WORDS.has(next) || WHEN_WORDS.has(at(tokens, i + 2).lower);
    return isWord(at(tokens, i + 1)) && !QUOTE_MARKS.test(at(tokens, i + 1).text) && !REMARK_OPENERS.has(next) && !when;
  }
  // "The film tells the story of a girl who …", "an ad that tells the story of a nurse": a story told is no claim in the
  // sentence; "the data tell a story of decline" sums the data up, and "tells the tale of how …" recounts events.
  // So is a joke or a riddle told: "Reed told a joke about the mayor".
  // But people who tell someone's tale tell what befell them: "Marsh told the tale of her neighbour, who …".
  if (/^t(?:ell|old)/.test(verb)) {
    const told = ARTICLES.has(next) || POSSESSIVES.has(next) ? i + 2 : i + 1;
    const thing = at(tokens, told).lower;
    const after = at(tokens, told + 1).lower;
    if (TOLD_THINGS.has(thing) && after !== 'that') return true;
    return /^tell/.test(verb) && (next === 'the' || POSSESSIVES.has(next)) && STORIES.has(thing) && after === 'of' && !INDIRECT_QUESTIONS.has(at(tokens, i + 4).lower);
  }
  // "reported for duty", "reports to work at six": turning up, no report.
  // "reported the theft to police", "reported the account to Instagram": a wrong brought to someone, no report passed on.
  if (/^report(?:s|ed)?$/.test(verb) && (ARTICLES.has(next) || POSSESSIVES.has(next)) && [i + 3, i + 4].some((k) => at(tokens, k).lower === 'to' && WRONGS.has(at(tokens, k - 1).lower) && tokens.slice(i + 2, k).every(isWord) && !TO_BE_HAVE.has(at(tokens, k + 1).lower) && !clauseWithin(tokens, k + 1, 6)) && !saysAfter(tokens, i + 2, 12)) return true;
  // "reported for pre-season training": a word of which between.
  const duty = DUTIES.has(at(tokens, i + 2).lower) ? i + 2 : /^[a-z]+-[a-z]+$/.test(at(tokens, i + 2).lower) && DUTIES.has(at(tokens, i + 3).lower) ? i + 3 : -1;
  if (/^report/.test(verb) && (next === 'for' || next === 'to') && duty > 0 && (endsTheAct(at(tokens, duty + 1)) || THAT_TIMES.has(at(tokens, duty + 2).lower)) && !saysAfter(tokens, duty + 1, 12)) return true;
  // "read a poem", "reads the book": a work read aloud or through, as one written, says nothing in the sentence.
  // "who writes about farm loans", "wrote about the visit in her book": a topic written on, nothing said of it
  // in the sentence ("wrote about the plan: …" says it).
  if (/^wr[io]t/.test(verb) && next === 'about') return !saysAfter(tokens, i + 2, 10);
  // "has written to the chain three times": a letter sent, nothing said of it in the sentence.
  // Only in the perfect, which tells a letter sent, not a tag of a quotation before it ("“…,” Reed wrote to his staff").
  // Nor one that goes on to say something: "expressing concern", "urging", "to complain".
  if (/^written$/.test(verb) && next === 'to') {
    const rest = tokens.slice(i + 2, i + 14);
    const sayingAfter = rest.some((t) => t.lower.endsWith('ing') && (ATTRIBUTION_VERBS.has(t.lower) || STANCE_ACT_FORMS.has(t.lower))) || MESSAGE_SAYING_AFTER.test(lowersOf(rest).join(' '));
    return !saysAfter(tokens, i + 2, 12) && !sayingAfter && !tagAfterQuotation(tokens, i);
  }
  // So is one outlined, and works counted: "wrote hundreds of songs", "had outlined the book".
  if (/^wr[io]t/.test(verb) || /^reads?$/.test(verb) || /^outlin/.test(verb)) {
    let k = i + 1;
    // "of" only after a count ("hundreds of songs"), not "wrote of the memoir that …", a topic.
    const counting = (t: Token, n: number) => STARTS_WITH_NUMBER.test(t.text) || NUMBER_WORDS.has(t.lower) || (COUNTING_WORKS.has(t.lower) && (t.lower !== 'of' || n > i + 1));
    while (k <= i + 4 && counting(at(tokens, k), k)) k++;
    // The work’s noun after its determiner and up to two words that describe it: "wrote the two early programs".
    let w = ARTICLES.has(at(tokens, k).lower) || POSSESSIVES.has(at(tokens, k).lower) ? k + 1 : k;
    while (w < k + 3 && !WORKS_WRITTEN.has(at(tokens, w).lower) && isWord(at(tokens, w)) && !at(tokens, w).capitalized && !JOINS_A_PHRASE.has(at(tokens, w).lower) && !isClauseWord(at(tokens, w))) w++;
    // Not a work's word in a writer's title: "wrote program director Ann Marsh", "wrote software engineer Tom Reed".
    const titled = at(tokens, w + 1).capitalized || isPersonRole(at(tokens, w + 1).lower);
    // Nor a work that goes on to say something: "wrote a new book arguing that …".
    const saying = at(tokens, w + 1).lower.endsWith('ing');
    return WORKS_WRITTEN.has(at(tokens, w).lower) && !titled && !saying;
  }
  return false;
}
// Words that count works before them: "hundreds of songs", "a few poems", "several more books".
const COUNTING_WORKS = new Set(['of', 'few', 'several', 'many', 'more', 'dozen', 'couple', 'new', 'other']);

/**
 * Whether a clause of what was said follows the rite at k, so that the rite's word opens it: "said nothing in the house
 * had been taken", "said nothing over the summer changed his mind" (a verb of its own before any punctuation); a
 * faith's rite read on past commas to the sentence's end ("said Mass in Latin would return", "said Mass, not the
 * concert, would open the festival"), and no rite at all as a name in capitals ("said Blessing, 24, would start").
 */
function clauseAfterRite(tokens: readonly Token[], k: number): boolean {
  const rite = at(tokens, k);
  if (rite.lower === 'nothing') {
    const stop = tokens.slice(k + 1, k + 10).find((t) => !isWord(t) || FINITE_CLAUSE_VERBS.has(t.lower) || (!t.capitalized && isPastForm(t.lower)));
    return stop !== undefined && isWord(stop);
  }
  if (!FAITH_RITES.includes(rite.lower)) return false;
  if (rite.capitalized && rite.lower !== 'mass') return true;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = at(tokens, m);
    if (t.endsSentence) return false;
    if (FINITE_CLAUSE_VERBS.has(t.lower) || (!t.capitalized && (isPastForm(t.lower) || looksLikeVerb(t.lower)))) return true;
  }
  return false;
}
// Where something was said, between its verb and "that": "confirmed on its official account that".
const SAID_WHERE = new Set(['on', 'in', 'at', 'via', 'through']);
/** Whether "that" follows the verb at i past a short phrase of where it was said, with no punctuation between. */
function thatAfterWhere(tokens: readonly Token[], i: number): boolean {
  if (!SAID_WHERE.has(at(tokens, i + 1).lower)) return false;
  // "that" opening what was said, not a relative clause: "concluded at a stadium that had sold out".
  for (let k = i + 2; k <= i + 7 && isWord(at(tokens, k)); k++) if (at(tokens, k).lower === 'that') return k > i + 2 && opensClauseSubject(at(tokens, k + 1));
  return false;
}
/**
 * Whether a finite verb (an auxiliary, or a past form unless `auxiliariesOnly`) stands within n words from k, before any
 * punctuation; with `stops`, before a word that opens a clause of its own too ("claimed a refund after the flight was
 * cancelled").
 */
function clauseWithin(tokens: readonly Token[], k: number, n: number, stops?: ReadonlySet<string>, auxiliariesOnly = false): boolean {
  for (let j = k; j < k + n && isWord(at(tokens, j)); j++) {
    const w = at(tokens, j);
    if (stops?.has(w.lower)) return false;
    if (AUXILIARIES.has(w.lower) || (!auxiliariesOnly && isPastForm(w.lower) && !w.capitalized)) return true;
  }
  return false;
}
const OWN_CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'if', 'as', 'that', 'which', 'who', 'whom']);
// "remembers that dark night when the mill burned": "that" a determiner, the verb a relative clause's.
const RELATIVE_OPENERS_OF_THAT = new Set(['when', 'where', 'who', 'which', 'that', 'whom']);
// A letter written to someone to say something: "has written to the council to complain".
const MESSAGE_SAYING_AFTER = /\bto (?:say|complain|demand|ask|urge|warn)\b/;
const QUESTIONS = new Set(['question', 'questions', 'query', 'queries']);
const KEPT_INFORMED = new Set(['on', 'about', 'of', 'and', 'or', 'as', 'in', 'at', 'through', 'with', 'throughout']);
const PICTURES = new Set(['picture', 'pictures', 'photo', 'photos', 'photograph', 'photographs', 'selfie', 'selfies', 'shot', 'shots', 'image', 'images', 'pic', 'pics']);
/**
 * "denying flu shots to detainees", "denied a permit to the group", "denied them entry": a thing withheld from
 * someone, not a claim denied ("denied the charges", "deny any links to the group", "denied that …").
 */
function withholds(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (/^(?:him|her|them|us|me)$/.test(next.lower)) return isWord(at(tokens, i + 2)) && !CONTENT_OPENERS.has(at(tokens, i + 2).lower);
  // "denied being rude to the staff", "denied having sent it to anyone": a gerund is what was denied.
  if (next.lower.endsWith('ing')) return false;
  for (let k = i + 2; k <= i + 5 && isWord(at(tokens, k)); k++) {
    const t = at(tokens, k);
    if (t.lower === 'to') return !DENIED_CLAIMS.has(at(tokens, k - 1).lower) && !CLAIM_NOUNS.has(at(tokens, k - 1).lower);
    if (CONTENT_OPENERS.has(t.lower) || t.capitalized) return false;
  }
  return false;
}
// What is denied as a claim, "to" after it saying what about: "links to the group", "ties to", "access to" excepted.
const DENIED_CLAIMS = new Set(['links', 'link', 'ties', 'connection', 'connections', 'involvement', 'role', 'relationship', 'relationships', 'contact', 'contacts', 'knowledge', 'charges', 'charge', 'accusations', 'accusation', 'allegations', 'reports', 'report', 'rumors', 'rumours', 'responsibility', 'wrongdoing', 'guilt']);
const STORIES = new Set(['story', 'stories', 'tale', 'tales', 'saga', 'history']);
const TOLD_THINGS = new Set(['joke', 'jokes', 'fortunes', 'riddle', 'riddles']);
const DUTIES = new Set(['duty', 'work', 'training', 'camp', 'base', 'practice']);
// "reported the fire to be under control": an infinitive after "to", no one reported to.
const TO_BE_HAVE = new Set(['be', 'have']);
// Wrongs brought to someone, not results reported: "reported the theft to police", not "reported a loss to shareholders".
const WRONGS = new Set(['theft', 'thefts', 'fraud', 'crime', 'crimes', 'incident', 'incidents', 'attack', 'assault', 'burglary', 'robbery', 'scam', 'account', 'accounts', 'post', 'posts', 'video', 'abuse', 'harassment', 'threat', 'threats', 'accident',
  'fire', 'fires', 'breach', 'breaches', 'matter', 'death', 'deaths', 'bug', 'bugs', 'leak', 'leaks', 'stabbing', 'shooting', 'outbreak', 'crash', 'collision', 'disappearance', 'problem', 'problems', 'sighting', 'sightings', 'damage', 'vandalism']);
const REMARK_OPENERS = new Set(['that', 'of', 'how', 'what', 'why', 'whether', 'wryly', 'dryly', 'drily', 'recently', 'once', 'later', 'then', 'also', 'in', 'to', 'at']);
const ACCOUNTS = new Set(['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'income']);
/** "reported in-line or better than expected results", "report quarterly earnings": a firm's accounts as the object. */
function reportsAccounts(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 7 && isWord(at(tokens, k)); k++) {
    const w = at(tokens, k).lower;
    if (ACCOUNTS.has(w)) return true;
    if (w === 'that' || SUBJECT_PRONOUNS.has(w) || AUXILIARIES.has(w)) return false;
  }
  return false;
}

/**
 * "when the bank reports in July", "Acme reports next week.": a time, and then the clause ends, in a clause of time or
 * a sentence of its own; not a tag after what was reported ("…, Acme reported on Tuesday.") or before it ("Acme
 * reported on Monday, in a filing, that …", "reported on Tuesday: …").
 */
function reportsOnlyWhen(tokens: readonly Token[], i: number, sourceStart: number): boolean {
  let k = i + 1;
  if (at(tokens, k).lower === 'in' || WHEN_OPENERS.has(at(tokens, k).lower)) k++;
  // "reports in the autumn": a season or a month after "the".
  const whenWord = (w: string) => WHEN_WORDS.has(w) || lexicon.MONTHS.has(w) || SEASONS.has(w);
  if (at(tokens, k).lower === 'the' && k === i + 2 && whenWord(at(tokens, k + 1).lower)) k++;
  const when = at(tokens, k);
  if (k === i + 1 || !whenWord(when.lower)) return false;
  const after = at(tokens, k + 1);
  const source = tokens.findIndex((w) => w.start === sourceStart);
  if (source > 0 && TIME_CLAUSES.has(at(tokens, source - 1).lower)) return !isWord(after) && after.text !== ':' && !QUOTE_MARKS.test(after.text) && !(after.text === ',' && QUOTE_MARKS.test(at(tokens, k + 2).text));
  // "The inquiry reports in the autumn, after polling day.": a second phrase of when may follow.
  const laterWhen = after.text === ',' && (TIME_CLAUSES.has(at(tokens, k + 2).lower) || at(tokens, k + 2).lower === 'by');
  return source === 0 && ((k + 1 >= tokens.length - 1 && (after.text === '.' || k + 1 >= tokens.length)) || (laterWhen && !tokens.slice(k + 3).some((t) => SPEECH_FORMS.has(t.lower) || t.lower === 'that')));
}
const TIME_CLAUSES = new Set(['when', 'until', 'before', 'after', 'once']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

// "pointed it out", "pointed this out": pointing out with the object between.
const POINTED_OUT = new Set(['it', 'this', 'that']);
const SUPERLATIVES = new Set(['most', 'more', 'least']);
const SUGGESTING = new Set(['suggest', 'suggests', 'suggested']);
// What one assumes as one takes it on: "assumed office", "assume control".
const TAKEN_ON = new Set(['office', 'power', 'control', 'command', 'responsibility', 'leadership', 'charge', 'duties', 'role', 'post', 'presidency', 'position', 'title', 'mantle', 'chair']);
/** "assumed office", "assumed his post", "assumed Reed's style": taking something on, an act, no belief held. */
function takesOn(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  return at(tokens, i).lower.startsWith('assum') && (POSSESSIVES.has(next.lower) || TAKEN_ON.has(next.lower) || (next.lower === 'the' && TAKEN_ON.has(at(tokens, i + 2).lower)) || (next.capitalized && isPossessive(next)));
}
/** Whether "who" stands right before the verb at i, with only an active auxiliary or a clause adverb between ("who have also said"). */
function whoBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && ((AUXILIARIES.has(at(tokens, k).lower) && !PASSIVE_BE.has(at(tokens, k).lower)) || CLAUSE_ADVERBS.has(at(tokens, k).lower))) k--;
  return at(tokens, k).lower === 'who';
}
const CONJUNCTIONS_OF_CLAUSES = new Set(['and', 'but']);
const CLAUSE_ADVERBS = new Set(['then', 'later', 'also', 'again', 'quickly', 'still', 'now']);
// What a verbal attack is aimed at besides people: their words, plans and record.
const ATTACKED_THINGS = new Set(['plan', 'plans', 'proposal', 'proposals', 'policy', 'policies', 'record', 'remarks', 'comments', 'comment', 'decision', 'bill', 'deal', 'ruling', 'rhetoric', 'campaign', 'administration', 'party', 'media', 'press', 'idea', 'ideas', 'agenda', 'position', 'stance', 'speech', 'claims', 'strategy', 'leadership', 'handling', 'response', 'budget', 'law', 'order', 'approach', 'tax', 'levy']);
/** The target of an attack at k, past its determiner: a name, a person, a people, or what they said or did. */
function attackedTarget(tokens: readonly Token[], k: number): boolean {
  const n = OBJECT_DETERMINERS.has(at(tokens, k).lower) ? k + 1 : k;
  const w = at(tokens, n);
  if (!isWord(w)) return false;
  if (w.capitalized || OBJECT_PRONOUNS.has(w.lower) || INSTITUTIONS.has(w.lower) || isPeoplePlural(w.lower) || isPersonRole(w.lower) || lexicon.isPersonNoun(w.lower)) return true;
  // "her rivals' plan", "the mayor's record": an owner, then the thing.
  return [n, n + 1, n + 2].some((m) => isWord(at(tokens, m)) && ATTACKED_THINGS.has(at(tokens, m).lower));
}
const CAUSATIVES = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting']);
const NAME_MODIFIERS = new Set(['former', 'late', 'then', 'outgoing', 'incoming', 'acting', 'interim', 'deputy', 'retired', 'current', 'longtime', 'fellow', 'veteran']);
/**
 * "The group claimed the attack but officials have said": "but" (or another word `opener` accepts) and a source of its
 * own before a verb of saying open the writer's clause again, not more of what was claimed. The source's words, or null.
 */
function clauseThenSource(tokens: readonly Token[], i: number, sentenceStart: number, opener: (word: string) => boolean = (w) => w === 'but', pronounSubject = false): Token[] | null {
  let k = skipBetween(tokens, i - 1);
  const end = k;
  while (k >= 0 && end - k < 5 && isWord(at(tokens, k)) && !opener(at(tokens, k).lower)) k--;
  if (!opener(at(tokens, k).lower) || k === end || at(tokens, i).lower.endsWith('ing')) return null;
  const subject = tokens.slice(k + 1, end + 1);
  // "Reed was talking about defense when he told Marsh, …": after an act, "he" or "she" opening a clause of time is
  // the actor speaking.
  if (pronounSubject && subject.length === 1 && SINGULAR_PERSON_PRONOUNS.has(at(subject, 0).lower)) return subject;
  const plain = subject.every((w) => !isClauseWord(w) && !SUBJECT_PRONOUNS.has(w.lower) && (w.capitalized || !(looksLikeVerb(w.lower) || ATTRIBUTION_VERBS.has(w.lower))));
  return plain && classifySource(subject, sentenceStart) !== null ? subject : null;
}

/**
 * "Some growers said they will leave and others said they will stay": after content, "and" with a source of its own
 * before a verb of saying opens the writer's next clause: the subject after "and", or null. Not a pair of subjects
 * ("Reed and the mayor said", "she and her aides said") or a verb's object ("had Marsh read").
 */
function subjectAfterAndClause(tokens: readonly Token[], i: number, sentenceStart: number): Token[] | null {
  const subject = clauseThenSource(tokens, i, sentenceStart, (w) => w === 'and');
  if (!subject) return null;
  const before = at(tokens, tokenIndex(tokens, at(subject, 0)) - 2);
  return isWord(before) && !before.capitalized && !SUBJECT_PRONOUNS.has(before.lower) && !AUXILIARIES.has(at(subject, 0).lower) ? subject : null;
}

// Particles a cue may end with: "pushed back", "spoke out", "chimed in".
const CUE_PARTICLES = new Set(['back', 'out', 'in', 'up', 'down', 'off']);
/**
 * "Acme pushed back after Ted Ode blamed the paper": a clause of time or reason right after a cue that said
 * nothing is the writer's, and a source in it speaks for itself.
 */
function timeAfterBareCue(tokens: readonly Token[], i: number, sentenceStart: number, out: readonly SourceMatch[]): boolean {
  const subject = clauseThenSource(tokens, i, sentenceStart, (w) => SUBORDINATORS.has(w));
  if (!subject) return false;
  let k = tokenIndex(tokens, at(subject, 0)) - 2;
  while (k > 0 && CUE_PARTICLES.has(at(tokens, k).lower)) k--;
  const cueEnd = at(tokens, k).end;
  return out.some((m) => m.cueEnd === cueEnd);
}

// Words that open a clause of time or reason.
const SUBORDINATORS = new Set(['as', 'because', 'since', 'while', 'when', 'whenever', 'although', 'though', 'after', 'before', 'until', 'whereas']);
// Clauses of time after what someone said are the writer's: "Reed hit back after Marsh said …".
const TIME_SUBORDINATORS = new Set(['after', 'before', 'until']);
// And of condition or place, opening a sentence before its main clause: "If Reed wins, …", "Where she used to …, …".
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS, 'if', 'unless', 'once', 'where']);
/** A word that may stand between "and" or "but" and the verb it joins: an adverb, a time, an auxiliary of the active. */
const standsInJoinedClause = (t: Token): boolean =>
  (AUXILIARIES.has(t.lower) && !PASSIVE_BE.has(t.lower)) || CLAUSE_ADVERBS.has(t.lower) || WHEN_WORDS.has(t.lower) || WHEN_OPENERS.has(t.lower) || (isLyAdverb(t.lower) && !t.capitalized);

const isAdverbialWord = (w: Token) =>
  isWord(w) && !isClauseWord(w) && !SUBJECT_PRONOUNS.has(w.lower) && !AUXILIARIES.has(w.lower) && !ATTRIBUTION_VERBS.has(w.lower);

/**
 * "touted by Reed", "posted on social media by the analysts at Digital Foundry", "revealed in Eurogamer's
 * review": a participle credits whoever comes after "by", or the named document after "in".
 */
/**
 * "The toll was put at 212 by the ministry": a passive "put at" a figure gives it to the agent after "by", as
 * "estimated at" does; not "put at the door by Tom".
 */
const QUESTION_OPENERS = new Set(['about', 'whether', 'if']);
const CASTING = new Set(['plays', 'played', 'playing', 'portrays', 'portrayed', 'portraying']);
/**
 * "Marsh plays a widow who insists …", "Reed plays Kath's brother, a ferry captain who claims …": a source phrase
 * opening at i right after a verb of playing a part, or set beside the part it plays; a character speaks only to
 * other characters, and gives the reporter nothing. Not "Having played for Hull, Reed said", "played golf with a
 * banker who said".
 */
function castCharacter(tokens: readonly Token[], i: number, end: number): boolean {
  // The part is described by what it says: "a widow who insists", not "Hull played Leeds, sources said".
  if (!RELATIVE_PRONOUNS.has(at(tokens, end).lower)) return false;
  if (CASTING.has(at(tokens, i - 1).lower)) return true;
  if (at(tokens, i - 1).text !== ',') return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
    // The part played opens with a name or a determiner: "plays Kath's brother", not "played for Hull", "played out".
    const part = at(tokens, k + 1);
    if (CASTING.has(at(tokens, k).lower)) return k < i - 2 && (part.capitalized || ARTICLES.has(part.lower) || POSSESSIVES.has(part.lower));
    if (!isWord(at(tokens, k))) return false;
  }
  return false;
}
/** Whether the verb at i asks someone named or pointed at something: "asked Marsh about", "asked the mayor whether". */
function askedSomeoneAbout(tokens: readonly Token[], i: number): boolean {
  if (!ASKING.has(at(tokens, i).lower)) return false;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = at(tokens, k);
    if (QUESTION_OPENERS.has(t.lower)) return k > i + 1;
    if (!isWord(t)) return false;
  }
  return false;
}
function putAtBy(tokens: readonly Token[], i: number): boolean {
  if (at(tokens, i).lower !== 'put' || at(tokens, i + 1).lower !== 'at' || !PASSIVE_BE.has(at(tokens, i - 1).lower)) return false;
  let k = i + 2;
  while (k < i + 5 && ABOUT_A_FIGURE.has(at(tokens, k).lower)) k++;
  return STARTS_WITH_NUMBER.test(at(tokens, k).text) || NUMBER_WORDS.has(at(tokens, k).lower);
}
// Words of about how many before a figure: "put at more than 200", "at least 40", "around £2bn".
const ABOUT_A_FIGURE = new Set(['about', 'around', 'some', 'more', 'less', 'fewer', 'than', 'nearly', 'almost', 'roughly', 'least', 'over', 'under', 'up', 'to']);
const INTERROGATORS = new Set(['police', 'detectives', 'investigators', 'officers', 'agents', 'prosecutors', 'interrogators']);
function matchParticiple(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  const t = at(tokens, i);
  // "The seat might be claimed by one of his rivals": a thing won is claimed, nothing said (as "claimed the seat").
  // So is a seat or a race contested ("The seat was contested by four candidates").
  if ((t.lower === 'claimed' || t.lower === 'contested') && claimedThingBefore(tokens, i)) return false;
  // "dismissed as “nonsense” by": the agent after what the object is called.
  const asBefore = byAfterAs(tokens, i);
  let k = asBefore;
  if (k < 0) {
    // Only a short adverbial may come between: "posted on social media by", not "claimed that he was told by".
    k = i + 1;
    while (k < i + 5 && isAdverbialWord(at(tokens, k)) && at(tokens, k).lower !== 'by' && at(tokens, k).lower !== 'in') k++;
  }
  // "released in May by the council": when, then who.
  for (let b = k + 2; at(tokens, k).lower === 'in' && b <= k + 3 && isWord(at(tokens, b)); b++) {
    if (at(tokens, b).lower === 'by') k = b;
  }
  const preposition = at(tokens, k).lower;
  if (preposition !== 'by' && !(preposition === 'in' && k === i + 1)) return false;
  // "Pate claimed in an interview": with its subject before it the verb is active, and the subject is the source.
  // "published in Nature", "reported in The Times", "revealed in Acme's review"; "filed in Leeds" or "filed in the
  // state's House" is where, and "released in the inquiry" when.
  const subject = at(tokens, i - 1);
  if (preposition === 'in' && isWord(subject) && (subject.capitalized || SUBJECT_PRONOUNS.has(subject.lower))) return false;
  // "published in June", "released in 2019": when, not where.
  const where = at(tokens, k + 1);
  if (preposition === 'in' && (MONTHS.has(where.lower) || /^\d{4}$/.test(where.text))) return false;
  const words = agentAfter(tokens, k + 1);
  if (!words.length || (preposition === 'by' && !byAnAgent(tokens, k))) return false;
  // "This article was originally published by Acme News": a syndication credit for the page itself, no claim.
  if (PUBLISHED.has(t.lower) && aboutThisArticle(tokens, i)) return false;
  // "The views expressed by experts on this site are their own": a disclaimer, which disowns views and reports none.
  if (OWN_VIEWS.test(lowersOf(tokens.slice(k + 1 + words.length, k + 7 + words.length)).join(' '))) return false;
  // "a poem written by her son", "The play, written by a teacher, opens", "the song was written by a nurse": who wrote
  // a work is its author, no source, as "wrote a novel" is no claim.
  if (t.lower === 'written' && WORKS_WRITTEN.has(workBefore(tokens, i))) return false;
  // "The review is being conducted by outside auditors": who carries out the work, in a clause of its own, claims
  // nothing; "a poll conducted by Acme shows" credits Acme with what the poll shows.
  if (CONDUCTED.has(t.lower) && PASSIVE_BE.has(at(tokens, i - 1).lower)) return false;
  // "seen by many as a snub", "interpreted by some as a bid for the job" is a view; "seen by other users", "viewed by
  // millions" is looking.
  if (PERCEPTION.has(t.lower) && asBefore < 0 && !asFollows(tokens, k + 1)) return false;
  // "Reed was questioned by detectives for eight hours": a person interviewed under caution, no doubt voiced ("Reed's
  // account was questioned by police" is one).
  const questioned = at(tokens, i - 2);
  // The person opens the clause: "Two men were questioned", not "The decision to release Reed was questioned".
  let opens = i - 3;
  while (opens > i - 6 && isWord(at(tokens, opens)) && (at(tokens, opens).capitalized || NUMBER_WORDS.has(at(tokens, opens).lower) || ARTICLES.has(at(tokens, opens).lower))) opens--;
  const personQuestioned = PASSIVE_BE.has(at(tokens, i - 1).lower) && (!isWord(at(tokens, opens)) || CONJUNCTIONS.has(at(tokens, opens).lower)) && ((questioned.capitalized && !isPossessive(questioned)) || SUBJECT_PRONOUNS.has(questioned.lower) || isPeoplePlural(questioned.lower));
  if (t.lower === 'questioned' && personQuestioned && words.some((w) => INTERROGATORS.has(w.lower))) return false;
  const before = out.length;
  if (preposition === 'by') {
    // "is said by friends to be devastated": only a report of what someone is, with "to" after the agent; "prayers
    // said by the crowd" were said, and claim nothing.
    if (t.lower === 'said' && at(tokens, k + 1 + words.length).lower !== 'to') return false;
    emit(out, words, sentenceStart, undefined, t);
    // "Asked by a reporter whether…": who asks questions, and claims nothing.
    if (t.lower === 'asked') markNarrative(out, before);
    // "The plan, opposed by Ann Marsh, cost £3m": a named opponent's stance is no claim to credit, nor a source of the
    // sentence's figures; a crowd opposed is the guide's "criticised by opponents", vague.
    if (t.lower === 'opposed') markNarrative(out, before, (m) => m.kind === 'named-source');
  } else if (t.lower !== 'filed' && (PUBLISHED.has(t.lower) || at(words, 0).lower === 'the' || words.some(isPossessive)) && !words.some((w) => EVENTS_IN.has(w.lower)) && classifySource(words, sentenceStart)?.kind === 'named-source') out.push(namedMatch(t, words));
  return out.length > before;
}

/** A word that opens a clause after "that": an article, a pronoun, a name ("held that the rule", "that it", "that Reed"). */
const opensClause = (t: Token): boolean => isWord(t) && (ARTICLES.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || POSSESSIVES.has(t.lower) || t.capitalized);
/** After "held that", a clause: an article or a pronoun, or a name right before its verb ("that Reed had", not "that Senate seat"). */
const heldThatClause = (tokens: readonly Token[], k: number): boolean => opensClause(at(tokens, k)) && (!at(tokens, k).capitalized || SUBJECT_PRONOUNS.has(at(tokens, k).lower) || ARTICLES.has(at(tokens, k).lower) || AUXILIARIES.has(at(tokens, k + 1).lower) || MODALS.has(at(tokens, k + 1).lower) || looksLikeVerb(at(tokens, k + 1).lower));
// Courts and what they hand down, whose "holding" is a ruling.
const AGAINST_A_MARK = new Set(['over', 'above', 'below', 'under', 'behind', 'ahead', 'beyond']);
const HOLDING_BODIES = new Set(['court', 'courts', 'judge', 'judges', 'justice', 'justices', 'panel', 'majority', 'opinion', 'ruling', 'tribunal', 'bench', 'dissent', 'decision']);
// Prepositions that tie an informant to what they know: "familiar with", "close to", "involved in", "briefed on".
const INFORMANT_PREPOSITIONS = new Set(['with', 'to', 'in', 'on', 'of', 'about']);
/** A word before such a preposition that says who someone is: "familiar", "close", "critics", "an official". */
const describesSomeone = (t: Token): boolean => isWord(t) && !t.capitalized && (INFORMANT_WORDS.has(t.lower) || t.lower === 'involved' || isPeoplePlural(t.lower) || isPersonRole(t.lower));
// Words after a past form that make it a verb of its own, not an adjective: "reported that", "recorded by", "cited in".
const CLAUSE_WORDS_AFTER_A_FORM = new Set(['that', 'by', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'as', 'the', 'a', 'an', 'it', 'this', 'these', 'those', 'and', 'or', 'but', 'about', 'of']);
// Signs carried or hung, which annotators mark as speaking and no one could be asked about.
const SIGNS = new Set(['banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'billboard', 'billboards', 'graffiti', 't-shirt', 't-shirts', 'sticker', 'stickers']);
const PERCEIVED = new Set(['saw', 'see', 'sees', 'heard', 'hear', 'witnessed', 'watched', 'observed', 'counted', 'noticed']);
const OWN_PIECES = new Set(['column', 'newsletter', 'website', 'site', 'blog', 'newspaper', 'paper', 'podcast', 'page', 'publication', 'magazine']);
const SIGN_PLACES = new Set(['on', 'at', 'in', 'outside', 'above', 'along', 'across', 'held', 'carried', 'hung', 'waved', 'near', 'by']);
const CALLING = new Set(['called', 'calls', 'call', 'declared', 'declares']);
const CONTESTS = new Set(['race', 'races', 'contest', 'seat', 'state', 'primary', 'caucus', 'caucuses', 'runoff']);
/**
 * "The AP called the race for Marsh", "NBC called the state for Reed": a named caller's projection of the result. Only
 * for someone named, and by a caller named (not "Stewards called the race Saturday", "called the vote for Easter
 * Monday", a vote scheduled; nor a race director declaring a winner, whose word is the result).
 */
function callsARace(tokens: readonly Token[], i: number): boolean {
  if (!CALLING.has(at(tokens, i).lower)) return false;
  let s = i - 1;
  while (s > i - 4 && AUXILIARIES.has(at(tokens, s).lower)) s--;
  // A news desk: by the initials the press goes by ("The AP", "NBC"), its kind ("the networks"), or an outlet's name
  // ("Fox News", "the Hull Post"); not a sports body ("The FIA called the race for Reed") nor a race director.
  const caller = phraseBefore(tokens, s);
  const desk = caller.some((w) => NEWS_INITIALS.has(w.lower) || NEWS_CALLERS.has(w.lower) || (w.capitalized && OUTLET_WORDS.has(w.lower)));
  if (!desk) return false;
  if (DECLARING.has(at(tokens, i).lower)) {
    let k = i + 1;
    while (k < i + 4 && at(tokens, k).capitalized && isWord(at(tokens, k))) k++;
    return k > i + 1 && at(tokens, k).lower === 'the' && /^(?:winner|victor)$/.test(at(tokens, k + 1).lower);
  }
  if (at(tokens, i + 1).lower !== 'the' || !CONTESTS.has(at(tokens, i + 2).lower)) return false;
  const whom = at(tokens, i + 4);
  return at(tokens, i + 3).lower === 'for' && whom.capitalized && !MONTHS.has(whom.lower) && !WEEKDAYS.includes(whom.lower) && !NOT_CANDIDATES.has(whom.lower);
}
const DECLARING = new Set(['declared', 'declares']);
const NEWS_INITIALS = new Set(['ap', 'nbc', 'cbs', 'abc', 'cnn', 'bbc', 'itv', 'msnbc', 'npr', 'pbs', 'ddhq', 'afp', 'upi', 'fox', 'reuters', 'sky']);
const OUTLET_WORDS = new Set(['news', 'press', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'tv', 'television', 'network', 'radio', 'desk']);
// Callers of races by their kind: "the networks called the state for Reed".
const NEWS_CALLERS = new Set(['networks', 'outlets', 'organizations', 'organisations', 'desk', 'desks']);
// Capitals after "for" that name no candidate: a holiday, a clause of a bill, a station.
const NOT_CANDIDATES = new Set(['easter', 'christmas', 'super', 'clause', 'section', 'radio', 'bbc', 'new', 'thanksgiving', 'labor', 'labour', 'memorial']);
/**
 * "People briefed on the matter said", "officials briefed about the talks were adamant": what someone was briefed on
 * describes them, an informant; "briefed" is no verb of theirs ("briefed on Tuesday" is when they briefed).
 */
function briefedOn(tokens: readonly Token[], i: number): boolean {
  const person = at(tokens, i - 1);
  const on = at(tokens, i + 1).lower;
  const what = at(tokens, i + 2);
  return at(tokens, i).lower === 'briefed' && (on === 'on' || on === 'about') && isWord(person) && (isPeoplePlural(person.lower) || isPersonRole(person.lower)) && !WHEN_WORDS.has(what.lower) && !lexicon.MONTHS.has(what.lower);
}
const BRIEF_FORMS = new Set(['briefed', 'briefing', 'briefs']);
// Nouns a briefing describes: "the Pentagon briefing room", "a briefing paper".
const BRIEFING_NOUNS = new Set(['room', 'rooms', 'paper', 'papers', 'note', 'notes', 'book', 'books', 'document', 'documents', 'session', 'sessions', 'materials', 'pack', 'memo', 'call', 'calls']);
const ADVISING = new Set(['advising', 'counselling', 'counseling']);
/**
 * Whether the participle at i says whom the person before it advises, a description of them, with the clause's verb of
 * saying still to come: "A pollster advising Reed said", "an aide advising the mayor told".
 */
function advisesWhom(tokens: readonly Token[], i: number): boolean {
  const person = at(tokens, i - 1);
  if (!ADVISING.has(at(tokens, i).lower) || !isWord(person) || !isPersonRole(person.lower) || (person.capitalized && isWord(at(tokens, i - 2)))) return false;
  for (let k = i + 1; k < tokens.length && k < i + 10; k++) {
    const t = at(tokens, k);
    // Not a verb of someone after a comma: "An aide advising Reed, who said the vote would fail, left".
    if (t.endsSentence || t.text === ';' || t.text === ',') return false;
    if (SPEECH_VERBS.has(t.lower)) return true;
  }
  return false;
}
const CONDUCTED = new Set(['conducted', 'commissioned', 'compiled']);
// How or by when something is done, not by whom: "confirmed by email", "announced by video link", "released by Monday".
const NOT_AGENTS = new Set(['email', 'e-mail', 'phone', 'telephone', 'text', 'letter', 'video', 'mail', 'fax', 'hand', 'far', 'default', 'mistake', 'accident', 'chance', 'law', 'then', 'now', 'noon', 'midnight', ...WEEKDAYS]);
/** Whether "by" at k brings in who did it, not how or when. */
const byAnAgent = (tokens: readonly Token[], k: number): boolean => isWord(at(tokens, k + 1)) && !NOT_AGENTS.has(at(tokens, k + 1).lower) && !MONTHS.has(at(tokens, k + 1).lower);
/**
 * Whether the participle at i describes the noun before it, its agent after "by": "the review ordered by the council
 * found", "Growers backed by the union say"; the clause's verb is a later one. The noun is in lower case unless it
 * opens the sentence; the agent is someone, not a time or a manner ("ordered by the end of May", "by a vote of 5-2").
 */
function describedByAgent(tokens: readonly Token[], i: number): boolean {
  if (!ORDERED_BY.has(at(tokens, i).lower) || at(tokens, i + 1).lower !== 'by') return false;
  const noun = at(tokens, i - 1);
  const opensSentence = tokens.slice(0, i - 1).every((t) => !isWord(t));
  if (!isWord(noun) || (noun.capitalized && !opensSentence) || AUXILIARIES.has(noun.lower) || SUBJECT_PRONOUNS.has(noun.lower) || RELATIVE_PRONOUNS.has(noun.lower) || endsInLy(noun.lower) || PASSIVE_ADVERBS.has(noun.lower)) return false;
  return agentIsSomeone(tokens, i + 2);
}
/** A name, or people or a body, opening at k and read to its head: "the council", "Reed", "local growers". */
function agentIsSomeone(tokens: readonly Token[], k: number): boolean {
  let head = k;
  while (isWord(at(tokens, head + 1)) && !HEAD_STOPS.has(at(tokens, head + 1).lower) && head - k < 5) head++;
  const words = tokens.slice(k, head + 1);
  if (words.some((w) => w.capitalized && !MONTHS.has(w.lower) && !WHEN_WORDS.has(w.lower))) return true;
  const last = at(tokens, head).lower;
  return isPeoplePlural(last) || isPersonRole(last) || INSTITUTIONS.has(last);
}

const THIS_ARTICLE = new Set(['article', 'story', 'piece', 'column', 'essay', 'post']);
/** Whether the participle at i has "This article" (or story, piece…) for its subject: "This article was originally published by". */
function aboutThisArticle(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (PASSIVE_BE.has(at(tokens, k).lower) || isLyAdverb(at(tokens, k).lower) || at(tokens, k).lower === 'first')) k--;
  return THIS_ARTICLE.has(at(tokens, k).lower) && at(tokens, k - 1).lower === 'this';
}
const PERCEPTION = new Set(['seen', 'viewed', 'perceived', 'interpreted', 'considered', 'regarded', 'thought', 'believed']);
const PUBLISHED = new Set(['published', 'posted', 'written']);
const EVENTS_IN = new Set(['investigation', 'inquiry', 'probe', 'trial', 'hearing', 'debate', 'race']);
// Words after an agent that say why, when or that it was so again ("from growers over the levy", "from growers too").
const AGENT_ENDS = new Set(['for', 'over', 'about', 'because', 'after', 'when', 'whenever', 'while', 'during', 'too']);
// "by a spokesman for Reed": those whose "for" says whom they speak for, not why.
const SPEAKING_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'representative', 'representatives', 'counsel']);
const PERFECT = /^(?:have|has|had|having)$|['’]ve$/;
/** Whether "as" follows within the clause. */
function asFollows(tokens: readonly Token[], k: number): boolean {
  for (; k < tokens.length && !at(tokens, k).boundary; k++) if (at(tokens, k).lower === 'as' || (at(tokens, k).lower === 'to' && at(tokens, k + 1).lower === 'be')) return true;
  return false;
}

const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least', 'very', 'too', 'so', 'quite', 'rather']);
const QUANTITY_DEGREES = new Set(['more', 'most', 'less', 'least']);
const DETERMINERS_BEFORE_DEGREE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
const SINGULAR_COPULAS = new Set(['is', 'was', 'remains', 'seems', 'appears', 'feels', 'grows', 'becomes']);
const CONTRACTED_COPULA = /^(?:they|we|he|she)['’](?:re|s)$/;
/** The pronoun of "they’re", as a token of its own: the source, without the copula run into it. */
const pronounOf = (t: Token): Token => {
  const length = t.lower.search(/['’]/);
  return { ...t, text: t.text.slice(0, length), lower: t.lower.slice(0, length), end: t.start + length };
};
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'grew', 'grow', 'grows', 'grown', 'growing', 'become', 'becomes', 'became', 'becoming', 'feel', 'feels', 'felt']);
const INTENSIFIERS = new Set(['more', 'less', 'very', 'increasingly', 'deeply', 'particularly', 'also', 'still', 'now', 'so', 'too', 'quite', 'most', 'highly', 'somewhat', 'fairly', 'growing', 'openly', 'generally', 'largely', 'often', 'long', 'sharply', 'strongly', 'harshly', 'sternly', 'especially', 'both', 'all', 'even', 'already', 'always', 'once', 'rather', 'just']);

/** "local farmers are more skeptical", "many investors remain wary": a stance held by whoever is the subject. */
function matchStance(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  // "The 300 students are divided into four groups": sorted, not of two minds.
  if ((at(tokens, i).lower === 'divided' || at(tokens, i).lower === 'split') && at(tokens, i + 1).lower === 'into') return true;
  let k = i - 1;
  // "were not fond of": a stance denied is held too; "are privately furious": so is one held in private.
  while (k >= 0 && (INTENSIFIERS.has(at(tokens, k).lower) || isNegation(at(tokens, k)) || (isLyAdverb(at(tokens, k).lower) && !at(tokens, k).capitalized))) k--;
  const degree = lowersOf(tokens.slice(k + 1, i));
  // "they’re hopeful", "he's confident": the subject with its copula run in.
  const contracted = CONTRACTED_COPULA.test(at(tokens, k).lower);
  if (!COPULAS.has(at(tokens, k).lower) && !contracted) return false;
  // "to persuade Reed's supporters who are skeptical": "who" stands for the people before it.
  let j = skipBetween(tokens, k - 1);
  const relative = !contracted && at(tokens, j).lower === 'who';
  if (relative) j = at(tokens, j - 1).text === ',' ? j - 2 : j - 1;
  const words = contracted ? [pronounOf(at(tokens, k))] : phraseBefore(tokens, j, relative);
  if (!words.length) return true;
  // "The way the council sees farmers is divided": a singular verb is not the crowd's.
  const singular = SINGULAR_COPULAS.has(at(tokens, k).lower) || (at(tokens, k).lower === 'been' && at(tokens, k - 1).lower === 'has');
  if (singular && pluralHead(tokens, at(words, 0).start, endOf(words))) return true;
  const before = out.length;
  // "Growers are wary": a capitalised plural opening the sentence is a crowd, as before a verb.
  if (opensWithCrowd(words, sentenceStart) && !singular) out.push(crowdMatch(words, at(tokens, i)));
  else emit(out, words, sentenceStart, undefined, at(tokens, i));
  // One unnamed person's mood is narrative, like a verb of feeling; and a stance is no named claim to credit. An
  // unnamed group with access holding it is an anonymous source of it ("People briefed on the talks were adamant").
  // A stance with its clause is a view told, as "fears that" is: "The ministry is worried that the talks will fail".
  // Not a result ("so worried that she called the police") nor one the writer hedges ("is reportedly confident that").
  const withClause = (at(tokens, i + 1).lower === 'that' || bareClause(tokens, i)) && !degree.some((w) => w === 'so' || w === 'such' || HEDGE_ADVERBS.has(w));
  for (let m = out.length - 1; m >= before; m--) {
    const match = out[m] as SourceMatch;
    if (match.kind === 'vague-attribution' || (match.kind === 'anonymous-source' && pluralHead(tokens, match.sourceStart, match.sourceEnd))) continue;
    if (withClause) continue;
    match.narrative = true;
  }
  return true;
}

/**
 * Whether "have" at k helps the past after it ("Polls have closed", "have tightened"); not before a record's own
 * verbs, which still report ("Polls have put Marsh ahead", "have given her").
 */
const haveAsAuxiliary = (tokens: readonly Token[], k: number): boolean => {
  // "Polls have now closed", "have officially closed": an adverb may stand between.
  const v = BETWEEN_HAVE_AND_PAST.has(at(tokens, k + 1).lower) || (isLyAdverb(at(tokens, k + 1).lower) && !at(tokens, k + 1).capitalized) ? k + 2 : k + 1;
  return HAVE_FORMS.has(at(tokens, k).lower) && !at(tokens, v).capitalized && !RECORD_PARTICIPLES_OF_POLLS.has(at(tokens, v).lower) && (isPastForm(at(tokens, v).lower) || at(tokens, v).lower === 'been');
};
const BETWEEN_HAVE_AND_PAST = new Set(['now', 'already', 'just', 'all', 'since', 'long', 'also', 'still', 'yet', 'not', 'never']);
const RECORD_PARTICIPLES_OF_POLLS = new Set(['put', 'given', 'shown', 'found', 'had']);
// Polls, one or many: "Polls give Marsh a lead".
const POLLS = new Set(['poll', 'survey', 'polls', 'surveys']);
const RECORD_HOLDERS = new Set([...POLLS, ...RECKONINGS, 'count', 'tally']);
// What a record "has" or "gives" someone: its figures for them ("with a poll giving Reed 40 percent"). Not "has
// been", "has found" (read as verbs).
const GIVING = new Set(['gives', 'give', 'gave', 'giving', 'puts', 'put']);
const GIVEN_AWAY = new Set(['forward', 'together', 'out', 'in', 'paid', 'way', 'rise', 'off', 'up', 'away', 'back', 'on', 'pressure']);
/** "gave the party 88 seats", "put Labour on 31%": a reckoning's verb with a figure a few words on, no particle. */
function reckoningGives(tokens: readonly Token[], v: number): boolean {
  if (!GIVING.has(at(tokens, v).lower) || GIVEN_AWAY.has(at(tokens, v + 1).lower)) return false;
  // "put the total … at about 55,000", "put the number substantially higher": what is put may run longer.
  if (at(tokens, v).lower.startsWith('put')) return tokens.slice(v + 1, v + 25).some((t) => STARTS_WITH_NUMBER.test(t.text) || /^\p{Sc}/u.test(t.text) || lexicon.NUMBER_WORDS.has(t.lower) || COMPARED.has(t.lower));
  // What is given is a share of a contest: "gave the party 88 seats", "gave Marsh 52 percent" (not "Her exam results
  // gave her three A grades").
  const window = tokens.slice(v + 1, v + 8);
  return window.some((t) => STARTS_WITH_NUMBER.test(t.text) || lexicon.NUMBER_WORDS.has(t.lower)) && window.some((t) => SHARES_OF_A_CONTEST.has(t.lower) || /%$/.test(t.text));
}
const SHARES_OF_A_CONTEST = new Set(['seats', 'seat', 'percent', 'votes', 'vote', 'majority', 'lead', 'share', 'delegates', 'points']);
const COMPARED = new Set(['higher', 'lower', 'closer', 'nearer']);
const RECORD_VERBS = new Set(['has', 'have', 'had', 'having', 'puts', 'put', 'putting', 'gives', 'give', 'gave', 'giving']);

const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);
/** "had blunt words for", "has had warm words for": having words for someone is speaking of them. */
function matchWordsFor(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  const after = at(tokens, i + 1).lower;
  if (after !== 'for' && after !== 'about' && !(after === 'to' && at(tokens, i + 2).lower === 'say')) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && isWord(at(tokens, k)) && !HAVE_FORMS.has(at(tokens, k).lower)) k--;
  // An adjective or two between: "harsh", "less than kind"; not "the words", "his words" (what someone said).
  // Nor "had no words for" the speechless.
  if (k < 0 || !HAVE_FORMS.has(at(tokens, k).lower) || k === i - 1 || NOUN_DETERMINERS.has(at(tokens, i - 1).lower) || at(tokens, i - 1).lower === 'the' || at(tokens, k + 1).lower === 'no') return false;
  while (k > 0 && HAVE_FORMS.has(at(tokens, k - 1).lower)) k--;
  return emitted(out, phraseBefore(tokens, skipBetween(tokens, k - 1)), sentenceStart, at(tokens, i));
}

/** "was labeled a tax by opponents", "- deemed insufficient by growers -": a passive verdict, then its agent. */
function matchJudgedBy(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  const before = at(tokens, i - 1);
  if (!PASSIVE_BE.has(before.lower) && before.lower !== 'got' && !DASHES.has(before.text) && before.text !== ',') return false;
  // "was called a giveaway by Reed", "was called “a stunt” by Reed": a verdict opens with "a" or a quotation; "was
  // called to testify by the panel", "was called at about 2am by a neighbour" are a summons or a call. And only a
  // passive ("Reed, his spokesman, called the claims “a smear by rivals”" calls them something himself).
  const called = at(tokens, i).lower === 'called';
  const verdictOpens = at(tokens, i + 1);
  if (called && (!(INDEFINITE_ARTICLES.has(verdictOpens.lower) || QUOTE_MARKS.test(verdictOpens.text)) || !PASSIVE_BE.has(before.lower))) return false;
  let k = i + 1;
  // The verdict may be quoted: "was called “strategic ambiguity” by a professor"; a "by" inside the quotation is its own.
  let quoteMarks = 0;
  for (; k < tokens.length && k - i <= 6 && at(tokens, k).lower !== 'by'; k++) {
    if (QUOTE_MARKS.test(at(tokens, k).text)) quoteMarks++;
    else if (!isWord(at(tokens, k))) break;
  }
  if (at(tokens, k).lower !== 'by' || k === i + 1 || quoteMarks % 2 === 1) return false;
  // "dubbed the “Hull Hilton” by inmates", "was called “Reedville” by settlers": a name given, no verdict (where
  // "branded Islamophobic" is one).
  const verdict = tokens.slice(i + 1, k).filter((w) => isWord(w) && w.lower !== 'the');
  if ((called || at(tokens, i).lower === 'dubbed') && verdict.length && verdict.every((w) => w.capitalized)) return false;
  return emitted(out, phraseAfter(tokens, k + 1, 8), sentenceStart, at(tokens, i));
}

/** "The ad targets …", "The ad also renews …": an advertisement at i, then a verb of attack with its object. */
function matchAdSubject(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  let k = i + 1;
  while (k < tokens.length && k - i <= 2 && AD_ADVERBS.has(at(tokens, k).lower)) k++;
  const verb = at(tokens, k);
  if (!AD_VERBS.has(verb.lower) || !isWord(at(tokens, k + 1)) || PASSIVE_BE.has(at(tokens, i - 1).lower)) return false;
  return emitted(out, phraseBefore(tokens, i), sentenceStart, verb);
}
const AD_ADVERBS = new Set(['also', 'then', 'again', 'repeatedly', 'directly', 'explicitly', 'even']);

/** "By Acme's count, Reed has 739", "…, by one estimate.", "In Marsh's telling, …": the phrase between "by" (or "in") and the count is the source. */
function matchCountFrame(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && isWord(at(tokens, k)) && !FRAMING.has(at(tokens, k).lower)) k--;
  if (k < 0 || !FRAMING.has(at(tokens, k).lower) || k === i - 1) return false;
  // "In other words": no one's.
  if (at(tokens, i).lower === 'words' && at(tokens, i - 1).lower === 'other') return false;
  // Opening the clause and set off from it: "By X's count, …", "In Marsh's telling, …" or "…, by one estimate."
  const opens = k === 0 || at(tokens, k - 1).text === ',';
  // Opening the sentence it may go without its comma: "By some estimates the movement has 80,000 members".
  // Only someone's or some few's count: "By some estimates", "By Acme's count" (not "By head count Leeds has").
  // Not a time's count: "By Friday's count the party had 31 seats".
  const opener = at(tokens, k + 1);
  const timeOwner = isPossessive(opener) && TIME_OWNER.test(opener.lower);
  const countOfSomeone = VAGUE_DETERMINERS.has(opener.lower) || opener.lower === 'one' || (isPossessive(opener) && !timeOwner) || OWNER_PRONOUNS.has(opener.lower);
  const closes = at(tokens, i + 1).text === ',' || at(tokens, i + 1).endsSentence || !isWord(at(tokens, i + 1)) || (k === 0 && countOfSomeone && opensClause(at(tokens, i + 1)));
  if (!opens || !closes) return false;
  const words = tokens.slice(k + 1, i + 1) as Token[];
  // "In Marsh's words", "by her account": whose telling it is; "in the count" is no one's.
  // "by his own account": "own" stresses whose.
  const ownerEnd = words.length > 2 && at(words, words.length - 2).lower === 'own' ? words.length - 2 : words.length - 1;
  const whose = ownerEnd > 0 ? at(words, ownerEnd - 1) : null;
  const owner = whose && (isPossessive(whose) || OWNER_PRONOUNS.has(whose.lower)) ? words.slice(0, ownerEnd) : null;
  if (at(tokens, k).lower === 'in' && !owner) return false;
  // Only a count someone keeps: "by popular count" is no one's.
  // "by her account", "in their telling": the pronoun stands for whom it refers to, as "she said" does.
  const pronoun = owner?.length === 1 ? OWNER_PRONOUNS.get(at(owner, 0).lower) : undefined;
  const asSubject = pronoun ? [{ ...at(words, 0), lower: pronoun, text: pronoun }] : owner;
  const cls = classifySource(words, sentenceStart) ?? (asSubject ? classifySource(asSubject, sentenceStart) : null);
  if (!cls) return false;
  const by = at(tokens, k);
  // The pronoun alone is the source, for the references to resolve.
  const source = pronoun ? [at(words, 0)] : words;
  out.push(sourceMatch(cls, by.start, endOf(words), at(source, 0).start, endOf(source), by));
  return true;
}

const FRAMING = new Set(['by', 'in']);
const OWNER_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** "came under fire from growers": blame, not gunfire ("came under sniper fire", "under fire from rebels"). */
function underFire(tokens: readonly Token[], i: number): boolean {
  if (at(tokens, i - 1).lower !== 'under' || !/^(?:came|come|comes|coming)$/.test(at(tokens, i - 2).lower)) return false;
  for (let k = i + 2; k <= i + 5 && isWord(at(tokens, k)); k++) if (COMBATANTS.has(at(tokens, k).lower)) return false;
  // "The soldiers had come under fire near the border": combatants fired upon.
  for (let k = i - 3; k >= i - 6 && k >= 0 && isWord(at(tokens, k)); k--) if (COMBATANTS.has(at(tokens, k).lower)) return false;
  return true;
}
const COMBATANTS = new Set(['rebels', 'militants', 'forces', 'troops', 'soldiers', 'gunmen', 'insurgents', 'fighters', 'army', 'militia', 'snipers', 'tanks', 'artillery', 'police', 'jets', 'warships']);

const REACTION_HOLDERS = new Set(['from', 'among', 'by']);
// Verbs by which a body deals with claims as cases: "processes claims", "hears claims", "settled claims from tenants".
// Only forms no noun shares ("A Treasury review claims", "a court filing claims" are records claiming).
const HANDLING = new Set(['process', 'processes', 'processed', 'hears', 'heard', 'handles', 'handled', 'assesses', 'assessed', 'decides', 'decided', 'settles', 'settled', 'lodged', 'approves', 'approved', 'granted', 'reviewed']);
/**
 * "hears claims", "processed claims from Corvinia": claims as cases a body handles; not claims whose makers or whose
 * content follow ("heard claims from nurses about bullying", "… from growers that the levy was unfair").
 */
function handledCases(tokens: readonly Token[], i: number): boolean {
  if (!/^claims?$/.test(at(tokens, i).lower) || !(HANDLING.has(at(tokens, i - 1).lower) || (ARTICLES.has(at(tokens, i - 1).lower) && HANDLING.has(at(tokens, i - 2).lower)))) return false;
  const after = tokens.slice(i + 1, i + 16);
  if (after.some((t) => t.lower === 'that' || t.lower === 'about' || QUOTE_MARKS.test(t.text))) return false;
  const maker = after.findIndex((t) => t.lower === 'from' || t.lower === 'by');
  return maker < 0 || !after.slice(maker + 1, maker + 4).some((t) => isPeoplePlural(t.lower, !t.capitalized));
}
/** "criticism from economists", "concerns among health experts": a reaction credited to its holders. */
function matchReaction(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  const preposition = at(tokens, i + 1).lower;
  // "processes claims from Corvinia": claims a body handles as cases are no one's view.
  if (handledCases(tokens, i)) return;
  // "anger in Leeds circles", "criticism in some quarters": where the crowd is stands for it.
  if (inUnsaidPlace(tokens, i + 1)) {
    out.push(crowdMatch(agentAfter(tokens, i + 2), at(tokens, i)));
    return;
  }
  // "criticism for the move from Ann Marsh", "praise over the deal from growers": what it is for comes first.
  const from = preposition === 'for' || preposition === 'over' ? fromAfterWhat(tokens, i + 2) : -1;
  if (!REACTION_HOLDERS.has(preposition) && from < 0) return;
  // "the suggestion by a would-be mayor that …": one claim by someone described is the story's subject's, whom
  // the description stands for; "an admission from Ann Marsh" names who made it.
  if (preposition === 'by' && ONE_CLAIM.test(at(tokens, i).lower)) return;
  const words = agentAfter(tokens, from >= 0 ? from + 1 : i + 2);
  if (words.length) emit(out, words, sentenceStart, undefined, at(tokens, i));
}

/** The "from" within a short phrase of what a reaction is for, from token k ("the move from"), or -1. */
function fromAfterWhat(tokens: readonly Token[], k: number): number {
  // What it is for opens with a determiner ("the move", "his remarks"); "for moving jobs from Ohio" is no agent.
  if (!ARTICLES.has(at(tokens, k).lower) && !POSSESSIVES.has(at(tokens, k).lower)) return -1;
  // Whoever reacts is named, counted or a crowd: not a move "from Ohio to Mexico", nor a place the move was from
  // ("from its Chicago hub").
  const reacts = (t: Token) => (t.capitalized && !POSSESSIVES.has(t.lower)) || CROWD_QUANTIFIERS.has(t.lower) || isCrowdOfPeople(t.lower);
  for (let n = k + 1; n < k + 4 && isWord(at(tokens, n)); n++) if (at(tokens, n).lower === 'from') return [n + 2, n + 3].some((m) => at(tokens, m).lower === 'to') || !reacts(at(tokens, n + 1)) ? -1 : n;
  return -1;
}

/** "in Leeds circles", "in some quarters" from token k: a view's holders left unsaid behind where they are. */
function inUnsaidPlace(tokens: readonly Token[], k: number): boolean {
  if (at(tokens, k).lower !== 'in') return false;
  const words = agentAfter(tokens, k + 1);
  return words.length > 1 && words.length <= 4 && UNSAID_PLACES.has(at(words, words.length - 1).lower);
}

const ONE_CLAIM = /^(?:allegation|accusation|admission|assertion|complaint|suggestion|prediction)$/;
// Verbs of a record's showing, which end an agent's phrase before what they show.
const SHOWING_VERBS = new Set(['show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'reveal', 'reveals', 'revealed', 'indicate', 'indicates', 'indicated', 'claim', 'claims', 'appear', 'appears']);
const shownOpener = (lower: string): boolean => ARTICLES.has(lower) || POSSESSIVES.has(lower) || SUBJECT_PRONOUNS.has(lower) || lower === 'that' || lower === 'how' || lower === 'to';
const PERFECT_HAVE = new Set(['has', 'have', 'had']);
const OPENING_PREPOSITIONS_OF_OBJECT = new Set(['with', 'among', 'from', 'for', 'to', 'of', 'by', 'against', 'on']);
const OWN_VIEWS = /^(?:are|is) (?:their|his|her|its|the author['’]s) own\b|^(?:do|does) not (?:necessarily )?(?:reflect|represent)\b/;
// The plain verbs a reduced relative's subject most often goes on with: "Concerns voiced by Reed go beyond …".
const VERBS_AFTER_AGENT = new Set(['go', 'goes', 'went', 'include', 'includes', 'included', 'remain', 'remains', 'remained']);
/**
 * Who does it, from token k: "criticized by some of its visitors for closing early", "criticism from growers over the
 * levy" (why, when or what about is not who), "accused by critics of promoting" (nor what they accuse him of).
 */
function agentAfter(tokens: readonly Token[], k: number): Token[] {
  const words = phraseAfter(tokens, k, 8);
  // Nor a second reaction joined to the first: "criticism from growers and praise from …".
  const reason = words.findIndex(
    (w, n) =>
      n > 0 &&
      // After a name too ("from Tom Reed over her questions"), unless a name goes on ("the Center for Public Integrity").
      ((AGENT_ENDS.has(w.lower) && !INFORMANT_WORDS.has(at(words, n - 1).lower) && (!at(words, n - 1).capitalized || (w.lower !== 'for' && !w.capitalized && words[n + 1]?.capitalized === false)) && !(w.lower === 'for' && SPEAKING_FOR.has(at(words, n - 1).lower))) ||
        ((w.lower === 'of' || w.lower === 'for') && words[n + 1]?.lower.endsWith('ing') === true) ||
        (CONJUNCTIONS.has(w.lower) && REACTION_NOUNS.has(words[n + 1]?.lower ?? '')) ||
        // "released by the council on Friday": when is not who.
        (WHEN_OPENERS.has(w.lower) && WHEN_WORDS.has(words[n + 1]?.lower ?? '')) ||
        // "considered by many to be the favourite": what they take it to be.
        (w.lower === 'to' && words[n + 1]?.lower === 'be') ||
        // "Videos posted by the police show the officer …": the sentence's own verb and what it shows.
        (SHOWING_VERBS.has(w.lower) && shownOpener(words[n + 1]?.lower ?? '')) ||
        // "The concerns expressed by many leaders go beyond …", "… voiced by Reed are …": the sentence's own verb.
        (!w.capitalized && (AUXILIARIES.has(w.lower) || VERBS_AFTER_AGENT.has(w.lower)) && !RELATIVE_PRONOUNS.has(at(words, n - 1).lower))),
  );
  if (reason > 0) words.length = reason;
  return words;
}

const QUOTE_MARKS = /^[“"‘'”’]/;
const CLOSING_QUOTES = new Set(['”', '"', "''", '’’']);
const OPENING_QUOTES = new Set(['“', '"', "''", '‘‘']);
// Links after which a participle is the same subject's next act or talk: "spoke briefly before savaging Marsh"; not
// "by", the means of the act ("responded by finding ways").
const ACT_THEN = new Set(['before', 'after', 'while']);
const PARTICIPLE_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'whenever', 'despite', 'upon']);
// "after first saying", "despite initially claiming": an adverb of time between the link and its participle; not
// one of manner ("after accidentally posting").
const LINK_ADVERBS = new Set(['first', 'once', 'later', 'earlier', 'again', 'initially', 'originally', 'previously', 'repeatedly']);
// "We'll", "I've": a pronoun with its auxiliary contracted.
const CONTRACTION = /['’](?:ll|ve|d|re|m)$/;
const MAX_ASIDE_WORDS = 14;
// The verbs a speaker tag puts before its speaker: "…, said an official".
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);
/** Whether the words from j are a name that ends the clause: "Tom Ode." or "Tom Ode, a director". */
function nameEndsClause(tokens: readonly Token[], j: number): boolean {
  const name = phraseAfter(tokens, j);
  if (!name.length || !name.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)) || !at(name, 0).capitalized) return false;
  const following = at(tokens, j + name.length);
  // Not "said Tom Ode “was involved”", where a quotation goes on with what he did.
  const described = at(tokens, j + name.length + 1);
  return at(name, name.length - 1).endsSentence || (following.text === ',' && isWord(described) && !described.capitalized);
}
/** Whether the phrase after j runs to a capitalised word that ends the clause: "said lobbyist Tom Ode, a former aide". */
function tagEndsClause(tokens: readonly Token[], j: number): boolean {
  const tag = phraseAfter(tokens, j);
  const last = at(tag, tag.length - 1);
  return tag.length > 0 && last.capitalized && (last.endsSentence || at(tokens, j + tag.length).text === ',');
}
const ASIDE_PREPOSITIONS = new Set(['at', 'in', 'on', 'for', 'from', 'during', 'after', 'before', 'across', 'under', 'among']);
/** Whether a phrase of where or when set off by a comma follows the phrase ending at `end`: ", at both levels, …". */
function opensPrepositionalAside(tokens: readonly Token[], end: number): boolean {
  const k = firstTokenFrom(tokens, end);
  return at(tokens, k).text === ',' && ASIDE_PREPOSITIONS.has(at(tokens, k + 1).text);
}
const COUNTING = new Set(['counted', 'counting', 'tallied', 'tallying']);
/**
 * Whether what a counting verb at i counts follows it: a number, an opener of one ("more than", "as many as"), or the
 * clause's end, where a closing tag counts what stands before it ("…, volunteers from the Wyre Trust have counted.").
 */
function countFollows(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  const asMany = next.lower === 'as' && (at(tokens, i + 2).lower === 'many' || at(tokens, i + 2).lower === 'much');
  return at(tokens, i).endsSentence || !isWord(next) || STARTS_WITH_NUMBER.test(next.text) || NUMBER_WORDS.has(next.lower) || COUNT_OPENERS.has(next.lower) || asMany;
}
const CLAIMS_NOUN_FORMS = new Set(['claims', 'claim']);
// What follows "claims" as a noun, never as a verb of saying: "claims of bias", "claims against the firm".
const CLAIM_NOUN_AFTER = new Set(['of', 'from', 'against', 'under']);
// What a count may open with before its number: "counted more than 400", "tallied about 90,000", and "as many as".
const COUNT_OPENERS = new Set(['more', 'fewer', 'less', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'roughly', 'approximately', 'at', 'up', 'just', 'only', 'a', 'an', 'dozens', 'hundreds', 'thousands', 'millions', 'tens']);
const RELATIVE_ASIDES = new Set(['who', 'whom', 'whose', 'which']);
/** Whether a relative clause set off by a comma follows the phrase ending at `end`: ", who …", ", whom …". */
function opensRelativeAside(tokens: readonly Token[], end: number): boolean {
  const k = firstTokenFrom(tokens, end);
  return at(tokens, k).text === ',' && RELATIVE_ASIDES.has(at(tokens, k + 1).lower);
}

/** Whether more than MAX_ASIDE_WORDS words stand between offset `from` and the token at i, counted back from i. */
function longAside(tokens: readonly Token[], from: number, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && at(tokens, k).start >= from; k--) if (isWord(at(tokens, k)) && ++words > MAX_ASIDE_WORDS) return true;
  return false;
}
const RELATIVE_CUTS = new Set(['of', 'about', 'against', 'with', 'to', 'for', 'by', 'from', 'among']);
// Words a group is "of": "members of Congress", "some of the farmers", "a third of voters".
const GROUP_OF = new Set(['members', 'member', 'some', 'many', 'most', 'few', 'several', 'all', 'none', 'one', 'two', 'three', 'group', 'number', 'half', 'third', 'majority', 'minority', 'percent', 'supporters', 'friends', 'leaders', 'officials', 'those', 'each', 'any', 'both', 'either', 'neither', 'dozens', 'hundreds', 'thousands', 'millions']);
const CLAUSE_CONJUNCTIONS = new Set(['yet', 'but', 'and', 'so', 'or', 'also']);
const CONTENT_CLAUSES = new Set(['that', 'how', 'what', 'why', 'whether']);
const SHOWN = new Set(['show', 'shows', 'showed', 'shown']);
const SHOWN_WHERE = new Set(['in', 'on', 'at', 'during', 'through', 'with', 'by']);
// Subjects that show what they hold: records beside those whose findings are figures ("the video shows", "footage
// showed"), and the pronouns that may stand for one ("It shows Reed ahead").
const SHOWING_RECORDS = new Set(['video', 'videos', 'footage', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'scan', 'map', 'chart', 'graph', 'recording', 'poll', 'survey', 'average', 'projection', 'findings', 'review', 'papers', 'transcript', 'post', 'tweet', 'email', 'memo', 'letter', 'it', 'this', 'that', 'which']);
// Records a person may show as evidence: "showed us a video of the flood", "showed voters a chart".
const SHOWN_AS_EVIDENCE = new Set(['video', 'videos', 'clip', 'clips', 'footage', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'chart', 'charts', 'slide', 'slides', 'map', 'document', 'documents', 'letter', 'poll', 'polls', 'data', 'figures']);
/**
 * "Reed showed no remorse": a person's "showed" before no clause, nor before "in her May paper that …", nor before a
 * record shown as evidence ("Reed showed us a video of the flood").
 */
function showsAQuality(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (!isWord(next) || CONTENT_CLAUSES.has(next.lower) || (SHOWN_WHERE.has(next.lower) && thatWithin(tokens, i + 1, 14))) return false;
  for (let k = i + 1; k <= i + 4 && isWord(at(tokens, k)); k++) if (SHOWN_AS_EVIDENCE.has(at(tokens, k).lower)) return false;
  return personShows(tokens, i);
}
/**
 * Whether the subject of "showed" at i is a person's: a pronoun, a name, or a person's role, with no record in its
 * phrase ("A Leeds poll out Monday showed", "polling in Hull shows").
 */
function personShows(tokens: readonly Token[], i: number): boolean {
  const w = at(tokens, skipBetween(tokens, i - 1));
  if (!isWord(w)) return false;
  // "Data compiled by Acme show": a record anywhere in the clause before the verb is its subject.
  for (let k = i - 1; k >= 0 && i - k <= 12 && !at(tokens, k).boundary; k--) if (SHOWING_RECORDS.has(at(tokens, k).lower) || RECORDS.has(at(tokens, k).lower) || ONE_RECORD.has(at(tokens, k).lower)) return false;
  if (SINGULAR_PERSON_PRONOUNS.has(w.lower) || w.lower === 'they' || w.lower === 'i' || w.lower === 'we') return true;
  if (w.capitalized) return true;
  return isOnePersonsRole(w.lower);
}
// What shows a finding: "polls showing Reed ahead", "ledgers showing he was paid".
const LINKING = new Set(['link', 'links', 'linked', 'linking']);
const JOINED_THINGS = new Set(['its', 'their', 'our', 'each', 'every', 'all', 'readers', 'users', 'customers', 'participants']);
const LINK_FINDERS = new Set(['study', 'studies', 'research', 'analysis', 'analyses', 'paper', 'papers', 'trial', 'trials', 'survey', 'surveys', 'data', 'evidence', 'report', 'reports', 'review', 'researchers', 'scientists', 'investigators', 'police', 'detectives', 'prosecutors', 'experts', 'doctors', 'officials', 'inquiry', 'coroner', 'regulator', 'watchdog', 'agency', 'ministry', 'department', 'authority', 'authorities', 'commission', 'court', 'bank']);
const NOT_IN_A_LINKED_OBJECT = new Set(['on', 'in', 'for', 'of', 'at', 'how', 'what', 'why', 'where', 'when', 'that', 'which', 'and']);
const RECORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'data', 'results', 'records', 'figures', 'numbers', 'study', 'studies', 'report', 'reports', 'analysis', 'statistics', 'documents', 'ledgers', 'emails', 'filings', 'research', 'estimates', 'projections', 'files', 'messages', 'videos', 'recordings', 'spreadsheet', 'spreadsheets', 'logs', 'slides']);
// Records in the singular that show as a subject: "A filing with the SEC shows", "an audit for the council shows".
const ONE_RECORD = new Set(['filing', 'document', 'ledger', 'audit']);
// What finds things out as a record does: "a Gazette article published on Monday found", "one 2009 paper found".
const FINDING_RECORDS = new Set([...RECORDS, 'article', 'articles', 'paper', 'papers', 'audit', 'audits', 'investigation', 'investigations', 'analyses', 'probe', 'inquiry', 'review', 'reviews']);

// Words after the head of what is cited: "documents from the county", "people who saw it".
const HEAD_STOPS = new Set(['of', 'in', 'on', 'at', 'from', 'for', 'with', 'about', 'to', 'who', 'that', 'which', 'whose', 'as']);
/**
 * "citing internal documents", "citing people familiar with the talks": what is cited is a source when its head is
 * someone, a body or a record; "citing rising costs", "citing Acme's efforts to cut jobs" give a reason instead.
 */
function citesASource(words: readonly Token[]): boolean {
  const stop = words.findIndex((w, k) => k > 0 && HEAD_STOPS.has(w.lower));
  let last = (stop < 0 ? words.length : stop) - 1;
  // "people familiar with", "officials close to": the head is before the words of access.
  if (last > 0 && HEAD_ENDS.has(at(words, last).lower)) last--;
  const head = at(words, last);
  const lower = head.lower.replace(POSSESSIVE, '');
  const single = lower.replace(/s$/, '');
  return (head.capitalized && !isPossessive(head)) || isPeoplePlural(lower) || isPersonRole(single) || SPOKESPEOPLE.has(single) || INSTITUTIONS.has(lower) || INSTITUTIONS.has(single) || RECORDS.has(lower) || RECORDS.has(`${lower}s`) || MEDIA.has(single) || BARE_SOURCE_HEADS.has(lower);
}
/** A word after which a past form is an adjective: "the leaked", "some retired", "two injured", "Acme's revised". */
const determinesAdjective = (t: Token): boolean =>
  DETERMINERS_BEFORE_DEGREE.has(t.lower) || VAGUE_DETERMINERS.has(t.lower) || NUMBER_WORDS.has(t.lower) || STARTS_WITH_NUMBER.test(t.text) || isPossessive(t);
const MOVED_OBJECTS = new Set(['what', 'which', 'whom']);
/** "what many people believed", "which the council found": a word among the few before i that is the verb's object. */
function objectMovedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 6 && isWord(at(tokens, k)); k--) if (MOVED_OBJECTS.has(at(tokens, k).lower)) return true;
  return false;
}
const REDUCED_PASSIVES = new Set(['said', 'thought', 'believed', 'known', 'reported', 'alleged', 'determined', 'found', 'deemed', 'considered', 'judged', 'shown', 'presumed', 'suspected', 'understood', 'rumored', 'rumoured', 'estimated', 'expected']);
const TO_BE = new Set(['be', 'have']);
const AMOUNT_VERBS = new Set(['top', 'exceed', 'total', 'number', 'surpass']);
const REFUSALS = new Set(['declined', 'refused', 'not', 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'didn’t', "didn't"]);
const COMMENTING = new Set(['comment', 'discuss', 'elaborate', 'say', 'speak', 'respond', 'answer', 'confirm', 'provide', 'give', 'release', 'name', 'identify', 'disclose', 'detail']);
/**
 * "declined to comment, citing the investigation", "would not name the victim, citing the inquiry": what is cited
 * after a refusal to speak is the reason for it, not a source of anything said.
 */
function refusedToComment(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k > i - 14 && !at(tokens, k).endsSentence; k--) {
    if (!COMMENTING.has(at(tokens, k).lower)) continue;
    const before = at(tokens, k - 1).lower === 'to' ? k - 2 : k - 1;
    if (REFUSALS.has(at(tokens, before).lower)) return true;
  }
  return false;
}
const BARE_SOURCE_HEADS = new Set(['source', 'sources', 'official', 'officials', 'person', 'people', 'insider', 'insiders', 'aide', 'aides', 'sheet', 'poll']);
const PANNING_AWAY = new Set(['out', 'across', 'around', 'away', 'back', 'down', 'up', 'left', 'right', 'through']);
// Between people and whom or where they serve: "aides to", "officials at".
const PEOPLE_OF = new Set(['to', 'at']);
const PARTICIPLE_CUTS = new Set(['with', 'in', 'on', 'at', 'for', 'from', 'amid', 'despite', 'after', 'before', 'among', 'over', 'under', 'by', 'as', 'to']);
// Participles whose passive raises its subject: "is expected to win", "is said to be", "is thought to have".
const RAISED_IN_PASSIVE = new Set(['expected', 'believed', 'thought', 'said', 'rumored', 'rumoured', 'reported', 'alleged', 'understood', 'known', 'supposed', 'considered', 'seen', 'estimated', 'feared']);
// What opens the object or clause of "telling" and "showing".
const OBJECT_OPENERS = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'him', 'them', 'us', 'me', 'how', 'what', 'why', 'whether', 'who', 'where', 'when']);
/** A verb's past form in lower case: "fired", "said". */
export const isPastForm = (lower: string): boolean => isLettersThen(lower, 'ed') || IRREGULAR_PASTS.has(lower);
const IRREGULAR_PASTS = new Set(['took', 'went', 'made', 'gave', 'sent', 'won', 'held', 'ran', 'began', 'came', 'got', 'put', 'said', 'told', 'wrote', 'left', 'struck', 'threw', 'spoke', 'kept', 'brought', 'met', 'stood', 'sat', 'rose', 'fell', 'led', 'saw', 'heard', 'felt', 'thought', 'knew', 'drew', 'grew', 'paid', 'sold', 'bought', 'caught', 'fought', 'sought', 'built', 'broke', 'chose', 'spent', 'shook', 'swept', 'taught', 'understood', 'drove', 'flew', 'laid']);
// Number words, some ending like a past tense ("hundred").
const SCALES = new Set(['dozen', 'hundred', 'thousand', 'million']);
// "state-owned", "family-run": a compound with a word before its participle describes; "co-founded" is a verb.
const COMPOUND_ADJECTIVE = /^(?!(?:co|re|pre|e|un|de|mis|over|out|under|self)-)\p{L}+-\p{L}+ed$/u;
/** A lower-case word that ends a subject: a past tense, a cue or an act ("his critics took to…", "aides offered"). */
const looksLikeVerb = (lower: string): boolean =>
  (/[^e]ed$/.test(lower) && !SCALES.has(lower) && !COMPOUND_ADJECTIVE.test(lower)) || IRREGULAR_PASTS.has(lower) || ATTRIBUTION_VERBS.has(lower) || STANCE_ACT_FORMS.has(lower) || isLyAdverb(lower);
// Adverbs that open a clause ("Now research shows", "Meanwhile the council said"), never part of who speaks.
const CLAUSE_OPENERS = new Set(['yet', 'meanwhile', 'yesterday', 'today', 'then', 'still', 'however', 'instead', 'afterward', 'afterwards', 'now', 'again', 'soon', 'later', 'earlier']);
// Before a comma, these open a clause too: "Earlier, …", "Finally, …".
const OPENING_ADVERBS = new Set([...CLAUSE_OPENERS, 'first', 'finally', 'last', 'next', 'here', 'there', 'back', 'nearby', 'elsewhere', 'separately', 'overall', 'likewise', 'moreover', 'otherwise', 'besides', 'indeed', 'anyway', 'nonetheless', 'nevertheless', 'regardless']);
// Degree words an -ly adverb may follow, opening a clause before its comma: "More recently,", "Most importantly,".
const DEGREES_BEFORE_ADVERB = new Set(['more', 'most', 'less', 'least', 'even', 'very', 'much', 'perhaps']);
// Verbs that as often report an act as a claim: "posted photos", "shared a video", "released the hostages",
// "wrote the song".
const EVENTIVE = /^(?:post|releas|publish|shar|discover|writ|wrote|declar)/;
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
const PLEDGED_BACKING = new Set(['support', 'backing', 'vote', 'votes', 'allegiance', 'endorsement', 'loyalty']);
const CONTENT_OPENERS = new Set(['that', ':', 'to', 'on', 'in', 'about', 'of']);
/**
 * "The agency advises against travel", "advised voters to stay home": advice given, as "urged" is; not a client
 * served ("advising Acme on its sale").
 */
function advisesWhatToDo(tokens: readonly Token[], i: number): boolean {
  if (at(tokens, i + 1).lower === 'against') return true;
  // Whom: a pronoun or a public ("residents", "all travellers"), not a client by name ("advised Reed to victory").
  let k = i + 1;
  if (ADVISED_DETERMINERS.has(at(tokens, k).lower)) k++;
  const whom = at(tokens, k);
  if (!PEOPLE_OBJECTS.has(whom.lower) && !(isPeoplePlural(whom.lower) && !whom.capitalized)) return false;
  const what = at(tokens, k + 2);
  // "to boil", "to stay home"; not "advised them to victory", "to power", "to promotion".
  return at(tokens, k + 1).lower === 'to' && isWord(what) && !what.capitalized && !ARTICLES.has(what.lower) && !POSSESSIVES.has(what.lower) && !NOUN_ENDING.test(what.lower);
}
const NOUN_ENDING = /(?:ion|ory|ity|ment|ness|er|ice|ship|dom|ance|ence)$/;
const ADVISED_DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our', 'local']);
const QUOTATION_OPENERS = new Set(['that', ':']);
const TOPIC_ONLY = /^(?:respond|repl[iy]|answer|talk|thank)/;
// Deals a firm advises on: "advised on three of those deals", "advises on the sale".
const DEALS = new Set(['deal', 'deals', 'sale', 'sales', 'merger', 'mergers', 'acquisition', 'acquisitions', 'takeover', 'takeovers', 'transaction', 'transactions', 'purchase', 'bid', 'buyout', 'listing', 'offering', 'spinoff', 'restructuring']);
/** "advised on three of those deals", "advising on the merger": a client's deal served, no advice told. */
const advisedOnADeal = (tokens: readonly Token[], i: number): boolean => at(tokens, i + 1).lower === 'on' && tokens.slice(i + 2, i + 7).some((t) => DEALS.has(t.lower));
const RIGHTS = new Set(['right', 'rights', 'privilege', 'privileges', 'amendment']);
/** "5,000 times", "more than 40 times", "a dozen times": a count of how often, from i. */
function countOfTimes(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k < i + 3 && APPROXIMATING.has(at(tokens, k).lower)) k++;
  if (INDEFINITE_ARTICLES.has(at(tokens, k).lower) && at(tokens, k + 1).lower === 'dozen') k++;
  return (STARTS_WITH_NUMBER.test(at(tokens, k).text) || NUMBER_WORDS.has(at(tokens, k).lower)) && at(tokens, k + 1).lower === 'times';
}
/** "attacked Rubio for not answering", "attacked Clinton as too cozy": criticism with what it says, after its object. */
function attackedFor(tokens: readonly Token[], i: number): boolean {
  if (!/^attack(?:s|ed|ing)?$/.test(at(tokens, i).lower)) return false;
  for (let k = i + 2; k < i + 9 && isWord(at(tokens, k)); k++) {
    const w = at(tokens, k).lower;
    // Not "as" opening a clause of when ("attacking critics as scrutiny heats up", "attacked the base as night fell").
    const then = at(tokens, k + 2);
    if (w === 'as') return !(isWord(then) && (AUXILIARIES.has(then.lower) || IRREGULAR_PASTS.has(then.lower) || isPastForm(then.lower) || /[^s]s$/.test(then.lower)) && !at(tokens, k + 1).lower.endsWith('ly'));
    if (w === 'for') return [1, 2].some((d) => at(tokens, k + d).lower.endsWith('ing') && isWord(at(tokens, k + d)) && !at(tokens, k + d).capitalized);
  }
  return false;
}
/**
 * "talked about how the plan had failed", "spoke about why they left": what is told, as a clause after "about". A
 * participle only in the progressive ("were talking about why"): "by talking about how", "got people talking about
 * whether" leave who talks to a phrase the parser does not read.
 */
const aboutAClause = (tokens: readonly Token[], i: number): boolean =>
  at(tokens, i + 1).lower === 'about' && ABOUT_WHAT.has(at(tokens, i + 2).lower) && (!at(tokens, i).lower.endsWith('ing') || PASSIVE_BE.has(at(tokens, i - 1).lower));
const ABOUT_WHAT = new Set(['how', 'why', 'whether']);
/** A quotation mark among the four words before i: the verb at i tags a quotation. */
function quotationJustBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4; k--) if (QUOTE_MARKS.test(at(tokens, k).text) || /[”"’]$/.test(at(tokens, k).text)) return true;
  return false;
}

/** Whether "concerned" at i ends "as far as … is concerned" or "where … is concerned", or follows its noun: "the parties concerned". */
function concernsOnly(tokens: readonly Token[], i: number): boolean {
  // "The officials concerned were told to act": the ones it concerns, before their clause's verb.
  if (at(tokens, i - 2).lower === 'the' && isPeoplePlural(at(tokens, i - 1).lower) && (AUXILIARIES.has(at(tokens, i + 1).lower) || MODALS.has(at(tokens, i + 1).lower))) return true;
  if (isWord(at(tokens, i + 1))) return false;
  const before = at(tokens, i - 1);
  if (isWord(before) && !COPULAS.has(before.lower) && !isLyAdverb(before.lower) && !INTENSIFIERS.has(before.lower) && !SUBJECT_PRONOUNS.has(before.lower)) return true;
  for (let k = i - 2; k >= Math.max(0, i - 12) && isWord(at(tokens, k)); k--) {
    if (at(tokens, k).lower === 'where' || (at(tokens, k).lower === 'far' && at(tokens, k - 1).lower === 'as' && at(tokens, k + 1).lower === 'as')) return true;
  }
  return false;
}

/** Whether some verb of the sentence opens or tags a quotation, known as a verb of saying or not. */
export const tagsQuotation = (tokens: readonly Token[]): boolean => tokens.some((_, i) => tagsAQuotation(tokens, i) || tagsQuotationBefore(tokens, i));

/** A verb in the past that opens a quotation right after it, "Marsh cracked, “…”": a speech tag whatever the verb. */
function tagsAQuotation(tokens: readonly Token[], i: number): boolean {
  // Run on every word of the page: the punctuation after it first, which rules out nearly all of them.
  const next = at(tokens, i + 1);
  if ((next.text !== ',' && next.text !== ':') || !OPENING_QUOTES.has(at(tokens, i + 2).text)) return false;
  const verb = at(tokens, i);
  return isWord(verb) && !verb.capitalized && (/[^e]ed$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower)) && isWord(at(tokens, i - 1)) && !TITLING.has(verb.lower);
}
// A title given, not words said: "an ad titled, “Scam.”"
const TITLING = new Set(['titled', 'entitled', 'headlined', 'captioned', 'subtitled']);

/** Whether the verb at i tags a quotation that closes on a comma or a mark just before it: "…,” (Reed) recalled". */
function tagAfterQuotation(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k > 0; k--) if (QUOTE_MARKS.test(at(tokens, k).text) && TAG_MARKS.has(at(tokens, k - 1).text)) return true;
  return false;
}
const TAG_MARKS = new Set([',', '?', '!']);

/**
 * A verb in the past that tags the quotation opening its sentence, whatever the verb: right after it ("“…!” beamed Tom
 * Reed", "“…,” exhorted the mayor") or after a short subject and ending its clause ("“…,” Ann Marsh sighed.", "“…!” she
 * laughed back."). A quotation that opens inside the sentence is an aside's or a title ("Known on the quay as “the ferry
 * king,” the ferryman retired"), and a verb with more after it is narration ("“…,” Reed smiled at the crowd and left").
 */
function tagsQuotationBefore(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i);
  if (!isWord(verb) || verb.capitalized || !isPastForm(verb.lower)) return false;
  let k = i - 1;
  while (k > i - 4 && isWord(at(tokens, k)) && !CLOSING_QUOTES.has(at(tokens, k).text)) k--;
  if (!CLOSING_QUOTES.has(at(tokens, k).text) || !TAG_MARKS.has(at(tokens, k - 1).text)) return false;
  // The quotation runs from the sentence's start (or from a sentence before): no other mark of quotation before it.
  if (tokens.slice(1, k - 1).some((t) => OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text))) return false;
  // Right after the quotation, its speaker after it: a name or a person ("“…!” beamed Tom Reed", "exhorted the mayor");
  // not a title's deeds ("“Where Are You Now?” topped the charts", "won best documentary").
  if (k === i - 1) return speakerAfter(tokens, i);
  // Its subject before it, a name, a pronoun or a noun with its article ("Ann Marsh", "she", "the miller"); the verb ends
  // the clause, with at most a particle or an adverb of how after it ("laughed back", "sighed heavily").
  const first = at(tokens, k + 1);
  const subject = first.capitalized || (i - k === 2 && SUBJECT_PRONOUNS.has(first.lower)) || ARTICLES.has(first.lower) || POSSESSIVES.has(first.lower);
  // "“…,” Tom Reed went on.", "… she began.": a few irregular pasts tag one too.
  if (!(isLettersThen(verb.lower, 'ed') || TAGGING_PASTS.has(verb.lower)) || !subject) return false;
  const after = CUE_PARTICLES.has(at(tokens, i + 1).lower) || isLyAdverb(at(tokens, i + 1).lower) || (verb.lower === 'went' && at(tokens, i + 1).lower === 'on') ? i + 2 : i + 1;
  return !isWord(at(tokens, after));
}

const TAGGING_PASTS = new Set(['went', 'began', 'spoke', 'wrote']);
/**
 * Whether a speaker follows the verb at i: a name or a person, perhaps after an article, a possessive or words that
 * describe them ("Tom Reed", "the mayor", "harbour master Olu Banjo"); not a thing before a preposition ("the charts
 * for six weeks", "best documentary at the festival").
 */
function speakerAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5; k++) {
    const t = at(tokens, k);
    if (!isWord(t) || PREPOSITIONS_AFTER_AN_OBJECT.has(t.lower)) return false;
    if (t.capitalized || lexicon.isPersonNoun(t.lower)) return true;
  }
  return false;
}

// Words a year follows as a date: "from 1963", "in 2019", "since 2001".
// Not "of", "by", "after": "a backlog of 2000", "rose by 1800 after the raid" are counts.
const BEFORE_A_YEAR = new Set(['in', 'from', 'since', 'until', 'till', 'during', 'circa']);
// Not a count written without its comma: "a backlog of 2000 complaints", "errors in 1850 files".
const yearAfter = (tokens: readonly Token[], k: number): boolean =>
  /^(?:1[89]|20)\d\d$/.test(at(tokens, k).lower) && BEFORE_A_YEAR.has(at(tokens, k - 1).lower) && (!isWord(at(tokens, k + 1)) || AFTER_A_YEAR.has(at(tokens, k + 1).lower) || /\p{L}{2}ing$/u.test(at(tokens, k + 1).lower));
const AFTER_A_YEAR = new Set(['and', 'or', 'but', 'to', 'when', 'after', 'before', 'as', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'until', 'while']);
/** Whether what follows a verb is something said: "that …", a quotation, a colon, or a figure. */
function introducesContent(tokens: readonly Token[], i: number, openers: ReadonlySet<string> = CONTENT_OPENERS, figures = true): boolean {
  // A tag after a quotation: "…,” Stafford responded.", "“…,” Bornstein wrote in the letter."
  if (!isWord(at(tokens, i - 1)) || !isWord(at(tokens, i + 1))) return true;
  if (quotationJustBefore(tokens, i)) return true;
  // "replied evenly, “…”", "wrote back: “…”": how or when it was said stands between the verb and what was said.
  const how = at(tokens, i + 1);
  const first = (isLyAdverb(how.lower) || SAID_WHEN.has(how.lower)) && !how.capitalized && (at(tokens, i + 2).text === ',' || at(tokens, i + 2).text === ':') && QUOTE_MARKS.test(at(tokens, i + 3).text) ? i + 2 : i + 1;
  for (let k = i + 1; k <= i + 8 && k < tokens.length; k++) {
    const t = at(tokens, k);
    if (k === first && (openers.has(t.lower) || !isWord(t))) return true;
    // A figure to be credited, not a day of the month ("discovered the body Aug. 10") or a year ("a notice from 1963").
    if (QUOTE_MARKS.test(t.text) || (figures && STARTS_WITH_NUMBER.test(t.text) && !MONTHS.has(at(tokens, k - 1).lower) && !yearAfter(tokens, k)) || t.lower === 'that') return true;
    if (t.boundary) return false;
  }
  return false;
}
const SAID_WHEN = new Set(['back', 'later', 'again', 'then', 'afterward', 'afterwards', 'too']);
const CLAUSE_SUBJECT_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'this']);
const FINITE_CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Whether a clause opened by a subject pronoun and its auxiliary follows the verb at i: "predicted it would fail". */
function pronounClause(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i + 2).lower;
  return SUBJECT_PRONOUNS.has(at(tokens, i + 1).lower) && (AUXILIARIES.has(verb) || MODALS.has(verb));
}
/**
 * Whether a clause with no "that" follows the verb at i: "declared Reed was the winner", "posted the vote was
 * rigged", "estimated the project will cost"; a name or a determiner, then a few words and a finite "be", "have" or modal
 * ("posted photos of", "declared it" are none).
 */
function bareClause(tokens: readonly Token[], i: number): boolean {
  const first = at(tokens, i + 1);
  if (!isWord(first) || !(first.capitalized || CLAUSE_SUBJECT_OPENERS.has(first.lower))) return false;
  for (let k = i + 2; k <= i + 4 && isWord(at(tokens, k)); k++) {
    if (FINITE_CLAUSE_VERBS.has(at(tokens, k).lower)) return true;
    if (!at(tokens, k).capitalized && NOT_AN_OPENING.has(at(tokens, k).lower)) return false;
  }
  return false;
}
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'these']);
const FAVOURING = new Set(['favor', 'favors', 'favored', 'favour', 'favours', 'favoured', 'approve', 'approves', 'approved', 'disapprove', 'disapproves', 'disapproved', 'trust', 'trusts', 'trusted', 'distrust', 'distrusted']);
/**
 * "Pew found Democrats favored the plan", "Gallup found most voters backed it": what people did or held, a clause
 * with no "that" after the verb of finding, is what was found; "found the door locked" is no such clause.
 */
function peopleFoundDoing(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && isWord(at(tokens, k)); k++) {
    const t = at(tokens, k);
    if (!isPeoplePlural(t.lower) || t.lower === 'those') continue;
    const verb = at(tokens, k + 1);
    // A verb of holding, taking a side or saying: "favored", "backed", "said"; not a state they were found in ("two men
    // injured").
    const held = COGNITION_FORMS.has(verb.lower) || STANCE_ACT_FORMS.has(verb.lower) || SPEECH_FORMS.has(verb.lower) || FAVOURING.has(verb.lower);
    // "residents opposed to the tower": a participle before "to" describes them, unless the clause's verb follows
    // ("staff opposed to the change had been moved").
    const after = tokens.slice(k + 3, k + 9);
    const relativeAt = after.findIndex((w) => RELATIVE_PRONOUNS.has(w.lower));
    const describes = at(tokens, k + 2).lower === 'to' && !(relativeAt < 0 ? after : after.slice(0, relativeAt)).some((w) => FINITE_CLAUSE_VERBS.has(w.lower));
    return isWord(verb) && !verb.capitalized && !describes && (held || FINITE_CLAUSE_VERBS.has(verb.lower) || MODALS.has(verb.lower));
  }
  return false;
}
/** Whether the verb at i takes an object ("a", "his …") and the first sign of content after it is a "that" opening a clause about that object. */
function thatAfterObject(tokens: readonly Token[], i: number): boolean {
  if (!OBJECT_DETERMINERS.has(at(tokens, i + 1).lower)) return false;
  for (let k = i + 2; k <= i + 8 && k < tokens.length; k++) {
    const t = at(tokens, k);
    if (QUOTE_MARKS.test(t.text) || STARTS_WITH_NUMBER.test(t.text) || t.boundary) return false;
    // "a letter asking that …", "a column that accused …": the object says something, and it is the writer's.
    if (t.lower === 'that') return isWord(at(tokens, k - 1)) && !at(tokens, k - 1).capitalized && !ATTRIBUTION_VERBS.has(at(tokens, k - 1).lower) && !ATTRIBUTION_VERBS.has(at(tokens, k + 1).lower);
  }
  return false;
}
const ADDING = new Set(['add', 'adds', 'added', 'adding']);
const MORE_OF = new Set(['additional', 'extra']);
/** "added a second shift to its rota", "added a clause to the bill": something put to something, no words said. */
function addsAThing(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (!isWord(next) || next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower)) return false;
  // "added extra staff", "added additional content to the thread": more of something.
  if (MORE_OF.has(next.lower)) return true;
  // "The city added three bus routes", "The economy added about 200,000 jobs": a count of things, unless a verb after it
  // makes it a clause's subject ("added 200 people had died").
  let n = i + 1;
  while (n < i + 4 && APPROXIMATING.has(at(tokens, n).lower)) n++;
  const count = at(tokens, n);
  if (STARTS_WITH_NUMBER.test(count.text) || NUMBER_WORDS.has(count.lower)) {
    // A verb after the count ("added some 40 people had died") makes it a clause's subject; a plural noun in -s is
    // none ("added 40 stores").
    for (let k = n + 1; k <= n + 5; k++) {
      const t = at(tokens, k);
      if (!isWord(t)) return true;
      if (!t.capitalized && (AUXILIARIES.has(t.lower) || (looksLikeVerb(t.lower) && !t.lower.endsWith('s')))) return false;
    }
    return true;
  }
  for (let k = i + 2; k <= i + 7; k++) {
    const t = at(tokens, k);
    // "The carrier adds capacity on two routes.", a headline's "Ferry firm adds third sailing": the sentence ends
    // with no verb after the object, so nothing was said; not a tag after a claim or a quotation ("…, Reed added
    // later.", "…,” she added on the radio."), nor a verb with when or to whom after it ("Reed added to the Post.").
    if ((k === tokens.length || SENTENCE_ENDS.has(t.text)) && isWord(at(tokens, i - 1)) && !NOT_AN_OBJECT.has(next.lower) && !isLyAdverb(next.lower) && !tokens.slice(0, i).some((u) => QUOTE_MARKS.test(u.text) || u.text === ',')) return true;
    if (!isWord(t) || t.lower === 'that' || AUXILIARIES.has(t.lower) || (!t.capitalized && looksLikeVerb(t.lower))) return false;
    if (t.lower === 'to') return true;
  }
  return false;
}
const SENTENCE_ENDS = new Set(['.', '!', '?']);
// Words after "added" that are no object of it: when, where, to whom.
const RECALLED_OF = new Set(['of', 'for', 'with', 'about', 'from', 'last', 'this', 'once', 'how']);
const NOT_AN_OBJECT = new Set(['to', 'later', 'earlier', 'on', 'in', 'at', 'during', 'yesterday', 'today', 'tonight', 'then', 'also', 'afterwards', 'afterward', 'recently', 'shortly']);

/** Whether a name or a title starts at k, after an optional "the": "Acme Watch", "“Women at Work”", "the “Acme Fund”". */
function aNameFollows(tokens: readonly Token[], k: number): boolean {
  const t = at(tokens, k).lower === 'the' ? at(tokens, k + 1) : at(tokens, k);
  return QUOTE_MARKS.test(t.text) || (isWord(t) && t.capitalized);
}
/** Whether the word at i follows "a" or "an" and a few lower-case words with no verb: "a book called", "a new group called". */
function namesWhatItFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const t = at(tokens, k);
    if (INDEFINITE_ARTICLES.has(t.lower)) return k < i - 1;
    // "a German news organization called": a capital before a body's noun is where it is from.
    const placeOfBody = t.capitalized && k < i - 1 && INSTITUTIONS.has(at(tokens, i - 1).lower);
    if (!isWord(t) || (t.capitalized && !placeOfBody) || looksLikeVerb(t.lower) || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

// After "called him", a time, place or particle means a phone call or a summons, not a name given.
const NOT_A_NAMING = new Set(['on', 'at', 'in', 'to', 'back', 'up', 'over', 'for', 'from', 'after', 'before', 'last', 'yesterday', 'today', 'and', 'but', 'when', 'while', 'about', 'off', 'quits', 'later', 'again']);
const THING_OPENERS = new Set(['this', 'that', 'these', 'those', 'the', 'his', 'their', 'its', 'our']);
const NOT_A_NAMED_THING = new Set(['few', 'couple', 'lot', 'number', 'second', 'third', 'bit', 'little', 'total']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself']);
const PEOPLE_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us']);
const NAMING_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);
const ADJECTIVE_ENDING = /(?:ous|ful|less|ive|able|ible|ent|ant|al|ic|ish|ed|est)$/;
// Judgements without an adjective's ending: "called the plan dead", "called the ruling wrong".
const JUDGEMENTS = new Set(['dead', 'unfair', 'unjust', 'wrong', 'false', 'absurd', 'racist', 'sexist', 'reckless', 'cruel', 'misleading', 'premature', 'flawed', 'unconstitutional', 'illegal', 'untrue', 'outdated', 'rigged', 'corrupt', 'bogus', 'fake', 'insane', 'crazy', 'stupid', 'silly', 'nonsense', 'overdue', 'long', 'short', 'weak', 'strong', 'safe', 'unsafe', 'good', 'bad', 'great', 'fair', 'derisory', 'discriminatory', 'defamatory', 'inflammatory', 'contradictory', 'unsatisfactory', 'predatory', 'illusory', 'inappropriate', 'disproportionate', 'inaccurate', 'inadequate', 'unfortunate', 'illegitimate', 'legitimate', 'accurate', 'appropriate', 'adequate', 'deliberate', 'desperate', 'exaggerated', 'biased', 'overblown', 'unwise', 'naive', 'extreme', 'obscene', 'unfounded', 'unjustified', 'unwarranted', 'unprecedented', 'misguided', 'misplaced']);
const SUPERLATIVE_FORM = /^(?:most|least|best|worst|\p{L}{3,}est)$/u;
const NOT_A_NAMING_AFTER_OBJECT = new Set(['last', 'this', 'next', 'on', 'in', 'at', 'for', 'off', 'up', 'out', 'back', 'to', 'by', 'and', 'or', 'but', 'yesterday', 'today', 'earlier', 'later', 'again', 'him', 'her', 'them', 'it', 'me', 'us']);
/** "what officials called", "that some critics have called": a relative word, a short subject, then the verb at i. */
function objectBeforeSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && AUXILIARIES.has(at(tokens, k).lower)) k--;
  const subjectEnd = k;
  while (k > 0 && subjectEnd - k < 4 && isWord(at(tokens, k)) && !OBJECT_RELATIVES.has(at(tokens, k).lower) && !isClauseWord(at(tokens, k))) k--;
  return k < subjectEnd && OBJECT_RELATIVES.has(at(tokens, k).lower);
}
/**
 * The subject of a verb at i that names "what" before it, or none: "he" in "what he calls a rigged market", "critics"
 * in "what critics have called a tax", "one of them" in "what one of them described as a swindle".
 */
function subjectNamingWhat(tokens: readonly Token[], i: number): Token[] {
  const verb = at(tokens, i).lower;
  if (!/^call(?:s|ed)?$/.test(verb) && !(/^describe[sd]$/.test(verb) && at(tokens, i + 1).lower === 'as')) return [];
  // "what locals call the Widow's Drop": a place's or a thing's proper name is what it is called, no view of it.
  const named = at(tokens, i + 1).capitalized || (ARTICLES.has(at(tokens, i + 1).lower) && at(tokens, i + 2).capitalized);
  if (named) return [];
  let k = i - 1;
  while (k > 0 && (AUXILIARIES.has(at(tokens, k).lower) || isLyAdverb(at(tokens, k).lower))) k--;
  const subjectEnd = k;
  while (k > 0 && subjectEnd - k < 4 && isWord(at(tokens, k)) && at(tokens, k).lower !== 'what' && !isClauseWord(at(tokens, k))) k--;
  return k < subjectEnd && at(tokens, k).lower === 'what' ? tokens.slice(k + 1, subjectEnd + 1) : [];
}
// What one telephones someone to do: "called to wish her well", "called to say …".
const PHONE_CALLS = new Set(['say', 'tell', 'ask', 'report', 'explain', 'confirm', 'announce', 'share', 'wish', 'check', 'thank', 'congratulate', 'apologize', 'apologise', 'chat', 'invite', 'offer', 'see', 'let', 'make', 'get', 'find', 'talk', 'discuss']);
function calledSomething(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1).lower;
  // "a book called “Women at Work”", "a new group called Acme Watch": a participle giving a thing its name.
  if (at(tokens, i).lower === 'called' && namesWhatItFollows(tokens, i) && aNameFollows(tokens, i + 1)) return false;
  if (next === 'for' || next === 'on' || next === 'out') return true; // "called for", "called on", "called out"
  // "Reed called upon the mayor to …" reports one call; "outlets call upon experts to interpret …" is a habit.
  if (next === 'upon') return at(tokens, i).lower === 'called';
  // "Reed called to ban imports": a call for an act; "was called to testify" summons someone, "called to the stand" too,
  // and "called to wish her well" or "called to say …" is a call on the phone; "called to mind" recalls.
  const act = at(tokens, i + 2);
  if (next === 'to' && isWord(act) && !act.capitalized && !OBJECT_OPENERS.has(act.lower) && !PHONE_CALLS.has(act.lower) && act.lower !== 'mind' && !PASSIVE_BE.has(at(tokens, i - 1).lower) && !AUXILIARIES.has(at(tokens, i - 1).lower)) return true;
  // "called Wednesday for", "called again on": a time or "again" between the verb and its particle.
  const particle = at(tokens, i + 2).lower;
  if ((WHEN_WORDS.has(next) || next === 'again') && (particle === 'for' || particle === 'on') && isWord(at(tokens, i + 3)) && at(tokens, i + 4).lower !== 'way') return true;
  // "what he calls waste": the speaker's own name for it.
  if (FREE_RELATIVES.has(at(tokens, i - 2).lower) && SUBJECT_PRONOUNS.has(at(tokens, i - 1).lower)) return true;
  // "in what officials called an act of revenge", "a levy that critics have called cruel": the object stands before the
  // subject, and what follows names it; not "the meeting that Reed called last week".
  // In the present, "what farmers call silage" is a term; "what critics call a power grab" a charge.
  const naming = at(tokens, i).lower.endsWith('ed') || INDEFINITE_ARTICLES.has(next) || next === 'the' || QUOTE_MARKS.test(at(tokens, i + 1).text);
  if (naming && isWord(at(tokens, i + 1)) && !NOT_A_NAMING_AFTER_OBJECT.has(next) && objectBeforeSubject(tokens, i)) return true;
  // "called them liars", "calls himself a socialist": naming someone is a claim about them.
  const after = at(tokens, i + 2);
  if (OBJECT_PRONOUNS.has(next) && isWord(after) && !after.capitalized && !NOT_A_NAMING.has(after.lower)) {
    // "called her mother" is a call to someone; "called her a liar" names her.
    if (next !== 'her' || after.lower === 'a' || after.lower === 'an' || after.lower === 'the') return true;
  }
  // "calls this a poor excuse", "called the whole levy a tax": a thing named with "a"; not "called the
  // office a few times", "called the meeting a week early".
  // So is a thing named with no article, "called flood insurance a scam", and one named at some length, "called the
  // idea of a toll bridge a fraud".
  const bareThing = isWord(at(tokens, i + 1)) && !at(tokens, i + 1).capitalized && /^\p{L}+$/u.test(next) && !OBJECT_PRONOUNS.has(next) && !NOT_A_NAMING_AFTER_OBJECT.has(next) && !NOT_AN_OPENING.has(next) && !looksLikeVerb(next) && !INDEFINITE_ARTICLES.has(next) && !NUMBER_WORDS.has(next) && !SHARES.has(next);
  if (THING_OPENERS.has(next) || bareThing) {
    for (let k = i + 2; k <= i + 7 && isWord(at(tokens, k)) && (k === i + 2 || !looksLikeVerb(at(tokens, k).lower)); k++) {
      // "called the case one of the worst", "called the fraud the largest in years": one of a kind, or the most of it.
      const ofAKind = (at(tokens, k).lower === 'one' && at(tokens, k + 1).lower === 'of') || (at(tokens, k).lower === 'the' && SUPERLATIVE_FORM.test(at(tokens, k + 1).lower));
      if (ofAKind) return true;
      if (!INDEFINITE_ARTICLES.has(at(tokens, k).lower)) continue;
      const named = at(tokens, k + 1);
      if (isWord(named) && !WHEN_WORDS.has(named.lower) && !NOT_A_NAMED_THING.has(named.lower)) return true;
      break;
    }
    // "called the plan dead", "calls the levy unfair and costly", "called the results promising": a judgement that
    // ends the clause. Not a participle's ("…, calling the moves unlawful"), whose subject may sit in a clause of its
    // own.
    for (let k = i + 3; k <= i + 4 && !at(tokens, i).lower.endsWith('ing'); k++) {
      const judged = at(tokens, k);
      const end = at(tokens, k + 1);
      const ends = !isWord(end) || end.lower === 'and' || end.lower === 'but' || end.lower === 'or';
      if (isWord(judged) && !judged.capitalized && (JUDGEMENTS.has(judged.lower) || (ADJECTIVE_ENDING.test(judged.lower) && !judged.lower.endsWith('ed')) || (judged.lower.endsWith('ing') && judged.lower.length > 6)) && ends) return true;
      if (!isWord(judged) || judged.capitalized || looksLikeVerb(judged.lower)) break;
    }
  }
  // "Reed called Marsh a liar", "Marsh calls Leeds her home town": a name given to a name.
  let k = i + 1;
  while (k < i + 5 && at(tokens, k).capitalized && isWord(at(tokens, k))) k++;
  const given = at(tokens, k);
  if (k > i + 1 && isWord(given) && (NAMING_OPENERS.has(given.lower) || (!given.capitalized && ADJECTIVE_ENDING.test(given.lower)))) return true;
  // "called both plans “reckless”", "called Marsh, his rival, “a disaster”", "called the chief, Ann Marsh, a
  // fraud": a quotation in the same clause, or a description after the object's aside, names what it was called.
  let commas = 0;
  for (let k = i + 1; k <= i + 16; k++) {
    const t = at(tokens, k);
    if (QUOTE_MARKS.test(t.text)) return true;
    if (t.text === ',') {
      if (++commas === 2 && INDEFINITE_ARTICLES.has(at(tokens, k + 1).lower)) return true;
      continue;
    }
    if (t.boundary && t.text !== '“' && t.text !== '"') return false;
  }
  return false;
}

// Labels that end in a colon without naming a speaker; "DEAR ABBY:" greets the one a letter is to.
const RUBRIC_RECORDS = new Set(['poll', 'survey', 'study', 'report']);
// Labels that do name a speaker: the force or office a headline's story is about ("Police: …", "Sheriff: …"), beside
// the plural offices named as "police" is.
const OFFICE_RUBRICS = new Set(['police', 'cops', 'sheriff', 'coroner', 'judge']);
/** Words that label a page's parts, never a speaker or a credit: "Update:", "[Opinion]", "[Chart]". */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(['dear', 'update', 'updated', 'corrected', 'chart', 'charts', 'map', 'maps', 'graphic', 'graphics', 'interactive', 'sponsored', 'audio', 'image', 'images', 'picture', 'illustration', 'file', 'note', 'editor', 'photo', 'photos', 'video', 'videos', 'watch', 'look', 'listen', 'read', 'follow', 'subscribe', 'contact', 'related', 'source', 'sources', 'credit', 'advertisement', 'breaking', 'exclusive', 'analysis', 'opinion', 'correction', 'report', 'poll', 'review', 'live', 'recap', 'timeline', 'explainer', 'gallery', 'quiz', 'podcast', 'transcript', 'warning', 'disclaimer', 'summary', 'abstract', 'q', 'a', 'q&a', 'doi', 'isbn', 'issn', 'url', 'pdf', 'faq', 'rsvp', 'busted', 'shocking', 'developing', 'alert', 'urgent', 'revealed', 'confirmed', 'bombshell', 'wow', 'whoa', 'boom', 'yikes', 'byline', 'email', 'e-mail', 'tags', 'topics', 'filed', 'posted']);
// A section's or a newsletter's kicker, ending the label: "Newsletter: Your Tuesday Briefing", "Corvinia Budget: Brenn
// Cuts Duty" (not "Corvinia Election Commission:", a body).
const KICKERS = new Set(['newsletter', 'briefing', 'budget', 'election', 'elections', 'results', 'verdict', 'rating', 'factcheck', 'fact-check']);

// What a speaker speaks in: "in a letter", "in an interview".
const MEDIA = new Set(['letter', 'statement', 'memo', 'interview', 'post', 'tweet', 'email', 'filing', 'speech', 'op-ed', 'column', 'video', 'message', 'note', 'essay', 'editorial', 'blog']);
// Verbs by which someone puts out a document in their own words, and the documents: "issued a statement", "put out
// a video", "released data".
// "is releasing an ad that urges": the -ing forms of putting out, not of writing or sending ("began writing columns").
const ISSUING = new Set([
  'released', 'releases', 'releasing', 'issued', 'issues', 'issuing', 'published', 'publishes', 'publishing', 'posted', 'posts',
  'circulated', 'circulates', 'circulating', 'distributed', 'distributing', 'sent', 'sends', 'put', 'puts', 'wrote', 'writes',
  'penned', 'aired', 'airs', 'airing', 'launched', 'launches', 'launching', 'signed', 'signs', 'signing',
]);
// The media one speaks in, less the spoken ones ("gave an interview"), and the records one puts out.
const ISSUED = new Set([...[...MEDIA].filter((w) => w !== 'interview' && w !== 'speech'), 'release', 'report', 'ad', 'advertisement', 'analysis', 'data', 'projection', 'forecast', 'research', 'paper', 'notice', 'complaint', 'brief']);
const isIssued = (noun: string): boolean => ISSUED.has(noun) || (noun.endsWith('s') && ISSUED.has(noun.slice(0, -1)));

/**
 * "The council put out a notice Friday saying", "Acme issued a memo that argued", "Reed sent a video on
 * Monday accusing": the issuing verb before a document that a participle or "that" goes on from, or -1. The
 * participle's subject is the document, which speaks for whoever issued it.
 */
function issuerVerb(tokens: readonly Token[], i: number, sentenceStart: number): number {
  let k = i - 1;
  if ((at(tokens, k).lower === 'that' || at(tokens, k).lower === 'which') && !at(tokens, i).lower.endsWith('ing')) k--;
  // "on Monday", "Wednesday night", "last week": when it was issued.
  for (let n = 0; n < 3 && isWord(at(tokens, k)) && (WHEN_WORDS.has(at(tokens, k).lower) || (WHEN_OPENERS.has(at(tokens, k).lower) && WHEN_WORDS.has(at(tokens, k + 1).lower))); n++) k--;
  // "sent a letter to residents saying": to whom it went.
  for (let m = k; m > k - 4 && isWord(at(tokens, m)); m--) {
    if (at(tokens, m).lower === 'to' && isWord(at(tokens, m - 1)) && ISSUED.has(at(tokens, m - 1).lower.replace(/s$/, ''))) k = m - 1;
  }
  if (!isIssued(at(tokens, k).lower)) return -1;
  // "a joint statement", "its first TV ad", "a two-page memo".
  for (let n = 0; n < 4 && k > 0; n++) {
    k--;
    const t = at(tokens, k);
    // "A survey published by Acme Research found": an agent after a participle, no document issued.
    if (!isWord(t) || t.lower === 'by') return -1;
    if (t.lower === 'out' && ISSUING.has(at(tokens, k - 1).lower)) k--;
    // "Newly published data show": an adverb opening the sentence before the participle is no one who issued it.
    if (ISSUING.has(at(tokens, k).lower)) return at(tokens, k).start > sentenceStart && !(at(tokens, k - 1).start === sentenceStart && isLyAdverb(at(tokens, k - 1).lower)) ? k : -1;
    if (AUXILIARIES.has(t.lower) || looksLikeVerb(t.lower)) return -1;
  }
  return -1;
}
/** "Reed issued a statement, “…”", "posted a message: “…”": a record put out, its words quoted right after it. */
function issuesQuotedRecord(tokens: readonly Token[], i: number): boolean {
  // Not a letter signed, which a quotation after it may name ("signed a letter, “the Leeds letter,”").
  if (!ISSUING.has(at(tokens, i).lower) || at(tokens, i).lower.startsWith('sign')) return false;
  for (let k = i + 1; k <= i + 4 && isWord(at(tokens, k)); k++) {
    if (!isIssued(at(tokens, k).lower)) continue;
    const mark = at(tokens, k + 1).text;
    return (mark === ',' || mark === ':') && OPENING_QUOTES.has(at(tokens, k + 2).text);
  }
  return false;
}
// What a headline's speaker spoke to, of or at: "Reed to farmers:", "Marsh on the levy:", "Ode at the fair:".
const ADDRESSED = new Set(['to', 'on', 'at']);
const PLACE_OR_TIME_AFTER = new Set(['in', 'on', 'after', 'following', 'near', 'during']);
const HEADLINE_PASSIVE_AFTER = new Set([...PLACE_OR_TIME_AFTER, 'at', 'for', 'as', 'amid', 'over', 'ahead', 'despite']);
/**
 * Whether "continue" at i says a thing goes on ("The trial continues."): ending the sentence with nothing said, its
 * subject no speaker, no quotation before it in the sentence ("…?” Reed continued.", "He continued." are tags).
 */
function thingGoesOn(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i);
  const prev = at(tokens, i - 1);
  const subject = isWord(prev) && !prev.capitalized && !SUBJECT_PRONOUNS.has(prev.lower) && !isPersonRole(prev.lower) && !lexicon.isPersonNoun(prev.lower);
  const ends = verb.endsSentence || SENTENCE_ENDS.has(at(tokens, i + 1).text) || i === tokens.length - 1;
  return subject && ends && !tokens.slice(0, i).some((t) => QUOTE_MARKS.test(t.text));
}
/** A headline's line: no closing stop, and short. */
const shortUnclosedLine = (tokens: readonly Token[]): boolean => !/[.!?…"”’)\]]$/.test(at(tokens, tokens.length - 1).text) && tokens.length <= HEADLINE_WORDS;
/**
 * Whether the past form at i is a headline's passive: a short line with no closing stop, opened by its subject with no
 * punctuation or auxiliary before the verb, and nothing after it but a place, a time or a reason ("by" names an agent;
 * "that" or a verb after it says something: "Acme reported on Tuesday that sales rose", a bullet's line).
 */
function headlinePassive(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const verb = at(tokens, i);
  const last = at(tokens, tokens.length - 1);
  if (!verb.lower.endsWith('ed') || !isWord(last) || !shortUnclosedLine(tokens) || at(tokens, 0).start !== sentenceStart || i < 1) return false;
  if (!tokens.slice(0, i).every((t) => isWord(t) && !AUXILIARIES.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower))) return false;
  if (tokens.slice(i + 1).some((t) => t.lower === 'that' || (!t.capitalized && looksLikeVerb(t.lower)))) return false;
  return i === tokens.length - 1 || HEADLINE_PASSIVE_AFTER.has(at(tokens, i + 1).lower);
}
const HEADLINE_WORDS = 12;
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
const NOT_IN_A_LABEL = new Set(['is', 'are', 'was', 'for', 'in', 'on', 'to', 'with', 'at']);

/**
 * "Reed turned on the panel: “The questions were unfair.”", "Ann Marsh seemed irritated: “Just send it!”": a quotation
 * a colon opens is the words of the named person (or the "he" or "she") whose clause ends at the colon, when nothing
 * in the sentence has tagged it yet. A short title in quotation marks ("a new nickname: “The Closer.”")
 * is no one's words.
 */
function matchColonQuotation(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  if (!OPENING_QUOTES.has(at(tokens, i + 1).text) || out.some((m) => m.sourceStart >= sentenceStart && m.cueEnd <= at(tokens, i).start)) return;
  let words = 0;
  let k = i + 2;
  for (; k < tokens.length && !CLOSING_QUOTES.has(at(tokens, k).text); k++) if (isWord(at(tokens, k))) words++;
  const last = at(tokens, k - 1).text;
  if (words < 3 && last !== '!' && last !== '?') return;
  let subject = clauseSubject(tokens, i, sentenceStart);
  if (!subject.length) return;
  // "Reed, the union's regional secretary, was blunt:": the description set off after a name is the name's.
  const described = describedName(tokens, subject);
  if (described) subject = described;
  const first = at(subject, 0);
  const pronoun = subject.length === 1 && SINGULAR_PERSON_PRONOUNS.has(first.lower);
  // A name ("Reed", "Sen. Ann Marsh"), or a named body's or person's document ("The Acme campaign", "Reed's letter");
  // not a phrase a name only qualifies ("The timing of Reed's surge"). One capital opening the sentence is a name
  // only with a verb right after it ("Reed gloated:", not "Why not simply ask:", "Giant screens …").
  const name = subject.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)) && !subject.some((w) => w.lower === 'of');
  const document = (first.lower === 'the' || isPossessive(first)) && !subject.some((w) => w.lower === 'of');
  const lone = subject.length === 1 && first.start === sentenceStart && !pronoun;
  // "in Hull, Yorks., a voice online hailed": a name set off by commas is a place's part, no subject.
  const after = tokenIndex(tokens, at(subject, subject.length - 1)) + 1;
  if (at(tokens, tokenIndex(tokens, first) - 1).text === ',' && (at(tokens, after).text === ',' || at(tokens, after).text === '.')) return;
  if (lone && !described && (CLAUSE_OPENERS.has(first.lower) || OPENING_ADVERBS.has(first.lower) || !opensPredicate(at(tokens, tokenIndex(tokens, first) + 1)))) return;
  // A capital with a description set off after it is a name, however lone at the sentence's start.
  const cls = described ? NAMED_SOURCE : classifySource(subject, sentenceStart);
  // "a paper from the Brookings Institution had this to say: “…”": a record its maker's name puts on the record.
  const record = subject.some((w) => RECORDS.has(w.lower) || w.lower === 'paper' || w.lower === 'papers');
  if (cls?.kind !== 'named-source' || !(pronoun || name || document || record)) return;
  out.push(sourceMatch(cls, first.start, endOf(subject), first.start, endOf(subject), at(tokens, i)));
}

/**
 * The name a description is set off after, opening the sentence: "Reed" for "the union's regional secretary" in
 * "Reed, the union's regional secretary, was blunt"; null when the description stands alone.
 */
function describedName(tokens: readonly Token[], description: readonly Token[]): Token[] | null {
  const first = at(description, 0);
  if (!(ARTICLES.has(first.lower) || isPossessive(first))) return null;
  const open = tokenIndex(tokens, first) - 1;
  const close = tokenIndex(tokens, at(description, description.length - 1)) + 1;
  if (at(tokens, open).text !== ',' || at(tokens, close).text !== ',') return null;
  let k = open - 1;
  while (k >= 0 && isWord(at(tokens, k)) && (at(tokens, k).capitalized || NAME_JOINERS.has(at(tokens, k).lower))) k--;
  const name = tokens.slice(k + 1, open);
  return name.length && k < 0 && at(name, 0).capitalized && !SUBJECT_PRONOUNS.has(at(name, 0).lower) ? [...name] : null;
}

/** "Lopez: “We will win”", "Maria Lopez: the council is wrong": a name opening the sentence, then a colon, says who speaks. */
function matchSpeakerLabel(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  // A transcript quoted paragraph by paragraph opens each speaker's turn with a quotation mark: '"REED: We will.'
  const opensQuoted = QUOTE_MARKS.test(at(tokens, 0).text) ? 1 : 0;
  const next = at(tokens, i + 1);
  // "HARVEST LATE - Ann Marsh: “The rain came early…”": a digest's label after a dash, before a quotation.
  const dash = labelAfterDash(tokens, i);
  if (dash > 0 && QUOTE_MARKS.test(next.text)) {
    const named = tokens.slice(dash, i);
    if (named.every((w) => w.capitalized || NAME_JOINERS.has(w.lower)) && classifySource(named, sentenceStart)?.kind === 'named-source') out.push(namedMatch(at(tokens, i), named));
    return;
  }
  const words = tokens.slice(opensQuoted, i);
  // "Marsh to Hull growers: the levy stays", "Reed on the levy: ‘It will pass’", "Former Mayor Reed at the fair: …": a
  // headline's speaker, then whom or what they spoke to, of or at.
  const addressed = words.findIndex((w, k) => k > 0 && ADDRESSED.has(w.lower));
  if (addressed > 0 && !opensQuoted && words.length <= 9 && at(tokens, 0).start === sentenceStart && (saysALine(tokens, i + 1) || QUOTE_MARKS.test(next.text))) {
    const speaker = words.slice(0, addressed);
    const first = at(speaker, 0);
    const named = speaker.every((w) => isWord(w) && (w.capitalized || NAME_JOINERS.has(w.lower)) && !NOT_SPEAKERS.has(w.lower)) && !KICKERS.has(at(speaker, speaker.length - 1).lower) && !INDEFINITE_ARTICLES.has(first.lower) && first.lower !== 'the' && !looksLikeVerb(first.lower);
    if (!named || classifySource(speaker, sentenceStart)?.kind !== 'named-source') return;
    // One capitalised word ("Next to go:", "More on the ferry:") is a name only where the article names it too.
    const label = namedMatch(at(tokens, i), speaker);
    if (speaker.length === 1) label.namedElsewhere = true;
    out.push(label);
    return;
  }
  if (!words.length || words.length > 4 || at(tokens, 0).start !== sentenceStart || !(isWord(next) || QUOTE_MARKS.test(next.text))) return;
  // "Poll: Reed leads in Leeds", "Insiders: Reed will rebound": a headline's rubric pins its line on a record or a
  // crowd. The references stage names a record the next sentence names.
  if (words.length === 1 && !opensQuoted && saysALine(tokens, i + 1) && !tallyOrList(tokens, i + 1)) {
    const rubric = at(words, 0);
    const cls = RUBRIC_RECORDS.has(rubric.lower) ? VAGUE_ATTRIBUTION : isPeoplePlural(rubric.lower) ? classifySource(words, sentenceStart) : null;
    if (cls && cls.kind !== 'named-source') {
      out.push(sourceMatch(cls, rubric.start, rubric.end, rubric.start, rubric.end, at(tokens, i)));
      return;
    }
  }
  // "Police: Man stole 40 bikes", "Sheriff: …": a headline pins its line on the force or office the story is about.
  if (words.length === 1 && !opensQuoted && (OFFICE_RUBRICS.has(at(words, 0).lower) || isNamedOffice(at(words, 0).lower)) && saysALine(tokens, i + 1) && !tallyOrList(tokens, i + 1)) {
    out.push(namedMatch(at(tokens, i), words));
    return;
  }
  // "Acme camp: …", "Leeds council: …": a name, then the body it names in lower case.
  const last = at(words, words.length - 1);
  // Not an adjective before it: "Internal memo:", "Official report:" name no one.
  const body = words.length > 1 && INSTITUTIONS.has(last.lower) && !opensQuoted && !LABEL_ADJECTIVE.test(at(words, 0).lower);
  if (!words.every((w) => isWord(w) && (w.capitalized || (body && w === last)) && !NOT_SPEAKERS.has(w.lower.replace(POSSESSIVE, ''))) || KICKERS.has(last.lower)) return;
  // A rubric or a title, not a name: "The Latest:", "Monday's Morning Email:", "Big Win For Reed:", "FIX IS IN:"; nor a
  // topic named with its number ("COVID-19:", "G7:", "Euro 2028:").
  if (INDEFINITE_ARTICLES.has(at(words, 0).lower) || at(words, 0).lower === 'the' || words.some((w) => isPossessive(w) || NOT_IN_A_LABEL.has(w.lower) || /\d/.test(w.text))) return;
  // One word alone ("Disclaimer:", "Gallery:") labels a speaker only before a quotation, in a transcript
  // ("TAPPER: And you back him?") or in a title-case headline ("Graham: Reed's Plan Is Hateful").
  const transcript = words.length === 1 && at(words, 0).text.length >= 3 && at(words, 0).text === at(words, 0).text.toUpperCase();
  // "Marsh: No new money for the Leeds line": a headline in sentence case names its speaker when the article
  // names the same person in its text ("transport chief Ann Marsh said"); "Background: …" names no one. And
  // only a line that says something: "Marsh: 312." is a tally, "Reed: Hold the line." a heading.
  // "Tom Reed: I will not resign": a line in the first person after a name is the named person's, as a quotation is.
  // A name of two words or more: one word may be a topic ("Brexit: We must act").
  const ownWords = words.length > 1 && !opensQuoted && speaksAsI(tokens, i + 1);
  const namedElsewhere = words.length === 1 && !QUOTE_MARKS.test(next.text) && !transcript && !inTitleCase(tokens);
  if (namedElsewhere && !saysALine(tokens, i + 1)) return;
  if (tallyOrList(tokens, i + 1)) return;
  if (classifySource(words, sentenceStart)?.kind !== 'named-source') return;
  const label = namedMatch(at(tokens, i), words);
  // "Ann Marsh: Don't trust the machines" names someone the article speaks of again ("Marsh said"), and a transcript's
  // "ANN MARSH:" takes her turn again; a rubric's or a title's capitals ("Tech Enabled: …", "Star Wars Jedi: Fallen
  // Order is …") or a dateline's ("NEW DELHI: …") name no one the article goes on about. "Acme camp:" is a body.
  // "KARACHI: Police arrested …": one word in capitals before prose in the third person is a dateline, unless the
  // article is a transcript (another line opens with a name in capitals) or the line speaks ("TAPPER: And you back him?").
  const dateline = transcript && !opensQuoted && !QUOTE_MARKS.test(next.text) && !turnSpeaks(tokens, i + 1);
  if (namedElsewhere || dateline || (words.length > 1 && !body && !opensQuoted && !QUOTE_MARKS.test(next.text) && !ownWords)) label.namedElsewhere = true;
  out.push(label);
}

const LABEL_ADJECTIVE = /(?:al|ous|ive|ful|ary|ic|ed|ing)$/;
/** Where the words before the colon at i start, when a dash sets them off within the sentence; else -1. */
function labelAfterDash(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k > 0 && i - k <= 6; k--) {
    const t = at(tokens, k);
    if (ASIDE_MARKS.has(t.text) && t.text !== ',') return k < i - 1 ? k + 1 : -1;
    if (!isWord(t)) return -1;
  }
  return -1;
}

/**
 * "Reed: 1,501.", "Ann Marsh: theft, fraud, held in lieu of bond.", "Leeds: Ann Marsh, Tom Reed, Ben Ode": a tally or a
 * list after the colon, not a line anyone said: no pronoun, auxiliary or quotation, and two commas or more.
 */
function tallyOrList(tokens: readonly Token[], k: number): boolean {
  if (STARTS_WITH_NUMBER.test(at(tokens, k).text)) return true;
  let commas = 0;
  for (let j = k; j < tokens.length; j++) {
    const t = at(tokens, j);
    if (t.text === ',') commas++;
    else if (SUBJECT_PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower) || QUOTE_MARKS.test(t.text)) return false;
  }
  return commas >= 2;
}

/** Whether the words from k to the sentence's end are five or more, the first no number. */
const SPOKE_TO = new Set(['spoke', 'speaks', 'speaking', 'talked', 'talks', 'talking']);
/**
 * Whether the phrase from k is the press: reporters, the writer, an outlet by its kind ("the local paper", "a radio
 * station") or by a name a paper or an agency takes ("the Leeds Post", "Reuters"); not "the station manager", "the
 * Leeds planning committee" or a person.
 */
function toThePress(tokens: readonly Token[], k: number): boolean {
  if (PRESS_PEOPLE.has(at(tokens, k).lower) || (at(tokens, k).lower === 'this' && at(tokens, k + 1).lower === 'writer')) return true;
  const j = ARTICLES_OF_OUTLETS.has(at(tokens, k).lower) ? k + 1 : k;
  let end = j;
  while (end < j + 5 && isWord(at(tokens, end)) && (at(tokens, end).capitalized || OUTLET_MODIFIERS.has(at(tokens, end).lower) || /^\d+$/.test(at(tokens, end).text))) end++;
  const after = at(tokens, end + 1);
  if ((PRESS_NOUNS.has(at(tokens, end).lower) || PRESS_PEOPLE.has(at(tokens, end).lower)) && !(isWord(after) && !after.capitalized && !NOT_A_HEAD.has(after.lower))) return true;
  // A name ending as papers', broadcasters' and agencies' do ("the Hull Examiner", "Channel 4 News", "the Associated
  // Press"), or one in initials ("NBC", "LBC").
  const last = at(tokens, end - 1);
  // The name is the phrase's head: not "the Spending Review panel", "the Hull Live audience".
  const headed = !AUDIENCES.has(at(tokens, end).lower);
  return end > j && headed && (OUTLET_TITLES.has(last.lower) || PRESS_NOUNS.has(last.lower));
}
// Those a name before them may describe, who are no outlet: "the Hull Live audience", "the BBC's staff".
const AUDIENCES = new Set(['panel', 'audience', 'audiences', 'committee', 'manager', 'managers', 'staff', 'team', 'board', 'members', 'viewers', 'readers', 'listeners', 'crowd', 'meeting', 'event', 'owner', 'owners', 'chief', 'boss', 'office', 'offices', 'building', 'inquiry', 'hearing']);
const PRESS_PEOPLE = new Set(['reporters', 'journalists', 'me', 'us', 'media', 'reporter', 'correspondent']);
const ARTICLES_OF_OUTLETS = new Set(['the', 'a', 'an', 'this', 'our']);
// Words a phrase may go on with after an outlet's noun: "the local paper on Monday".
const NOT_A_HEAD = new Set(['on', 'in', 'at', 'about', 'for', 'after', 'before', 'and', 'but', 'last', 'this', 'earlier', 'outside', 'by']);
// The last word of a paper's, a broadcaster's or an agency's name.
const OUTLET_TITLES = new Set(['post', 'times', 'news', 'courier', 'herald', 'gazette', 'journal', 'echo', 'chronicle', 'telegraph', 'guardian', 'mail', 'express', 'mirror', 'tribune', 'observer', 'argus', 'standard', 'independent', 'examiner', 'economist', 'politico', 'live', 'today', 'daily', 'weekly', 'review', 'inquirer', 'enquirer', 'advertiser', 'sentinel', 'dispatch', 'star', 'sun', 'record', 'reuters', 'bloomberg', 'afp', 'axios',
  // Broadcasters, papers and agencies by their initials.
  'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'itv', 'itn', 'stv', 'lbc', 'rte', 'rté', 'ap', 'pa', 'ft', 'dpa', 'msnbc', 'cnbc', 'sky', 'fox',
  'pti', 'ians', 'ani', 'efe', 'ansa', 'kyodo', 'xinhua', 'tass', 'yonhap']);
// Words of when a record came out, between it and what it shows: "figures on Friday showing", "data last week showing".
const WHEN_PUT_OUT = new Set(['on', 'last', 'this', 'in', 'earlier']);
/**
 * A credit in brackets after what it sources: "(Leeds Statistics Office figures)", "(source: Leeds Statistics
 * Office)". Its maker is a named source whose cue is the record or "source"; bare "(figures)" names no one.
 */
function matchBracketCredit(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  const t = at(tokens, i);
  if (t.lower === 'source' && at(tokens, i - 1).text === '(' && at(tokens, i + 1).text === ':') {
    const close = tokens.findIndex((u, k) => k > i + 2 && u.text === ')');
    const words = close > 0 && close - i <= 9 ? (tokens.slice(i + 2, close) as Token[]) : [];
    if (!words.length || !words.every(isWord) || !creditsABody(words, sentenceStart)) return false;
    emit(out, words, sentenceStart, undefined, t);
    return true;
  }
  if (!BRACKET_CREDITS.has(t.lower) || at(tokens, i + 1).text !== ')') return false;
  let open = i - 1;
  while (open > 0 && i - open <= 7 && isWord(at(tokens, open))) open--;
  const words = tokens.slice(open + 1, i) as Token[];
  if (at(tokens, open).text !== '(' || !words.length || !creditsABody(words, sentenceStart)) return false;
  emit(out, words, sentenceStart, undefined, t);
  return true;
}
/**
 * Whether a credit names a body: by its kind ("Office", "Council", "Bureau"), its initials ("ONS"), an agency's name
 * or a name of two words or more ("Hull Royal Infirmary"); not a place or a season alone ("(Hull figures)",
 * "(Christmas figures)", "(source: Leeds)").
 */
const creditsABody = (words: readonly Token[], sentenceStart: number): boolean =>
  (words.some((w) => (w.capitalized && INSTITUTIONS.has(w.lower)) || isAcronym(w) || OUTLET_TITLES.has(w.lower)) || (words.filter((w) => w.capitalized).length >= 2 && !dateOrPlace(words))) &&
  classifySource(words, sentenceStart)?.kind === 'named-source';
/** A holiday's or a season's name ("New Year", "Boxing Day", "Good Friday"), or a part of a place ("East Hull"). */
const dateOrPlace = (words: readonly Token[]): boolean => HOLIDAYS.test(lowersOf(words).join(' ')) || (words.length === 2 && COMPASS.has(at(words, 0).lower));
const HOLIDAYS = /^(?:new year|christmas(?: day| eve)?|boxing day|good friday|easter(?: sunday| monday)?|new year's(?: day| eve)?)$/;
const COMPASS = new Set(['east', 'west', 'north', 'south', 'central', 'greater']);

/** Whether the words from k speak as a turn does: to or of the one speaking, or asking. */
function turnSpeaks(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) if (TURN_WORDS.has(at(tokens, j).lower) || at(tokens, j).text === '?') return true;
  return false;
}
/** Whether the words from k open in the first person, as its subject: "Tom Reed: I will not resign". */
const speaksAsI = (tokens: readonly Token[], k: number): boolean => FIRST_PERSON_SUBJECTS.has(at(tokens, k).lower) || (isWord(at(tokens, k)) && FIRST_PERSON_SUBJECTS.has(at(tokens, k + 1).lower));
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', 'i’m', "i'm", 'we’re', "we're", 'i’ll', "i'll", 'we’ll', "we'll", 'i’ve', "i've", 'we’ve', "we've"]);
const TURN_WORDS = new Set([...FIRST_PERSON_SUBJECTS, 'me', 'my', 'us', 'our', 'you', 'your', 'you’re', "you're"]);

function saysALine(tokens: readonly Token[], k: number): boolean {
  if (STARTS_WITH_NUMBER.test(at(tokens, k).text)) return false;
  let words = 0;
  for (let j = k; j < tokens.length && words < 5; j++) if (isWord(at(tokens, j))) words++;
  return words >= 5;
}

const QUOTING = new Set(['quoted', 'quotes', 'quoting']);
const AS_SAYING = new Set(['saying', 'telling', 'writing', 'stating']);

/** "quoted one of his aides as saying": the phrase between the verb and "as saying" is who spoke. */
function matchQuotedAs(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  for (let k = i + 2; k <= i + 12 && k < tokens.length; k++) {
    const t = at(tokens, k);
    if (t.boundary && t.text !== ',') return;
    if (t.lower !== 'as' || !AS_SAYING.has(at(tokens, k + 1).lower)) continue;
    emit(out, tokens.slice(i + 1, k).filter(isWord), sentenceStart, undefined, at(tokens, k + 1));
    return;
  }
}

// "he's", "that's": a verb contracted, not a possessive.
const CONTRACTED = /^(?:he|she|it|that|there|who|what|where|here)['’]s$/;
// Third-person possessive pronouns: "his repeated denials", "her claim". "My" and "our" are the writer's own.
const POSSESSOR_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** "the mayor's claim that …", "his claim that …": the possessor is the source, the noun the cue. */
/** "claim in a radio interview that", "argument in a 2019 letter that": where the claim was made, then the claim. */
function claimedIn(tokens: readonly Token[], i: number): boolean {
  const where = at(tokens, i + 1).lower;
  if (where !== 'in' && !CLAIMED_AT.has(where)) return false;
  for (let k = i + 2; k <= i + 6 && isWord(at(tokens, k)); k++) {
    if ((MEDIA.has(at(tokens, k).lower) || SETTINGS_OF_CLAIMS.has(at(tokens, k).lower)) && at(tokens, k + 1).lower === 'that') return opensClauseSubject(at(tokens, k + 2));
  }
  return false;
}
// "his suggestion at the debate that …", "her claim during a hearing that …": where a claim was made, before it.
const CLAIMED_AT = new Set(['at', 'during', 'on']);
const SETTINGS_OF_CLAIMS = new Set(['debate', 'hearing', 'rally', 'conference', 'briefing', 'meeting', 'forum', 'event', 'interview', 'program', 'programme', 'show', 'broadcast', 'podcast', 'radio', 'television', 'tv', 'camera', 'record', 'floor', 'stage', 'trail', 'summit']);

const COPULAS_OF_CLAIMS = new Set(['is', 'was']);
const CLAIMS_OF_SELF = new Set(['claim', 'claims']);
// Promises whose infinitive says what was promised: "Acme's pledge to hire 300 drivers", as "Acme pledged to hire".
const PROMISES = new Set(['promise', 'pledge', 'vow']);
const WHEN_PROMISED = new Set(['last', 'this', 'on', 'in']);
const NOT_A_PROMISED_ACT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'you', 'each', 'every', 'all', 'any', 'this', 'that', 'these', 'those', 'everyone', 'anyone']);
/**
 * "his pledge to cut taxes", "the council's vow in May to plant …": a promise followed, past when it was made, by the act
 * it promises, not by whom it was made to ("a pledge to voters").
 */
function promisedAct(tokens: readonly Token[], i: number): boolean {
  if (!PROMISES.has(at(tokens, i).lower)) return false;
  const when = WHEN_PROMISED.has(at(tokens, i + 1).lower) && isWord(at(tokens, i + 2)) ? 2 : 0;
  if (at(tokens, i + 1 + when).lower !== 'to') return false;
  const act = at(tokens, i + 2 + when);
  return isWord(act) && !act.capitalized && !NOT_A_PROMISED_ACT.has(act.lower) && !(act.lower.endsWith('s') && !act.lower.endsWith('ss'));
}
/** A word that can open a clause's subject after "that": a determiner, a pronoun or a name. */
const opensClauseSubject = (t: Token): boolean => t.capitalized || CLAUSE_SUBJECT_OPENERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'a' || t.lower === 'an';
// A demand's nouns, claims only with what they ask for ("her call for talks"; not "a close call", "his phone calls").
const CALLS = new Set(['call', 'calls']);
function matchClaimNoun(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  if (claimByName(tokens, i, sentenceStart, out)) return true;
  let k = i - 1;
  while (k >= 0 && isWord(at(tokens, k)) && i - k <= 3 && !isPossessive(at(tokens, k)) && !POSSESSOR_PRONOUNS.has(at(tokens, k).lower)) k--;
  const possessor = at(tokens, k);
  if (!isWord(possessor) || i - k > 3) return false;
  // The claim must be given: "his claim that …", "his claim in a radio interview that …", "Reed's answer was that …",
  // or framed as the possessor's: "in his view, …".
  // "Reed's claim to be the front-runner", "his claim to have won": a claim about oneself, in an infinitive.
  // So is one a participle of saying goes on from: "Reed's comments saying the port must close".
  const sayingAfter = SAYING_PARTICIPLES.has(at(tokens, i + 1).lower);
  // "Reed's assertion Monday that …", "her claim last week that …": when it was made may come before what it holds.
  const thatAt = i + 1 + whenAfter(tokens, i + 1);
  // "Reed's assertion there were no layoffs", "her warning the bridge was unsafe": a claim's clause may go without "that";
  // not after a plural, nor with a pronoun or a time opening it, where it is a relative clause or a word of when ("her
  // claims the council paid totalled", "his promise we had all heard", "her argument this year has been").
  const bare = CLAIM_NOUNS.has(at(tokens, i).lower) && !at(tokens, i).lower.endsWith('s') && thatAt === i + 1 && !WHEN_WORDS.has(at(tokens, i + 2).lower) && ((at(tokens, i + 1).lower === 'there' && FINITE_CLAUSE_VERBS.has(at(tokens, i + 2).lower)) || bareClause(tokens, i));
  // "Obama's original call for a $1.9 billion package", "his call to ban …": a demand, given what it asks for.
  const demand = CALLS.has(at(tokens, i).lower) && (at(tokens, i + 1).lower === 'for' || (at(tokens, i + 1).lower === 'to' && isWord(at(tokens, i + 2)) && !at(tokens, i + 2).capitalized && !at(tokens, i + 2).lower.endsWith('s')));
  if (CALLS.has(at(tokens, i).lower) && !demand) return false;
  const given = demand || at(tokens, thatAt).lower === 'that' || bare || sayingAfter || (COPULAS_OF_CLAIMS.has(at(tokens, i + 1).lower) && at(tokens, i + 2).lower === 'that') || (CLAIMS_OF_SELF.has(at(tokens, i).lower) && at(tokens, i + 1).lower === 'to' && (at(tokens, i + 2).lower === 'be' || at(tokens, i + 2).lower === 'have')) || promisedAct(tokens, i);
  if (ANSWER_NOUNS.has(at(tokens, i).lower)) {
    // Nouns that are claims only when what they hold is given ("Reed's answer was that …", "Ode's conclusion that
    // the … was"): "in his position", "flailed in his response", "the club's message that goes out" hold none.
    if (!given || (at(tokens, i + 1).lower === 'that' && !opensClauseSubject(at(tokens, i + 2)))) return false;
    // "said in her closing remarks that …": remarks a verb of saying was spoken in are its medium, the verb the cue.
    if (at(tokens, k - 1).lower === 'in' || at(tokens, k - 2).lower === 'in') return false;
  } else if (!given && !claimedIn(tokens, i) && at(tokens, k - 1).lower !== 'in' && at(tokens, k - 2).lower !== 'in') return false;
  const noun = at(tokens, i);
  // "his claim that …": whose, the references stage says, as for "he said".
  if (POSSESSOR_PRONOUNS.has(possessor.lower)) {
    if (possessor.lower === 'its') return false;
    out.push(namedMatch(noun, [possessor]));
    return true;
  }
  // The name before the possessive: "Deputy Mayor Ann Marsh's claim".
  let first = k;
  while (first > 0 && isWord(at(tokens, first - 1)) && at(tokens, first - 1).capitalized && !NOT_AN_OPENING.has(at(tokens, first - 1).lower) && k - first < 4) first--;
  return emitted(out, tokens.slice(first, k + 1) as Token[], sentenceStart, noun);
}

/** How many words of when stand at k: "Monday", "on Friday", "last week", "earlier this month"; 0 if none. */
function whenAfter(tokens: readonly Token[], k: number): number {
  const first = at(tokens, k).lower;
  if (WEEKDAYS.includes(first)) return 1;
  if (first === 'on' && WEEKDAYS.includes(at(tokens, k + 1).lower)) return 2;
  if (!WHEN_OPENERS.has(first) || first === 'that') return 0;
  if (WHEN_WORDS.has(at(tokens, k + 1).lower)) return 2;
  return (first === 'earlier' || first === 'later') && at(tokens, k + 1).lower === 'this' && WHEN_WORDS.has(at(tokens, k + 2).lower) ? 3 : 0;
}

/**
 * "the claim by Ann Marsh that …", "a demand, by Ann Marsh, that …", "a demand from growers that …": who the claim is
 * by; not one unnamed person ("the suggestion by a would-be mayor that"), who stands for someone the story names.
 */
function claimByName(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): boolean {
  const by = at(tokens, i + 1).text === ',' ? i + 2 : i + 1;
  if (at(tokens, by).lower !== 'by' && at(tokens, by).lower !== 'from') return false;
  const words = agentAfter(tokens, by + 1);
  if (!words.length) return false;
  const after = tokenIndex(tokens, at(words, words.length - 1)) + 1;
  const that = at(tokens, after).text === ',' ? after + 1 : after;
  // "demand from buyers that want steel": a relative clause about them, no claim.
  const opens = at(tokens, that + 1);
  if (at(tokens, that).lower !== 'that' || !(opensClauseSubject(opens) || QUOTE_MARKS.test(opens.text))) return false;
  const cls = classifySource(words, sentenceStart);
  if (!cls || cls.kind === 'anonymous-source') return false;
  out.push(cls.kind === 'named-source' ? namedMatch(at(tokens, i), words) : crowdMatch(words, at(tokens, i)));
  return true;
}

/** "Marsh is quoted as saying": the subject of the passive is who spoke. */
function matchQuotedSubject(tokens: readonly Token[], i: number, sentenceStart: number, out: SourceMatch[]): void {
  const saying = at(tokens, i + 2);
  if (at(tokens, i + 1).lower !== 'as' || !AS_SAYING.has(saying.lower)) return;
  const words = phraseBefore(tokens, skipBetween(tokens, i - 2));
  if (words.length) emit(out, words, sentenceStart, undefined, saying);
}

/** Whether a colon follows the verb at i within its clause, past words and commas: "found a source: the bedding". */
function colonInClause(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (k < tokens.length && k - i < 12 && (isWord(at(tokens, k)) || at(tokens, k).text === ',')) k++;
  return at(tokens, k).text === ':';
}

/** Whether the display a phrase ends with is a named body's: a capital after its last determiner. */
function namedDisplay(words: readonly Token[]): boolean {
  let k = words.length - 1;
  while (k > 0 && !DISPLAY_DETERMINERS.has(at(words, k - 1).lower)) k--;
  return words.slice(k, -1).some((w) => w.capitalized);
}
const DISPLAY_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'this', 'that', 'his', 'her', 'their', 'its']);
const READ_BY = new Set(['to', 'aloud', 'by', 'at', 'during', 'before']);
const READ_WHERE = new Set(['outside', 'inside', 'in', 'on']);
const READ_HOW = new Set(['part', 'full']);
// Things worn or held up with words on them.
const DISPLAYS = new Set(['shirt', 'shirts', 't-shirt', 't-shirts', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'hat', 'hats', 'cap', 'caps', 'button', 'buttons', 'sticker', 'stickers', 'sweatshirt', 'sweatshirts', 'jersey', 'mug', 'mugs']);
const TESTIFYING = new Set(['testify', 'testifies', 'testified', 'testifying']);
const PROTESTING = new Set(['protest', 'protested', 'protesting']);
// The auxiliaries a question puts before its subject: "What did the council say?", "Would Reed have agreed?".
const INVERTED_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'should', 'is', 'are', 'was', 'were']);
/**
 * Whether the sources matched from `from` on are subjects of a question: an auxiliary before the subject, opening the
 * sentence or after a question word, and a question mark ending it. A question asks; it reports no claim, unless it
 * gives what was said ("Why did she claim that …?" takes the claim as made).
 */
function asksAQuestion(tokens: readonly Token[], out: readonly SourceMatch[], from: number): boolean {
  if (out.length === from || at(tokens, tokens.length - 1).text !== '?') return false;
  const k = tokens.findIndex((t) => t.start === (out[from] as SourceMatch).sourceStart);
  if (k < 1 || !INVERTED_AUXILIARIES.has(at(tokens, k - 1).lower)) return false;
  return k === 1 || QUESTION_WORDS.has(at(tokens, k - 2).lower);
}
// Crying out: "a man in the crowd yelled “Stay there!”", "a young woman exclaimed". Someone unnamed who shouts at an
// event gives the reporter nothing; a named person's shout is still theirs on the record, and so is a claim shouted
// ("a boy shouted that the bus was late").
const CRYING_OUT = /^(?:shout|yell|scream|exclaim|holler)(?:s|ed|ing)?$/;
const PROTEST_SETTINGS = new Set(['outside', 'at', 'in', 'on', 'near', 'across', 'through', 'around', 'along', 'for', 'during', 'peacefully', 'again', 'there', 'here', 'nearby', 'since', 'until', 'after', 'before', 'throughout', 'all', 'every', 'last', 'this', 'as', 'while', 'when', 'and']);
/**
 * Whether testimony comes with what was said: "testified that", "testified, for example, that", "testified
 * “thousands”", "testified about the call", or a tag after the words ("…,” Hicks testified.", "…, Reed testified.").
 */
function testimonyReported(tokens: readonly Token[], i: number, out: readonly SourceMatch[], from: number): boolean {
  if (quotationJustBefore(tokens, i)) return true;
  const next = at(tokens, i + 1);
  if (next.lower === 'to') return true;
  if (!isWord(next) && next.text !== ',') {
    // A tag: the words before the speaker are what was said.
    for (let m = from; m < out.length; m++) if (!isWord(at(tokens, firstTokenFrom(tokens, (out[m] as SourceMatch).sourceStart) - 1))) return true;
  }
  for (let k = i + 1; k <= i + 12 && k < tokens.length; k++) {
    const t = at(tokens, k);
    if (QUOTE_MARKS.test(t.text) || t.lower === 'that' || t.lower === 'about' || t.text === ':') return true;
    if (t.text === ';' || t.endsSentence) return false;
  }
  return false;
}

// Verbs of wanting: in a relative clause they say which people, not what they hold.
const DESIRES = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'hope', 'hopes', 'hoped']);
/**
 * Marks the matches from `from` on (all, or those `which` picks) as narrative: attributions to annotators, none to the
 * guide.
 */
function markNarrative(out: SourceMatch[], from: number, which: (m: SourceMatch) => boolean = () => true): void {
  for (let k = from; k < out.length; k++) if (which(out[k] as SourceMatch)) (out[k] as SourceMatch).narrative = true;
}

// "Acme sees full-year growth of 2.4 percent", "the bank now sees two rate cuts": seeing an outcome ahead is a
// forecast given, no perception.
const FORECAST_OBJECTS = new Set(['growth', 'revenue', 'revenues', 'sales', 'earnings', 'profit', 'profits', 'loss', 'losses', 'demand', 'inflation', 'decline', 'increase', 'rise', 'drop', 'gain', 'gains', 'cuts', 'hikes', 'deficit', 'surplus', 'output', 'returns']);
const SEEING = new Set(['see', 'sees', 'saw']);
function seesAForecast(tokens: readonly Token[], i: number): boolean {
  if (!SEEING.has(at(tokens, i).lower)) return false;
  // The object phrase only, up to its first preposition: not "sees links between the fall in …"; and not
  // "sees the losses as a warning", a judgment.
  for (let k = i + 1; k <= i + 5 && isWord(at(tokens, k)) && !GAP_PREPOSITIONS.has(at(tokens, k).lower) && at(tokens, k).lower !== 'between'; k++) {
    if (FORECAST_OBJECTS.has(at(tokens, k).lower)) return at(tokens, k + 1).lower !== 'as';
  }
  return false;
}

const AS_OPENING_A_CLAUSE = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'if', 'though', 'to', 'soon', 'well', 'long', 'much', 'many', 'far', 'recently', 'usual', 'expected', 'part', 'planned', 'promised', 'such']);
/** "Reed sees the levy as a mistake", "saw the vote as a test": a judgment given, as "views … as" is, no perception. */
function seesAs(tokens: readonly Token[], i: number): boolean {
  if (!SEEING.has(at(tokens, i).lower)) return false;
  // The object phrase only, with no count in it: not "the nurses she saw had no idea as to why", nor "saw 2 million
  // passengers as travel rebounded", "sees more than 500 patients as the only clinic", "saw deposits grow by $4
  // billion as rates climbed" (what came, not a judgment).
  for (let k = i + 1; k <= i + 7 && isWord(at(tokens, k)) && !AUXILIARIES.has(at(tokens, k).lower); k++) {
    if (STARTS_WITH_NUMBER.test(at(tokens, k).text) || NUMBER_WORDS.has(at(tokens, k).lower)) return false;
    // Not "saw the crash as she drove past", "as soon as", "as to", "such as": "as" opening a clause, a comparison,
    // a topic or examples.
    if (at(tokens, k).lower === 'as') return k > i + 1 && at(tokens, k - 1).lower !== 'such' && isWord(at(tokens, k + 1)) && !AS_OPENING_A_CLAUSE.has(at(tokens, k + 1).lower);
  }
  return false;
}

/** A cue that states a feeling or a perception, not a claim: a crowd's is a view, one named person's is narrative. */
export function isStanceCue(cue: string): boolean {
  const word = cue.toLowerCase();
  return STANCE_ADJECTIVES.has(word) || STANCES_OF.has(word) || WEAK_COGNITION.has(word);
}

const CREDIT_LINE = /^(?:©|\(c\)|copyright)$/i;

/** Whether the sentence's words are a headline in title case, where a capital says nothing about a name. */
const inTitleCase = (tokens: readonly Token[]): boolean => isTitleCase(textsOf(tokens.filter(isWord)));
// Past forms of saying that a headline uses as adjectives: "Give Calculated Predictions", "Noted Author Dies".
const ADJECTIVAL_PARTICIPLES = new Set(['calculated', 'estimated', 'projected', 'detailed', 'noted', 'measured', 'reasoned', 'guarded', 'advised', 'qualified', 'vaunted', 'touted', 'celebrated', 'respected', 'promised', 'proposed', 'repeated', 'continued', 'voiced', 'pointed', 'identified', 'quoted', 'cited', 'listed', 'signed']);
// Words after a past form that make it a title-case headline's passive: "Woman Told To Leave", "Man Accused Of Theft".
const TITLE_PASSIVE_AFTER = new Set(['to', 'of', 'with', 'by', 'in', 'at', 'for', 'as', 'after', 'over', 'on', 'from', 'into', 'and', 'or']);

// "Why Cuts Make Parents Feel …": a headline asking opens a clause of its own.
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'who', 'where', 'when', 'which']);
/** Whether the word before the verb at i is a crowd ending the headline's opening phrase: "Leeds Bus Crash Survivors Say". */
const crowdOpensHeadline = (tokens: readonly Token[], i: number, sentenceStart: number): boolean =>
  (isPeoplePlural(at(tokens, i - 1).lower) || at(tokens, i - 1).lower === 'police') && opensTheHeadline(tokens, i - 1, sentenceStart);
// What opens a headline's tag: "…, Critics Say", "… – Sources Say".
const TAG_OPENERS = new Set([',', '-', '--', '–', '—']);
/**
 * Whether the words up to j open the headline, or its tag after a comma or a dash, with no link word among them:
 * "Leeds Bus Crash Survivors", "…, Critics", "… – Humberside Police".
 */
function opensTheHeadline(tokens: readonly Token[], j: number, sentenceStart: number): boolean {
  for (let k = j; k >= 0 && at(tokens, k).start >= sentenceStart; k--) {
    const t = at(tokens, k);
    if (k < j && TAG_OPENERS.has(t.text)) return true;
    if (!isWord(t) || TITLE_PASSIVE_AFTER.has(t.lower) || ARTICLES.has(t.lower) || SUBORDINATORS.has(t.lower) || QUESTION_WORDS.has(t.lower)) return false;
  }
  return true;
}


// Words that are put down to someone: "The remark was attributed to", "the quote has been attributed to".
const WORDS_PUT_DOWN = new Set(['remark', 'remarks', 'quote', 'quotes', 'quotation', 'comment', 'comments', 'statement', 'statements', 'words', 'line', 'phrase', 'claim', 'claims', 'saying', 'tweet', 'post', 'letter', 'memo']);
/** Whether the subject of the passive "attributed" at i, past its auxiliaries, is words someone said or wrote. */
function wordsPutDown(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (PASSIVE_BE.has(at(tokens, k).lower) || AUXILIARIES.has(at(tokens, k).lower) || MODALS.has(at(tokens, k).lower) || isLyAdverb(at(tokens, k).lower))) k--;
  return WORDS_PUT_DOWN.has(at(tokens, k).lower);
}
/**
 * The source after "according to" or "based on", from k: "two surveys by the Leeds council about its farms" are the
 * council's surveys; what they are about is not who made them.
 */
function framedSource(tokens: readonly Token[], k: number): Token[] {
  // "according to more than 20 economists", "at least three officials": the count's approximation is no part of who.
  const approximated = approximationBefore(tokens, k);
  if (approximated > k) return framedSource(tokens, approximated);
  const words = phraseAfter(tokens, k, 12);
  // Not what informants know about: "people knowledgeable about the effort".
  const about = words.findIndex((w, n) => n > 1 && w.lower === 'about' && !INFORMANT_WORDS.has(at(words, n - 1).lower));
  if (about > 0) words.length = about;
  // "according to a person who has seen the figures": who the person is, as before a verb ("A person who has seen the
  // figures said"), runs to the clause's end, within twice the phrase's limit.
  const last = words[words.length - 1];
  if (about < 0 && last && at(tokens, k + words.length).lower === 'who' && (isPeoplePlural(last.lower) || isPersonRole(last.lower))) {
    for (let j = k + words.length; j < tokens.length && j - k < 24 && isWord(at(tokens, j)) && !SPACED_DASHES.has(at(tokens, j).text); j++) {
      words.push(at(tokens, j));
      if (at(tokens, j).endsSentence) break;
    }
  }
  return words;
}

// Nouns whose "that" opens what they hold, not a relative clause: "the notion that voters want".
const CONTENT_NOUNS = new Set([...CLAIM_NOUNS, 'notion', 'idea', 'fact', 'hope', 'fear', 'sense', 'impression', 'assumption', 'possibility', 'chance', 'news', 'word', 'case', 'point', 'evidence', 'sign', 'signs', 'proof']);
/** Whether the source starting at offset `start` opens a relative clause about a thing: "…which Reed opposed", "programs that Marsh backs". */
function relativeAboutAThing(tokens: readonly Token[], start: number): boolean {
  const k = firstTokenFrom(tokens, start) - 1;
  const pronoun = at(tokens, k).lower;
  if (pronoun === 'which') return true;
  const noun = at(tokens, k - 1);
  return pronoun === 'that' && isWord(noun) && !noun.capitalized && !CONTENT_NOUNS.has(noun.lower) && !looksLikeVerb(noun.lower) && !ATTRIBUTION_VERBS.has(noun.lower) && !SUBORDINATORS.has(noun.lower) && !CLAUSE_WORD_BEFORE_THAT.has(noun.lower);
}
const CLAUSE_WORD_BEFORE_THAT = new Set(['so', 'such', 'now', 'given', 'except', 'but', 'and', 'or', 'is', 'was', 'are', 'were', 'be', 'been']);

const CROWD_QUANTIFIERS = new Set(['many', 'some', 'most', 'several']);
/**
 * A quantified crowd of people a feeling is caused in, as the object of the verb at i: "angered many farmers", "stunned
 * some of the region's growers". A crowd with no quantifier is left to the writer's narration ("fumbles that rattled
 * supporters"). The crowd's words, or null.
 */
function feelingCrowd(tokens: readonly Token[], i: number): Token[] | null {
  // A bare crowd only after a feeling caused, in the past or the present ("angered", "rattles"): not one that might be
  // ("might surprise people", "careful not to anger", "avoided alienating supporters"), nor "upset victories".
  if (!CROWD_QUANTIFIERS.has(at(tokens, i + 1).lower)) return /(?:ed|[^s]s)$/.test(at(tokens, i).lower) || IRREGULAR_PASTS.has(at(tokens, i).lower) ? bareCrowdAfter(tokens, i + 1) : null;
  const words = phraseAfter(tokens, i + 1, 8);
  // "rankled many in the party", "angered some within the campaign": the quantifier stands for the people of a place.
  const ofAPlace = words.length > 2 && VIEW_HOLDERS.has(at(words, 0).lower) && MEMBERS_OF.has(at(words, 1).lower) && !STARTS_WITH_NUMBER.test(at(words, 2).text);
  return ofAPlace || words.slice(1).some((w) => isPeoplePlural(w.lower)) ? words : null;
}
const MEMBERS_OF = new Set(['in', 'within', 'inside', 'among', 'across']);
/**
 * "The decision angered local farmers", "alarmed conservative Jews", "angered Democrats": a crowd with no quantifier,
 * its describing words and its plural of people and nothing else; not a body or a place ("angered China").
 */
function bareCrowdAfter(tokens: readonly Token[], k: number): Token[] | null {
  const words: Token[] = [];
  for (let j = k; j < k + 3 && isWord(at(tokens, j)); j++) {
    const t = at(tokens, j);
    words.push(t);
    // "Democrats", "Jews": a capitalised crowd is a listed one, not a name that ends like a plural ("Mr. Sanders").
    const listed = GROUP_PLURALS.has(t.lower) || (t.capitalized && t.lower.endsWith('s') && lexicon.PEOPLE_ADJECTIVES.has(t.lower.slice(0, -1)));
    if ((!t.capitalized && isCrowdOfPeople(t.lower)) || listed) {
      // A lone lower-case plural is the writer's narration ("rattled buyers", "worried residents"); one described or
      // listed is a category ("angered local farmers", "angered Democrats").
      if (words.length === 1 && !listed) return null;
      // Staff and aides felt something; they told no one ("surprised campaign staff").
      if (lexicon.ANONYMOUS_CROWDS.has(t.lower) || t.lower === 'staff') return null;
      const next = at(tokens, j + 1);
      // Not the means of the subject's own claim ("angered voters by claiming"), nor a crowd whose relative clause
      // says what it says ("angered local farmers, who say").
      if (next.lower === 'by' || (next.text === ',' && at(tokens, j + 2).lower === 'who')) return null;
      return isWord(next) && !JOINS_A_PHRASE.has(next.lower) && !AFTER_A_CROWD.has(next.lower) ? null : words;
    }
    // A capital that describes the crowd right after it: "American voters", "Republican lawmakers".
    const describesCrowd = isWord(at(tokens, j + 1)) && !at(tokens, j + 1).capitalized && isCrowdOfPeople(at(tokens, j + 1).lower);
    if ((t.capitalized && !describesCrowd && !lexicon.ORIGINS_AND_PARTIES.has(t.lower)) || ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower) || isPossessive(t) || STARTS_WITH_NUMBER.test(t.text) || NUMBER_WORDS.has(t.lower) || looksLikeVerb(t.lower) || JOINS_A_PHRASE.has(t.lower) || isPeoplePlural(t.lower, false)) return null;
  }
  return null;
}
// What may follow a crowd that ends its phrase: "angered local farmers who …", "angered growers so much".
const AFTER_A_CROWD = new Set(['who', 'and', 'but', 'so', 'because', 'when', 'as', 'while', 'across', 'in', 'on', 'at', 'from', 'over']);

// A state of mind people are left in: "left many growers wondering", "leaving some to doubt that".
const LEFT_HOLDING = new Set([...COGNITION_FORMS, 'question', 'questioning', 'speculate', 'speculating']);
const LEAVING = new Set(['left', 'leave', 'leaves', 'leaving']);
/**
 * "The vote has left many growers, including some who backed it, wondering what Reed wants", "…, leaving some to
 * doubt that": a crowd left in doubt holds the doubt. The crowd's words (before any aside), or null.
 */
function crowdLeftHolding(tokens: readonly Token[], i: number, sentenceStart: number): Token[] | null {
  const t = at(tokens, i);
  const infinitive = at(tokens, i - 1).lower === 'to';
  if (infinitive === t.lower.endsWith('ing')) return null;
  const end = infinitive ? i - 2 : i - 1;
  let k = end;
  while (k > end - 14 && k >= 0 && !LEAVING.has(at(tokens, k).lower) && !at(tokens, k).endsSentence) k--;
  if (k < 0 || !LEAVING.has(at(tokens, k).lower)) return null;
  const words: Token[] = [];
  for (let j = k + 1; j <= end && isWord(at(tokens, j)); j++) words.push(at(tokens, j));
  // Only an aside set off by commas may come between the crowd and its doubt.
  const afterWords = k + 1 + words.length;
  if (afterWords <= end && !(at(tokens, afterWords).text === ',' && at(tokens, end).text === ',')) return null;
  return words.length > 0 && classifySource(words, sentenceStart) === VAGUE_ATTRIBUTION ? words : null;
}

const JUDGING_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "isn't", 'isn’t', "wasn't", 'wasn’t', 'seems', 'seemed', 'looks', 'looked', 'remains', 'remained', 'represents', 'represented', 'means', 'meant', 'feels', 'felt', 'sounds', 'sounded', 'appears', 'appeared', 'matters', 'mattered', 'signals', 'signaled', 'signalled', 'amounts', 'amounted', 'stands', 'stood', 'reads', 'smacks', 'smacked', 'symbolizes', 'symbolises', 'embodies']);
const FRAME_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'many', 'some', 'most', 'these', 'those', 'other', 'local', 'young', 'older']);
/** Whether the sentence opens with "To", as a view framed for someone may ("To many, …"): worth reading for one. */
export function opensViewFrame(tokens: readonly Token[]): boolean {
  const to = at(tokens, afterDateline(tokens));
  return to.lower === 'to' && to.capitalized;
}

/**
 * "To many, the levy is a tax on the poor", "To Ann Marsh, the vote was rigged": a sentence opening with "To" and
 * someone, set off by a comma, tells what it is in their view. Someone: a name, people, a crowd or view holders, in
 * at most four words; not an aim or a manner ("To be sure,", "To that end,", "To varying degrees,"), nor a feeling
 * ("To Reed's delight,", "To the dismay of growers,").
 */
function matchViewFrame(tokens: readonly Token[], sentenceStart: number, out: SourceMatch[]): void {
  if (!opensViewFrame(tokens)) return;
  const to = afterDateline(tokens);
  let comma = to + 1;
  while (comma <= to + 5 && isWord(at(tokens, comma))) comma++;
  if (at(tokens, comma).text !== ',' || comma === to + 1) return;
  const words = tokens.slice(to + 1, comma);
  const last = at(words, words.length - 1);
  const someone = last.capitalized || isPeoplePlural(last.lower) || VIEW_HOLDERS.has(last.lower);
  // A phrase of a noun, not an aim ("To win South Carolina,"): its first word a name, a determiner or the people.
  const first = at(words, 0);
  const opensNoun = first.capitalized || FRAME_OPENERS.has(first.lower) || isPeoplePlural(first.lower) || VIEW_HOLDERS.has(first.lower);
  if (!someone || !opensNoun || words.some((w) => w.lower === 'of' || isPossessive(w))) return;
  // What follows judges something, with a verb of being or seeming ("Reed is a hero", "the levy looks like a tax"); not
  // a destination's or a recipient's ("To Leeds, the journey takes two hours", "To Reed, the council sent a bill").
  // Asides set off by commas may come first ("To Reed, his aides and the crowd, there's no doubt").
  let judges = false;
  for (let k = comma + 1; k <= comma + 16 && k < tokens.length && (isWord(at(tokens, k)) || at(tokens, k).text === ',') && !judges; k++) {
    const w = at(tokens, k).lower;
    judges = JUDGING_VERBS.has(w) || (/['’]s$/.test(w) && (SUBJECT_PRONOUNS.has(w.slice(0, -2)) || w.startsWith('there') || w.startsWith('that')));
  }
  if (!judges) return;
  emit(out, words, sentenceStart, at(tokens, to), at(tokens, to));
}

/** Source phrases in one sentence, in no particular order and possibly overlapping. */
export function findSources(sentenceTokens: readonly Token[], sentenceStart: number): SourceMatch[] {
  // "“Will it rain?” - Growers who saw the forecast said": a dash opening the sentence is no part of it; nor is a
  // live blog's time opening its entry ("11:05 GMT A spokesman said", "2.30pm Police say").
  const dashed = sentenceTokens.length > 1 && (SPACED_DASHES.has(at(sentenceTokens, 0).text) || at(sentenceTokens, 0).text === '—');
  const skipped = dashed ? 1 : clockOpening(sentenceTokens);
  const tokens = skipped > 0 ? sentenceTokens.slice(skipped) : sentenceTokens;
  if (skipped > 0) sentenceStart = at(tokens, 0).start;
  const out: SourceMatch[] = [];
  // After a cue, its content runs on to the next punctuation: a verb in there is part of what was said
  // ("critics say she had promised"), not a second attribution.
  // "© Provided by Acme Inc", "Copyright 2019 Acme": a credit line says who owns a picture, not who said anything.
  if (CREDIT_LINE.test(at(tokens, 0).text)) return out;
  let inContent = false;
  // Whether that content is what someone said (after "said", "says"), not the object of a stance ("rejected").
  let contentSaid = false;
  // Whether an attribution the sentence asserts has been found yet, read on as matches are added.
  let asserted = false;
  let read = 0;
  // Where the matches of a cue inside the subject's relative clause start, or -1.
  let relativeCue = -1;
  const titleCase = inTitleCase(tokens);
  const sayingForetold: SourceMatch[] = [];
  matchViewFrame(tokens, sentenceStart, out);
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    // Only punctuation can be a colon: words' text is not sliced from the page just to compare.
    if (t.boundary && t.text === ':' && i > 0) {
      const before = out.length;
      matchSpeakerLabel(tokens, i, sentenceStart, out);
      if (out.length === before) matchColonQuotation(tokens, i, sentenceStart, out);
    }
    // "… claimed the cuts would pay for themselves even as the budget office estimated …": a contrast opens a
    // clause of the article's own.
    // A dash typed as a spaced hyphen ends it as an em dash does.
    // "said growers want more, and that many will …": a second "that" clause joined on goes on with what was said.
    const thatAgain = t.text === ',' && at(tokens, i + 1).lower === 'and' && at(tokens, i + 2).lower === 'that';
    if ((t.boundary && !thatAgain) || SPACED_DASHES.has(t.text) || CONTRASTS.has(t.lower) || (t.lower === 'as' && at(tokens, i - 1).lower === 'even')) inContent = false;
    // A poll the figures come from is their source after a narrative cue too ("Reed drew 40 percent support in an
    // Acme poll"), but not the medium of a speaker's words ("wrote Reed in a research report").
    if (t.lower === 'in') {
      for (; read < out.length && !asserted; read++) asserted = !(out[read] as SourceMatch).narrative;
      if (!inContent || !asserted) matchPollFrame(tokens, i, sentenceStart, out);
    }
    // Read once here: the tag tests look along the sentence, and the branches below ask them again.
    const tagBefore = tagsQuotationBefore(tokens, i);
    const opensQuotation = tagsAQuotation(tokens, i);
    if ((t.flags & OPENS_ATTRIBUTION) === 0 && !opensQuotation && !tagBefore) continue;
    if (matchBracketCredit(tokens, i, sentenceStart, out)) continue;
    // "As far as the council is concerned, …", "where money is concerned", "the countries concerned": whom or what a
    // matter concerns, no one's worry.
    if (t.lower === 'concerned' && concernsOnly(tokens, i)) continue;
    // "Reed had blunt words for Marsh", "Many growers have had few kind words to say of him".
    if (t.lower === 'words' && matchWordsFor(tokens, i, sentenceStart, out)) continue;
    // "in the words of an aide to Reed", "in the eyes of local growers", "in the view of Tom Reed".
    if (HELD_IN.has(t.lower) && at(tokens, i - 1).lower === 'the' && at(tokens, i - 2).lower === 'in' && at(tokens, i + 1).lower === 'of') {
      const words = phraseAfter(tokens, i + 2, 12);
      if (words.length) emit(out, words, sentenceStart, at(tokens, i - 2), at(tokens, i - 2));
      continue;
    }
    // "The ad targets a rigged system", "Acme PAC ad hits Reed on…": what an ad does to its target is its claim.
    if (ADS.has(t.lower) && matchAdSubject(tokens, i, sentenceStart, out)) continue;
    // "By the Acme Press's tally, …", "…, by one estimate.": a count framing the clause is its source.
    if (COUNT_FRAMES.has(t.lower) && matchCountFrame(tokens, i, sentenceStart, out)) continue;
    // "Friday's Acme poll has Reed leading", "The count gives her 1,150": a record's "has" or "gives" reports it.
    // Not what a poll has of its own: "the Leeds poll has a margin of error", "has a sample of 900".
    // Nor "have" as an auxiliary ("Polls have closed") or polls one goes to ("head to the polls").
    // Reckonings only give or put someone a figure: not "the estimates had grown", "results gave rise to", "Her exam
    // results gave her a place".
    if (RECORD_HOLDERS.has(t.lower) && RECORD_VERBS.has(at(tokens, i + 1).lower) && (!RECKONINGS.has(t.lower) || reckoningGives(tokens, i + 1)) && isWord(at(tokens, i + 2)) && !PASSIVE_BE.has(at(tokens, i + 2).lower) && !INDEFINITE_ARTICLES.has(at(tokens, i + 2).lower) && !haveAsAuxiliary(tokens, i + 1) && !(at(tokens, i - 1).lower === 'the' && at(tokens, i - 2).lower === 'to')) {
      const words = phraseBefore(tokens, i);
      // A count is someone's only when it says whose: "the Acme count gives her", not "the count gave Marsh the seat".
      // A reckoning giving someone a figure is one, named or not ("Early projections gave the party 88 seats").
      const kept = POLLS.has(t.lower) || RECKONINGS.has(t.lower) || words.some((w) => (w.capitalized && w.start !== sentenceStart) || isPossessive(w));
      // Bare polls in the plural are a crowd of them: "Polls give Marsh a lead".
      if ((words.length > 1 || t.lower.endsWith('s')) && kept) emit(out, words, sentenceStart, undefined, at(tokens, i + 1));
      continue;
    }
    // "Reed responded as polls show Marsh surging", "Marsh is worried because polls show…": after an act or a feeling, a
    // clause of time or reason is the writer's, and a source in it speaks for itself.
    // So is a clause of time after a participle's or a quotation tag's words, which hold no clause of their own:
    // "Reed hit back, denouncing the plan after Marsh said …", "“…,” Reed said after the firm announced …".
    const said = out.findLast((m) => !m.narrative);
    const saidBefore = said !== undefined && said.cueStart >= 0 && (at(tokens, firstTokenFrom(tokens, said.cueStart)).lower.endsWith('ing') || tagAfterQuotation(tokens, firstTokenFrom(tokens, said.cueStart)));
    const subordinators = !said ? SUBORDINATORS : saidBefore ? TIME_SUBORDINATORS : undefined;
    const afterAct = inContent && out.length > 0 && subordinators !== undefined && clauseThenSource(tokens, i, sentenceStart, (w) => subordinators.has(w), true) !== null;
    // "…asked about the road and Marsh said": a name after "and" opens a clause of its own; so does a person's pronoun
    // before a verb of saying ("… the plan had failed and she accused Reed of …").
    // Adverbs and auxiliaries may stand between the subject and its verb ("but she also insisted", "and Marsh has said").
    let subjectAt = i - 1;
    while (subjectAt > i - 4 && standsInJoinedClause(at(tokens, subjectAt))) subjectAt--;
    const subjectAfterAnd = CONJUNCTIONS_OF_CLAUSES.has(at(tokens, subjectAt - 1).lower) && ((at(tokens, subjectAt).capitalized && !at(tokens, subjectAt - 2).capitalized) || (SINGULAR_PERSON_PRONOUNS.has(at(tokens, subjectAt).lower) && !COGNITION_FORMS.has(t.lower)));
    const andSubject = inContent && (SPEECH_VERBS.has(t.lower) || t.lower === 'say') ? subjectAfterAndClause(tokens, i, sentenceStart) : null;
    const newClause = subjectAfterAnd || (inContent && clauseThenSource(tokens, i, sentenceStart) !== null) || andSubject !== null || afterAct || (inContent && timeAfterBareCue(tokens, i, sentenceStart, out));
    // "who endorsed Marsh and said he would campaign": the same subject says something again.
    // So does any verb of saying with what was said after it: "Reed was uneasy about the levy and predicted it would fail".
    // "… and then said", "… and later told": an adverb may stand between the conjunction and the verb.
    let joinAt = i - 1;
    while (joinAt > i - 3 && isWord(at(tokens, joinAt)) && CLAUSE_ADVERBS.has(at(tokens, joinAt).lower)) joinAt--;
    const saysAgain = CONJUNCTIONS_OF_CLAUSES.has(at(tokens, joinAt).lower) && (SPEECH_VERBS.has(t.lower) || (SPEECH_FORMS.has(t.lower) && !t.lower.endsWith('ing') && (at(tokens, i + 1).lower === 'that' || pronounClause(tokens, i) || bareClause(tokens, i))));
    // "Nurses who fear for their jobs said …": after a cue in the subject's relative clause, a verb of saying is
    // the clause's own, and the relative clause was no claim of its own; not one with a subject of its own ("who
    // reported the call recalled that he said").
    const saying = SPEECH_VERBS.has(t.lower) || t.lower === 'say';
    // Nor a verb right after a relative word, which opens another relative clause: "Ben Ode, who critics say runs the
    // mill, and who said the fire was an accident" keeps the critics' claim.
    const mainVerb = relativeCue >= 0 && saying && !SUBJECT_PRONOUNS.has(at(tokens, i - 1).lower) && !RELATIVE_PRONOUNS.has(at(tokens, i - 1).lower) && !whoBefore(tokens, i);
    if (mainVerb) {
      markNarrative(out, relativeCue);
      relativeCue = -1;
    }
    // Inside content only a participle with its agent is read ("… a report released by the council"): "confirmed"
    // in "he was told that Reed had confirmed the deal" is part of what was said.
    // "echoing experts who say …", "pundits who have suggested that …": people brought in with a relative clause
    // of saying speak for themselves; "young people who reported using drugs" were counted, not quoted.
    // So do those with a clause of saying, believing or naming of their own: "critics who argued that …", "experts who
    // believe the plan will fail", "critics who called the remarks sexist".
    const relativeSays = () => (SPEECH_FORMS.has(t.lower) || COGNITION_FORMS.has(t.lower)) && at(tokens, i + 1).lower !== 'to' && (introducesContent(tokens, i, QUOTATION_OPENERS, false) || bareClause(tokens, i) || (t.lower.startsWith('call') && calledSomething(tokens, i)));
    const whoSay = whoBefore(tokens, i) && !at(tokens, i + 1).lower.endsWith('ing') && (saying || SUGGESTING.has(t.lower) || relativeSays());
    // "Reed wrote a letter saying …": writing or posting a document is an act; what the document says is the claim.
    const documentSays = inContent && out.length > 0 && out.every((m) => m.narrative) && issuerVerb(tokens, i, sentenceStart) >= 0;
    // "rejected claims by critics", "fears among growers": a verb's form before its holders is a noun of reaction,
    // read unless someone's words hold it ("Reed says praise from Marsh helps").
    const reactionNoun = REACTION_NOUNS.has(t.lower) && REACTION_HOLDERS.has(at(tokens, i + 1).lower) && !(inContent && contentSaid);
    // "Reed decried what critics call a tax", "growers oppose what some call a levy": a naming in a free relative inside
    // what was said or done has a subject of its own, and a crowd's or an unnamed one's is pinned on them. A named
    // speaker's ("Reed decried what he calls a rigged market") repeats the claim of the clause, which is theirs already.
    const namer = inContent ? subjectNamingWhat(tokens, i) : [];
    const namesWhat = namer.length > 0 && (classifySource(namer, sentenceStart)?.kind ?? 'named-source') !== 'named-source';
    // "Ann Marsh responded by calling the levy a scam": after an act that said nothing, how it was done may say it.
    const byDoing = inContent && t.lower.endsWith('ing') && at(tokens, i - 1).lower === 'by' && out.length > 0 && out.every((m) => m.narrative);
    if (inContent && !newClause && !saysAgain && !mainVerb && !whoSay && !documentSays && !reactionNoun && !namesWhat && !byDoing && (ATTRIBUTION_VERBS.has(t.lower) || BY_PARTICIPLES.has(t.lower))) {
      if (BY_PARTICIPLES.has(t.lower)) matchParticiple(tokens, i, sentenceStart, out);
      else if (SPEECH_VERBS.has(t.lower)) matchInformantWithin(tokens, i, sentenceStart, out);
      continue;
    }
    const found = out.length;
    const leftHolding = LEFT_HOLDING.has(t.lower) ? crowdLeftHolding(tokens, i, sentenceStart) : null;
    const feelingIn = FEELINGS_CAUSED.has(t.lower) && !(inContent && contentSaid) ? feelingCrowd(tokens, i) : null;
    if (leftHolding) {
      emit(out, leftHolding, sentenceStart, undefined, t);
    } else if (t.lower === 'according' && at(tokens, i + 1).lower === 'to') {
      const words = framedSource(tokens, i + 2);
      // "went according to plan", "ranked according to their scores": in the way set by something, no one's word.
      // A plan or a schedule set off by a comma or opening the sentence is a document, though: "According to the plan,
      // 300 homes …".
      const head = at(words, words.length - 1).lower;
      // Without its article it is the way again, wherever it stands: "According to plan, the plant reopens".
      // "Prices vary according to weight", "according to the size of the farm", "according to the season": by a measure.
      const measure = at(words, 0).lower === 'the' ? 1 : 0;
      const byMeasure = MEASURES.has(at(words, measure).lower) && !at(words, measure).capitalized && (words.length === measure + 1 || at(words, measure + 1).lower === 'of');
      const manner = byMeasure || (words.length <= 4 && (MANNERS.has(head) || (MANNER_HEADS.has(head) && ((i > 0 && isWord(at(tokens, i - 1))) || words.length === 1))));
      // "according to family legend", "according to those who knew him": hearsay, or people no one could name.
      // Not a name ("According to John Legend"), nor people of a named record or body ("those who ran the Acme poll").
      let end = tokenIndex(tokens, at(words, words.length - 1));
      const those = words.length === 1 && head === 'those' && at(tokens, i + 3).lower === 'who';
      if (those) while (isWord(at(tokens, end + 1)) && end < i + 14) end++;
      const relative = tokens.slice(tokenIndex(tokens, at(words, 0)), end + 1);
      const hearsay = HEARSAY.has(head) && !at(words, words.length - 1).capitalized;
      const unnamedThose = those && !(relative.some((w) => w.capitalized && w.start !== sentenceStart) && relative.some((w) => RECORDS.has(w.lower) || INSTITUTIONS.has(w.lower)));
      if (hearsay || unnamedThose) {
        // The crowd with its relative clause, to the comma: "according to those who knew him,".
        out.push(sourceMatch(VAGUE_ATTRIBUTION, t.start, endOf([at(tokens, end)]), at(words, 0).start, endOf([at(tokens, end)]), t));
      }
      else if (words.length && !manner) emit(out, words, sentenceStart, t, t);
    } else if (t.lower === 'attributed' && at(tokens, i + 1).lower === 'to' && PASSIVE_BE.has(at(tokens, i - 1).lower) && wordsPutDown(tokens, i)) {
      // "The remark was attributed to Ann Marsh": whom words are put down to is who said them; not a cause ("the fall
      // in sales was attributed to a rival").
      const words = framedSource(tokens, i + 2);
      if (words.length) emit(out, words, sentenceStart, undefined, t);
    } else if (t.lower === 'based' && at(tokens, i + 1).lower === 'on' && (i === 0 || at(tokens, i - 1).text === ',' || (PASSIVE_BE.has(at(tokens, i - 1).lower) && INTERVIEWS.has(at(tokens, ARTICLES.has(at(tokens, i + 2).lower) ? i + 3 : i + 2).lower)))) {
      // "Based on recent polling, Reed leads", "…, based on two surveys by the Leeds council": a record framing the
      // clause is its source, as after "according to"; not "a new levy based on fresh data".
      const words = framedSource(tokens, i + 2);
      // "The account is based on interviews with people close to her": whom the writer interviewed is the source.
      // Not a record's own method, set off by commas ("The report, based on interviews with staff, said"): the record
      // speaks.
      if (words.some((w) => RECORDS.has(w.lower)) || (interviewsWith(words) && (i === 0 || (PASSIVE_BE.has(at(tokens, i - 1).lower) && OWN_ACCOUNTS.has(at(tokens, i - 2).lower) && !POSSESSIVES.has(at(tokens, i - 3).lower))))) emit(out, words, sentenceStart, t, t);
    } else if (feelingIn) {
      // "The levy angered many farmers", "a move bound to dismay some growers": a feeling pinned on a crowd.
      emit(out, feelingIn, sentenceStart, undefined, t);
    } else if (t.lower === 'citing' || (t.lower === 'per' && perSource(tokens, i)) || (t.lower === 'quoting' && at(tokens, i - 1).text === ',' && quotesSomeone(tokens, i))) {
      // "The BBC, quoting a police source, said": one quoted is cited, as with "citing".
      const words = phraseAfter(tokens, i + 1, 12);
      if (words.length && (t.lower === 'per' || (citesASource(words) && !refusedToComment(tokens, i)))) emit(out, words, sentenceStart, t.lower === 'per' ? t : undefined, t);
      // "The bank cut its forecast, citing weak demand": a reason cited is the clause subject's own account, as what
      // it goes on "saying" is; only a subject its verb follows ("…, Green Bay, Wis., citing" names a place), with no
      // clause of when or why between it and the reason ("They were close when Reed scuttled the talks, citing").
      else if (words.length && t.lower === 'citing' && at(tokens, i - 1).text === ',' && !refusedToComment(tokens, i)) {
        const before = out.length;
        matchClauseSubject(tokens, i, t, sentenceStart, out);
        const subject = out[before];
        if (subject) {
          const after = firstTokenFrom(tokens, subject.sourceEnd);
          if (!isWord(at(tokens, after)) || tokens.slice(after, i).some((w) => WHEN_CLAUSES.has(w.lower))) out.splice(before);
        }
      }
    } else if ((STANCE_ADJECTIVES.has(t.lower) || (STANCES_OF.has(t.lower) && at(tokens, i + 1).lower === 'of')) && !(inContent && contentSaid) && matchStance(tokens, i, sentenceStart, out)) {
      // "are worried" is a stance; "have long worried" goes on to be read as a verb. Inside what someone said
      // ("Reed said growers are skeptical") the stance is the speaker's claim, as a verb there would be.
      // A stance's object is no content: "critical of officials who say", "wary of Reed but wrote".
      if (at(tokens, i + 1).lower === 'of') continue;
    } else if ((CLAIM_NOUNS.has(t.lower) || ANSWER_NOUNS.has(t.lower) || CALLS.has(t.lower)) && matchClaimNoun(tokens, i, sentenceStart, out)) {
      // "the mayor's claim that …", "her argument that …", "in Marsh's view": whose claim it is is the source.
    } else if ((REACTION_NOUNS.has(t.lower) && (!ATTRIBUTION_VERBS.has(t.lower) || reactionNoun)) || (UNDER_WHAT.has(t.lower) && underFire(tokens, i)) || (VIEWS_AMONG.has(t.lower) && (at(tokens, i + 1).lower === 'among' || inUnsaidPlace(tokens, i + 1)))) {
      matchReaction(tokens, i, sentenceStart, out);
    } else if ((BY_PARTICIPLES.has(t.lower) || (BY_ONLY.has(t.lower) && (at(tokens, i + 1).lower === 'by' || (isLyAdverb(at(tokens, i + 1).lower) && at(tokens, i + 2).lower === 'by') || byAfterAs(tokens, i) > 0) && !requestDenied(tokens, i) && !toldWhatToDo(tokens, i)) || putAtBy(tokens, i)) && matchParticiple(tokens, i, sentenceStart, out)) {
      if (inRelative(tokens, i)) relativeCue = found;
      // "Reed was confirmed by the Senate": a legislature's vote on someone, an act (see `cueReportsAnAct`).
      if (t.lower === 'confirmed' && confirmsAppointee(tokens, i)) markNarrative(out, found);
      // "was told by an aide that Reed had confirmed …": what the agent told follows, as after "said".
      if (TOLD_BY.has(t.lower)) {
        inContent = true;
        contentSaid = true;
      }
      continue;
    } else if (HOLDING.has(t.lower) && at(tokens, i + 1).lower === 'that' && heldThatClause(tokens, i + 2) && !inContent) {
      // "The court held that …", "the majority opinion holds that …": a court's holding is its ruling, given as "ruled
      // that" gives it; "those who held that view" hold an opinion, no court's, and "held that hearing" held one.
      const words = phraseBefore(tokens, skipBetween(tokens, i - 1));
      if (words.some((w) => HOLDING_BODIES.has(w.lower))) emit(out, words, sentenceStart, undefined, t, true);
    } else if ((JUDGED_BY.has(t.lower) || t.lower === 'called') && matchJudgedBy(tokens, i, sentenceStart, out)) {
      if (inRelative(tokens, i)) relativeCue = found;
      continue;
    } else if ((ATTRIBUTION_VERBS.has(t.lower) && !castsAVote(tokens, i) && !castOfAShow(tokens, i)) || doubtVoiced(tokens, i) || verbAfterPronoun(tokens, i) || nounFormTagsQuotation(tokens, i) || findingThat(tokens, i)) {
      // "The Times quoted one of his aides as saying": the aide is a source as well as the paper that reported it.
      if (QUOTING.has(t.lower)) matchQuotedAs(tokens, i, sentenceStart, out);
      if (t.lower === 'quoted' && PASSIVE_BE.has(at(tokens, i - 1).lower)) matchQuotedSubject(tokens, i, sentenceStart, out);
      const before = out.length;
      matchVerb(tokens, i, sentenceStart, out, titleCase);
      // "A study has linked the chemical to liver damage", "Police linked the deaths to a gang": a record or those who
      // investigate relate one thing to another; "Acme linked its app to the bank" is an act.
      if (LINKING.has(t.lower)) {
        for (let k = out.length - 1; k >= before; k--) {
          const m = out[k] as SourceMatch;
          // Only a study or those who investigate relate things as a finding; "The council linked the cameras to the
          // control room", "Commuters linked their cards to the app" join things. Nor is an act of linking marked
          // ("militants linked to the group").
          const finds = tokens.some((w) => w.start >= m.sourceStart && w.end <= m.sourceEnd && LINK_FINDERS.has(w.lower));
          if (!finds || m.narrative) out.splice(k, 1);
        }
      }
      // "Reed is likely to say", "Marsh has nothing to say about it", "they hope to tell": a verb of saying in an
      // infinitive the clause frames says nothing yet; annotators still mark its subject (narrative, no finding),
      // unless another reading of the sentence credits that subject already.
      if (out.length === before && at(tokens, i - 1).lower === 'to' && SAYING_FRAMES.has(at(tokens, i - 2).lower) && SAYINGS_TO_COME.has(t.lower)) {
        matchClauseSubject(tokens, i, t, sentenceStart, out);
        for (const m of out.splice(before)) sayingForetold.push({ ...m, narrative: true });
      }
      // The verb's own reading of its subject may run back across "and" ("fine and the council said").
      if (andSubject && out.length > before) {
        out.length = before;
        emit(out, andSubject, sentenceStart, undefined, t);
      }
      if (out.length > found && cueReportsAnAct(tokens, i)) {
        markNarrative(out, found);
        continue;
      }
      // "councillors who wanted to attend", "voters who want change": a desire in a relative clause says which people,
      // not a view they hold ("farmers who hope that the levy fails" hold one); so does the side they took ("Reed, who
      // opposed the bridge in 2019", "growers who support the levy").
      // So does one in a clause about a thing: "programs that Marsh supports", "the levy, which Reed opposed".
      const sideOrDesire = DESIRES.has(t.lower) || SIDES.test(t.lower);
      // Not with what is hoped after it: "cases that growers hoped would help them" holds a view.
      const viewFollows = at(tokens, i + 1).lower === 'that' || AUXILIARIES.has(at(tokens, i + 1).lower);
      if (sideOrDesire && out.length > found && !viewFollows && (inRelative(tokens, i) || relativeAboutAThing(tokens, (out[found] as SourceMatch).sourceStart))) markNarrative(out, found);
      // "most of the companies reported better results": firms publishing their accounts, no view pinned on a crowd;
      // a named firm's results stay its own, sourcing their figures ("Acme reported a profit of $2 a share").
      // People reporting losses tell of them: "Farmers have reported crop losses of up to 40%".
      if (t.lower.startsWith('report') && reportsAccounts(tokens, i)) {
        for (let m = found; m < out.length; m++) {
          const match = out[m] as SourceMatch;
          if (match.kind !== 'named-source' && !isCrowdOfPeople(at(tokens, firstTokenFrom(tokens, match.sourceEnd) - 1).lower)) match.narrative = true;
        }
      }
      // "when the bank reports in July", "Acme reports next week.": only when a firm reports, nothing reported.
      if (t.lower.startsWith('report') && out.length > found && reportsOnlyWhen(tokens, i, (out[found] as SourceMatch).sourceStart)) markNarrative(out, found);
      // "Groups backing the plan argue": the side a subject takes is no content; its clause's verb still counts.
      if (TAKING_SIDES.has(t.lower) && out.length > found && out.slice(found).every((m) => m.narrative)) continue;
      // "… met growers and urged them to vote", "and praised the staff": a verb of saying joined to its clause with
      // nothing said after it reports an act of the clause's subject, an attribution to annotators only; what
      // follows it is no content. With a clause said after it ("spoke of the docks and suggested the city should
      // pay"), it is the subject's claim.
      if (out.length === found && joinedAct(tokens, i)) {
        matchClauseSubject(tokens, i, t, sentenceStart, out);
        if (!(at(tokens, i + 1).lower === 'that' || pronounClause(tokens, i) || bareClause(tokens, i))) markNarrative(out, found);
        continue;
      }
    } else if (MARKED_ACT_FORMS.has(t.lower) && !markedActHere(tokens, i) && !opensQuotation) {
      // "A survey published on Monday", "was pressed on whether she had said", "People keeping chickens say": a
      // participle describing the phrase before it, no act and no passive cue opening what was said.
      continue;
    } else if ((STANCE_ACT_FORMS.has(t.lower) || castsAVote(tokens, i)) && !doubtVoiced(tokens, i) && (ACTS_ON.get(t.lower)?.(tokens, i) ?? true) && !opensQuotation) {
      // An act that opens a quotation ("Ann Marsh reacted: “…”", "Reed shrugged, “…”") says it: read below.
      // "the proposal championed by Reed", "a bill backed by both parties": an act's participle credits its agent.
      // The agent's phrase ends at punctuation ("Pressed by reporters, the minister declined"); the span drawn from it
      // later is cut there too (source-phrase.ts).
      const agent = t.lower.endsWith('ed') && !SETTLED_BY.has(t.lower) && at(tokens, i + 1).lower === 'by' && byAnAgent(tokens, i + 1) ? agentAfter(tokens, i + 2) : [];
      if (agent.length) emit(out, agent, sentenceStart, undefined, t);
      else matchVerb(tokens, i, sentenceStart, out, titleCase);
      // "the Hull court ruled that the map was unfair": a named court's finding is its claim, as a report's is; "ruled
      // out", "ruled in favour of" are acts, and an unnamed judge's ruling is public record, told by no informant.
      // "ruled on Wednesday that", "ruled unanimously that": when or how may come between.
      const thatAt = [1, 2, 3, 4].find((d) => at(tokens, i + d).lower === 'that' && tokens.slice(i + 1, i + d).every((w) => isWord(w) && !RULED_ACTS.has(w.lower)) && (d === 1 || !THAT_AS_WORD.has(at(tokens, i + d - 1).lower)));
      const findingRuled = RULED.has(t.lower) && thatAt !== undefined && out.slice(found).some((m) => m.kind === 'named-source' && holdsAName(tokens, m, sentenceStart));
      // "“…,” remembered Tom Reed": a tag of what the quotation says, not an act.
      // "“…,” shrugged Ann Marsh" says it too, as any verb tagging a quotation does; an unnamed one's is a cry at an event
      // ("“Hands up!” an officer ordered").
      // "Edith Coyle remembers that the mill closed": a memory told as a clause is recalled, as "recalls that" is.
      const rememberedThat = /^remember(?:s|ed)?$/.test(t.lower) && at(tokens, i + 1).lower === 'that' && clauseWithin(tokens, i + 2, 8, RELATIVE_OPENERS_OF_THAT);
      // "Reed referred to the plan as a waste": what a thing is called, as "described the plan as", is a claim.
      // So is speaking about how or why something is so ("Ms. Lee spoke about how the city had changed").
      // So is attacking someone for a failing or as something ("attacked Rubio for not answering the question",
      // "attacked Clinton as too cozy with Wall Street"), not an assault ("attacked the guards for ten minutes").
      const toldWhatItIs = (/^refer(?:s|red|ring)?$/.test(t.lower) && at(tokens, i + 1).lower === 'to' && tokens.slice(i + 3, i + 10).some((w) => w.lower === 'as') && !tokens.slice(i + 2, i + 10).some((w) => w.boundary)) || (/^(?:speak|speaks|spoke|speaking)$/.test(t.lower) && aboutAClause(tokens, i)) || attackedFor(tokens, i);
      if (!(INVERTING_FORMS.has(t.lower) && !t.lower.endsWith('ing') && tagAfterQuotation(tokens, i)) && !issuesQuotedRecord(tokens, i)) markNarrative(out, found, (m) => (!findingRuled && !rememberedThat && !tagBefore && !toldWhatItIs) || m.kind !== 'named-source');
      // "Many farmers railed against the levy", "critics balked at the cost": a crowd attacking or welcoming
      // something holds a view, pinned on no one to ask (guide: "is criticised by opponents"); inside what someone
      // said ("Some delegates said they welcomed it"), the view is theirs to report.
      if ((CROWD_VIEW_ACTS.has(t.lower) || toldWhatItIs) && !(inContent && contentSaid)) for (let k = found; k < out.length; k++) if ((out[k] as SourceMatch).kind === 'vague-attribution') (out[k] as SourceMatch).narrative = false;
      // "Two people close to the case spoke to the Courier": unnamed people who talked to the press are its
      // informants (guide: presented as having given the reporter information), what they said or not.
      if (SPOKE_TO.has(t.lower) && at(tokens, i + 1).lower === 'to' && toThePress(tokens, i + 2)) for (let k = found; k < out.length; k++) if ((out[k] as SourceMatch).kind === 'anonymous-source') (out[k] as SourceMatch).narrative = false;
      if (out.length > found && inRelative(tokens, i)) relativeCue = found;
      if (!findingRuled) continue; // what follows an act is no content said, so a verb of saying after it still counts
    } else if (opensQuotation || tagBefore) {
      // "Marsh cracked, “…”", "“…!” beamed Tom Reed": whatever the verb, one that opens or tags a quotation says it.
      // An unnamed crowd's is a cry at an event ("his friends jeered, “…”", "“…!” the crowd laughed"), as with the
      // verbs of crying out.
      matchVerb(tokens, i, sentenceStart, out, titleCase);
      markNarrative(out, found, (m) => m.kind !== 'named-source');
    }
    if (out.length > found) markUnasserted(tokens, out, found);
    if (out.length > found && !mainVerb) relativeCue = inRelative(tokens, i) ? found : -1;
    // What follows a cue is what was said, unless the speaker is the first person, whose words the article reads on.
    for (let k = found; k < out.length; k++) {
      if ((out[k] as SourceMatch).narrative && FIRST_AND_SECOND_PERSON.has(wordAt(tokens, (out[k] as SourceMatch).sourceStart))) continue;
      inContent = true;
      contentSaid = saying || SAYING_PARTICIPLES.has(t.lower);
    }
    // "he was told that Reed had confirmed": a passive cue with no source read still opens what was said.
    if (out.length === found && PASSIVE_BE.has(at(tokens, i - 1).lower) && introducesContent(tokens, i, QUOTATION_OPENERS)) inContent = true;
  }
  // "Nearly half of the farmers, 48%, say", "most of those polled said": poll respondents, whose share is the
  // claim (a figure), not a crowd the claim is pinned on. So is a crowd whose clause carries a poll's margin ("By
  // 61%-30%, growers said", "Growers are divided, though most oppose the levy, 52%-41%").
  let margin: boolean | undefined;
  for (const m of out) {
    // "Aid Workers Say …", "Gay Men Say …": in a title-case headline a crowd's capitals are the headline's, so a phrase
    // ending in people in the plural the lexicon lists is read as if in lower case ("Humberside Police" stays the
    // force it names; a surname in -ers, "Sanders", is no plural).
    if (titleCase && m.kind === 'named-source') {
      const words = tokensIn(tokens, m.sourceStart, m.sourceEnd).filter(isWord);
      const head = words.at(-1);
      if (head && words.length <= 3 && head.lower !== 'police' && isPeoplePlural(head.lower, false)) {
        const lowered = classifySource(words.map(asCommonNoun), sentenceStart);
        if (lowered) Object.assign(m, { kind: lowered.kind, specificity: lowered.specificity, start: m.sourceStart, end: m.sourceEnd });
      }
    }
    // "the tenant, granted anonymity because she feared …": why a source goes unnamed is the writer's account
    // of them, no claim of theirs.
    if (!m.narrative && givesWhyUnnamed(tokens, firstTokenFrom(tokens, m.sourceStart))) m.narrative = true;
    if (!m.narrative && castCharacter(tokens, firstTokenFrom(tokens, m.sourceStart), firstTokenFrom(tokens, m.sourceEnd))) m.narrative = true;
    if (m.kind === 'named-source' || m.narrative) continue;
    // "Volunteers counted 9,300 butterflies, the society said": unnamed counters did the counting the story reports;
    // they are no informants, and a named tag still gives the count.
    if (m.cueStart >= 0 && tokensIn(tokens, m.cueStart, m.cueEnd).some((t) => COUNTING.has(t.lower))) {
      m.narrative = true;
      continue;
    }
    // "Reporters asked Marsh about the letter", "The moderators asked Reed whether …": a question put to someone,
    // whose answer is the claim; the crowd asking claims nothing.
    if (m.cueStart >= 0 && askedSomeoneAbout(tokens, firstTokenFrom(tokens, m.cueStart))) {
      m.narrative = true;
      continue;
    }
    const first = firstTokenFrom(tokens, m.sourceStart);
    const words = tokensIn(tokens, m.sourceStart, m.sourceEnd).filter(isWord);
    // The poll itself stays the source of its figures ("a new poll showed Reed ahead, 32%-25%").
    margin ??= POLL_MARGIN.test(textsOf(tokens).join(' '));
    if (margin && m.kind === 'vague-attribution' && !words.some((w) => RECORDS.has(w.lower))) {
      m.narrative = true;
      continue;
    }
    // "About 8 in 10 Green party members in three northern towns …": a phrase cut at its length limit may have left its
    // share just before it.
    const lead: Token[] = [];
    if (words.length >= MAX_PHRASE_WORDS - 1) for (let k = first - 1; k >= 0 && first - k <= 6 && isWord(at(tokens, k)) && !isClauseWord(at(tokens, k)); k--) lead.unshift(at(tokens, k));
    if (isShareOfPeople(words) || (lead.length > 1 && isShareOfPeople([...lead, ...words]))) m.narrative = true;
    // "those surveyed say", "respondents said", "the voters polled": the people a poll asked, whose answers are its
    // findings; the poll is the source, named or not, and they are none.
    else if (m.kind === 'vague-attribution' && words.some((w) => POLL_RESPONDENTS.has(w.lower))) m.narrative = true;
  }
  for (const m of sayingForetold) {
    if (out.some((o) => o.sourceStart === m.sourceStart && o.sourceEnd === m.sourceEnd)) continue;
    const after = out.findIndex((o) => o.sourceStart > m.sourceStart);
    out.splice(after < 0 ? out.length : after, 0, m);
  }
  withParticles(tokens, out);
  return out.length > 1 ? reportedCrowdsAsNarrative(tokens, out) : out;
}

/**
 * "made it clear", "sounded off", "hit back": a cue that reports a claim with its particle takes the particle into
 * its span (and into the finding's, where that ends with the cue), so the highlight holds what says it.
 */
function withParticles(tokens: readonly Token[], out: SourceMatch[]): void {
  for (const m of out) {
    if (m.cueStart < 0) continue;
    const k = firstTokenFrom(tokens, m.cueStart);
    // So does one that says something without its particle, when it has one: "pointed out", "spoke up", "went on".
    const particles = at(tokens, k).start === m.cueStart ? (PARTICLE_CUES.get(at(tokens, k).lower) ?? OPTIONAL_PARTICLE_CUES.get(at(tokens, k).lower)) : undefined;
    if (!particles) continue;
    const p = OBJECT_BEFORE_PARTICLE.has(at(tokens, k + 1).lower) && !particles.includes(at(tokens, k + 1).lower) ? k + 2 : k + 1;
    if (!isWord(at(tokens, p)) || !particles.includes(at(tokens, p).lower)) continue;
    const particleEnd = endOf([at(tokens, p)]);
    if (m.end === m.cueEnd) m.end = particleEnd;
    m.cueEnd = particleEnd;
  }
}
// "made it clear", "put it": the object a particle cue may take before its particle.
const OBJECT_BEFORE_PARTICLE = new Set(['it', 'this', 'that']);

// A poll's margin, after "by" or a comma: "By 61%-30%, …", "by a wide 70%-22%", "…, 52%-41%"; not a range of
// percentages ("12 percent to 15 percent").
const POLL_MARGIN = /(?:\bby (?:an? [a-z]+ )?|, )\d+ ?% ?[-–] ?\d+ ?%/i;
const HEAD_ENDS = new Set(['briefed', 'familiar', 'knowledgeable', 'involved', 'close', 'privy', 'with', 'on', 'in', 'of', 'at', 'who', 'from', 'to', 'for']);
/**
 * "The IMF forecasts growth", not "The IMF forecasts published on Monday", "the forecasts team": a name within the
 * sentence before the form, then what a forecast is of, or a word or a number opening it.
 */
function forecastByName(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const prev = at(tokens, i - 1);
  const next = at(tokens, i + 1);
  if (!isWord(prev) || !prev.capitalized || prev.start === sentenceStart || !isWord(next)) return false;
  // Only before what a forecast is of, or an article or a number opening it; "forecasts cover", "the forecasts team",
  // "trust Met Office forecasts more" are the noun.
  const after = at(tokens, i + 2);
  const near = FORECAST_NEAR.has(next.lower) && (STARTS_WITH_NUMBER.test(after.text) || NUMBER_WORDS.has(after.lower) || after.lower === 'to' || after.lower === 'a' || after.lower === 'half');
  // "forecasts more rain", not "trusts the forecasts more than apps".
  const more = (next.lower === 'more' || next.lower === 'less') && after.lower !== 'than' && isWord(after);
  if (more) return true;
  return FORECASTS_OF.has(next.lower) || FORECAST_OPENERS.has(next.lower) || near || STARTS_WITH_NUMBER.test(next.text);
}
// What a forecast is of: the outcomes a body sees ahead, and the weather.
const FORECASTS_OF = new Set([...FORECAST_OBJECTS, 'unemployment', 'rain', 'snow', 'showers', 'storms', 'thunderstorms', 'fog', 'frost', 'sunshine', 'temperatures', 'winds', 'gales', 'rates', 'prices', 'turnout', 'recession', 'wage', 'wages', 'house', 'borrowing']);
const FORECAST_OPENERS = new Set(['a', 'an', 'further', 'higher', 'lower', 'slower', 'faster', 'stronger', 'weaker', 'rising', 'falling', 'heavy', 'little', 'modest', 'robust', 'sluggish', 'flat', 'no', 'half']);
// Words that open a forecast only before a number: "forecasts around 2%", "up to 40mm" (not "forecasts about the economy").
const FORECAST_NEAR = new Set(['around', 'about', 'up', 'roughly', 'some']);
/** Whether the head of the phrase from `start` to `end` is plural: "People briefed on the talks", "Two aides to Reed". */
function pluralHead(tokens: readonly Token[], start: number, end: number): boolean {
  let head: Token | undefined;
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && at(tokens, k).end <= end; k++) {
    const t = at(tokens, k);
    // "Many of her aides": the group after "of" heads the phrase.
    if (t.lower === 'of' && head && PLURAL_PRONOUNS.has(head.lower)) continue;
    if (!isWord(t) || HEAD_ENDS.has(t.lower)) break;
    head = t;
  }
  // The last word before the phrase's description: "A Texas voter" is one, "People briefed on it" many.
  return head !== undefined && isPluralSubject(head.lower) && !PLURAL_PRONOUNS.has(head.lower);
}

/** "Her appeal was denied by the court": a request refused, with the one who refused it after "by". */
const requestDenied = (tokens: readonly Token[], i: number): boolean =>
  at(tokens, i).lower === 'denied' && PASSIVE_BE.has(at(tokens, i - 1).lower) && REQUESTS.has(at(tokens, i - 2).lower);

/** "were mocked and criticized": the verb before the conjunction at k is a passive, so the one after is too. */
function passiveBefore(tokens: readonly Token[], k: number): boolean {
  const participle = at(tokens, k - 1);
  return /[^e]ed$/.test(participle.lower) && PASSIVE_BE.has(at(tokens, isLyAdverb(at(tokens, k - 2).lower) ? k - 3 : k - 2).lower);
}

const BARE_PASTS = new Set(['found', 'swore', 'read', 'cast', 'forecast', 'shot', 'hit', 'bet', 'quit', 'set', 'spread']);
const PLURAL_AUXILIARIES = new Set(['are', 'were', 'have', 'do', 'don’t', "don't", 'aren’t', "aren't", 'haven’t', "haven't"]);
/** Whether the verb at i, with what stands between it and the subject ending at j, agrees only with a plural. */
function pluralVerb(tokens: readonly Token[], j: number, i: number): boolean {
  const verb = at(tokens, i).lower;
  if (j + 1 < i) return tokens.slice(j + 1, i).some((t) => PLURAL_AUXILIARIES.has(t.lower));
  // "Potters hit back", "Ode found": a past with no ending of its own agrees with anyone.
  return !verb.endsWith('s') && !verb.endsWith('ed') && !verb.endsWith('ing') && !IRREGULAR_PASTS.has(verb) && !PARTICLE_CUES.has(verb) && !BARE_PASTS.has(verb) && isLetters(verb, 0, verb.length - 1);
}

// "questioned whether the plan would work": a doubt voiced about what follows, not a stance taken on a thing; "pushed
// back on the claim": a rebuttal, where "pushed for a vote" is an act.
const DOUBTS = new Set(['whether', 'if', 'why', 'how']);
// "questioned the cost", "questioned his judgment": what is doubted, as a claim about it.
const DOUBTED = new Set(['cost', 'costs', 'wisdom', 'need', 'value', 'legality', 'timing', 'judgment', 'judgement', 'motives', 'accuracy', 'validity', 'logic', 'fairness', 'credibility', 'integrity', 'figure', 'figures', 'number', 'numbers', 'estimate', 'estimates', 'data', 'findings', 'evidence', 'methodology', 'assumptions', 'premise', 'effectiveness', 'safety', 'feasibility', 'claim', 'claims']);
// So does "questioned" with a thing as its object ("questioned the study's independence"), not a person questioned
// ("detectives questioned two men"); "questions" and "questioning" are as often nouns.
const doubtVoiced = (tokens: readonly Token[], i: number): boolean =>
  (/^question(?:s|ed|ing)?$/.test(at(tokens, i).lower) && (DOUBTS.has(at(tokens, i + 1).lower) || DOUBTED.has(headAfter(tokens, i + 1)))) ||
  (at(tokens, i).lower === 'questioned' && questionsAThing(tokens, i)) ||
  (/^push(?:es|ed|ing)?$/.test(at(tokens, i).lower) && at(tokens, i + 1).lower === 'back');

const RULED = new Set(['ruled', 'rules']);
// What makes "ruled" an act: "ruled out", "ruled in favour of", "ruled the country for 30 years".
const RULED_ACTS = new Set(['out', 'favour', 'favor', 'against', 'the', 'for', 'so', 'such']);
// "ruled on that question": "that" right after these points at a noun, no clause ruled.
const THAT_AS_WORD = new Set(['on', 'in', 'about', 'over', 'at']);
/**
 * Whether a source phrase holds a capitalised word that is not its sentence's first: "Judge Ann Hart", "the Hull court";
 * or whose possessive it opens with: "Corvinia's constitutional court".
 */
const holdsAName = (tokens: readonly Token[], m: SourceMatch, sentenceStart: number): boolean =>
  tokensIn(tokens, m.sourceStart, m.sourceEnd).some((t) => t.capitalized && (t.start !== sentenceStart || (isPossessive(t) && !TIME_OWNER.test(t.lower))));
// A time's possessive, which names no one: "Saturday's referee", "Today's panel", "Friday's count".
const TIME_OWNER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|last|this|next|midnight|dawn|noon|morning|evening|easter|christmas|week|month|year|weekend|\p{L}*time)['’]/u;
// Acts whose participle before "by" says how, not who: "decided by a runoff", "learned by heart".
const SETTLED_BY = new Set(['decided', 'learned', 'remembered', 'ruled', 'focused', 'referred', 'aimed', 'ordered']);

// Those a legislature confirms in office.
const APPOINTEES = new Set(['appointment', 'appointments', 'judge', 'judges', 'justice', 'justices', 'nominee', 'nominees', 'appointee', 'appointees', 'nomination', 'nominations', 'pick', 'picks', 'ambassador', 'ambassadors']);
/** "confirmed a judge", "confirming judges", "confirmed 68 judicial nominees": an appointee a few words on, no clause. */
function confirmsAppointee(tokens: readonly Token[], i: number): boolean {
  // "Reed was confirmed by the Senate in February": the passive of the same, the legislature its agent.
  // The legislature heads the agent, not its office or its aides ("by the Senate budget office"), and a person is
  // confirmed, named before "was".
  // Its country or state before it, its committee after it: "by the U.S. Senate", "by the Senate Judiciary Committee".
  let body = at(tokens, i + 2).lower === 'the' || at(tokens, i + 2).lower === 'full' ? (at(tokens, i + 3).lower === 'full' ? i + 4 : i + 3) : i + 2;
  while (body < i + 6 && at(tokens, body).capitalized && !CONFIRMING_BODIES.has(at(tokens, body).lower) && COUNTRIES_AND_STATES(at(tokens, body))) body++;
  let bodyEnd = body + 1;
  while (bodyEnd < body + 3 && at(tokens, bodyEnd).capitalized && LEGISLATIVE_PARTS.has(at(tokens, bodyEnd + 1).lower)) bodyEnd += 2;
  const bodyHeads = CONFIRMING_BODIES.has(at(tokens, body).lower) && (!isWord(at(tokens, bodyEnd)) || WHEN_OR_HOW_AFTER.has(at(tokens, bodyEnd).lower) || WEEKDAYS.includes(at(tokens, bodyEnd).lower));
  // "Smith was confirmed", "The senator was confirmed": a name or an office holder before "was".
  const officeHolder = tokens.slice(Math.max(0, i - 4), i - 1).some((w) => isPersonRole(w.lower) || lexicon.isPersonNoun(w.lower));
  const personConfirmed = officeHolder || tokens.slice(Math.max(0, i - 6), i - 1).some((w) => (w.capitalized && w.start !== tokens[0]?.start) || APPOINTEES.has(w.lower)) || (tokens[0]?.capitalized === true && (!isWord(at(tokens, 1)) || at(tokens, 1).lower === 'was'));
  if (at(tokens, i + 1).lower === 'by' && bodyHeads && PASSIVE_BE.has(at(tokens, i - 1).lower) && personConfirmed) return true;
  for (let k = i + 1; k <= i + 6 && isWord(at(tokens, k)); k++) {
    const t = at(tokens, k);
    if (APPOINTEES.has(t.lower)) return !CONTENT_CLAUSES.has(at(tokens, k + 1).lower) && !AUXILIARIES.has(at(tokens, k + 1).lower);
    // "Senate Confirmed Her Nomination": a headline's capitals on whose appointment it is.
    if (POSSESSIVES.has(t.lower) && APPOINTEES.has(at(tokens, k + 1).lower)) continue;
    // "The Senate confirmed Ann Marsh as ambassador", "Senate confirms Tom Reed to appeals court", "confirmed her
    // 53-47": a legislature confirming a person, named in full or by a pronoun, to a post.
    if (t.capitalized || OBJECT_PRONOUNS.has(t.lower)) return k === i + 1 && confirmedToAPost(tokens, i, k);
    if (t.lower === 'that' || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}
// What is won and then defended: seats, titles, a majority.
const HOLDINGS = new Set(['seat', 'seats', 'title', 'titles', 'majority', 'crown', 'championship']);
// What may follow the holding defended: where, when, against whom, or the clause's end.
const AFTER_A_HOLDING = new Set(['in', 'at', 'on', 'against', 'this', 'last', 'next', 'for', 'since', 'after', 'and', 'with']);
/**
 * "defending 23 seats", "defended her world title in Leeds", "defend its slim majority": the holding heads the object,
 * within four words, with nothing it describes after it ("the seat belt law", "the majority opinion" are other things).
 */
function defendsAHolding(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && isWord(at(tokens, k)); k++) {
    if (!HOLDINGS.has(at(tokens, k).lower)) continue;
    return !isWord(at(tokens, k + 1)) || AFTER_A_HOLDING.has(at(tokens, k + 1).lower);
  }
  return false;
}
// Words that sort states, before the noun: "big states", "swing states", "member states".
const KINDS_OF_STATES = new Set(['big', 'small', 'large', 'key', 'swing', 'battleground', 'red', 'blue', 'purple', 'member', 'neighboring', 'neighbouring', 'southern', 'northern', 'western', 'eastern', 'border', 'coastal', 'rural', 'early', 'primary', 'other']);
// Legislatures that confirm appointees ("the House" unless the White House).
const CONFIRMING_BODIES = new Set(['senate', 'senators', 'house', 'parliament', 'congress', 'assembly', 'legislature', 'lawmakers']);
const LEGISLATIVE_PARTS = new Set(['committee', 'panel', 'subcommittee']);
/** "U.S.", "Texas", "New York": whose legislature it is. */
const COUNTRIES_AND_STATES = (t: Token): boolean => /^U\.?S\.?$/.test(t.text) || REGIONS.has(t.lower) || t.lower === 'state' || t.lower === 'new';
/** After "confirmed" at i, a person at k (a full name, or "him"/"her") put in a post by a legislature. */
function confirmedToAPost(tokens: readonly Token[], i: number, k: number): boolean {
  const pronoun = OBJECT_PRONOUNS.has(at(tokens, k).lower);
  let e = k + 1;
  while (!pronoun && e < k + 4 && isWord(at(tokens, e)) && at(tokens, e).capitalized) e++;
  const after = at(tokens, e);
  // One capitalised word before a post only when it is a double-barrelled surname ("Vasquez-Lind"), not "Russia" or "Acme".
  const post = (pronoun || e - k >= 2 || at(tokens, k).text.includes('-')) && (after.lower === 'as' || (after.lower === 'to' && !BARE_INFINITIVES.has(at(tokens, e + 1).lower)) || (pronoun && STARTS_WITH_NUMBER.test(after.text)));
  // The legislature is the verb's subject, right before it ("The Senate confirmed", "the full Senate has confirmed"),
  // not a committee or an office of it ("the Senate intelligence committee confirmed").
  // When may stand between: "The Senate on Thursday confirmed".
  let subject = i - 1;
  while (subject > i - 5 && (AUXILIARIES.has(at(tokens, subject).lower) || WHEN_WORDS.has(at(tokens, subject).lower) || MONTHS.has(at(tokens, subject).lower) || at(tokens, subject).lower === 'on' || at(tokens, subject).lower === 'last' || isLyAdverb(at(tokens, subject).lower))) subject--;
  const byALegislature = CONFIRMING_BODIES.has(at(tokens, subject).lower) && at(tokens, subject - 1).lower !== 'white';
  // "The Senate confirmed Marsh on Friday": a legislature confirming someone by name, with no clause after it.
  // Not "confirmed Corvinia on Monday as the source of the files", a fact.
  const nameOnly = !pronoun && (!isWord(after) || WHEN_OR_HOW_AFTER.has(after.lower) || WEEKDAYS.includes(after.lower)) && !tokens.slice(e).some((t) => t.lower === 'as' || t.lower === 'that');
  return (post || nameOnly) && byALegislature;
}
// What may follow a person a legislature confirmed: when, by what vote, in what.
const WHEN_OR_HOW_AFTER = new Set(['on', 'in', 'by', 'last', 'this', 'after', 'before', 'yesterday', 'today', 'with', 'despite', 'amid']);
// Verbs after "to" that make it an infinitive ("confirmed Acme to be the bidder"), not a post.
const BARE_INFINITIVES = new Set(['be', 'have']);

// What a legislature passes: "the Senate passed a bill", "the board passed a resolution".
const LAWS = new Set(['bill', 'bills', 'law', 'laws', 'measure', 'measures', 'resolution', 'resolutions', 'legislation', 'amendment', 'amendments', 'referendum', 'referendums', 'ordinance', 'ordinances', 'budget', 'ban', 'motion', 'motions', 'act', 'package', 'it']);
/** "the county council passed a ban", "two states passed laws on it": passing a law, no bill passing a house. */
function passesLaw(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 6 && isWord(at(tokens, k)); k++) if (LAWS.has(at(tokens, k).lower)) return !LAWS.has(at(tokens, skipBetween(tokens, i - 1)).lower);
  return false;
}

// "the agency issued a report", "Reed released a statement", "the party filed a complaint": putting out a record is an
// act annotators count; "released the prisoners", "released the video" (evidence, not the subject's
// words) and "the report released Tuesday" are not.
const RECORDS_PUT_OUT = new Set(['statement', 'statements', 'report', 'reports', 'letter', 'letters', 'memo', 'ruling', 'complaint', 'lawsuit', 'suit', 'petition', 'motion', 'brief', 'warning', 'plan', 'tweet', 'response', 'apology', 'denial', 'order', 'opinion', 'proclamation', 'release', 'ad', 'proposal', 'list', 'analysis', 'study', 'poll', 'survey', 'guidance', 'op-ed']);
function issuesRecord(tokens: readonly Token[], i: number): boolean {
  if (!ARTICLES.has(at(tokens, i + 1).lower) && !POSSESSOR_PRONOUNS.has(at(tokens, i + 1).lower)) return false;
  for (let k = i + 2; k <= i + 4 && isWord(at(tokens, k)); k++) if (RECORDS_PUT_OUT.has(at(tokens, k).lower)) return true;
  return false;
}

// "a worker named Antonio", "candidates named on the list": "named" after an indefinite or bare noun describes it; "The
// mayor named her", "Reed named three people" appoint or pick, an act annotators count.
const DESCRIBED_OPENERS = new Set(['a', 'an', 'another', 'any', 'all', 'some', 'one']);
function namedDescribes(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && isWord(at(tokens, k)) && !at(tokens, k).capitalized && !SUBJECT_PRONOUNS.has(at(tokens, k).lower) && !AUXILIARIES.has(at(tokens, k).lower)) k--;
  if (k === i - 1) return false;
  const first = at(tokens, k + 1).lower;
  if (DESCRIBED_OPENERS.has(first)) return true;
  // "The mayor then named her", "Reed still named": a capitalised word opening the phrase is its determiner or
  // the name of who named.
  if (k >= 0 && at(tokens, k).capitalized) return DESCRIBED_OPENERS.has(at(tokens, k).lower);
  return first !== 'the' && !POSSESSIVES.has(first) && !isLyAdverb(first);
}

/** Acts counted only with what they act on, by form: naming someone to a post, passing a law, putting out a record. */
const ACTS_ON: ReadonlyMap<string, (tokens: readonly Token[], i: number) => boolean> = new Map([
  ['named', (tokens: readonly Token[], i: number) => !namedDescribes(tokens, i)],
  ['passed', passesLaw],
  ['passes', passesLaw],
  ['issued', issuesRecord],
  ['released', issuesRecord],
  ['filed', issuesRecord],
  ['unveiled', issuesRecord],
]);
// What follows a participle that describes the noun before it: where or when ("by" brings its agent, read as such).
const DESCRIBED_AFTER = new Set(['on', 'at', 'in', 'last', 'this', 'earlier', 'yesterday', 'today', 'during', 'since', 'under', 'from', 'after', 'before', 'online', 'recently', 'here', 'there', ...WEEKDAYS]);
/**
 * Whether a mined act form (MARKED_ACT_FORMS) at i is the act: a past form with what it acts on after it ("Tom Reed
 * published a column", "Marsh pressed for a vote"), an -ing form in the progressive ("The council is launching a
 * review").
 */
function markedActHere(tokens: readonly Token[], i: number): boolean {
  const lower = at(tokens, i).lower;
  if (lower.endsWith('ing')) return progressiveOfItsSubject(tokens, i);
  if (!lower.endsWith('ed')) return true;
  const next = at(tokens, i + 1);
  return isWord(next) && !DESCRIBED_AFTER.has(next.lower) && !isLyAdverb(at(tokens, i - 1).lower);
}

/**
 * Whether the verb of saying at i reports an act by what follows it, an attribution to annotators but no claim: a
 * person shows a quality or a thing ("Reed showed no remorse", "He showed a video"; a record shows a finding, a person
 * only a clause), commits to an act ("Reed agreed to meet the growers"), or votes to appoint ("Republicans confirmed a
 * judge", "confirmed 68 judicial nominees").
 */
function cueReportsAnAct(tokens: readonly Token[], i: number): boolean {
  const lower = at(tokens, i).lower;
  // So does dismissing a person ("the judge dismissed a juror", "dismissed two aides"), where dismissing a claim, or a
  // person as something ("dismissed Marsh as a lightweight"), is one's own claim.
  const dismissesSomeone = lower.startsWith('dismiss') && personObject(tokens, i) && !dismissedAsSomething(tokens, i);
  // "Reed said nothing as 200 supporters cheered", "Marsh said little": saying nothing is silence, no claim.
  // Not "said nothing had changed", "said nothing in the house had been taken": a claim that nothing had, its verb
  // in the clause before any "as" or "when".
  // "said nothing new", "nothing more": not "nothing else mattered", "nothing new emerged", a clause with its verb.
  const nothingMore = NOTHING_MORE.has(at(tokens, i + 2).lower) && isWord(at(tokens, i + 3)) && (looksLikeVerb(at(tokens, i + 3).lower) || AUXILIARIES.has(at(tokens, i + 3).lower) || MODALS.has(at(tokens, i + 3).lower));
  // "said almost nothing", "has revealed next to nothing", "said very little publicly": as little, said another way.
  let n = i + 1;
  while (n < i + 3 && DEGREES_OF_NOTHING.has(at(tokens, n).lower)) n++;
  const after = at(tokens, n + 1).lower === 'publicly' ? n + 2 : n + 1;
  const saidNothing = SPEECH_FORMS.has(lower) && SAYING_NOTHING.has(at(tokens, n).lower) && (!isWord(at(tokens, after)) || SILENCE_ENDS.has(at(tokens, after).lower)) && !verbOfNothing(tokens, after) && !(n === i + 1 && nothingMore);
  // "Clinton boasts a 45-point lead", "the city boasts 300 parks": having something to show, where boasting of it,
  // about it or that it is so is a claim.
  const next = at(tokens, i + 1);
  const boastsOfHaving = BOASTS.has(lower) && (ARTICLES.has(next.lower) || STARTS_WITH_NUMBER.test(next.text) || NUMBER_WORDS.has(next.lower) || HAVING_AMOUNTS.has(next.lower));
  return boastsOfHaving || (SHOWN.has(lower) && showsAQuality(tokens, i)) || agreedToAct(tokens, i) || (lower.startsWith('confirm') && confirmsAppointee(tokens, i)) || dismissesSomeone || saidNothing || claimsNothing(tokens, i);
}

const REPORTED = new Set(['report', 'reports', 'reported']);
// Tales told that pass on nothing: "told a lie", "tells jokes".
const TALES = new Set(['lie', 'lies', 'joke', 'jokes', 'fib', 'fibs']);
// What is added in words: "added a note of caution", "added a caveat", "added details".
const ADDED_WORDS = new Set(['note', 'notes', 'caveat', 'caveats', 'warning', 'word', 'words', 'comment', 'comments', 'remark', 'plea', 'question', 'detail', 'details', 'voice', 'twist']);
// Things read out that the story does not quote: "read the letter aloud", "read the names".
const READ_OUT = new Set(['letter', 'letters', 'names', 'list', 'bill', 'order', 'statement', 'verdict', 'charges', 'riot', 'oath', 'dissent', 'opinion', 'briefs', 'book', 'books', 'passage', 'poem', 'scripture', 'newspaper', 'newspapers', 'paper', 'papers', 'news', 'bible', 'text', 'texts', 'remarks', 'script', 'teleprompter', 'notes', 'polls']);
/**
 * A verb of saying used for an act that passes on no claim, an attribution to annotators only: joking with someone,
 * reporting for duty or to a superior ("reports to the county commission"), telling a lie, adding things ("The economy
 * added jobs"), reading a document out with no words of it quoted ("The chairman read the letter aloud").
 */
function claimsNothing(tokens: readonly Token[], i: number): boolean {
  const lower = at(tokens, i).lower;
  const next = at(tokens, i + 1);
  // Not a tag of words quoted anywhere in the sentence: "“…,” he joked with reporters", "“…,” added his manager".
  const quotedLater = () => tokens.some((t) => QUOTE_MARKS.test(t.text) || t.text === ':');
  // What follows has no verb of its own, which would make it what was said ("joked with reporters the bill was dead",
  // "added costs had risen").
  // A clause of when or why is the writer's: "joked with reporters as she left".
  const clauseAfter = () => {
    if (tokens.slice(i + 2).some((t) => t.lower === 'that')) return true;
    for (let k = i + 2; k < tokens.length && isWord(at(tokens, k)); k++) {
      const w = at(tokens, k).lower;
      if (WHEN_CLAUSES.has(w)) return false;
      if (AUXILIARIES.has(w) || MODALS.has(w) || looksLikeVerb(w) || w === 'that') return true;
    }
    return false;
  };
  if (/^jok(?:e|es|ed|ing)$/.test(lower)) return next.lower === 'with' && !quotedLater() && !clauseAfter();
  // "blasted out an email to supporters": sending, where "blasted the plan" is a claim.
  // Not one that goes on to what the message says ("blasted out a text claiming …", "a release announcing …").
  if (/^blast(?:s|ed|ing)?$/.test(lower)) return next.lower === 'out' && !quotedLater() && !tokens.slice(i + 2).some((t) => SPEECH_FORMS.has(t.lower) && t.lower.endsWith('ing'));
  if (REPORTED.has(lower)) return (next.lower === 'for' && tokens.slice(i + 2, i + 6).some((t) => /^(?:jury|duty|work|training|shift|practice|camp|day)$/.test(t.lower))) || (next.lower === 'to' && !thatWithin(tokens, i + 2, 8) && !quotedLater());
  if (/^t(?:old|ells?)$/.test(lower)) return (TALES.has(next.lower) || (ARTICLES.has(next.lower) && TALES.has(at(tokens, i + 2).lower))) && !thatWithin(tokens, i + 2, 4);
  // "The economy added jobs", "Acme added a night shift": an object right after it, no clause and nothing quoted.
  // Not words added: "added a note of caution", "added a caveat".
  const object = ARTICLES.has(next.lower) ? at(tokens, i + 2) : next;
  if (lower === 'added') return isWord(next) && !next.capitalized && (ARTICLES.has(next.lower) || STARTS_WITH_NUMBER.test(next.text) || (next.lower.endsWith('s') && !SUBJECT_PRONOUNS.has(next.lower) && !POSSESSIVES.has(next.lower))) && !ADDED_WORDS.has(object.lower) && !bareClause(tokens, i) && !clauseAfter() && !thatWithin(tokens, i + 1, 6) && !quotedLater();
  if (lower === 'read' || lower === 'reads') {
    let k = i + 1;
    // "reads from prepared texts", "read from a statement": from what, as its object.
    if (at(tokens, k).lower === 'from') k++;
    if (ARTICLES.has(at(tokens, k).lower) || POSSESSIVES.has(at(tokens, k).lower)) k++;
    if (at(tokens, k).lower === 'prepared' || at(tokens, k).lower === 'daily') k++;
    // Not one that goes on to say something: "read a statement saying the plant would close".
    // Nor one that goes on to a finding: "read the verdict finding Reed guilty" (not "adjourned the hearing").
    // What goes on to say something does so in the clause: not a tag after a comma ("…, an aide said").
    const comma = tokens.findIndex((t, n) => n > k && t.text === ',' && !RELATIVE_PRONOUNS.has(at(tokens, n + 1).lower));
    return READ_OUT.has(at(tokens, k).lower) && !quotedLater() && !tokens.slice(k + 1, comma > k ? comma : undefined).some((t, n, rest) => SPEECH_FORMS.has(t.lower) || t.lower === 'that' || t.lower === 'which' || (!t.capitalized && t.lower.endsWith('ing') && !DAY_PARTS.has(t.lower) && !ARTICLES.has(rest[n - 1]?.lower ?? at(tokens, k).lower) && !POSSESSIVES.has(rest[n - 1]?.lower ?? '')));
  }
  return false;
}
const BOASTS = new Set(['boasts', 'boasted', 'boast', 'boasting']);
const HAVING_AMOUNTS = new Set(['some', 'more', 'dozens', 'hundreds', 'thousands', 'millions', 'one']);
const SAYING_NOTHING = new Set(['nothing', 'little']);
const DEGREES_OF_NOTHING = new Set(['almost', 'virtually', 'practically', 'next', 'to', 'very', 'precious', 'relatively', 'so']);
const NOTHING_MORE = new Set(['new', 'more', 'further', 'else']);
/** Whether an auxiliary follows from k in the clause, before a word opening another clause: "nothing in it had been". */
const verbOfNothing = (tokens: readonly Token[], k: number): boolean => clauseWithin(tokens, k, tokens.length, CLAUSE_AFTER_SILENCE, true);
const CLAUSE_AFTER_SILENCE = new Set(['as', 'when', 'while', 'until', 'but', 'and', 'because', 'since', 'though', 'although', 'that', 'which', 'who', 'whether', 'if', 'what', 'how', 'why', 'where']);
// What may follow "said nothing" and leave it silence: a clause of time or a topic ("as", "when", "about the plan"), or
// "nothing new", "nothing more" (not "nothing more had changed", a clause of its own).
const SILENCE_ENDS = new Set(['as', 'when', 'while', 'during', 'after', 'before', 'until', 'about', 'of', 'on', 'in', 'at', 'to', 'and', 'but', 'new', 'more', 'further', 'else']);

/** Whether "and" or "but" stands before the verb at i, adverbs and auxiliaries between: "and later said". */
const joinedToClause = (tokens: readonly Token[], i: number): boolean => CONJUNCTIONS_OF_CLAUSES.has(at(tokens, skipBetween(tokens, i - 1)).lower);

/** Where the comma opening ", however," or ", in fact," stands, when its closing comma is at `comma`; -1 if none does. */
function asideOpening(tokens: readonly Token[], comma: number): number {
  if (at(tokens, comma).text !== ',') return -1;
  if (isAside(at(tokens, comma - 1)) && at(tokens, comma - 2).text === ',') return comma - 2;
  return TWO_WORD_ASIDES.has(`${at(tokens, comma - 2).lower} ${at(tokens, comma - 1).lower}`) && at(tokens, comma - 3).text === ',' ? comma - 3 : -1;
}

/** The last word before ", however," or ", in fact," when it parts an auxiliary from the verb at i; -1 if none does. */
function auxiliaryBeforeAside(tokens: readonly Token[], i: number): number {
  const opening = asideOpening(tokens, i - 1);
  if (opening <= 0) return -1;
  // "have not, however, said": a negation may follow the auxiliary.
  const auxiliary = isNegation(at(tokens, opening - 1)) ? opening - 2 : opening - 1;
  return AUXILIARIES.has(at(tokens, auxiliary).lower) ? opening - 1 : -1;
}

/** A past form right after "and" or "but" (adverbs between): "and urged", "but later praised". */
function joinedAct(tokens: readonly Token[], i: number): boolean {
  const verb = at(tokens, i);
  if (passiveBefore(tokens, skipBetween(tokens, i - 1))) return false;
  // With something after it: "is grim and rarely told." is a passive.
  return !verb.capitalized && isPastForm(verb.lower) && isWord(at(tokens, i + 1)) && !verb.endsSentence && joinedToClause(tokens, i);
}

/** "per Acme", "Per the agency,", "per the report": "per" before a source, not "$5 per hour". */
function perSource(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  // ", per ESPN", "Per Reuters,", "worth $40 million per ESPN": a name; not a unit a rate is per, capitalised in a
  // title-case headline or by mistake ("costs less per Person", "The Cost Per Head Rises", "Per Capita Income").
  // Nor a unit with a name before it ("250p per Acme share", "£2 per UK adult"), nor "Per" as a first name inside a
  // sentence ("chief executive Per Hansen").
  if (next.capitalized) {
    const unit = (w: Token) => UNITS_PER.has(w.lower) || TIME_UNITS.has(w.lower) || lexicon.isPersonNoun(w.lower);
    const firstName = at(tokens, i).capitalized && isWord(at(tokens, i - 1));
    return !unit(next) && !unit(at(tokens, i + 2)) && !unit(at(tokens, i + 3)) && !firstName && !inTitleCase(tokens);
  }
  // "$5 per share", "ten per report": a rate, not a source.
  if (STARTS_WITH_NUMBER.test(at(tokens, i - 1).text) || NUMBER_WORDS.has(at(tokens, i - 1).lower)) return false;
  // ", per sources", "Per league sources,", ", per reports": sports and tech desks' "according to", set off as it is;
  // "dollars per report" is a rate.
  // So does a record or body set off the same way: ", per a company filing", ", per a statement from the club".
  if (!isWord(at(tokens, i - 1))) {
    // ", per the county's emergency office": a body's possessive is the body.
    for (let k = i + 1; k <= i + 4 && isWord(at(tokens, k)); k++) {
      const word = at(tokens, k).lower.replace(POSSESSIVE, '');
      if (PER_INFORMANTS.has(word) || INSTITUTIONS.has(word) || RECORDS.has(word)) return true;
    }
  }
  if (next.lower !== 'the') return false;
  const noun = at(tokens, i + 2);
  return noun.capitalized || INSTITUTIONS.has(noun.lower) || RECORDS.has(noun.lower);
}

// Passives whose agent tells what follows: "was told by", "was assured by an aide that".
const TOLD_BY = new Set(['told', 'informed', 'assured', 'warned', 'advised']);
const PER_INFORMANTS = new Set(['source', 'sources', 'insiders', 'report', 'reports']);
// What a rate is per, besides people and spans of time: "per capita", "per head", "per share".
const UNITS_PER = new Set(['capita', 'head', 'person', 'people', 'adult', 'child', 'annum', 'acre', 'hectare', 'household', 'share', 'cent', 'unit', 'item', 'vehicle', 'car', 'mile', 'kilometre', 'kilometer', 'gallon', 'litre', 'liter', 'barrel', 'ton', 'tonne', 'pound', 'kilo', 'game', 'match', 'seat', 'room', 'night', 'ticket', 'code', 'call', 'visit', 'pupil', 'patient', 'kwh', 'mwh', 'gwh', 'kw', 'mw', 'gb', 'mb', 'tb', 'kg', 'km', 'lb', 'oz', 'sq', 'ft', 'mph']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
const COUNTED_OUT = new Set(['one', 'two', 'three', 'four', 'both', 'all']);
/**
 * Attributions the article does not make, so narrative: a supposed one ("if a company knows…") and a crowd or
 * unnamed one that only describes the name before it ("Scott Ode, who heads Acme, a group that has praised…").
 */
function markUnasserted(tokens: readonly Token[], out: SourceMatch[], from: number): void {
  for (let m = from; m < out.length; m++) {
    const match = out[m] as SourceMatch;
    const k = firstTokenFrom(tokens, match.sourceStart);
    if (k < 1 || k >= tokens.length || at(tokens, k).start !== match.sourceStart) continue;
    const before = at(tokens, k - 1);
    // Only through a relative clause: "…in Leeds, an official said" is a clause of its own.
    const relativeAfter = RELATIVE_PRONOUNS.has(at(tokens, firstTokenFrom(tokens, match.sourceEnd)).lower);
    // "Ann Marsh and Jo Ode, two of the women who…": so are those counted out of a group.
    const opener = INDEFINITE_ARTICLES.has(at(tokens, k).lower) || (COUNTED_OUT.has(at(tokens, k).lower) && at(tokens, k + 1).lower === 'of');
    const describesName = before.text === ',' && at(tokens, k - 2).capitalized && opener && relativeAfter;
    // "acting as though its members want to lose": a manner likened to a view is no view held, as "as if" is not.
    const asThough = before.lower === 'though' && at(tokens, k - 2).lower === 'as';
    const supposed = HYPOTHETICAL.has(before.lower) || asThough;
    // "if Reed says", "asked whether she believed", "would not say whether Reed backs it": a named speaker's
    // supposed or questioned words are no claim the article credits; "even if Reed says" grants them.
    if (match.kind === 'named-source') {
      if (supposed && at(tokens, k - 2).lower !== 'even') match.narrative = true;
      continue;
    }
    // "Senator Ann Marsh, a Leeds Republican who warned…": one person set beside a name is that named person.
    if (describesName && match.kind === 'anonymous-source') {
      match.kind = 'named-source';
      match.specificity = undefined;
    } else if (supposed || describesName) match.narrative = true;
  }
}

/**
 * "Prices will rise because investors fear inflation, analysts said.", "Farmers felt the council was “a club,” Reed
 * said.": everything before a closing speaker tag is what the speaker said, so a crowd or unnamed source inside it
 * is the speaker's claim, not the article's.
 */
function reportedCrowdsAsNarrative(tokens: readonly Token[], out: SourceMatch[]): SourceMatch[] {
  const last = tokens.length - 1;
  let end = last;
  while (end > 0 && !isWord(at(tokens, end))) end--;
  const tag = out.find((m) => m.cueStart === at(tokens, end).start || (m.cueStart >= 0 && m.sourceEnd === endOf([at(tokens, end)]) && m.cueStart < m.sourceStart));
  if (!tag) return out;
  const opening = Math.min(tag.sourceStart, tag.cueStart);
  const k = tokens.findIndex((t) => t.start === opening);
  // '…, analysts said' or, after a quotation's close, '…,” Reed said'.
  const commaAt = closesAfterComma(tokens, k - 1) ? k - 2 : k - 1;
  if (commaAt < 1 || at(tokens, commaAt).text !== ',') return out;
  const comma = at(tokens, commaAt).start;
  // "According to one witness, Reed shouted.": a sentence opening on its source is no claim before a tag.
  if (at(tokens, 0).lower === 'according') return out;
  // "Two officials said the plan had failed, Reuters reported.": a tag opening the sentence is a link in the chain
  // the closing one passes on, and the claim still rests on it.
  // Only a verb of telling what is so: a crowd's act there ("Donors pledged $2bn, the chair said", "Most residents
  // rejected the plans, the council said") is the closing source's account, as it was; so is telling a third person
  // ("Acme executives told the cast …, one actor said").
  const openingTag = (m: SourceMatch) => {
    const cue = firstTokenFrom(tokens, m.cueStart);
    const told = AUDIENCE_VERBS.has(at(tokens, cue).lower);
    return m.sourceStart === at(tokens, 0).start && m.cueStart >= m.sourceEnd && INFORMING.has(at(tokens, cue).lower) && cue === firstTokenFrom(tokens, m.sourceEnd) && (!told || toldThePress(tokens, cue));
  };
  for (const m of out) if (m !== tag && m.kind !== 'named-source' && m.end <= comma && !openingTag(m)) m.narrative = true;
  return out;
}
