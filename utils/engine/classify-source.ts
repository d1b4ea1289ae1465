// Decides what kind of source a phrase names: a checkable name, an unnamed person, or an unnamed crowd.
import type { SourceSpecificity } from './types';
import { lowersOf, MODAL_NAMES, WordClass, type Token } from './tokens';
import { isLettersThen } from './letters';
import * as lexicon from './lexicon';

// Read once into module constants: under a CommonJS loader (tsx) each read of an imported binding is a getter call.
const {
  ANONYMOUS_CROWDS,
  GROUP_PLURALS,
  HELD_BY_OUTLET,
  isPeoplePlural,
  INSTITUTIONS,
  isCrowdOfPeople,
  isLyAdverb,
  NOT_A_NAME,
  ORDERED_BY,
  ORIGINS_AND_PARTIES,
  NUMBER_WORDS,
  PAIRED_ADJECTIVES,
  PEOPLE_ADJECTIVES,
  isPersonRole,
  PERSON_ROLES,
  PRONOUN_SPEAKERS,
  RECORD_CROWDS,
  REGIONS,
  SHARES,
  opensRelativeAfterThat,
  SPOKESPEOPLE,
  VAGUE_DETERMINERS,
} = lexicon;

export type SourceKind = 'named-source' | 'anonymous-source' | 'vague-attribution';

export interface SourceClass {
  kind: SourceKind;
  specificity?: SourceSpecificity;
}

/**
 * A wish or a lack of authority not to be named: "who did not wish to be named", "not authorized to comment", "on
 * condition they not be named", "who didn't wish to be named", or said of the name: "that her name not be used", "did
 * not want his name published", "asked us not to publish her name", "declined to give her name"; or a name given in its place: "Ivo, not his real name",
 * "whose name has been changed", "who gave only her first name, Ana".
 */
export const NOT_TO_BE_NAMED = String.raw`(?:not|(?:did|does|do)n['’]t) (?:(?:want|wish)(?:ing|ed)? )?(?:to )?be (?:named|identified|quoted)|not authori[sz]ed|(?:his|her|their) names? not (?:be )?(?:used|published|printed)|not to (?:publish|use|print|reveal) (?:his|her|their) (?:full |last |real )?names?|not (?:want|wish)(?:ing|ed)? (?:his|her|their) (?:full |last |real )?names? (?:to be )?(?:used|published|printed)|(?:gave|giving|give|gives|provided|offered) only (?:his|her|their) first names?|not (?:his|her|their) real names?|(?:whose|his|her|their) (?:real )?names? (?:has|have|had) been changed(?=[,)–—]| -| to protect| for (?:his|her|their) (?:own )?(?:safety|protection|security)| for legal reasons| at (?:his|her|their) request)|(?:declined|refused|did not want|would not|wouldn['’]t) (?:to )?(?:give|provide|share|reveal) (?:his|her|their) (?:full |last )?names?|(?:is|are|was|were) not being (?:named|identified)|(?:cannot|can['’]t|could not|couldn['’]t) be (?:named|identified)`;
/**
 * Asking or being granted not to be named, in any of the forms above: "anonymity", "asked not to be named", "speaking on
 * background" (the press's word for it).
 */
export const ANONYMITY_ASKED = String.raw`anonymity|(?:speaking|spoke|talking|talked) anonymously|on background(?=\s*(?:[,.;:)—–]|$)|\s+(?:because|to|about|since|as|when|so|after|said|says|told|while|but)\b)|${NOT_TO_BE_NAMED}|asked not to be|declined to be (?:named|identified)`;
// Phrases that only an unnamed informant carries ("people familiar with the talks").
const ANONYMITY_MARKER =
  new RegExp(String.raw`\b(?:anonymous(?:ly)?|on background|unnamed|unidentified|familiar with|knowledgeable (?:about|of|on)|knowledge of|close to|insiders?|sources?|who (?:asked|requested|declined|spoke)|condition of anonymity|${NOT_TO_BE_NAMED}|briefed on|privy to|involved in the (?:talks|negotiations|discussions|deliberations|process|decision|investigation|matter))\b`);
// "people present", "officials responsible for the plan": adjectives after the noun describe it, as "familiar" does.
const AFTER_THE_NOUN = ['present', 'responsible', 'aware', 'eligible'];
// "an outside group", "an inside source", "the present mayor": after a determiner these describe what follows;
// elsewhere they place or describe what comes before.
const BEFORE_THE_NOUN = new Set(['outside', 'inside', ...AFTER_THE_NOUN]);
// "a close friend", "a longtime close aide": "close" is an informant's only before "to" ("a source close to Reed").
// "newly published data", "recently released figures": a participle after its adverb, before the noun, is attributive too.
const isAttributive = (lowers: readonly string[], k: number): boolean =>
  (BEFORE_THE_NOUN.has(lowers[k] ?? '') && DETERMINERS.has(lowers[k - 1] ?? '')) ||
  (lowers[k] === 'close' && k + 1 < lowers.length && lowers[k + 1] !== 'to') ||
  (k + 1 < lowers.length && isLettersThen(lowers[k] ?? '', 'ed') && isLyAdverb(lowers[k - 1] ?? '') && !PREPOSITIONS.has(lowers[k + 1] ?? ''));
// "a letter sent to the mayor": who a record went to follows its participle, and is not what the phrase is about.
const SENT = new Set(['sent', 'addressed', 'mailed', 'emailed']);
const PRESS_SOURCES = new Set(['media', 'news', 'press']);
const INFORMED = new Set(['involved', 'familiar', 'close', 'knowledgeable', 'privy', 'briefed']);
const PREPOSITIONS = new Set(['of', 'from', 'by', 'at', 'in', 'for', 'with', 'on', 'via', 'against', 'inside', 'outside', 'within', 'near', 'along', 'beside', 'around', 'across', 'throughout', 'elsewhere', 'nationwide', 'worldwide', 'overall', 'abroad', 'online', 'nearby', 'overseas', ...INFORMED, ...AFTER_THE_NOUN, 'who', 'whose', "who'd", 'who’d', "who've", 'who’ve', 'briefed', 'seen', 'obtained', 'published', 'released', 'filed', 'read', 'conducted', 'commissioned', 'compiled', 'cited', 'quoted', 'reviewed', 'corroborated', 'presented', 'polled', 'surveyed', 'taken']);
// Participles of being sought out for comment, which end the head before "by": "migrants interviewed by the BBC"
// (the outlet that was told is no source), but not "chairs that the Post interviewed".
const CONTACTED_BY = new Set(['interviewed', 'questioned', 'contacted', 'consulted', 'canvassed', 'asked']);
// Participles of acting for others, which end one person's role before whom they act for: "a lawyer representing".
const ACTING_FOR = new Set(['representing', 'advising', 'defending', 'acting', 'speaking', 'working']);
// Records kept from the public: "a leaked memo", "the internal document".
const UNPUBLISHED = new Set(['leaked', 'secret', 'confidential', 'internal', 'unpublished']);
// What a record is put out on, between its body and its head.
const RECORD_MEDIA = new Set(['tv', 'television', 'radio', 'web', 'online', 'video', 'print', 'digital']);
// Records a headline gives without an article.
const HEADLINE_RECORDS = new Set(['study', 'report', 'survey', 'poll', 'analysis', 'review']);
/** "Study", "report": a record a headline names with no article before it. */
export const isHeadlineRecord = (words: readonly Token[]): boolean => words.length === 1 && HEADLINE_RECORDS.has((words[0] as Token).lower);
// A crowd "at" or "from" a named body speaks for it ("analysts at Digital Foundry"); "in" a place does not.
const AFFILIATIONS = new Set(['at', 'from', 'of', 'with']);
// Crowds named by how they stand to someone, not by a body they belong to.
const RELATIONS_TO = new Set(['critics', 'supporters', 'friends', 'allies', 'opponents', 'fans', 'rivals', 'backers', 'detractors', 'admirers', 'foes', 'enemies', 'defenders', 'skeptics', 'sceptics', 'circle', 'entourage']);
// People who work a side's politics, whom a party before them places on that side without making them its
// spokespeople, as "some party strategists" are a crowd. After a name, strategists may be a firm's ("Acme Bank
// strategists expect"); operatives and surrogates are only a side's ("Marsh operatives", "Labour surrogates").
const SIDE_HANDS = new Set(['operatives', 'surrogates']);
const PARTISANS = new Set([...SIDE_HANDS, 'strategists']);
// Publics, who speak for no body: "Leeds voters", "Acme customers".
const PUBLICS = new Set(['voters', 'residents', 'citizens', 'locals', 'taxpayers', 'consumers', 'customers', 'users', 'viewers', 'readers', 'listeners', 'subscribers', 'followers', 'shoppers', 'regulars', 'drinkers', 'diners', 'patrons', 'punters', 'commuters', 'passengers', 'visitors', 'travellers', 'travelers', 'tourists', 'spectators', 'motorists', 'tenants', 'landowners', 'homeowners', 'drivers', 'parents', 'patients', 'advocates', 'activists', 'protesters', 'protestors', 'demonstrators', 'fans', 'worshippers', 'worshipers', 'parishioners', 'congregants', 'churchgoers', 'pilgrims', 'mourners', 'onlookers', 'bystanders', 'villagers']);
// Offices held by one person at a time.
export const TITLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chair', 'president', 'director', 'chief', 'head', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'ceo', 'founder', 'commissioner', 'administrator', 'ambassador', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'prosecutor', 'judge', 'coach', 'manager', 'owner', 'author', 'nominee', 'front-runner', 'frontrunner', 'congressman', 'congresswoman', 'mp', 'mep', 'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'justice', 'sheriff', 'chancellor', 'premier', 'treasurer', 'comptroller', 'auditor', 'superintendent', 'general', 'principal', 'headteacher', 'headmaster', 'headmistress', 'referee', 'umpire',
  // Offices of courts, towns and embassies: "Leeds's coroner said", "the registrar confirmed", "New York's chief
  // medical examiner concluded"; not those as often surnames ("Dean", "Provost", "Alderman").
  'coroner', 'examiner', 'magistrate', 'registrar', 'selectman', 'consul', 'undersecretary']);
