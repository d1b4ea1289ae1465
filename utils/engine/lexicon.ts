// Small word lists the rules share. Kept short on purpose: context decides, these only name the classes.
import { COGNITION_FORMS, CUE_FORMS } from './cues';
import { isLettersThen } from './letters';
import { PERSON_NOUNS, PERSON_NOUNS_ALSO_ADJECTIVES } from './person-nouns';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Verbs that attach a claim to whoever is their subject or follows them ("X said", "said X"). */
export const ATTRIBUTION_VERBS = CUE_FORMS;

/** Verbs of belief or worry: a crowd holding a view is vague, but one unnamed person doing so is narrative. */
export const COGNITIVE_VERBS = COGNITION_FORMS;

/** Verbs whose object is an audience, never the source ("told investors of New Media"). */
export const AUDIENCE_VERBS = words('told tells tell urged');

/** Words that may sit between a source and its verb ("officials have also said"). */
export const BETWEEN_SOURCE_AND_VERB = words(
  'has have had also would will could might may can should must did does do is are was were been be later earlier then now still further ' +
    'long alike all both again once already previously recently repeatedly meanwhile however too instead first never soon ' +
    'even just today yesterday tonight often sometimes always seldom ever twice himself herself themselves itself ' +
    'nonetheless nevertheless',
);

/** Words that open a new clause, so a source phrase cannot run back past them. */
export const CLAUSE_WORDS = words(
  'that which who whom whose when whenever while because but as if after before since although though so where wherever than ' +
    "what how why whether until unless once nor not who'd who’d who've who’ve",
);

// Words that after "that" open a clause of their own: "warned farmers that the fee…".
const THAT_CLAUSE_OPENERS = words(
  'the a an this these those his her their its our my your he she they it we i you there no some many most all one two both each every any such what how if not',
);
/**
 * Whether the word after "that" (as written) opens a crowd's relative clause ("farmers that sued", "groups that
 * support"): a verb in lower case, not a clause of its own, nor a verb that agrees only with a thing ("a levy on
 * farmers that has drawn protests") or a gerund ("told pupils that getting up early pays").
 */
