// References across sentences: "he said", "the official added", "they argue", "the study found" take the kind of
// what they refer to. Named stays named; a person first introduced without a name stays anonymous, however
// they are called later; and a reference with nothing to refer to is judged on its own words.
import * as lexicon from './lexicon';
import { HONORIFICS, isOnePersonsRole, PRESS_AT_LARGE, type SourceKind, type SourceClass } from './classify-source';
import { lettersEnd, type Token } from './tokens';
import type { SourceSpecificity } from './types';

const { GROUP_PLURALS, INSTITUTIONS, isPeoplePlural, isPersonRole, NUMBER_WORDS, PEOPLE_ADJECTIVES, SPOKESPEOPLE } = lexicon;
// Bodies people form, which "the group" names once the article gives its name.
const GROUPS_OF_PEOPLE = new Set(['group', 'coalition', 'alliance', 'association', 'network']);
// Who made a record, and speak for it: not its critics or readers.
const RECORD_MAKERS = new Set(['authors', 'researchers', 'organisers', 'organizers', 'pollsters', 'writers', 'editors', 'compilers']);
const DOCUMENTS = new Set(['report', 'study', 'survey', 'paper', 'analysis', 'poll', 'review', 'filing', 'memo', 'letter', 'article', 'book']);

/** Someone or something the article has mentioned as a source, in the order the article mentions them. */
export interface Mention {
  kind: SourceKind;
  specificity: SourceSpecificity | undefined;
  /** The phrase as the article put it. */
  text: string;
  /** Lower-case singular head noun ("official", "study"), or "" for a name. */
  head: string;
  plural: boolean;
  /** A name of a group ("Researchers at Leeds"), which "they" may refer to though the name has no plural head. */
  namesGroup?: boolean;
  paragraph: number;
  sentence: number;
  /** Introduced in passing ("a man", "an official"), not as a source: a description may refer back to it, a pronoun not. */
  inPassing: boolean;
  /** Given in a headline, a paragraph of one sentence opening the text, which leaves names out for the article to give. */
  headline?: boolean;
  /** Anonymous sources only: whether the article said why the source is unnamed. */
  anonymityReasonGiven: boolean | undefined;
  /** A surname alone ("Marsh"), in passing, of someone the article named in full before: only "he" or "she" refers to it. */
  surname?: boolean;
  /** For a reference ("the person", "he"), the mention that first introduced whom it refers to. */
  firstMention?: Mention;
  /** A name in passing inside a quotation, or describing someone else ("a Tom Reed supporter"). */
  notInView?: boolean;
  /** For a name opening its sentence, the role set beside it after a comma: "nurse" for "Ann Marsh, a nurse at the clinic,". */
  roleBeside?: string;
  /** A name opening its sentence with nothing beside it but an age: "Gwen Parry said", "Amira Yusuf, 16, said". */
  nameAlone?: boolean;
}

export interface ReferenceShape {
  pronoun?: string;
  head?: string;
  plural?: boolean;
  /** "officials said": the people of a body, named when the article names the body nearby (guide). */
  ofBody?: boolean;
  /**
   * "Health authorities in Leeds": the people of a body described by what it does or where (these words), named only
   * by a body the next sentence names with one of them ("the Leeds health board").
   */
  ofBodyDescribed?: readonly string[];
  /** "a study": refers only to a named document of the same kind nearby, or one the next sentence names. */
  indefinite?: boolean;
  /** "a group of nurses": named only by a next sentence that opens with "the group" and its name. */
  group?: boolean;
  /** "Another said", after "One former trustee said": one more of the unnamed people just quoted. */
  another?: boolean;
  /** "One of them said", after "Two aides, who asked not to be named, said": one of the unnamed group just quoted. */
  oneOf?: boolean;
  /** "the man who ran the mill for years": a description its own relative clause completes, with no comma between. */
  epithet?: boolean;
  /** "the two voters": two people, whom the last two names stand for, never one person described before. */
  pair?: boolean;
  /** "the state elections board": a body described by more than its kind, which another kind of body is not. */
  qualified?: boolean;
  /** The words between the determiner and the head: "sanders" in "the Sanders supporter". */
  modifiers?: readonly string[];
}

export interface Resolution extends SourceClass {
  /** The earlier mention it refers to. */
  antecedent: Mention;
}

// Words that open an informant's description after its head: "a consultant close to the ad".
const POSTMODIFIERS = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'who', 'whose']);
const PARTICIPLE = /^(?:led|\p{L}{2,}(?:ed|ing))$/u;
// Where people are, or what they have: "nurses at the hospital", "two people with some knowledge of the bank's books".
const PLACE_OF_PEOPLE = new Set(['at', 'in', 'from', 'of', 'across', 'inside', 'near', 'on', 'with']);
// Words for one informant, whoever they are: never a name the article gave.
// So are a leaker's and a tipster's: "According to the leaker", "The tipster said".
const UNNAMED_HEADS = new Set(['source', 'insider', 'person', 'individual', 'leaker', 'tipster']);
// Words for someone by the access they gave, which may rename an unnamed informant: "the official", "the observer".
const INFORMANT_WORDS = new Set(['official', 'observer']);
// "the man", "the woman": someone the story met unnamed ("a farmer fined … the man had written"), not whoever it
// named last; but "said the man who ran the mill for years" is a writer's epithet for the one it is about.
const UNNAMED_PEOPLE = new Set(['man', 'woman']);
// So are a verb's objects: "led him to say", "prompted them to ask".
const POSSESSIVE_PERSONS: Record<string, string> = { his: 'he', her: 'she', their: 'they', him: 'he', them: 'they' };
export const SINGULAR_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'both']);
// Read once: under a CommonJS loader each read of a namespace's binding is a getter call.
const INDEFINITE = lexicon.INDEFINITE_ARTICLES;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const PRONOUN = /^(?:it|its|he|she|his|her|they|their)$/i;
// People who speak for a body as a body: "officials said", "officers said" after the agency or the force is named.
const BODY_SPEAKERS = new Set(['officials', 'officers', 'executives', 'authorities', 'regulators']);
const QUANTIFIED = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'others', 'all', 'both', 'a', 'an', 'one', 'another', 'two', 'three']);
const PLACE_AFTER_BODY = new Set(['in', 'of', 'at', 'from']);
// What such people speak for, at the end of its name or as the head of its description: "Acme Bank", "the ministry".
const BODIES = new Set([
  'company', 'firm', 'agency', 'ministry', 'department', 'government', 'military', 'police', 'office', 'commission', 'committee',
  'council', 'board', 'bank', 'army', 'campaign', 'authority', 'service', 'institute', 'university', 'hospital', 'school',
  'regulator', 'administration', 'embassy', 'force', 'corporation', 'group', 'inc', 'ltd', 'airlines', 'airways',
  'organization', 'organisation', 'foundation', 'center', 'centre', 'union', 'association', 'society', 'charity', 'shelter',
  'museum', 'zoo', 'library', 'prison', 'airport', 'district', 'court', 'club', 'league', 'federation', 'coalition',
  'utility',
]);
// Records named by no article: "new polling finds".
// "Report: …", "Poll: …" as a headline's rubric too.
const BARE_RECORDS = new Set(['polling', 'report', 'poll', 'survey', 'study']);
// Titles that on their own name one office holder ("the president"): already named by their own words.
// And one in public life, whom an unnamed one stays: "a senior party figure … the figure added".
const SPEAKER_ROLES = new Set([...SPOKESPEOPLE, 'candidate', 'spokesman', 'spokeswoman', 'spokesperson', 'figure']);
const isRoleWord = (word: string): boolean => isPersonRole(word) || SPEAKER_ROLES.has(word);
// A reference reaches back over its own paragraph and the one before.
const PARAGRAPH_REACH = 1;

