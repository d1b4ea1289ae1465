// Numbers as a reader reads them: every numeric expression of one sentence, digits or words, with what it
// is (a count, a percentage, a sum of money, or a date, an age, a score, a model number…). Which of them
// are quantitative claims is `isFigureClaim`'s call; whether a claim is sourced is not this stage's job.
// Pure and linear: one pass over the sentence's words, each rule looking at a few words either side.
import { FOLD_MULTIPLES, isPeoplePlural, isPersonNoun, isPersonRole, ORIGINS_AND_PARTIES } from './lexicon';
import { isCurrencyCode, isLetterCode, isLetters, isLettersThen, isLowerCode, isRunOf, isTitleCase, startsWithCapital } from './letters';

export type NumberKind =
  // Quantities a reader may want a source for.
  | 'count' // "more than 2,000 people", "dozens of", "a dozen", "tens of thousands"
  | 'percent' // "40%", "Sixty-two percent", "half a percentage point"
  | 'money' // "$1.6 billion", "88 billion Hong Kong dollars"
  | 'fraction' // "three-quarters of voters", "half of the cars", "one in five"
  | 'multiple' // "doubled", "twice as many", "18 times"
  | 'measure' // "2,750 tons of water", "2 inches of rain", "30.8 GW"
  // Numbers that label, place or describe one thing: not figure claims.
  | 'date' // "May 18", "November 18th", "18, 2019"
  | 'year' // "2019", "the 1990s", "2019-20"
  | 'time' // "10:30 p.m."
  | 'duration' // "18 months", "a three-year silence", "10 years ago"
  | 'age' // "the 52-year-old", "aged 40", "Parata, 75,", "in his 60s"
  | 'legal-penalty' // "up to ten years in prison", "a fine of $5,000"
  | 'address' // "123 Main Street", a phone number
  | 'model' // "737 Max", "777x", "A380", "iPhone 11"
  | 'price' // "$19.99 a month"
  | 'spec' // "6.1-inch screen", "512GB", "277 miles of range", "a 300-page report"
  | 'size' // "weighs 200 pounds", "10 feet tall"
  | 'distance' // "three miles off the coast"
  | 'score' // "a 2-1 win", "6-3, 7-5", "scored 30 points"
  | 'ordinal' // "18th", "number one", "the third case"
  | 'label' // "page 5", "Section 230", "No. 1", "Route 66", an id
  | 'name' // "G7", "COVID-19", "Fox 5", "Artemis 3"
  | 'market-move' // "the Nikkei fell 1.2%", "Home Depot shares are up about 40%"
  | 'story-count' // "the three candidates", "two of the four finalists", "her two sons"
  | 'frequency' // "won the title twice", "voted four times this month"
  | 'conversion' // "(1,931 kilometers)" after "1,200 miles": the same quantity again in other units
  | 'bracket' // "the top 1 percent", "families earning less than $50,000": a group named by where its line is drawn
  | 'threshold'; // "a 12 percent threshold", "the 218 votes needed to pass": the line a rule draws

export interface NumberMention {
  /** Offsets into the text passed to `findNumbers`. */
  start: number;
  end: number;
  kind: NumberKind;
  /** The number read, where one can be: 2000 for "more than 2,000 people", 0.75 for "three-quarters". */
  value?: number;
  /** The upper end of a range: 20 for "between 10 and 20 percent". */
  high?: number;
  /** Said with "about", "more than", "up to"… */
  approximate?: boolean;
}

const QUANTITY_KINDS: ReadonlySet<NumberKind> = new Set(['count', 'percent', 'money', 'fraction', 'multiple', 'measure']);

/** Whether the mention is the kind of quantitative claim the guide's `unverified-figure` is about. */
export function isFigureClaim(mention: NumberMention): boolean {
  return QUANTITY_KINDS.has(mention.kind);
}

const set = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const UNITS: Record<string, number> = {};
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((w, k) => (UNITS[w] = k));
const TENS: Record<string, number> = {};
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, k) => (TENS[w] = 20 + 10 * k));
// South Asia's scales too: "Rs 450 crore" (ten million each), "2 lakh devotees" (a hundred thousand), "Rs 450cr".
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, b: 1e9, k: 1e3, tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5 };
const LOCAL_SCALES = set('crore crores lakh lakhs');
const STREETS = set('lane road street avenue colony nagar marg way');
const SCALE_WORDS = new Set([...set('hundred thousand million billion trillion'), ...LOCAL_SCALES]);
// Scales glued to a count in capitals, or as "k" and "bn": a lower-case "m" is as often metres.
const GLUED_SCALES = set('K M B k bn mn');
// A scale and a currency joined as one word before a noun: "billion-euro", "million-pound", "trillion-dollar".
const SCALE_COMPOUND = /^(million|billion|trillion)-(?:euro|pound|dollar|yen|yuan|rupee|franc|krona|rouble|ruble|peso|rand|real)$/;
/** Plural quantity words that stand alone: "hundreds", "dozens of". */
const VAGUE_PLURALS: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9, trillions: 2e12, tens: 20 };
const FRACTION_WORDS: Record<string, number> = { half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8, tenth: 1 / 10, tenths: 1 / 10 };
/** Verbs by which a share of people holds or gives a view: "half say", "a third oppose", "about a quarter approve". */
const VIEW_VERBS = set('say said says approve approved disapprove disapproved support supported oppose opposed think thought believe believed want wanted prefer preferred favor favour favored favoured agree agreed disagree disagreed expect expected view viewed rate rated trust trusted back backed have has had');
// What may stand before such a share, opening its clause: "nearly half say", "…, and about a third oppose".
const BEFORE_A_SHARE = set('about nearly almost roughly around just over under only than and but while whereas after');
/**
 * Whether the share opening at k, its verb at v, is those asked holding a view: a verb of view after it, with nothing
 * before it but the clause's start or a word of degree ("Residents half expected", "enter a quarter expected to be
 * weak" are an adverb and a period).
 */
const holdsAView = (s: Sentence, k: number, v: number): boolean => VIEW_VERBS.has(s.lower(v)) && (!s.isWord(k - 1) || BEFORE_A_SHARE.has(s.lower(k - 1)));
// Words after "by half" that make it a time or a duration, no share: "by half past nine", "by half an hour".
const OWNERS_OF_A_SHARE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const SPANS_OF_A_LIFE = new Set(['life', 'lifetime', 'career', 'childhood', 'youth', 'tenure', 'reign', 'term']);
const CONTESTS = new Set(['matches', 'games', 'fixtures', 'races', 'fights', 'bouts', 'points', 'seats']);
const LOSING = new Set(['lost', 'lose', 'loses', 'losing', 'shed', 'sheds', 'shedding', 'cut', 'cuts', 'cutting', 'slashed', 'wiped']);
const NOT_BY_HALF = new Set(['past', 'a', 'an', 'of', 'the', 'time', 'way', 'its', 'their', 'his', 'her']);
const MULTIPLE_WORDS: Record<string, number> = {
  twice: 2, doubled: 2, doubling: 2, halved: 0.5, halving: 0.5, tripled: 3, trebled: 3, quadrupled: 4, thrice: 3,
  ...FOLD_MULTIPLES,
};
// Verbs of a multiple to come, after "to" or a modal ("expected to almost triple", "could double"), and the words
// after them that make them something else ("double down", "double as", "to double digits").
const FUTURE_MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4, halve: 0.5 };
const TO_OR_MODAL = set('to will would could can may might should must ’ll');
const NOT_MULTIPLYING = set('down as digits back up');
// "doubled as a warning", "doubles as their office": serving as something, not multiplying ("sales doubled as prices fell").
const SERVING_AS = set('a an the his her its their our my your');
/** "double" and "triple" are multiples only before what they multiply: "double the number", not "a double standard". */
const MULTIPLIED = set('the that its their his her what this those these');
const ORDINAL_WORDS = set('third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth thirtieth fortieth fiftieth hundredth');
const CURRENCY_WORDS = set(
  'dollars dollar euros euro pounds yen yuan renminbi rupees rupee francs pesos rubles roubles won shekels riyals dirhams rand naira reais ' +
    'dinars dinar shillings shilling kwacha baht ringgit rupiah lira liras krona kronor krone kroner zlotys zloty forints forint ' +
    'hryvnias hryvnia cedis cedi birr taka kyats kyat tenge manats lempiras quetzales quetzals rials rial pula',
);
const CURRENCY_TOKENS = set('$ us$ rs rs. £ € ¥ ₹ ₦ hk$ a$ c$');
// Codes and short forms written before a sum, as they are written ("CHF 80m", "KSh 2bn", "AED 40m"), not before a
// measure ("The AED 20 metres away", a defibrillator).
const CURRENCY_CODES = set('CHF SFr KSh KES AED Dh PKR INR NGN ZAR USD EUR GBP');
// In capitals throughout too ("KSH", "CHF"), or with only its first ("Ksh").
const CODES_BY_LOWER = new Set([...CURRENCY_CODES].map((c) => c.toLowerCase()));
const currencyCodeAt = (s: Sentence, k: number): boolean => (CURRENCY_CODES.has(s.word(k)) || (startsWithCapital(s.word(k)) && CODES_BY_LOWER.has(s.lower(k)))) && !MEASURED_AFTER.has(s.lower(k + 2));
/** Their first characters in either case: most short words ("of", "in") are told apart without lower-casing them. */
const CURRENCY_TOKEN_FIRSTS = new Set([...CURRENCY_TOKENS, ...CURRENCY_CODES].flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]));
const MONTHS = set('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december');
const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
// Spells of work count as time: "over two spells at the club".
const TIME_UNITS = set('second seconds sec secs minute minutes min mins hour hours hrs day days night nights week weeks weekend weekends month months year years yr yrs decade decades century centuries generation generations spell spells stint stints season seasons');
/** "14.20": a time of a 24-hour clock written with a dot, as a live blog opens an entry with. */
export const DOTTED_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
// A 24-hour clock's time in four digits: "0530", "2200".
const HOURS_AND_MINUTES = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const TIME_SUFFIXES = set('a.m am p.m pm gmt utc et est edt pt pst pdt bst cet o’clock o\'clock noon midnight');
const SEATING = set('seat seats seated seating');
const POLL_SAMPLES = set('poll polls survey surveys sample');
// Verbs whose object is a poll's sample, and words that say a sentence tells how a poll was run.
const SURVEYED = set('surveyed polled sampled');
const INCLUDED = set('included includes include');
const POLL_METHOD = set('poll polls survey surveys conducted fielded');
// Words of a poll's method right before the people it asked: "surveying 1,008 adults"; and, after a verb of running
// it, "(conducted …) with 418 voters", "including 848", "(collected data) from 4,060 voters".
const SURVEYING = set('surveying polling sampling interviewing');
const SAMPLED_AFTER = set('including with from');
const RUN_VERBS = set('conducted fielded collected carried');
/** Units of a product's specification, or of one object's make. */
const SPEC_UNITS = set(
  'gb tb mb kb ghz mhz hz fps mph kph km/h hp bhp ppi dba db kilobytes megabytes gigabytes terabytes petabytes kilobyte megabyte gigabyte terabyte petabyte megapixels megapixel mp mah rpm cc kw kwh kilowatts ' +
    'kilowatt-hours volts watts amps mm cm nm inch inches liter liters litre litres pixels bit bits core cores frames p k ' +
    'ft foot feet lb lbs oz pound pounds kilo kilos kg g ounces horsepower lb-ft nm cu cu.ft ' +
    'teraflops teraflop gigaflops tflops gbps mbps kbps gigabits gigabit megabits megabit megs ' +
    // "5.1 surround", "a 7.1-channel mix": a sound system's channels.
    'surround channel',
);
/** Units of a measured amount: "2 inches of rain", "2,750 tons of water", "30.8 GW of solar". */
const MEASURE_UNITS = set(
  'tons tonnes ton tonne barrels gallons liters litres acres hectares miles mile kilometers kilometres km square nautical degrees inches inch ' +
    'feet foot meters metres millimeters millimetres centimeters centimetres pounds kilograms kilogram grams gram kg gw mw gigawatts megawatts twh gwh bushels cubic calories',
);
// Words after a number that make it a measure or a time, no sum: "The AED 20 metres away".
const MEASURED_AFTER = new Set([...MEASURE_UNITS, ...SPEC_UNITS, ...TIME_UNITS, 'away']);
// Units of length in the singular, as they stand in an area or a volume before a noun: "square foot", "cubic meter".
const AREA_UNITS = set('foot mile meter metre yard inch kilometer kilometre');
// Short units that mostly give a product's make ("a 6mm lens", "a 150mph top speed") but also a measured change or
// amount: "have risen by 20cm", "temperatures rose 2C", "gusts reached 110mph", "seized 2kg of cocaine".
const PHYSICAL_UNITS = set('cm mm kg kilos mph kph km/h c');
const REACHING = set('reached hit topped exceeded');
const CONTAINING = set('contains contain containing holding weighs weigh weighing');
/** Whether the measure from `spanStart` to its unit at `unit` is a change or an amount of something, not a make. */
function measuredAmount(s: Sentence, spanStart: number, unit: number): boolean {
  const before = s.lower(spanStart - 1);
  const changed = MOVE_VERBS.has(before) || REACHING.has(before) || (before === 'by' && MOVE_VERBS.has(s.lower(spanStart - 2)));
  // Not what one thing holds: "Each bag holds 5kg of flour", "the pack contains 2kg of rice".
  const held = HOLDING.has(before) || CONTAINING.has(before);
  const amountOf = s.lower(unit + 1) === 'of' && s.isWord(unit + 2) && !s.capitalized(unit + 2) && !SPEC_AFTER.has(s.lower(unit + 2)) && !FUNCTION_WORDS.has(s.lower(unit + 2)) && !held;
  // "1.5C above pre-industrial levels", "2C warmer than average": a temperature against another.
  // Not a setting: "Bake at 200C above the middle shelf", "set to 18C" (not "rose to 3C above normal").
  const setting = before === 'at' || (before === 'to' && !MOVE_VERBS.has(s.lower(spanStart - 2)));
  const compared = suffixedDegrees(s, unit) && !setting && (COMPARED_TO.has(s.lower(unit + 1)) || (isLettersThen(s.lower(unit + 1), 'er') && s.lower(unit + 2) === 'than'));
  return changed || amountOf || compared;
}
const COMPARED_TO = set('above below over under');
// A race by its distance: "won the 100 metres", "the 5km race", "the 1,500m final", "the 10,000 metres".
const RACE_UNITS = set('m metres meters km k mile miles');
const RACE_WORDS = set('race races final finals heat heats hurdles relay freestyle backstroke breaststroke butterfly medley sprint steeplechase walk run');
const RACE_METRES = new Set([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);
const RACE_KILOMETRES = new Set([5, 10, 21, 42]);
/**
 * After "the", a distance in a race's unit that a race word follows or that races are run over: where the race's name
 * ends (the unit or the race word after it), or -1. Not "the 100 metres of track".
 */
function raceAt(s: Sentence, first: number, value: number, unit: string, after: number): number {
  if (s.lower(first - 1) !== 'the' || !RACE_UNITS.has(unit)) return -1;
  if (RACE_WORDS.has(s.lower(after))) return after;
  const run = unit.startsWith('k') ? RACE_KILOMETRES.has(value) : unit.startsWith('mile') ? value === 1 : RACE_METRES.has(value);
  return run && s.lower(after) !== 'of' ? after - 1 : -1;
}
const OPENING_MARKS = set('“ " ‘');
const TITLED = set('book books film films song songs album novel play show series memoir documentary poem single titled entitled called wrote musical podcast debut opera essay anthology collection exhibition episode track sequel column painting game ballet');
/** Whether the capitalised words from k run to a closing quotation mark, a title's words: "Ways to Leave Leeds”". */
function titleClosed(s: Sentence, k: number): boolean {
  for (let j = k; j < k + 8 && s.has(j); j++) {
    const w = s.word(j);
    if (w === '”' || w === '"' || w === '’') return true;
    if (!s.isWord(j) || (!s.capitalized(j) && !TITLE_SMALL_WORDS.has(s.lower(j)))) return false;
  }
  return false;
}
const TITLE_SMALL_WORDS = set('a an the to of in on and or for at by with from');
const LISTED_PLANS = set('plan plans agenda programme program strategy proposal checklist list manifesto blueprint');
/** Whether word k is written in degrees Celsius or Fahrenheit glued to its number ("1.5C", "34F"). */
const suffixedDegrees = (s: Sentence, k: number): boolean => /^\d+(?:\.\d+)?[CF]$/.test(s.word(k));
// Lengths too small for anything but one object's make, or rain and snow.
const SMALL_LENGTHS = set('millimeters millimetres millimeter millimetre centimeters centimetres centimeter centimetre');
const NOTHING_MADE = set('rain rainfall snow snowfall precipitation water sea');
/** Words after a measure that make it one object's size or reach. */
// "10 feet tall"; and compared with another thing's: "two inches wider than the old model".
const SIZE_AFTER = set('tall long wide high deep thick across diameter taller longer wider deeper thicker thinner shorter heavier lighter bigger smaller narrower');
/**
 * Whether word k gives one thing's size ("2 miles across at its widest"); not "across" before what it runs over, which
 * is where ("4,500 patients across 12 countries", "burned 1.3 million hectares across the south", "across rural
 * Corvinia").
 */
const sizeWordAt = (s: Sentence, k: number): boolean => SIZE_AFTER.has(s.lower(k)) && !(s.lower(k) === 'across' && s.isWord(k + 1) && !ACROSS_SIZE_AFTER.has(s.lower(k + 1)));
// What may follow "across" when it gives a width: "2 miles across at its widest", "3 metres across and …".
const ACROSS_SIZE_AFTER = set('at and but or in with by yet when though while');
const SIZE_BEFORE = set('weighs weighed weighing weigh measures measured measuring measure stands stood height length width weight diameter size display screen rated');
// Words of one thing's extent, only before a length: "spans 1.2 kilometres", "an altitude of 500 km" (not "cuts stretching to 40
// million pounds").
const LENGTH_BEFORE = set('altitude span spans spanned spanning stretches stretched stretching');
const LENGTHS = set('km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot ft yards yard m acres acre hectares hectare');
// A ship's or a plane's own measures: "a wingspan of 35.8 metres", "a beam of 28 metres", "a draught of 9 metres".
const HULL_MEASURES = set('wingspan beam draught');
// What a share told one in so many goes on to do: "One household in three lacks a car".
const SHARE_VERBS = set('say says said think thinks believe believes lack lacks own owns live lives');
// A side's record, told one in so many: "one win in 10", "one goal in 14".
const CONTESTED = set('match game win defeat loss draw race goal point try start appearance');
// Changes a count reaches, and whom one rings or what one sends and how: a short number after them is a line
// ("call your bank on 159", "forwarding it to 7726"), after a change a count ("rose to 450").
const CHANGED_TO = set('rose rise rises rising fell fall falls falling grew grow grows increased increase decreased dropped climbed jumped soared surged doubled tripled amounted came went reached totalled totaled');
const RUNG = set('bank them us him her you police line helpline hotline number team office provider supplier insurer');
const SENT = set('it them message messages text texts email emails code word');
const RINGING = set('call calls called calling ring rings phone phones phoned contact contacted text texts texted');
const TEXTING = set('text texts texted texting forward forwards forwarded forwarding send sending sent report reporting');
// Words that tell of a quake, whose magnitude is a reading.
const QUAKES = set('quake quakes earthquake earthquakes tremor tremors aftershock aftershocks richter seismic');
// A total raised to a sum, and the verbs of raising money for a cause.
const TOTALS = set('total tally sum amount fund funds pot');
const FUNDS_RAISED = set('raised raises raising raise collected collects collecting donated donates pledged pledges');
// Emergency, city and police lines, and the words that make a number one.
const SERVICE_NUMBERS = new Set([911, 311, 999, 111, 112, 101, 211, 988]);
const SERVICE_LINES = set('line number hotline helpline service system');
// Places on a plane, a ship or an airfield ("row 14", "runway 27", "stand 41", "cabin 4012"), and a police appeal's
// lines and references ("dial 101", "quoting reference 412"): labels only before a number that counts nothing after it.
const PLACES_ABOARD = set('row rows runway runways stand cabin cabins berth berths deck decks carriage hangar dial reference ref');
const DIRECTIONS = set('north south east west northeast northwest southeast southwest away outside off from inland offshore upstream downstream');
const SPEC_AFTER = set('range charge gallon battery tank');
const PERCENT_WORDS = set('percent percentage pct');
const LABEL_BEFORE: ReadonlySet<string> = new Set([
  ...set(
    'no no. nos page pages p. pp section sections article articles chapter chapters verse verses clause clauses route highway interstate room flight number level phase ' +
      'season episode vol volume series model version rule title proposition prop amendment paragraph item line act exhibit district precinct ' +
      'channel gate platform pier lot unit suite apt apartment box bus track code grade seed pick ward type category stage class junction ' +
      'junctions exit exits terminal terminals gates platforms resolution resolutions bill marker markers milepost mileposts kilometre kilometer',
  ),
  ...PLACES_ABOARD,
]);
const US_STATE_CODES = set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY',
);
const SPACED_TIME = /^:\s\d{2}\s*(?:a\.m|p\.m|am\b|pm\b)/i;
const GLUED_MONTH = /\p{Ll}(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
const AGE_BEFORE = set('aged age ages');
const LIFE_TURNS = set('died dies retired retires married marries wed elected debuted emigrated immigrated enlisted graduated widowed orphaned');
// Moving at an age, only of a person: "He moved with his family to Hull at 12", not "The ship moved … at 61".
const MOVING = set('moved fled');
const LIFE_STAGES = new Set([...LIFE_TURNS, ...set('qualified promoted ordained appointed knighted')]);
// Verbs that measure a count at a level: "stood at 30", "was put at 30".
const MEASURED_AT = set('stood stands was were is are put puts remained stayed held rose fell peaked reached settled stalled plateaued levelled leveled sits sat hovered hovers stabilised stabilized');
/** Whether a turn of a life stands a few words before "at" (at k), with no verb of measuring between. */
function lifeStageBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= k - 6 && s.isWord(j); j--) {
    // Joining or enrolling in a body named after "the": "joined the Navy at 18" (not "members who joined after the
    // merger settled at 60").
    if (JOINING.has(s.lower(j))) return s.lower(j + 1) === 'the' && s.capitalized(j + 2);
    // "moved to Leeds at 19", by a person, with nothing carried between ("Production moved to Hull with output at 70"),
    // but one's own ("with his family").
    if (MOVING.has(s.lower(j))) {
      for (let m = j + 1; m < k; m++) if (s.lower(m) === 'with' && !OWNERS.has(s.lower(m + 1))) return false;
      return PEOPLE.has(s.lower(j - 1)) || s.lower(j - 1) === 'who' || s.lower(j - 1) === 'and' || (s.capitalized(j - 1) && !isPluralNoun(s, j - 1) && !NOUN_PHRASE_OPENERS.has(s.lower(j - 1)));
    }
    if (LIFE_STAGES.has(s.lower(j))) return true;
    if (MEASURED_AT.has(s.lower(j))) return false;
  }
  return false;
}
const JOINING = set('joined enrolled');
// "when she turned 21", "the mayor turns 65 in May"; not "turned 300 acres into a park".
const TURNING = set('turn turns turned turning');
const AGE_NOUNS = set('age ages');
// Capitalised words a decimal at a sentence's start may count: "12.50 Euros", "3.5 Million".
const UNITS_AFTER_TIME = set('euros euro dollars pounds million billion percent per');
const AVERAGES = set('average median mean typical');
const AGE_RULES = set('minimum maximum legal voting retirement drinking pension');
const LEAVING = set('left leaves leave leaving quit started starts start');
// "She is 45.", "when you're 50", "Reed, who was 19 and": a person is a bare number; "the total is 45" is not.
const PERSON_IS = set("i'm i’m you're you’re he's he’s she's she’s");
const PEOPLE = set('he she i you');
// One set's score: "6-3", "7-6".
const SET_SCORE = /^\d{1,2}[-–]\d{1,2}$/;
const AGE_LIMITS = set('over under above below');
// The dead, whose age "were over 75" gives: "those who died", "the dead", "most of those killed".
const THE_DEAD = set('died dead killed');
const AGENT_BEFORE = set('by from to with for against of');
const PARTS_OF_PEOPLE = set('majority most many some all bulk third half quarter share proportion percent');
const DATING = set('dates dated dating date');
const AGE_BOUNDS = set('older younger');
// After the number and "and"/"or": "45 and over", "18 and up".
const AGE_LIMITS_AFTER = new Set([...AGE_LIMITS, 'up']);
const AGE_GROUPS = set('those people adults voters americans britons women men residents workers respondents democrats republicans seniors patients drivers users children kids teens');
// "anyone under 18 needs": one person, whose verb after the limit ends in "s" as a plural noun does.
const ANYONE = set('anyone anybody everyone everybody someone somebody nobody');
/** People an age group may be of: "those", "voters", "gamblers", "anyone" (the lexicon's people, or an agent's plural by its ending). */
const agedPeople = (w: string): boolean => AGE_GROUPS.has(w) || ANYONE.has(w) || isPeoplePlural(w);
// Determiners of one person: "a customer", "every child", "no player"; of those, the ones that take each person in turn.
const ONE_PERSON = set('a an every any each no one another the this that');
const EACH_PERSON = set('every any each no');
/** The determiner before word k when k is a noun for one person, perhaps with a word between ("a new driver"); '' if not. */
function onePersonAt(s: Sentence, k: number): string {
  const noun = s.lower(k);
  if (!s.isWord(k) || !(isPersonRole(noun) || isPersonNoun(noun))) return '';
  if (ONE_PERSON.has(s.lower(k - 1))) return s.lower(k - 1);
  return s.isWord(k - 1) && !s.hasDigit(k - 1) && ONE_PERSON.has(s.lower(k - 2)) ? s.lower(k - 2) : '';
}
const BEING = set('is was am');
const BEING_PLURAL = set('is was are were');
const HE_OR_SHE = set('he she');
// People by a role the lexicon holds only in other senses: "the star", "the singer".
const AGED_ROLES = set('star singer actor actress rapper model player victim boy girl man woman teenager suspect');
const AGE_APPROXIMATORS = set('about around nearly almost roughly only just barely');
const AGE_ADVERBS = set('already still then now not yet');
const SUPERLATIVE = /^\p{L}{3,}est$/u;
const WILL_BE = set("will would 'll ’ll");
const AGE_ENDS = set(', . ; : and but when or now at in');
// Words between a count and its unit of time that make it one run of time: "for 14 straight years".
const RUN_OF_TIME = set('consecutive straight successive uninterrupted');
// Time added, up to a thousand: "20 extra minutes", "150 more days" (not "12,000 extra nights", a count).
const EXTRA_TIME = set('extra additional more further');
// Not hours or days of something, or each month: "300 extra hours of home care", "150 additional hours each month".
const WORK_COUNTED = set('of each a per every');
// So are kinds of day, for a small count of them: "ten sitting days", "five working days" (not "2.4 million working
// days lost", a count of them).
const KINDS_OF_DAY = set('sitting working business calendar school full');
const PENALTY_AFTER = set('prison jail behind probation imprisonment incarceration sentence sentences');
const PENALTY_BEFORE = set('sentenced sentence faces face faced facing serve serving served punishable carries carry fine fined fines penalty penalties');
const FINES = set('fine fined fines penalty penalties');
// What a fine may be a share of: "6% of global turnover", "10% of annual revenue".
const EARNINGS = set('turnover revenue revenues sales income profits');
// Words that give a fine's size right before it: "fines of up to 6%", "fines can reach 10%".
const FINE_SIZED = set('of reach reaching total totalling totaling');
// Words that end whom a fine was laid on: "fined the bank for moving $300 million", "was fined and lost £14 million".
const NOT_IN_WHOM = set('for after and but or over last this in on to with by of from was were had has have is are since when while because');
// A phone number written in spaced groups: "0800 555 0192", "+44 20 7946 0958", "(020) 7946 0958".
const PHONE_NUMBER = /(?<!\d|\d[.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])(?:\d{2,5}[ .-]){0,3}\d{3,6}(?![\d]|[.,]\d)/g;
// Thousands grouped by spaces ("12 000 000") are one number, not a phone's groups.
const SPACED_THOUSANDS = /^\d{1,3}(?: \d{3})+$/;
/** Whether the digits from start to end are a group of a phone number written in spaced groups. */
function inPhoneNumber(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 24);
  const to = Math.min(text.length, end + 24);
  // A phone number has nine digits or more, which few figures have near them: those are let go without the pattern.
  let digits = 0;
  for (let k = from; k < to && digits < 9; k++) if (isDigitCode(text.charCodeAt(k))) digits++;
  if (digits < 9) return false;
  for (const m of text.slice(from, to).matchAll(PHONE_NUMBER)) {
    const at = from + m.index;
    if (at > start || at + m[0].length < end) continue;
    const groups = m[0].match(/\d+/g) ?? [];
    const digitCount = groups.join('').length;
    // Two groups only after a trunk "0": "01482 300300".
    if ((groups.length < 3 && !(groups.length === 2 && m[0].startsWith('0') && digitCount >= 10)) || digitCount < 9 || digitCount > 13 || SPACED_THOUSANDS.test(m[0])) continue;
    // A leading "+", "0" or bracketed area code: no count is written so.
    if (/^[+(0]/.test(m[0])) return true;
  }
  return false;
}