export function opensRelativeAfterThat(next: string): boolean {
  return /^[a-z’'-]+$/.test(next) && !THAT_CLAUSE_OPENERS.has(next) && !/^(?:has|is|was|does)$|ing$/.test(next);
}

/** People or groups who, unnamed, make a source anonymous when singular ("an official"). */
export const PERSON_ROLES = words(
  'official source person insider diplomat aide staffer expert analyst doctor officer executive employee ' +
    'worker resident witness eyewitness lawyer attorney counsel solicitor barrister adviser advisor observer man woman ceo banker investor ' +
    'trader negotiator member operative strategist consultant economist scientist researcher manager engineer ' +
    'journalist activist lawmaker legislator politician individual candidate nominee supporter donor voter leader ' +
    'pollster reporter businessman businesswoman delegate ally confidant associate friend relative neighbour ' +
    'neighbor colleague critic official contractor veteran student teacher nurse farmer participant organizer ' +
    'organiser volunteer surrogate backer rival opponent critic fundraiser lobbyist insider guy mogul billionaire tycoon magnate ' +
    'speechwriter columnist commentator pundit professor fellow scholar historian host anchor narrator ' +
    'user fan viewer reader listener caller customer shopper commenter poster follower patient survivor victim protester protestor demonstrator ' +
    'democrat republican surgeon dentist pharmacist therapist paramedic firefighter soldier detective investigator ' +
    'inspector auditor accountant mechanic plumber technician librarian veterinarian artist novelist chemist ' +
    'specialist priest pastor rabbi imam athlete shopkeeper vendor landlord tenant trooper civilian comedian pedestrian ' +
    'mp mep msp mla mca td gp tory agent publicist editor producer director actor actress singer rapper dancer coach trainer captain player ' +
    'moderator panelist panellist referee umpire jockey driver pilot chef owner boss supervisor employer foreman warden inmate prisoner detainee defendant ' +
    'plaintiff prosecutor juror clerk trustee envoy ambassador commander sergeant colonel medic dispatcher deputy ranger midwife ' +
    'architect designer curator tutor lecturer pupil intern roommate classmate coworker caddie broker dealer miner fisherman ' +
    'campaigner canvasser incumbent challenger councillor councilman councilwoman commissioner treasurer bishop ' +
    'attendee academic entrepreneur rebel fighter villager refugee hacker blogger judge citizen teenager ' +
    'headteacher headmaster headmistress astronomer astronaut botanist forecaster filmmaker poet playwright songwriter ' +
    'conservationist environmentalist nutritionist dietitian carer caregiver advocate ' +
    'reviewer monitor passenger bystander onlooker motorist commuter traveller traveler tourist visitor shareholder homeowner pensioner ' +
    'retiree spectator cashier bartender labourer laborer electrician carpenter ' +
    'nanny gardener janitor receptionist graduate applicant mourner worshipper cyclist hiker climber swimmer sailor subscriber ' +
    'landowner borrower depositor client guest diner parishioner holder cop vet barista skier cabbie child boy girl kid teen youth ' +
    'rescuer responder diver lifeguard evacuee programmer cleaner bouncer doorman ' +
    'infantryman marine paratrooper conscript reservist recruit sniper sapper gunner militant insurgent ' +
    'principal teammate team-mate counselor counsellor steward picker farmhand beekeeper shepherd auctioneer grower ' +
    'backbencher caseworker smuggler lieutenant haulier trucker grandee whip ' +
    // People of games and online video: "a dataminer said", "one streamer told the site".
    'dataminer modder streamer youtuber influencer podcaster vlogger ' +
    // Trades and callings of country, shop, workplace and faith: "a crofter said", "one stallholder told the Post".
    // Not those that are as often surnames ("Hunter", "Baker", "Porter", "Cantor", "Falconer", "Pilgrim", "Striker") or
    // papers' names ("Courier").
    'crofter rancher herdsman trapper birdwatcher gamekeeper zookeeper ghillie ' +
    'vicar nun chaplain churchwarden muezzin cleric clergyman clergywoman missionary preacher ' +
    'picket scaffolder postman postwoman bricklayer welder machinist roofer dockworker longshoreman stevedore ' +
    'caretaker housekeeper chauffeur florist jeweller jeweler newsagent stallholder grocer hairdresser ' +
    'assistant salesman saleswoman salesperson reseller scalper storekeeper whistleblower passer-by passerby',
);

/**
 * Whether a lower-case singular noun is a person's role: a listed one, or a profession by its ending
 * ("pediatrician", "epidemiologist", "psychiatrist", "demographer"), so that roles no list has seen still make a
 * source. Endings shared with views and things ("racist", "authoritarian", "checklist") are left to the list.
 */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLES.has(word) || PROFESSION_ENDING.test(word) || (PERSON_PREFIX.test(word) && PERSON_ROLES.has(word.replace(PERSON_PREFIX, ''))) || PERSON_ROLES.has(hyphenatedHead(word));
}
// The last part of a hyphenated role names it: "sous-chef", "pot-washer", "shop-keeper".
const HYPHENATED_HEAD = /^[a-z]+-([a-z]{3,})$/;
// Most words hold no hyphen, and a pattern run on each of them is dear.
const hyphenatedHead = (word: string): string => (word.includes('-') ? (HYPHENATED_HEAD.exec(word)?.[1] ?? '') : '');
/** A lower-case noun for one person that no list above holds, by the lexicon: "skipper", "deckhand". */
export const isPersonNoun = (word: string): boolean => PERSON_NOUNS.has(word) || PERSON_NOUNS.has(hyphenatedHead(word));
/** One of those that is an adjective too ("private", "senior"), which alone seldom means a person. */
export const isAdjectiveToo = (word: string): boolean => PERSON_NOUNS_ALSO_ADJECTIVES.has(word);
/** A plural whose singular is a noun for a person: "skippers", "seamstresses", "crewmen", "deputies". */
export function pluralOfPersonNoun(word: string): boolean {
  if (NOT_PEOPLE_PLURALS.has(word)) return false;
  if (word.endsWith('men')) return PERSON_NOUNS.has(`${word.slice(0, -3)}man`);
  if (!word.endsWith('s') || word.endsWith('ss')) return false;
  return PERSON_NOUNS.has(word.slice(0, -1)) || (word.endsWith('es') && PERSON_NOUNS.has(word.slice(0, -2))) || (word.endsWith('ies') && PERSON_NOUNS.has(`${word.slice(0, -3)}y`));
}
/** Prefixes that leave a role a role: "superdelegate", "co-host", "ex-diplomat", "mega-donor", "non-citizen". */
const PERSON_PREFIX = /^(?:super|co-|ex-|mega-?|non-?)(?=[a-z]{4})/;
const PROFESSION_ENDING = /(?:ician|icist|ologist|iatrist|ographer)$/;