// Members of a public: unnamed, one of them voices the crowd ("one user", "a reader", "another fan").
const PUBLIC_MEMBERS = new Set(['user', 'fan', 'viewer', 'reader', 'listener', 'caller', 'customer', 'shopper', 'commenter', 'poster', 'follower']);
const PRESS_ROLES = new Set(['journalist', 'reporter', 'correspondent', 'photographer', 'editor']);
const POSSESSIVE = /['’]s$/;
// "Reynolds’ aides": the apostrophe after a final s is read as a closing quote, so only the token's text keeps it.
export const isPossessive = (w: Token): boolean => POSSESSIVE.test(w.lower) || /s['’]$/.test(w.text);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'two', 'three', 'four', 'five', 'several', 'the', 'this', 'that']);
const NO_ONE = new Set(['no', 'none', 'nobody', 'neither', 'nor', 'what', 'whatever', 'something', 'anything', 'everything', 'nothing', 'everyone', 'everybody', 'anyone', 'someone', 'somebody', 'i', 'we', 'you', 'me', 'i’m', "i'm", 'i’d', "i'd", 'i’ve', "i've", 'we’re', "we're", 'we’ve', "we've", 'you’re', "you're"]);
// Fields of knowledge, listed: their endings end names too ("Autonomy", a firm; "Scientology"; "Radiology", a journal),
// and so do "History", "Medicine", "Genetics" and "Astronomy" (a channel, a band, journals).
const FIELDS = /^(?:psychology|sociology|neuroscience|biology|criminology|anthropology|epidemiology|ecology|geology|economics|physics|mathematics|linguistics|evidence|experience)$/u;
// Not "the intelligence community", the named agencies of a state.
const THE_PUBLIC = /^(?:[a-z-]+ ){0,3}the (?:(?!intelligence )[a-z-]+ ){0,2}(?:public|electorate|establishment|elite|elites|community)(?: overall| at large| as a whole)?$/;
const SOMEONE = new Set(['someone', 'somebody']);
// Parties a British story names in the plural, as a body: "the Tories said".
const PARTIES_IN_THE_PLURAL = new Set(['conservatives', 'tories', 'lib dems', 'liberal democrats', 'unionists', 'nationalists']);
const NATIONS_OF_A_PARTY = new Set(['scottish', 'welsh', 'english', 'irish', 'ulster', 'young']);
// Words that may stand before a share's head: "nearly half of", "just over a quarter of", "42 per cent of".
const SHARE_QUALIFIERS = new Set(['a', 'the', 'nearly', 'almost', 'about', 'roughly', 'around', 'over', 'under', 'just', 'more', 'less', 'fewer', 'than', 'some', 'per']);
const SHARE_OF_A_CROWD = /^(?:(?:more|fewer|less) than |nearly |almost |about |roughly |around |over |under |just )?(?:one|two|three|four|\d+) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?= )/;
const ON_THE_RECORD_CROWDS = new Set(['judges', 'justices', 'magistrates', 'jurors', 'researchers', 'scientists', 'authors', 'economists', 'investigators', 'inspectors', 'auditors']);
// Adjectives that name a people after "the": "the unemployed", "the poor", "the majority".
const PEOPLE_BY_ADJECTIVE = new Set(['unemployed', 'poor', 'rich', 'wealthy', 'elderly', 'young', 'old', 'homeless', 'disabled', 'sick', 'left', 'right', 'majority', 'minority', 'public', 'faithful', 'bereaved', 'injured', 'dead', 'living']);
const BROADCAST = /^(?:[a-z]+ )?(state|state-run|national|public|official|local|regional) (?:television|radio|tv)$/;
/** "someone", "somebody": one person left unnamed. */
export const isSomeone = (lower: string): boolean => SOMEONE.has(lower);
// Where the one person was, which describes them: "someone in attendance", "someone at the meeting".
const WHERE_SOMEONE_WAS = new Set(['in', 'at', 'from', 'inside', 'within', 'on']);
// Words after "those" that say where or for what a crowd stands.
const CROWD_PLACES = new Set(['in', 'on', 'at', 'from', 'inside', 'outside', 'within', 'among', 'across', 'against', 'opposed', 'over', 'under', 'around', 'near', 'along', 'beside', 'behind']);
const OPENING_PREPOSITIONS = new Set(['with', 'without', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'to', 'about', 'into', 'onto', 'over', 'under', 'than']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'such', 'any', 'no', 'one', 'another']);
// One unnamed member of an unnamed crowd: "one argues…, another says…".
export const UNNAMED_ONES: ReadonlySet<string> = new Set(['one', 'another']);
// Bodies a story is about one of, not a sector of many: "the company", "the agency".
const BODIES_IN_VIEW = new Set(['agency', 'company', 'firm', 'ministry', 'department', 'campaign', 'commission']);
// Bodies whose officials speak on the record for them ("agency officials said"); not "government officials".
export const ON_RECORD_BODIES: ReadonlySet<string> = new Set([...BODIES_IN_VIEW, 'police', 'force', 'hospital', 'school', 'district', 'court', 'county', 'city', 'university', 'college', 'party', 'club', 'team', 'council', 'airline', 'airport', 'prison', 'museum', 'trust', 'hospice']);
// Who lead or belong to bodies of a kind, not who speak for one: "school leaders", "party elders"; "council bosses"
// run the one the story is about.
const LEADERSHIP_CROWDS = new Set(['leaders', 'elders', 'chiefs', 'members', 'grandees', 'veterans']);
// Those who run or work in a body, not its voice on the record.
const WORKFORCE = new Set(['bosses', 'managers', 'owners', 'operators', 'executives', 'doctors', 'nurses', 'teachers', 'pilots', 'workers', 'employees', 'staffers', 'staff']);
// Those who work in a body and do not speak for it: "Staff at the hospital say", "employees at Acme said" (guide: the
// body is the source only through a spokesperson on the record); "staff for the committee" work on its behalf, and
// the staff of a named body speak for it ("Staff at the Office for National Statistics said").
const RANK_AND_FILE = new Set(['staff', 'staffers', 'employees', 'workers']);
const STAFF = new Set(['staff', 'staffers']);
// Those who come to a body or watch it from outside: "Reporters at City Hall say", "Agency watchers say".
const OUTSIDERS = new Set(['lobbyists', 'reporters', 'journalists', 'watchers', 'observers', 'onlookers', 'regulars', 'old-timers', 'protesters', 'protestors', 'demonstrators', 'activists', 'campaigners']);
// Places where people gather, which no one speaks for: "at the Capitol", "at City Hall", "at the statehouse".
const GATHERING_PLACES = new Set(['capitol', 'statehouse', 'courthouse', 'diner', 'bar', 'pub', 'square', 'market', 'rally', 'convention', 'hill']);
// Offices spread over places of a kind are a crowd of them: "Prosecutors in several counties say".
const SPREAD_OVER = new Set(['in', 'across', 'around', 'throughout', 'from']);
const PLACE_PLURALS = new Set(['counties', 'states', 'districts', 'cities', 'towns', 'regions', 'countries', 'areas', 'parts', 'jurisdictions', 'provinces', 'constituencies', 'boroughs', 'parishes', 'municipalities', 'nations', 'territories']);
// What someone keeps watch on, which describes them: "people tracking the whip count".
const WATCHING = new Set(['tracking', 'monitoring', 'watching', 'following', 'covering']);
// The press as a whole, a crowd of outlets: "the tabloids tell us" ("the papers" are as often documents).
const PRESS_AS_A_WHOLE = new Set(['tabloids', 'broadsheets', 'press']);
// Records whose word papers take as their name: "the Sunday Ledger", "the Des Moines Register".
const OUTLET_RECORDS = new Set(['ledger', 'register', 'journal', 'record', 'review', 'bulletin', 'monitor']);
// Words that make one office of a title after them: "prime minister", "foreign secretary", "attorney general".
const ONE_OFFICE_QUALIFIERS = new Set(['prime', 'foreign', 'finance', 'defence', 'defense', 'interior', 'home', 'health', 'education', 'justice', 'treasury', 'attorney', 'surgeon', 'police', 'fire']);
// Bodies a place has one of, which a story about the place has in view.
const LOCAL_BODIES = new Set(['council', 'city', 'county', 'airport', 'police']);
const ON_RECORD_BODY_PLURALS = new Set([...ON_RECORD_BODIES].filter((body) => body !== 'police').map((body) => body.replace(/y$/, 'ie') + 's'));
// Words that, alone, stand for a government speaking: "The US welcomed the exchange", "the White House said".
const COUNTRIES = new Set(['us', 'u.s', 'uk', 'u.k', 'washington', 'white', 'house']);
// A trade as a whole: "the rail industry says", "the sector warns".
const SECTORS = new Set(['industry', 'industries', 'sector', 'sectors']);
/** Words for where people are that stand for them: "some quarters", "Washington circles". */
export const UNSAID_PLACES: ReadonlySet<string> = new Set(['quarters', 'circles']);
// Kinds of people a circle is of: "diplomatic circles", not "grey circles" on a chart.
const CIRCLES_OF = new Set(['diplomatic', 'political', 'official', 'government', 'governing', 'ruling', 'business', 'financial', 'banking', 'market', 'military', 'intelligence', 'security', 'academic', 'medical', 'legal', 'media', 'literary', 'royal', 'court', 'party', 'opposition', 'industry', 'trade', 'policy', 'conservative', 'liberal', 'progressive', 'religious', 'clerical', 'expert', 'informed', 'well-informed', 'insider', 'elite', 'inner', 'palace', 'army', 'police', 'church', 'senior', 'high', 'top', 'administration', 'defence', 'defense', 'sporting', 'football', 'racing']);
const UNSAID_PLACE_QUALIFIERS = new Set(['some', 'certain', 'many', 'several', 'other', 'various', 'all']);
// Back-references to people the article has already named ("the officials said" after naming them).
const NAMED_BACK_REFERENCES = new Set(['officials', 'researchers', 'authors', 'scientists', 'prosecutors', 'investigators', 'organizers', 'organisers', 'judges', 'justices', 'trustees', 'directors', 'governors', 'inspectors', 'auditors', 'examiners', 'stewards', 'umpires', 'referees']);
const FORMER = new Set(['former', 'retired', 'ex']);
const RANKS = /\b(?:senior|former|top|high-ranking|chief|deputy|lead|veteran|longtime|current|retired|ranking|junior|mid-level)\b/;
const RELATIONS = /\b(?:familiar with|knowledgeable (?:about|of|on)|knowledge of|involved in|close to|briefed on|direct|who (?:has|had|have|was|were|is|are|works?|worked|spoke|attended))\b/;
// A first word that counts people: "Two Pentagon officials", "several aides".
const COUNT_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)$/;
/** "a handful of aides", "a couple of officials": a small group, counted by its amount word. */
export const SMALL_GROUP_OF = /^a (?:handful|couple) of /;
const DOCUMENT_PARTS = new Set(['article', 'section', 'clause', 'paragraph', 'chapter', 'schedule', 'subsection']);
const SMALL_COUNT = /^(?:two|three|four|five|[2-5])$/;
const FEW = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10|several|a few)$/;
// Records and data, which report through "show", "suggest", "find".
const DATA_NOUNS = new Set(['polling', 'tracking', 'reporting', 'statistics', 'stats', 'files', 'research', 'data', 'evidence', 'modelling', 'modeling']);
// Messages passed hand to hand ("chain emails") and records the writer calls unchecked ("unconfirmed figures").
const PASSED_ON = new Set(['chain', 'viral', 'forwarded', 'circulating', 'anonymous', 'unsigned']);
const UNCHECKED = new Set(['unconfirmed', 'unverified', 'unsourced']);
// Records in the plural, read the same way when nothing but a word of when or how comes with them: "Projections
// suggest", "Early returns show", "Preliminary forecasts suggest" are vague; so are "Records show", "Documents show",
// "Emails show", "Figures show", "public records show", "Leaks suggest", "Reviews suggest", which say neither whose nor
// which (the guide's "a study").
// "The figures", "court records", "Acme figures", "figures from the ONS" say so and are named.
const UNTRACED_RECORDS = new Set(['projections', 'forecasts', 'calculations', 'returns', 'models', 'simulations', 'records', 'documents', 'emails', 'figures', 'leaks', 'benchmarks', 'reviews', 'listings', 'screenshots', 'guidebooks', 'results', 'logs', 'spreadsheets', 'slides', 'investigations', 'inquiries', 'audits', 'probes', 'analyses', 'inspections']);
const UNTRACING_QUALIFIERS = new Set(['public', 'preliminary', 'early', 'initial', 'partial', 'unofficial', 'available', 'new', 'recent', 'latest', 'leaked', 'internal']);
// Where a poll was taken ("in Ohio"), unlike where a study was published ("in the Lancet").
const PLACES_OF_RECORDS = new Set(['in', 'across', 'throughout']);
const POLLS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);
const POLL_RECORDS = new Set(['results', 'findings', 'figures', 'numbers']);
// Words that open a headline's kind of poll: "Exit poll points to", "New survey finds".
const KINDS_OF_POLL = new Set(['exit', 'new', 'latest', 'recent', 'national', 'state', 'online', 'snap', 'consumer', 'voter', 'opinion', 'internal', 'early', 'one', 'every', 'another']);
/** A noun that can say or hold something: a person, a crowd, a body or a record. */
const isSourceNoun = (w: string): boolean =>
  isPersonRole(singular(w)) || isCrowd(w) || INSTITUTIONS.has(w) || INSTITUTIONS.has(singular(w)) || RECORD_CROWDS.has(w) || RECORD_CROWDS.has(`${w}s`) || DATA_NOUNS.has(w) || SPOKESPEOPLE.has(w) || BODY_PLURALS.has(w);
// Determiners that point at one record the article has in view: "the data", "these files".
const POINTING = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'one']);
export const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
// Who keeps a record: "federal statistics", "county files".
const OFFICIAL = new Set(['federal', 'state', 'official', 'city', 'county', 'municipal', 'census', 'customs', 'tax']);
const LEAKERS = new Set(['leaker', 'tipster']);
const BARE_SOURCES = new Set(['source', 'sources', 'insider', 'insiders']);
const EMPTY_QUALIFIERS = new Set(['informed', 'anonymous', 'unnamed', 'unidentified', 'reliable', 'knowledgeable', 'well-placed', 'credible', 'trusted', 'multiple', 'two', 'three', 'several', 'a', 'an', 'one', 'the', 'some', 'other', 'according', 'to']);

// Every class carries both fields, so the rules reading them see one object shape.
export const NAMED_SOURCE: Readonly<SourceClass> = { kind: 'named-source', specificity: undefined };
export const VAGUE_ATTRIBUTION: Readonly<SourceClass> = { kind: 'vague-attribution', specificity: undefined };

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Object pronouns for someone the story has named: "a spokesman for her", "according to him". */
export const PERSON_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
export const SPOKESPEOPLE_PLURAL: ReadonlySet<string> = new Set(['spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons', 'representatives']);
// People whose words are their client's or their body's: "lawyers for Reed", "officials at the agency".
const COUNSEL = new Set(['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister']);
const FILED = new Set(['filed', 'submitted', 'lodged']);
// The accused's side of a case, in either spelling: "the defence", "defense counsel".
const DEFENCE = /^defen[cs]e$/;
const OPEN_PLACES = new Set(['market', 'markets', 'bazaar', 'square', 'mall', 'camp', 'camps', 'beach', 'park', 'stadium']);
const RECORD_PARTS = new Set(['page', 'pages', 'chapter', 'section', 'paragraph', 'annex', 'appendix', 'footnote']);
// Those who plead a client's case, whose words are the client's.
const ADVOCATES_OF = new Set(['lawyers', 'attorneys', 'solicitors', 'barristers']);
const REPRESENTATIVES = new Set([...SPOKESPEOPLE_PLURAL, ...ADVOCATES_OF, 'executives', 'officials', 'managers', 'staff', 'owners', 'operators', 'founders', 'trustees', 'directors']);
// People who work for whoever follows "for": "Strategists for Reed say" are his staff, not a group of that name.
const VAGUE_QUANTIFIERS = new Set(['some', 'many', 'most', 'other', 'several']);
const ADVICE_TRADES = new Set(['financial', 'mortgage', 'independent', 'tax', 'pension', 'pensions', 'investment', 'debt', 'money', 'wealth', 'careers', 'career', 'legal', 'energy', 'benefits', 'fee-based', 'retirement']);
const WORKING_FOR = new Set([...REPRESENTATIVES, 'aides', 'advisers', 'advisors', 'strategists', 'staffers', 'operatives', 'consultants', 'surrogates']);
const GROUP_NAME_LINKS = new Set(['for', 'against', 'without']);
const NAMING = new Set(['called', 'named', 'dubbed']);

/**
 * "Americans for Prosperity", "Veterans for Peace", "Mothers Against Drunk Driving": a crowd's capitalised plural
 * for or against something capitalised is a group's name, not the crowd; a capital that only opens the sentence
 * leaves staff working for someone to their role.
 */
function groupNamedForCause(words: readonly Token[], sentenceStart: number): boolean {
  // The name heads the phrase, or is what it is called ("a group named Parents for Hull"); "members of Veterans
  // for Peace" are members.
  let k = NAMING.has(words[1]?.lower ?? '') ? 2 : NAMING.has(words[2]?.lower ?? '') ? 3 : 0;
  // A place before the crowd may open the name: "Ohio Citizens for Fair Maps", "Leeds Parents Against Cuts".
  // Not "Some Leeds Parents Against Cuts", "Many Ohio Voters for Reed": part of the group, a crowd.
  while (k < 2 && words[k]?.capitalized && !isCrowdOfPeople(words[k]!.lower) && !VAGUE_DETERMINERS.has(words[k]!.lower) && !COUNT_WORD.test(words[k]!.lower) && words[k + 1]?.capitalized) k++;
  // "the charity Friends of the Earth": a description in lower case before the name.
  const friends = words.findIndex((t, j) => t.lower === 'friends' && t.capitalized && words[j + 1]?.lower === 'of' && (j === k || (words[0]?.lower === 'the' && words.slice(1, j).every((d) => !d.capitalized && d.lower !== 'of'))));
  if (friends >= 0) return friendsOfNamesAGroup(words.slice(friends + 2), words[friends]!.start === sentenceStart);
  const w = words[k];
  return (
    w !== undefined &&
    w.capitalized &&
    GROUP_NAME_LINKS.has(words[k + 1]?.lower ?? '') &&
    words[k + 2]?.capitalized === true &&
    isCrowdOfPeople(w.lower) &&
    (w.start !== sentenceStart || !WORKING_FOR.has(w.lower))
  );
}
/**
 * "Friends of the Earth", "the Friends of Hull Library": a charity's or a supporters' group's name, where "friends of
 * the couple" are a crowd. Opening the sentence, where any word is capitalised, only "the" and a name all in capitals
 * to the phrase's end ("Friends of the Lake District"); not a person's friends ("Friends of Tom Reed", "Friends of
 * the Reed family", "Friends of the President", "Friends of the Defendant", "Friends of the Marsh Family").
 */
function friendsOfNamesAGroup(rest: readonly Token[], opensTheSentence: boolean): boolean {
  const name = rest[0]?.lower === 'the' ? rest.slice(1) : rest;
  if (!name.length || !name.every((t) => t.capitalized)) return false;
  const head = (name.at(-1) as Token).lower;
  return !opensTheSentence || (rest[0]?.lower === 'the' && !name.some((t) => TITLES.has(t.lower) || t.lower === 'late') && !OF_A_PERSON.has(head) && !lexicon.isPersonRole(head) && !lexicon.isPersonNoun(head));
}
// Heads that make "Friends of the …" a person's friends: "the Marsh Family", "the Dead Man" (not "the Family Centre").
const OF_A_PERSON = new Set(['family', 'man', 'woman', 'boy', 'girl', 'couple']);

/**
 * "The League of Ohio Voters", "the Union of Leeds Tenants": a capitalised body of a capitalised crowd is the body's
 * name, whatever public it is of; opening the phrase, after "the" or inside the sentence (a sentence's first word is
 * capitalised anyway).
 */
const JOINS_A_NAME = new Set(['and', 'of', 'the', 'for']);
function bodyOfNamed(words: readonly Token[], sentenceStart: number): boolean {
  const k = words[0]?.lower === 'the' ? 1 : 0;
  const body = words[k];
  if (!body?.capitalized || (k === 0 && body.start === sentenceStart) || !INSTITUTIONS.has(body.lower) || !BODY_OF.has(words[k + 1]?.lower ?? '')) return false;
  const name = words.slice(k + 2);
  return name.length > 0 && name.every((w) => w.capitalized || JOINS_A_NAME.has(w.lower)) && name.at(-1)?.capitalized === true;
}

/**
 * Plural roles that stand for the office, force or body the story is about, named as "police" is (guide):
 * "prosecutors said", the sheriff's or fire service's people ("deputies said", "firefighters said"), and the
 * organisers of the event it reports ("organisers said 5,000 came").
 */