/** "fined the video app Pellucid £14 million": "fined", then only whom it was laid on, within seven words before k. */
function finedBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
    if (!s.isWord(j)) return false;
    const w = s.lower(j);
    if (w === 'fined') return true;
    if (NOT_IN_WHOM.has(w) || /(?:ed|ing)$/.test(w)) return false;
  }
  return false;
}
const PAYING = set('pay pays paying');
const ORDERED_TO_PAY = set('pay repay forfeit');
const BAIL = set('bail bond');
const SET = set('set sets setting');
const HELD = set('held jailed detained released freed');
const CHARGES = set('counts count charges');
const CHARGED = set('pleaded pleads plead charged convicted indicted acquitted guilty admitted denied denies faces facing');
const ORDERED = set('ordered orders ordering');
const READINGS = set('rating ratings reading readings score scores fps framerate');
const COURT_SUMS = set('fine fines penalty penalties bail restitution summons summonses citation citations');
const EMERGENCY_LINE = set('call calls caller callers dispatcher dispatchers operator operators center centre line system');
// What closes an age set off after a name: "Parata, 75, has", "Reed, 38 – who", "Ann, 34; Tom, 32; …".
const AGE_CLOSERS = new Set([',', ';', '–', '—']);
/** A comma at k after a word that is no number: where an age set off after a name opens ("Parata, 75,"). */
const afterWordComma = (s: Sentence, k: number): boolean => s.word(k) === ',' && s.isWord(k - 1) && !isDigitCode(s.text.charCodeAt(s.start(k - 1)));
const isSmallInteger = (word: string): boolean => /^\d{1,3}$/.test(word) && Number(word) < 120;
/**
 * Two people's ages set off together after them: "Tom and Ben Ode, 22 and 19, were", "the twins, 8 and 10
 * respectively, said"; the number at first..last is either of them.
 */
function agePair(s: Sentence, first: number, last: number): boolean {
  const closes = (k: number) => AGE_CLOSERS.has(s.word(k)) || (s.lower(k) === 'respectively' && AGE_CLOSERS.has(s.word(k + 1)));
  const opens = (k: number) => afterWordComma(s, k) && !MONTHS.has(s.lower(k - 1));
  if (s.lower(last + 1) === 'and') return opens(first - 1) && isSmallInteger(s.word(last + 2)) && closes(last + 3);
  return s.lower(first - 1) === 'and' && isSmallInteger(s.word(first - 2)) && opens(first - 3) && closes(last + 1);
}
// Face values of banknotes and coins, which name them: "a $100 bill".
const DENOMINATIONS = new Set([1, 2, 5, 10, 20, 50, 100, 500, 1000]);
const MONEY_PIECES = set('bill bills note notes banknote banknotes coin coins');
// "in lieu of", "post", "released on" a bond: bail; "a $120 million bond payment" is debt.
const BOND_BEFORE = set('of post posted posting on');
// A league table's standing: "four points off the promotion places", "three points clear in the table".
const STANDING_GAPS = set('off behind clear adrift above below ahead');
const VENUES = set('home away');
const GAMES_PLAYED = set('games matches fixtures');
const LEAGUE_WORDS = set('places place zone table relegation promotion playoff playoffs play-offs play-off leaders pace top');
// A side's or a player's record in a season or a career: "27 wins and 11 defeats", "100 career goals".
const RECORD_NOUNS = set('wins defeats losses draws');
const CAREER_WORDS = set('career league international cup season test');
// What follows a player's goals in a season: "15 goals this season", "50 goals for the club", "in 30 games".
const SEASON_AFTER = set('season club campaign games matches appearances');
// What only a cricket innings is counted in: balls faced, overs bowled, boundaries hit.
const CRICKET_MEASURES = set('overs wickets fours sixes maidens');
const BALLS = set('balls deliveries');
const BALLS_BEFORE = set('off from faced facing in');
const BALLS_SPARE = set('to remaining left');
// A margin of a win that no poll gives: "won by 24 runs", "by six wickets", "by three strokes".
const WIN_MARGINS = set('runs wickets strokes shots lengths goals');
/**
 * The last word of a sports tally at the number ending at `last`, or -1: a league standing ("on 47 points"), a record
 * ("27 wins", "are 23-11"), a player's goals in a season or a career ("15 goals this season", "100 career goals"), an
 * average ("averaging 24.6 points"), a winning margin ("won by 24 runs"), an innings' total ("bowled out for 187",
 * "declared at 420"), goals let in ("conceded 42 goals") or a golfer's score ("12 under par"). The guide exempts
 * sports results and records; a poll's "5 points" stays a share.
 */
function sportsTally(s: Sentence, spanStart: number, last: number): number {
  const prev = s.lower(spanStart - 1);
  const next = s.lower(last + 1);
  // Not a party's points in a poll: "Labour are on 40 points in the poll", "The Greens are on 12 points"; read only
  // before points or goals, as this is asked of most numbers.
  const polled = () => s.aboutPolling() || s.anyBefore(spanStart, 6, PARTY_NAMES);
  if ((next === 'points' || next === 'goals') && !polled() && (prev === 'on' || AVERAGING.has(prev) || s.lower(last + 3) === 'game' || s.anyAfter(last + 1, 3, SEASON_AFTER))) return last + 1;
  // Not a record in court: "27 wins and 11 losses in court", "14 wins at planning appeals".
  // "a run of 14 home wins", "unbeaten in 14 away games": where they were played may come between.
  // Not "3,000 home games consoles", a noun the games describe.
  const described = s.isWord(last + 3) && !s.capitalized(last + 3) && isPluralNoun(s, last + 3);
  const venue = VENUES.has(next) && (RECORD_NOUNS.has(s.lower(last + 2)) || GAMES_PLAYED.has(s.lower(last + 2))) && !described ? 1 : 0;
  if (venue && !s.anyAfter(last + 2, 8, LEGAL_PLACES)) return last + 2;
  if (RECORD_NOUNS.has(next) && !s.anyAfter(last + 1, 8, LEGAL_PLACES)) return last + 1;
  if (CAREER_WORDS.has(next) && (s.lower(last + 2) === 'goals' || s.lower(last + 2) === 'runs' || s.lower(last + 2) === 'wins')) return last + 2;
  if (prev === 'by' && WIN_MARGINS.has(next) && s.anyBefore(spanStart - 1, 3, SCORE_BEFORE)) return last + 1;
  if (prev === 'for' && s.lower(spanStart - 2) === 'out') return last;
  // An innings' own measures: "112 off 98 balls", "bowled out in 38 overs", "four wickets for 32 runs", "12 fours".
  if ((next === 'off' || next === 'in' || next === 'from') && BALLS.has(s.lower(last + 3))) return last; // "made 112 off 98 balls", "hit 50 in 30 balls"
  // Balls only faced: "off 98 balls", "faced 40 deliveries" (not "sold 300 balls").
  // "won with 20 balls to spare", "with 12 deliveries remaining".
  const spare = prev === 'with' && BALLS_SPARE.has(s.lower(last + 2));
  const balls = BALLS.has(next) ? BALLS_BEFORE.has(prev) || spare : CRICKET_MEASURES.has(next);
  if ((balls && s.lower(last + 2) !== 'of') || (next === 'runs' && (prev === 'for' || prev === 'off') && s.anyBefore(spanStart - 1, 4, CRICKET_MEASURES))) return last + 1;
  // "have conceded 42 goals", "declared at 420": what a side let in, and the total a cricket side declared at.
  if (CONCEDING.has(prev) && SCORED.has(next) && s.lower(last + 2) !== 'of') return last + 1;
  if ((prev === 'at' || prev === 'on') && DECLARING.has(s.lower(spanStart - 2))) return last;
  if ((next === 'under' || next === 'over') && s.lower(last + 2) === 'par') return last + 2;
  // "The Lions are 23-11": a record after "are", the larger number first, as no range is written.
  const pair = /^(\d+)[-–](\d+)$/.exec(s.word(last));
  if (pair && spanStart === last && COPULAS.has(prev) && Number(pair[1]) > Number(pair[2])) return last;
  return -1;
}
const AVERAGING = set('averaging averages averaged average');
// Where in a band of ten a share or a rating sits: "the low 40s", "the upper 30s".
const BANDS = set('low high upper lower');
const CONCEDING = set('conceded concede concedes conceding');
const PARTY_NAMES = set('conservatives tories labour democrats republicans greens liberals lib dems snp reform ukip gop');
const LEGAL_PLACES = set('court courts appeal appeals tribunal tribunals cases case lawsuits');
const DECLARING = set('declared declare declares');
const POLLING = set('poll polls polling survey surveys voters');
// A player's running count: "taking his tally for the season to 18".
const TALLIES = set('tally tallies');
const OWN = set('his her their its');
// A vote's tally is a result as a match's is: "passed 52-48", "a 6-1 vote".
const SCORE_AFTER = set('win wins victory victories loss losses defeat defeats lead draw tie record decision triumph rout drubbing aggregate vote votes');
const SCORE_BEFORE = set('won win beat beats beating defeated defeat lost lose losing topped top tied drew edged routed thrashed scored score scoring led leading trailed trailing ended finished passed approved voted rejected unbeaten missed cleared deadlocked');
/** A vote, whose tally follows within a few words ("The vote was 52-47"); the votes a division's margin is of. */
const VOTES = set('vote votes voted tally');
const VOTES_CAST = set('votes');
/** What may follow a vote's tally: its end, or where, when or on what it was cast. */
const AFTER_A_TALLY = set('on in at to with after for against among');
const SCORING = set('scored score scoring scores');
// A ratio of views or of numbers is a share of people or things, no result: "By nearly 2-1, voters say", "older
// tenants agree with her by 2-1", "Growers outnumber millers 3-1". A vote's tally ("voted 5-2", "a 5-4 decision",
// "approved it by a 5-to-2 margin", "the board backs the tower by 5-2") and a game's score stay results.
const RATIO = /^(\d{1,2})(?:[-–]|-to-)(\d{1,2})$/;
/** Verbs of a view held now, as a poll asks it: "say", "feel", "favor"; not "approved" or "backs", which a vote does. */
const HELD_VIEWS = set('say says feel feels think thinks believe believes favor favors favour favours prefer prefers want wants agree agrees disagree disagrees');
const OUTDOING = set('outnumber outnumbers outnumbered outnumbering outspend outspends outspent outspending outraise outraises outraised outraising');
// Words that make another verb between a view and its margin: "believe their side were robbed by 3-1".
const VERB_BETWEEN = set('is are was were be been being will would has have had');
/** The share the larger side of a ratio of views or numbers holds ("2-1" is two in three), or undefined. */
function ratioShare(s: Sentence, first: number, spanStart: number): number | undefined {
  const m = RATIO.exec(s.word(first));
  if (!m) return undefined;
  const larger = Number(m[1]);
  const smaller = Number(m[2]);
  if (larger <= smaller) return undefined;
  const share = larger / (larger + smaller);
  if (s.anyBefore(spanStart, 4, OUTDOING)) return share;
  const margin = s.lower(spanStart - 1) === 'a' && s.lower(spanStart - 2) === 'by' && s.lower(first + 1) === 'margin';
  const by = s.lower(spanStart - 1) === 'by' ? spanStart - 1 : margin ? spanStart - 2 : -1;
  if (by < 0 || !s.holdsViewNoResult()) return undefined;
  // "By 2-1, voters say", "a poll found that by 2-1, voters favor": a margin opening its clause, the view after it.
  if ((!s.has(by - 1) || s.lower(by - 1) === 'that' || s.word(by - 1) === ',' || s.word(by - 1) === ':') && s.word(first + 1) === ',') return share;
  // "Older tenants agree with her by 2-1": the view held right before it, with no other verb between.
  for (let j = by - 1; j >= by - 4 && s.isWord(j); j--) {
    if (HELD_VIEWS.has(s.lower(j))) return share;
    if (VERB_BETWEEN.has(s.lower(j)) || s.lower(j).endsWith('ed')) return undefined;
  }
  return undefined;
}
const RATING_WORDS = new Set([...SCORING, ...set('rated rate rates rating gave give gives giving')]);
const PLAYER_STATS = set('rebounds assists steals turnovers touchdowns touchdown interceptions sacks tackles completions carries receptions strikeouts homers rbis innings wickets birdies bogeys appearances caps aces knockouts saves');
// Counted out of attempts: "24 of 31 passes", "7 of 12 shots".
const ATTEMPTS = set('passes attempts shots');
const OF = set('of');
const COMPETITIONS = set('league cup international playoff postseason regular-season competitive test');
const GAMES = set('games matches meetings fixtures bouts fights races titles starts championships trophies tournaments finals contests');
/** "of its last 16 games" from k: "of", then a number of games within three words. */
function ofGamesAt(s: Sentence, k: number): boolean {
  if (s.lower(k) !== 'of') return false;
  for (let j = k + 1; j <= k + 3; j++) if (s.hasDigit(j) && GAMES.has(s.lower(j + 1))) return true;
  return false;
}
const MOVE_VERBS = set(
  'rose rise rises rising risen fell fall falls falling fallen gained gain gains gaining lost lose loses losing dropped drop drops dropping ' +
    'climbed climbs climbing jumped jumps slid slides sliding slipped slips tumbled tumbles plunged plunges surged surges soared soars ' +
    'sank sinks shed sheds declined declines advanced advances edged closed closes opened traded ended finished added adds up down higher lower ' +
    'increased increases decreased decreases dipped dips eased eases rallied rallies retreated retreats strengthened strengthens ' +
    'weakened weakens firmed firms softened softens slumped slumps close settle settled settles crumbled crumbles collapsed collapses ' +
    'spiked spikes skyrocketed skyrockets shedding ' +
    // A headline's present: "Acme shares jump 8%", "Hull Bank shares slump 12%".
    'jump soar surge slump tumble plunge climb slide sink dip rally slip spike crash crashed crashes',
);
const MARKET_WORDS = set(
  'shares share stock stocks index indices indexes dow nasdaq s&p nikkei ftse dax cac sensex nifty kospi stoxx tsx asx hang seng topix bovespa ' +
    'composite futures dollar euro yen sterling pound yuan franc rupee peso rouble ruble crown krona krone rand lira ringgit baht zloty ' +
    'forint shekel rupiah crude brent oil gold silver copper aluminum ' +
    'aluminium bitcoin bond bonds notes treasury treasuries gilts bund bunds',
);
const STORY_DETERMINERS = set('the these those its his her their our my your whose both all');
const PEOPLE_COUNTED = set('member person people employee worker student delegate staff volunteer soldier troop officer');
const CASUALTY_PARTICIPLES = set('killed died dead injured wounded hurt murdered shot');
const CASUALTY_AUXILIARIES = set('who were was have has had been');
/**
 * "the nine people who were killed", "the three men shot on Monday": a count of the dead or hurt after `determiner` is a
 * casualty figure; read from the word after the counted noun at k.
 */
function casualtiesCounted(s: Sentence, k: number, determiner: string): boolean {
  // Not one's own people: "her two sons died in the war" is the family the story is about.
  if (!ARTICLE_DETERMINERS.has(determiner)) return false;
  let j = k;
  while (j < k + 4 && CASUALTY_AUXILIARIES.has(s.lower(j))) j++;
  // In its relative clause or a participle after the noun: "the nine people who died", "the three men killed in";
  // not the clause's own verb ("The two soldiers were killed", "the two boys died"), said of the story's own people.
  return CASUALTY_PARTICIPLES.has(s.lower(j)) && (s.lower(k) === 'who' || (j === k && s.lower(j) !== 'died'));
}
const ARTICLE_DETERMINERS = set('the these those');
const DEMONSTRATIVES = set('these those');
const STORY_MODIFIERS = set('top first last past next other final remaining');
// Of those, the ones that keep to a set the story counts, whatever its size ("the other 28", not "its last 16").
const WHOLE_SET_MODIFIERS = set('top other remaining');
// Verbs of a toll, before the count of people they took: "Storms kill 9".
const TOLL_VERBS = set('kill kills killed killing injure injures injured injuring wound wounds wounded');
/** Words that make a small count a reported fact: casualties, arrests, cases. */
const EVENT_WORDS = set(
  'killed killing kills dead died die dies death deaths injured injuring wounded wounding hurt missing arrested detained displaced ' +
    'evacuated hospitalized hospitalised infected diagnosed quarantined cases victims fatalities casualties bodies hostages rescued ' +
    'confirmed reported recorded people',
);
// What an event did to what is counted, said in the passive ("Six residents were treated", "Three depots were
// damaged"), and events counted themselves ("four crashes since May").
const PASSIVE_EVENTS = set('treated damaged destroyed stolen seized downed sunk flooded');
const COUNTED_EVENTS = set('crashes collisions shootings stabbings burglaries robberies thefts explosions airstrikes');
const BE_FORMS = set('was were been be is are');
const APPROXIMATORS = set(
  'more_than less_than fewer_than at_least at_most up_to as_many_as as_much_as as_few_as as_little_as nearly almost about around roughly ' +
    'approximately over under close_to upwards_of an_estimated the_estimated estimated an_average_of a_total_of some just only just_over ' +
    'just_under well_over well_under more_than_double in_excess_of a_further another an_additional numbering totaling totalling totaled ' +
    'totalled a_mere a_whopping an_extra almost_exactly exactly below above no_fewer_than no_more_than no_less_than not_less_than fully',
);
/** The last word of every approximator, so the lists are only joined where one can end. */
const APPROXIMATOR_ENDS = new Set([...APPROXIMATORS].map((a) => a.slice(a.lastIndexOf('_') + 1)));
const VAGUE_MULTIPLIERS = set('a few several many some');
/** Plurals with no "s" of their own ("people", "staff", "cattle"), for a count's noun and a source phrase's head. */
export const IRREGULAR_PLURALS = set('people men women children police staff personnel troops cattle livestock sheep fish deer aircraft crew others');
/** Counted things that are not quantities anyone reports: "two problems", "three categories". */
const ABSTRACT_COUNTS = set(
  'problems issues things ways reasons categories types kinds options questions points parts sides steps words requirements factors aspects ' +
    'areas elements levels stages phases rounds sets versions editions features flavors flavours choices ideas lessons rules goals priorities ' +
    'components dimensions terms scenarios conditions approaches methods functions sentences examples letters pieces modes times ' +
    'photos pictures images slides',
);
/** Capitalised only because they open the sentence: "In 2019", "By 2024". */
const SENTENCE_OPENERS = set(
  'the in on at by for of with and but or from to since after before about over under than only just another all some a an as if when ' +
    'while its his her their this that these those then now still yet so also last next today yesterday until within during through nearly ' +
    'between among around almost roughly approximately more fewer less up down',
);
const INDEFINITE = set('a an');
const FUNCTION_WORDS = set('of per in on at to by for from with and or than as is are was were has have had will would could be been who which that when while a an the');
const NOT_NOUNS = set('was were is are has have had been did does do will would could should may might can its their this that those these others plus');

const HAS_DIGIT = 1;
const HAS_LETTER = 2;

// Character classes by code, looked up in a table: the tokenizer touches every character of the sentence.
const SPACE = 1;
const BOUNDARY = 2;
const DIGIT = 4;
const LETTER = 8;
const HYPHEN = 16;
const TABLE_END = 0x2030;
// One entry for every UTF-16 code unit, read without a call or a bounds test: on a page's first scan, before
// the tokenizer is optimized, a call per character cost more than the lookup. Past TABLE_END every character
// counts as a letter.
const CHAR_CLASS = new Uint8Array(0x10000).fill(LETTER, TABLE_END);
for (const c of ' \t\n\r\u00a0') CHAR_CLASS[c.charCodeAt(0)] = SPACE;
for (const c of ',;:()[]{}<>"“”!?—―…') CHAR_CLASS[c.charCodeAt(0)] = BOUNDARY;
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = CHAR_CLASS[c + 32] = LETTER;
CHAR_CLASS[45] = HYPHEN;
// Letters past ASCII are in the table too, found once here rather than by a pattern per character read.
const LETTER_PATTERN = /\p{L}/u;
for (let c = 128; c < TABLE_END; c++) if (CHAR_CLASS[c] === 0 && LETTER_PATTERN.test(String.fromCharCode(c))) CHAR_CLASS[c] = LETTER;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// Long tokens are never numbers a reader reads; capping them keeps every pattern below on short strings.
const MAX_NUMBER_TOKEN = 40;
const MAX_NUMBER_WORDS = 12;

/** Whether the character at k, of class `cls`, ends a word: a space, or punctuation other than a comma between digits ("1,786,300"). */
function endsWord(text: string, k: number, cls: number, to: number): boolean {
  if (cls & SPACE) return true;
  if ((cls & BOUNDARY) === 0) return false;
  return !(text.charCodeAt(k) === 44 && isDigitCode(text.charCodeAt(k - 1)) && k + 1 < to && isDigitCode(text.charCodeAt(k + 1)));
}

// The words of the sentence being read, kept in typed arrays reused from call to call: a word object each was
// most of the stage's garbage on long pages. `findNumbers` never runs inside itself, so one set serves.
const PUNCT = 4;
/** A word of letters that is no number word nor currency (`readMention` would find nothing there): skipped unread. */
const OPENS_NOTHING = 8;
let wordStarts = new Int32Array(256);
let wordEnds = new Int32Array(256);
let wordHeads = new Int32Array(256);
let wordInfo = new Uint8Array(256);
// Lower-cased words, cached for the sentence being read: `lowerRead[k] === reading` says the entry is current.
const lowerCache: string[] = [];
let lowerRead = new Int32Array(256);
let reading = 0;

function pushWord(count: number, start: number, end: number, info: number, head: number): void {
  if (count === wordStarts.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    wordStarts = grow(wordStarts, new Int32Array(count * 2));
    wordEnds = grow(wordEnds, new Int32Array(count * 2));
    wordHeads = grow(wordHeads, new Int32Array(count * 2));
    wordInfo = grow(wordInfo, new Uint8Array(count * 2));
    lowerRead = grow(lowerRead, new Int32Array(count * 2));
  }
  wordStarts[count] = start;
  wordEnds[count] = end;
  wordInfo[count] = info;
  wordHeads[count] = head;
}

