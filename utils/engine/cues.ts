// Reporting cues: the verbs by which a text ties a claim to a source. Written as lemmas and inflected here, so
// that "concede" brings "concedes", "conceded" and "conceding" and no form is forgotten. The lemmas are the
// verbs of saying, showing, believing, accusing, denying and confirming that annotators of news attribution
// mark most often, grouped by what the cue tells about its subject.

const lemmas = (list: string): string[] => list.trim().split(/\s+/);

/** Saying, writing, asserting and answering: a subject with one of these is a source. */
const SPEECH = lemmas(`
  say tell add state note explain write report announce confirm claim insist warn argue acknowledge testify
  tweet post respond reply deny describe urge stress maintain reiterate admit contend counter emphasize
  emphasise caution recall concede dispute hint assert allege charge accuse complain boast brag joke quip
  remark comment mention declare proclaim pledge promise vow threaten propose recommend advise lament decry
  denounce condemn criticize criticise slam blast praise hail applaud defend dismiss reject rebut
  refute retort demand plead explain elaborate clarify specify detail outline recount relate reveal disclose
  confide confess affirm assure reassure swear predict forecast project estimate calculate tout insinuate
  theorize theorise speculate acknowledge repeat echo counsel object protest scoff mock chide rebuke scold lambaste
  blame credit thank congratulate liken compare characterize characterise label dub brand portray cast
  dismiss downplay concur agree disagree assert signal signify imply announce publicize publicise preach
  vouch attest certify inform notify verify stipulate apologize apologise grumble gripe sneer snap shout
  yell whisper muse ponder observe point quote cite summarize summarise conclude query inquire continue call demur voice conflate identify
  contest express assail trash lobby talk answer remind interject reaffirm invoke raise
  castigate berate excoriate chastise upbraid admonish lampoon deride ridicule laud commend taunt skewer
  opine posit surmise bemoan fume vent divulge aver intone reference retweet herald articulate bark attribute
  moan grouse deplore trumpet crow gush rave pan fault savage relay convey reason exclaim rant snipe venture wager flag brief accept
  bash
`);

/** Showing and finding: documents, data and studies are sources through these. */
const SHOWING = lemmas(`
  show find indicate suggest reveal demonstrate conclude determine establish confirm document list
  compile project measure track record estimate underscore underline highlight illustrate discover corroborate
  count tally link
`);

/** Believing, fearing, hoping: a crowd holding a view is vague attribution; one unnamed person doing so is narrative. */
const COGNITION = lemmas(`
  believe think fear worry expect hope feel doubt suspect assume regard consider view see know understand
  recognize recognise realize realise oppose support prefer want wish reckon sense
  imagine presume anticipate challenge determine wonder ask highlight blame
  fret marvel rejoice despair guess hypothesize hypothesise conjecture perceive interpret
  foresee distrust mistrust detest despise
`);

/**
 * Acts by which a subject takes a stance (endorsing, voting, refusing, attacking), and words of intent, memory or
 * saying too often narrative to credit ("aimed", "remembered", "chanted"). Annotators of attribution count them
 * (PolNeAR's do); the guide does not, as they report no claim to check. They make attributions, never findings.
 */
const STANCE_ACTS = lemmas(`
  endorse vote back attack seek decline refuse decide push offer question express welcome speak discuss
  focus refer remember learn sign aim embrace advocate chant request deem paint rail email like order
  side balk shrug rule
`);

/**
 * Forms of acts and perceptions that make narrative attributions annotators of attribution almost never mark
 * ("speaks at a rally", "voting for", "feels at home", "was seen at the game"): fewer than one in four of them matched a
 * PolNeAR train-split source span. The parser leaves them out of the attributions it reports.
 */
const UNMARKED_ACT_FORMS: ReadonlySet<string> = new Set(lemmas(`
  endorse feels voting speaks support spoken speak seen understands seek find agree
`));
/**
 * "spoke to reporters", "spoke with Reed", "spoke before the vote", "he spoke.": speaking to or with someone, or at a
 * time, with no topic; 7 of 40 such matched a PolNeAR train-split source span, where "spoke about", "spoke on",
 * "spoke out" matched 21 of 26.
 */