export const isNamedOffice = (word: string): boolean => NAMED_OFFICES.has(word);
const NAMED_OFFICES = new Set(['prosecutors', 'organisers', 'organizers', 'deputies', 'troopers', 'firefighters', 'detectives']);
// Filings of a court case: "an affidavit", "an indictment".
const CASE_FILINGS = new Set(['affidavit', 'indictment', 'lawsuit']);
// A complaint is a filing only as a case's: "a criminal complaint", not "a complaint from residents".
const CASE_KINDS = new Set(['criminal', 'civil', 'federal', 'court']);
// Jurisdictions, and the roles each holds once, which "the" makes an office a reader can look up.
const JURISDICTIONS = new Set(['district', 'city', 'county', 'state', 'town', 'borough', 'village', 'township', 'parish', 'u.s', 'us', 'federal']);
const JURISDICTION_OFFICES = new Set(['attorney', 'solicitor', 'executive', 'clerk', 'coroner', 'examiner', 'assessor', 'recorder', 'engineer', 'registrar', 'marshal', 'surveyor']);

/**
 * Whether a lower-case noun is a person's or a body's, which a name right after it stands beside ("the editor Ann
 * Marsh", "his son Tom", "the paper Leeds News"), not a thing another clause's subject follows ("the bill Reed opposed").
 */
export const describesAName = (word: string): boolean =>
  isPersonRole(word) || TITLES.has(word) || PRESS_ROLES.has(word) || RELATIVES.has(word) || SPOKESPEOPLE.has(word) || isPeoplePlural(word) || INSTITUTIONS.has(word);
/** A lower-case noun naming one person by role, title or relation: "governor", "spokesman", "editor", "wife". */
export const isOnePersonsRole = (word: string): boolean => isPersonRole(word) || (describesAName(word) && !INSTITUTIONS.has(word) && !isPeoplePlural(word));

export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
// Bodies that groups of a kind form: "a campaign group", "a police union", "a farmers' federation".
const BODIES_OF_A_KIND = new Set(['group', 'organization', 'organisation', 'union', 'federation', 'league', 'foundation', 'network', 'coalition', 'alliance', 'association']);
const INDEFINITE_ONES = new Set(['a', 'an', ...UNNAMED_ONES]);
// The plurals of the roles above, which "defence" makes the counsel of the accused: "defence lawyers", "defense
// attorneys" ("counsel" is its own plural; "counsels" is left out).
const COUNSEL_PLURALS = new Set([...COUNSEL].filter((role) => role !== 'counsel').map((role) => `${role}s`));
const SECTOR_PLACES = new Set(['wall street', 'silicon valley', 'fleet street', 'madison avenue']);
// Places of two words before a crowd ("Middle East observers", "Latin America experts"), which two capitals would
// otherwise make a name, as "Goldman Sachs analysts" are a firm's.
const TWO_WORD_PLACES = new Set([
  'middle east', 'far east', 'near east', 'latin america', 'south america', 'north america', 'central america', 'east asia',
  'southeast asia', 'south asia', 'central asia', 'west africa', 'east africa', 'north africa', 'southern africa',
  'eastern europe', 'western europe', 'central europe', 'hong kong', 'new zealand', 'south africa', 'saudi arabia',
  'north korea', 'south korea', 'sri lanka', 'west bank', 'gaza strip',
]);
// And the states and nations of two words: "New Mexico election officials", "South Dakota officials", as "Ohio officials".
const twoWordPlace = (place: string): boolean => TWO_WORD_PLACES.has(place) || (place.includes(' ') && lexicon.REGIONS.has(place));
// The words of the places of two words above. A word of none is in no such place, so a word is joined to the words
// beside it to look the two up only when it is one of these (a token holds no space).
const WORDS_OF_TWO_WORD_PLACES = new Set([...SECTOR_PLACES, ...TWO_WORD_PLACES, ...lexicon.REGIONS].filter((place) => place.includes(' ')).flatMap((place) => place.split(' ')));
/** The press as a whole, no outlet a reader could name: "Brennholt media reports", "the U.S. media has claimed". */
export const PRESS_AT_LARGE: ReadonlySet<string> = new Set(['media', 'press']);
const OF_THE_GROUP = new Set(['them', 'those', 'these', 'us']);

/** What a word holds before its first hyphen, or the whole word. */
const firstPart = (word: string): string => {
  const hyphen = word.indexOf('-');
  return hyphen < 0 ? word : word.slice(0, hyphen);
};

/** A capitalised word that names someone: not a nationality, month or function word, nor merely sentence-initial. */
function isName(words: readonly Token[], k: number, sentenceStart: number): boolean {
  const w = words[k] as Token;
  // "May said", "Will urged": a modal before a finite verb, written as a name elsewhere in the text, is that name.
  if (MODAL_NAMES.has(w.lower) && (w.flags & WordClass.NamedInText) !== 0) return true;
  if (!w.capitalized || NOT_A_NAME.has(w.lower) || NOT_A_NAME.has(w.lower.replace(POSSESSIVE, '')) || NUMBER_WORDS.has(firstPart(w.lower))) return false;
  // "African-American", "Asian-American": nationalities joined are no name either.
  if (w.lower.includes('-') && w.lower.split('-').every((part) => NOT_A_NAME.has(part))) return false;
  if (WORDS_OF_TWO_WORD_PLACES.has(w.lower)) {
    // "Wall Street analysts", "Silicon Valley investors": a trade's home street or valley is where a crowd works.
    if (SECTOR_PLACES.has(`${w.lower} ${words[k + 1]?.lower}`) || SECTOR_PLACES.has(`${words[k - 1]?.lower} ${w.lower}`)) return false;
    // Only before the crowd: "North Korea said" is a country speaking, as "Russia said" is.
    const before = (n: number) => words[n] !== undefined && !(words[n] as Token).capitalized;
    if ((twoWordPlace(`${w.lower} ${words[k + 1]?.lower}`) && before(k + 2)) || (twoWordPlace(`${words[k - 1]?.lower} ${w.lower}`) && before(k + 1))) return false;
  }
  // "according to Brennholt media reports": a place's media or press as a whole are no outlet of a name.
  if (PRESS_AT_LARGE.has(words[k + 1]?.text ?? '') && RECORD_CROWDS.has(words[k + 2]?.lower ?? '')) return false;
  // "answers posted on Quora": where something was posted is a platform, not who wrote it.
  if (words[k - 1]?.lower === 'on' && POSTED.has(words[k - 2]?.lower ?? '')) return false;
  // "says Doctor", "Indeed, Doctor asserts": a role word capitalised alone inside the sentence is a surname.
  // "Mr. Farmer said", "Ms. Driver": after an honorific it is a surname wherever it stands.
  const surname = (words.length === 1 && w.start !== sentenceStart && PERSON_ROLES.has(w.lower)) || HONORIFICS.has(words[k - 1]?.lower ?? '');
  // "the British Federation of Farmers", "the Bureau of Labor Statistics": a capitalised body of something
  // capitalised is its name, whatever the words.
  const bodyOf = w.start !== sentenceStart && INSTITUTIONS.has(w.lower) && BODY_OF.has(words[k + 1]?.lower ?? '') && words[k + 2]?.capitalized === true;
  if (bodyOf) return true;
  // "the Sunday Ledger", "the Leeds Register", "staff at the Register": a paper's word for itself, capitalised inside
  // the sentence, after another capital or "the", is its name.
  if (w.start !== sentenceStart && OUTLET_RECORDS.has(w.lower) && ((words[k - 1]?.capitalized === true && words[k - 1]!.start !== sentenceStart) || words[k - 1]?.lower === 'the') && /^\p{Lu}/u.test(w.text)) return true;
  // A role's initials before another capital open a name: "TD Bank", "MSP Airport" (not "a Labour MSP").
  const initialsOfAName = w.text.length > 1 && w.text === w.text.toUpperCase() && words[k + 1]?.capitalized === true;
  if (!surname && !initialsOfAName && (PERSON_ROLES.has(singular(w.lower)) || isPeoplePlural(w.lower, false) || INSTITUTIONS.has(w.lower))) return false;
  // "the ONS said": initials ending in "S" are no plural of a word ("on").
  const initials = w.text.length > 1 && w.text === w.text.toUpperCase();
  if (GROUP_PLURALS.has(w.lower) || BODY_PLURALS.has(w.lower) || (!initials && NOT_A_NAME.has(singular(w.lower)))) return false;
  if (w.start === sentenceStart && CROWD_ENDING.test(w.lower) && isPeoplePlural(w.lower)) return false; // "Proponents say"
  if (w.start === sentenceStart && compoundCrowd(w.lower)) return false; // "Bondholders said", "Policymakers warn"
  // "Biden administration officials" describe a government, not a name a reader could check.
  const next = words[k + 1]?.lower;
  if (next === 'administration' || next === 'government') return false;
  if (w.start !== sentenceStart || (w.flags & WordClass.NamedInText) !== 0) return true;
  // "Ministers said", "Governors warned": the holders of an office in the plural are a crowd of them, no surname.
  if (pluralOfTitle(w.lower)) return false;
  // "SEIU chief says", "NATO officials said": letters all in capitals before a word in lower case are initials, a
  // name, wherever they stand; in a headline set all in capitals they are not told apart.
  const following = words[k + 1];
  // "TV analysts", "CEO pay": initials of a kind of thing before a word in lower case name no body ("Now TV said" does).
  if (KIND_INITIALS.has(w.lower) && following !== undefined && !following.capitalized) return false;
  if (INITIALS.test(w.text) && following !== undefined && !following.capitalized) return true;
  if (w.lower.endsWith('ing')) return false; // "Planning continues": a gerund, capitalised by its place
  // Sentence-initial capitals only name someone when no lower-case word follows in the phrase ("Security officials").
  // "Current and former officials": two adjectives joined are no "Reed and Marsh".
  if (following?.lower === 'and' && PAIRED_ADJECTIVES.has(w.lower) && PAIRED_ADJECTIVES.has(words[k + 2]?.lower ?? '')) return false;
  // "Vulnerable Democrats", "Frustrated Republicans": a word before a party's or a people's members qualifies them.
  if (following !== undefined && GROUP_PLURALS.has(following.lower)) return false;
  // "Smith and Jones said", not "Health and safety experts say" (two fields joined before a crowd).
  return following === undefined || following.capitalized || (following.lower === 'and' && words[k + 2]?.capitalized !== false);
}

const pluralOfTitle = (word: string): boolean => singular(word) !== word && TITLES.has(singular(word));
/** A place's own council or airport, or a press office, whose staff speak for it: "council staff", "press office staff". */
const speaksForItsOwn = (lowers: readonly string[]): boolean => lowers.some((w) => LOCAL_BODIES.has(w) || PRESS_OFFICES.has(w));

/** A crowd written as one word, a thing and the people it concerns: "bondholders", "peacekeepers", "steelworkers". */
function compoundCrowd(word: string): boolean {
  for (let k = 3; k <= word.length - 5; k++) {
    const tail = word.slice(k);
    if (COMPOUND_TAILS.has(tail) || (isPeoplePlural(tail, false) && !NOT_A_NAME.has(tail))) return true;
  }
  return false;
}
// Tails of one-word crowds beside the people plurals the lexicon knows ("bondholders", "steelworkers" end in those).
const COMPOUND_TAILS = new Set(['keepers', 'makers', 'seekers', 'watchers', 'goers', 'dwellers', 'builders', 'riders', 'takers']);

/** Whether the word at k of a sentence's tokens is part of a name (see `isName`); punctuation never is. */
export function isProperName(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k] as Token;
  return !t.boundary && isName(tokens, k, sentenceStart);
}

function specificityOf(words: readonly Token[], phrase: string, hasName: boolean): SourceSpecificity {
  const rank = RANKS.test(phrase);
  const relation = RELATIONS.test(phrase);
  if ((hasName && (rank || relation)) || (rank && relation)) return 'specific';
  const described = words.some((w) => !EMPTY_QUALIFIERS.has(w.lower) && !BARE_SOURCES.has(w.lower));
  return described || rank || relation || hasName ? 'generic' : 'bare';
}

function anonymousSource(words: readonly Token[], phrase: string, hasName: boolean): SourceClass {
  return { kind: 'anonymous-source', specificity: specificityOf(words, phrase, hasName) };
}

// Unnamed bodies in the plural speak as a crowd does: "Companies complain that", "many banks warn", "aid agencies
// estimate", "several governments", "think tanks".
export const BODY_PLURALS: ReadonlySet<string> = new Set(['companies', 'newspapers', 'businesses', 'banks', 'firms', 'corporations', 'airlines', 'automakers', 'carmakers', 'lenders', 'insurers', 'retailers', 'manufacturers', 'employers', 'hospitals', 'universities', 'charities', 'unions', 'organizations', 'organisations', 'groups', 'outlets',
  'agencies', 'ngos', 'nonprofits', 'non-profits', 'governments', 'nations', 'countries', 'schools', 'councils', 'institutions', 'foundations', 'churches', 'websites', 'watchdogs', 'ministries', 'departments', 'bodies', 'tanks', 'parties',
  // Firms of a trade: "Supermarkets blame the weather", "Utilities had argued".
  'supermarkets', 'utilities', 'refiners', 'refineries', 'producers', 'suppliers', 'exporters', 'importers', 'processors', 'dairies', 'creameries', 'hatcheries', 'feedlots', 'carriers',
  // Bodies of the media, of travel, of health and schooling, of faith: "Several networks have accused", "Hospital trusts say".
  'networks', 'studios', 'stations', 'platforms', 'newsrooms', 'tabloids', 'broadsheets', 'magazines', 'hotels', 'resorts', 'museums', 'campsites', 'trusts', 'districts', 'clinics', 'pharmacies', 'colleges', 'academies', 'dioceses', 'parishes', 'congregations', 'mosques', 'synagogues', 'temples',
  // Bodies of housing and money: "Building societies warn", "Auction houses report" (not "associations", as often a
  // study's finding).
  'societies', 'houses', 'housebuilders',
  // The financial markets, as a whole: "Markets now see two cuts".
  'markets',
  // Clubs of a sport or a town: "Rival clubs have accused Rovers".
  'clubs']);
// A country's spies as a whole, no agency named: "according to Western intelligence", "US intelligence believes";
// in lower case only, for "the House Intelligence Committee" is a name.
const SPIES = 'intelligence';

const BODY_OF = new Set(['of', 'for']);
/** A capitalised nationality or party, which "and" may join to another before their noun ("French and German officials"). */
export const describesJointly = (t: Token): boolean => t.capitalized && ORIGINS_AND_PARTIES.has(t.lower);
/** "the French and German …", with at most two lower-case words before the head: two origins joined. */
const ofTwoOrigins = (words: readonly Token[], headIndex: number): boolean =>
  headIndex >= 4 && headIndex <= 6 && words[2]?.lower === 'and' && describesJointly(words[1] as Token) && describesJointly(words[3] as Token) && words.slice(4, headIndex).every((w) => !w.capitalized);