/** Splits text[from, to) into the word arrays; returns the number of words. Ends leave out trailing full stops. */
function tokenizeInto(text: string, from: number, to: number): number {
  let count = 0;
  let i = from;
  while (i < to) {
    const cls = CHAR_CLASS[text.charCodeAt(i)] as number;
    if (cls & SPACE) {
      i++;
      continue;
    }
    if (endsWord(text, i, cls, to)) {
      pushWord(count++, i, i + 1, PUNCT, 1);
      i++;
      continue;
    }
    let info = cls & DIGIT ? HAS_DIGIT : cls & LETTER ? HAS_LETTER : 0;
    let head = -1;
    let j = i + 1;
    for (; j < to; j++) {
      const d = CHAR_CLASS[text.charCodeAt(j)] as number;
      if (d & (SPACE | BOUNDARY) && endsWord(text, j, d, to)) break;
      if (d & DIGIT) info |= HAS_DIGIT;
      else if (d & LETTER) info |= HAS_LETTER;
      else if (d & HYPHEN && head < 0) head = j - i;
    }
    let end = j;
    while (end > i + 1 && text.charCodeAt(end - 1) === 46) end--;
    const headLength = head < 0 ? end - i : head;
    // Most words are told here, where the word is at hand, rather than by a call to `readMention` each.
    const currencyLike = end - i <= 3 && CURRENCY_TOKEN_FIRSTS.has(text.charCodeAt(i));
    if (cls & LETTER && (info & HAS_DIGIT) === 0 && !currencyLike && !isStarterAt(text, i, headLength)) info |= OPENS_NOTHING;
    pushWord(count++, i, end, info, headLength);
    i = j;
  }
  return count;
}

// What "pc" counts the pieces of, after it: "a 4pc set of pans".
const PIECES_OF = set('set pack kit bundle collection');
// Thousands grouped in threes, or in the Indian way ("5,00,000"), after an optional currency sign.
const DIGITS = /^((?:US|HK|[ACS]|NZ|R)?\$|[£€¥₹₦])?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(\.\d+)?(.*)$/;

interface Numeral {
  /** First and last word of the numeral itself, approximators and counted nouns aside. */
  first: number;
  last: number;
  value?: number;
  high?: number;
  currency: boolean;
  percent: boolean;
  /** Written in words ("twenty-two", "a dozen"). */
  words: boolean;
  /** A scale word or suffix follows: "million", "bn". */
  scaled: boolean;
  /** What is glued after the digits: "%", "th", "-year-old", "GB". */
  suffix: string;
  kind?: NumberKind;
}