/** Crowd heads that are records, not people: "reports say", "polls show". */
export const RECORD_CROWDS = words('reports accounts stories estimates counts tallies polls surveys studies analyses posts tweets videos images photos photographs pictures');
// Crowd heads that are records, talk or bodies, not people.
const NOT_PEOPLE = new Set([...RECORD_CROWDS, 'media', 'rumours', 'rumors', 'groups', 'organizations', 'organisations', 'newspapers']);
/** A plural of people, not of records or bodies: "other economists", "three residents", not "three recent polls". */
export const isCrowdOfPeople = (word: string): boolean => isPeoplePlural(word) && !NOT_PEOPLE.has(word);

/**
 * Whether a lower-case plural noun names people: a listed crowd, or an agent noun by its ending ("farmers",
 * "economists", "residents", "Republicans"), which reads crowds no list has seen.
 */
export function isPeoplePlural(word: string, byEnding = true): boolean {
  if (CROWDS.has(word)) return true;
  // Names end like plurals of people too ("Sellers", "Masters"): the lexicon speaks only where the caller reads by
  // ending, which it does for words written in lower case.
  if (byEnding && pluralOfPersonNoun(word)) return true;
  if (!word.endsWith('s') || NOT_PEOPLE_PLURALS.has(word)) return false;
  if (PERSON_ROLES.has(word.slice(0, -1)) || (word.endsWith('ies') && PERSON_ROLES.has(`${word.slice(0, -3)}y`))) return true;
  // Short plurals other than roles' ("ceos", "guys") are seldom people: "yes", "bus", "gas".
  if (word.length < 5) return false;
  if (PERSON_PREFIX.test(word)) return isPeoplePlural(word.replace(PERSON_PREFIX, ''), false);
  // Names end like agents too ("Peters", "Reuters"): the ending only speaks for lower-case words.
  return byEnding && AGENT_PLURAL.test(word) && !word.endsWith('ments');
}
// "caucusgoers", "caucus-goers", "moviegoers": those who go somewhere are people too.
const AGENT_PLURAL = /(?:[^aeiou]ers|uers|[^aeiou]ors|goers|ists|ians|ants|ents|ees|crats|icans)$/;
// Plurals with an agent's ending that name things.
const NOT_PEOPLE_PLURALS = words(
  'papers numbers letters matters orders centers centres borders powers layers markers offers waters headquarters ' +
    'computers chapters meters metres filters towers corners figures barriers parameters headlines lists ' +
    'twists plants grants events accidents incidents percents cents patents talents contents moments ' +
    'components documents comments statements elements segments governments departments payments ' +
    'investments requirements arguments announcements developments measures proceeds odds characters ' +
    'factors colors colours errors doors floors sectors motors mirrors rumors rumours honors honours ' +
    'favors favours terrors labors labours vectors tractors reactors calculators indicators ' +
    'emissions tensions others votes sources dollars pillars quarters sanctions prices ' +
    'helicopters banners prayers disclaimers waivers stickers trailers containers printers',
);

/** Capitalised plurals that name a crowd, not a body: "Democrats", "Republicans", "Americans". */
export const GROUP_PLURALS = words(
  'democrats republicans conservatives liberals progressives evangelicals independents americans europeans ' +
    'muslims christians catholics jews libertarians moderates tories dems socialists',
);

/** People speaking for an organisation on the record, named when the organisation is. */
export const SPOKESPEOPLE = words('spokesman spokeswoman spokesperson representative rep');