const SPOKE_WITHOUT_TOPIC = /^(?:\s+(?:to|with|before|up|in|from|since)\b|\s*[,.;])/u;
/** Whether an act's cue form, with the text right after it, is one of those the parser leaves out. */
export const isUnmarkedAct = (form: string, after: string): boolean => UNMARKED_ACT_FORMS.has(form) || (form === 'spoke' && SPOKE_WITHOUT_TOPIC.test(after));

// Forms a lemma does not make by the usual rules.
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], find: ['found'],
  see: ['saw', 'seen'], foresee: ['foresaw', 'foreseen'], know: ['knew'], feel: ['felt'], swear: ['swore', 'sworn'], put: ['put'],
  forecast: ['forecast', 'forecasted'], read: ['read'], understand: ['understood'], cast: ['cast'], show: ['showed', 'shown'],
  prove: ['proved', 'proven'], tear: ['tore', 'torn'], light: ['lit'], speak: ['spoke', 'spoken'], shoot: ['shot'], hit: ['hit'], cut: ['cut'], seek: ['sought'], make: ['made'], take: ['took', 'taken'], split: ['split'], bear: ['bore', 'borne'],
};
// One-syllable-stressed lemmas that double their last consonant: "admitted", "referring".
const DOUBLING = new Set(['admit', 'cut', 'fret', 'refer', 'prefer', 'concur', 'regret', 'commit', 'confer', 'slam', 'snap', 'quip', 'chat', 'hit', 'rebut', 'demur', 'infer', 'aver', 'defer', 'plan', 'put', 'brag', 'dub', 'shrug', 'split', 'pan', 'flag', 'peg', 'trim', 'rip', 'jab']);