// Crowds whose plural has no "-s": "people say", "many men said".
const PLURALS_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'police', 'folk']);
/** Whether a word is plural, given the singular it reads as: "officials" (official), "people". */
const isPluralOf = (word: string, singularForm: string): boolean => singularForm !== word || PLURALS_WITHOUT_S.has(word);
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** What a source phrase is, as a reference: a pronoun, a definite description with its head, or neither. */
export function referenceShape(words: readonly string[]): ReferenceShape | null {
  if (words.length === 1) {
    // "his claim", "her view": whose it is, as "he" and "she" are who speaks.
    // "They've said", "we're told": a pronoun with its auxiliary run in.
    const w = POSSESSIVE_PERSONS[words[0] as string] ?? (words[0] as string).replace(/['’]s$/, '').replace(lexicon.AUXILIARY_RUN_IN, '');
    // "Both said": a plural pronoun as "they" is, for a pair.
    if (SINGULAR_PERSON_PRONOUNS.has(w) || PLURAL_PRONOUNS.has(w)) return { pronoun: w };
    if (BODY_SPEAKERS.has(w)) return { head: singular(w), plural: true, ofBody: true };
    if (w === 'another') return { another: true };
    if (!BARE_RECORDS.has(w)) return null;
  }
  if (words.length === 3 && words[0] === 'one' && words[1] === 'of' && (words[2] === 'them' || words[2] === 'those')) return { oneOf: true };
  // "Health authorities in Inner Leeds", "the county's health officials": the people of a body told by its field or
  // its place, which the next sentence may name ("… The Leeds health board said"). Not a share or a count of them
  // ("some officials", "two officials"), which are people, not the body.
  const described = words.findIndex((w) => BODY_SPEAKERS.has(w));
  const placed = described >= 0 && described < words.length - 1 && words.length - described <= 5 && PLACE_AFTER_BODY.has(words[described + 1] as string);
  if ((placed || (described > 0 && described === words.length - 1)) && !words.slice(0, described).some((w) => DEFINITE.has(w) || QUANTIFIED.has(w)) && !NUMBER_WORDS.has(words[0] as string) && !/\d/.test(words.join(' '))) {
    return { head: singular(words[described] as string), plural: true, ofBody: true, ofBodyDescribed: words.filter((w, k) => k !== described && !PLACE_AFTER_BODY.has(w) && w !== 'the').map((w) => w.replace(/['’]s$/, '')) };
  }
  // "both men said", "all three candidates agreed": a pair or a counted group refers back as "both" and "the
  // candidates" do.
  // "Both women" is a pair the story has named, read as the one description it is ("the women" is a crowd).
  if (words[0] === 'both' && words.length === 2) {
    const shape = referenceShape(['the', words[1] as string]);
    return shape && PLURALS_WITHOUT_S.has(words[1] as string) ? { ...shape, plural: false } : shape;
  }
  // "all of the candidates", "both of the nominees".
  if ((words[0] === 'all' || words[0] === 'both') && words[1] === 'of' && words[2] === 'the') return referenceShape(words.slice(2));
  if ((words[0] === 'all' || words[0] === 'the') && NUMBER_WORDS.has(words[1] as string) && words.length > 2) {
    const shape = referenceShape(['the', ...words.slice(2)]);
    // "the two voters": a pair, never the one voter met before.
    return shape && words[1] === 'two' && shape.plural ? { ...shape, pair: true } : shape;
  }
  // "a group of nurses", "a coalition of parents": a body the next sentence may name ("The group, Ward Watch,
  // wrote …"), else a crowd on its own words.
  if (INDEFINITE.has(words[0] as string) && GROUPS_OF_PEOPLE.has(words[1] as string) && words[2] === 'of' && words.length <= 5) {
    return { head: words[1] as string, plural: false, indefinite: true, group: true };
  }
  // "a new study reports", "new polling shows": named when the article names the study nearby, else vague on
  // its own words.
  const last = words[words.length - 1] as string;
  const bareRecord = BARE_RECORDS.has(last) && !DEFINITE.has(words[0] as string);
  if (((INDEFINITE.has(words[0] as string) && DOCUMENTS.has(last)) || bareRecord) && words.length <= 4) {
    return { head: last, plural: false, indefinite: true };
  }
  // "The study's authors said" after "A study found": the people of a record are as named as the record is.
  const record = (words[1] ?? '').replace(/['’]s$/, '');
  if (words.length === 3 && words[0] === 'the' && record !== words[1] && DOCUMENTS.has(record) && RECORD_MAKERS.has(last)) return referenceShape(['the', record]);
  if (!DEFINITE.has(words[0] as string) || words.length > 6) return null;
  // "the media", "the U.S. news media", "the press": the press at large, no one outlet the story named before.
  if (PRESS_AT_LARGE.has(last)) return null;
  const head = singular(last);
  // "The examiner said", "the registrar added": one person by a noun the lexicon knows, which an unnamed one met
  // before with that noun stays (resolveReference finds the same head first).
  const onePerson = words.length === 2 && head === last && lexicon.isPersonNoun(last);
  // "the same polling", "the polling": a record the story met bare ("Polling shows …") refers back as "the poll" does.
  if (!isPersonReference(words) && !INSTITUTIONS.has(last) && !INSTITUTIONS.has(head) && !onePerson && !BARE_RECORDS.has(last)) return null;
  // "the former Labour council candidate", "the retired Leeds dairy farmer": a longer description refers back
  // only as one person's role, with nothing but modifiers before it ("the mayor's old friends and allies", "those
  // who voted for him" are crowds of their own).
  if (words.length > 4 && !(head === last && isRoleWord(head) && words.slice(1).every((w) => !LINKING_WORDS.has(w) && !/['’]s$/.test(w)))) return null;
  return { head, plural: isPluralOf(last, head), qualified: words.length > 2, modifiers: words.slice(1, -1) };
}

const LINKING_WORDS = new Set(['and', 'or', 'of', 'who', 'that', 'which', 'with', 'for', 'in', 'to', 'by', 'from', 'at', 'on']);

// The people a race is between: "the candidates", "the contenders".
const CONTEST_ROLES = new Set(['candidate', 'contender', 'nominee', 'hopeful', 'rival', 'finalist', 'front-runner', 'frontrunner']);
/**
 * "the candidates", "the GOP contenders", "both nominees": the people a race is between, whom the story makes clear
 * once it has named them, however far back (named roles, as "the company" is).
 */
export const isContestRole = (shape: ReferenceShape): boolean => !!shape.plural && CONTEST_ROLES.has(shape.head ?? '');

/** Whether a description refers to a person by role ("the Labour candidate"), not to a body or a document. */
export function isPersonReference(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && (isRoleWord(singular(last)) || isPeoplePlural(last));
}

/** The head noun of a freshly introduced source phrase, for later references to find it by. */
export function headOf(words: readonly string[]): { head: string; plural: boolean } {
  // An informant's head comes before what describes them: "a consultant close to the ad" is no ad.
  // So do people before where they work or live: "several nurses at the hospital" are nurses, whom "they" refers to.
  // So do people before a participle that describes them: "the aides, led by their campaign manager", "nurses working
  // nights".
  // And "a source at the Leeds radio station", "a nurse at the hospital": an unnamed informant or one person's role
  // before where they are.
  const described = words.findIndex((w, k) => k > 0 && (POSTMODIFIERS.has(w) || ((PLACE_OF_PEOPLE.has(w) || PARTICIPLE.test(w)) && (isPeoplePlural(words[k - 1] as string) || UNNAMED_HEADS.has(words[k - 1] as string) || isPersonRole(words[k - 1] as string)))));
  for (let k = (described > 0 ? described : words.length) - 1; k >= 0; k--) {
    const w = (words[k] as string).replace(/['’]s$/, '');
    const s = singular(w);
    // One person by a noun the lexicon knows: "A minister who asked not to be named", "an examiner who …".
    if (isRoleWord(s) || INSTITUTIONS.has(w) || INSTITUTIONS.has(s) || isPeoplePlural(w) || (w === s && lexicon.isPersonNoun(w))) return { head: s, plural: isPluralOf(w, s) };
    // "New polling shows": a bare record is what "the polling" refers back to.
    if (k === words.length - 1 && BARE_RECORDS.has(w)) return { head: w, plural: false };
  }
  return { head: '', plural: false };
}

interface Word {
  lower: string;
  capitalized: boolean;
  boundary: boolean;
  endsSentence: boolean;
  start: number;
  end: number;
}

/** Someone a sentence mentions in passing: a name, or a person role after "a"/"an" (its `head`). */
export interface PassingMention {
  named: boolean;
  start: number;
  end: number;
  head: string;
}

/** A comma at j with a capitalised word on either side: the description beside it belongs to a name. */
const besideName = (words: readonly Word[], j: number) => words[j]?.lower === ',' && (words[j - 1]?.capitalized || words[j + 1]?.capitalized);

// Titles as written before a name: "Sen. Ann Marsh", "Gov. Tom Reed".
const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  senator: ['sen'], governor: ['gov'], representative: ['rep'], president: ['pres'], general: ['gen'], admiral: ['adm'],
  colonel: ['col'], lieutenant: ['lt'], sergeant: ['sgt'], captain: ['capt'], professor: ['prof'], doctor: ['dr'], secretary: ['sec'],
};
const PERSON_TITLES: ReadonlySet<string> = new Set(Object.entries(TITLE_ABBREVIATIONS).flat(2));

/**
 * People a sentence mentions in passing, for later references: names ("Ann Marsh", "Mr. Smith") and
 * people introduced without one ("a man", "a senior official"), leaving out descriptions set beside a name
 * ("Lopez, a councillor", "a former aide, John Smith").
 */
export function passingMentions(words: readonly Word[], isName: (k: number) => boolean): PassingMention[] {
  const out: PassingMention[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    // "Mr. Reed", "Mrs. Ode": an honorific before one name is a person's name as two names are.
    if (w.capitalized && HONORIFICS.has(w.lower) && k + 1 < words.length && isName(k + 1) && !(k + 2 < words.length && isName(k + 2))) {
      out.push({ named: true, start: w.start, end: lettersEnd(words[k + 1] as Word), head: '' });
      k++;
      continue;
    }
    if (w.capitalized && isName(k) && k + 1 < words.length && isName(k + 1)) {
      let e = k + 1;
      while (e + 1 < words.length && isName(e + 1)) e++;
      // "Admiral Tom Reed", "Sen. Ann Marsh": the title before a name is kept with it, for "the admiral" to find.
      const title = words[k - 1];
      const titled = title?.capitalized === true && PERSON_TITLES.has(title.lower.replace(/\.$/, ''));
      out.push({ named: true, start: (titled ? title : w).start, end: lettersEnd(words[e] as Word), head: '' });
      k = e;
      continue;
    }
    // Only "a" and "an" open a mention: read the word only when it is that short.
    if (w.end - w.start > 2 || !INDEFINITE.has(w.lower)) continue;
    for (let h = k + 1; h <= k + 4 && h < words.length; h++) {
      const head = words[h] as Word;
      if (head.boundary || head.capitalized) break;
      if (!isPersonRole(head.lower)) continue;
      if (!besideName(words, k - 1) && !besideName(words, h + 1)) out.push({ named: false, start: w.start, end: lettersEnd(head), head: head.lower });
      break;
    }
  }
  return out;
}

/**
 * The body a sentence opens with as the subject of what it did, not as a source: "Humberside Police have opened an
 * inquiry", "The Environment Agency issued warnings", for "officials said" and "the agency said" to refer back to. A
 * run of capitalised words that ends in a body's word; the word alone ("Police said") names none. Not a body named
 * later in the sentence, which may be only where something happened ("gunmen stormed the Bardo Museum").
 */
export function bodyOpening(words: readonly Word[]): PassingMention | undefined {
  let e = 0;
  while (e + 1 < words.length && (words[e + 1] as Word).capitalized && !(words[e + 1] as Word).boundary) e++;
  const first = words[0];
  const last = words[e] as Word;
  // The body does something: a verb follows, not "was" or "is" ("The Hull Museum was stormed" is only where), and no
  // preposition opens the run ("Outside Leeds Crown Court, …", "Unlike Humberside Police, …").
  const next = words[e + 1];
  const acts = next !== undefined && !next.boundary && !next.capitalized && !BEFORE_NO_ACT.has(next.lower);
  return first?.capitalized && e > 0 && BODIES.has(last.lower) && acts && !OPENS_NO_BODY.has(first.lower) ? { named: true, start: first.start, end: lettersEnd(last), head: last.lower } : undefined;
}
const BEFORE_NO_ACT = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s', 'and', 'or', 'of']);

/**
 * Records a maker's name puts in view in passing, for "the reports" or "the survey" to refer to later: "freshly filed
 * Federal Election Commission reports that track spending … The reports show". The maker is two capitalised words or
 * more, or initials ("CBO report"); one capitalised word is as often a place ("an Iowa poll").
 */
export function recordsInPassing(words: readonly Token[]): (PassingMention & { plural: boolean })[] {
  const found: (PassingMention & { plural: boolean })[] = [];
  for (let k = 1; k < words.length; k++) {
    const noun = words[k] as Token;
    // The head as a reference to it reads it ("The reports" is "report"), so that one finds the other.
    const head = singular(noun.lower);
    if (!RECORDS_IN_PASSING.has(head) || noun.capitalized || noun.boundary) continue;
    let j = k;
    while (j > 0 && (words[j - 1] as Token).capitalized && !(words[j - 1] as Token).boundary) j--;
    // "The Acme News-Leeds Post poll … was released": the article opening the sentence is no part of the maker.
    if (j === 0 && ((words[0] as Token).lower === 'the' || INDEFINITE.has((words[0] as Token).lower))) j = 1;
    const maker = words.slice(j, k);
    const initials = maker.length === 1 && /^\p{Lu}{2,}$/u.test((maker[0] as Token).text);
    if (j > 0 && (maker.length >= 2 || initials)) found.push({ named: true, start: (words[j] as Token).start, end: lettersEnd(noun), head, plural: isPluralOf(noun.lower, head) });
  }
  return found;
}
// Record nouns by their singular.
const RECORDS_IN_PASSING = new Set(['report', 'study', 'survey', 'poll', 'audit', 'filing', 'review']);
// Words opening a run of capitals that put the body in a place or a time, not in action (classify-source has its own
// opening prepositions, for source phrases).
const OPENS_NO_BODY = new Set(['outside', 'inside', 'unlike', 'like', 'at', 'in', 'on', 'for', 'from', 'with', 'without', 'after', 'before', 'under', 'over', 'behind', 'beyond', 'despite', 'across', 'against', 'among', 'around', 'by', 'during', 'into', 'through', 'toward', 'towards', 'near', 'beside', 'besides', 'via', 'within', 'to', 'as', 'since', 'until', 'while', 'when', 'if', 'but', 'and', 'so', 'yet', 'then', 'also', 'meanwhile', 'still', 'even']);

// Heads that say whether the person is a man or a woman: "he" does not refer to "a woman in Leeds".
const FEMALE_HEADS = /(?:woman|wife|mother|daughter|sister|girl|actress|lady|widow|grandmother|aunt|niece)$/;
const MALE_HEADS = /(?:^man|[^o]man|husband|father|son|brother|boy|actor|widower|grandfather|uncle|nephew)$/;
// Honorifics that say the same of a name: "he" does not refer to "Mrs. Marsh".
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss)\b/;
const MALE_HONORIFIC = /^Mr\b/;
export function genderClash(pronoun: string, m: Mention, pronouns: PronounsOfNames | undefined): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  // "He later wrote … She told": a mention that was itself "he" is no "she", whoever it referred to.
  const own = m.text.toLowerCase();
  const ownPronoun = SINGULAR_PERSON_PRONOUNS.has(own) ? own : POSSESSIVE_PERSONS[own];
  if (ownPronoun === 'he' || ownPronoun === 'she') return ownPronoun !== pronoun;
  // "Mr. Reed … he said … Reed": a name "he" has referred to, or given with "Mr.", is no "she" further on. One such
  // reference may itself be a mistake, so it takes two, and more of them than of the other pronoun.
  const counts = m.head === '' && pronouns ? pronounsFor(pronouns, m) : undefined;
  if (counts) {
    const [same, other] = pronoun === 'he' ? [counts.he, counts.she] : [counts.she, counts.he];
    if (other >= 2 && other > same) return true;
  }
  // "Sonya Zoghlin", "Emily Maitlis": a common first name says as much, unless the article's own pronouns for the
  // name lean the other way ("Jim Bennett … he explained … She said" is no "she" for him).
  // A surname alone says it by the first name the article gives it, unless a pronoun has referred to it against that.
  const named = m.head === '' ? firstNameGender(m) : undefined;
  const given = m.head === '' && !named ? givenNameGender(m, pronouns) : undefined;
  const byName = named ?? (given && !(counts && counts[given === 'he' ? 'she' : 'he'] > 0) ? given : undefined);
  if (byName && byName !== pronoun && !(counts && counts[pronoun] >= counts[byName] && counts[pronoun] > 0)) return true;
  if (pronoun === 'he') return FEMALE_HEADS.test(m.head) || (m.head === '' && FEMALE_HONORIFIC.test(m.text));
  return (MALE_HEADS.test(m.head) && !FEMALE_HEADS.test(m.head)) || (m.head === '' && MALE_HONORIFIC.test(m.text));
}

/**
 * "Sandra Inman … Inman said": a surname alone says what the one first name the article writes before it says; not
 * when it writes two ("Bill Clinton", "Hillary Clinton"), or another word inside a sentence ("President Reed"), which
 * may be a first name given to both sexes ("Chris"). A word opening a sentence counts only as a first name ("Then
 * Reed" is no one else).
 */
function givenNameGender(m: Mention, pronouns: PronounsOfNames | undefined): 'he' | 'she' | undefined {
  const surname = /^\p{Lu}\p{Ll}+$/u.exec(m.text.replace(/[’']s$/, ''))?.[0];
  const before = surname ? pronouns?.wordsBefore?.(surname) : undefined;
  const words = new Set(before?.filter((w) => !w.opening || FEMALE_FIRST_NAMES.has(w.word) || MALE_FIRST_NAMES.has(w.word)).map((w) => w.word));
  if (words.size !== 1) return undefined;
  const first = [...words][0] as string;
  return FEMALE_FIRST_NAMES.has(first) ? 'she' : MALE_FIRST_NAMES.has(first) ? 'he' : undefined;
}

/**
 * "In Hull, Ann Marsh runs the mill. “…,” she said": for a "he" or "she" that refers to no speaker, the person this
 * paragraph last named in passing, when the name says "he" or "she" as the pronoun does; not a name inside someone's
 * words or describing someone else.
 */
export function personNamedInPassing(pronoun: string, earlier: readonly Mention[], paragraph: number, pronouns: PronounsOfNames | undefined): Mention | undefined {
  for (let k = earlier.length - 1; k >= 0 && (earlier[k] as Mention).paragraph === paragraph; k--) {
    const m = earlier[k] as Mention;
    if (!m.inPassing || m.kind !== 'named-source' || m.notInView) continue;
    // Past one who is surely of the other sex ("Mrs. Ode … of Mr. Reed's first term. She urged"), not past one unknown.
    if (genderClash(pronoun, m, pronouns)) continue;
    return genderAgrees(pronoun, m, pronouns) ? m : undefined;
  }
  return undefined;
}

/** Whether a name is surely one "he" or "she" refers to: by its first name, its honorific, or the article's pronouns. */
function genderAgrees(pronoun: string, m: Mention, pronouns: PronounsOfNames | undefined): boolean {
  if ((pronoun !== 'he' && pronoun !== 'she') || m.head !== '' || genderClash(pronoun, m, pronouns)) return false;
  const counts = pronouns ? pronounsFor(pronouns, m) : undefined;
  return (counts !== undefined && counts[pronoun] > 0) || firstNameGender(m) === pronoun || (pronoun === 'he' ? MALE_HONORIFIC : FEMALE_HONORIFIC).test(m.text);
}

// Common English first names that are one sex's in nearly every use; names given to both ("Jordan", "Kelly",
// "Lindsey", "Jean", "Terry") are left out.
const FEMALE_FIRST_NAMES = new Set(`abigail alexis alice amanda amber amy andrea angela ann anna ashley barbara betty beverly
  brenda brittany carly carol caroline carolyn catherine charlotte chelsea cheryl christina christine claire cynthia
  danielle deborah debra denise diana diane donna doris elena elise elizabeth emily emma evelyn fiona frances gloria
  grace hannah heather helen hilary hillary huma isabella ivanka jacqueline janet janice jennifer jessica joan joyce
  judith judy julia julie karen kate katherine kathleen kathryn katie kayla kellyanne kimberly laura lauren linda lisa
  lori louise margaret maria marie marilyn martha mary megan melania melissa michele michelle nancy natalie nicole
  nikki nina olivia pamela patricia rachel rebecca ruth sally samantha sandra sara sarah sharon shirley sonia sonya
  sophia stephanie susan susanna suzanne tammy teresa theresa tina valerie victoria virginia wendy yvonne zoe
  alicia alison allison amelia anne becky beth betsy bonnie carmen cathy cindy colleen debbie dorothy eileen eleanor
  ellen erica esther gina gwen holly irene jane jenna jenny jill joanna kamala kathy kristen leah liz lucy lynn maggie
  maureen melanie molly monica nadia naomi nora paula peggy penny rita rosa sandy sheila sue sylvia tanya vanessa
  veronica`.split(/\s+/));
const MALE_FIRST_NAMES = new Set(`aaron adam alan albert alexander andrew anthony arthur austin barack benjamin bernie bill
  billy bobby brandon brian bruce bryan carl charles christopher daniel david dennis donald douglas dylan edward
  elijah eric ethan eugene frank gabriel gary george gerald gregory harold henry jack jacob james jason jeb jeffrey
  jeremy jerry joe john jonathan jose joseph joshua juan justin keith kenneth kevin kyle larry lawrence louis marco
  mark matthew michael mike mitch mitt nathan newt nicholas noah patrick paul peter philip ralph rand randy raymond
  reince richard robert roger ronald roy rudy russell ryan samuel scott sean stephen steven ted thomas timothy tyler
  vincent walter wayne william zachary
  ahmed andy ben bob carlos chuck dan danny dave derek doug ed eddie fred greg hank harry howard ian jake jared jeff
  jim jimmy joel johnny jon luis luke marcus martin matt miguel mohammed muhammad neil nick nigel oliver omar owen
  pete phil ray rick ron simon steve stuart tim todd tom tommy tony trevor victor warren`.split(/\s+/));
const PLACE_AFTER_FIRST_NAME = /^(?:Hook|Beach|Falls|Island|Bay|Springs|Heights|Hills|County|City|Park|Lake|Valley|Harbou?r|Point|River|Street|Avenue|Road)\b/;
/**
 * "he" or "she" by a named mention's first name, when the name is a first name and a surname at least; past the
 * capitalised words of a title before it ("Hull Council Chairman Tom Ode").
 */
export function firstNameGender(m: Pick<Mention, 'text' | 'firstMention'>): 'he' | 'she' | undefined {
  const text = (m.firstMention ?? m).text;
  // "Mrs. Ode", "Mr. Reed": an honorific says it as a first name does.
  if (FEMALE_HONORIFIC.test(text)) return 'she';
  if (MALE_HONORIFIC.test(text)) return 'he';
  const words = text.split(/\s+/);
  for (let k = 0; k + 1 < words.length; k++) {
    const word = words[k] as string;
    // "Virginia Gov. Terry Reed": a place before a title is no first name.
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^\p{Lu}/u.test(words[k + 1] as string) || PERSON_TITLES.has((words[k + 1] as string).toLowerCase().replace(/\.$/, ''))) continue;
    const first = word.toLowerCase();
    // A place named after a person ("Sandy Hook", "Virginia Beach") has no sex.
    if (PLACE_AFTER_FIRST_NAME.test(words[k + 1] as string)) return undefined;
    if (FEMALE_FIRST_NAMES.has(first)) return 'she';
    if (MALE_FIRST_NAMES.has(first)) return 'he';
  }
  return undefined;
}
/**
 * How often "he" and "she" (an honorific counting twice) have referred to each name so far in an article, by full
 * name ("ann marsh") and by surname ("marsh"), and the full names given each surname.
 */
export interface PronounsOfNames {
  readonly counts: Map<string, { he: number; she: number }>;
  readonly fullNames: Map<string, Set<string>>;
  /** The capitalised words the article writes right before a surname ("Sandra" in "Sandra Inman"). */
  readonly wordsBefore?: (surname: string) => readonly WordBefore[];
}
/** A capitalised word written before another, lower case, and whether it opens its sentence ("Then Reed"). */
export interface WordBefore {
  word: string;
  opening: boolean;
}
export const noPronounsYet = (wordsBefore?: (surname: string) => readonly WordBefore[]): PronounsOfNames => ({ counts: new Map(), fullNames: new Map(), wordsBefore });
/** A named mention's surname, lower case, and its full name when a first name is given ("Mrs. Marsh's": "marsh"). */
function namesOf(m: Mention): { surname: string; full?: string } {
  const all = (m.firstMention ?? m).text.replace(/[’']s$/, '').split(/\s+/);
  // "Teresa Nielsen Hayden", "Patrick Nielsen Hayden": a first name before two more keeps two people apart.
  const first = all.length > 2 ? (all.at(-3) as string).toLowerCase() : '';
  const words = FEMALE_FIRST_NAMES.has(first) || MALE_FIRST_NAMES.has(first) ? [all.at(-3) as string, all.at(-1) as string] : all.slice(-2);
  const surname = (words.at(-1) ?? '').toLowerCase();
  const full = words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !HONORIFIC.test(words[0] as string);
  return full ? { surname, full: words.join(' ').toLowerCase() } : { surname };
}
/**
 * The pronouns counted for a mention: for a full name its own; for a surname alone those of everyone given it, unless
 * the article gave it to two people ("Melania Trump", "Donald Trump"), when "Trump" alone could be either.
 */
function pronounsFor(pronouns: PronounsOfNames, m: Mention): { he: number; she: number } | undefined {
  const { surname, full } = namesOf(m);
  if (full) return pronouns.counts.get(full);
  return (pronouns.fullNames.get(surname)?.size ?? 0) > 1 ? undefined : pronouns.counts.get(surname);
}
/**
 * Notes that "he" or "she" (`pronoun`) refers to the named person `m`; with no pronoun, notes `m` as named, and the
 * honorific its name opens with ("Mr. Reed", "Mrs. Marsh"), which counts twice.
 */
export function notePronoun(pronouns: PronounsOfNames, m: Mention, pronoun?: string): void {
  if (m.kind !== 'named-source' || m.head !== '') return;
  const { surname, full } = namesOf(m);
  if (!/^\p{Ll}+$/u.test(surname)) return;
  if (full) pronouns.fullNames.set(surname, (pronouns.fullNames.get(surname) ?? new Set()).add(full));
  const gender = pronoun === undefined ? (MALE_HONORIFIC.test(m.text) ? 'he' : FEMALE_HONORIFIC.test(m.text) ? 'she' : undefined) : pronoun === 'he' || pronoun === 'she' ? pronoun : undefined;
  if (!gender) return;
  for (const name of full ? [full, surname] : [surname]) {
    const counts = pronouns.counts.get(name) ?? { he: 0, she: 0 };
    counts[gender] += pronoun === undefined ? 2 : 1;
    pronouns.counts.set(name, counts);
  }
}
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\b/;

// "In an interview", "The sound system", "the Philippine Star", "NBC News and Bloomberg", "Factcheck.org", "CNN": phrases
// credited as named that "he" or "she" cannot be: a head noun that is no role, a name with "the" before it, two
// names, an address. "The Ohio governor", "the minister of energy" and "the paper's editor Tom Reed" can be.
const isPersonsRole = (word: string): boolean => isOnePersonsRole(word.toLowerCase());
export function onePersonsName(m: Mention): boolean {
  const text = (m.firstMention ?? m).text;
  if (/^(?:he|she)$/i.test(text)) return true;
  // "It added", "They said": a thing's or a group's pronoun names no person.
  if (/^(?:it|its|they|them|their)$/i.test(text)) return false;
  if (/\.(?:com|org|net)\b/i.test(text)) return false;
  const words = text.split(/\s+/);
  const and = words.findIndex((w) => w.toLowerCase() === 'and');
  if (and > 0 && (/^\P{Ll}/u.test(words[and - 1] ?? '') || /^(?:he|she)$/i.test(words[and - 1] ?? '') || words[and + 1] === 'others')) return false;
  const last = (words[words.length - 1] ?? '').replace(/[’']s$/, '');
  // "POLITICO", "NATO", "CNN": one word in capitals is a body's name or initials, no one "he" or "she" is.
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(last)) return false;
  const of = words.indexOf('of');
  if (isPersonsRole(last) || (of > 0 && isPersonsRole(words[of - 1] ?? ''))) return true;
  if (/^\p{Ll}/u.test(last)) return false;
  // "Right Wing Watch", "NBC News", "the Pew Research Center": a name that ends in a body's word is the body's, unless
  // a first name opens it ("Dave Camp", "Carter Page").
  const affiliation = words.findIndex((w, k) => k > 0 && AFFILIATIONS.has(w));
  if (endsInBodyWord(affiliation > 0 ? words.slice(0, affiliation) : words) && firstNameGender(m) === undefined && !PERSON_TITLE.test(text)) return false;
  return !(/^the$/i.test(words[0] ?? '') && words.slice(1).every((w) => /^\P{Ll}/u.test(w) && !/[’']s$/.test(w)));
}
// Where a person's name gives way to their body: "Tom Ode of the Hull Policy Institute", "Ann Marsh at Leeds University".
const AFFILIATIONS = new Set(['of', 'at', 'from', 'with']);
const endsInBodyWord = (words: readonly string[]): boolean => words.length > 1 && isBodyWord((words.at(-1) ?? '').toLowerCase());
const within = (m: Mention, paragraph: number) => paragraph - m.paragraph <= PARAGRAPH_REACH;
// How far back a description looks for the mention it repeats: far enough for any article, bounded for any page.
const MAX_LOOK_BACK = 400;

const PERSONAL_PRONOUN = /^(?:he|she|him|her|they|it)$/i;
const lastWordOf = (text: string): string => (text.split(/\s+/).at(-1) ?? '').replace(/[’']s$/, '').toLowerCase();
/**
 * The later of the last two people named one by one within reach (from `oldest` on), if there are two; with
 * `speakersOnly`, of two the article quoted, not named in passing.
 */
function namedPair(earlier: readonly Mention[], paragraph: number, oldest: number, speakersOnly = false): Mention | undefined {
  const surnames = new Set<string>();
  for (let k = earlier.length - 1; k >= oldest && within(earlier[k] as Mention, paragraph); k--) {
    const m = earlier[k] as Mention;
    // Two people's names, not a pronoun or a body's name, nor one person named twice ("Ann Marsh … Ms. Marsh").
    if (m.kind !== 'named-source' || (speakersOnly && m.inPassing) || m.plural || m.head !== '' || m.firstMention || PERSONAL_PRONOUN.test(m.text) || !onePersonsName(m)) continue;
    if (surnames.add(lastWordOf(m.text)) && surnames.size === 2) return m;
  }
  return undefined;
}

/**
 * "Two officials said … They said … He added": a sentence opened by "he" or "she" that no one person before it could
 * be is one of the unnamed people quoted in the sentence right before it (sentence `n - 1`).
 */
export function oneOfThoseQuoted(earlier: readonly Mention[], n: number): Mention | undefined {
  // No one in its paragraph is named.
  const last = earlier.at(-1);
  if (!last || last.inPassing || last.sentence !== n - 1 || !last.plural || last.kind !== 'anonymous-source') return undefined;
  return earlier.some((m) => m.paragraph === last.paragraph && m.kind === 'named-source') ? undefined : last;
}

/**
 * What a reference refers to, among `earlier` mentions (in article order), or null when it refers to nothing
 * the article has introduced and must be judged on its own words.
 * `nextNamed`: the next sentence names someone ("the study", then "The study, by Pew, …").
 */
export function resolveReference(
  shape: ReferenceShape,
  earlier: readonly Mention[],
  paragraph: number,
  nextNamed: Mention | undefined,
  pronouns?: PronounsOfNames,
): Resolution | null {
  const as = (m: Mention): Resolution => ({ kind: m.kind, specificity: m.specificity, antecedent: m });
  if (shape.pronoun) {
    const plural = PLURAL_PRONOUNS.has(shape.pronoun);
    // A person named in this paragraph, before it, even in passing.
    let namedHere: Mention | undefined;
    for (let k = earlier.length - 1; k >= 0; k--) {
      const m = earlier[k] as Mention;
      if (!within(m, paragraph)) break;
      if (m.inPassing) {
        if (!namedHere && !plural && m.kind === 'named-source' && m.paragraph === paragraph) namedHere = m;
        continue;
      }
      // A vague mention without a head is a phrase ("seen as", "some say"), no one "he" could be.
      const person = m.head === '' ? m.kind !== 'vague-attribution' && (m.kind !== 'named-source' || !SINGULAR_PERSON_PRONOUNS.has(shape.pronoun) || onePersonsName(m)) : isRoleWord(m.head) || lexicon.isPersonNoun(m.head);
      if ((m.plural || (plural && m.namesGroup === true)) === plural && (person || plural) && !genderClash(shape.pronoun, m, pronouns)) {
        // "… said one former aide. ¶ Marsh and Reed agreed to meet … which he views as": a paragraph that names
        // someone before its "he" has moved on from the speaker of the one before.
        return as(namedHere && m.paragraph < paragraph && m.kind !== 'named-source' && !genderClash(shape.pronoun, namedHere, pronouns) ? namedHere : m);
      }
    }
    // "Reed said … Marsh said … Both agreed": the pair the article has just named.
    const pair = shape.pronoun === 'both' ? namedPair(earlier, paragraph, 0) : undefined;
    return pair ? as(pair) : null;
  }
  if (earlier.some((m) => m.surname)) earlier = earlier.filter((m) => !m.surname);
  // "One former trustee said … Another said": one more of the kind last quoted, when that was an unnamed person; after
  // a crowd or a name, "another" is judged on its own words.
  if (shape.another) {
    for (let k = earlier.length - 1; k >= 0 && within(earlier[k] as Mention, paragraph); k--) {
      const m = earlier[k] as Mention;
      if (m.inPassing) continue;
      return m.kind === 'anonymous-source' && !m.plural ? as(m) : null;
    }
    return null;
  }
  // "Two aides, who asked not to be named, said … One of them said": one of the unnamed group last quoted, whose
  // description and reason for anonymity are the group's; after a named pair or a crowd it is judged on its own words.
  if (shape.oneOf) {
    for (let k = earlier.length - 1; k >= 0 && within(earlier[k] as Mention, paragraph); k--) {
      const m = earlier[k] as Mention;
      if (m.inPassing || !m.plural) continue;
      return m.kind === 'anonymous-source' ? as(m) : null;
    }
    return null;
  }
  // "Acme Bank said … Officials said": the body the article named in this paragraph or the one before, or names in
  // the next sentence ("Authorities confirmed a case. The Leeds health board said …"); else the officials are judged
  // on their own words.
  if (shape.ofBody) {
    // So does a body a sentence opened with, though it said nothing ("Humberside Police have opened an inquiry.
    // Officials said …"): a mention in passing with a body's head (analyze.ts), where other names in passing have none.
    const body = (m: Mention) => m.kind === 'named-source' && (!m.inPassing || m.head !== '') && BODIES.has(m.head || (m.text.toLowerCase().split(' ').at(-1) ?? ''));
    for (let k = earlier.length - 1; k >= 0 && within(earlier[k] as Mention, paragraph) && !shape.ofBodyDescribed; k--) {
      const m = earlier[k] as Mention;
      if (body(m)) return as(m);
    }
    const describedAs = (m: Mention) => !shape.ofBodyDescribed || m.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => shape.ofBodyDescribed?.includes(w));
    return nextNamed && body(nextNamed) && describedAs(nextNamed) ? as(nextNamed) : null;
  }
  if (shape.indefinite) {
    for (let k = earlier.length - 1; k >= 0 && within(earlier[k] as Mention, paragraph); k--) {
      const m = earlier[k] as Mention;
      if (m.kind === 'named-source' && m.head === shape.head) return as(m);
    }
    return nextNamed ? as(nextNamed) : null;
  }
  const oldest = Math.max(0, earlier.length - MAX_LOOK_BACK);
  // A description the article first gave without a name stays unnamed: "a senior official … the official said".
  // One is no many: "the Leeds Republican" does not refer to "Senate Republicans" before it.
  if (shape.pair && isPersonReference([shape.head ?? ''])) {
    const pair = namedPair(earlier, paragraph, oldest);
    if (pair) return as(pair);
  }
  for (let k = earlier.length - 1; k >= oldest; k--) {
    const m = earlier[k] as Mention;
    // "Ann Marsh, the housing minister, said … The minister added": a name given that role nearer than an unnamed one.
    if (m.kind === 'named-source' && !shape.plural && shape.head && m.roleBeside === shape.head) return as(m);
    if (m.head !== shape.head || (m.plural && !shape.plural) || (shape.pair && !m.plural)) continue;
    // "Leeds speechwriter reveals…" in a headline, then "Cross said … The speechwriter said": the article names him.
    if (m.headline && m.kind !== 'named-source') continue;
    if (m.kind !== 'named-source' || within(m, paragraph)) return as((m.inPassing && !shape.plural && namedInTheNextSentence(earlier, m, shape.head ?? '')) || m);
  }
  // "a source close to the mayor said … That person said": one unnamed informant, whatever word described them first.
  if (UNNAMED_HEADS.has(shape.head ?? '') || (UNNAMED_PEOPLE.has(shape.head ?? '') && !shape.epithet)) {
    for (let k = earlier.length - 1; k >= oldest && within(earlier[k] as Mention, paragraph); k--) {
      const m = earlier[k] as Mention;
      if (m.kind === 'anonymous-source' && !m.plural && !m.inPassing) return as(m);
    }
    return null;
  }
  // "A senior diplomat, who asked not to be named, said … The official added", "A person who attended every day said …
  // The observer added": an informant's other word for the unnamed person the paragraph has just quoted, however
  // many names the story gave before.
  if (INFORMANT_WORDS.has(shape.head ?? '') && !shape.plural) {
    const last = earlier.findLast((m) => !m.inPassing && m.paragraph === paragraph);
    if (last?.kind === 'anonymous-source' && !last.plural && last.head !== '' && isRoleWord(last.head)) return as(last);
  }
  // Otherwise a name nearby is what "the official" or "the report" stands for.
  // A body or a record ("the company", "the poll") is one a source phrase named, not a name met in passing (a place
  // or a person mentioned on the way: "in North Hull", "a poll of Leeds voters") nor a pronoun that refers to no one.
  const ofPerson = isPersonReference([shape.head ?? '']);
  // "Admiral Harris … the admiral said", "Sen. Ann Marsh … the senator added": a name given with the same title.
  if (ofPerson && !shape.plural && shape.head) {
    const titles = new Set([shape.head, ...(TITLE_ABBREVIATIONS[shape.head] ?? [])]);
    // A name's text holds the title capitalised ("Admiral", "Adm."): a cheap test before the words are read.
    // A loop, not `map`, for the reason `lowersOf` (tokens.ts) gives.
    const capitalised: string[] = [];
    for (const t of titles) capitalised.push(t.charAt(0).toUpperCase() + t.slice(1));
    for (let k = earlier.length - 1; k >= oldest; k--) {
      const m = earlier[k] as Mention;
      if (m.kind !== 'named-source' || m.plural || !capitalised.some((t) => m.text.includes(t))) continue;
      if (m.text.split(/\s+/).some((w, j, all) => titles.has(w.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(all[j + 1] ?? ''))) return as(m);
    }
  }
  // "The document states", "the probe said": such a record is no person the article named ("Sammy Aaron").
  const ofRecord = RECORD_HEADS.has(shape.head ?? '');
  // Nor is "the company" or "the agency" a person named before it ("Ann Marsh sued … Yet the company says").
  const ofBody = BODIES.has(shape.head ?? '') && !isRoleWord(shape.head ?? '');
  // A name stands for a body unless it is surely a person's: a title, a role or a first name ("Ms. Ode", "Tom Reed"),
  // not "Hull Insider" or "Leeds Rivers Matter".
  const standsFor = (m: Mention) => (ofRecord ? !isPersonMention(m) : !ofBody || !surelyAPerson(m, pronouns));
  // "The trial … the company said": a body or a person is never a record the article named ("the company" is no study).
  let named: Mention | undefined;
  for (let k = earlier.length - 1; k >= oldest && !named; k--) {
    const m = earlier[k] as Mention;
    if ((ofBody || ofPerson) && isRecordMention(m)) continue;
    // "The findings" or "the results" of one poll: a record stands for the record it comes from, one or many.
    const number = m.plural === !!shape.plural || (ofRecord && RECORD_HEADS.has(m.head));
    const nameWords = m.text.toLowerCase().split(/\s+/);
    const lastWord = nameWords.at(-1) ?? '';
    // "When the host pressed him, the candidate said": a person described by another role is someone else.
    // So is the one whose name qualifies the description: "the Sanders supporter" is not Sanders.
    const otherRole = ofPerson && (m.head !== '' ? m.head !== shape.head && isRoleWord(m.head) : !!shape.modifiers?.some((w) => nameWords.includes(w.replace(/['’]s$/, ''))));
    // A name met in passing is a person's only when it reads as one: not "the so-called Leeds Effect".
    // Nor is an outlet a person: "The Washington Post reported … The judge said" is not the Post (where "the official"
    // after "The Halden Foundation announced" may still be the foundation's).
    const outlet = OUTLET_NAME_WORDS.has(lastWord) || (m.head !== '' && OUTLET_NAME_WORDS.has(m.head));
    const notAPerson = ofPerson && ((m.head === '' && m.inPassing && !onePersonsName(m)) || outlet);
    // "the state elections board" is no "campaign" before it: a body described as one kind is not a body of another
    // ("the group" may still be "the Acme Foundation").
    const bodyOf = m.head || lastWord;
    const otherBody = ofBody && !!shape.qualified && bodyOf !== shape.head && BODIES.has(bodyOf);
    if (m.kind === 'named-source' && number && !otherRole && !notAPerson && !otherBody && (ofPerson || (!m.inPassing && !(PRONOUN.test(m.text) && !m.firstMention))) && standsFor(m)) named = m;
  }
  // A name met in passing is who a description stands for only when no source nearby was named: "the moderator said"
  // after a speaker named in the paragraph before is that speaker, not a place or a phrase named since.
  if (named?.inPassing && ofPerson) {
    for (let k = earlier.indexOf(named) - 1; k >= oldest && within(earlier[k] as Mention, paragraph); k--) {
      const m = earlier[k] as Mention;
      if (m.kind === 'named-source' && m.plural === !!shape.plural && !m.inPassing && m.head === '' && !PRONOUN.test(m.text) && !/^(?:his|her|their|its)\b/i.test(m.text) && onePersonsName(m)) {
        named = m;
        break;
      }
    }
  }
  // Nearby first; then, for one person described by role ("the Labour candidate"), whoever the article named before.
  if (named && (within(named, paragraph) || (!shape.plural && isRoleWord(shape.head ?? '')))) return as(named);
  if (shape.plural && !ofRecord && !GROUP_PLURALS.has(`${shape.head}s`) && !PEOPLE_ADJECTIVES.has(shape.head ?? '')) {
    // "the candidates", "the researchers": a group the article has just quoted member by member; not "the
    // Democrats", a party whatever members it names, nor "the joggers" after two names in passing.
    const pair = namedPair(earlier, paragraph, oldest, true);
    if (pair) return as(pair);
  }
  return nextNamed && standsFor(nextNamed) ? as(nextNamed) : null;
}

/**
 * "A councillor has resigned. Gwen Parry said she had been bullied. The councillor said …": the one person a story
 * met unnamed in passing, whom the next sentence names as its one named speaker (guide: named when the article names
 * the referent in the next sentence). Not a speaker the first sentence named already ("A doctor treating Tom Reed …
 * Reed said"), nor one given another role or said to be someone else ("Party leader Tom Reed said", "Ann Marsh, a
 * nurse, said", "Her husband, Tom Reed, said"), nor a body ("Police said").
 */
function namedInTheNextSentence(earlier: readonly Mention[], unnamed: Mention, head: string): Mention | undefined {
  const next = earlier.filter((e) => e.sentence === unnamed.sentence + 1 && e.kind === 'named-source');
  const speakers = next.filter((e) => !e.inPassing && !PRONOUN.test(e.text) && (e.head === '' || e.head === head) && onePersonsName(e));
  // Other names in that sentence only if they are the speaker's again ("Justice Harlow" in "Mr Justice Harlow").
  const speaker = speakers.length === 1 && next.every((e) => e === speakers[0] || speakers[0]?.text.includes(e.text)) ? speakers[0] : undefined;
  // Surely a person's name, opening its sentence alone or with the same role: not "Police" or "Hull Royal", not "The
  // mayor, Tom Reed," or "Tom Reed, who leads the group,".
  if (!speaker || !surelyAPerson(speaker, undefined) || !(speaker.nameAlone || speaker.roleBeside === head)) return undefined;
  const surname = speaker.text.split(/\s+/).at(-1) ?? '';
  return earlier.some((e) => e.sentence === unnamed.sentence && e.text.split(/\s+/).includes(surname)) ? undefined : speaker;
}

// Records a body makes or a case holds, never one person's words: not "the letter", "the statement", "the study",
// which the person named beside them often wrote.
const RECORD_HEADS = new Set(['poll', 'survey', 'probe', 'investigation', 'audit', 'document', 'video', 'lawsuit', 'result', 'finding']);
// What a record is called: a mention headed by one is a record, not a person or a body.
const RECORD_WORDS = new Set([...DOCUMENTS, ...RECORD_HEADS, 'trial', 'statement', 'data', 'figure', 'estimate', 'record']);
// Its head, or one of its first words in lower case ("results from a large trial"; "Acme Data Corp" is a body).
const isRecordMention = (m: Mention): boolean => RECORD_WORDS.has(m.head) || m.text.split(/\s+/).slice(0, 4).some((w) => w === w.toLowerCase() && RECORD_WORDS.has(singular(w)));
/**
 * A mention of one person: by a role ("the business mogul"), a pronoun, a title ("Mr. Hanson"), or a full name of two
 * to four words that no word of a body's name is in ("Sammy Aaron", not "NBC News" or "Democracy Corp"). A name of
 * one word may be a body's ("DigiTimes") and counts as none.
 */
function isPersonMention(m: Mention): boolean {
  if (m.head) return isRoleWord(m.head);
  const text = (m.firstMention ?? m).text;
  if (PRONOUN.test(text) || PERSON_TITLE.test(text)) return true;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w)) && !words.some((w) => isBodyWord(w.toLowerCase()));
}
/** A person by a title, a role, a first name, or a "he" or "she" the article has used for the name ("Marsh … she"). */
export function surelyAPerson(m: Mention, pronouns: PronounsOfNames | undefined): boolean {
  if (m.head) return isRoleWord(m.head);
  const text = (m.firstMention ?? m).text;
  const used = pronouns && pronounsFor(pronouns, m);
  return PRONOUN.test(text) || PERSON_TITLE.test(text) || firstNameGender(m) !== undefined || (used !== undefined && used.he + used.she > 0);
}
/** A word of a body's, a law's or a place's name, which no person's name holds: "News", "Institute", "Act". */
const isBodyWord = (word: string): boolean => BODY_NAME_WORDS.has(word) || INSTITUTIONS.has(word) || BODIES.has(word);
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Prof|Gen|Adm|Judge|President|Senator|Governor|Secretary)\.?\s/;
// Words in names of outlets and firms ("NBC News", "Democracy Corp", "Latino Decisions"), and of laws, events and places
// ("the Clean Water Act", "the Cold War", "Hull Golf Resort"): no person's name ends in them.
// (Records' nouns, "Report", "Poll", "Review", are institutions already.)
const BODY_NAME_WORDS = new Set(['effect', 'act', 'show', 'law', 'doctrine', 'program', 'programme', 'accord', 'treaty', 'war', 'crisis', 'movement', 'resort', 'hotel', 'casino', 'tower', 'building', 'stadium', 'arena', 'watch', 'news', 'times', 'journal', 'corp', 'inc', 'press', 'tribune', 'herald', 'research', 'associates', 'decisions', 'strategies', 'partners', 'media', 'daily', 'weekly', 'polling']);
// The last words of papers' names, which no person's name ends in either.
const OUTLET_NAME_WORDS = new Set(['post', 'times', 'news', 'journal', 'tribune', 'herald', 'globe', 'gazette', 'chronicle', 'telegraph', 'guardian', 'courier', 'examiner', 'inquirer', 'bulletin', 'observer', 'reuters', 'politico', 'axios', 'breitbart', 'huffpost']);