/** Unnamed crowds: plural heads that make a claim vague ("experts say", "US officials said"). */
export const CROWDS: ReadonlySet<string> = new Set([
  ...words(
    'officials experts analysts critics observers economists scientists researchers authorities people residents ' +
      'witnesses eyewitnesses regulars users investors traders commentators pundits libertarians conservatives liberals ' +
      'progressives members bosses attendees speakers officers diplomats lawmakers forecasters skeptics sceptics ' +
      'supporters opponents advocates activists insiders sources others media rumours rumors majorities ' +
      'observers specialists scholars academics historians strategists executives bankers ' +
      'families parents women men youths veterans citizens whites blacks latinos hispanics asians fans groups organizations organisations judges justices coaches ' +
      'seniors kids teens teenagers moms dads mothers fathers elders locals expats millennials folks ' +
      'hawks doves clergy priests rabbis imams pupils graduates surgeons athletes entrepreneurs landlords fishermen ' +
      'rebels fighters gunmen villagers refugees hackers bloggers campaigners hardliners pilots senators newspapers ' +
      'medics midwives guests youth children alumni monks nuns guards staff personnel troops ' +
      // Plurals in "-men" that a plural "-s" test cannot read.
      'congressmen congresswomen businessmen businesswomen policemen policewomen councilmen councilwomen servicemen ' +
      'servicewomen firemen salesmen statesmen clergymen aldermen assemblymen tradesmen craftsmen countrymen ' +
      'doormen infantrymen herdsmen longshoremen postmen ' +
      // Crowds whose agent ending speaks only in lower case, so that opening a sentence they read as names.
      'growers borrowers buyers sellers renters homeowners commuters passengers travelers travellers consumers ' +
      'ranchers diners taxpayers ratepayers carers caregivers settlers onlookers bystanders spectators truckers ' +
      'marchers rioters looters subscribers doubters believers worshippers mourners visitors partisans fact-checkers ' +
      'suppliers apprentices peers pilgrims stewards pioneers financiers auctioneers mountaineers ' +
      'hoteliers restaurateurs brexiteers townspeople tradespeople salespeople businesspeople craftspeople ' +
      'builders surveyors developers valuers assessors whistleblowers passers-by passersby netizens devotees congregants parishioners ' +
      'households savers riders gamers operators audiences chairs deniers sheriffs voices',
  ),
  // Records that report as crowds do: "reports say", "posts claim".
  ...RECORD_CROWDS,
]);

/** Crowds whose members are informants rather than commentators: unnamed, they are anonymous sources. */
export const ANONYMOUS_CROWDS = words('sources insiders aides advisers advisors staffers confidants');

/** Quantifiers that leave a group unnamed ("some say", "many analysts believe"). */
export const VAGUE_DETERMINERS = words(
  'some many several other others most numerous various certain few multiple countless',
);