/** A lemma's base, third-person, past and -ing forms. */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  const last = lemma.slice(-1);
  const consonantY = last === 'y' && !/[aeiou]y$/.test(lemma);
  forms.push(consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
  const stem = DOUBLING.has(lemma) ? lemma + last : lemma;
  if (IRREGULAR[lemma]) forms.push(...(IRREGULAR[lemma] as string[]));
  else forms.push(consonantY ? `${lemma.slice(0, -1)}ied` : last === 'e' ? `${lemma}d` : `${stem}ed`);
  forms.push(last === 'e' && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`);
  // British spelling doubles a final "l" after one vowel: "signalled", "labelling", "counselled".
  if (/[^aeiou][aeiou]l$/.test(lemma) && !DOUBLING.has(lemma)) forms.push(`${lemma}led`, `${lemma}ling`);
  return forms;
}

// Lemmas whose base and -s forms are more often nouns or adjectives in news ("the project", "a suspect",
// "the United States", "the document"): only their past and -ing forms are cues.
const NOUN_FIRST = new Set([
  'project', 'suspect', 'state', 'document', 'detail', 'outline', 'record', 'list', 'question', 'charge',
  'doubt', 'post', 'comment', 'object', 'protest', 'credit', 'label', 'brand', 'cast', 'counter', 'signal',
  'quote', 'track', 'measure', 'view', 'support', 'favor', 'favour', 'challenge', 'echo', 'compile', 'put',
  'raise', 'point', 'snap', 'shout', 'mock', 'query', 'brief', 'sense', 'concern', 'cite', 'blast',
  'praise', 'demand', 'promise', 'hope', 'fear', 'worry', 'joke', 'vow', 'slam', 'estimate', 'forecast',
  'report', 'claim', 'tweet', 'repeat', 'wish', 'yell', 'whisper', 'muse', 'hail', 'dub', 'thank',
  'recount', 'add', 'find', 'show', 'determine', 'monitor', 'note', 'compare', 'blame', 'contest', 'lobby', 'trash',
  'talk', 'answer', 'vote', 'back', 'attack', 'offer', 'push', 'express', 'welcome', 'decline', 'focus', 'sign',
  'aim', 'chant', 'request', 'paint', 'rail', 'email', 'like', 'order', 'advocate', 'embrace', 'counsel', 'reference', 'retweet', 'herald', 'bark', 'side', 'attribute',
  'trumpet', 'crow', 'rave', 'grouse', 'despair', 'guess', 'conjecture', 'marvel', 'pan', 'fault', 'savage', 'relay', 'reason', 'rant', 'venture', 'wager', 'flag',
  'remark', 'voice', 'rule', 'count', 'tally', 'bash',
]);
// Nouns among the forms above that earlier rules already read correctly in context, kept as cues.
export const KEPT_BASE_FORMS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'projects', 'notes', 'fear', 'fears', 'forecast', 'forecasts', 'find', 'finds', 'show', 'shows', 'worry', 'hope', 'hopes', 'tweet', 'tweets', 'add', 'adds', 'note', 'blame', 'promise', 'promises', 'praise', 'demand', 'demands', 'determine', 'monitor', 'monitors', 'support', 'supports', 'question', 'questions', 'view', 'views', 'challenge', 'challenges', 'raise', 'raises', 'point', 'points', 'compare', 'compares', 'vow', 'vows', 'wish', 'thank', 'thanks', 'charge', 'charges', 'favor', 'favors', 'repeat', 'repeats', 'cite', 'cites', 'states', 'slam', 'slams', 'praises', 'blasts', 'blames', 'mocks', 'records', 'doubt', 'doubts', 'suspect', 'counter', 'counters', 'voice', 'outlines', 'details', 'lists', 'attribute', 'object']);

// -ing forms that are far more often nouns or adjectives: "their understanding", "a telling sign", "wishful thinking", "a flagging campaign";
// ("warning" is read in context: a verb only as "are warning", ", warning that");
// or prepositions, or a decision weighed rather than a view held: "regarding the plan", "assuming it passes", "the
// council is considering a bid". "telling" and "showing" are read in context instead ("telling reporters", "polls
// showing"; "a telling sign").
const NOUN_ING = new Set(['ruling', 'flagging', 'understanding', 'thinking', 'feeling', 'knowing', 'seeing', 'sensing', 'wanting', 'wishing', 'reading', 'meaning', 'finding', 'recording', 'listing', 'hearing', 'regarding', 'assuming', 'considering']);

function formsOf(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const lemma of list) {
    const forms = inflect(lemma);
    forms.forEach((form, k) => {
      if (k < 2 && NOUN_FIRST.has(lemma) && !KEPT_BASE_FORMS.has(form)) return;
      if (NOUN_ING.has(form)) return;
      out.add(form);
    });
  }
  return out;
}

// Verbal attacks whose verb alone is a blow ("tore the roof off"), read as a cue only when aimed at someone or at what
// they said or did (sources.ts).
const ATTACK_PARTICLE_LEMMAS: Record<string, readonly string[]> = { rip: ['into'], tear: ['into'], light: ['into'], jab: ['at'], swipe: ['at'] };
/**
 * Verbs that report a claim only with their particle: "shot back that", "doubled down on", "lashed out at", "tore into", "made
 * (it) clear that", "took issue with", "as one analyst put it,", "hit out at", "took aim at", "brushed off"; "shot the
 * bird", "made a cake" and "put it on the table" are none.
 */
const PARTICLE_LEMMAS: Record<string, readonly string[]> = {
  shoot: ['back'], fire: ['back'], hit: ['back', 'out'], double: ['down'], lash: ['out'], make: ['clear'], take: ['issue', 'aim'], put: ['it'], peg: ['it'],
  ...ATTACK_PARTICLE_LEMMAS,
  weigh: ['in'], chime: ['in'], cry: ['foul', 'fraud'], brush: ['off'], bear: ['out'], sound: ['off'], laugh: ['off'], wave: ['off', 'away'], play: ['down'],
  // "revised the death toll to 14", "lowered its forecast to 1.2%": an estimate changed to a figure (sources.ts).
  revise: ['to'], lower: ['to'], correct: ['to'], upgrade: ['to'], downgrade: ['to'], trim: ['to'], cut: ['to'], increase: ['to'],
};
/** Each form of the attacks above: "tore into", "jabbed at". */
export const ATTACK_PARTICLE_FORMS: ReadonlySet<string> = new Set(Object.keys(ATTACK_PARTICLE_LEMMAS).flatMap(inflect));
// Base forms of those that are adjectives or nouns far more often ("lower incomes", "the correct figure"): no cue.
const REVISING_BASES = new Set(['revise', 'lower', 'correct', 'upgrade', 'downgrade', 'trim', 'increase']);
/** Each form of a verb above, with the particles that make it a cue ("hit back", "hit out at", "took aim at", "brushed off", "bear out"). */
export const PARTICLE_CUES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(PARTICLE_LEMMAS).flatMap(([lemma, particles]) => inflect(lemma).filter((form) => !REVISING_BASES.has(form)).map((form) => [form, particles] as const)),
);

/**
 * Particles that cues reporting a claim without them may still take, which belong in the cue's span: "pointed out",
 * "spoke out", "wrote back", "spelled out", "laid out", "called out"; and a tag's "went" its "on" ("“…,” Reed went on").
 */
export const OPTIONAL_PARTICLE_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries({ point: ['out'], speak: ['out', 'up'], write: ['back'], spell: ['out'], lay: ['out'], call: ['out'], blast: ['out'] }).flatMap(([lemma, particles]) => inflect(lemma).map((form) => [form, particles] as const)),
  ['went', ['on']],
]);

/**
 * The base forms of the cues, which agree only with a plural or "I", "you", "we", "they" ("growers dispute"); not those
 * that are also their past ("forecast", "cast", "read": "an economist forecast growth").
 */
export const BASE_FORMS: ReadonlySet<string> = new Set([...SPEECH, ...SHOWING, ...COGNITION, ...STANCE_ACTS].filter((lemma) => !IRREGULAR[lemma]?.includes(lemma)));
/**
 * The base and -s forms that `formsOf` leaves out as more often nouns ("jokes", "talks", "suspects", "worries"), read
 * as verbs only right after a subject pronoun that agrees with them ("he jokes", "she talks about", "they favour").
 */
export const NOUN_FIRST_VERB_FORMS: ReadonlyMap<string, 'base' | 'third'> = new Map(
  [...SPEECH, ...SHOWING, ...COGNITION]
    .filter((lemma) => NOUN_FIRST.has(lemma))
    .flatMap((lemma) => inflect(lemma).slice(0, 2).map((form, k) => [form, k === 0 ? 'base' : 'third'] as const))
    .filter(([form]) => !KEPT_BASE_FORMS.has(form)),
);
/** Every form of a verb of saying. */
export const SPEECH_FORMS: ReadonlySet<string> = formsOf(SPEECH);
/** Every form of every reporting cue. */
// "the memo read", "the sign reads"; but "reading" is rarely a cue. "Known" is a reputation ("known as"), not a cue.
export const CUE_FORMS: ReadonlySet<string> = new Set([...formsOf([...SPEECH, ...SHOWING, ...COGNITION]), ...PARTICLE_CUES.keys(), 'concerned', 'read', 'reads']);
/**
 * Verbs of saying that may follow what was said and stand before their speaker: "…, said Reed", "…, explained one
 * aide". Verbs that take a person or a thing as their object do not ("…, praised Reed", "regular, pledged delegates").
 */
export const INVERTING_FORMS: ReadonlySet<string> = formsOf(lemmas(`
  say add write explain note ask reply respond answer recall continue argue insist warn observe remark declare
  state report tweet post confirm claim conclude predict agree concur opine muse wonder joke quip scoff counter
  retort concede acknowledge admit caution complain lament boast brag sneer snap shout yell whisper grumble gripe
  fume interject aver intone recount elaborate clarify assert contend maintain stress emphasize emphasise
  reiterate repeat testify announce proclaim suggest estimate hint promise vow forecast speculate theorize
  surmise posit confess confide counsel demur object protest rebut read remember
`));
// Acts counted in these forms only: "a worker named", "encouraging signs", "passing away" are no acts. "named",
// "passed" and the acts of putting out a record ("issued", "filed") are narrowed further where they are read (sources.ts).
const ACTS_IN_SOME_FORMS = ['named', 'passed', 'passes', 'encouraged', 'championed', 'issued', 'released', 'filed', 'unveiled'];
/**
 * Acts annotators of attribution mark in these forms only, chosen on PolNeAR's train split: each form of some 500
 * candidate verbs, tried alone, kept when its subjects matched at least three more annotated sources, three times in
 * five or better ("published a poll", "pressed for", "distanced himself", "sparred with"). "campaign", "used", "tried",
 * "represent" and nearly all the others fell far short. Dropped after reading what they did to ordinary sentences:
 * "ripped", "favors", "advocate" (a title: "Consumer advocate Ann Marsh"), "talks" ("Peace talks resumed"),
 * "reversed" and "rolled" ("Prices reversed", "Tanks rolled"), "express" and "blast" ("Rockets blast off"). The -ing
 * and past forms are narrowed where they are read (sources.ts, markedActHere).
 */
export const MARKED_ACT_FORMS: ReadonlySet<string> = new Set(lemmas(`
  published pressed knocked promote promotes promoting coined distanced acquiesced pursued presented authorized
  addressing requiring delivering keeping launching reacted nominated avoided sued opted laid withdrew sparred resist
  pronounced pivoted persuaded paints negotiated focuses envisioned disliked disavowed aims allowed
`));
/** Forms of the stance acts that are no reporting cue. */
export const STANCE_ACT_FORMS: ReadonlySet<string> = new Set([...[...formsOf(STANCE_ACTS)].filter((form) => !CUE_FORMS.has(form)), ...ACTS_IN_SOME_FORMS, ...MARKED_ACT_FORMS]);
/** Forms of the verbs of belief and feeling. */
export const COGNITION_FORMS: ReadonlySet<string> = new Set([...formsOf(COGNITION), 'concerned']);

/** Stances a crowd is said to hold, after a copula: "local farmers are more skeptical". */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(lemmas(`
  skeptical sceptical wary worried confident optimistic pessimistic convinced doubtful hopeful supportive
  divided unhappy angry furious frustrated upset nervous alarmed reluctant cautious uneasy fearful opposed
  enthusiastic unconvinced unimpressed adamant dismayed outraged
  split torn eager keen hostile sympathetic receptive resistant disappointed disillusioned
  undecided unsure uncertain ambivalent hesitant apprehensive anxious bullish bearish leery
  surprised satisfied dissatisfied pleased displeased relieved shocked appalled troubled disturbed offended
  startled rattled unnerved spooked irked incensed infuriated
  mad thrilled delighted elated livid irate heartened emboldened
  unpersuaded unmoved frightened terrified afraid jittery skittish ecstatic despondent demoralized demoralised
  dispirited flummoxed incredulous indignant resentful jubilant restive
`));

/** Verbs of a feeling caused in whoever is their object: "the levy angered many farmers". */
export const FEELINGS_CAUSED: ReadonlySet<string> = new Set(lemmas(`
  anger angered angers angering alarm alarmed alarms alarming worry worried worries worrying upset upsets upsetting
  horrify horrified horrifies horrifying frustrate frustrated frustrates frustrating infuriate infuriated infuriates
  infuriating outrage outraged outrages outraging dismay dismayed dismays dismaying rattle rattled rattles rattling
  spook spooked spooks spooking alienate alienated alienates alienating
  surprise surprised surprises surprising shock shocked shocks shocking stun stunned stuns stunning
  disappoint disappointed disappoints disappointing startle startled startles unnerve unnerved unnerves unsettle
  unsettled unsettles irk irked irks enrage enraged enrages incense incensed incenses appall appalled appalls appal appals
  rankle rankled rankles annoy annoyed annoys irritate irritated irritates
`));

/** Stances only before "of": "growers have been critical of the plan", not "critical to his chances". */
export const STANCES_OF: ReadonlySet<string> = new Set(['critical', 'dismissive', 'suspicious', 'distrustful', 'mistrustful', 'contemptuous', 'scornful', 'fond', 'tired', 'weary', 'wary']);

/**
 * Nouns of reaction or of a claim whose holders follow "from", "among" or "by": "criticism from economists", "concerns
 * among experts", "an admission from Ann Marsh that …".
 */
export const REACTION_NOUNS: ReadonlySet<string> = new Set(lemmas(`
  criticism concern concerns fear fears worries doubts complaints calls praise opposition skepticism
  scepticism outrage anger backlash condemnation suspicion speculation warnings allegations accusations
  objections resistance pushback frustration alarm
  allegation accusation admission assertion complaint suggestion prediction predictions claims charges
`));

/** "came under fire from", "came under attack from": blame from whoever follows, when no combatants fire. */
export const UNDER_WHAT: ReadonlySet<string> = new Set(['fire', 'attack']);

/**
 * Views and moods held by a crowd only after "among": "a growing sense among voters that", "the consensus among
 * economists", "unease among many party leaders"; "a sense of humour" and "the view from the hill" hold none.
 */
export const VIEWS_AMONG: ReadonlySet<string> = new Set(lemmas(`
  sense feeling belief consensus perception hope hopes optimism pessimism confidence
  unease anxiety dismay disquiet discontent resentment view views mood
  recognition acceptance excitement enthusiasm relief disappointment dissatisfaction distrust mistrust sentiment
  disillusionment exasperation
`));

/** Nouns that are a claim only with what they hold given: "Reed's answer was that …", "Ode's conclusion that the …". */
export const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'answer', 'reply', 'point', 'message', 'conclusion', 'explanation', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'testimony', 'assessment']);

/** Nouns of a claim held by whoever owns them: "the mayor's claim that …", "in Marsh's view", "his argument that …". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'assertion', 'argument', 'insistence', 'contention', 'allegation', 'accusation', 'accusations', 'prediction', 'view', 'views', 'opinion', 'estimation', 'belief', 'warning', 'promise', 'pledge', 'vow', 'admission', 'suggestion', 'dictum', 'mantra', 'refrain', 'demand', 'demands']);

/**
 * Participles that credit their agent only right before "by": "asked by a reporter", "warned by the government that";
 * blame and praise ("is accused by critics of", "was lauded by analysts"), denial and assent ("the claims were denied by the
 * company", "a view echoed by analysts"), not "praised efforts by the mayor".
 */
export const BY_ONLY: ReadonlySet<string> = new Set<string>([
  'asked', 'warned', 'urged', 'advised', 'assured', 'informed', 'accused', 'blamed', 'praised', 'condemned', 'denounced',
  'lambasted', 'rebuked', 'hailed', 'lauded', 'mocked', 'ridiculed', 'derided', 'disputed', 'slammed', 'blasted',
  'panned', 'dinged', 'dismissed', 'questioned', 'challenged', 'faulted', 'assailed', 'decried', 'floated',
  'contradicted', 'rebutted', 'refuted', 'denied', 'acknowledged', 'echoed', 'told', 'said', 'opposed',
  'excoriated', 'castigated', 'berated', 'chastised', 'skewered', 'savaged', 'applauded', 'commended', 'ridiculed', 'contested',
]);

/** Participles of judging whose verdict stands before the agent: "labeled a tax by opponents", "deemed unfair by critics". */
export const JUDGED_BY: ReadonlySet<string> = new Set<string>(['labeled', 'labelled', 'branded', 'deemed', 'dubbed', 'considered', 'regarded']);