// Where a crowd is, after the thing it feels or does: "the resistance in some countries", "the anger among farmers".
const PLACE_PREPOSITIONS = new Set(['in', 'among', 'across', 'within', 'inside']);
/** A lower-case noun no person, body, crowd or amount: "resistance", "anger", "support". */
const isThing = (w: Token): boolean => !w.capitalized && /^[a-z]+$/.test(w.lower) && !describesAName(w.lower) && !describesAName(singular(w.lower)) && !isCrowd(w.lower) && !AMOUNT_HEADS.has(w.lower) && !DETERMINERS.has(w.lower);
// Words that make "figures" people in public life ("GOP figures"); a nation's figures are mostly its statistics.
const FIGURE_QUALIFIERS = new Set(['public', 'political', 'prominent', 'senior', 'leading', 'key', 'party', 'opposition', 'establishment', 'media', 'religious', 'business', 'community', 'industry', 'gop', 'labour', 'tory', 'conservative', 'liberal', 'democratic', 'republican']);
// Capitalised possessives that own no record: "Today's polls", "Everyone's estimates".
const OWNERLESS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody', 'last', 'this', 'next']);
// Records made by asking people, and the words before whom they asked.
const ASKING_RECORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies']);
const RESPONDENTS_AFTER = new Set(['of', 'among']);
const POSTED = new Set(['posted', 'shared', 'published', 'uploaded']);
const RESULTS_OF = new Set(['results', 'findings']);
const KIND_INITIALS = new Set(['tv', 'ceo', 'ceos']);
const OUTLETS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'station', 'broadcaster', 'website', 'magazine', 'outlet', 'tabloid', 'channel', 'network']);
/** "a Texas newspaper", "a report in a New Hampshire paper", "one Ohio TV station": an unnamed outlet and its place. */
function placedOutlet(words: readonly Token[]): boolean {
  const a = words.findIndex((w) => w.lower === 'a' || w.lower === 'an' || w.lower === 'one');
  if (a < 0 || a > 3 || (a > 0 && words[a - 1]?.lower !== 'in')) return false;
  const rest = words.slice(a + 1);
  const head = rest.findIndex((w) => OUTLETS.has(w.lower));
  if (head < 1 || head !== rest.length - 1) return false;
  const place = lowersOf(rest.slice(0, head).filter((w) => w.capitalized && !lexicon.NOT_A_NAME.has(w.lower) && !KIND_INITIALS.has(w.lower))).join(' ');
  return place !== '' && lexicon.REGIONS.has(place) && rest.slice(0, head).every((w) => w.capitalized || !/^\p{Lu}/u.test(w.text));
}
const ACQUAINTANCES = new Set(['friend', 'neighbor', 'neighbour', 'colleague', 'classmate', 'schoolmate', 'roommate', 'flatmate', 'housemate', 'coworker', 'co-worker', 'acquaintance', 'confidant', 'confidante', 'teammate']);
const RELATIVES = new Set(['brother', 'sister', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'cousin', 'uncle', 'aunt', 'grandmother', 'grandfather', 'nephew', 'niece', 'parent', 'parents', 'spouse', 'girlfriend', 'boyfriend', 'family', 'relatives', 'siblings', 'children', 'widow', 'widower', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'partner', 'grandson', 'granddaughter', 'stepfather', 'stepmother']);
// Crowds that "of both parties" widens rather than points back with.
const PUBLICS_OF_BOTH = new Set(['lawmakers', 'legislators', 'voters', 'members', 'supporters', 'senators', 'delegates', 'activists', 'politicians', 'fans', 'residents', 'people']);
// Parties to a dispute or a deal, which "both", "the two" or "each" point back to as they do to bodies.
const PARTIES = new Set(['countries', 'governments', 'sides', 'parties', 'agencies', 'teams', 'campaigns']);
// People of bodies "both" or "the two" point back to: "officials from both countries".
const POINTED_BACK = new RegExp(`^\\S+ (?:of|from|at|with) (?:both|the two) (?:${[...BODY_PLURALS, ...PARTIES].join('|')})$`);
// With the bodies' possessive first, the holders of one office in each ("the two countries' foreign ministers"), not
// a crowd of each ("both countries' experts" stay experts).
const PRESS_OFFICERS = new Set(['officer', 'secretary']);
const PRESS_OFFICES = new Set(['press', 'media', 'communications']);
const OFFICE_HEADS = new Set(['ministers', 'leaders', 'presidents', 'executives', 'chiefs', 'heads', 'ambassadors', 'envoys', 'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons', 'negotiators', 'governors', 'mayors', 'chancellors', 'secretaries', 'chairmen', 'chairs', 'directors', 'owners', 'founders', 'captains', 'managers', 'coaches']);
const pointedBackOwners = (words: readonly Token[]): boolean => {
  const owners = words[0]?.lower === 'both' ? 1 : words[0]?.lower === 'the' && words[1]?.lower === 'two' ? 2 : -1;
  const owner = words[owners];
  return owner !== undefined && words.length > owners + 1 && /['’]$/.test(owner.text) && (BODY_PLURALS.has(owner.lower) || PARTIES.has(owner.lower));
};
// Most phrases hold neither "both" nor "the two"; the pattern, dear to compile, is left to those that do.
const pointsBack = (phrase: string) => (phrase.includes(' both ') || phrase.includes(' the two ')) && POINTED_BACK.test(phrase);

// Agent endings that are seldom surnames, so a capital that only opens the sentence does not hide the crowd
// ("Proponents say", "Residents told"); "-ers" stays ambiguous ("Peters said").
const CROWD_ENDING = /(?:ents|ants|ists|ians|icans|crats|goers)$/;

/** A crowd head: a plural of people ("farmers", "Republicans"), whatever its case. */
const isCrowd = (word: string, capitalized = false, opensSentence = false): boolean =>
  isPeoplePlural(word, !capitalized || (opensSentence && CROWD_ENDING.test(word))) ||
  (opensSentence && (compoundCrowd(word) || pluralOfTitle(word))) ||
  GROUP_PLURALS.has(word) ||
  GROUP_PLURALS.has(word.slice(word.lastIndexOf('-') + 1)) || // "African-Americans"
  BODY_PLURALS.has(word) ||
  (!capitalized && word === SPIES) ||
  // "Defenders of the minister claim", "Admirers say": people by where they stand to someone, also opening a sentence.
  (RELATIONS_TO.has(word) && (!capitalized || opensSentence)) ||
  (word.endsWith('s') && PEOPLE_ADJECTIVES.has(singular(word)));

const lowerAt = (lowers: readonly string[], k: number): string => lowers[k] ?? '';
/** Whether a plural owner with its apostrophe is a people or a crowd ("Muslims'", "Britons'"), not records ("Pictures'"). */
const peopleOwner = (owner: Token): boolean => {
  const word = owner.lower.replace(/['’]$/u, '');
  return isCrowd(word, true) && !RECORD_CROWDS.has(word);
};
// How the name of a people ends in the plural: "Corvinians", "Velmaris", "Lebanese".
const DEMONYM_PLURAL = /^\p{L}{3,}(?:ans|[^s]is|ese|ites)$/u;
// Platforms whose name before a page, a post or a channel says where it is, not whose: "a Facebook group", "a
// YouTube video", "a Telegram channel"; "a Twitter spokesman" speaks for the company.
const PLATFORMS = new Set(['facebook', 'twitter', 'youtube', 'instagram', 'tiktok', 'reddit', 'whatsapp', 'telegram', 'snapchat', 'linkedin']);
const ON_A_PLATFORM = new Set(['group', 'groups', 'page', 'pages', 'post', 'posts', 'video', 'videos', 'channel', 'channels', 'account', 'accounts', 'thread', 'threads', 'message', 'messages', 'profile', 'profiles', 'comment', 'comments', 'chat', 'forum']);
// "on Telegram", "on YouTube" after a record: where it was put out, not whose it is.
const onAPlatform = (lowers: readonly string[], k: number): boolean => PLATFORMS.has(lowerAt(lowers, k)) && (ON_A_PLATFORM.has(lowerAt(lowers, k + 1)) || lowerAt(lowers, k - 1) === 'on');
/**
 * "… by the Leeds council", "from the county's agency", "by his campaign", "from the family": "the" or an owner, and a
 * body or a family the story has in view, after the word at k. "by police", "from prosecutors": the force or the office
 * the story is about needs no "the", as "police said" does not (guide).
 */
const bodyAfter = (lowers: readonly string[], k: number): boolean =>
  ((lowerAt(lowers, k + 1) === 'the' || POSSESSIVE_PRONOUNS.has(lowerAt(lowers, k + 1))) && (lowers.slice(k + 2, k + 5).some((w) => INSTITUTIONS.has(w)) || RELATIVES.has(lowerAt(lowers, k + 2)))) ||
  lowerAt(lowers, k + 1) === 'police' || isNamedOffice(lowerAt(lowers, k + 1));
// Records addressed to someone: "a letter to shareholders", "his testimony to Congress", "remarks to reporters".
const ADDRESSED_RECORDS = new Set(['letter', 'letters', 'email', 'emails', 'memo', 'memos', 'message', 'messages', 'note', 'notes', 'statement', 'testimony', 'remarks', 'speech', 'report', 'filing', 'submission', 'reply', 'response', 'appeal', 'complaint', 'petition', 'address']);
// Participles by which a record is put out, after its head: "a video posted online".
const PUT_OUT = new Set(['posted', 'shared', 'uploaded', 'circulated', 'filmed']);
// Records put out, beside the record crowds and their singulars: "a statement posted on its website".
const PUT_OUT_RECORDS = new Set(['footage', 'clip', 'clips', 'statement', 'letter', 'memo', 'email', 'emails', 'message', 'messages', 'document', 'documents', 'data', 'records', 'figures', 'filing', 'filings', 'paper', 'preprint', 'preprints', 'sheet', 'bulletin', 'bulletins', 'newsletter', 'newsletters', 'spreadsheet', 'spreadsheets', 'slides', 'logs']);
/** A record that may be put out: "video", "statements", "documents". */
export const isRecordPutOut = (record: string): boolean => RECORD_CROWDS.has(record) || RECORD_CROWDS.has(`${record}s`) || PUT_OUT_RECORDS.has(record);
/** "a video posted online", "footage shared on Telegram": a participle of putting out right after a record. */
export const putsOutRecord = (record: string, participle: string): boolean => PUT_OUT.has(participle) && isRecordPutOut(record);
// Participles by which a record is made or put out, before its maker: "released by", "conducted by".
const MAKING_PARTICIPLES = new Set(['published', 'released', 'sent', 'written', 'drafted', 'signed', 'authored', 'conducted', 'commissioned', 'ordered', 'requested', 'funded', 'sponsored', 'compiled', 'issued', 'carried', 'produced', 'prepared', 'done', 'taken', 'run', 'provided', 'supplied', 'analysed', 'analyzed', 'collected', 'gathered', 'captured', 'drawn']);
/** Where "by" stands after a participle of making at k ("compiled by", "drawn up by"), or -1. */
const byAfterMaking = (lowers: readonly string[], k: number): number =>
  !MAKING_PARTICIPLES.has(lowerAt(lowers, k)) ? -1 : lowerAt(lowers, k + 1) === 'by' ? k + 1 : lowerAt(lowers, k + 1) === 'up' && lowerAt(lowers, k + 2) === 'by' ? k + 2 : -1;
// Records counted or measured, beside those put out: "tests commissioned by the council", "samples collected by".
const MEASURED_RECORDS = new Set(['tests', 'test', 'samples', 'numbers', 'readings', 'measurements']);
const isRecord = (word: string): boolean => RECORD_CROWDS.has(word) || RECORD_CROWDS.has(`${word}s`) || PUT_OUT_RECORDS.has(word) || DATA_NOUNS.has(word) || INSTITUTIONS.has(word) || MEASURED_RECORDS.has(word);
// Participles of a crowd asked in a poll: "economists polled by".
const POLLED = new Set(['polled', 'surveyed', 'sampled']);
/** Those who speak for whom they work for: "lawyers working for Tom Reed", "a spokesman working for Acme". */
const speaksFor = (role: string): boolean => COUNSEL.has(role) || SPOKESPEOPLE.has(role) || SPOKESPEOPLE_PLURAL.has(role);
const POLL_MANNERS = new Set(['phone', 'telephone', 'email', 'e-mail', 'post', 'text', 'mail', 'letter']);
const AD_VOICES = new Set(['narrator', 'narrators', 'voice-over', 'voiceover', 'announcer']);
const VOICE_IN = new Set(['in', 'of', 'for', 'on']);
const AD_PIECES = new Set(['ad', 'ads', 'advert', 'advertisement', 'spot', 'commercial']);
// Records of a thing: "a transcript of the hearing", "a copy of the memo".
const COPIES = new Set(['copy', 'copies', 'transcript', 'transcripts', 'recording', 'recordings', 'draft', 'excerpt', 'excerpts', 'video', 'footage']);
// "a slew of party leaders", "scores of workers": as "many", an amount that counts no one.
const MANY_OF = /^(?:a (?:number|slew|host|raft|bevy|bunch|lot|chorus) of|(?:lots|scores|plenty|dozens|hundreds|thousands|millions) of) /;
const AMOUNT_HEADS = new Set(['series', 'batch', 'trove', 'cache', 'body', 'lot', 'lots', 'number', 'handful', 'couple', 'bunch', 'host', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'plenty']);
// "Worshippers leaving the Al-Noor mosque", "shoppers queuing outside Harrods": what a public is doing, and where, after it.
const publicDoing = (words: readonly Token[], k: number): boolean =>
  (PUBLICS.has(words[k - 1]?.lower ?? '') || crowdDoing(words, k)) && !words[k]?.capitalized && /\p{L}{2}ing$/u.test(words[k]?.lower ?? '') && !ACTING_FOR.has(words[k]?.lower ?? '');
// So does any crowd of people doing something in a place it names: "People keeping chickens in Hull", "Farmers growing
// wheat near Leeds". Not a force or an office, whose people speak for the one the story is about ("Officers
// investigating the attack in Leeds"), nor with a capital before the crowd, which may be the body whose staff they are
// ("Acme chemists testing the water in Hull"); a capital crowd may be a surname read by its ending ("Peters using a
// telescope"), so only a listed crowd counts; an owner ("Reed's campaign letter") is no crowd.
function crowdDoing(words: readonly Token[], k: number): boolean {
  const crowd = words[k - 1]!;
  if (isPossessive(crowd) || !isCrowdOfPeople(crowd.lower) || isNamedOffice(crowd.lower) || OFFICERS.has(crowd.lower) || (crowd.capitalized && !isPeoplePlural(crowd.lower, false))) return false;
  if (k > 1 && words.slice(0, k).some((w) => w.capitalized)) return false;
  return words.some((w, n) => n > k && w.capitalized && PLACES_BEFORE.has(words[n - 1]!.lower));
}
// People of a force or an office, and the prepositions before a place.
const OFFICERS = new Set(['officers', 'officials', 'police', 'policemen', 'investigators', 'agents', 'inspectors', 'staff', 'doctors', 'nurses', 'aides']);
const PLACES_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'across', 'from']);
// "groups that have backed the levy": "that" opening a crowd's relative clause.
const crowdThat = (words: readonly Token[], k: number): boolean =>
  words[k]?.lower === 'that' && isCrowd(words[k - 1]?.lower ?? '') && opensRelativeAfterThat(words[k + 1]?.text ?? '');

const INITIALS_PLURAL = /^\p{Lu}{2,}s$/u;
const INITIALS = /^\p{Lu}{2,}(?:['’]s)?$/u;
const isInitialsPlural = (w: Token): boolean => w.capitalized && INITIALS_PLURAL.test(w.text.replace(/[.,'’”"]+$/, ''));
/** The word as a common noun: the same token, read as if written in lower case. */
export const asCommonNoun = (w: Token): Token => ({ text: w.text, lower: w.lower, start: w.start, end: w.end, boundary: w.boundary, capitalized: false, endsSentence: w.endsSentence, flags: w.flags });

/**
 * Classifies a phrase that stands where a source stands (subject of "said", object of "according to").
 * Returns null when the phrase is not a source at all ("the July 25 call").
 */
const DESCRIBING_PARTICIPLES = new Set(['living', 'working', 'advising', 'allied', 'aligned', 'based']);
const FILING = new Set(['file', 'files', 'filing', 'submit', 'submits', 'submitting', 'publish', 'publishes', 'publishing']);
const KIND_ACRONYMS = new Set(['PAC', 'PACs', 'NGO', 'NGOs', 'LLC', 'SPAC']);
function unnamedAcronymBody(words: readonly Token[]): boolean {
  const first = words[0]?.lower ?? '';
  if (!(first === 'a' || first === 'an' || first === 'one' || first === 'another') || words.length < 2) return false;
  const last = words[words.length - 1]!;
  // Only the kind's own modifiers between: "a super PAC", "an anti-Trump PAC"; not "a strategist allied with the super PAC".
  return KIND_ACRONYMS.has(last.text) && words.length <= 4 && words.slice(1, -1).every((w) => (!w.capitalized || /-/.test(w.text)) && !PREPOSITIONS.has(w.lower) && !isPersonRole(w.lower));
}

export function classifySource(words: readonly Token[], sentenceStart: number): SourceClass | null {
  // "Page 47 of the Hull inspectors' report", "Chapter 3 of the review": a part of a record is the record's.
  // Right after it, or after its number ("Chapter members of the union" are members).
  const partOf = !RECORD_PARTS.has(words[0]?.lower ?? '') ? -1 : words[1]?.lower === 'of' ? 1 : words[2]?.lower === 'of' && (/^\d/.test(words[1]?.text ?? '') || NUMBER_WORDS.has(words[1]?.lower ?? '')) ? 2 : -1;
  if (partOf > 0 && words.length > partOf + 1) return classifyPhrase(words.slice(partOf + 1), sentenceStart);
  // "A Texas newspaper reported", "a report in a New Hampshire paper": an outlet told only by where it is, one the
  // reader is not told the name of, is vague as "one newspaper" is.
  if (placedOutlet(words)) return VAGUE_ATTRIBUTION;
  // "A super PAC said", "an anti-Trump PAC revealed": one body of a kind whose name the reader is not told; its
  // acronym is the kind (PAC, NGO), no name.
  if (unnamedAcronymBody(words)) return VAGUE_ATTRIBUTION;
  // "the deadline for firms to file reports detailing their finances": a verb of putting a record out, then the record,
  // is an act on it, no source.
  if (words.length > 1 && FILING.has(words[0]!.lower) && RECORD_CROWDS.has(words[1]!.lower)) return null;
  // "Results of an exit poll of Ohio voters", "the findings of a new study": what a record found is read as the record.
  const resultsAt = words[0]?.lower === 'the' ? 1 : 0;
  // Only a record read so: "the results of Tuesday's primary" are an election's count, read as before.
  const resultsOf = RESULTS_OF.has(words[resultsAt]?.lower ?? '') && (words[resultsAt + 1]?.lower === 'of' || words[resultsAt + 1]?.lower === 'from') && words.length > resultsAt + 2 ? classifyPhrase(words.slice(resultsAt + 2), sentenceStart) : null;
  if (resultsOf) return resultsOf;
  // "An online poll": how a poll was taken, an adjective here, not where something was posted.
  const online = words.findIndex((w, k) => w.lower === 'online' && POLLS.has(words[k + 1]?.lower ?? ''));
  if (online >= 0) return classifySource([...words.slice(0, online), ...words.slice(online + 1)], sentenceStart);
  // "A farmer living near Hull", "a pollster advising Reed", "a strategist allied with the PAC": someone unnamed
  // described by where they live or whom they work for; the name after the participle is no name of theirs.
  // Not lawyers or spokespeople, who speak for whom they work for ("Lawyers working for Tom Reed said").
  // Nor a crowd working for a body, whose people speak for it as "economists at Hullbank" do.
  const forABody = (k: number) => words[k - 1]!.lower.endsWith('s') && (words[k + 1]?.lower === 'for' || words[k + 1]?.lower === 'with' || words[k + 1]?.lower === 'at');
  const describedBy = words.findIndex((w, k) => k > 0 && !w.capitalized && DESCRIBING_PARTICIPLES.has(w.lower) && isPersonRole(singular(words[k - 1]!.lower)) && !speaksFor(singular(words[k - 1]!.lower)) && !forABody(k));
  if (describedBy > 0 && !words.slice(1, describedBy).some((w) => w.capitalized && !PEOPLE_ADJECTIVES.has(w.lower) && !GROUP_PLURALS.has(`${w.lower}s`))) {
    const unnamed = classifyPhrase(words.slice(0, describedBy), sentenceStart);
    if (unnamed?.kind === 'anonymous-source') return anonymousSource(words, lowersOf(words).join(' '), false);
    if (unnamed?.kind === 'vague-attribution') return unnamed;
  }
  // "Most pilots surveyed by Acme Research", "Nearly half of drivers polled by the Hull Echo": respondents of a poll whose
  // maker is named speak through it, as "economists polled by Reuters" do (guide).
  const polledBy = words.findIndex((w, k) => k > 0 && POLLED.has(w.lower) && words[k + 1]?.lower === 'by');
  if (polledBy > 0) {
    // The maker right after "by" ("by Acme Research", "by the Hull Echo"), not how or where ("by phone in Hull").
    const maker = words[polledBy + 2]?.lower === 'the' ? polledBy + 3 : polledBy + 2;
    if (words[maker]?.capitalized === true && words.slice(0, polledBy).every((w) => !w.capitalized || w.start === sentenceStart)) return NAMED_SOURCE;
    // "drivers polled by phone in Hull": how they were asked names no maker, and where is no one's name.
    if (POLL_MANNERS.has(words[polledBy + 2]?.lower ?? '')) return classifyPhrase(words.slice(0, polledBy), sentenceStart);
  }
  const cls = classifyPhrase(words, sentenceStart);
  if (cls) return cls;
  // "Growers backed by the union": a phrase no rule reads, with a participle of ordering or asking for and its agent
  // after the noun, is read as the noun before the participle.
  const described = words.findIndex((w, k) => k > 0 && !w.capitalized && ORDERED_BY.has(w.lower) && words[k + 1]?.lower === 'by');
  return described > 0 ? classifyPhrase(words.slice(0, described), sentenceStart) : null;
}

const INDEFINITE_ARTICLES = lexicon.INDEFINITE_ARTICLES;
const EXAMINATIONS = new Set(['review', 'analysis', 'examination', 'audit', 'study', 'investigation', 'probe', 'inquiry', 'check']);
function classifyPhrase(words: readonly Token[], sentenceStart: number): SourceClass | null {
  if (words.length === 0) return null;
  // "The mayor's chief of staff", "a chief of staff": one office, read as its "chief"; the staff are no crowd here.
  // Only ending the phrase: a name after it ("Chief of Staff Denis Reed") is read as names are.
  const last = words.length - 1;
  if (last >= 2 && words[last]!.lower === 'staff' && words[last - 1]!.lower === 'of' && /^chiefs?$/.test(words[last - 2]!.lower)) return classifyPhrase(words.slice(0, last - 1), sentenceStart);
  // "CEOs", "NGOs", "TVs": a plural of initials is a common noun, whatever its capitals.
  if (words.some(isInitialsPlural)) words = words.map((w) => (isInitialsPlural(w) ? asCommonNoun(w) : w));
  const first = (words[0] as Token).lower;
  const lowers = lowersOf(words);
  const phrase = lowers.join(' ');
  // "Two Acme employees", "a handful of Acme staff": a counted or small group of a named body's people.
  const countedGroup = COUNT_WORD.test(first) || SMALL_GROUP_OF.test(phrase);
  // Markers count only in lower case: "CBS Sports NFL Insider Jason La Canfora" is a job title.
  const markerText = lowersOf(words.filter((w) => !w.capitalized || w.start === sentenceStart)).join(' ');
  // "Someone close to the mayor said", "someone in attendance", "someone at the meeting": one unnamed informant,
  // described; "someone said" alone is anyone.
  // So is "someone who was in the room", described by a clause of their own.
  if (SOMEONE.has(first) && (ANONYMITY_MARKER.test(markerText) || WHERE_SOMEONE_WAS.has(words[1]?.lower ?? '') || words[1]?.lower === 'who')) return anonymousSource(words, phrase, false);
  // "No 10 said", "Number 10 said": Downing Street by its door, as "Downing Street said" is.
  if (/^(?:no\.?|number) (?:10|ten)$/.test(phrase) && words[0]!.capitalized) return NAMED_SOURCE;
  // "Article 33 affirms", "Section 4 of the act states": a numbered part of a law or a treaty, a document the reader
  // can look up.
  // Not a place or a scheme so numbered, before the people of it ("Section 8 residents").
  if (DOCUMENT_PARTS.has(first) && words[0]!.capitalized && /^(?:\d+[a-z]?|[ivxlc]+)$/.test(words[1]?.lower ?? '') && (words.length === 2 || words[2]!.lower === 'of')) return NAMED_SOURCE;
  // "with HDR, which highlighted…": a phrase a preposition opens is what someone else's clause is about.
  if (NO_ONE.has(first) || OPENING_PREPOSITIONS.has(first)) return null;
  // "Neuroscience tells us", "History shows", "Economics suggests": a field of knowledge opening the sentence is an
  // authority no one could be asked, not a name (the journals "Science" and "Nature" are left as names).
  if (words.length === 1 && (words[0] as Token).start === sentenceStart && FIELDS.test(first)) return VAGUE_ATTRIBUTION;
  // "The public says", "the Welsh public believes", "the public at large", "half of the electorate": a whole people,
  // as a crowd; so are a people's circles ("the Republican establishment believes", "the party elite", "the
  // scientific community agrees").
  if (THE_PUBLIC.test(phrase)) return VAGUE_ATTRIBUTION;
  // "the Conservatives said", "the Lib Dems argue": a party named in the plural speaks as "Labour said" does; "many
  // Conservatives", "Tory MPs" are its members, a crowd.
  // So does one with its nation before it: "the Scottish Conservatives", "the Welsh Lib Dems" (not "the Rebel Tories",
  // a wing of its members).
  const party = (n: number) => PARTIES_IN_THE_PLURAL.has(lowers.slice(-n).join(' ')) && lowers.slice(1, -n).every((w) => NATIONS_OF_A_PARTY.has(w));
  if (first === 'the' && words.length > 1 && words.slice(1).every((w) => w.capitalized) && (party(1) || party(2))) return NAMED_SOURCE;
  if (groupNamedForCause(words, sentenceStart) || bodyOfNamed(words, sentenceStart)) return NAMED_SOURCE;
  // "a memo seen by the Hull Post": the outlet that saw or obtained a record names neither it nor its author. A
  // copy or a transcript is of something the story has in view ("a transcript reviewed by Acme News" of the trial).
  const seenBy = lowers.findIndex((w, k) => k > 0 && HELD_BY_OUTLET.has(w) && lowers[k + 1] === 'by' && !COPIES.has(lowers[k - 1] ?? ''));
  const nameEnd = seenBy > 0 ? seenBy : words.length;
  let namedAt = -1;
  // "a recent review of Ann Reed’s emails", "an analysis of Acme's filings": what an unnamed examination examined is
  // no one who made it; a maker after "by" still names it.
  const examinedOf = INDEFINITE_ARTICLES.has(first) ? lowers.findIndex((w, k) => w === 'of' && EXAMINATIONS.has(lowerAt(lowers, k - 1))) : -1;
  const examined = examinedOf < 0 ? -1 : examinedOf + 1;
  const makerBy = examined < 0 ? -1 : lowers.indexOf('by', examined);
  const examinedEnd = makerBy < 0 ? nameEnd : Math.min(makerBy, nameEnd);
  for (let k = 0; k < nameEnd && namedAt < 0; k++) {
    if (k === examined) {
      k = examinedEnd - 1;
      continue;
    }
    // "A recent poll in Ohio", "polling across Iowa": where a poll was taken names no one who made it; nor does
    // where a thing happened name the thing ("the mood in Leeds", "the fallout of the vote in Hull").
    if (PLACES_OF_RECORDS.has(lowerAt(lowers, k)) && (lowers.slice(0, k).some((w) => POLLS.has(w)) || !lowers.slice(0, k).some(isSourceNoun))) {
      while (k + 1 < nameEnd && (words[k + 1]?.capitalized || lowerAt(lowers, k + 1) === 'the' || (lowerAt(lowers, k + 1) === 'and' && words[k + 2]?.capitalized))) k++;
      continue;
    }
    // "in many Iowa polls", "New Hampshire surveys": a state or a nation before polls is where they were taken.
    const region = REGIONS.has(lowerAt(lowers, k)) ? 1 : WORDS_OF_TWO_WORD_PLACES.has(lowerAt(lowers, k)) && REGIONS.has(`${lowerAt(lowers, k)} ${lowerAt(lowers, k + 1)}`) ? 2 : 0;
    if (region && POLLS.has(lowerAt(lowers, k + region))) {
      // "Recent Iowa polls": the sentence's first word read as a name only for the capital after it.
      if (namedAt === k - 1 && words[k - 1]?.start === sentenceStart) namedAt = -1;
      k += region - 1;
      continue;
    }
    if (isName(words, k, sentenceStart) && !onAPlatform(lowers, k)) namedAt = k;
  }
  // "a memo issued by the White House", "figures compiled by the US": a government's seat or country that ends the
  // phrase after "by" is the record's maker, named as it is alone ("the White House said"); so is the seat before a
  // record ("a White House memo"). Not "a survey by US researchers", where the country describes the makers.
  const seatToTheEnd = (k: number) => words.slice(k).every((w) => w.capitalized && COUNTRIES.has(w.lower));
  const seatsRecord = (k: number) => lowers[k] === 'white' && lowerAt(lowers, k + 1) === 'house' && isRecordPutOut(lowerAt(lowers, words.length - 1));
  if (namedAt < 0) namedAt = lowers.findIndex((w, k) => words[k]!.capitalized && COUNTRIES.has(w) && (((lowerAt(lowers, k - 1) === 'by' || (lowerAt(lowers, k - 1) === 'the' && lowerAt(lowers, k - 2) === 'by')) && seatToTheEnd(k)) || seatsRecord(k)));
  const hasName = namedAt >= 0;
  // "My doctor told me", "my landlord said": one person the writer knows and does not name, an unnamed individual
  // giving information, as "a friend told me" is (not "my colleague Tom Reed").
  if (first === 'my' && !hasName && words.length <= 3 && (lexicon.isPersonRole(lowerAt(lowers, words.length - 1)) || lexicon.isPersonNoun(lowerAt(lowers, words.length - 1)))) return anonymousSource(words, phrase, false);
  // "Documents seen by the Hull Post show", "emails obtained by Acme News": records only an outlet holds, with no one
  // named for them, are as vague as "a memo seen by" it; "the documents" point back, "council documents" are the
  // council's.
  // A record's own word opening the sentence is no name ("Emails seen by …").
  const recordOpens = namedAt === 0 && seenBy === 1 && words[0]!.start === sentenceStart && isRecord(first);
  // Not "a transcript of her memo seen by the Hull Post", a copy of what the story has in view (below).
  if (seenBy > 0 && (!hasName || recordOpens) && words.slice(0, seenBy).every((w, k) => !POINTING.has(w.lower) && w.lower !== 'of' && !isPossessive(w) && !POSSESSIVE_PRONOUNS.has(w.lower) && (k === seenBy - 1 || !INSTITUTIONS.has(w.lower)))) return VAGUE_ATTRIBUTION;
  // "a letter it sent to lawmakers": a record a body put out, "it" standing for the body the story has in view, as
  // "the agency's letter" would. A person or a crowd ("an email she sent", "a memo they circulated") is left to whom
  // the pronoun refers to, which the phrase alone cannot tell.
  if (lowers.some((w, k) => k > 0 && w === 'it' && isRecord(lowerAt(lowers, k - 1)) && (MAKING_PARTICIPLES.has(lowerAt(lowers, k + 1)) || SENT.has(lowerAt(lowers, k + 1))))) return NAMED_SOURCE;

  // "a study of hospital insiders": a record of a crowd is the record; the crowd is whom it asked.
  const recordOf = phrase.includes(' of ') || phrase.includes(' among ') ? lowers.findIndex((w, k) => k > 0 && ASKING_RECORDS.has(w) && RESPONDENTS_AFTER.has(lowerAt(lowers, k + 1))) : -1;
  if (recordOf > 0 && isCrowd(lowerAt(lowers, words.length - 1), words[words.length - 1]?.capitalized, false)) return classifySource(words.slice(0, recordOf + 1), sentenceStart);
  // "Several media sources reported", "different news sources": outlets, reports at large, not informants.
  if (lowers.at(-1) === 'sources' && PRESS_SOURCES.has(lowerAt(lowers, words.length - 2))) return VAGUE_ATTRIBUTION;
  if (ANONYMITY_MARKER.test(markerText)) return anonymousSource(words, phrase, hasName);
  // "the leaker", "a tipster": one known only by what they pass on, unless named ("leaker Evan Blass"); "Racing tipsters
  // say" are a crowd.
  if (!hasName && LEAKERS.has(lowerAt(lowers, words.length - 1)) && words.length <= 4) return anonymousSource(words, phrase, hasName);
  // "a narrator says", "the ad's announcer": the voice reading an ad or a film speaks its makers' words, as a
  // spokesperson speaks for a named body; the piece is the source.
  if (AD_VOICES.has(lowerAt(lowers, words.length - 1)) && words.length <= 3) return NAMED_SOURCE;
  // So does one said to be in the ad: "a narrator in the Reed ad", "the voice-over of the Acme spot".
  const voice = lowers.findIndex((w) => AD_VOICES.has(w));
  const piece = voice >= 0 ? lowers.findIndex((w, k) => k > voice + 1 && AD_PIECES.has(w)) : -1;
  // The ad the story has in view or whose it is ("the ad", "the Reed ad", "its spot"), not "a video posted online".
  const adInView = piece > 0 && (lowerAt(lowers, voice + 2) === 'the' || POSSESSIVE_PRONOUNS.has(lowerAt(lowers, voice + 2)) || words[piece - 1]?.capitalized === true);
  if (voice >= 0 && voice <= 2 && VOICE_IN.has(lowerAt(lowers, voice + 1)) && words.length <= voice + 6 && adInView) return NAMED_SOURCE;
  if (words.length === 1 && PRONOUN_SPEAKERS.has(first)) return NAMED_SOURCE;
  if (words.length === 1 && UNNAMED_ONES.has(first)) return VAGUE_ATTRIBUTION;
  // "they say": vague until the references stage finds the group it stands for (or drops it).
  // "…, they’ve suggested": so with its auxiliary run in.
  if (words.length === 1 && (first === 'both' || first.replace(lexicon.AUXILIARY_RUN_IN, '') === 'they')) return VAGUE_ATTRIBUTION;
  if (phrase === 'wall street') return VAGUE_ATTRIBUTION;
  // "one in four adults in Leeds", "nearly two out of three voters": a share of a crowd speaks as the crowd does.
  const share = SHARE_OF_A_CROWD.exec(phrase);
  if (share && words.length > share[0].split(' ').length) return classifySource(words.slice(share[0].split(' ').length), sentenceStart);
  // "42 percent of voters in Iowa", "half of the farmers in Leeds": so does a share told by a number or a fraction, whose
  // place after the crowd names no one.
  const ofAt = lowers.indexOf('of');
  const shareHead = ofAt > 0 ? words[ofAt - 1]! : undefined;
  const shareHeads = shareHead !== undefined && (SHARES.has(shareHead.lower) || shareHead.text.endsWith('%') || (shareHead.lower === 'cent' && lowerAt(lowers, ofAt - 2) === 'per'));
  if (shareHead && ofAt < words.length - 1 && shareHeads && lowers.slice(0, ofAt - 1).every((w) => /\d/.test(w) || NUMBER_WORDS.has(w.split('-')[0] ?? '') || SHARE_QUALIFIERS.has(w))) {
    const crowd = classifySource(words.slice(ofAt + 1), sentenceStart);
    if (crowd) return crowd;
  }
  // "State television reported", "Iranian state radio said": the state's one broadcaster, as "the state news agency";
  // "local radio" is any of many, as "local media" are.
  const broadcast = BROADCAST.exec(phrase);
  if (broadcast) return broadcast[1] === 'local' || broadcast[1] === 'regional' ? VAGUE_ATTRIBUTION : NAMED_SOURCE;
  // "those who knew him say", "those surveyed said", "those present", "those attending"
  // "those in favor of the levy", "those on the left", "those opposed to it": where or for what a crowd stands.
  if (first === 'those' && (lowerAt(lowers, 1) === 'who' || (words.length === 2 && /(?:ed|ing|^present)$/.test(lowerAt(lowers, 1))) || (words.length > 2 && CROWD_PLACES.has(lowerAt(lowers, 1))))) return VAGUE_ATTRIBUTION;
  // "One of them said", "one of those present": one unnamed person out of the group just mentioned.
  if (first === 'one' && lowerAt(lowers, 1) === 'of' && OF_THE_GROUP.has(lowerAt(lowers, 2))) return anonymousSource(words, phrase, false);
  // "one of his advisers": one unnamed person out of a group is an anonymous individual, not a crowd.
  if (first === 'one' && lowerAt(lowers, 1) === 'of' && words.length > 2 && isCrowd(lowerAt(lowers, words.length - 1))) {
    return hasName && !isPossessive(words[namedAt] as Token) ? NAMED_SOURCE : anonymousSource(words, phrase, hasName);
  }

  // "Farmers interviewed in Tillbury", "fans leaving Wembley": people described by where they were sought out or what
  // they are doing there, which the parser reads as one phrase with its participle (sources.ts); the place names no one.
  if (words.some((w, k) => k > 0 && (isCrowd(lowerAt(lowers, k - 1)) || isPersonRole(lowerAt(lowers, k - 1))) && ((CONTACTED_BY.has(w.lower) && lowerAt(lowers, k + 1) !== 'by') || publicDoing(words, k)))) return null;

  // The head is the crowd right before the verb ("things libertarians say"), else the noun before the first
  // preposition ("people familiar with the matter", "members of Congress").
  let headIndex = words.length - 1;
  // "an adviser to some of the growers", "an aide to the protesters": one person's role before a preposition
  // heads the phrase, whoever the crowd after it is.
  // So does one asked by them: "a witness questioned by council investigators".
  // And one acting for them: "a lawyer representing the customers".
  // So do counted informants: "Three aides in both parties said" (not "Many aides in both parties", a crowd).
  const roleOf = lowers.findIndex((w, k) => k > 0 && (PREPOSITIONS.has(w) || w === 'to' || (CONTACTED_BY.has(w) && lowerAt(lowers, k + 1) === 'by') || ACTING_FOR.has(w)) && (isPersonRole(lowerAt(lowers, k - 1)) || (ANONYMOUS_CROWDS.has(lowerAt(lowers, k - 1)) && SMALL_COUNT.test(first))));
  // "Voters in Ohio going to the polls": records after a preposition and "the" are where the crowd goes, not its head.
  const placeOfRecords = RECORD_CROWDS.has(lowerAt(lowers, headIndex)) && lowerAt(lowers, headIndex - 1) === 'the' && (PREPOSITIONS.has(lowerAt(lowers, headIndex - 2)) || lowerAt(lowers, headIndex - 2) === 'to');
  const crowdLast = !placeOfRecords && isCrowd(lowerAt(lowers, headIndex), words[headIndex]?.capitalized, words[headIndex]?.start === sentenceStart);
  // "the doubt in some rich countries", "the anger among poor farmers": a thing the crowd feels heads the
  // phrase, with the crowd after its preposition.
  const thingOf = first === 'the' && crowdLast ? lowers.findIndex((w, k) => k > 1 && PLACE_PREPOSITIONS.has(w) && isThing(words[k - 1] as Token)) : -1;
  // "Reed's letter to residents", "a memo to staff": whom a record was addressed to is not what the phrase is about.
  // The record opens the phrase with its determiner or its owner ("sent on a letter to the board" is a verb’s object, no phrase of one).
  const opensWithOwner = DETERMINERS.has(first) || POSSESSIVE_PRONOUNS.has(first) || (isPossessive(words[0]!) && words[0]!.capitalized);
  const addressed = opensWithOwner ? lowers.findIndex((w, k) => k > 0 && w === 'to' && ADDRESSED_RECORDS.has(lowerAt(lowers, k - 1))) : -1;
  if (addressed > 0) headIndex = addressed - 1;
  else if (roleOf > 0 && crowdLast) headIndex = roleOf - 1;
  else if (thingOf > 0) headIndex = thingOf - 1;
  else if (!crowdLast) {
    for (let k = 1; k < words.length; k++) {
      // "A video posted online", "footage shared on social media": how a record was put out follows its head.
      // So does how it was made, before its maker: "figures provided by the ministry", "a report drawn up by the
      // council".
      if (putsOutRecord(lowerAt(lowers, k - 1), lowerAt(lowers, k)) || (byAfterMaking(lowers, k) > 0 && isRecord(lowerAt(lowers, k - 1)))) {
        headIndex = k - 1;
        break;
      }
      // "a lot of people on Twitter", "dozens of workers at the plant": the amount is no head; the crowd after it is.
      if (lowerAt(lowers, k) === 'of' && AMOUNT_HEADS.has(lowerAt(lowers, k - 1))) continue;
      // "a doctor not involved in the study", "analysts not affiliated with Acme": "not" opens what the person is not.
      if (lowerAt(lowers, k) === 'not' && (!words[k - 1]?.capitalized || words[k - 1]?.start === sentenceStart) && (isPersonRole(singular(lowerAt(lowers, k - 1))) || isCrowd(lowerAt(lowers, k - 1)))) {
        headIndex = k - 1;
        break;
      }
      // "people tracking the whip count", "a senior aide monitoring the talks": what someone keeps watch on follows them.
      if (!words[k]!.capitalized && WATCHING.has(lowerAt(lowers, k)) && (isCrowd(lowerAt(lowers, k - 1)) || isPersonRole(singular(lowerAt(lowers, k - 1))))) {
        headIndex = k - 1;
        break;
      }
      // "people directly knowledgeable about", "an official closely involved in": an adverb before what describes them.
      if (!words[k]!.capitalized && isLyAdverb(lowerAt(lowers, k)) && INFORMED.has(lowerAt(lowers, k + 1)) && (isCrowd(lowerAt(lowers, k - 1)) || isPersonRole(singular(lowerAt(lowers, k - 1))))) {
        headIndex = k - 1;
        break;
      }
      // "a senior adviser to Reed": whose adviser follows "to", as it follows "of".
      if ((PREPOSITIONS.has(lowerAt(lowers, k)) && !isAttributive(lowers, k)) || (SENT.has(lowerAt(lowers, k)) && lowerAt(lowers, k + 1) === 'to') || (CONTACTED_BY.has(lowerAt(lowers, k)) && lowerAt(lowers, k + 1) === 'by') || crowdThat(words, k) || (lowerAt(lowers, k) === 'to' && isPersonRole(singular(lowerAt(lowers, k - 1))) && (words[k + 1]?.capitalized || DETERMINERS.has(lowerAt(lowers, k + 1)) || POSSESSIVE_PRONOUNS.has(lowerAt(lowers, k + 1))))) {
        headIndex = k - 1;
        break;
      }
    }
  }
  const head = lowerAt(lowers, headIndex).replace(POSSESSIVE, '');
  // "the Acme average", "the average of polls compiled by Acme": a pollster's average of polls is its record, named as
  // its polls are; "a polling average" with no one's name is any ("the polling average" is left to what it refers to).
  if ((head === 'average' || head === 'averages') && (hasName || (lowerAt(lowers, headIndex - 1) === 'polling' && !POINTING.has(first)))) return hasName ? NAMED_SOURCE : VAGUE_ATTRIBUTION;
  // "The rail industry says", "the sector warns": a trade as a whole is a category of firms, not one a reader can ask.
  if (SECTORS.has(head) && !hasName) return VAGUE_ATTRIBUTION;
  // "criticism from some quarters", "in certain circles": people left unsaid behind a word for where they are; not
  // "three quarters", "living quarters", "black circles on the map".
  // "According to diplomatic circles", "Washington circles believe": circles of a kind or a place are people too.
  if (UNSAID_PLACES.has(head) && headIndex > 0 && (UNSAID_PLACE_QUALIFIERS.has(lowerAt(lowers, headIndex - 1)) || (head === 'circles' && (CIRCLES_OF.has(lowerAt(lowers, headIndex - 1)) || (words[headIndex - 1]?.capitalized === true && words[headIndex - 1]?.start !== sentenceStart))))) return VAGUE_ATTRIBUTION;
  // "a transcript of the hearing", "a copy of the memo", "a recording of his speech": a record of something the
  // story has in view is one a reader can find, as the thing is.
  const ofWhat = lowerAt(lowers, headIndex + 2);
  if (COPIES.has(head) && lowerAt(lowers, headIndex + 1) === 'of' && (ofWhat === 'the' || POSSESSIVE_PRONOUNS.has(ofWhat) || words[headIndex + 2]?.capitalized)) return NAMED_SOURCE;
  // "some GOP figures", "prominent Labour figures": people in public life, not numbers.
  // Not tallies someone put out: "industry figures published by the SMMT".
  const publicFigures = (head === 'figures' || head === 'figure') && headIndex > 0 && FIGURE_QUALIFIERS.has(lowerAt(lowers, headIndex - 1)) && !lowers.slice(headIndex + 1).some((w) => w === 'by' || w === 'from');
  // "The firms would not name a price, saying", "the companies said": bodies the story has just named, as "the
  // agency" is.
  // Not the press as a whole: "the papers say", "the tabloids tell us" (a crowd of outlets, none named).
  // In lower case only: "The Press" inside a sentence is a paper of that name.
  if (words.length === 2 && first === 'the' && PRESS_AS_A_WHOLE.has(head) && !words[1]!.capitalized) return VAGUE_ATTRIBUTION;
  if (words.length === 2 && first === 'the' && (BODY_PLURALS.has(head) || ON_RECORD_BODY_PLURALS.has(head))) return NAMED_SOURCE;
  // "The prosecution alleged", "the defence argued": the two sides of the case the story is about, as "prosecutors"
  // and "defence lawyers" are.
  if (words.length === 2 && first === 'the' && (head === 'prosecution' || DEFENCE.test(head))) return NAMED_SOURCE;
  // "the French and German governments", "the Russian and Syrian defence ministries": each country's own body, named
  // as "the French government" is.
  if (first === 'the' && (BODY_PLURALS.has(head) || ON_RECORD_BODY_PLURALS.has(head)) && ofTwoOrigins(words, headIndex)) return NAMED_SOURCE;
  // So do "the two companies", "both firms", "both political parties": a count of them points back the same way (not "the two cities" a
  // drain is shared by).
  const counted = first === 'both' ? words.length <= 3 : words.length === 3 && first === 'the' && SMALL_COUNT.test(lowerAt(lowers, 1));
  if (counted && (BODY_PLURALS.has(head) || PARTIES.has(head))) return NAMED_SOURCE;
  // "Each side said", "either campaign": one of the parties just named.
  if (words.length === 2 && (first === 'each' || first === 'either') && PARTIES.has(`${head}s`)) return NAMED_SOURCE;
  const possessive = words.slice(0, headIndex).some((w) => POSSESSIVE_PRONOUNS.has(w.lower) || isPossessive(w));
  // "estimates by the Acme Institute", "polls by Acme", "two surveys by the Leeds government": a record is by
  // whoever made it, as "from" it is, a body the story has in view included.
  // So are "polls released by Acme", "estimates published by the council": a participle between the record and its maker;
  // and "reports filed with the election commission": a body that keeps them.
  const participle = lowerAt(lowers, headIndex + 1);
  const kept = FILED.has(participle) && (lowerAt(lowers, headIndex + 2) === 'with' || lowerAt(lowers, headIndex + 2) === 'to');
  const byAt = participle === 'by' || participle === 'from' ? headIndex + 1 : putsOutRecord(head, participle) && lowerAt(lowers, headIndex + 2) === 'by' ? headIndex + 2 : kept ? headIndex + 2 : byAfterMaking(lowers, headIndex + 1);
  const madeBy = RECORD_CROWDS.has(head) && byAt > 0;
  const byBody = madeBy && bodyAfter(lowers, byAt);
  // "Traders at Kisumu market", "stallholders in the Leeds square": a named open place is where a crowd is, no body.
  const openPlace = OPEN_PLACES.has(lowerAt(lowers, words.length - 1));
  const affiliation = (((AFFILIATIONS.has(lowerAt(lowers, headIndex + 1)) && !openPlace) || madeBy) && namedAt > headIndex) || byBody;

  // "Chain emails claim", "Viral messages say", "forwarded posts warn": messages passed hand to hand, whose writer
  // no one knows, speak as rumour does; so do records the writer says no one has checked ("Unconfirmed figures put
  // the toll at 100").
  if (words.length <= 3 && lowers.slice(0, headIndex).some((w) => PASSED_ON.has(w) || UNCHECKED.has(w)) && isRecordPutOut(head) && !hasName) return VAGUE_ATTRIBUTION;
  // "Recent polling shows", "exit polls suggested", "Data show": records no one is named for are vague (as "a
  // study" is); a name, an owner, a body or "the" makes them a record the reader can look up ("council records",
  // "the data", "files from the county").
  const untraced = (w: string) => DATA_NOUNS.has(w) || UNTRACED_RECORDS.has(w);
  const untracedRecord = UNTRACED_RECORDS.has(head) && headIndex === words.length - 1 && lowers.slice(0, headIndex).every((w) => UNTRACING_QUALIFIERS.has(w));
  if ((DATA_NOUNS.has(head) || untracedRecord) && !VAGUE_DETERMINERS.has(first)) {
    // A name may be written with an inner capital only: "data from eFarePoint".
    const traced = (hasName && namedAt !== headIndex) || possessive || POINTING.has(first) || words.some((w) => ((INSTITUTIONS.has(w.lower) || OFFICIAL.has(w.lower)) && !untraced(w.lower)) || INNER_CAPITAL.test(w.text));
    return traced ? NAMED_SOURCE : VAGUE_ATTRIBUTION;
  }
  // "executives of both companies", "officials from the two countries": people of bodies the story has just named.
  // "Lawmakers from both parties", "voters of both parties" are a crowd as wide as the two.
  if (!VAGUE_DETERMINERS.has(first) && !ANONYMOUS_CROWDS.has(first) && !PUBLICS_OF_BOTH.has(first) && pointsBack(phrase)) return NAMED_SOURCE;
  if (pointedBackOwners(words) && OFFICE_HEADS.has(head)) return NAMED_SOURCE;
  if (VAGUE_DETERMINERS.has(first) || MANY_OF.test(phrase) || phrase.startsWith('a few ')) {
    if (ANONYMOUS_CROWDS.has(head)) return anonymousSource(words, phrase, hasName);
    // "most of the companies reported results" is not a crowd giving a view; "many", "others" alone are.
    // "Many Corvinians", "Most Velmaris": a people by a name no list holds, right after how many of them.
    const people = headIndex === 1 && words.length === 2 && words[1]?.capitalized === true && DEMONYM_PLURAL.test(head);
    // "Some models suggest", "Several simulations show": records no one is named for, some of them.
    if (isCrowd(head, words[headIndex]?.capitalized, words[headIndex]?.start === sentenceStart) || isPersonRole(singular(head)) || headIndex === 0 || publicFigures || people || (UNTRACED_RECORDS.has(head) && headIndex === words.length - 1 && !hasName)) return VAGUE_ATTRIBUTION;
    return null;
  }
  // "his brother added", "Reed's wife said": a relative of someone named; "the mother of three" is someone the
  // story has described, and is left to what refers to her.
  // "Reed's family insists": a capitalised possessive opening the sentence is whose they are, as "his" is.
  if (RELATIVES.has(head) && (!words[headIndex]?.capitalized || words[headIndex]?.start === sentenceStart)) {
    // Not a crowd's ("Patients' relatives alleged", "Victims' families say"): the relatives of a crowd are a crowd.
    const crowdOwner = headIndex === 1 && /s['’]$/u.test(words[0]!.text) && peopleOwner(words[0]!);
    if (crowdOwner && !hasName) return VAGUE_ATTRIBUTION;
    if (possessive && (hasName || POSSESSIVE_PRONOUNS.has(first) || (words[0]!.capitalized && isPossessive(words[0]!)))) return NAMED_SOURCE;
    // "a victim's mother", "the mother of one victim", and one relative with no owner at all ("a parent said", "one
    // mother, whose son …, said"): the relative of someone unnamed is unnamed too, one person anonymous (guide),
    // relatives in the plural a crowd. Not "a family", a household the story is about.
    const ofSomeone = (INDEFINITE_ONES.has(first) && (possessive || head !== 'family')) || (first === 'the' && lowerAt(lowers, headIndex + 1) === 'of' && INDEFINITE_ONES.has(lowerAt(lowers, headIndex + 2)) && words.length <= headIndex + 4);
    if (ofSomeone && !hasName) return head.endsWith('s') || head === 'family' || head === 'children' ? VAGUE_ATTRIBUTION : anonymousSource(words, phrase, false);
    // "Three parents told the Echo", "Two mothers said": a counted small group, as "three residents" is.
    if (headIndex === 1 && SMALL_COUNT.test(first) && !possessive) return anonymousSource(words, phrase, hasName);
    // "Parents say", "a backlash from parents", "Children told inspectors": with no determiner, a crowd of a kind; so
    // are "local parents", "teachers and parents" (no one's, none counted).
    const bare = headIndex === 0 || (!possessive && !DETERMINERS.has(first) && !POSSESSIVE_PRONOUNS.has(first) && !SMALL_COUNT.test(first) && !/^\d/.test(first));
    return bare && (head.endsWith('s') || head === 'children') ? VAGUE_ATTRIBUTION : null;
  }
  // "representatives of Reed's family", "Acme's spokesmen": a named body's speakers, on the record, are the body.
  if (SPOKESPEOPLE_PLURAL.has(head) && (hasName || possessive)) return NAMED_SOURCE;
  // "Company representatives said", "local spokesmen": speakers for a body the phrase does not name, a crowd as bare
  // "officials" are (guide).
  if (SPOKESPEOPLE_PLURAL.has(head)) return VAGUE_ATTRIBUTION;
  // "The Hull press officer", "a council media officer": a body's speaker by another name.
  const pressRole = PRESS_OFFICERS.has(head) && PRESS_OFFICES.has(lowerAt(lowers, headIndex - 1));
  if (SPOKESPEOPLE.has(head) || pressRole) {
    // "A former Acme spokesman said": one who no longer speaks for the body is an unnamed person; not "the former
    // vice president's spokeswoman", whose "former" is her employer's.
    const formerAt = lowers.findIndex((w) => FORMER.has(w));
    if (formerAt >= 0 && formerAt < headIndex && !words.slice(formerAt + 1, headIndex).some(isPossessive)) return anonymousSource(words, phrase, hasName);
    const roleStart = pressRole ? headIndex - 1 : headIndex;
    // "a company spokesperson", "a police spokesman": the body speaks on the record through them.
    // So do "a spokesman for the council", "a spokeswoman at the ministry": the body after the role.
    // "a spokesman for the mayor", "a representative for the singer", "a spokeswoman for the family": for one person or
    // one family the story is about, on the record, as for a body.
    // So is one for a title a word narrows: "a spokesperson for the prime minister", "for the finance minister".
    const narrowed = words.length === headIndex + 5 && TITLES.has(lowerAt(lowers, headIndex + 4)) && !words[headIndex + 3]?.capitalized;
    const whom = lowerAt(lowers, narrowed ? headIndex + 4 : headIndex + 3);
    const forOne = (words.length === headIndex + 4 || narrowed) && (isPersonRole(whom) || TITLES.has(whom) || whom === 'family');
    // "a government spokesman", as "a spokesman for the government".
    const forWhom = AFFILIATIONS.has(lowerAt(lowers, headIndex + 1)) || lowerAt(lowers, headIndex + 1) === 'for';
    // "a White House spokesman": the seat of a government speaks for it, as "the White House said" does.
    const seat = words.slice(DETERMINERS.has(first) ? 1 : 0, roleStart);
    const forSeat = seat.length > 0 && seat.every((w) => w.capitalized && COUNTRIES.has(w.lower));
    // "a spokesperson for the gallery", "for the rescue service": one thing of any kind the story is about, as "the
    // gallery said" is; not a crowd ("for the protesters") or a trade ("for the industry").
    const thing = words.slice(headIndex + 3);
    const thingHead = lowerAt(lowers, words.length - 1);
    // Not where they are ("a spokeswoman at the scene"), nor a people an adjective names ("for the unemployed").
    const forOneThing = lowerAt(lowers, headIndex + 1) === 'for' && thing.length >= 1 && thing.length <= 3 && thing.every((w) => !w.capitalized && !OPENING_PREPOSITIONS.has(w.lower) && !DETERMINERS.has(w.lower)) && !/s$/.test(thingHead) && !SECTORS.has(thingHead) && !PEOPLE_BY_ADJECTIVE.has(thingHead);
    const forBody = forSeat || (roleStart > 0 && (ON_RECORD_BODIES.has(lowerAt(lowers, roleStart - 1)) || INSTITUTIONS.has(lowerAt(lowers, roleStart - 1)))) || forWhom && lowerAt(lowers, headIndex + 2) === 'the' && (INSTITUTIONS.has(whom) || forOne || forOneThing);
    // "a spokeswoman for his office", "a spokesman for the governor's office", "a spokesman for her": whose the body or
    // the person is, the story has said, as "his office said" is the office of someone named.
    const last = lowerAt(lowers, words.length - 1);
    const owner = lowerAt(lowers, headIndex + 2);
    const owned = POSSESSIVE_PRONOUNS.has(owner) || (owner === 'the' && POSSESSIVE.test(lowerAt(lowers, headIndex + 3)));
    const forOwned = forWhom && words.length <= headIndex + 5 && ((owned && (INSTITUTIONS.has(last) || isPersonRole(last) || TITLES.has(last) || last === 'family')) || (words.length === headIndex + 3 && PERSON_OBJECTS.has(owner)));
    return hasName || possessive || first === 'the' || forBody || forOwned ? NAMED_SOURCE : anonymousSource(words, phrase, hasName);
  }
  // "a skipper said", "one deckhand told": one unnamed person by a noun for a person no list holds; "the skipper" is
  // left to the references stage, which finds whom a description points back to.
  // Not an adjective ("a private", "a senior"), which the lexicon knows as people too; and a firm of a trade ("one
  // carrier", "a lender": their plurals are bodies) is one unnamed body, vague as "one company" is.
  const onePersonByNoun = INDEFINITE_ONES.has(first) && headIndex > 0 && !words[headIndex]?.capitalized && !isPersonRole(head) && !TITLES.has(head) && lexicon.isPersonNoun(head) && !lexicon.isAdjectiveToo(head);
  if (onePersonByNoun && BODY_PLURALS.has(`${head}s`)) return namedAt > headIndex ? NAMED_SOURCE : VAGUE_ATTRIBUTION;
  if (isPersonRole(head) || TITLES.has(head) || onePersonByNoun) {
    // "a reporter for the Leeds Post" writes for a named outlet; "a reporter in Hull" only works there.
    const pressOfOutlet = PRESS_ROLES.has(head) && hasName && words.some((w, k) => w.capitalized && w.start !== sentenceStart && (k < headIndex || (!words[k - 1]?.capitalized && lowerAt(lowers, k - 1) !== 'in')));
    // "her neighbor said", "his childhood friend told the paper": one the person named knows, unnamed, is an unnamed
    // individual as "a friend" is; not "his friend Tom Ode", named after it.
    if (possessive && ACQUAINTANCES.has(head) && !(namedAt > headIndex)) return anonymousSource(words, phrase, false);
    if (possessive || pressOfOutlet || (onePersonByNoun && namedAt > headIndex)) return NAMED_SOURCE;
    // "a lawyer for Tom Reed", "an attorney representing Acme": counsel speaks for a named client on the record, as
    // "lawyers for Reed" and "Reed's lawyer" do.
    if (COUNSEL.has(head) && (lowerAt(lowers, headIndex + 1) === 'for' || lowerAt(lowers, headIndex + 1) === 'representing') && namedAt > headIndex) return NAMED_SOURCE;
    // "the defence lawyer", "defense counsel": the accused's counsel in the case, as "defence lawyers" are; "a defence
    // lawyer" may be any.
    if (COUNSEL.has(head) && headIndex > 0 && DEFENCE.test(lowerAt(lowers, headIndex - 1)) && !INDEFINITE_ONES.has(first)) return NAMED_SOURCE;
    // "one user quipped", "a caller said": one of a public speaking for it, not an informant with access.
    if (PUBLIC_MEMBERS.has(head)) return VAGUE_ATTRIBUTION;
    // "the president", "the chairman of the Conservative Party": one office holder a reader can look up; so is
    // "Acme chief", a headline's body and office without the article. "The chief executive", "the chief financial
    // officer": a role that "chief" makes one office is a title too.
    // So is a role a jurisdiction holds once: "the district attorney", "the city solicitor", "the county executive".
    // So is "the returning officer", who declares an election's result.
    const office = TITLES.has(head) || (first === 'the' && (lowers.slice(1, headIndex).includes('chief') || (JURISDICTIONS.has(lowerAt(lowers, headIndex - 1)) && JURISDICTION_OFFICES.has(head)) || (head === 'officer' && lowerAt(lowers, headIndex - 1) === 'returning')));
    if (office && (first === 'the' || (namedAt >= 0 && namedAt < headIndex && !INDEFINITE.has(first)))) return NAMED_SOURCE;
    // "…, sheriff says", "Prime minister says": a headline's office with no article is "the sheriff", the one holder
    // the story is about; two words only where they are one office ("prime minister", not "Tory MP", "union leader").
    if (TITLES.has(head) && headIndex === words.length - 1 && (words.length === 1 || (words.length === 2 && ONE_OFFICE_QUALIFIERS.has(first))) && !hasName) return NAMED_SOURCE;
    if (INDEFINITE.has(first) || !hasName) return anonymousSource(words, phrase, hasName);
  }
  // "a senior Labour figure": one unnamed person of a named party, as "a senior official" is.
  if (publicFigures && head === 'figure') return INDEFINITE.has(first) ? anonymousSource(words, phrase, hasName) : null;
  if (isCrowd(head, words[headIndex]?.capitalized, words[headIndex]?.start === sentenceStart) || publicFigures) {
    // "Financial advisers say", "mortgage advisors": advisers by their trade are a profession, as brokers are.
    // Bare only: "Reed's financial advisers", "Three mortgage advisers told", "Legal advisers inside the ministry" stay
    // informants.
    const bareTrade = words.length === headIndex + 1 && (headIndex === 1 || (headIndex === 2 && VAGUE_QUANTIFIERS.has(first)));
    if ((head === 'advisers' || head === 'advisors') && ADVICE_TRADES.has(lowerAt(lowers, headIndex - 1)) && bareTrade) return VAGUE_ATTRIBUTION;
    if (ANONYMOUS_CROWDS.has(head)) return anonymousSource(words, phrase, hasName);
    // "his first videos show", "their estimates": records owned as "Acme's estimates" are, by whom "his" refers to.
    if (RECORD_CROWDS.has(head) && POSSESSIVE_PRONOUNS.has(first)) return NAMED_SOURCE;
    // "campaign staff said", "Ms. Marsh's campaign strategists": insiders of a campaign the reader cannot ask, not the
    // campaign on the record, whoever's it is. "Campaign groups say" are groups that campaign, a sector's crowd.
    const people = isCrowdOfPeople(head);
    // Its supporters and volunteers are a campaign's public, a crowd: "Campaign supporters say".
    const insiders = people && !RELATIONS_TO.has(head) && !PUBLICS.has(head) && !OUTSIDERS.has(head) && head !== 'volunteers';
    if (headIndex > 0 && lowerAt(lowers, headIndex - 1) === 'campaign' && (people || !hasName)) return insiders ? anonymousSource(words, phrase, hasName) : VAGUE_ATTRIBUTION;
    if (first === 'the' && NAMED_BACK_REFERENCES.has(head)) return NAMED_SOURCE;
    // "economists polled by Reuters", "analysts surveyed by Acme Data": a named body's poll of them (guide).
    if (POLLED.has(lowerAt(lowers, headIndex + 1)) && lowerAt(lowers, headIndex + 2) === 'by' && namedAt > headIndex) return NAMED_SOURCE;
    // "prosecutors said", "federal prosecutors alleged": the office bringing the case the story is about, as
    // "police" is its force (guide); at a sentence's start the capital made them a body already.
    // "Former prosecutors said" comment from outside.
    // So are "defence lawyers", "defense attorneys": the counsel of the accused in that case.
    const defence = COUNSEL_PLURALS.has(head) && headIndex > 0 && DEFENCE.test(lowerAt(lowers, headIndex - 1));
    // Not offices spread over many places: "Prosecutors in several counties say" (one force "across the state" is one).
    const spread = SPREAD_OVER.has(lowerAt(lowers, headIndex + 1)) && VAGUE_DETERMINERS.has(lowerAt(lowers, headIndex + 2)) && PLACE_PLURALS.has(lowerAt(lowers, headIndex + 3));
    if ((isNamedOffice(head) || defence) && !lowers.some((w) => FORMER.has(w)) && !spread) return NAMED_SOURCE;
    // "Con Edison officials", "agency officials": people speaking for a body the reader can identify.
    // "Mr Mugabe's critics" stay unnamed: the name is whose critics they are.
    // "Two Pentagon officials", counted, are a small unnamed group with access (guide); "six Acme newspapers" are bodies.
    // "Marsh supporters", "Leeds voters", "Acme reform advocates": a name saying whose side or where a public is
    // makes no one's spokespeople of them. Nor of "Ohio Republicans", "Establishment Democrats": a party's members.
    // "Jan Moss of Feline Friends", "the charity Hull Allies": a capitalised relation after a name ends a group's name.
    // Not in a title-case headline, whose every word is capitalised ("Marsh Allies Say"): a word in lower case shows
    // the capitals are the name's.
    const relationInName = RELATIONS_TO.has(head) && words[headIndex]?.capitalized === true && words[headIndex - 1]?.capitalized === true && words.some((w) => !w.capitalized);
    if (namedAt >= 0 && namedAt < headIndex && !words.slice(namedAt, headIndex).some(isPossessive) && (!RELATIONS_TO.has(head) || relationInName) && !PUBLICS.has(head) && !GROUP_PLURALS.has(head) && !(SIDE_HANDS.has(head) && !words.slice(namedAt, headIndex).some((w) => INSTITUTIONS.has(w.lower)))) return countedGroup && isCrowdOfPeople(head) ? anonymousSource(words, phrase, hasName) : NAMED_SOURCE;
    // "Lawyers for Ann Marsh", "executives for Acme", "officials at the agency": people who speak for a named client or
    // for a body the story has in view, on the record, as "agency officials" do.
    const forWhom = lowerAt(lowers, headIndex + 1);
    const theBody = lowerAt(lowers, headIndex + 2) === 'the' && ON_RECORD_BODIES.has(lowerAt(lowers, headIndex + 3)) && words.length === headIndex + 4;
    // Counted, its officials and staff are a small unnamed group, as "Two Pentagon officials" are ("two officials at the
    // agency told"); its spokesmen and lawyers still speak for it.
    const countedInsiders = countedGroup && isCrowdOfPeople(head) && !SPOKESPEOPLE_PLURAL.has(head) && !ADVOCATES_OF.has(head);
    const ownStaff = !RANK_AND_FILE.has(head) || speaksForItsOwn(lowers.slice(headIndex + 1));
    if (REPRESENTATIVES.has(head) && (forWhom === 'for' || (AFFILIATIONS.has(forWhom) && ownStaff)) && (namedAt > headIndex || theBody)) return countedInsiders ? anonymousSource(words, phrase, hasName) : NAMED_SOURCE;
    // "Acme's estimates", "the party's polls": records a name owns are its records, where its critics are no one's;
    // "Reed's lawyers", "Acme's executives" speak for their client or their firm, as "lawyers for Reed" do.
    const owner = words.slice(0, headIndex).find((w) => isPossessive(w) && w.capitalized && !OWNERLESS.has(w.lower.replace(POSSESSIVE, '')) && !NOT_A_NAME.has(w.lower.replace(POSSESSIVE, '')));
    // So do "the company's lawyers", as "lawyers for the company" do: the body the story has in view.
    // "the club's annual accounts": words in lower case between them qualify the record.
    const ownedByTheBody = first === 'the' && headIndex >= 2 && POSSESSIVE.test(lowerAt(lowers, 1)) && ON_RECORD_BODIES.has(lowerAt(lowers, 1).replace(POSSESSIVE, '')) && words.slice(2, headIndex).every((w) => !w.capitalized);
    // A plural's apostrophe alone only closes a name of more words: "Acme Foods' estimates", not "Analysts' estimates".
    const ownerAt = owner ? words.indexOf(owner) : -1;
    // Not a people's plural: "British Muslims' accounts".
    const namedOwner = owner !== undefined && (POSSESSIVE.test(owner.lower) || (ownerAt > 0 && words[ownerAt - 1]?.capitalized === true && !peopleOwner(owner)));
    if ((RECORD_CROWDS.has(head) || REPRESENTATIVES.has(head)) && (namedOwner || ownedByTheBody)) return NAMED_SOURCE;
    // So do "critics of Tom Reed", "friends of Ann Marsh": who they stand with or against is no body they speak for.
    // Nor are a public's members of a name: "readers of the Leeds Post", "customers of Acme Bank".
    // "Hospital leaders fear", "party elders urged", "club fans chanted": the leaders, members or public of a sector's
    // bodies are a crowd, where "agency officials" speak for the one the story has in view, and "company leaders" lead
    // the company it is about.
    const body = lowerAt(lowers, headIndex - 1);
    // So are bodies of a kind in the plural ("Hospital trusts say", "school districts said") and the people who run or
    // work in them ("Hospital bosses warned", "airline pilots say"), who are not the body's voice on the record; a
    // place's own council or airport is the one in view ("Council bosses said").
    const workforce = WORKFORCE.has(head) && !LOCAL_BODIES.has(body);
    const ofAKind = !hasName && !possessive && !BODIES_IN_VIEW.has(body) && (LEADERSHIP_CROWDS.has(head) || RELATIONS_TO.has(head) || PUBLICS.has(head) || ((BODY_PLURALS.has(head) || workforce) && first !== 'the'));
    // "Two employees at the Acme depot told", "three officials at the ministry said": counted people of a body the
    // story names are a counted small group, anonymous as "Two Acme employees" are (guide).
    // Not those who rule or publish on the record: "Three judges of the Court of Appeal", "two researchers at Leeds".
    // So are "Two agency officials", "three party officials": counted, the officials of a body of a kind are too.
    // A few of them, not "120 party officials", and not its lawyers, who speak for it.
    const countedOfABody = FEW.test(first) && headIndex > 1 && ON_RECORD_BODIES.has(body) && !hasName && !possessive && !COUNSEL_PLURALS.has(head) && !SPOKESPEOPLE_PLURAL.has(head);
    // "Two party figures said": people in public life, counted, as "two party officials" are.
    if ((affiliation || countedOfABody) && countedGroup && (isCrowdOfPeople(head) || publicFigures) && !ON_THE_RECORD_CROWDS.has(head)) return anonymousSource(words, phrase, hasName);
    // Only those who work for the body speak for it: not "Agency critics argue", "Lobbyists at the Capitol say" (a
    // place, where "Lobbyists at Acme Energy" work for the firm); its rank and file only for a place's own council or
    // airport ("council staff estimated", "staff at the airport said") or from its press office.
    const bodyAfter = lowers.slice(headIndex + 1);
    const rankAndFile = RANK_AND_FILE.has(head) && !speaksForItsOwn([...lowers.slice(0, headIndex), ...bodyAfter]) && !(STAFF.has(head) && namedAt > headIndex);
    // The place ends what the preposition leads to: not "the Capitol Gazette", nor "… who covered the convention".
    const clauseAt = bodyAfter.findIndex((w, k) => k > 0 && (w === 'that' || w === 'which' || PREPOSITIONS.has(w)));
    const object = clauseAt > 0 ? bodyAfter.slice(0, clauseAt) : bodyAfter;
    const last = object[object.length - 1] ?? '';
    // "at The Hill", a capital "The" inside the sentence, is a paper.
    const paper = words.some((w, k) => k > headIndex && w.text === 'The');
    const atAPlace = object.length > 1 && !paper && (GATHERING_PLACES.has(last) || (last === 'hall' && (object[object.length - 2] === 'city' || object[object.length - 2] === 'town')));
    const forTheBody = !RELATIONS_TO.has(head) && !PUBLICS.has(head) && !rankAndFile;
    if (forTheBody && ((affiliation && !(OUTSIDERS.has(head) && atAPlace)) || (headIndex > 0 && ON_RECORD_BODIES.has(body) && !ofAKind && !PARTISANS.has(head) && !OUTSIDERS.has(head) && !(pluralOfTitle(head) && !BODIES_IN_VIEW.has(body))))) return NAMED_SOURCE;
    // "Two officials said", "three residents told the Post": a counted small group is anonymous (guide), a crowd
    // counted by no number ("officials", "many residents") vague.
    if (SMALL_COUNT.test(first) && headIndex > 0 && isCrowdOfPeople(head)) return anonymousSource(words, phrase, hasName);
    return VAGUE_ATTRIBUTION;
  }
  // "The force of the blast shows": a force of something is how hard it hit, no police or air force.
  if (head === 'force' && lowerAt(lowers, headIndex + 1) === 'of') return null;
  if (INSTITUTIONS.has(head)) {
    // "Study Finds …", "…, Report Says": a headline's record with no article is "a study", which names nothing (guide).
    // In lower case the phrase may have lost its determiner ("but that report concerned").
    if (words[0]?.capitalized && isHeadlineRecord(words)) return VAGUE_ATTRIBUTION;
    // "a report released by the council", "a statement from the company": a record of a body the story has in view.
    const by = lowers.findIndex((w, k) => k > headIndex && (w === 'by' || w === 'from'));
    const byBody = by > headIndex && !(seenBy > 0 && by === seenBy + 1) && bodyAfter(lowers, by);
    // "This report found", "that letter demanded": pointing at one the story has in view, as "the" does.
    // "a police report", "a company statement": the record of a body the story has in view, as "a company
    // spokesperson" speaks for it.
    // "A campaign group", "a police union" are bodies of a kind, no record of one.
    // So is one with its medium between them: "a campaign TV ad", "a company web page".
    const bodyAt = RECORD_MEDIA.has(lowerAt(lowers, headIndex - 1)) ? headIndex - 2 : headIndex - 1;
    const recordOfABody = bodyAt >= 0 && ON_RECORD_BODIES.has(lowerAt(lowers, bodyAt)) && !BODIES_OF_A_KIND.has(head);
    // "a tenants' group", "a farmers' union": a body of a crowd, whose name the reader is not told.
    const ofACrowd = INDEFINITE_ONES.has(first) && words.slice(1, headIndex).some((w) => !w.capitalized && /s['’]$/.test(w.text));
    // "a leaked memo", "the internal document", "Leaked memo reveals": a record kept from the public is none a reader
    // could look up, unless a name or an owner says whose it is.
    // So are intelligence assessments, unless "the" points back to one the story has named ("Western intelligence
    // assessments put", not "The intelligence report said" after "the Pentagon released an intelligence report").
    const intelligence = !POINTING.has(first) && words.some((w) => w.lower === 'intelligence');
    if (!hasName && !possessive && !byBody && words.some((w) => UNPUBLISHED.has(w.lower) || intelligence)) return VAGUE_ATTRIBUTION;
    if (first === 'the' || first === 'this' || first === 'that' || (possessive && !ofACrowd) || hasName || headIndex === 0 || byBody || recordOfABody) return NAMED_SOURCE;
    // "census data", "court documents", "police records": a kind of record a reader can look up; not a kind of poll or
    // study ("exit poll", "consumer survey", "new study"), which names none (guide: poll results need a named poll). A
    // capital opening the sentence may be the pollster's name ("Ipsos poll shows"), unless a common word of kind.
    // So are a poll's own records: "Poll results show", "exit poll figures suggest".
    const ofAPoll = POLLS.has(head) || head === 'study' || (POLL_RECORDS.has(head) && POLLS.has(lowerAt(lowers, headIndex - 1)));
    const kindOfPoll = ofAPoll && (!words[0]!.capitalized || KINDS_OF_POLL.has(first) || POLLS.has(first));
    if (words.length >= 2 && !DETERMINERS.has(first) && !VAGUE_DETERMINERS.has(first)) return kindOfPoll ? VAGUE_ATTRIBUTION : NAMED_SOURCE;
    // "a criminal complaint", "an affidavit", "an indictment": a filing in the case the story is about is a court
    // record a reader can look up, as "court documents" are.
    const filing = CASE_FILINGS.has(head) || (head === 'complaint' && CASE_KINDS.has(lowerAt(lowers, headIndex - 1)));
    if (filing && (first === 'a' || first === 'an')) return NAMED_SOURCE;
    // "a study found" with nothing to look it up by is vague (guide); a name in the phrase made it named above.
    // So is "one company says", "a rights group said": a body the reader is not told the name of.
    if (first === 'a' || first === 'an' || first === 'one' || first === 'another') return VAGUE_ATTRIBUTION;
    return null;
  }
  // A name counts when it is the head ("Volker", "The Associated Press") or what the head belongs to
  // ("the chairman of the Conservative Party"), not when it only qualifies something else ("the Marsh
  // administration's dealings with Hull").
  // "The rally with Ann Marsh", "details to examine with the Acme laptop": what is with a name is no speaker.
  if (hasName && (words[headIndex]?.capitalized || (isName(words, words.length - 1, sentenceStart) && lowerAt(lowers, headIndex + 1) !== 'with'))) {
    return NAMED_SOURCE;
  }
  // A country speaking as a government: "The US welcomed the exchange, saying…".
  const country = words.filter((w) => w.lower !== 'the');
  return country.length > 0 && country.every((w) => w.capitalized && NOT_A_NAME.has(w.lower)) && country.some((w) => COUNTRIES.has(w.lower))
    ? NAMED_SOURCE
    : null;
}