/** Nouns for a named body, document or dataset once introduced ("the statement said", "the agency said"). */
export const INSTITUTIONS = words(
  'statement report study survey paper data company firm agency ministry department government military police ' +
    'court organization organisation group website video analysis review filing complaint lawsuit indictment ' +
    'office commission committee council board management leadership bank army president campaign team researchers authors prosecutors ' +
    // A company's parts, which speak for it: "Acme's European unit said", "its truck division".
    'unit subsidiary division ' +
    'officials prosecutor authority service institute university hospital school club union network newspaper ' +
    'outlet magazine site broadcaster station administration party league federation regulator watchdog ' +
    'foundation center centre embassy cabinet parliament senate congress legislature tribunal inquiry ' +
    'documents records figures poll memo letter testimony transcript blog tweet post database census evidence ' +
    'calculations article book findings filings summary editorial ad page campaign camp emails email results ' +
    'returns tally count estimate estimates analysis forecast projections ruling order document ranking rankings audit audits ' +
    'polls surveys studies analyses reports memos letters film documentary movie missive investigation investigations projection assessment probe ' +
    'assessments evaluation evaluations inspection inspections ' +
    'trial trials experiment experiments preprint preprints op-ed op-eds column columns dossier podcast form forms disclosure disclosures ' +
    // Records a person or a body keeps: "Reed's diary reveals", "the club's ledger shows", "her bank statements show".
    'diary diaries ledger ledgers logbook logbooks calendar budget invoice invoices receipts statements texts ' +
    // Papers kept or put out on the record: "the minutes show", "Reed's register of interests shows", "the opposition's
    // manifesto promises", "his memoir recounts" (not an index, more often a market's, nor a judgment, more often a view).
    'minutes register registers manifesto manifestos autobiography memoir memoirs biography ' +
    // Sheets and bulletins a body puts out: "a fact sheet the ministry issued", "a bulletin the union sent".
    'sheet bulletin bulletins newsletter newsletters ' +
    // Working records handed over or leaked: "a spreadsheet from Hull Police shows", "call logs from the ambulance
    // service show", "slides from the presentation show".
    'spreadsheet spreadsheets logs slides ' +
    // What a summit or a council agrees in writing: "the joint communique says", "the declaration calls for".
    'communique communiqué communiques declaration declarations ' +
    // Bodies that seldom end a name: "the panel found", "the jury recommended" ("Association", "Bureau" end many).
    'town guidelines papers panel jury delegation charity nonprofit regime junta militia ' +
    // A state's services and offices: "Corvinia's air force said", "the force said", "the presidency said".
    'force coastguard presidency secretariat directorate inspectorate ' +
    // Kinds of company and institution the story names once and then calls by kind: "the airline said".
    'airline carrier retailer supermarket insurer lender carmaker automaker manufacturer utility operator museum prison airport maker ' +
    'railway navy palace church diocese mosque ' +
    // Records of what happened: "the footage shows", "text messages suggest", "the affidavit says".
    'footage recording recordings videos photo photograph messages affidavit affidavits modelling modeling ' +
    // Tools a body publishes that give its figures: "the agency's calculator puts the charge at", "its dashboard shows".
    'calculator dashboard tracker ' +
    // A body's records online and in its books: "the planning portal shows", "the incident log records". Not
    // "judgment", "notice", "appeal", "defence", "register", "outlook", which head other phrases as often ("render
    // judgment on", "Hull's leaky defence suggests", "her sunny outlook shows").
    'portal log ' +
    // What a person said or a body printed, by its form: "Reed's remarks suggested", "an Acme leaflet claims".
    'remarks advert advertisement leaflet brochure pamphlet',
);

/** Nationalities, regions and faiths whose plural is a crowd: "Canadians often say", "many Iranians fear". */
export const PEOPLE_ADJECTIVES = words(
  'american russian european arab israeli palestinian iranian afghan indian pakistani korean german british ' +
    'ukrainian syrian iraqi saudi egyptian mexican canadian australian zimbabwean african asian latin brazilian ' +
    'italian nigerian kenyan christian muslim evangelical catholic hispanic latino briton brit scot swede dane finn ' +
    'turk greek spaniard cuban venezuelan colombian argentine chilean peruvian filipino thai norwegian belgian ' +
    'austrian hungarian romanian bulgarian serbian croatian czech slovak lebanese somali ethiopian ghanaian ' +
    // People of a state or a city: "many Iowans fear", "New Yorkers say", "Londoners told the BBC".
    'texan iowan ohioan floridian nevadan arizonan dakotan californian virginian carolinian coloradan michigander ' +
    'minnesotan wisconsinite pennsylvanian kentuckian tennessean alabamian mississippian louisianan oklahoman kansan ' +
    'nebraskan missourian hoosier illinoisan marylander vermonter mainer alaskan hawaiian oregonian washingtonian utahn ' +
    'idahoan montanan yorker englander jerseyan zealander bostonian chicagoan angeleno philadelphian clevelander detroiter ' +
    'houstonian atlantan seattleite londoner parisian berliner muscovite dubliner glaswegian mancunian torontonian hongkonger',
);

/** Places of origin, parties and faiths, capitalised adjectives that "and" may join before one noun ("French and German officials"). */
export const ORIGINS_AND_PARTIES = words(
  'us u.s uk u.k american americans russian chinese western eastern european arab israeli palestinian iranian afghan ' +
    'indian pakistani korean japanese german french british ukrainian syrian iraqi turkish saudi egyptian ' +
    'mexican canadian australian zimbabwean african asian latin brazilian italian spanish swedish polish nigerian kenyan ' +
    'dutch irish scottish greek swiss belgian danish norwegian finnish austrian hungarian czech portuguese ' +
    'filipino vietnamese venezuelan colombian lebanese libyan yemeni qatari kurdish somali ' +
    'belarusian azerbaijani armenian serbian croatian bosnian albanian romanian bulgarian slovak slovenian estonian ' +
    'latvian lithuanian moldovan icelandic cypriot malaysian indonesian taiwanese burmese nepalese bangladeshi ' +
    'mongolian kazakh uzbek tibetan uyghur chechen ethiopian eritrean sudanese tunisian algerian moroccan ghanaian ' +
    'senegalese congolese rwandan ugandan tanzanian zambian malian nicaraguan salvadoran guatemalan honduran ' +
    'panamanian ecuadorian bolivian paraguayan uruguayan chilean peruvian argentine argentinian haitian jamaican ' +
    'jordanian emirati kuwaiti bahraini basque ' +
    'democratic republican gop democrat conservative liberal progressive evangelical christian muslim jewish catholic ' +
    'black hispanic latino partisan bipartisan congressional',
);