function wordValue(lower: string): number | undefined {
  if (lower in UNITS) return UNITS[lower];
  if (lower in TENS) return TENS[lower];
  const hyphen = lower.indexOf('-');
  if (hyphen > 0) {
    const tens = TENS[lower.slice(0, hyphen)];
    const unit = UNITS[lower.slice(hyphen + 1)];
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/** People after "of", perhaps after "the": "of voters", "of the growers". */
const ofPeople = (s: Sentence, k: number): boolean => isPeoplePlural(s.lower(STORY_DETERMINERS.has(s.lower(k)) ? k + 1 : k));

/** "three-quarters", "one-third", "two-thirds": the share, or undefined. */
function hyphenFraction(lower: string): number | undefined {
  const hyphen = lower.indexOf('-');
  if (hyphen <= 0) return undefined;
  const count = UNITS[lower.slice(0, hyphen)];
  const part = FRACTION_WORDS[lower.slice(hyphen + 1)];
  return count !== undefined && part !== undefined && count > 0 ? count * part : undefined;
}

/** One sentence's words, read by index: k < 0 or past the end reads as nothing. */
class Sentence {
  readonly count: number;
  constructor(
    readonly text: string,
    readonly from: number,
    to: number,
  ) {
    this.count = tokenizeInto(text, from, to);
    reading++;
  }

  has(k: number): boolean {
    return k >= 0 && k < this.count;
  }

  start(k: number): number {
    return wordStarts[k] as number;
  }

  end(k: number): number {
    return wordEnds[k] as number;
  }

  /** Number of characters before the first hyphen ("twenty" of "twenty-two"), or the whole length. */
  head(k: number): number {
    return wordHeads[k] as number;
  }

  /** Whether word k holds a digit; false outside the sentence, whose slots may hold an earlier text's words. */
  hasDigit(k: number): boolean {
    return this.has(k) && ((wordInfo[k] as number) & HAS_DIGIT) !== 0;
  }

  /** The word without trailing full stops; '' outside the sentence. */
  word(k: number): string {
    return this.has(k) ? this.text.slice(wordStarts[k], wordEnds[k]) : '';
  }

  /** Lower case, without trailing apostrophes; '' outside the sentence. */
  lower(k: number): string {
    if (!this.has(k)) return '';
    if (lowerRead[k] === reading) return lowerCache[k] as string;
    let lower = this.word(k).toLowerCase();
    const last = lower.charCodeAt(lower.length - 1);
    if (last === 39 || last === 8217) lower = lower.replace(/['’]+$/, '');
    lowerCache[k] = lower;
    lowerRead[k] = reading;
    return lower;
  }

  isWord(k: number): boolean {
    return this.has(k) && ((wordInfo[k] as number) & PUNCT) === 0;
  }

  capitalized(k: number): boolean {
    if (!this.isWord(k)) return false;
    // ASCII first letters, most of them, are told without slicing the word.
    const c = this.text.charCodeAt(wordStarts[k] as number);
    return c < 128 ? c >= 65 && c <= 90 : startsWithCapital(this.word(k));
  }

  private titled: boolean | undefined;
  /**
   * Whether the sentence is a headline in title case ("Fire Destroys 40 Homes In Hull", "Acme To Cut 500 Jobs"), with
   * three words of the kind or more: a count before a plural is told apart from a name by it alone. Read once, when asked.
   */
  titleCase(): boolean {
    if (this.titled === undefined) {
      const words: string[] = [];
      for (let k = 0; k < this.count; k++) if (this.isWord(k)) words.push(this.word(k));
      this.titled = isTitleCase(words, 3);
    }
    return this.titled;
  }

  /** Lower-case words k-n … k-1 joined by "_", for the multi-word lists. */
  before(k: number, n: number): string {
    if (k - n < 0) return '';
    const parts: string[] = [];
    for (let j = k - n; j < k; j++) {
      if (!this.isWord(j)) return '';
      parts.push(this.lower(j));
    }
    return parts.join('_');
  }

  /** Whether one of `list` occurs among the `n` words before k, not crossing punctuation. */
  anyBefore(k: number, n: number, list: ReadonlySet<string>): boolean {
    for (let j = k - 1; j >= 0 && j >= k - n; j--) {
      if (!this.isWord(j)) return false;
      if (list.has(this.lower(j))) return true;
    }
    return false;
  }

  /** Whether one of `list` occurs anywhere in the sentence before k. */
  wordBefore(k: number, list: ReadonlySet<string>): boolean {
    for (let j = k - 1; j >= 0; j--) if (this.isWord(j) && list.has(this.lower(j))) return true;
    return false;
  }

  private buying: boolean | undefined;
  /** Whether the sentence is about buying ("pay", "fee", "costs"): read once, as a sentence may hold thousands of sums. */
  aboutBuying(): boolean {
    return (this.buying ??= this.wordBefore(this.count, PURCHASE_WORDS));
  }

  private polling: boolean | undefined;
  /** Whether the sentence speaks of a poll or its voters: read once, as a sentence may hold many tallies. */
  aboutPolling(): boolean {
    return (this.polling ??= this.wordBefore(this.count, POLLING));
  }

  private viewNoResult: boolean | undefined;
  /** Whether the sentence has a verb of a view held now and no vote or game: read once, as a sentence may hold many ratios. */
  holdsViewNoResult(): boolean {
    if (this.viewNoResult === undefined) {
      let view = false;
      let result = false;
      for (let j = 0; j < this.count && !result; j++) {
        if (!this.isWord(j)) continue;
        result = VOTES.has(this.lower(j)) || SCORE_BEFORE.has(this.lower(j));
        view ||= HELD_VIEWS.has(this.lower(j));
      }
      this.viewNoResult = view && !result;
    }
    return this.viewNoResult;
  }

  anyAfter(k: number, n: number, list: ReadonlySet<string>): boolean {
    for (let j = k + 1; j < this.count && j <= k + n; j++) {
      if (!this.isWord(j)) return false;
      if (list.has(this.lower(j))) return true;
    }
    return false;
  }
}

/**
 * Whether digits at [start, end) number an item or a slide, opening their line: followed by "." or ")" and a space
 * ("4. Hotel rooms are…"), alone on the line ("17", a gallery's "1 / 5"), or before a capital on one of several
 * lines that each open so ("4 Ann Marsh.", "15 Tom Reed's Best Line"): a ranking or a listicle's items.
 */
function opensListItem(text: string, start: number, end: number): boolean {
  // Only white space back to the line's start, looked at a few characters back: this runs for every number.
  for (let k = start - 1; k >= 0 && text[k] !== '\n'; k--) {
    if (!/\s/.test(text[k] as string) || start - k > 8) return false;
  }
  const mark = text[end];
  if ((mark === '.' || mark === ')') && /\s/.test(text[end + 1] ?? '')) return true;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return ALONE_ON_LINE.test(rest) || (/^ \p{Lu}/u.test(rest) && numberedLines(text) >= 3);
}
const ALONE_ON_LINE = /^(?:\s*\/\s*\d+)?\s*$/;
const NUMBERED_LINE = /^[ \t]*(\d{1,2}) \p{Lu}/gmu;
let numberedText = '';
let numberedCount = 0;
/** How many different numbers open a line before a capital in the text; read once per text. */
function numberedLines(text: string): number {
  if (text !== numberedText) {
    numberedText = text;
    numberedCount = new Set(Array.from(text.matchAll(NUMBERED_LINE), (m) => m[1])).size;
  }
  return numberedCount;
}

// Words before what a product costs: "costs $5", "priced at $999", "sells for $20", "starting at $49".
const PRICE_BEFORE = set('cost costs costing charge charges charging priced retails retail sells sell selling start starts starting');
const LISTED_AT = set('priced retails retail');
const RATE_AFTER = set('a an per each every to');
// What a product is made of, by share: "13.5% alcohol", "85% cocoa", "80% wool" are its make.
const RUNNING = set('run runs ran running');
// Documents whose pages are their length: "the bill's 800 pages" (not "the agency's 3,000 pages", pages it released).
const DOCUMENT_OWNERS = set('bill report ruling text law book judgment judgement opinion indictment complaint lawsuit treaty deal agreement manifesto budget plan document memo dossier inquiry review');
// A substance by its formula: "CO2", "NO2", "PM2.5", "CH4".
const FORMULA = /^(?:[A-Z][a-z]?\d*){1,3}(?:\.\d+)?$/;
const WEIGHTS = set('tonnes tons tonne ton kilograms kilogrammes kg kilos grams pounds lbs ounces megatonnes gigatonnes');
const LENGTHS_OF_TEXT = set('pages words volumes chapters');
const CONTENTS = set('alcohol abv cocoa cotton wool polyester nylon silk linen cashmere leather');
const DETERMINERS_OF_PRODUCT = set('the a an its their his her');
const STARTING = set('start starts starting');
const ON_SALE = set('sale available preorder pre-order');
const LAUNCHED = set('launched launches debuted debuts retailed retailing');
// What a sum launched is spent or paid as, no product's price: "a £5,000 grant scheme", "a $2,000 bonus".
const SUMS_SPENT = set('fund grant grants scheme bonus package deal project plan programme program budget loan award prize fine payout settlement investment bid contract rise raise increase payment payments subsidy rebate voucher vouchers allowance handout refund credit boost relief pension bursary scholarship cut');
const PHRASE_STOPS = set('with for and or to in on at');
// What a sum spent on a product is for, after the product: "a £4,500 phone bill".
const BILLS = set('bill bills tab charges');
// Kinds of goods a shop sells one at a time, which a price before them describes.
const PRODUCT_KINDS = set('phone phones smartphone smartphones handset laptop laptops tablet tablets headset headphones earbuds console camera smartwatch watch speaker kettle toaster blender fryer e-bike e-reader router drone gadget device vacuum television tv monitor keyboard');
// Verbs by which a firm brings out a product, in a headline's present too.
const UNVEILING = set('unveils unveiled unveil launches launched launch debuts debuted releases released introduces introduced reveals revealed');
const SAVING = set('save saves saving saved');
// What a saving is over or by: "save £350 a year", "save 10% by switching".
const SAVED_OVER = set('a an per each every by annually');
// What a saving "over" or "in" is of when it is a claim: years or a bill ("over a year", "in fuel costs"), not a sale,
// a stay or a range ("in the January sale", "over two nights", "across the Acme range").
const SAVED_ACROSS = set('over in across');
const SAVED_OF = set('lifetime year years decade decades costs cost bills bill fees tax interest energy fuel heating');
const savedOver = (s: Sentence, last: number): boolean =>
  SAVED_OVER.has(s.lower(last + 1)) || (SAVED_ACROSS.has(s.lower(last + 1)) && [2, 3, 4].some((d) => SAVED_OF.has(s.lower(last + d))));
const SHOP_PREPOSITIONS = set('on at in from');
const STAKES = set('shares stock stocks stake');
// Shops and stores, by the first word of their name.
const SHOPS = set('amazon ebay etsy steam walmart target costco ikea mac app apple google play microsoft best newegg');
const PRICE_NOUNS = set('price pricing msrp');
const COPULAS = set('is was are were');
/** Whether the subject before the copula at k is a price: "The retail price on this configuration is". */
function priceSubject(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const w = s.lower(j);
    if (PRICE_NOUNS.has(w) || PRICED_THINGS.has(w)) return true;
    if (!s.isWord(j)) return false;
  }
  return false;
}
/**
 * "Save 30% on the X5", "Get 20% off the X5", "20% off all coats", "20% off.": a shop's discount, which is its price;
 * not "20% off the peak", a fall.
 */
function discount(s: Sentence, prev: string, last: number): boolean {
  // Not "Save 30% of your income", advice on saving.
  if (SAVING.has(prev)) return s.lower(last + 1) !== 'of' && !savedOver(s, last);
  if (s.lower(last + 1) !== 'off') return false;
  const what = last + 2;
  return !s.isWord(what) || OFF_WHAT.has(s.lower(what)) || (s.lower(what) === 'the' && (s.capitalized(what + 1) || PRICE_NOUNS.has(s.lower(what + 1))));
}
const OFF_WHAT = set('all selected everything any your');
// What a shop, a venue or a restaurant prices one at a time, as the subject of "is": "Tickets are £45".
const PRICED_THINGS = set('ticket tickets starters mains desserts dishes cocktails drinks pints entry admission fare fares room rooms menu');
// Words after a sum that make it a change in a price: "£5 higher", "£30 a head dearer".
const CHANGE_AFTER = set('higher lower more less dearer cheaper up down extra');
// Words of sums paid out, earned, lost or spent, which before a sum make "each" or "a head" no price ("Corvinia spends
// $410 per head on health").
const WAGE_FLOORS = set('minimum living');
// What someone is paid, not what a customer spends: "earn £12 an hour", not "spend £10 a month".
const PAY_WORDS = set('paid pay pays earn earns earned earning earnings wage wages salary salaries income');
const PAYOUT_WORDS = set('compensation received receive receives paid payout payouts bribe bribes settlement settlements earn earns earned earning earnings donation donations loss losses average averages averaged wage wages salary salaries tax taxes fine fines grant grants benefit benefits award awards damages spend spends spent spending funding');
// What one unit of a price is: "£75 a head", "£4 per pint".
const PRICED_UNITS = set('head person portion plate glass bottle pint ticket seat item piece');
// One home or plot, which an agent lists and prices one at a time.
const ONE_HOME = set(
  'house home flat apartment condo condominium cottage villa penthouse mansion bungalow townhouse townhome farmhouse ranch chalet ' +
    'castle duplex loft maisonette residence property plot',
);
const LISTED = set('listed priced');
// Between a home and its listing: "is listed", "has been put on sale", "went on sale".
const LISTING_BETWEEN = set('is was has had been now currently also being went goes go put');
// A home that stands for many: "the average home is listed at".
const TYPICAL = set('average median typical mean');
/**
 * Whether the sum at `spanStart` is what one home is offered for: "The four-bedroom house is listed at $389,900",
 * "The flat, priced at £425,000,", "The cottage on Ode Lane went on sale for $640,000"; not many homes' sales.
 */
function offeredHome(s: Sentence, spanStart: number): boolean {
  let j = spanStart - 1;
  if ((s.lower(j) === 'at' || (s.lower(j) === 'for' && s.lower(j - 1) === 'listed')) && LISTED.has(s.lower(j - 1))) j -= 2;
  else if (s.lower(j) === 'for' && s.lower(j - 1) === 'sale' && s.lower(j - 2) === 'on') j -= 3;
  else return false;
  if (s.word(j) === ',') j--;
  while (j > spanStart - 8 && LISTING_BETWEEN.has(s.lower(j))) j--;
  // "The cottage on Ode Lane": where it stands may follow the home.
  if (s.capitalized(j) && j >= 2) {
    while (j > 0 && s.capitalized(j)) j--;
    if (s.lower(j) !== 'on' && s.lower(j) !== 'in' && s.lower(j) !== 'at') return false;
    j--;
  }
  return ONE_HOME.has(s.lower(j)) && !TYPICAL.has(s.lower(j - 1)) && !TYPICAL.has(s.lower(j - 2));
}
const PURCHASE_WORDS = set('pay pays paid paying fee fees price prices priced cost costs buy buys bought worth charge charges charged subscription');

// Words of when before a year: "in 1750", "since 1603", "until 1485" (not "from" or "by", which a change takes).
const WHEN_BEFORE_A_YEAR = set('in since until till before after circa c.');
/** A value news writes as a year: 1800 to 2099. */
const isYearValue = (value: number | undefined): boolean => value !== undefined && value >= 1800 && value <= 2099;
// The century's end that projections run to ("by 2100"), a year unless it counts something ("2100 people").
const CENTURY_END = 2100;

/** Whether a range is a span of years: the first from 1800 to 2099, the second later, whole or as its last digits. */
function yearSpan(range: string): boolean {
  const m = /^(1[89]\d\d|20\d\d)[-–](\d{1,4})$/.exec(range);
  if (!m) return false;
  const [from, to] = [m[1] as string, m[2] as string];
  if (to.length === 3) return false;
  // "2011-2", "2003-05", "1998-2001": the second year completed from the first's leading digits.
  const whole = Number(from.slice(0, 4 - to.length) + to);
  const end = whole > Number(from) ? whole : to.length < 4 ? whole + 10 ** to.length : whole;
  return end > Number(from) && isYearValue(end) && end - Number(from) <= 20;
}

/** Parses digits at word k: "$1.6", "40%", "2,000", "52-year-old", "30-60". */
function digitNumeral(s: Sentence, k: number): Numeral | null {
  if (s.end(k) - s.start(k) > MAX_NUMBER_TOKEN) return null;
  const m = DIGITS.exec(s.word(k));
  if (!m) return null;
  let currency = m[1] !== undefined || CURRENCY_TOKENS.has(s.lower(k - 1)) || currencyCodeAt(s, k - 1);
  const value = Number((m[3] as string).replace(/,/g, '') + (m[4] ?? '')) * (m[2] === '-' || m[2] === '−' ? -1 : 1);
  const suffix = m[5] as string;
  const n: Numeral = { first: currency && m[1] === undefined ? k - 1 : k, last: k, value, currency, percent: false, words: false, scaled: false, suffix };
  const lowerSuffix = suffix.toLowerCase();
  if (lowerSuffix === '%') n.percent = true;
  else if (lowerSuffix === 'pc' && !PIECES_OF.has(s.lower(k + 1))) {
    // "60pc": per cent as British papers write it, read as "%"; not pieces ("a 4pc set of pans").
    n.percent = true;
    n.suffix = '%';
  }
  else if (lowerSuffix in SCALES && lowerSuffix !== 'hundred' && (currency || lowerSuffix.length > 2)) {
    n.scaled = true;
    n.value = value * (SCALES[lowerSuffix] as number);
    n.suffix = '';
  } else if (/^%?[-–](?:\$|£|€)?\d/.test(suffix)) {
    // "30-60", "6-3", "2019-20", "60%-40%": read the second number.
    const second = DIGITS.exec(suffix.slice(suffix[0] === '%' ? 2 : 1));
    if (second) {
      n.high = Number((second[3] as string).replace(/,/g, '') + (second[4] ?? ''));
      n.suffix = second[5] as string;
      if (n.suffix === '%') n.percent = true;
      currency ||= second[1] !== undefined;
      n.currency = currency;
    }
  }
  return n;
}

function base(first: number, last: number, value: number | undefined, kind?: NumberKind): Numeral {
  return { first, last, value, currency: false, percent: false, words: true, scaled: false, suffix: '', kind };
}

/** Parses a number in words at word k: "twenty-two", "a dozen", "three hundred and fifty", "tens of thousands". */
function wordNumeral(s: Sentence, k: number): Numeral | null {
  const lower = s.lower(k);
  const next = s.lower(k + 1);
  const fraction = hyphenFraction(lower);
  if (fraction !== undefined) return base(k, k, fraction, 'fraction');
  // "doubled down on the plan", "a speech that doubled as a warning": an idiom of insisting, or serving as
  // something else, not a multiple.
  // "The problem is twofold:": how many parts a thing has, after "is" with nothing after it; not a change ("The rise
  // was fivefold.").
  const parts = lower in FOLD_MULTIPLES && COPULAS.has(s.lower(k - 1)) && !s.isWord(k + 1) && !s.anyBefore(k - 1, 4, MOVE_NOUNS);
  if (lower in MULTIPLE_WORDS) return next === 'down' || (next === 'as' && SERVING_AS.has(s.lower(k + 2))) || parts ? null : base(k, k, MULTIPLE_WORDS[lower], 'multiple');
  // "sales fell by half", "cut by nearly half"; not "by half past nine", "by half an hour", "by half time".
  if (lower === 'half' && changedBy(s, k) && !NOT_BY_HALF.has(next)) return base(k, k, 0.5, 'fraction');
  if ((lower === 'double' || lower === 'triple') && MULTIPLIED.has(next)) return base(k, k, lower === 'double' ? 2 : 3, 'multiple');
  // "is expected to almost triple by 2050", "prices could double": a multiple to come, as a verb after "to" or a modal;
  // not "double down", "double as a cabin", "to double digits".
  if (lower in FUTURE_MULTIPLES && TO_OR_MODAL.has(s.lower(approximatorStart(s, k) - 1)) && !NOT_MULTIPLYING.has(next)) return base(k, k, FUTURE_MULTIPLES[lower], 'multiple');
  // "a double-digit rise", "still in single digits": a figure given by its number of digits.
  if (/^(?:single|double|triple)-digits?$/.test(lower)) return base(s.lower(k - 1) === 'a' ? k - 1 : k, k, undefined, 'count');
  if ((lower === 'single' || lower === 'double' || lower === 'triple') && next === 'digits') return base(k, k + 1, undefined, 'count');
  if (lower in VAGUE_PLURALS) {
    // "tens of thousands", "hundreds of millions"
    if (next === 'of' && s.lower(k + 2) in VAGUE_PLURALS && s.lower(k + 2) !== 'tens') {
      return { ...base(k, k + 2, (VAGUE_PLURALS[lower] as number) * (SCALES[s.lower(k + 2).slice(0, -1)] ?? 1)), scaled: true };
    }
    if (lower === 'tens' || lower === 'scores') return next === 'of' || next === 'or' ? base(k, k, VAGUE_PLURALS[lower]) : null;
    return base(k, k, VAGUE_PLURALS[lower]);
  }
  // "a dozen", "a hundred", "a million", "half a dozen", "a few thousand", "several hundred"
  if (lower === 'a' || lower === 'an' || VAGUE_MULTIPLIERS.has(lower)) {
    if (lower === 'a' && next === 'few' && SCALE_WORDS.has(s.lower(k + 2))) return { ...base(k, k + 2, 3 * (SCALES[s.lower(k + 2)] as number)), scaled: true };
    if (next === 'dozen') return base(k, k + 1, lower === 'a' || lower === 'an' ? 12 : undefined);
    // "several hundred million dollars": scales in a row are one amount.
    // "is worth a thousand words", "worth a thousand of a candidate's own words": a proverb's number counts nothing.
    if (lower === 'a' && s.lower(k - 1) === 'worth' && next === 'thousand' && s.anyAfter(k + 1, 6, PROVERB_WORDS)) return null;
    if (SCALE_WORDS.has(next)) {
      let last = k + 1;
      let value = SCALES[next] as number;
      while (last < k + 3 && SCALE_WORDS.has(s.lower(last + 1))) value *= SCALES[s.lower(++last)] as number;
      return { ...base(k, last, lower === 'a' ? value : undefined), scaled: true };
    }
    // "a third of the crop", and a change by a share: "prices rose by a fifth".
    // So is one that holds a view: "about a quarter oppose it".
    if (lower === 'a' && (next === 'third' || next === 'quarter' || next === 'fifth' || next === 'tenth' || next === 'half') && (s.lower(k + 2) === 'of' || holdsAView(s, k, k + 2) || (changedBy(s, k) && s.lower(k + 2) !== 'past' && s.lower(k + 2) !== 'to'))) {
      return base(k, k + 1, FRACTION_WORDS[next], 'fraction');
    }
    return null;
  }
  if (lower === 'half') {
    // "the first half of the year", "the upper half of the laptop": a part by where it is, no amount.
    if (PLACED_HALVES.has(s.lower(k - 1))) return null;
    // "Half the time he had no idea": how often, no amount of anything; nor "half the story", "half the battle".
    if (next === 'the' && HALF_IDIOMS.has(s.lower(k + 2))) return null;
    if (next === 'a' && s.lower(k + 2) === 'dozen') return base(k, k + 2, 6);
    // "half a million people", "half a billion dollars", as "a million" is.
    if (next === 'a' && SCALE_WORDS.has(s.lower(k + 2))) return { ...base(k, k + 2, 0.5 * (SCALES[s.lower(k + 2)] as number)), scaled: true };
    if (next === 'a' && (s.lower(k + 2) === 'percentage' || s.lower(k + 2) === 'point')) return base(k, k + 1, 0.5);
    // "nearly half say", "half approve": a share of those asked, holding a view.
    // "spent half of his life in Hull", "half of her career": a span of someone's life is a duration.
    if (next === 'of' && OWNERS_OF_A_SHARE.has(s.lower(k + 2)) && SPANS_OF_A_LIFE.has(s.lower(k + 3))) return null;
    // "lost half its value", "shed nearly half their staff": what someone lost is a share of what they had; elsewhere
    // "half his age", "half their lead" measure by another thing.
    // Not a side's results ("lost half their matches").
    const lost = OWNERS_OF_A_SHARE.has(next) && LOSING.has(s.lower(AGE_APPROXIMATORS.has(s.lower(k - 1)) ? k - 2 : k - 1)) && !CONTESTS.has(s.lower(k + 2)) && !VENUES.has(s.lower(k + 2));
    if (next === 'of' || next === 'the' || lost || holdsAView(s, k, k + 1)) return base(k, k, 0.5, 'fraction');
    return null;
  }
  if (lower === 'quarter-point' || lower === 'half-point') return { ...base(k, k, lower === 'half-point' ? 0.5 : 0.25, 'percent'), percent: true };
  if (lower === 'dozen' && s.lower(k - 1) !== 'a') return null;
  // "a half-dozen seats", "more than half-dozen groups": half a dozen in one word.
  if (lower === 'half-dozen') return base(s.lower(k - 1) === 'a' ? k - 1 : k, k, 6);
  let value = wordValue(lower);
  // "two thirds of voters", "three quarters say": a share written in two words, as "two-thirds" is; not "two quarters
  // of growth", a time.
  const part = FRACTION_WORDS[next];
  if (value !== undefined && value > 1 && value < 10 && part !== undefined && next.endsWith('s') && (holdsAView(s, k, k + 2) || (s.lower(k + 2) === 'of' && (next !== 'quarters' || ofPeople(s, k + 3))))) {
    return base(k, k + 1, value * part, 'fraction');
  }
  if (value === undefined) {
    // "a three-year silence", "the four-year-old": a number in words glued to what it measures.
    const hyphen = lower.indexOf('-');
    const head = hyphen > 0 ? wordValue(lower.slice(0, hyphen)) : undefined;
    if (head === undefined || head === 1) return null;
    // "two-three years": a range in words.
    const high = wordValue(lower.slice(hyphen + 1));
    if (high !== undefined) return { ...base(k, k, head), high };
    return { ...base(k, k, head), words: false, suffix: lower.slice(hyphen) };
  }
  let last = k;
  // "one in five", "one out of ten"
  // Not "One" that goes on a name: "Acme One in two stages".
  const inName = s.capitalized(k) && s.capitalized(k - 1);
  if (value === 1 && !inName && (next === 'in' || (next === 'out' && s.lower(k + 2) === 'of'))) {
    const at = next === 'in' ? k + 2 : k + 3;
    const of = wordValue(s.lower(at)) ?? Number(s.word(at).replace(/,/g, ''));
    if (of > 1) return base(k, at, 1 / of, 'fraction');
  }
  // "one household in three", "one viewer in five": the thing counted between the one and its whole.
  // Not "one year in two prisons", "one night in five venues": the whole is no count of things after it.
  const whole = s.lower(k + 4);
  const endsTheShare = !s.isWord(k + 4) || FUNCTION_WORDS.has(whole) || whole.endsWith('ed') || SHARE_VERBS.has(whole);
  if (value === 1 && !inName && s.isWord(k + 1) && !s.capitalized(k + 1) && isPluralNoun(s, k + 1) === false && !CONTESTED.has(s.lower(k + 1)) && s.lower(k + 2) === 'in' && endsTheShare) {
    const of = wordValue(s.lower(k + 3)) ?? Number(s.word(k + 3).replace(/,/g, ''));
    if (of > 1 && of <= 100) return base(k, k + 3, 1 / of, 'fraction');
  }
  // "three hundred and fifty", "two million", "sixty-two"; no number a reader reads runs longer than a few words.
  while (last - k < MAX_NUMBER_WORDS) {
    const w = s.lower(last + 1);
    if (w in SCALES && SCALE_WORDS.has(w)) {
      value *= SCALES[w] as number;
      last++;
    } else if (w === 'dozen') {
      value *= 12;
      last++;
    } else if (w === 'and' && SCALE_WORDS.has(s.lower(last)) && wordValue(s.lower(last + 2)) !== undefined) {
      value += wordValue(s.lower(last + 2)) as number;
      last += 2;
    } else if (s.lower(last) in TENS && (UNITS[w] ?? 0) > 0 && (UNITS[w] as number) < 10) {
      // "Forty six percent": the tens and the unit written apart, one number as "forty-six" is.
      value += UNITS[w] as number;
      last++;
    } else break;
  }
  const n = base(k, last, value);
  n.scaled = last > k;
  return n;
}

// What a multiple multiplies: "twice as many", "three times the rate", "four times higher", "twice what it was".
const MULTIPLIED_AFTER = set('as the that what a an its his her their your our my more less higher lower larger smaller bigger greater faster slower over');
/** Whether word k says what a multiple ("twice", "N times") multiplies, rather than how often something happened. */
function multipleOf(s: Sentence, k: number): boolean {
  const w = s.lower(k);
  // "twice a week", "three times a day": how often, per a span of time.
  if ((w === 'a' || w === 'an') && TIME_UNITS.has(s.lower(k + 1))) return false;
  // "three times last year's pace", "twice Hull's rate": what is multiplied is someone's or some time's.
  const owned = POSSESSIVE_END.test(w) || (LAST_OR_THIS.has(w) && TIME_UNITS.has(s.lower(k + 1).replace(POSSESSIVE_END, '')) && POSSESSIVE_END.test(s.lower(k + 1)));
  return owned || MULTIPLIED_AFTER.has(w) || (s.isWord(k) && /^[$£€\d]/.test(s.word(k))) || (isLettersThen(w, 'er') && w.length > 4 && !s.capitalized(k));
}
const POSSESSIVE_END = /['’]s$/;
const LAST_OR_THIS = set('last this next');

/** Where the approximator before word k starts ("more than", "about"), or k when there is none. */
function approximatorStart(s: Sentence, k: number): number {
  if (!APPROXIMATOR_ENDS.has(s.lower(k - 1))) return k;
  // "handed over $25 million", "turned over 300 pages": the verb's particle, not "more than".
  if (s.lower(k - 1) === 'over' && OVER_PARTICLE_VERBS.has(s.lower(k - 2))) return k;
  for (let n = 4; n >= 1; n--) {
    // "numbering over 21", "totaling more than $5 million": the count's verb leads its approximator.
    if (APPROXIMATORS.has(s.before(k, n))) return TALLY_VERBS.has(s.lower(k - n - 1)) ? k - n - 1 : k - n;
  }
  return k;
}
/** Whether the words before `at` are a name alone, opening the sentence, and no other number stands in it. */
function nameAtAge(s: Sentence, at: number): boolean {
  if (at < 1) return false;
  for (let k = 0; k < at; k++) if (!s.capitalized(k)) return false;
  for (let k = at + 2; s.has(k); k++) if (s.hasDigit(k)) return false;
  return true;
}

const TALLY_VERBS = set('numbering totaling totalling totaled totalled');
const STYLE_PROPERTIES = set('width height max-width min-width max-height min-height padding font-size line-height border-radius');
const OVER_PARTICLE_VERBS = set('hand hands handed handing turn turns turned turning sign signs signed signing fork forks forked forking');
/** Whether the share at word k is a change's size: "by a fifth", "by about a third". */
const changedBy = (s: Sentence, k: number) => s.lower(approximatorStart(s, k) - 1) === 'by';
const CAMEL_CASE = /^[a-z]+[A-Z]/;
const PLACED_HALVES = set('first second upper lower top bottom front back left right northern southern eastern western latter former');
const isLetterOrHyphen = (code: number) => code === 45 || isLetterCode(code);

const ROLE_TIMES = set('new former current outgoing incoming late acting interim');
const CLAUSE_OPENING = set('and but when while because after before since although though as so then yet');
// Owners of a person ("her son"), what opens a noun phrase, and the prepositions that govern one.
const OWNERS = set('her his their my our your');
const NOUN_PHRASE_OPENERS = set('the a an its his her their our my this that');
const GOVERNING = set('of for about under with by to from in on at against over than');
/** The number after "she is", "you're", "Reed was", "who was": a person's age. A capital opening the sentence may be a thing ("Turnout is 45"). */
function isAPersonsAge(s: Sentence, first: number): boolean {
  // "when she was about 12": a round age.
  // "she was still 17", "he already was 19 when it began": a time adverb on either side of "was".
  if (AGE_APPROXIMATORS.has(s.lower(first - 1)) || AGE_ADVERBS.has(s.lower(first - 1))) first--;
  const prev = s.lower(first - 1);
  if (PERSON_IS.has(prev)) return true;
  // "Marsh will be 58 in June", "Reed would be 47 when the term ends": an age to come.
  const toCome = prev === 'be' && WILL_BE.has(s.lower(first - 2));
  if (!BEING.has(prev) && !toCome) return false;
  let at = toCome ? first - 3 : first - 2;
  if (AGE_ADVERBS.has(s.lower(at))) at--;
  const subject = s.lower(at);
  // "Marsh was 71 when she died": a capital opening the sentence is someone when "he" or "she" did something then.
  // So is one whose age goes on to what they are: "Marsh is 61 and a former prosecutor".
  // Not "Turnout is 61, a record low": what they are is a person's role.
  const roleWithin = (k: number) => [k, k + 1, k + 2].some((n) => s.isWord(n) && (isPersonRole(s.lower(n)) || isPersonNoun(s.lower(n))));
  // Nor a role that then speaks: "Attendance was 90, an official said".
  const speaksAfter = [3, 4, 5, 6, 7, 8, 9].some((d) => /^(?:said|says|told|added|noted|estimated|reported|confirmed|admitted|stated|explained|insisted|claimed)$/.test(s.lower(first + d)));
  const describedAfter = (s.lower(first + 1) === 'and' || s.lower(first + 1) === ',') && (s.lower(first + 2) === 'a' || s.lower(first + 2) === 'an') && roleWithin(first + 3) && !speaksAfter;
  // A name opening its clause ("Marsh was 71", "In 2019, Marsh was 71"), not one a word before it governs ("The number
  // of complaints against Acme was sixteen", "the storm that hit Hull was eleven").
  const governed = at > 0 && s.isWord(at - 1) && !s.capitalized(at - 1) && !CLAUSE_OPENING.has(s.lower(at - 1));
  const named = s.capitalized(at) && !SENTENCE_OPENERS.has(subject) && !governed && !/['’]s?$/.test(subject) && (at > 0 || (s.lower(first + 1) === 'when' && HE_OR_SHE.has(s.lower(first + 2))) || describedAfter);
  // "The star was 21", "the nurse was 34 when", "The new president is 45": a person by role, after "the" and perhaps
  // a word of when they hold it.
  // The role opens its clause: not "the number of complaints against the doctor was 12".
  const the = ROLE_TIMES.has(s.lower(at - 1)) ? at - 2 : at - 1;
  const opensClause = the === 0 || !s.isWord(the - 1) || s.lower(the - 1) === 'and' || s.lower(the - 1) === 'when';
  // So is a relative after a possessive: "Her son was 14 at the time", "his wife was 71 when she died".
  const determined = s.lower(the) === 'the' || OWNERS.has(s.lower(the));
  const role = the >= 0 && determined && opensClause && !s.capitalized(at) && (isPersonRole(subject) || isPersonNoun(subject) || AGED_ROLES.has(subject));
  return PEOPLE.has(subject) || subject === 'who' || named || role || apposedPerson(s, at);
}

/** "Acme's chief executive, Ruth Dalby, is 54", "Ruth Dalby, Acme's chief executive, is 54": a role and a name set side by side, closed by the comma at k. */
function apposedPerson(s: Sentence, k: number): boolean {
  if (s.word(k) !== ',') return false;
  let open = k - 2;
  while (open > k - 7 && open > 0 && s.word(open) !== ',') open--;
  if (s.word(open) !== ',' || open === k - 1) return false;
  const isRole = (n: number) => !s.capitalized(n) && (isPersonRole(s.lower(n)) || isPersonNoun(s.lower(n)));
  // The phrase is no preposition's object: not "Membership of the club under its chairman, Tom Reed, is 85", "The
  // list of complaints about Tom Reed, the landlord, was 14" (but "By then the farm's owner, Gwen Parry, was 84").
  let start = open - 1;
  while (start > open - 6 && s.isWord(start - 1) && !GOVERNING.has(s.lower(start - 1)) && !NOUN_PHRASE_OPENERS.has(s.lower(start)) && (s.capitalized(open - 1) ? s.capitalized(start - 1) : !s.capitalized(start - 1) || /['’]s$/.test(s.lower(start - 1)))) start--;
  if (GOVERNING.has(s.lower(start - 1))) return false;
  return (s.capitalized(k - 1) && isRole(open - 1)) || (isRole(k - 1) && s.capitalized(open - 1));
}

function isPluralNoun(s: Sentence, k: number): boolean {
  if (!s.isWord(k)) return false;
  const lower = s.lower(k);
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_NOUNS.has(lower) || lower.length < 4 || !(lower.endsWith('s') && isRunOf(lower, isLetterOrHyphen, 0, lower.length - 1)) || lower.endsWith('ss') || lower.endsWith('’s')) return false;
  return !TIME_UNITS.has(lower) && !ABSTRACT_COUNTS.has(lower);
}

// Things counted in millions as people are ("1m homes lost power"), where "5m waves" and "the 400m hurdles" are metres.
const COUNTED_IN_MILLIONS = set('people homes households hectares acres jobs doses votes barrels tonnes tons');
/**
 * "1.3m people", "6m refugees", "1m homes": a lower-case "m" glued to a count before people, or before what is counted
 * as they are, is millions, not metres; not "the 10m divers", who dive from a height.
 */
const millionsOf = (suffix: string, next: string, prev: string): boolean => suffix === 'm' && (COUNTED_IN_MILLIONS.has(next) || (prev !== 'the' && isPeoplePlural(next)));

/** Signs that may open a number: + - − ' ’ ("'90s"). */
const SIGNS = new Set([43, 45, 8722, 39, 8217]);

/** Words (or the part before a hyphen) that can open a number in words. */
const STARTERS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS), ...Object.keys(MULTIPLE_WORDS), ...ORDINAL_WORDS, ...SCALE_WORDS,
  ...'half quarter dozen double triple single number few'.split(' '),
]);
/** Words that open a number only with the word after them: "a dozen", "several hundred", "a third of". */
const OPENERS = new Set(['a', 'an', ...VAGUE_MULTIPLIERS]);
// Most words open no number. A bit per (length, first letter, last letter) of the starters says so for nearly
// all of them without slicing the word from the page.
const MAX_SHAPED = 20;
const shapeOf = (length: number, first: number, last: number) => {
  const f = (first | 32) - 97;
  const l = (last | 32) - 97;
  return length <= MAX_SHAPED && f >= 0 && f < 26 && l >= 0 && l < 26 ? (length * 26 + f) * 26 + l : -1;
};
const STARTER_SHAPES = new Uint8Array((MAX_SHAPED + 1) * 26 * 26);
/** The starters of each shape without their first letter, which the shape holds. */
const STARTER_TAILS = new Map<number, string[]>();
for (const w of STARTERS) {
  const shape = shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
  STARTER_SHAPES[shape] = 1;
  STARTER_TAILS.set(shape, [...(STARTER_TAILS.get(shape) ?? []), w.slice(1)]);
}

/** Whether text[at, at + length) is a starter, compared in place: this runs on every word of the page. */
function isStarterAt(text: string, at: number, length: number): boolean {
  const shape = shapeOf(length, text.charCodeAt(at), text.charCodeAt(at + length - 1));
  if (shape < 0 || STARTER_SHAPES[shape] === 0) return false;
  const second = text.charCodeAt(at + 1);
  if (second >= 65 && second <= 90) return STARTERS.has(text.slice(at, at + length).toLowerCase()); // "THREE"
  for (const tail of STARTER_TAILS.get(shape) as string[]) if (text.startsWith(tail, at + 1)) return true;
  return false;
}

// A digit or a starter as a whole word. Literal alternatives only, so the pattern cannot backtrack; the
// regular expression engine scans for them several times faster than a loop over characters.
const HOLDS_NUMBER = new RegExp(`\\d|\\b(?:${[...STARTERS].sort((x, y) => y.length - x.length).join('|')})\\b`, 'i');

/** Whether the sentence has a digit or a word that may start a number: most have neither, and cost no more. */
function mayHoldNumber(text: string, start: number, end: number): boolean {
  return HOLDS_NUMBER.test(text.slice(start, end));
}

function mayStartNumberWord(s: Sentence, k: number): boolean {
  return isStarterAt(s.text, s.start(k), s.head(k));
}

/**
 * Every numeric expression in `text` between `start` and `end` (one sentence), in order, with what it is.
 * Offsets are absolute into `text`. Linear in the sentence's length.
 */
export function findNumbers(text: string, start: number, end: number): NumberMention[] {
  if (!mayHoldNumber(text, start, end)) return [];
  const s = new Sentence(text, start, end);
  const out: NumberMention[] = [];
  for (let k = 0; k < s.count; k++) {
    if ((wordInfo[k] as number) & (PUNCT | OPENS_NOTHING)) continue;
    const found = readMention(s, k);
    if (!found) continue;
    const before = out[out.length - 1];
    if (before && isConversion(text, before, found.mention)) found.mention.kind = 'conversion';
    else if (before && listedSpec(text, before, found.mention)) found.mention.kind = 'spec';
    // "12 per 100,000 people", "31 deaths per 1,000": a rate's base belongs to its figure, no count of its own.
    if (before && isFigureClaim(before) && PER_BASE.test(text.slice(before.end, found.mention.start))) before.end = found.mention.end;
    else out.push(found.mention);
    k = Math.max(k, found.lastWord);
  }
  listedLikeTheirItems(text, out);
  return out;
}

const PER_BASE = /^\s+(?:per|for every|in every)\s+$/;
// What a list of bare numbers is, once one item says it: "aged 19, 22 and 25", "on 2, 9 and 16 October", "junctions 24
// and 25" are ages, dates and labels, each item, though only one has the word that tells.
const LISTED_KINDS: ReadonlySet<NumberKind> = new Set(['age', 'date', 'label']);
const LIST_JOIN = /^(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$/;
const BARE_NUMBER = /^\d{1,3}$/;
function listedLikeTheirItems(text: string, mentions: NumberMention[]): void {
  for (let k = 0; k < mentions.length; ) {
    let end = k;
    while (end + 1 < mentions.length && LIST_JOIN.test(text.slice((mentions[end] as NumberMention).end, (mentions[end + 1] as NumberMention).start))) end++;
    const items = mentions.slice(k, end + 1);
    const told = items.find((m) => LISTED_KINDS.has(m.kind));
    if (told && items.length > 1) for (const m of items) if (isFigureClaim(m) && BARE_NUMBER.test(text.slice(m.start, m.end))) m.kind = told.kind;
    k = end + 1;
  }
}

const MEASURED: ReadonlySet<NumberKind> = new Set(['measure', 'distance', 'size', 'spec', 'money', 'price']);
/** "1,200 miles (1,931 kilometers)", "a 1,900-mile-wide (3,100 kilometers) moon": a measure restated in brackets. */
function isConversion(text: string, before: NumberMention, mention: NumberMention): boolean {
  return MEASURED.has(before.kind) && MEASURED.has(mention.kind) && text[mention.end] === ')' && /^[\p{L}-]*\s*\(\s*$/u.test(text.slice(before.end, mention.start));
}

/**
 * "surveyed 1,200 residents and 300 shop owners", "plus or minus 3.1 percent and 5.6 percent": the next of a poll's
 * sample or margins listed with "and", told the same way (both shares or both counts), with no verb of its own after it
 * ("surveyed 1,200 residents and 35 had no opinion" goes on to a finding).
 */
function listedSpec(text: string, before: NumberMention, mention: NumberMention): boolean {
  const share = (m: NumberMention) => m.kind === 'percent' || /(?:%|percent|points?)$/.test(text.slice(m.start, m.end));
  // Not a share of someone: "a margin of 3 points and 45 percent of voters back Reed".
  const ofSomeone = /\sof\s/.test(text.slice(mention.start, mention.end + 4));
  const poll = POLL_SPEC_BEFORE.test(text.slice(Math.max(0, before.start - 40), before.start));
  // The verb right after it, if any, perhaps after an adverb ("and 200 shops have already sold out").
  const after = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(mention.end, mention.end + 40));
  const saysSomething = after !== null && (FINDING_VERBS.has(after[1] as string) || (/ly$|^already$/.test(after[1] as string) && FINDING_VERBS.has(after[2] ?? '')));
  return before.kind === 'spec' && poll && !saysSomething && (mention.kind === 'count' || mention.kind === 'percent') && share(before) === share(mention) && !ofSomeone && LISTED_AFTER.test(text.slice(before.end, mention.start));
}
// Words right before a poll's sample or margin.
const POLL_SPEC_BEFORE = /\b(?:surveyed|polled|sampled|interviewed|included|includes|minus|error)\s+(?:of\s+)?$/i;
// Verbs after a count or share that report what those people said or did: a finding, no sample.
const FINDING_VERBS = set('is are was were has have had said say says back backs backed support supports supported favor favors favour favours oppose opposes opposed want wants wanted think thinks believe believes approve approves disapprove will would could can may might did do does');
const LISTED_AFTER = /^(?:\s+[\p{L}-]+){0,6}\s+and\s+$/u;

interface Found {
  mention: NumberMention;
  lastWord: number;
}

/** Letters, perhaps a hyphen, then digits: "G7", "COVID-19" name a thing; "A380" too, "B2B" not. */
function isLettersThenNumber(word: string): boolean {
  let digits = word.length;
  while (digits > 0 && isDigitCode(word.charCodeAt(digits - 1))) digits--;
  if (digits === word.length) return false;
  return isLetters(word, 0, word.charCodeAt(digits - 1) === 45 ? digits - 1 : digits);
}

function readMention(s: Sentence, k: number): Found | null {
  const { text } = s;
  const start = s.start(k);
  const length = s.end(k) - start;
  const c = text.charCodeAt(start);
  // Most words open with an ASCII letter, which is none of these.
  const asciiLetter = (c | 32) >= 97 && (c | 32) <= 122;
  if (!asciiLetter && (isDigitCode(c) || isCurrencyCode(c) || (SIGNS.has(c) && isDigitCode(text.charCodeAt(start + 1))))) return digitMention(s, k);
  const letterFirst = (CHAR_CLASS[c] as number) & LETTER;
  if (letterFirst && s.hasDigit(k)) {
    // A number glued to letters names a thing: "G7", "COVID-19", "A380", "i9"; "US$5" is money.
    if (length > MAX_NUMBER_TOKEN) return null;
    const word = s.word(k);
    if (/^(?:US|HK|[ACS]|NZ|R)\$/.test(word)) return digitMention(s, k);
    return { mention: { start, end: s.end(k), kind: isLettersThenNumber(word) ? 'name' : 'model' }, lastWord: k };
  }
  if (letterFirst && length !== 2) return mayStartNumberWord(s, k) ? wordMention(s, k) : null;
  if (length <= 3 && CURRENCY_TOKEN_FIRSTS.has(c) && (CURRENCY_TOKENS.has(s.lower(k)) || currencyCodeAt(s, k)) && s.has(k + 1) && isDigitCode(text.charCodeAt(s.start(k + 1)))) return digitMention(s, k + 1);
  return letterFirst && mayStartNumberWord(s, k) ? wordMention(s, k) : null;
}

function mention(s: Sentence, first: number, last: number, kind: NumberKind, n?: Numeral, approximate?: boolean): Found {
  const m: NumberMention = { start: s.start(first), end: s.end(last), kind };
  if (n?.value !== undefined && Number.isFinite(n.value)) m.value = n.value;
  if (n?.high !== undefined && Number.isFinite(n.high)) m.high = n.high;
  if (approximate) m.approximate = true;
  return { mention: m, lastWord: last };
}

/** The mention of a digit numeral at word k. */
function digitMention(s: Sentence, k: number): Found | null {
  const n = digitNumeral(s, k);
  if (!n) return null;
  return classify(s, n);
}

function wordMention(s: Sentence, k: number): Found | null {
  const lower = s.lower(k);
  // "a dozen", "several hundred", "a third of", "half a dozen", "a few thousand": the number opens a word before.
  if (OPENERS.has(s.lower(k - 1)) || s.lower(k - 1) === 'few') {
    const opener = s.lower(k - 2) === 'half' || (s.lower(k - 2) === 'a' && s.lower(k - 1) === 'few') ? k - 2 : k - 1;
    const n = wordNumeral(s, opener);
    if (n && n.last >= k) return classify(s, n);
  }
  // Ordinals in words, after a determiner: "the third case".
  if (ORDINAL_WORDS.has(lower) && STORY_DETERMINERS.has(s.lower(k - 1)) && s.lower(k + 1) !== 'of') return mention(s, k, k, 'ordinal');
  if (lower === 'number' && (s.lower(k + 1) === 'one' || s.lower(k + 1) === 'two')) return mention(s, k, k + 1, 'ordinal');
  // "a six-figure salary": a sum of money given by its number of digits.
  if (isLettersThen(lower, '-figure') && wordValue(lower.slice(0, -'-figure'.length)) !== undefined) {
    const from = s.lower(k - 1) === 'a' || s.lower(k - 1) === 'an' ? k - 1 : k;
    return mention(s, from, k, 'money');
  }
  // "ran into six figures", "a salary in seven figures": the same sum in two words.
  if (s.lower(k + 1) === 'figures' && (wordValue(lower) ?? 0) >= 4 && (wordValue(lower) ?? 0) <= 12) return mention(s, k, k + 1, 'money');
  const n = wordNumeral(s, k);
  if (!n) return null;
  return classify(s, n);
}

const RANGE_JOINS = set('to and or -');

/**
 * How a numeral's mention ends once its span's start is known: as it is, or taking its counted noun. A class
 * rather than closures made on every call: this runs for every number of the page.
 */
class MentionEnds {
  constructor(
    private readonly s: Sentence,
    private readonly n: Numeral,
    private readonly last: number,
    private readonly spanStart: number,
    private readonly approxFrom: number,
    private readonly approximate: boolean,
  ) {}

  found(kind: NumberKind, to = this.last, from = this.spanStart): Found {
    return mention(this.s, from, to, kind, this.n, this.approximate && from <= this.approxFrom);
  }

  /** Counted noun, and "of" + noun for shares: "2,000 people", "thousands of Tunisians", "three-quarters of voters". */
  withNoun(kind: NumberKind): Found {
    const { s } = this;
    let to = this.last;
    // "signed by thousands calls for": a plural count takes its noun only with "of"; what follows it is a verb.
    if (s.lower(to + 1) === 'of') {
      let j = to + 2;
      if (STORY_DETERMINERS.has(s.lower(j))) j++;
      if (isPluralNoun(s, j)) to = j;
    } else if (isPluralNoun(s, to + 1) && !s.capitalized(to + 1) && !(s.lower(to) in VAGUE_PLURALS)) to = nounGoesOn(s, to + 1);
    // "75 Syrian refugees": a place of origin or a party before the noun.
    else if (ORIGINS_AND_PARTIES.has(s.lower(to + 1)) && isPluralNoun(s, to + 2) && !s.capitalized(to + 2)) to += 2;
    return this.found(kind, to);
  }
}

/**
 * Whether every word before `end` in the sentence is capitalised or a number: a product's name opening it, perhaps
 * with what kind of product it is ("Acme Hybrid HR smartwatch").
 */
function productNameBefore(s: Sentence, end: number): boolean {
  // "Apple iPhone 11 Pro Max": a name in camel case is a name too.
  const kind = end >= 3 && s.isWord(end - 1) && !s.capitalized(end - 1) ? end - 1 : end;
  for (let k = 0; k < kind; k++) if (!s.capitalized(k) && !s.hasDigit(k) && !CAMEL_CASE.test(s.word(k))) return false;
  return true;
}

const MADE_OF = set(
  'has have had having include includes included including contain contains contained containing comprise comprises comprised comprising ' +
    'feature features featured featuring offer offers offered offering boast boasts boasted boasting lists listed covers covered',
);
// Between one thing and its verb: "will also have", "is to include", "that comprises".
const MADE_OF_BETWEEN = set("will would shall also now still already currently is to that which 'll ’ll");
/** One building, scheme or vehicle, by its noun. */
const ONE_THING = set(
  'tower building block development scheme project complex estate stadium arena hotel hospital campus mall skyscraper house home ' +
    'property site ship ferry vessel liner yacht plane jet aircraft train car vehicle bus coach tram boat hall venue theatre theater ' +
    // A model of vehicle, each one built alike: "The new trains have 12 carriages".
    'trains buses trams ferries planes jets ships ' +
    // A work a review is about, and what it is made of: "The album has 12 tracks", "The menu lists 30 dishes".
    'album record book novel memoir anthology collection series season show exhibition menu guide game',
);
// Verbs of how many one thing holds: "The stadium holds 30,000 fans", "the ferry carries up to 500 passengers".
const HOLDING = set('holds hold carries carry accommodates accommodate sleeps');
// What such a thing holds besides people: places for them, and vehicles.
const HELD_PLACES = set('seats beds berths cabins rooms spaces cars vehicles');
// "a year", "per day", "each week": a rate, not what the thing holds at once.
const RATE_OPENERS = set('a an per each every');
// Kinds of part, before it: "new homes", "affordable flats", "parking spaces", "two-bedroom flats".
const PART_KINDS = set('new affordable luxury parking private social residential retail guest passenger hotel student family serviced covered');
/** What one of those is made of, counted. */
const PARTS = set(
  'stories storeys floors levels homes houses flats apartments units dwellings condos townhouses villas rooms bedrooms bathrooms ' +
    'suites cabins berths decks seats beds bays spaces classrooms screens lanes pitches courts shops stores restaurants offices lifts ' +
    'elevators gates platforms pools wards carriages cars doors engines ' +
    'tracks songs pages chapters episodes paintings works photographs pictures dishes courses walks poems essays recipes missions',
);
/**
 * The word of the part counted after a number ending at `last` ("58 storeys", "640 new homes"), when a verb of having
 * before `spanStart` has one thing for its subject ("The tower will have", "a tower with"); -1 when not.
 */
function partOfOneThing(s: Sentence, spanStart: number, last: number): number {
  let part = last + 1;
  // "640 new homes", "600 parking spaces": a word or two of what kind before the part; not of its state ("200 empty
  // flats", "40 fewer beds"), which is a claim.
  while (part < last + 3 && s.isWord(part) && !PARTS.has(s.lower(part)) && (PART_KINDS.has(s.lower(part)) || /^[a-z]+-[a-z]+$/.test(s.lower(part)))) part++;
  if (!PARTS.has(s.lower(part))) return -1;
  let j = spanStart - 1;
  if (s.lower(j) === 'with') return ONE_THING.has(s.lower(j - 1)) ? part : -1;
  if (!MADE_OF.has(s.lower(j))) return -1;
  for (j--; j > spanStart - 6 && MADE_OF_BETWEEN.has(s.lower(j)); j--);
  return ONE_THING.has(s.lower(j)) ? part : -1;
}

// Verbs a headline counts after in their bare form: "Acme To Cut 500 Jobs", "Storm Leaves 40 Homes Flooded".
const HEADLINE_VERBS = set('cut axe shed lose kill hit top add create hire fire save raise seize arrest rescue leave see reach destroy injure displace evacuate close open build say claim warn fear expect estimate');
/**
 * Whether the capitalised word at k is a title-case headline's verb: after "To" ("To Cut"), one of the bare verbs a
 * headline counts after ("Critics Say 300 Jobs …"), or a word in -s or -ed after its subject ("Fire Destroys",
 * "Fire Destroyed"), not the headline's first word (nor one in -ing: "Boeing 737 Jets").
 */
function headlineVerbAt(s: Sentence, k: number): boolean {
  const word = s.lower(k);
  if (s.lower(k - 1) === 'to' || HEADLINE_VERBS.has(word)) return true;
  return k > 0 && s.isWord(k - 1) && ((word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('ed'));
}

/** "a range of up to 4km", "battery life of 30 hours": a measure after a specification's noun. */
function afterSpecNoun(s: Sentence, first: number): boolean {
  const k = s.lower(first - 1) === 'to' && s.lower(first - 2) === 'up' ? first - 3 : first - 1;
  return s.lower(k) === 'of' && SPEC_AFTER.has(s.lower(k - 1));
}

const EVERY = set('every each');
const SCORED = set('goal goals point points run runs wicket wickets try tries basket baskets touchdown touchdowns');
const PLAYED = set('game games match matches appearance appearances innings start starts outing outings minutes');
/**
 * Where the count opens after "for every" at k, or after what the number counts, a word or two, and then "for every"
 * ("charger for every eight homes", "bus shelter for every 900 riders"); -1 when neither.
 */
function forEveryAt(s: Sentence, k: number): number {
  for (let j = k; j <= k + 2; j++) {
    // "one goal for every three games": a player's record, as a score is.
    if (s.lower(j) === 'for' && EVERY.has(s.lower(j + 1))) return [j + 2, j + 3, j + 4].some((m) => PLAYED.has(s.lower(m))) || SCORED.has(s.lower(j - 1)) ? -1 : j + 2;
    if (!s.isWord(j) || s.capitalized(j) || s.hasDigit(j) || FUNCTION_WORDS.has(s.lower(j)) || TIME_UNITS.has(s.lower(j))) return -1;
  }
  return -1;
}

/** A word set all in capitals, as a headline's may be: "BILLIONS". */
const inCapitals = (word: string): boolean => word === word.toUpperCase();

/** After the numeral: a range's second number, a scale, a currency word, a percent, a counted noun. */
function classify(s: Sentence, n: Numeral): Found | null {
  const first = n.first;
  let last = n.last;
  const value = n.value ?? NaN;

  // A scale after digits: "1.6 billion", "2.5 million"; glued to its currency as a compound: "a 9.6 billion-euro deal".
  const compound = SCALE_COMPOUND.exec(s.lower(last + 1));
  const scale = compound?.[1] ?? s.lower(last + 1);
  // Not a street's name: "14 Crore Lane".
  if (!n.words && SCALE_WORDS.has(scale) && !(LOCAL_SCALES.has(scale) && STREETS.has(s.lower(last + 2)))) {
    n.value = value * (SCALES[scale] as number);
    if (n.high !== undefined) n.high *= SCALES[scale] as number;
    n.scaled = true;
    if (compound) n.currency = true;
    last++;
  }
  // A share told as a count out of a count: "4 in 10 voters", "nine out of 10", "Four in 10", "one in every five"; or
  // as a ratio: "one for every eight homes", "one charger for every 1,200 drivers".
  const perEvery = forEveryAt(s, last + 1);
  // "58 of 61 delegates", "Seven of 10 voters": a count of a counted whole, with what is counted after it; not "one of
  // 20 firms", one among them, nor "24 of 31 passes", a player's attempts (a score).
  const ofCounted = s.lower(last + 1) === 'of' && /^\d/.test(s.word(last + 2)) && value !== 1;
  let outOf = perEvery > 0 ? perEvery : s.lower(last + 1) === 'in' || ofCounted ? last + 2 : s.lower(last + 1) === 'out' && s.lower(last + 2) === 'of' ? last + 3 : -1;
  if (outOf > 0 && perEvery < 0 && s.lower(outOf) === 'every') outOf++;
  // A rating may have a half: "4.5 out of 5".
  // Not a number word that goes on a name: "Acme One in two stages".
  const endsName = n.words && s.capitalized(first) && first > 0 && s.capitalized(first - 1);
  if (outOf > 0 && !endsName && !n.kind && !n.currency && !n.percent && !n.suffix && !n.scaled && (Number.isInteger(value) || s.lower(last + 1) === 'out') && value > 0 && s.isWord(outOf)) {
    const of = /^\d/.test(s.word(outOf)) ? digitNumeral(s, outOf) : wordNumeral(s, outOf);
    if (of && !of.kind && !of.suffix && !of.currency && of.value !== undefined && of.value > value && (of.value <= 1000 || perEvery > 0) && (!ofCounted || (isPluralNoun(s, of.last + 1) && !ATTEMPTS.has(s.lower(of.last + 1))))) {
      n.kind = 'fraction';
      n.value = value / of.value;
      last = of.last;
    }
  }
  // "one-half of 1 percent", "a third of 1%": a share of a percentage is one percentage, read on as that one is.
  if (n.kind === 'fraction' && n.words && s.lower(last + 1) === 'of' && /^\d/.test(s.word(last + 2))) {
    const share = digitNumeral(s, last + 2);
    if (share && !share.kind && !share.currency && share.value !== undefined && (share.percent || PERCENT_WORDS.has(s.lower(share.last + 1)))) {
      n.kind = undefined;
      n.value = (n.value ?? 1) * share.value;
      n.percent = share.percent;
      n.suffix = share.suffix;
      n.words = false;
      last = share.last;
    }
  }
  // A range: "10 to 20", "between $600 and $800", "30 to 126", "$12 million or $6 million".
  const join = s.lower(last + 1);
  if (RANGE_JOINS.has(join) || join === '–') {
    if (s.isWord(last + 2) && (join !== 'and' || s.lower(first - 1) === 'between')) {
      const other = /^[$£€¥₹]?\d/.test(s.word(last + 2)) ? digitNumeral(s, last + 2) : wordNumeral(s, last + 2);
      // "from 30 percent on June 3 to 35 percent", "from $2 million in 2011 to $5 million": a day or a year before
      // a sum or a share is when the first one stood, no end of a range.
      const dated = !n.currency && !n.percent && (MONTHS.has(s.lower(first - 1)) || isYearValue(value));
      const amount = other !== null && (other.currency || other.percent || PERCENT_WORDS.has(s.lower(other.last + 1)));
      if (other && !other.kind && (join !== 'or' || other.currency === n.currency) && !(dated && amount)) {
        let otherLast = other.last;
        let high = other.value;
        if (!other.words && SCALE_WORDS.has(s.lower(otherLast + 1))) {
          high = (high ?? NaN) * (SCALES[s.lower(otherLast + 1)] as number);
          otherLast++;
          if (!n.scaled) n.value = value * (SCALES[s.lower(otherLast)] as number);
          n.scaled = true;
        }
        if (!(isYearValue(n.value) && isYearValue(high))) {
          n.high = high;
          n.currency ||= other.currency;
          n.percent ||= other.percent;
          if (!n.suffix) n.suffix = other.suffix;
          last = otherLast;
        }
      }
    }
  }
  // Words that follow and make the unit: "percent", "per cent", "percentage points", "Hong Kong dollars".
  let after = last + 1;
  if (PERCENT_WORDS.has(s.lower(after)) || (s.lower(after) === 'per' && s.lower(after + 1) === 'cent')) {
    n.percent = true;
    after += s.lower(after) === 'per' ? 2 : 1;
    if (s.lower(after - 1) === 'percentage' && (s.lower(after) === 'point' || s.lower(after) === 'points')) after++;
    last = after - 1;
  } else if (n.words && n.value !== undefined && (s.lower(after) === 'percentage' || s.lower(after) === 'point') && s.lower(after + 1).startsWith('point')) {
    n.percent = true;
    last = after + (s.lower(after) === 'percentage' ? 1 : 0);
  } else {
    for (let j = after; j <= after + 2; j++) {
      if (!s.isWord(j)) break;
      // Not "the 20 euro zone countries", "the 20 euro area states": the currency's area.
      const euroArea = s.lower(j) === 'euro' && (s.lower(j + 1) === 'zone' || s.lower(j + 1) === 'area');
      // Nor "8 Rand Paul.", "3 Yuan Li": a capitalised currency word with a name after it is that name.
      const nameAfter = s.capitalized(j) && s.isWord(j + 1) && s.capitalized(j + 1);
      if (CURRENCY_WORDS.has(s.lower(j)) && (j === after || s.capitalized(j - 1)) && !euroArea && !nameAfter && !(s.lower(j) === 'pounds' && s.anyBefore(first, 3, SIZE_BEFORE))) {
        n.currency = true;
        last = j;
        break;
      }
    }
  }

  const approxFrom = n.kind === 'fraction' || n.kind === 'multiple' || n.currency || n.percent || !n.words || n.value !== undefined ? approximatorStart(s, first) : first;
  let approxStart = approxFrom;
  // A range takes its opening word: "between 10 and 20 percent", "from $200 to $500".
  if (n.high !== undefined && approxStart === first && (s.lower(first - 1) === 'between' || s.lower(first - 1) === 'from')) {
    approxStart = s.lower(first - 2) === 'anywhere' ? first - 2 : first - 1;
  }
  const approximate = approxFrom < first;
  const spanStart = approxStart;
  const prev = s.lower(first - 1);
  const prev2 = s.lower(first - 2);
  const next = s.lower(last + 1);
  const suffix = n.suffix.toLowerCase();

  const ends = new MentionEnds(s, n, last, spanStart, approxFrom, approximate);

  // "width:100%", "font-size: 12px": a page's style rule, which text taken from a page can carry, is no claim.
  if (prev === ':' && STYLE_PROPERTIES.has(prev2)) return ends.found('spec', last, first);

  // A quake's magnitude is a reading on a scale, one event's size: "a magnitude 6.2 quake", "a magnitude of 6.2",
  // "measured 6.2 on the Richter scale", "a 6.2-magnitude quake".
  // Not a count before the reading ("At least 6 magnitude 3.0 tremors"); "a magnitude of" only of a quake the sentence
  // tells of (not "the magnitude of 7 deaths").
  const quake = () => { for (let j = 0; j < s.count; j++) if (QUAKES.has(s.lower(j))) return true; return false; };
  const readingAfter = next === 'magnitude' && s.hasDigit(last + 2);
  const magnitude = prev === 'magnitude' || (prev === 'of' && prev2 === 'magnitude' && quake()) || (next === 'on' && s.lower(last + 3) === 'richter') || (next === 'magnitude' && !readingAfter) || next === '-magnitude' || (next === '-' && s.lower(last + 2) === 'magnitude');
  if (!n.currency && !n.percent && !n.scaled && value < 10 && magnitude && !isPluralNoun(s, last + 1)) return ends.found('spec', last, first);

  // A number in words, capitalised inside the sentence before a capitalised singular, opens a name: "on Ninety Mile Beach",
  // "the Seven Dials area", after a word in lower case; not in a headline's capitals ("Support Twice That Of",
  // "SIPHONING BILLIONS FROM") or before a plural ("Police say Three People Died").
  if (n.words && first > 0 && s.isWord(first - 1) && !s.capitalized(first - 1) && s.capitalized(first) && s.capitalized(last + 1) && !inCapitals(s.word(first)) && !isPluralNoun(s, last + 1)) return ends.found('name', last + 1, first);
  // "her book “Fifty Ways to Leave Leeds”", "wrote “Half a Million Reasons”": a number in words opening a title in
  // quotation marks, its next words capitalised too, after a word for a work (not a banner's "“Two Thousand Jobs Gone”").
  if (n.words && OPENING_MARKS.has(s.word(first - 1)) && TITLED.has(s.lower(first - 2)) && s.capitalized(first) && s.capitalized(last + 1) && titleClosed(s, last + 1)) return ends.found('name', last + 1, first);
  if (ruleLine(s, spanStart, last, n.currency)) return ends.withNoun('threshold');
  // "By 2-1, growers say": a poll's margin is a share of those asked, before the score test reads it as a result.
  const ratio = n.kind ? undefined : ratioShare(s, first, spanStart);
  if (ratio !== undefined) {
    n.value = ratio;
    n.high = undefined;
    return ends.found('fraction', s.lower(last + 1) === 'margin' ? last + 1 : last);
  }
  if (n.kind === 'fraction') {
    if (TIME_UNITS.has(next) || next === 'hour' || next === 'century' || s.lower(last).endsWith('-century')) return ends.found('duration');
    // "Score 4.5 out of 5", "rated it 4 out of 5 stars": a reviewer's rating, not a share of anyone.
    if (next === 'stars' || next === 'star') return ends.found('score', last + 1, first);
    if (perEvery < 0 && (RATING_WORDS.has(prev) || (prev === 'it' && RATING_WORDS.has(prev2)))) return ends.found('score', last, first);
    // "Acme shares have lost a third of their value", "the pound fell by a fifth": a market's move, as in percent.
    if (marketMove(s, first)) return ends.found('market-move');
    return ends.withNoun('fraction');
  }
  // "scored twice", "won it twice": a player's or a team's result.
  if (n.kind === 'multiple' && s.lower(first) === 'twice' && s.anyBefore(spanStart, 4, SCORE_BEFORE)) return ends.found('score', last, first);
  // "won the title twice", "declined the offer twice": how often, not how much; "twice as many" is a multiple.
  if (n.kind === 'multiple' && (s.lower(first) === 'twice' || s.lower(first) === 'thrice') && !multipleOf(s, last + 1)) return ends.found('frequency', last, first);
  if (n.kind === 'multiple') return ends.found('multiple');
  // "widened by a factor of three": a multiple told by its factor.
  if (prev === 'of' && prev2 === 'factor' && !n.currency && !n.percent) return ends.found('multiple', last, s.lower(first - 3) === 'a' ? first - 3 : first - 2);
  if (n.kind === 'count') return ends.found('count');
  // "the 787-9 jet": a second number far smaller than a first in the hundreds is a variant, not a range.
  if (!n.words && !n.currency && !n.percent && value >= 100 && value < 1000 && n.high !== undefined && n.high < value / 10 && /^\d+-\d+$/.test(s.word(first))) return ends.found('model', last, first);
  if (n.kind === 'percent') return ends.found('percent');

  // Glued suffixes first: they say what the number is whatever surrounds it.
  if (suffix) {
    if (/^\d{4}-\d\d-\d\d$/.test(s.word(first))) return ends.found('date', last, first);
    if (/^(?:st|nd|rd|th)$/.test(suffix)) {
      if (MONTHS.has(prev)) return ends.found('date', last, first - 1);
      return MONTHS.has(next) ? ends.found('date', last + 1, first) : ends.found('ordinal', last, first);
    }
    if (/^['’]?s$/.test(suffix)) {
      if (value >= 1000) return ends.found('year', last, first);
      // "in the low 40s", "the high 60s": a share or a rating told by its band, no decade (which is "the 1940s").
      if (BANDS.has(prev) && s.lower(first - 2) === 'the' && value < 100) return ends.found('count', last, first - 1);
      return STORY_DETERMINERS.has(prev) || prev === 'mid' || prev === 'early' || prev === 'late' ? ends.found('age', last, first) : ends.found('year', last, first);
    }
    if (suffix === '%') {
      // "the 1%": a class of people, not a share of anything.
      if (prev === 'the' && !s.isWord(last + 1)) return ends.found('name', last, first - 1);
      // "fines of up to 6% of global turnover", "fines can reach 10% of revenue": a fine's size, set by a law as a share of
      // what the fined earn; not "fines made up 8% of council income", a share the fines are of something.
      if (FINE_SIZED.has(s.lower(spanStart - 1)) && s.anyBefore(spanStart - 1, 3, FINES) && next === 'of' && s.anyAfter(last + 1, 3, EARNINGS)) return ends.found('legal-penalty');
      if (CONTENTS.has(next)) return ends.found('spec', last, first);
      if (discount(s, prev, last)) return ends.found('price', last, first);
      return marketMove(s, first) ? ends.found('market-move') : ends.withNoun('percent');
    }
    if (/^-year-olds?$|^-years?-old/.test(suffix)) return ends.found('age', last, first);
    if (suffix.startsWith('-') || suffix.startsWith('–')) {
      const unit = suffix.slice(1);
      if (TIME_UNITS.has(unit) || unit === 'hour' || unit === 'min') return ends.found('duration', last, first);
      // "a five-point plan", "a 10-point agenda": how many parts a plan has, its name more than a figure.
      if (unit === 'point' && LISTED_PLANS.has(next)) return ends.found('name', last + 1, first);
      if (/^(?:point|points|percent|percentage-point)$/.test(unit)) return ends.found('percent', last);
      if (unit === 'fold' || unit === 'times') return ends.found('multiple', last);
      if (unit in SCALES) return n.currency ? ends.found('money') : ends.withNoun('count');
      // "a 5,000-strong crowd", "a 300-strong fleet": how many there are, not what one thing is like; a few of the
      // story's own ("the eight-strong panel") are as "the eight members".
      // So does "a 57,000-member page", "a 500-person crowd", "a 1,200-employee firm": a count of people.
      // A panel's, a jury's or a crew's size is the story's own thing: "a 12-person jury".
      // So is the size of a body the story names with "the": "the 100-member Senate", "the 435-member House".
      const bodySize = PEOPLE_COUNTED.has(unit) && STORY_DETERMINERS.has(prev) && value <= 1000;
      if (unit === 'strong' || PEOPLE_COUNTED.has(unit)) return value < 10 || bodySize || (value <= 12 && (STORY_DETERMINERS.has(prev) || PEOPLE_COUNTED.has(unit))) ? ends.found('story-count', last, first) : ends.found('count', last, first);
      return ends.found('spec', last, first);
    }
    if (suffix.startsWith('/')) return ends.found(n.currency ? 'price' : 'spec', last, first);
    if (n.currency && /^(?:bn|m|mn|k|b|tn|trn)$/.test(suffix)) return ends.found('money');
    const race = raceAt(s, first, value, suffix, last + 1);
    if (race >= 0) return ends.found('name', race, first);
    // "2.3M customers", "10K records": a count with its scale glued on, before what it counts; not "4K TVs", "a 10K
    // run" or "the 400m hurdles" (metres).
    if ((GLUED_SCALES.has(n.suffix) && (!Number.isInteger(value) || value >= 10) && isPluralNoun(s, last + 1) && !SPEC_UNITS.has(next)) || millionsOf(n.suffix, next, prev)) {
      n.scaled = true;
      n.value = value * (SCALES[suffix] as number);
      return ends.withNoun('count');
    }
    // "The border is 400km long": one thing's size, as "10 feet tall" is.
    if ((MEASURE_UNITS.has(suffix) || SPEC_UNITS.has(suffix)) && sizeWordAt(s, last + 1)) return ends.found('size', last, first);
    if (PHYSICAL_UNITS.has(suffix) && measuredAmount(s, spanStart, last)) return ends.found('measure', last, first);
    if (SPEC_UNITS.has(suffix) || (MEASURE_UNITS.has(suffix) && afterSpecNoun(s, first))) return ends.found('spec', last, first);
    if (MEASURE_UNITS.has(suffix)) return ends.found('measure', last, first);
    return ends.found('model', last, first);
  }

  const digits = s.word(first);
  const bareInteger = !n.words && !n.currency && !n.percent && !n.scaled && /^\d+$/.test(digits.replace(/^[$£€¥₹]/, ''));
  // A whole number in one word, as ages are written: "at sixteen", "when she was eleven".
  const wordAge = n.words && !n.currency && !n.percent && !n.scaled && first === last && value >= 1 && value < 100 && Number.isInteger(value);
  // Before the number, a word that labels: "page 5", "No. 1", "Section 230", "Route 66"; or a code after its colon
  // ("Error code: 23", a video player's "Ecode: 17" run into the word before it).
  // Not another label word before a colon: "one number in mind: 2,380" is the count itself.
  // Not a count after the word: "the budget bill 120 members voted against".
  // Not a count after the word in another sense: "the budget bill 120 members voted", "In the front carriage 40
  // passengers were hurt", "plans to coach 300 apprentices".
  const labelled = (LABEL_BEFORE.has(prev) && !((prev === 'bill' || PLACES_ABOARD.has(prev)) && (isPluralNoun(s, last + 1) || s.isWord(last + 1) && !FUNCTION_WORDS.has(s.lower(last + 1))))) || (prev === ':' && prev2.endsWith('code'));
  if (!n.words && !n.currency && !n.percent && labelled) return ends.found('label', last, first);
  // A ZIP code after a US state's two letters: "New York, NY, 10032".
  if (bareInteger && digits.length === 5 && US_STATE_CODES.has(s.word(s.lower(first - 1) === ',' ? first - 2 : first - 1))) return ends.found('address', last, first);
  // A list's item number opening its line: "4. Hotel rooms are priced…", "2) Check the door".
  if (bareInteger && opensListItem(s.text, s.start(first), s.end(first))) return ends.found('label', last, first);
  // "a 401(k)", "a 501(c)(3)": a section of the tax code named by its number and letter.
  if (bareInteger && /^\([a-z]\)/.test(s.text.slice(s.end(first), s.end(first) + 3))) return ends.found('name', last, first);
  // A number alone in parentheses after a word, a rank or a note's mark: "Tom Reed (5.)", "the second rule (3)"; a
  // tie-break's "7-6 (7)" is the score's.
  if (bareInteger && s.text[s.start(first) - 1] === '(' && /^\.?\)/.test(s.text.slice(s.end(first), s.end(first) + 2)) && !/\d\s*$/.test(s.text.slice(s.start(first) - 4, s.start(first) - 1))) return ends.found('label', last, first);
  // So in square brackets: a reference's mark or a link's label ("… the trial [12].", "[538]", a digest's "[538.]").
  if (bareInteger && s.text[s.start(first) - 1] === '[' && /^\.?\]/.test(s.text.slice(s.end(first), s.end(first) + 2))) return ends.found('label', last, first);
  // Phone numbers, ids.
  if (bareInteger && digits.length >= 8) return ends.found('label', last, first);
  if (!n.words && !n.currency && !n.percent && inPhoneNumber(s.text, s.start(first), s.end(last))) return ends.found('address', last, first);
  if (!n.words && !n.currency && n.high !== undefined && /^\d{3}-\d{4}$/.test(digits)) return ends.found('address', last, first);
  // Time of day; a live blog's "11: 06 a.m." has lost its colon's closeness in copying.
  if (s.text[s.end(last)] === ':' && (isDigit(s.text[s.end(last) + 1]) || SPACED_TIME.test(s.text.slice(s.end(last), s.end(last) + 12)))) {
    let to = last + 2;
    if (TIME_SUFFIXES.has(s.lower(to + 1))) to++;
    return mention(s, first, Math.min(to, s.count - 1), 'time');
  }
  if (TIME_SUFFIXES.has(next)) return ends.found('time', last + 1, first);
  // "at 0530 local time", "from 2200 to 0600", "at 1400 hours": a 24-hour clock's four digits, which no count opens
  // with a nought, nor is followed by "local time".
  if (!n.words && !n.currency && !n.percent && HOURS_AND_MINUTES.test(digits) && HOURS_AND_MINUTES.test(s.word(last))) {
    if (next === 'local' && s.lower(last + 2) === 'time') return ends.found('time', last + 2, first);
    if (next === 'hours' || next === 'hrs') return ends.found('time', last + 1, first);
    if (digits.startsWith('0') || s.word(last).startsWith('0')) return ends.found('time', last, first);
  }
  // "14.20 Analysts say …": a live blog's entry opening with the time on a 24-hour clock, written with a dot.
  if (first === 0 && !n.currency && DOTTED_TIME.test(s.word(first)) && s.capitalized(first + 1) && !UNITS_AFTER_TIME.has(next)) return ends.found('time', last, first);
  // Dates: "May 18", "18 May", "Nov. 3", "Sept. 5, 2019", and a day number whose month ended the sentence before.
  if (!n.words && !n.currency && !n.percent && !n.scaled && value >= 1 && value <= 31 && Number.isInteger(value)) {
    // A comment widget's "FeaturedFebruary 6, 2016": the month run into the word before it.
    const month = MONTHS.has(prev) || (GLUED_MONTH.test(s.word(first - 1)) && s.lower(last + 1) === ',') ? first - 1 : MONTHS.has(next) ? last + 1 : -1;
    if (month >= 0) {
      let to = Math.max(last, month);
      if (s.lower(to + 1) === ',' && /^\d{4}$/.test(s.word(to + 2))) to += 2;
      return mention(s, Math.min(first, month), to, 'date');
    }
    if (first === 0 && /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*$/i.test(s.text.slice(Math.max(0, s.from - 8), s.from))) {
      return ends.found('date', s.lower(last + 1) === ',' && /^\d{4}$/.test(s.word(last + 2)) ? last + 2 : last, first);
    }
  }
  // "monitors maxed out with ratings of 999", "readings of 500": what an instrument or a rating scale shows.
  // A poll's "net rating of -11 points" is a share of voters.
  if (!n.currency && !n.percent && !n.scaled && prev === 'of' && READINGS.has(prev2) && next !== 'points' && !/^[-−–]/.test(digits)) return ends.found('score', last, first);
  // "single-core scores climbed from 940 to 1010", "its scores went up from 3100 to 3350": a test's scores moving.
  if (!n.currency && !n.percent && prev === 'from' && s.anyBefore(spanStart, 5, READINGS)) return ends.found('score', last, first);
  // Years: four digits from 1800 to 2099 with nothing that makes them a count; "2019-20", "the fiscal year 2019
  // seizures", "echoed 1968 protests", "the 1998 floods": news writes a count of thousands with a comma
  // ("2,000 jobs"), so only an approximator makes a bare one a count ("about 1500 jobs").
  if (bareInteger && digits.length === 4 && isYearValue(value) && !(approximate && isPluralNoun(s, last + 1))) {
    return ends.found('year', last, first);
  }
  if (bareInteger && value === CENTURY_END && !isPluralNoun(s, last + 1)) return ends.found('year', last, first);
  // "founded in 1750", "since 1603": an earlier year after a word of when, and no thing counted after it.
  // Not a share: "one in 1000".
  const share = prev === 'in' && (prev2 === 'one' || /^\d+$/.test(prev2));
  // "dates from 1750", "dating back to 1066", "goes back to 1603": how old something is.
  const datesFrom = (prev === 'from' && DATING.has(prev2)) || (prev === 'to' && prev2 === 'back');
  if (bareInteger && digits.length === 4 && value !== undefined && value >= 1000 && (WHEN_BEFORE_A_YEAR.has(prev) || datesFrom) && !share && !isPluralNoun(s, last + 1)) {
    return ends.found('year', last, first);
  }
  // A span of years: "the slump of 2011-2", "the 2003-05 drought", "in 2011-2012"; the second year may be cut to
  // its last digits. "2000-3000 people" runs past any year, and "1,500-2,000" has commas.
  if (!n.words && !n.currency && !n.percent && n.high !== undefined && yearSpan(digits) && !(approximate && isPluralNoun(s, last + 1))) return ends.found('year', last, first);
  // Scores and results: "a 2-1 win", "6-3, 7-5", "scored 30 points"; a vote's tally may be written "19 to 14".
  const hyphened = /^\d{1,3}[-–]\d{1,3}$/.test(digits);
  if (!n.words && !n.currency && !n.percent && n.high !== undefined && (hyphened || (/^\d{1,3}$/.test(digits) && s.lower(first + 1) === 'to'))) {
    // A tiebreak after it or before it: "7-6 (5)", "7-6 (6), 6-3".
    const tiebreak = (s.word(last + 1) === '(' && /^\d{1,2}$/.test(s.word(last + 2)) && s.word(last + 3) === ')') || (prev === ',' && s.word(first - 2) === ')' && SET_SCORE.test(s.word(first - 5)));
    // "a career record of 216-146", "the team went 10-6": wins and losses.
    const record = (prev === 'of' && SCORE_AFTER.has(prev2)) || prev === 'went';
    // A vote's tally near the vote or after what it decided, with nothing it counts after it: "The vote was 52-47",
    // "by a vote of 19 to 14", "deadlocked 4 to 4 on the plan", "cleared the House, 314-117"; not "left 20 to 30 dead",
    // "approved 30 to 40 of the bids".
    const ended = !s.isWord(last + 1) || AFTER_A_TALLY.has(next);
    const tally = ended && (s.anyBefore(spanStart, 6, VOTES) || SCORE_BEFORE.has(prev) || (prev === ',' && s.anyBefore(first - 1, 4, SCORE_BEFORE)));
    if (tiebreak || tally || (hyphened && (record || SCORE_AFTER.has(next) || SCORE_BEFORE.has(prev) || SCORE_BEFORE.has(prev2) || s.lower(last + 1) === ',' || SET_SCORE.test(s.word(first - 2))))) {
      return ends.found('score', last, first);
    }
  }
  // A division's or an election's result: "by 335 votes to 260", "won 9,412 votes to 7,118" (not a projection, "about
  // 12,000 votes to 9,000"), and the margin it gave, "a majority of 75" beside the votes.
  if (!n.words && !n.currency && !n.percent && !approximate && next === 'votes' && s.lower(last + 2) === 'to' && /^\d[\d,]*$/.test(s.word(last + 3))) return ends.found('score', last + 3, first);
  if (!n.words && !n.currency && !n.percent && prev === 'of' && prev2 === 'majority' && !isPluralNoun(s, last + 1) && s.wordBefore(first - 2, VOTES_CAST)) return ends.found('score', last, first);
  if ((next === 'points' || next === 'goals' || next === 'runs') && (SCORING.has(prev) || SCORING.has(prev2))) return ends.found('score', last + 1, first);
  // "the new machine scored a 129": a score with no unit, in a test or on a scale.
  if (!n.currency && !n.percent && (SCORING.has(prev) || ((prev === 'a' || prev === 'an') && SCORING.has(prev2))) && !isPluralNoun(s, last + 1)) return ends.found('score', last, first);
  // Records: "had won all previous 15 meetings", "lost five straight games".
  // "won 14 of its last 16 games": a record of results, both its numbers.
  // "scored 14 goals in 31 league games": a competition may name the games.
  const gamesAt = GAMES.has(next) ? last + 1 : COMPETITIONS.has(next) && GAMES.has(s.lower(last + 2)) ? last + 2 : -1;
  if (gamesAt > 0 && (s.anyBefore(spanStart, 4, SCORE_BEFORE) || (s.anyBefore(spanStart, 4, OF) && s.anyBefore(spanStart, 7, SCORE_BEFORE)))) return ends.found('score', gamesAt, first);
  if (bareInteger && ofGamesAt(s, last + 1) && s.anyBefore(spanStart, 3, SCORE_BEFORE)) return ends.found('score', last, first);
  // A player's line: "12 rebounds", "25 home runs", "threw for 300 yards", "completed 24 of 31 passes".
  if (!n.currency && !n.percent && !n.scaled) {
    if (PLAYER_STATS.has(next) || (next === 'home' && s.lower(last + 2) === 'runs') || (next === 'yards' && s.lower(spanStart - 1) === 'for')) return ends.found('score', next === 'home' ? last + 2 : last + 1, first);
    if (next === 'of' && s.hasDigit(last + 2) && ATTEMPTS.has(s.lower(last + 3))) return ends.found('score', last + 3, first);
  }
  // Ages: "aged 40", "age 43", "at the age of 81", "turned 21", "Parata, 75, has", "Reed, 38 – who", "the former star, 42, was", "in his 60s".
  if (AGE_BEFORE.has(prev) || (prev === 'of' && AGE_BEFORE.has(s.lower(first - 2))) || (TURNING.has(prev) && bareInteger && value < 130 && !isPluralNoun(s, last + 1)) || (afterWordComma(s, first - 1) && AGE_CLOSERS.has(s.word(last + 1)) && value < 120 && bareInteger)) {
    return ends.found('age', last, first);
  }
  if (bareInteger && value < 120 && agePair(s, first, last)) return ends.found('age', last, first);
  // "aged 19 and 23", "ages 6 to 12", "between the ages of 30 and 64": the second of two ages.
  const agesBefore = AGE_BEFORE.has(s.lower(first - 3)) || (s.lower(first - 3) === 'of' && AGE_BEFORE.has(s.lower(first - 4)));
  if (bareInteger && value < 120 && (prev === 'and' || prev === 'or' || prev === 'to') && isSmallInteger(s.word(first - 2)) && agesBefore) return ends.found('age', last, first);
  // In words, only after a person's pronoun ("when she was eleven"): "In the final count, Hull was eleven" counts seats.
  if ((bareInteger || (wordAge && PEOPLE.has(s.lower(first - 2)))) && value >= 1 && value < 120 && (!s.has(last + 1) || AGE_ENDS.has(next)) && isAPersonsAge(s, first)) return ends.found('age', last, first);
  // "Her grandmother lived to 101": the age a life reached.
  if ((bareInteger || wordAge) && value < 125 && prev === 'to' && /^(?:live|lives|lived|living)$/.test(prev2) && !isPluralNoun(s, last + 1)) return ends.found('age', last, first);
  // An age a rule sets, right after "age" and "to" ("raised the retirement age to 67") or a rule's age and "is" ("the
  // minimum age for buying fireworks is 18"), or a life's turn ("left school at 15"); not an average someone measured,
  // nor a count of people of an age ("children under age 5 rose to 90").
  const ruleAge = prev === 'is' && s.anyBefore(spanStart - 1, 6, AGE_NOUNS) && s.anyBefore(spanStart - 1, 7, AGE_RULES);
  const ageOf = ((prev === 'to' && prev2 === 'age') || ruleAge) && !s.anyBefore(spanStart - 1, 6, AVERAGES);
  const leftAt = prev === 'at' && (s.lower(first - 2) === 'school' || s.lower(first - 2) === 'work') && LEAVING.has(s.lower(first - 3));
  if ((bareInteger || wordAge) && value < 120 && (ageOf || leftAt) && !isPluralNoun(s, last + 1)) return ends.found('age', last, first);
  // "Reed died at 84", "died Tuesday at 84", "retired at 60": the age at which a life's turn came.
  if (bareInteger && value < 120 && prev === 'at' && (LIFE_TURNS.has(prev2) || (WEEKDAYS.has(prev2) && LIFE_TURNS.has(s.lower(first - 3)))) && !isPluralNoun(s, last + 1)) return ends.found('age', last, first);
  // "was elected to the council at 30", "qualified as a doctor at 41": a turn of a life a few words back, the age
  // ending the clause.
  // Not a count measured after it: "the number elected in May stood at 30", "turnout was put at 30".
  if ((bareInteger || wordAge) && value >= 5 && value < 120 && prev === 'at' && !s.isWord(last + 1) && lifeStageBefore(s, first - 1)) return ends.found('age', last, first);
  // "At 16, he left for college", "At 16 she left": an age opening the sentence or clause; "Ode, at 15 the youngest
  // player": an age set before the superlative it makes true.
  if (bareInteger && value < 100 && prev === 'at' && !s.isWord(first - 2) && (s.word(last + 1) === ',' || PEOPLE.has(next))) return ends.found('age', last, first);
  // "Donald Trump at 70, just the way he is", "At 30.": a person's name opening the sentence at an age, or an age
  // standing alone; not a tally among others ("Trump at 40, Clinton at 46").
  if (bareInteger && value < 100 && prev === 'at' && !s.isWord(last + 1) && (nameAtAge(s, first - 1) || !s.has(first - 2))) return ends.found('age', last, first);
  if (bareInteger && value < 100 && prev === 'at' && next === 'the' && (SUPERLATIVE.test(s.lower(last + 2)) || s.lower(last + 2) === 'first')) return ends.found('age', last, first);
  // "Now 52 and retired, he …": an age opening the sentence after "now" or "then".
  if (bareInteger && value < 120 && (prev === 'now' || prev === 'then') && !s.isWord(first - 2) && (next === 'and' || next === ',')) return ends.found('age', last, first - 1);
  // "a Group of 7 summit", "the Group of 8 nations": a number that ends a name.
  if (bareInteger && value < 100 && prev === 'of' && first > 2 && s.capitalized(first - 2) && !SENTENCE_OPENERS.has(prev2) && !isPluralNoun(s, last + 1) && !TIME_UNITS.has(next)) return ends.found('name', last, first);
  // "called 911", "made 911 calls", "a 911 dispatcher": the emergency number; so are the city and police lines
  // ("the city's 311 line", "dial 999", "call 101").
  // Not a count of calls or of what was called ("received 311 calls", "called 999 households"), but for 911.
  const called = /^(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing)$/.test(prev);
  // Not "called 101 of the donors", "called 211 times", "311 lines", "211 service stations".
  // "the first 999 call": one call to the line, where "999 calls" counts them.
  const serviceLine = (SERVICE_LINES.has(next) || next === 'call') && !isPluralNoun(s, last + 2);
  if (bareInteger && SERVICE_NUMBERS.has(value) && (value === 911 ? called || EMERGENCY_LINE.has(next) : (called && !isPluralNoun(s, last + 1) && next !== 'of') || serviceLine)) return ends.found('label', last, first);
  // "call your bank on 159", "forward the text to 7726", "Text STOP to 7726": a short number rung or texted is a line.
  // Not a count a change reaches: "Complaints sent to the regulator rose to 450".
  // Only right after whom one rings or what one sends ("call your bank on 159", "forwarding it to 7726"), not "The tally
  // of calls stood on 320", "The warning was sent to 3000".
  const before = s.lower(first - 2);
  const caps = s.word(first - 2).length > 1 && s.word(first - 2) === s.word(first - 2).toUpperCase() && s.isWord(first - 2);
  const rungOn = !CHANGED_TO.has(before) && ((prev === 'on' && (RUNG.has(before) || RINGING.has(before)) && s.anyBefore(first - 1, 5, RINGING)) || (prev === 'to' && (SENT.has(before) || caps) && s.anyBefore(first - 1, 3, TEXTING)));
  if (bareInteger && /^\d{3,6}$/.test(s.word(first)) && rungOn && !s.isWord(last + 1)) return ends.found('label', last, first);
  // "quoting log 482": a police log's number.
  if (bareInteger && prev === 'log' && /^(?:quoting|quote|incident|crime|police)$/.test(prev2)) return ends.found('label', last, first);
  // "28 U.S.C. 1292", "40 CFR 60": a title of a code of law, a section number.
  if (bareInteger && /^(?:u\.?s\.?c|c\.?f\.?r)\.?$/.test(next) && /^(?:§|\d)/.test(s.word(last + 2))) return ends.found('label', last, first);
  // "7-6 (7)": a tiebreak's score after a set's.
  if (bareInteger && value < 100 && prev === '(' && s.word(last + 1) === ')' && SET_SCORE.test(s.word(first - 2))) return ends.found('score', last, first);
  // "Among those 35 to 44", "drivers 18 to 24", "patients aged between 18 and 65": an age bracket after the people it
  // counts or after "aged".
  const agedBetween = prev === 'between' && AGE_BEFORE.has(prev2);
  if (bareInteger && n.high !== undefined && n.high < 120 && (agedBetween || (value >= 12 && (prev === 'those' || agedPeople(prev) || AGE_BEFORE.has(prev))))) return ends.found('age', last, first);
  // "voters 45 or older", "canvassers as young as 17": ages by their limit; "those 45 and over", "children 12 and under"
  // after people.
  const orOlder = (next === 'or' || next === 'and') && (AGE_BOUNDS.has(s.lower(last + 2)) || (agedPeople(prev) && AGE_LIMITS_AFTER.has(s.lower(last + 2))));
  if (bareInteger && value < 120 && (orOlder || ((prev === 'as' || prev === 'at') && (prev2 === 'young' || prev2 === 'old')))) return ends.found('age', orOlder ? last + 2 : last, first);
  // An age group: "voters under 30", "those over 65", "pensioners over 80", "children over five", "those aged over
  // 18"; but "over 60 people" counts them, "lawyers over 20 years" is a time and "rivals over three rounds" a count.
  const wholeCount = bareInteger || (n.words && !n.scaled && !n.currency && !n.percent && Number.isInteger(value));
  // "many of whom are under 21": "who" is people, and what they are under is their age.
  const whoAre = BEING_PLURAL.has(prev2) && (s.lower(first - 3) === 'who' || s.lower(first - 3) === 'whom');
  // "Most of those who died were over 75", "…, most of them over 80": the dead's or those people's age at the clause's
  // end. So are people right before "were", unless the object of a preposition ("Claims lodged by victims were over 50").
  // A share of them is of them too: "The majority of patients were over 65" (not "queues of patients").
  // Read only after an age's limit ("over", "under").
  const peopleBefore = () => agedPeople(s.lower(first - 3)) && (!AGENT_BEFORE.has(s.lower(first - 4)) || (s.lower(first - 4) === 'of' && PARTS_OF_PEOPLE.has(s.lower(first - 5))));
  const peopleWere = AGE_LIMITS.has(prev) && bareInteger && value >= 16 && !s.isWord(last + 1) && ((BEING_PLURAL.has(prev2) && (s.anyBefore(first - 2, 4, THE_DEAD) || peopleBefore())) || prev2 === 'them');
  // "a customer under 18", "every child under 12": one person. After "every", "any", "each" or "no" the word after the
  // limit ending in "s" is the person's verb, as after "anyone" ("any child under 12 rides free"); after "a" it may
  // be what is counted ("beat a rival over 20 votes").
  const onePerson = AGE_LIMITS.has(prev) ? onePersonAt(s, first - 2) : '';
  const personVerb = EACH_PERSON.has(onePerson) && !MEASURE_UNITS.has(next) && !SPEC_UNITS.has(next) && !MOVE_UNITS.has(next);
  if (wholeCount && value < 120 && AGE_LIMITS.has(prev) && (agedPeople(prev2) || AGE_BEFORE.has(prev2) || whoAre || peopleWere || onePerson) && (!isPluralNoun(s, last + 1) || ANYONE.has(prev2) || personVerb) && !TIME_UNITS.has(next) && !ABSTRACT_COUNTS.has(next)) return ends.found('age', last, first - 1);
  // "Latinos younger than 30", "all of them are older than 50"; not "buildings older than 50 years".
  if (bareInteger && value < 120 && prev === 'than' && AGE_BOUNDS.has(prev2) && !TIME_UNITS.has(next) && !isPluralNoun(s, last + 1)) return ends.found('age', last, first - 2);
  // "Fiorina, then 44, was", "Reed, now 61, said": an age set off after a name, with when it was.
  // "Mr. Ode, now 81 and retired, said": after a name, "and" may go on to more about the person ("the toll, now 40 and
  // rising" is a count).
  const andAfterName = next === 'and' && s.capitalized(first - 3);
  if (bareInteger && value < 120 && (prev === 'then' || prev === 'now') && afterWordComma(s, first - 2) && (AGE_CLOSERS.has(s.word(last + 1)) || andAfterName)) return ends.found('age', last, first - 1);
  // "Ahmed Ode, 40." closing a list's line, "his sons, Tom, 44, and James, 43.": a full name's age, or the last of
  // several, ends the sentence.
  if (bareInteger && value < 120 && (!s.has(last + 1) || s.word(last + 1) === '.') && afterWordComma(s, first - 1) && s.capitalized(first - 2) && (s.capitalized(first - 3) || s.lower(first - 3) === 'and')) return ends.found('age', last, first);
  // "the 93 year-old": the hyphen after a space.
  if (bareInteger && value < 130 && /^years?-olds?$/.test(next)) return ends.found('age', last + 1, first);
  if (next === 'year' || next === 'years') {
    if (s.lower(last + 2) === 'old' || s.lower(last + 2) === 'of' && s.lower(last + 3) === 'age') return ends.found('age', last + (s.lower(last + 2) === 'old' ? 2 : 3));
  }
  // Durations and the legal penalties made of them: "14 years", "two and a half years", "14 straight years", "20 extra
  // minutes".
  // "for hundreds of years", "thousands of years old": a count of units of time is a span of time too.
  const run = (RUN_OF_TIME.has(next) || (KINDS_OF_DAY.has(next) && value < 100 && !n.scaled) || (EXTRA_TIME.has(next) && value <= 1000 && !n.scaled && !WORK_COUNTED.has(s.lower(last + 3))) || (next === 'of' && s.lower(last) in VAGUE_PLURALS)) && TIME_UNITS.has(s.lower(last + 2));
  // Not a sum before when it was paid: "gave $250,000 days before the vote" (its currency's sign in front; "lost 20
  // pounds weeks before" may be a weight).
  // Not hours or minutes counted in millions, a total of time spent ("94 million hours of the show"), which counts.
  const timeSpent = n.scaled && /^(?:hours|minutes)$/.test(next);
  if (!(n.currency && /^[$£€¥₹]/.test(digits)) && !timeSpent && (TIME_UNITS.has(next) || run || (next === 'and' && s.lower(last + 2) === 'a' && s.lower(last + 3) === 'half' && TIME_UNITS.has(s.lower(last + 4))))) {
    const unit = next === 'and' ? last + 4 : run ? last + 2 : last + 1;
    if (s.anyAfter(unit, 3, PENALTY_AFTER) || s.anyBefore(spanStart, 4, PENALTY_BEFORE)) return ends.found('legal-penalty', unit);
    return ends.found('duration', unit);
  }
  // "fined the video app Pellucid £14 million": whom a fine was laid on may stand between the verb and the sum.
  if (n.currency && ((s.anyBefore(spanStart, 4, PENALTY_BEFORE) && (s.anyBefore(spanStart, 4, FINES) || prev === 'of')) || finedBefore(s, spanStart))) {
    return ends.found('legal-penalty');
  }

  // "could face up to 10 years in prison and have to pay $250,000": a sum to be paid beside a prison term is its fine.
  if (n.currency && PAYING.has(s.lower(spanStart - 1)) && s.anyBefore(spanStart, 10, PENALTY_AFTER)) return ends.found('legal-penalty');
  // "set bail at $1 million", "held on a $5 million bond": what a court sets for release (not a debtor's "$120 million
  // bond payment").
  const bailSet = prev === 'at' && s.anyBefore(spanStart - 1, 3, BAIL) && s.anyBefore(spanStart - 1, 3, SET);
  const heldOn = BAIL.has(next) && prev === 'a' && s.anyBefore(spanStart - 1, 3, HELD);
  if (n.currency && (bailSet || heldOn)) return ends.found('legal-penalty', bailSet ? last : last + 1);
  // "pleaded guilty to 11 counts of fraud", "charged with 16 counts": the charges of the case the story is about.
  if (!n.currency && !n.percent && CHARGES.has(next) && s.anyBefore(spanStart, 5, CHARGED)) return ends.found('story-count', last + 1);
  // "ordered him to repay $62,000", "was ordered to pay £5,000 in damages": a sum a court orders paid.
  if (n.currency && ORDERED_TO_PAY.has(s.lower(spanStart - 1)) && s.anyBefore(spanStart - 1, 5, ORDERED)) return ends.found('legal-penalty');
  // "a $250,000 fine", "held in lieu of $70,000 bond", "post $100,000 bail": what a court orders, not a claim.
  if (n.currency && (COURT_SUMS.has(next) || (next === 'bond' && BOND_BEFORE.has(prev)))) return ends.found('legal-penalty', last + 1);
  // A lone "one" is a word, not a figure: "one of the", "at one point", "one says"; but "one percentage point" is one.
  if (value === 1 && n.words && !n.scaled && !n.percent) return null;
  // "a margin of error of 3.8 points", "plus or minus 3%", "a confidence interval of two points": how exact a poll is,
  // its specification, no count of anything.
  // So "a two percent plus or minus margin of error".
  if ((prev === 'minus' && prev2 === 'or') || (prev === 'of' && (prev2 === 'error' || prev2 === 'interval')) || (n.percent && s.lower(last + 1) === 'plus' && s.lower(last + 2) === 'or' && s.lower(last + 3) === 'minus')) {
    return ends.found('spec', next === 'percentage' ? last + 2 : next === 'points' || next === 'point' || next === 'percent' ? last + 1 : last);
  }
  // "a poll of 900 adults in Leeds", "a survey of 2,000 adults": how many a poll asked is its specification too.
  if (!n.currency && !n.percent && prev === 'of' && POLL_SAMPLES.has(prev2) && spanStart === first) return ends.withNoun('spec');
  // So in its method line: "The council poll surveyed 1,200 residents", "was run by phone … among 812 adults".
  // "The poll included 640 tenants": the sample a poll took in.
  const pollIncluded = INCLUDED.has(prev) && POLL_SAMPLES.has(s.lower(first - 2));
  // "Monmouth conducted its poll …, surveying 1,008 adults, including 848 registered voters", "The poll was conducted
  // … with 418 Democratic primary voters", "The poll collected data online from 4,060 registered voters": the people it
  // asked, after a word of its method.
  const sampled = (SURVEYING.has(prev) || (SAMPLED_AFTER.has(prev) && s.wordBefore(first, RUN_VERBS))) && s.wordBefore(first, POLL_SAMPLES) && [1, 2, 3, 4].some((d) => isPeoplePlural(s.lower(last + d)));
  if (!n.currency && !n.percent && spanStart === first && (SURVEYED.has(prev) || pollIncluded || sampled || ((prev === 'among' || prev === 'interviewed') && s.wordBefore(first, POLL_METHOD)))) return ends.withNoun('spec');
  // "four points off the promotion places", "three points clear at the top": a league table's standing is a result.
  if ((next === 'points' || next === 'point') && STANDING_GAPS.has(s.lower(last + 2)) && s.anyAfter(last + 2, 6, LEAGUE_WORDS)) return ends.found('score', last + 1);
  const tally = !n.currency && !n.percent && !n.scaled ? sportsTally(s, spanStart, last) : -1;
  if (tally >= 0) return ends.found('score', tally, first);
  // Points of a poll or an index: "a 12-point lead", "up 5 points", "the Dow fell 300 points".
  if (next === 'points' || next === 'point') return ends.found(marketMove(s, first) ? 'market-move' : 'percent', last + 1);
  // "taking his tally for the season to 18": a player's running count is a record.
  if (!n.currency && !n.percent && prev === 'to' && s.anyBefore(first - 1, 6, TALLIES) && s.anyBefore(first - 1, 8, OWN)) return ends.found('score', last, first);
  // "140,000 words long", "five storeys high": one thing's size in any unit of its own.
  // Not people or things carried across ("ferried 2,000 refugees across by night").
  const sizeAfter = sizeWordAt(s, last + 2) && !(s.lower(last + 2) === 'across' && s.isWord(last + 3));
  if (!n.currency && !n.percent && sizeAfter && /^[a-z-]+s$/.test(s.word(last + 1)) && !TIME_UNITS.has(next)) return ends.found('size', last + 1);
  // "a 12,000 square-foot office", "the 2,000 square mile reserve": an area in the singular before a noun is one
  // thing's size, as "a 12,000-square-foot office" is.
  if (!n.currency && !n.percent && (/^(?:square|cubic)-[a-z]+$/.test(next) || ((next === 'square' || next === 'cubic') && AREA_UNITS.has(s.lower(last + 2))))) {
    return ends.found('size', next.includes('-') ? last + 1 : last + 2);
  }
  // Measures: "2 inches of rain" is a measured amount; "10 feet tall", "weighs 200 pounds" one object's size;
  // "277 miles of range" a specification; "two miles from the site" a place.
  if (!n.currency && !n.percent && next === 'metric' && MEASURE_UNITS.has(s.lower(last + 2))) return ends.found('measure', last + 2); // "2,500 metric tons"
  const race = n.currency || n.percent ? -1 : raceAt(s, first, value, next, last + 2);
  if (race >= 0) return ends.found('name', race, first);
  if (!n.currency && !n.percent && (MEASURE_UNITS.has(next) || SPEC_UNITS.has(next))) {
    // "80,000 square feet", "40 cubic meters": the area's or the volume's unit is both words.
    // "40 nautical miles off the coast": so is a sea mile.
    const unit = (next === 'square' || next === 'cubic' || next === 'nautical') && MEASURE_UNITS.has(s.lower(last + 2)) ? last + 2 : last + 1;
    const after = s.lower(unit + 1);
    if (afterSpecNoun(s, first)) return ends.found('spec', unit);
    // "a marsh only 300 square miles in size": one thing's size said so; "5 feet 4 inches tall" in two units.
    const inTwoUnits = s.hasDigit(unit + 1) && MEASURE_UNITS.has(s.lower(unit + 2));
    if (sizeWordAt(s, unit + 1) || (inTwoUnits && sizeWordAt(s, unit + 3)) || (after === 'in' && s.lower(unit + 2) === 'size') || s.anyBefore(spanStart, 3, SIZE_BEFORE) || (LENGTHS.has(s.lower(unit)) && !n.scaled && s.anyBefore(spanStart, 3, LENGTH_BEFORE)) || s.anyBefore(spanStart, 3, HULL_MEASURES)) return ends.found('size', unit);
    // "a 2 GW solar array", "a 40 ton truck": a measure between "a" and what it measures is that one thing's size.
    if (!SPEC_UNITS.has(next) && INDEFINITE.has(s.lower(spanStart - 1)) && spanStart === first && s.isWord(unit + 1) && !s.capitalized(unit + 1) && !FUNCTION_WORDS.has(after) && !TIME_UNITS.has(after)) return ends.found('size', unit);
    if (after === 'of' && SPEC_AFTER.has(s.lower(unit + 2))) return ends.found('spec', unit + 2);
    // "230 miles to 300 miles per charge", "39 miles (63 kilometers) on battery power"
    for (let j = unit + 1; j <= unit + 8 && j < s.count; j++) {
      if (SPEC_AFTER.has(s.lower(j))) return ends.found('spec', unit);
      if (s.lower(j) === ',' || s.lower(j) === ';') break;
    }
    // "40 miles north", "three miles of Hull"; not a weight of a substance ("90 tonnes of CO2").
    if (DIRECTIONS.has(after) || (after === 'of' && s.capitalized(unit + 2) && !(WEIGHTS.has(next) && FORMULA.test(s.word(unit + 2))))) return ends.found('distance', unit);
    // "0.6 millimeters of key travel" is one thing's make; "20 millimetres of rain" a measured amount, and "rose 3
    // millimeters a year" a change.
    const change = MOVE_VERBS.has(s.lower(spanStart - 1)) || ((after === 'a' || after === 'per' || after === 'each') && TIME_UNITS.has(s.lower(unit + 2)));
    if (SMALL_LENGTHS.has(next) && !change && !(after === 'of' && NOTHING_MADE.has(s.lower(unit + 2)))) return ends.found('size', unit);
    if (MEASURE_UNITS.has(next) && !/^(?:ft|lb|lbs|oz|kg|g|mm|cm|nm)$/.test(next)) return ends.found('measure', unit);
    if (PHYSICAL_UNITS.has(next) && measuredAmount(s, spanStart, unit)) return ends.found('measure', unit);
    return ends.found('spec', unit);
  }

  // "The jets seat 232 passengers", "a stadium with a capacity of 60,000": how many one thing holds is its
  // specification.
  // So does one that holds or carries them, the thing named as its subject ("The stadium holds", "the ferry can carry").
  let holder = spanStart - 2;
  while (holder > spanStart - 5 && (MADE_OF_BETWEEN.has(s.lower(holder)) || s.lower(holder) === 'can')) holder--;
  // Only people or places for them, and at one time: "carries 2 million passengers a year" is traffic, "holds 40
  // concerts a year" events, "holds 40 paintings" a collection, all counts.
  const held = s.lower(last + 1);
  const atOneTime = !(RATE_OPENERS.has(s.lower(last + 2)) && TIME_UNITS.has(s.lower(last + 3)));
  const holdsPeople = HOLDING.has(s.lower(spanStart - 1)) && ONE_THING.has(s.lower(holder)) && (isPeoplePlural(held) || HELD_PLACES.has(held)) && atOneTime;
  const holds = SEATING.has(s.lower(spanStart - 1)) || (s.lower(spanStart - 1) === 'of' && s.lower(spanStart - 2) === 'capacity') || holdsPeople;
  if (!n.currency && !n.percent && holds) return ends.withNoun('spec');
  // "The tower will have 58 storeys", "The scheme comprises 212 flats": the parts one building, scheme or vehicle is
  // made of are its specification, as in "a 58-storey tower"; "The city has 40,000 homes" counts many things.
  const part = !n.currency && !n.percent && !n.scaled ? partOfOneThing(s, spanStart, last) : -1;
  if (part > 0) return ends.found('spec', part);
  // "The ruling ran to 86 pages", "the minutes run to eleven pages": a document's length, as "an 86-page ruling" is.
  // Not a pile of many ("Submissions ran to 12,000 pages", "40,000 words of comments").
  // So "The text runs just over 40 pages" and "the bill's 800 pages".
  // Not "Newspapers ran 40 pages" (an approximation says a length), nor "the union's 40 chapters", "Monday's 4,000 pages".
  const approximated = spanStart < first;
  const ownPages = DOCUMENT_OWNERS.has(s.lower(spanStart - 1).replace(/['’]s$/, '')) && /['’]s$/.test(s.lower(spanStart - 1)) && s.lower(last + 1) === 'pages';
  // Only what runs, now, to a length: "The text runs just over 40 pages" (not "The presses ran some 2,000 pages").
  const runsTo = (s.lower(spanStart - 1) === 'to' && RUNNING.has(s.lower(spanStart - 2))) || (/^runs?$/.test(s.lower(spanStart - 1)) && approximated) || ownPages;
  if (!n.currency && !n.percent && value < 5000 && runsTo && LENGTHS_OF_TEXT.has(s.lower(last + 1)) && s.lower(last + 2) !== 'of') return ends.found('spec', last + 1);

  // Street numbers: "123 Main Street"; "9 and 11 Bank Street", two doors of one street.
  const streetAt = (k: number) => s.capitalized(k) && /^(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|way|place)$/.test(s.lower(k + 1));
  if (bareInteger && streetAt(last + 1)) return ends.found('address', last + 2, first);
  // A street's name of two words: "12 Princes Dock Street".
  if (bareInteger && s.capitalized(last + 1) && streetAt(last + 2) && !isPluralNoun(s, last + 4)) return ends.found('address', last + 3, first);
  if (bareInteger && (next === 'and' || next === '&') && /^\d+$/.test(s.word(last + 2)) && streetAt(last + 3) && !isPluralNoun(s, last + 5)) return ends.found('address', last + 4, first);
  // A capitalised word before or after makes the number part of a name: "Fox 5", "Artemis 3", "737 Max".
  if (!n.currency && !n.percent && !n.words && !approximate) {
    const possessive = s.has(first - 1) && /['’]s?$/.test(s.text.slice(s.start(first - 1), s.end(first - 1) + 1).trim());
    // "the iPhone 4": a name in camel case is a name too.
    const named = s.capitalized(first - 1) || (s.isWord(first - 1) && CAMEL_CASE.test(s.word(first - 1)));
    // Not a title-case headline's count of what follows its verb: "Fire Destroys 40 Homes", "Acme To Cut 500 Jobs";
    // a name's number stays one ("Windows 11 Users", "Boeing 737 Jets", "Apollo 11 Astronauts").
    const headlineCount = isPluralNoun(s, last + 1) && s.titleCase() && headlineVerbAt(s, first - 1);
    if (named && !possessive && !headlineCount && !MONTHS.has(prev) && !WEEKDAYS.has(prev) && !SENTENCE_OPENERS.has(prev)) return ends.found('name', last, first - 1);
    // Not a place of origin or a party before the people counted: "75 Syrian refugees", "40 Democratic senators".
    // Or a body's initials before its people: "34 UN peacekeepers", "12 NATO troops"; either may come before a
    // compound of people ("34 US service members"), not a model's things ("the 737 MAX jets").
    const peopleAfter = (k: number) => !s.capitalized(k) && (isPeoplePlural(s.lower(k)) || (s.isWord(k) && isRunOf(s.word(k), isLowerCode) && isPeoplePlural(s.lower(k + 1)) && !s.capitalized(k + 1)));
    // So a chamber before its seats or members: "24 Senate seats", "30 House races", "12 Cabinet members".
    const chamber = CHAMBERS.has(s.lower(last + 1)) && isPluralNoun(s, last + 2) && !s.capitalized(last + 2);
    const origin = chamber || (ORIGINS_AND_PARTIES.has(s.lower(last + 1)) && ((isPluralNoun(s, last + 2) && !s.capitalized(last + 2)) || peopleAfter(last + 2))) || (/^\p{Lu}{2,5}$/u.test(s.word(last + 1)) && peopleAfter(last + 2));
    // A scale is no model's: "1.3 billion Roman Catholics" counts people.
    // Nor a plural of initials: "25 MPs", "40 CEOs" count people (not "the 25 MPs on the committee", the story's own,
    // left with the model numbers as before).
    const initialsPlural = /^\p{Lu}{2,}s$/u.test(s.word(last + 1)) && prev !== 'the' && prev !== 'all' && !/['’]s$/.test(prev);
    if (s.capitalized(last + 1) && !isPluralNoun(s, last + 1) && !initialsPlural && !origin && !n.scaled) return ends.found('model', last, first);
    // "The 777 program": a number between an article and a singular noun names the thing.
    if (bareInteger && (prev === 'the' || prev === 'a' || prev === 'an') && s.isWord(last + 1) && isRunOf(s.word(last + 1), isLowerCode) && !isPluralNoun(s, last + 1) && !FUNCTION_WORDS.has(next) && value > 12) {
      return ends.found('model', last, first);
    }
    // "managed a 21757 while the previous one garnered only a 13919", "clocked in at a 126.8": a number after "a"
    // with no noun of its own is a reading or a score, counting nothing.
    if (!n.suffix && !n.scaled && (prev === 'a' || prev === 'an') && (!s.isWord(last + 1) || FUNCTION_WORDS.has(next))) return ends.found('score', last, first);
  }

  if (n.percent) {
    // "the top 2 percent", "the richest 5 percent of savers": a group named by its share, no claim about it.
    if (RANKED_GROUPS.has(prev) && !approximate) return ends.withNoun('bracket');
    // "a step too far in favor of the 1 percent", "we are the 99 percent": the rich and the rest, by a slogan's share.
    // Not a share of those asked: "the 1 percent who preferred him".
    if (prev === 'the' && (value === 1 || value === 99) && (!s.isWord(last + 1) || SLOGAN_SHARE_AFTER.has(next))) return ends.found('bracket');
    if (CONTENTS.has(s.lower(last + 1))) return ends.found('spec', last);
    if (discount(s, prev, last)) return ends.found('price');
    return marketMove(s, first) ? ends.found('market-move') : ends.withNoun('percent');
  }
  if (n.currency) {
    // "clerks earning up to $40,000 a year", "incomes below $30,000", "an income of $45,000 or less": the
    // line that draws a group of earners, no sum anyone was paid.
    if (incomeBracket(s, spanStart, last, approximate)) return ends.found('bracket');
    if (marketMove(s, first)) return ends.found('market-move');
    // "Brent was last at $60.73, down 2.74%": the level a move is quoted from.
    if (s.word(last + 1) === ',' && MOVE_VERBS.has(s.lower(last + 2)) && s.hasDigit(last + 3) && marketMove(s, last + 3)) return ends.found('market-move');
    // "$19.99 a month": what one thing costs over time.
    const per = (s.lower(last + 1) === 'a' || s.lower(last + 1) === 'an' || s.lower(last + 1) === 'per') && /^(?:month|year|week|day|night|hour)$/.test(s.lower(last + 2));
    // Not pay ("Cleaners earn £12 an hour", "earning £9 an hour"), a sum earned, not a price asked.
    // A wage floor is a rule's level, a price of labour set by law ("a minimum wage of £13 per hour").
    const floor = s.anyBefore(spanStart, 4, WAGE_FLOORS);
    if (per && (n.value ?? Infinity) < 100 && (floor || !s.anyBefore(spanStart, 6, PAY_WORDS))) return ends.found('price', last + 2);
    // So without its hour: "raising the minimum wage to $15", "a $15 federal minimum wage": the floor's level.
    if ((n.value ?? Infinity) < 100 && !n.scaled && (floor || s.anyAfter(last, 4, WAGE_FLOORS))) return ends.found('price');
    // "it costs $129", "priced at $999", "$129 for the Founder's Edition", "goes on sale for $799": what one product costs.
    const sum = n.scaled ? Infinity : (n.value ?? Infinity);
    // Not a sum raised for a cause: "has raised more than £1,200 for the hospice".
    // A total raised to a sum is raised too ("raised its total to £5,000 for the family").
    const raisedFor = s.anyBefore(spanStart, 4, FUNDS_RAISED) && (prev !== 'to' || TOTALS.has(s.lower(spanStart - 2)));
    const forTheProduct = s.lower(last + 1) === 'for' && DETERMINERS_OF_PRODUCT.has(s.lower(last + 2)) && !raisedFor;
    const onSale = prev === 'for' && ON_SALE.has(s.lower(spanStart - 2));
    // "an asking price of £325,000", "on the market for $450,000": what one home or thing is offered for, at any sum.
    const asking = (prev === 'of' && s.lower(spanStart - 2) === 'price' && s.lower(spanStart - 3) === 'asking') || (prev === 'for' && s.lower(spanStart - 2) === 'market' && s.lower(spanStart - 4) === 'on');
    if (asking || offeredHome(s, spanStart)) return ends.found('price');
    if (sum < 10000 && (s.anyBefore(spanStart, 2, PRICE_BEFORE) || forTheProduct || onSale)) return ends.found('price');
    // "a starting price of $42,990", "priced at £31,500", "retails for $24,995": a list price, at any sum a shop asks;
    // so is "The car costs $42,990", a price to the unit that no round sum of spending is ("The scheme costs £750,000
    // a year", "The bridge costs £800,000" tell what is spent).
    const listed = (prev === 'of' && s.lower(spanStart - 2) === 'price' && STARTING.has(s.lower(spanStart - 3))) || ((prev === 'at' || prev === 'for') && LISTED_AT.has(s.lower(spanStart - 2)));
    const toTheUnit = prev === 'costs' && !Number.isInteger(sum / 100) && !RATE_AFTER.has(s.lower(last + 1));
    if (sum < 1e6 && (listed || toTheUnit)) return ends.found('price');
    // "Acme Phone 10 Plus for $840": a shopping list's line, a product's name and its price.
    if (sum < 10000 && prev === 'for' && first >= 2 && productNameBefore(s, first - 1)) return ends.found('price');
    // "“Leeds Rising” ($60)", "Acme Racer ($20)": a price set in brackets after a title or a product's name.
    if (sum < 10000 && prev === '(' && s.word(last + 1) === ')' && (/[”"’]$/.test(s.word(first - 2)) || s.capitalized(first - 2))) return ends.found('price');
    // "from $349.99" as a line of its own: a shop widget's price beside a product.
    if (sum < 10000 && prev === 'from' && first === 1 && !s.has(last + 1)) return ends.found('price');
    // "pricing will start at 71,350 euro", "launched at $400": what a product starts or sells at.
    if (prev === 'at' && (STARTING.has(s.lower(spanStart - 2)) || (sum < 10000 && LAUNCHED.has(s.lower(spanStart - 2))))) return ends.found('price');
    // "the $49 Acme adapter": a price set before a product's name.
    if (sum < 10000 && DETERMINERS_OF_PRODUCT.has(prev) && s.capitalized(last + 1) && s.isWord(last + 1)) return ends.found('price');
    // "The $799 phone goes on sale", "Acme's £49 smartwatch", "the new $1,199 laptop": a price before a kind of
    // product; not a sum spent on it ("a £4,500 phone bill", "a £300 laptop allowance").
    const productDeterminer = DETERMINERS_OF_PRODUCT.has(prev) || POSSESSIVE_END.test(prev) || (prev === 'new' && DETERMINERS_OF_PRODUCT.has(s.lower(spanStart - 2)));
    if (sum < 10000 && productDeterminer && PRODUCT_KINDS.has(s.lower(last + 1)) && !SUMS_SPENT.has(s.lower(last + 2)) && !BILLS.has(s.lower(last + 2))) return ends.found('price');
    // "Acme unveils £19.99 smart kettle", "launches a £499 e-bike": a price before the product a firm brings out.
    const launching = UNVEILING.has(prev) || (DETERMINERS_OF_PRODUCT.has(prev) && UNVEILING.has(s.lower(spanStart - 2)));
    // Up to the phrase's end: "a £1,299 laptop with support" is a laptop.
    const phraseEnd = [1, 2, 3].findIndex((d) => !s.isWord(last + d) || PHRASE_STOPS.has(s.lower(last + d)));
    const moneyThing = [1, 2, 3].slice(0, phraseEnd < 0 ? 3 : phraseEnd).some((d) => SUMS_SPENT.has(s.lower(last + d)));
    if (sum < 10000 && launching && s.isWord(last + 1) && !isPluralNoun(s, last + 1) && !moneyThing) return ends.found('price');
    // "a giant $100 bill", "$20 notes": a banknote's or coin's face value names it.
    if (DENOMINATIONS.has(sum) && !approximate && MONEY_PIECES.has(s.lower(last + 1))) return ends.found('label', last + 1);
    // "its $500 price", "a $1,299 price tag".
    if (sum < 10000 && (s.lower(last + 1) === 'price' || s.lower(last + 1) === 'pricetag')) return ends.found('price', last + 1);
    // "knocking $438 off select models", "save $100 on the retail systems": a discount off a product's price.
    // Not a saving over time or by a change, a claim: "Households could save up to £300 a year by switching".
    if (sum < 10000 && (s.lower(last + 1) === 'off' || (SAVING.has(s.lower(spanStart - 1)) && !savedOver(s, last)))) return ends.found('price');
    // "went for $180 on eBay", "$60 on Steam", "€50 in the App Store": what a shop asks.
    const shop = s.lower(last + 2) === 'the' ? last + 3 : last + 2;
    if (sum < 10000 && SHOP_PREPOSITIONS.has(s.lower(last + 1)) && SHOPS.has(s.lower(shop)) && !STAKES.has(s.lower(shop + 1))) return ends.found('price');
    // "a starting price of $2,400".
    if (sum < 10000 && s.lower(spanStart - 1) === 'of' && PRICE_NOUNS.has(s.lower(spanStart - 2))) return ends.found('price');
    // "Cocktails are £11 each", "£75 a head", "£4 per pint": what one of them costs.
    // Not "$115 each month", a sum put aside over time.
    const each = (s.lower(last + 1) === 'each' || s.lower(last + 1) === 'apiece') && !s.isWord(last + 2);
    const perItem = each || ((s.lower(last + 1) === 'a' || s.lower(last + 1) === 'per') && PRICED_UNITS.has(s.lower(last + 2)));
    // Not a change in a price ("Fares are £5 higher", "£30 a head higher"), nor a sum paid out, earned or lost ("The
    // victims received £900 each", "Compensation was £500 a head").
    const unitEnd = each ? last + 1 : last + 2;
    const after = perItem ? unitEnd + 1 : last + 1;
    const charged = !CHANGE_AFTER.has(s.lower(after)) && !s.anyBefore(spanStart, 8, PAYOUT_WORDS) && !(s.lower(after) === 'in' && PAYOUT_WORDS.has(s.lower(after + 1)));
    if (sum < 1000 && perItem && charged) return ends.found('price', unitEnd);
    // "The list price of the Pro model is $3,299": a product's price told with "is"; so is what a ticket, a
    // dish or a room is ("Tickets for the show are £45", "Starters are £7").
    if (sum < 10000 && COPULAS.has(s.lower(spanStart - 1)) && priceSubject(s, spanStart - 1) && charged) return ends.found('price');
    // "At $799, the X5 is good value": the price a verdict opens with; "Fish and chips (£14)": a menu's price in brackets.
    if (sum < 10000 && s.lower(spanStart - 1) === 'at' && spanStart === 1 && s.word(last + 1) === ',' && charged) return ends.found('price');
    if (sum < 100 && s.word(spanStart - 1) === '(' && s.word(last + 1) === ')' && charged) return ends.found('price');
    // "a flat fee of $9.99", "you can pay $10 to unlock it", "the full game for $10": a small sum in a sentence
    // about buying, or one something is had for, is a price.
    if (sum < 100 && (s.lower(spanStart - 1) === 'for' || s.aboutBuying())) return ends.found('price');
    return ends.found('money');
  }
  // "the Nasdaq fell 20 points, or 0.2%, to 8,570.70": the level a named index moved to.
  if (marketMove(s, first)) return ends.found('market-move');
  // "three times as many", "18 times the number"
  // "three times the rate" multiplies; "repeated it three times" is how often, and "retweeted 3,200 times" a count.
  if (next === 'times' && !n.scaled) return ends.found(multipleOf(s, last + 2) ? 'multiple' : value > 10 ? 'count' : 'frequency', last + 1);

  // Counts of the story's own people and things: "the three candidates", "two of the four finalists".
  // A single small cardinal: "three", "12"; not "half a dozen".
  const small = value <= 12 && Number.isInteger(value) && n.first === n.last && !n.scaled && !n.currency && !n.percent;
  if (small && (STORY_DETERMINERS.has(prev) || (STORY_MODIFIERS.has(prev) && STORY_DETERMINERS.has(prev2))) && !casualtiesCounted(s, last + 2, prev)) return ends.found('story-count', last, first);
  // "all 14 companies", "the other 28 people", "the party's top 20": a set the story counts already, however large.
  if (wholeCount && n.first === n.last && !approximate && (prev === 'all' || (WHOLE_SET_MODIFIERS.has(prev) && (STORY_DETERMINERS.has(prev2) || /['’]s$/.test(prev2))))) return ends.found('story-count', last, first);
  // "These 150 deportees", "those 40 workers": a demonstrative points back to a set the story has already counted,
  // however large.
  if (DEMONSTRATIVES.has(prev) && !n.scaled && !n.currency && !n.percent && !approximate) return ends.found('story-count', last, first);
  if (n.value !== undefined && next === 'of' && STORY_DETERMINERS.has(s.lower(last + 2))) {
    const of = wordNumeral(s, last + 3) ?? (s.has(last + 3) && isDigitCode(s.text.charCodeAt(s.start(last + 3))) ? digitNumeral(s, last + 3) : null);
    // "two of the four finalists"; but "about 300 of the 1,200 workers" is a count reported, out of the story's set.
    if (small && !approximate) return ends.found('story-count', last, first);
    if (of && !of.kind && !approximate && value <= 12) return ends.found('story-count', last, first);
  }
  if (small && STORY_DETERMINERS.has(s.lower(first - 1)) === false && s.lower(first - 2) === 'of' && STORY_DETERMINERS.has(prev)) return ends.found('story-count', last, first);
  // "12 of the 40 schools": the whole a count is out of is the story's own set, however large, as its part is.
  if (!n.scaled && !n.currency && !n.percent && STORY_DETERMINERS.has(prev) && s.lower(first - 2) === 'of' && first >= 3 && (wordNumeral(s, first - 3) !== null || /^\d[\d,]*$/.test(s.word(first - 3)))) {
    return ends.found('story-count', last, first);
  }

  if (small && ABSTRACT_COUNTS.has(next)) return ends.found('story-count', last + 1, first);
  // "won at least three primaries: Leeds, Hull and York", "the only two towns – Leeds and Hull – that …": a count the
  // sentence lists name by name right after it, which the reader can count.
  if (small && value >= 2 && listedAfter(s, last + 1, value)) return ends.withNoun('story-count');
  // A number below ten is written in words or in digits by house style alone, and reads the same; but not one
  // that shares a later number's unit ("3, 42 and 17 percent", "by 5 and 10 points") or is below zero. From ten on,
  // words count as digits do (guide): "Twelve pharmacies have closed" is "12 pharmacies".
  const sharesUnit = (next === ',' || next === 'and' || next === 'or') && s.has(last + 2) && (s.hasDigit(last + 2) || s.lower(last + 2) === 'and');
  if (value >= 0 && value < 10 && (n.words || !sharesUnit) && small) {
    // A small number in words counts only when it counts a reported event or comes with "at least", "about"…
    const counted = isPluralNoun(s, last + 1) ? nounGoesOn(s, last + 1) : last;
    // "killed nine and injured 7", "Storms kill 9": a toll counts a reported event, its verb before it or after; a toll
    // of people, not "killed two amendments" or "kill two birds".
    const toll = s.anyBefore(first, 2, TOLL_VERBS) && (counted === last || isPeoplePlural(s.lower(counted)));
    // "Seven pupils suffered cuts": what befell them right after them; not "the father of two suffered".
    // "were treated to a tour" is hospitality.
    const befell = (s.lower(counted + 1) === 'suffered' && s.lower(first - 1) !== 'of') || [1, 2, 3].some((d) => PASSIVE_EVENTS.has(s.lower(counted + d)) && BE_FORMS.has(s.lower(counted + d - 1)) && s.lower(counted + d + 1) !== 'to');
    if (approximate || s.anyAfter(counted, 3, EVENT_WORDS) || EVENT_WORDS.has(s.lower(counted)) || COUNTED_EVENTS.has(s.lower(counted)) || s.anyAfter(counted, 2, COUNTED_EVENTS) || befell || toll) return ends.withNoun('count');
    return isPluralNoun(s, last + 1) ? ends.found('story-count', counted, first) : null;
  }
  return ends.withNoun('count');
}

/** "police officers", "staff members": a plural noun that only qualifies the one after it; the last word counted. */
const nounGoesOn = (s: Sentence, k: number): number => (IRREGULAR_PLURALS.has(s.lower(k)) && isPeoplePlural(s.lower(k + 1)) && !s.capitalized(k + 1) ? k + 1 : k);

// Words that rank a population before the share of it they name: "the top 1 percent", "the richest 10 percent".
const PROVERB_WORDS = set('words');
// Chambers whose seats, races or members a count may name: "24 Senate seats".
const CHAMBERS = set('senate house assembly congressional parliamentary cabinet commons legislative');
// What follows "the 1 percent" named as a class: a conjunction or its verb.
const SLOGAN_SHARE_AFTER = set('and or is are was were has have had get gets got pay pays');
// "half the story", "half the battle", "half the fun", "half the time": sayings, no share of anything counted.
const HALF_IDIOMS = set('time story battle fun');
const RANKED_GROUPS = set('top bottom richest wealthiest poorest highest-earning lowest-earning highest-paid lowest-paid best-paid worst-paid');
const RULE_LINES = set('threshold thresholds cutoff cut-off');
const NEEDED = set('needed required necessary');
/**
 * "a 12 percent threshold", "a threshold of 40%", "the 218 votes needed to pass": the line a rule draws, as a legal
 * penalty is one a law sets; not a sum needed ("$5 million needed to repair it" is someone's estimate).
 */
function ruleLine(s: Sentence, spanStart: number, last: number, currency: boolean | undefined): boolean {
  // "the 218 vote threshold": what the line is counted in may stand between.
  const counting = s.isWord(last + 1) && !s.capitalized(last + 1) && !isPluralNoun(s, last + 1) && RULE_LINES.has(s.lower(last + 2));
  if (RULE_LINES.has(s.lower(last + 1)) || counting || (s.lower(spanStart - 1) === 'of' && RULE_LINES.has(s.lower(spanStart - 2)))) return true;
  const after = isPluralNoun(s, last + 1) ? last + 2 : last + 1;
  if (currency || !NEEDED.has(s.lower(after))) return false;
  // What the count decides: "needed to win", "required for passage"; not "the 200 workers needed to finish the dam",
  // someone's estimate.
  if (s.lower(after + 1) === 'to') return DECIDED_TO.has(s.lower(after + 2));
  // "needed for the Green Party nomination": the outcome within a few words.
  for (let k = after + 2; s.lower(after + 1) === 'for' && k <= after + 5 && s.isWord(k); k++) if (DECIDED_FOR.has(s.lower(k))) return true;
  return false;
}
const DECIDED_TO = set('win clinch secure capture seal pass qualify become override block trigger force approve');
const DECIDED_FOR = set('nomination passage approval victory majority');
const INCOMES = set('income incomes salary salaries wage wages');
const EARNING_OR_GIVING = set('earning making giving donating paying');
/** Whether the sum at `spanStart`…`last` is where an income bracket is drawn: a threshold on incomes or on earners. */
function incomeBracket(s: Sentence, spanStart: number, last: number, approximate: boolean): boolean {
  const orBeyond = s.lower(last + 1) === 'or' && (s.lower(last + 2) === 'less' || s.lower(last + 2) === 'more');
  if (!approximate && !orBeyond) return false;
  const before = s.lower(spanStart - 1);
  if (INCOMES.has(before) || (before === 'of' && INCOMES.has(s.lower(spanStart - 2)))) return true;
  // "workers earning …", "families making …", "donors giving …": people described by what they make or give; not
  // "admitted making …".
  return EARNING_OR_GIVING.has(before) && isPeoplePlural(s.lower(spanStart - 2));
}

const LIST_OPENERS = set(': – — -');
/** The word after the name that opens at j: its capitalised words, "of" between them ("Bank of Leeds"). */
function afterName(s: Sentence, j: number): number {
  while (s.capitalized(j) || (s.lower(j) === 'of' && s.capitalized(j + 1))) j++;
  return j;
}
/**
 * Whether, within a few words after k, a colon or a dash opens a list of exactly `count` capitalised names joined by
 * commas and a last "and" ("… primaries: Leeds, Hull and York").
 */
function listedAfter(s: Sentence, k: number, count: number): boolean {
  let j = k;
  while (j < k + 10 && s.isWord(j) && !LIST_OPENERS.has(s.word(j))) j++;
  if (!LIST_OPENERS.has(s.word(j))) return false;
  let names = 0;
  for (j++; s.capitalized(j); names++) {
    j = afterName(s, j);
    // "…, Hull and York", "…, Hull, and York": the last name after "and" closes the list.
    const and = s.lower(j) === 'and' ? j : s.word(j) === ',' && s.lower(j + 1) === 'and' ? j + 1 : -1;
    if (and >= 0) {
      if (!s.capitalized(and + 1)) return false;
      j = afterName(s, and + 1);
      // The list ends the sentence, or a dash or a comma closes it.
      return names + 2 === count && (!s.has(j) || LIST_OPENERS.has(s.word(j)) || s.word(j) === ',');
    }
    if (s.word(j) !== ',') return false;
    j++;
  }
  return false;
}

/** "Acme, the parent company of Ode, jumped": a name, then a description set off by commas, right before word k. */
function afterAppositive(s: Sentence, k: number): boolean {
  if (s.word(k - 1) !== ',') return false;
  for (let j = k - 2; j >= 1 && k - j <= 10; j--) if (s.word(j) === ',') return s.capitalized(j - 1);
  return false;
}

const QUOTED_PRICE = /^[-+−]?\d[\d,]*\.\d+$/;
const PLAIN_DOLLARS = /^\$\d[\d,]*(?:\.\d+)?$/;
/**
 * "Acme fell $2.40, or 2.1 percent, to $112.30", "Ode Corp. climbed 45 cents, or 0.3 percent, to $151.20": a company's
 * share price moving, told by the wire's whole pattern after the verb at k (sums in millions or billions are
 * accounts, not a share's price).
 */
function shareQuote(s: Sentence, k: number): boolean {
  if (!s.capitalized(k - 1) && !afterAppositive(s, k)) return false;
  let j = k + 1;
  if (PLAIN_DOLLARS.test(s.word(j)) && !(s.lower(j + 1) in SCALES)) j++;
  else if (/^\d+$/.test(s.word(j)) && s.lower(j + 1) === 'cents') j += 2;
  else return false;
  if (s.word(j) !== ',' || s.lower(j + 1) !== 'or' || !s.hasDigit(j + 2)) return false;
  j += 3;
  if (s.lower(j) === 'percent' || s.word(j) === '%') j++;
  if (s.word(j) === ',') j++;
  return s.lower(j) === 'to' && PLAIN_DOLLARS.test(s.word(j + 1)) && !(s.lower(j + 2) in SCALES);
}
/** "The Nikkei fell 1.2%", "Home Depot shares are up about 40%": a named index or share moving. */
function marketMove(s: Sentence, first: number, depth = 0): boolean {
  // "a 38 percent slump in Acme’s share price", "a 2% drop in the Nikkei": the same move told as a noun.
  const moveNoun = MOVE_UNITS.has(s.lower(first + 1)) || s.word(first + 1) === '%' ? first + 2 : s.word(first).endsWith('%') ? first + 1 : -1;
  if (moveNoun > 0 && MOVE_NOUNS.has(s.lower(moveNoun)) && s.lower(moveNoun + 1) === 'in' && marketWordAfter(s, moveNoun + 2)) return true;
  // A quote row, "HD HOME DEPOT INC. 225.86 -12.99 -5.44%": a change signed right after a price.
  if (/^[-+−]\d/.test(s.word(first)) && QUOTED_PRICE.test(s.word(first - 1))) return true;
  // "helped lift the Nasdaq 1.2 percent", "sent the Dow 300 points lower": a share or points right after the market.
  if (MARKET_WORDS.has(s.lower(first - 1)) && (s.word(first).endsWith('%') || MOVE_UNITS.has(s.lower(first + 1)))) return true;
  let k = approximatorStart(s, first) - 1;
  // "rose 29/32 in price to yield 2.25%": a bond's yield is the market's own figure.
  if (s.lower(k) === 'yield' || s.lower(k) === 'yielding') return true;
  // "Acme shares were 3% lower", "Acme's stock ended the session 2% down", "Acme closed 1.5% lower": the move's
  // direction after its size, with shares or an index as the subject, or a company's name before a trading session's
  // verb; not "stock of unsold homes", "Stock levels", "Ticket sales closed 10% higher".
  const direction = s.word(first).endsWith('%') ? first + 1 : MOVE_UNITS.has(s.lower(first + 1)) ? first + 2 : -1;
  // "Acme ended the session 2% down": a trading session between the verb and the size.
  const verbAt = SESSIONS.has(s.lower(first - 1)) && s.lower(first - 2) === 'the' ? first - 3 : first - 1;
  if (direction > 0 && DIRECTIONS_AFTER.has(s.lower(direction)) && (tradedSubjectBefore(s, first - 1) || (SESSION_VERBS.has(s.lower(verbAt)) && s.capitalized(verbAt - 1)))) return true;
  if (s.lower(k) === 'by') k--;
  // "scaled a new all-time high of 40,816", "closed at a record 9,512", "rose to a record": a record level is the
  // market's too.
  if (s.lower(k) === 'of' && RECORD_LEVELS.has(s.lower(k - 1))) k--;
  if (RECORD_LEVELS.has(s.lower(k))) {
    while (k > 0 && RECORD_QUALIFIERS.has(s.lower(k - 1))) k--;
    if (s.lower(k - 1) !== 'a' && s.lower(k - 1) !== 'its' && s.lower(k - 1) !== 'the') return false;
    k -= 2;
    if (s.lower(k) === 'at' || s.lower(k) === 'to') k--;
    return (MOVE_VERBS.has(s.lower(k)) || RECORD_VERBS.has(s.lower(k))) && marketWordBefore(s, k - 1, 4);
  }
  // "the pound rose to $1.22", "closed at 9,512": the level a move reached is read as the move is; so is
  // "…, or 0.3%, to close at 9,512".
  if ((s.lower(k) === 'to' || s.lower(k) === 'at') && MOVE_VERBS.has(s.lower(k - 1))) {
    k--;
    if (s.lower(k - 1) === 'to') k--;
  }
  // "The yen strengthened 0.13% versus the dollar at 108.55 per dollar": the level where a market's move left it.
  if (depth < 2 && s.lower(k) === 'at') {
    for (let m = k - 1; m >= k - 6 && m >= 0; m--) {
      if (s.word(m).endsWith('%') && s.hasDigit(m)) return marketMove(s, m, depth + 1);
      // "closed down 4.1 percent at $17.05".
      if (s.lower(m) === 'percent' && s.hasDigit(m - 1)) return marketMove(s, m - 1, depth + 1);
    }
  }
  // "fell 102 points, or 0.4%, to 27,934": the share and the level of the same move; "rose to $1.12 from $1.11":
  // the level it moved from.
  if (depth < 2 && (s.lower(k) === 'or' || s.lower(k) === 'to' || s.lower(k) === 'from')) {
    for (let m = k - 1; m >= k - 4 && m >= 0; m--) if (s.hasDigit(m)) return marketMove(s, m, depth + 1);
  }
  if (!MOVE_VERBS.has(s.lower(k))) return false;
  if (shareQuote(s, k)) return true;
  // "Acme jumped 14% in early trading": a move the trading day made, whoever's shares.
  const unit = MOVE_UNITS.has(s.lower(first + 1)) ? first + 2 : first + 1;
  if (s.lower(unit) === 'in' && ((s.lower(unit + 1) === 'trading' && s.lower(unit + 2) !== 'with') || (TRADING_SESSIONS.has(s.lower(unit + 1)) && s.lower(unit + 2) === 'trading'))) return true;
  // "Sterling was last trading at $1.29, down 0.2%": the level it is quoted at stands between.
  let from = k - 1;
  // "…, extending gains to 34%": the running total of a move told before the comma.
  if (RUNNING_TOTAL.has(s.lower(from)) && s.word(from - 1) === ',') from -= 2;
  // "The Leeds Freight Index, which tracks the cost of shipping grain, rose 2%": a relative clause between the market
  // and its move may run long and hold numbers of its own ("…, which opened in 1921, rose").
  const relative = s.word(from) === ',' ? relativeOpening(s, from) : from;
  if (relative !== from) from = relative;
  else if (s.word(from) === ',' && s.hasDigit(from - 1)) from -= s.lower(from - 2) === 'at' ? 3 : 2;
  // "a gain for shares, climbing 80%", "Acme shares, up 12% this year, fell": the move set off after the market word.
  else if (s.word(from) === ',' && MARKET_WORDS.has(s.lower(from - 1))) from--;
  // "Acme's stock is off too, down 1.8%": the move set off after a short clause about the market word.
  else if (s.word(from) === ',' && (s.lower(k) === 'up' || s.lower(k) === 'down')) from--;
  // "Shares in Acme, the Leeds carmaker, jumped 14%": an aside between the market and its move.
  else if (s.word(from) === ',') from = asideOpening(s, from);
  // "Shares in online shoe seller Acme fell 22%": the name's description may run longer than the reach.
  if (sharesInDescribed(s, from)) return true;
  from = exchangeBefore(s, from);
  // "Acme shares closed in New York on Tuesday at $185.25, up 0.35%": where and when may stand before the quoted level.
  return marketWordBefore(s, from, from < k - 1 ? 8 : 4);
}
/**
 * "Zinc on the Leeds Metal Exchange LMZN2 gained 0.4%": the exchange a market trades on, with its ticker, ending at
 * `from`, stands between the market and its move. The word before "on", or `from` when none.
 */
function exchangeBefore(s: Sentence, from: number): number {
  let j = from;
  if (!EXCHANGES.has(s.lower(j)) && TICKER.test(s.word(j))) j--;
  if (!EXCHANGES.has(s.lower(j))) return from;
  while (j > 0 && s.capitalized(j - 1) && s.lower(j - 1) !== 'the') j--;
  if (s.lower(j - 1) === 'the') j--;
  return s.lower(j - 1) === 'on' ? j - 2 : from;
}
const TICKER = /^[A-Z][A-Z0-9]{2,6}=?$/;
const EXCHANGES = set('exchange lme comex nymex');
/** "Shares in online shoe seller Acme", ending at `from`: a market word, "in" or "of", lower-case words, then a name. */
function sharesInDescribed(s: Sentence, from: number): boolean {
  let j = from;
  while (j > from - 4 && s.capitalized(j)) j--;
  if (j === from) return false;
  // Words that describe the name: no function word, which would open a phrase of its own ("sales at rival Ode").
  for (let run = 0; run < 5 && s.isWord(j) && !s.capitalized(j) && !s.hasDigit(j) && !FUNCTION_WORDS.has(s.lower(j)); run++) j--;
  return (s.lower(j) === 'in' || s.lower(j) === 'of') && SHARES.has(s.lower(j - 1));
}
const SHARES = set('shares stock stocks');
const RUNNING_TOTAL = set('extending taking bringing paring trimming');
const TRADING_SESSIONS = set('early late morning afternoon midday light heavy thin volatile choppy after-hours extended premarket overnight');
/** The word before an aside that closes with the comma at `close` ("…, the Leeds carmaker,"), or `close` when none. */
function asideOpening(s: Sentence, close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 8; j--) {
    if (s.word(j) === ',') return j - 1;
    if (!s.isWord(j) || s.hasDigit(j)) return close;
  }
  return close;
}
/** The word before a relative clause that closes with the comma at `close` ("…, which runs 300 ships,"), or `close`. */
function relativeOpening(s: Sentence, close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - RELATIVE_ASIDE_MAX; j--) {
    if (s.word(j) === ',') return RELATIVE_OPENERS.has(s.lower(j + 1)) ? j - 1 : close;
    if (!s.isWord(j)) return close;
  }
  return close;
}
const RELATIVE_ASIDE_MAX = 16;
const RELATIVE_OPENERS = set('which who whose');

/** Whether a market word ("shares", "Nikkei") stands among the `reach` words ending at `from`. */
const MOVE_NOUNS = set('plunge drop fall decline rise jump gain surge slide slump rally tumble increase decrease growth spike leap hike');
/** A named market after "in" at `from`: "in the Nikkei", "in Acme Energy's share price", "in its shares", "in shares of Acme". */
function marketWordAfter(s: Sentence, from: number): boolean {
  // A name of one or more words, an owner ("its", "the company's") or "benchmark" may stand before the market's word.
  for (let j = s.lower(from) === 'the' ? from + 1 : from; j <= from + 5 && s.isWord(j); j++) {
    if (s.capitalized(j) && MARKET_WORDS.has(s.lower(j))) return true;
    if (SHARE_WORDS.has(s.lower(j))) return j > from || (s.lower(j + 1) === 'of' && s.capitalized(j + 2));
    if (!(s.capitalized(j) || MARKET_OWNERS.has(s.lower(j)) || /['’]s$/.test(s.lower(j)) || s.hasDigit(j))) return false;
  }
  return false;
}
const MARKET_OWNERS = set('its their his her benchmark');
const SHARE_WORDS = set('share shares stock');
function marketWordBefore(s: Sentence, from: number, reach: number): boolean {
  for (let j = from; j >= 0 && j >= from - reach; j--) {
    // "the euro EUR= up 0.05%": a quote's ticker mark stands between; so does a ticker in brackets, "Nikkei 225 (N225) fell".
    if (s.word(j) === '=') continue;
    if (s.word(j) === ')' && s.word(j - 2) === '(') {
      j -= 2;
      continue;
    }
    // "The Leeds composite fell early on, but was last trading up 0.6%": a second verb of the same subject, after
    // "but" or "and" with no subject of its own, moves the market named before the comma.
    if (s.word(j) === ',' && SAME_SUBJECT_JOINS.has(s.lower(j + 1)) && AUXILIARY_VERBS.has(s.lower(j + 2)) && j + 2 <= from) {
      reach += 8;
      continue;
    }
    if (!s.isWord(j)) return false;
    // "Platinum slipped 1% to $912", "cocoa futures rose 3%": a commodity's price moves as a market's does, when the
    // commodity (or its futures or price) is right before the move, not after an amount of it ("demand for coffee",
    // "yields of sugar beet"); else the reach goes on ("Shares in Acme's nickel unit fell").
    if (COMMODITIES.has(s.lower(j))) {
      const amountOf = (s.lower(j - 1) === 'for' || s.lower(j - 1) === 'of') && VOLUMES.has(s.lower(j - 2));
      if ((j === from || (j === from - 1 && PRICE_WORDS.has(s.lower(from)))) && !amountOf) return true;
      continue;
    }
    // "Oil exports rose 12%", "gold output fell": an amount of the commodity is a statistic, not its market; so is a
    // firm's share of a market ("Acme's market share fell to 18%", "its share of the market fell").
    if (MARKET_WORDS.has(s.lower(j))) return !VOLUMES.has(s.lower(j + 1)) && !shareOfAMarket(s, j);
  }
  return false;
}
/** At j, "market share", "vote share" or the market of "share of the (snack) market": a proportion, not a market that moves. */
function shareOfAMarket(s: Sentence, j: number): boolean {
  if (s.lower(j) === 'market' && s.lower(j + 1) === 'share') return true;
  // "The party's vote share fell 6 points": a share of votes, no market either.
  if (s.lower(j) === 'share' && (s.lower(j - 1) === 'market' || s.lower(j - 1) === 'vote' || s.lower(j + 1) === 'of')) return true;
  for (let k = j - 1; k >= j - 4 && k > 0; k--) if (s.lower(k) === 'of' && s.lower(k - 1) === 'share') return s.lower(j) === 'market';
  return false;
}
const COMMODITIES = set('platinum palladium nickel zinc tin cobalt lithium wheat corn soybeans coffee cocoa sugar cotton lumber');
const PRICE_WORDS = set('futures prices price contracts');
const MOVE_UNITS = set('percent points point');
const DIRECTIONS_AFTER = set('lower higher down up');
const SESSION_VERBS = set('closed ended finished opened traded');
const SESSIONS = set('session');
/** Whether shares, a stock or an index is the subject within six words before k: "Acme shares were", "the Dow ended". */
function tradedSubjectBefore(s: Sentence, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 6; j--) {
    const word = s.lower(j);
    if (!MARKET_WORDS.has(word)) continue;
    // A stock of goods, stock levels, the stock market's sectors.
    // "Stocks in Tokyo" trade; "Stocks in the warehouse" are goods.
    const inAMarket = s.lower(j + 1) === 'in' && s.capitalized(j + 2) && !/['’]s?$/.test(s.word(j + 2));
    return !((word === 'stock' || word === 'stocks') && !inAMarket && (s.lower(j + 1) === 'of' || (s.isWord(j + 1) && !SUBJECT_VERBS.has(s.lower(j + 1)))));
  }
  return false;
}
// What follows a stock that is the subject: "Acme's stock was", "the stock ended".
const SUBJECT_VERBS = set('is are was were has have had closed ended finished opened traded rose fell price prices');
const SAME_SUBJECT_JOINS = set('but and');
const AUXILIARY_VERBS = set('was is were are has had have');
const VOLUMES = set('production output exports imports demand supply supplies reserves consumption shipments sales deliveries inventories use usage');
// A record level a market reaches: "a new all-time high of", "a record", "its lowest close".
const RECORD_LEVELS = set('high low record peak');
const RECORD_QUALIFIERS = set('new all-time record fresh 52-week intraday lifetime');
const RECORD_VERBS = set('hit hits scaled scales touched touches reached reaches set sets marked marks notched notches');