/** Proper words that do not name anyone: places of origin, days, months, titles used alone. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...ORIGINS_AND_PARTIES,
  ...words(
    'south north east west new white house washington-based administration government ' +
      'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
      'august september october november december the a an this that these those it he she they we i you ' +
      'there here in on at for with of and or but mr mrs ms dr senior former top federal state local ' +
      'after before since when whenever while as if because although though during until however meanwhile ' +
      // Sayings that open a sentence: "Enough said.", "Let's just say"; a request to the reader: "Please read …".
      "enough let's let’s please " +
      // An article's own notes: "Correction added Nov. 18:", "Update added Monday:".
      'correction clarification update',
  ),
]);

/** An auxiliary run into the word before it: "they’ve", "we're", "she’d", "they’ll". */
export const AUXILIARY_RUN_IN = /['’](?:ve|re|d|ll)$/;

export const PRONOUN_SPEAKERS = words('he she it he’s he\'s she’s she\'s');

export const TIME_UNITS = words(
  'second seconds minute minutes hour hours day days night nights week weeks weekend month months year years ' +
    'decade decades century centuries term terms season seasons quarter quarters times',
);

/** Counted abstractions that are not quantitative claims ("two problems", "three categories"). */
export const ABSTRACT_COUNTS = words(
  'problems issues things ways reasons categories types kinds options questions points parts sides steps words ' +
    'requirements factors aspects areas elements levels stages phases rounds sets versions editions features ' +
    'flavors flavours choices ideas lessons rules goals priorities components dimensions terms scenarios ' +
    'conditions approaches methods functions sentences examples letters pieces modes',
);

/** Units of product specifications, which the guide does not count as figure claims. */
export const SPEC_UNITS = words(
  'gb tb mb kb ghz mhz fps mph kph km/h hp bhp ppi dba db megabytes gigabytes terabytes ' +
    'megapixels mp mah rpm cc liter liters litre litres mm cm nm lb-ft torque pixels bit bits core cores frames',
);

export const MONTHS = words(
  'jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug. ' +
    'august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december',
);

/** Whether a word is letters ending in "ly", as most adverbs are. */
export const endsInLy = (lower: string): boolean => isLettersThen(lower, 'ly');
// Nouns and first names that end like adverbs: "Family spokesman Ben Ode", "Emily Smith", "a party ally".
const LY_NOUNS = new Set([
  'family', 'ally', 'rally', 'tally', 'assembly', 'supply', 'monopoly', 'anomaly', 'daily', 'weekly', 'quarterly', 'july', 'italy',
  'emily', 'kelly', 'holly', 'molly', 'shelly', 'sally', 'beverly', 'kimberly', 'polly', 'dolly', 'lily', 'billy', 'wally',
  'carly', 'lilly', 'nelly', 'reilly', 'connolly', 'donnelly', 'daly', 'scully', 'tully',
]);
/** Whether a word ends like an adverb and is none of the nouns and names that do ("family", "Carly"). */
export const isLyAdverb = (lower: string): boolean => endsInLy(lower) && !LY_NOUNS.has(lower);

// Participles of ordering or asking for something, whose agent it belongs to: "the review ordered by the council".
// Not those of rejecting or repeating ("rumours denied by Acme" are not Acme's).
export const ORDERED_BY = words('ordered requested sought demanded proposed commissioned sponsored funded backed endorsed supported championed');

/** Participles of an outlet coming to have a record, who is no source of it: "a memo seen by", "documents obtained by". */
export const HELD_BY_OUTLET = words('seen obtained reviewed viewed acquired');

// Past participles that credit a figure or claim to whoever comes after "by".
export const BY_PARTICIPLES = new Set([
  'announced', 'reported', 'confirmed', 'estimated', 'released', 'published', 'seen', 'viewed', 'perceived', 'interpreted', 'cited', 'touted',
  'criticized', 'criticised', 'stated', 'claimed', 'described', 'calculated', 'compiled', 'measured', 'provided',
  'disclosed', 'revealed', 'issued', 'commissioned', 'conducted', 'filed', 'posted', 'shared', 'tweeted', 'written', 'corroborated',
  'considered', 'regarded', 'thought', 'believed', 'identified', 'projected', 'forecast', 'predicted', 'tallied', 'counted',
  'recorded', 'documented', 'expressed', 'voiced', 'aired', 'leveled', 'levelled',
]);

/** "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

export const SMALL_NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Words that can open a figure ("two gunmen", "dozens of", "halved"). */
export const NUMBER_WORDS = new Set(
  `${SMALL_NUMBER_WORDS}|${TENS_WORDS}|dozens|hundreds|thousands|millions|billions|scores|tens|dozen|hundred|thousand|million|billion|trillion|halved|doubled|tripled|trebled|quadrupled|quarter|half|quarter-point|half-point`.split('|'),
);

/** Multiples written as one word: "has grown fivefold", "a tenfold rise". */
export const FOLD_MULTIPLES: Readonly<Record<string, number>> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10, hundredfold: 100,
};

/** Records whose maker a bracket credits after a figure: "(Leeds Statistics Office figures)", "(ONS data)". */
export const BRACKET_CREDITS = words('figures data statistics estimates');

/** Reckonings that give someone a share, a lead or seats, as a poll does: "Early projections gave the party 88 seats". */
export const RECKONINGS = words('projection projections forecast forecasts results figures estimates');
/** A court's holding, a ruling given with "that": "The court held that …". */
export const HOLDING = words('held holds hold');
/** Records whose name after "in" sources the figures of their sentence: "in an Acme News poll, 46 percent…". */
export const FRAMING_RECORDS = words('poll polls survey surveys study studies census analysis report');
/** An advertisement's attacks: "the ad hits Reed", "the spot targets", "the ads ask", "the ad renews accusations". */
export const AD_VERBS = words('hits targets attacks knocks renews asks');
/** Advertisements, sources through AD_VERBS. */
export const ADS = words('ad ads spot spots commercial commercials mailer mailers');
/** Adjectives joined before one noun: "current and former officials" is one crowd, not "Reed and Marsh". */
export const PAIRED_ADJECTIVES = words('current former past present future retired active serving senior junior local state federal national foreign domestic old new');
/** Counts that frame a clause after "by": "By the Acme Press's tally", "by one estimate". */
export const COUNT_FRAMES = words('tally tallies count counts estimate estimates calculation calculations account accounts telling reckoning words admission');
/** What someone holds, after "in the … of": "in the words of an aide to Reed", "in the eyes of local growers". */
export const HELD_IN = words('words eyes view opinion estimation judgment judgement');

// States and nations a place is set beside: "Chappaqua, New York", "Leeds, England", "Munich, Germany".
export const REGIONS: ReadonlySet<string> = new Set([
  'england', 'scotland', 'wales', 'ireland', 'northern ireland', 'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut',
  'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico',
  'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
  'germany', 'france', 'italy', 'spain', 'portugal', 'netherlands', 'belgium', 'switzerland', 'austria', 'poland', 'sweden', 'norway', 'denmark',
  'finland', 'greece', 'turkey', 'russia', 'ukraine', 'china', 'japan', 'india', 'pakistan', 'canada', 'mexico', 'brazil', 'argentina', 'australia',
  'israel', 'egypt', 'nigeria', 'kenya', 'iraq', 'syria', 'iran', 'afghanistan',
]);

/** Words that head a share of a crowd: "half of the growers", "a third said", "42 percent of voters". */
export const SHARES: ReadonlySet<string> = new Set(['half', 'majority', 'majorities', 'minority', 'share', 'proportion', 'percentage', 'fraction', 'third', 'thirds', 'quarter', 'quarters', 'two-thirds', 'three-quarters', 'three-fourths', 'fourths', 'fifths', 'percent', '%']);
