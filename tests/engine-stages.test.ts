// The engine's stages one by one: cues, crowds, quotations, references across sentences, the sub-spans every
// attribution carries, and the attributions the guide says are none. Sentences are from our labelled set
// (../shared/eval/dev.jsonl, by id) or written to show one rule.
import { describe, expect, test } from 'vitest';
import { analyzeText, type Finding, type FindingKind } from '../utils/engine';
import { CUE_FORMS, inflect } from '../utils/engine/cues';
import { isPeoplePlural } from '../utils/engine/lexicon';
import { findQuotations, lastQuotationEndingBy } from '../utils/engine/quotations';
import { splitSentencesSteps } from '../utils/engine/sentences';
import { capitalisedInText, tokenize } from '../utils/engine/tokens';
import { runSteps } from '../utils/steps';

const spans = (text: string, kind: FindingKind) => analyzeText(text).filter((f) => f.kind === kind).map((f) => f.text);
/** The kind of each finding, in order. */
const kindsIn = (text: string) => analyzeText(text).map((f) => f.kind);
/** The source sub-span of each named finding. */
const namedSources = (text: string) => analyzeText(text).filter((f) => f.kind === 'named-source').map((f) => text.slice(f.source!.start, f.source!.end));
const only = (text: string, kind: FindingKind): Finding => {
  const found = analyzeText(text).filter((f) => f.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
};

describe('cues', () => {
  test.each([
    ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
    ['say', ['say', 'says', 'said', 'saying']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['fret', ['fret', 'frets', 'fretted', 'fretting']],
  ])('%s inflects to %j', (lemma, forms) => {
    expect(inflect(lemma).sort()).toEqual([...forms].sort());
  });

  test.each(['conceded', 'insisted', 'disputed', 'hinted', 'contends', 'acknowledged', 'testified', 'denied', 'castigated', 'berated', 'excoriated', 'derided', 'bemoaned', 'surmised', 'opined', 'blasts', 'blames', 'referenced', 'heralded'])('%s is a cue', (form) => {
    expect(CUE_FORMS.has(form)).toBe(true);
  });

  // Complaints, delight, guesses and joining in, each with a clause or a particle.
  test.each<[string, string]>([
    ['Investors fretted that the bank would cut its dividend.', 'Investors'],
    ['Farmers groused that the fee was unfair.', 'Farmers'],
    ['Fans marvelled that the old ferry still ran.', 'Fans'],
    ['Some traders guessed that the price would fall.', 'Some traders'],
    ['Economists have long hypothesized that the levy slows hiring.', 'Economists'],
    ['Several growers’ groups weighed in, as did the mayor.', 'Several growers’ groups'],
    // How a crowd perceives or interprets something is its view.
    ['Many commuters perceive the toll as a tax.', 'Many commuters'],
    ['Some growers interpret the ruling as a warning.', 'Some growers'],
  ])('a cue no earlier list held: %s', (text, source) => {
    expect(spans(text, 'vague-attribution')).toEqual([source]);
  });

  test.each(['Tom Reed chimed in, noting that the fee was low.', 'Ann Marsh crowed that the vote was hers.', 'Tom Reed recalled 20 years in the Leeds mines.'])('a named speaker joining in or remembering: %s', (text) => {
    expect(spans(text, 'named-source')).toHaveLength(1);
  });

  // One named person's side in a vote or a fight is what they did, no claim; a crowd's support is a view pinned on it.
  test.each<[string, string[]]>([
    ['Tom Reed supported the harbour bill in 2005.', []],
    ['Ann Marsh has opposed the levy since May.', []],
    ['Many growers oppose the levy.', ['vague-attribution']],
    ['Ann Marsh opposed the plan, saying it would close the mill.', ['named-source']],
  ])('a side taken: %s', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  // A claim given by its noun: "Reed's accusation that …" as "Reed's claim that …".
  test.each(["Ann Marsh's accusation that the port hid the spill drew a reply.", 'Tom Reed’s prediction that fares would fall came true.', "Ann Marsh's remarks saying the ferry would stop drew a reply."])('a claim noun: %s', (text) => {
    expect(kindsIn(text)).toEqual(['named-source']);
  });

  // What was said, and all that was: "would only say that", "could only quip"; what one would or could say is not said.
  test.each<[string, string[]]>([
    ['Asked about the vote, Ann Marsh would only say that it was close.', ['named-source']],
    ['Tom Reed could say only that the ferry was late.', ['named-source']],
    ['A spokesman for the Hull port authority could only quip: “Ask the tides.”', ['named-source']],
    ['Ann Marsh could say that the vote was close.', []],
    ['Ann Marsh would only say so if asked.', []],
    // What one is able or allowed to say is no one's words.
    ['Voters can only say yes or no to the levy.', []],
  ])('said and no more: %s', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  // A verdict in the passive with its agent after it, quoted or not; a summons, a name given, or a quotation's own
  // "by" is no such agent.
  test.each<[string, string[]]>([
    ['The levy has been called a giveaway by Tom Reed, a professor at Hull.', ['named-source']],
    ['The levy was called “a giveaway” by Ann Marsh.', ['named-source']],
    ['Tom Reed was called to testify by the panel.', []],
    ['The levy was called a giveaway last month by several economists.', ['vague-attribution']],
    ['The police were called at about 2am by a neighbour.', []],
    ['The new town was called Reedville by its settlers.', []],
  ])('called by an agent: %s', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  test('a spokesman calling something a quotation with "by" in it is still the speaker', () => {
    const text = 'His spokesman, Tom Reed, called the claims “a smear by a council that has lost its way.”';
    expect(analyzeText(text).map((f) => [f.kind, f.text])).toEqual([['named-source', 'Tom Reed']]);
  });

  // A named court's ruling that something is so is its claim; ruling something out or for someone is an act, and an
  // unnamed judge's ruling is public record, told by no informant.
  test.each<[string, string[]]>([
    ['The Hull County court ruled that the map was drawn unfairly.', ['named-source']],
    ['Judge Ann Marsh ruled that 40 percent of the seats must be redrawn.', ['named-source']],
    ['Judge Ann Marsh ruled out a second trial.', []],
    ['The Hull County court ruled in favour of the port.', []],
    ['A judge ruled that the count must go on.', []],
  ])('a ruling: %s', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  // What a crowd sees something as is its judgment, even fronted by "what".
  test.each(['The mayor now faces what many see as a crisis of trust.', 'The levy is what most growers see as a tax on the poor.', 'The mayor faces what some call a crisis of trust.'])('a judgment seen or named: %s', (text) => {
    expect(kindsIn(text)).toEqual(['vague-attribution']);
  });

  // Nouns first: only their past and -ing forms are cues.
  test.each(['project', 'suspects', 'state', 'document', 'record', 'crow', 'crows', 'rave', 'guess'])('%s alone is not a cue', (form) => {
    expect(CUE_FORMS.has(form)).toBe(false);
  });
});

describe('crowds by structure', () => {
  test.each([
    ['farmers', true],
    ['economists', true],
    ['residents', true],
    ['investors', true],
    ['donors', true],
    ['papers', false],
    ['documents', false],
    ['numbers', false],
    // A role behind a prefix is still people; a thing behind one is not.
    ['superdelegates', true],
    ['ex-diplomats', true],
    ['nonwhites', true],
    ['nonprofits', false],
    ['supermarkets', false],
  ])('%s names people: %s', (word, people) => {
    expect(isPeoplePlural(word)).toBe(people);
  });

  test('a name that ends like a crowd stays a name', () => {
    expect(isPeoplePlural('peters', false)).toBe(false);
  });

  // One unnamed person by a profession no list holds, read by its ending as a crowd is; views and things that end
  // in "-ist" or "-ian" are no profession.
  test.each<[string, string[]]>([
    ['A local pediatrician said lead levels in the town were high.', ['A local pediatrician']],
    ['One epidemiologist told reporters the count was low.', ['One epidemiologist']],
    ['A hospital psychiatrist warned that the wards were full.', ['A hospital psychiatrist']],
    ['A demographer who asked not to be named said the census was late.', ['A demographer who asked not to be named']],
    ['A dentist in Hull said the fluoride plan was sound.', ['A dentist in Hull']],
    ['A co-host said the show would end in May.', ['A co-host']],
    // Roles that news of rescues and of software flaws quotes.
    ['A rescuer told reporters the cave was flooded.', ['A rescuer']],
    ['A programmer who found the flaw said anyone could use it.', ['A programmer who found the flaw']],
    // Roles that crime and war reporting quotes.
    ['A bouncer who asked not to be named said the fight began inside.', ['A bouncer who asked not to be named']],
    ['An infantryman said the shelling went on all night.', ['An infantryman']],
    // Anonymity asked right after an inverted tag is the speaker's, one informant, not a second.
    ['The deal is off, said the people, who asked not to be named.', ['the people']],
    // So is anonymity granted right after the verb: a crowd that asked for it is informants.
    ['Diplomats said on condition of anonymity that the fishing talks had stalled.', ['Diplomats']],
    ['Growers said anonymously that prices had been fixed.', ['Growers']],
    // Roles that farm and immigration reporting quotes, and a name withheld in so many words.
    ['A beekeeper near Leeds said half her hives had died.', ['A beekeeper near Leeds']],
    ['A caseworker said the office had lost the files.', ['A caseworker']],
    // Trades of the land, the shop, the workplace and faith.
    ['A crofter near Leeds said the lambs came early.', ['A crofter near Leeds']],
    ['One stallholder said trade had never been worse.', ['One stallholder']],
    // Counted people of a body the story names, as "Two Acme employees".
    ['Two porters at the Hull Infirmary told the Post that beds ran out.', ['Two porters at the Hull Infirmary']],
    ['A picket outside the depot said the offer was an insult.', ['A picket outside the depot']],
    ['A chaplain at the prison said the wing was overcrowded.', ['A chaplain at the prison']],
    ['A passer-by said the scaffold fell at noon.', ['A passer-by']],
    ['A whistleblower said the ward hid its errors.', ['A whistleblower']],
    // A noun for a person that no list holds, known from the lexicon: a trade, a craft, a crew.
    ['A deckhand said the nets came up empty.', ['A deckhand']],
    ['One milliner told the Leeds Post that orders had halved.', ['One milliner']],
    // With a name set beside it, named.
    ['One prominent critic, veteran columnist Ann Marsh, said the levy was unfair.', []],
    // A trade that is as often a surname stays a name.
    ['Hunter, meanwhile, told the Leeds Post he backed Reed.', []],
    ['One grower, who asked that his name not be used, said prices fell.', ['One grower, who asked that his name not be used']],
    // Withholding the name is asking not to be named, even of someone whose office would name them.
    ['The depot’s head of security, who declined to give his name, said the gate was open.', ['The depot’s head of security, who declined to give his name']],
    // A contracted "didn't" asks anonymity as "not" does, whatever the description before it names.
    ['Another Methodist who prays at the Leeds Chapel and who didn’t wish to be named said the roof leaked.', ['Another Methodist who prays at the Leeds Chapel and who didn’t wish to be named']],
    ['Another child responded, “That is the mayor’s house.”', ['Another child']],
    ['A young boy shouted that the bus was late.', ['A young boy']],
    // A live blog's time opening the entry is no part of who speaks.
    ['11:05 GMT A spokesman said the road would stay shut.', ['A spokesman']],
    ['2.30pm A deckhand said the nets came up empty.', ['A deckhand']],
    ['10 a.m. ET A deckhand said the nets came up empty.', ['A deckhand']],
    ['A tourist brochure said the pier was safe.', []],
    ['The checklist says the ferry must be inspected.', []],
  ])('an unnamed role: %s', (text, sources) => {
    expect(spans(text, 'anonymous-source')).toEqual(sources);
  });

  test('a profession first described without a name stays unnamed when the article comes back to it', () => {
    expect(spans('A pediatrician at the clinic said lead levels were high. The pediatrician added that tests go on.', 'anonymous-source')).toEqual([
      'A pediatrician at the clinic',
      'The pediatrician',
    ]);
  });

  test.each<[string, string]>([
    ['Farmers said the drought was the worst in decades.', 'Farmers'],
    ['Some economists argue rates will fall.', 'Some economists'],
    ['Many investors remain wary of the plan.', 'Many investors'],
    ['Residents told reporters the water was brown.', 'Residents'],
    ['Local farmers are more skeptical of the scheme.', 'Local farmers'],
    ['Farmers tend to say the levy is unfair.', 'Farmers'],
    // A page's soft hyphen inside the crowd's noun hides nothing.
    ['Offi\u00adcials said the water was brown.', 'Offi\u00adcials'],
    // A whole people in the singular: not a named body however "the" points.
    ['The public says the ferry should keep running.', 'The public'],
    ['The Welsh public believes the ferry should keep running.', 'The Welsh public'],
    // So are a people's circles, the singular collectives of a crowd.
    ['The farming establishment believes the levy will be scrapped.', 'The farming establishment'],
    ['The medical community agrees the ward should stay open.', 'The medical community'],
    ['The party elite fears the levy will cost seats.', 'The party elite'],
    // A field of knowledge opening the sentence is an authority no one could be asked.
    ['Sociology tells us that such towns never recover.', 'Sociology'],
    ['Psychology shows that levies like this one fail.', 'Psychology'],
    // A preprint is a study no one is named for, as "a study" is.
    ['A video shows the mayor shouting at the crowd.', 'A video'],
    ['A preprint suggests the variant spreads faster.', 'A preprint'],
    // People whose work is finding things out report a finding, with no "that" after the verb.
    ['Researchers found the drug works.', 'Researchers'],
    ['For the first time, zoologists had found one use for the gland.', 'zoologists'],
    // Any adverb in "-ly" between the copula and the stance.
    ['Senior growers are privately furious.', 'Senior growers'],
    ['Millers were visibly uneasy about the levy.', 'Millers'],
    // Or an adverb of time between the copula and the stance; and a feeling of surprise or content is a view too.
    ['Millers were already skeptical of the levy.', 'Millers'],
    ['Many growers were surprised by the vote.', 'Many growers'],
    // A start or a shake the crowd was given is a feeling of theirs as well.
    ['Across the valley, millers have been startled by the levy.', 'millers'],
    ['Some growers were visibly rattled by the vote.', 'Some growers'],
    ['Other millers are still not satisfied by his answer.', 'Other millers'],
    ['Many voters remain undecided.', 'Many voters'],
    ['Some growers are ambivalent about the levy.', 'Some growers'],
    ['Several growers were hesitant to sign the deal.', 'Several growers'],
    ['Teachers, historically, have criticized the exam board.', 'Teachers'],
    ['The budget drew criticism from economists who called it reckless.', 'economists'],
    // dev.jsonl 9f95a46f9e, 181c48e7e5, 4ae92218b8
    ['Wall Street predicted $2.52 a share.', 'Wall Street'],
    ['Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many as 80 by 2022.', 'Analysts'],
    ['The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say officials.', 'officials'],
    // Nationalities as crowds; adverbs of frequency and asides between a crowd and its verb.
    ['Many Canadians fear the tariffs will stay.', 'Many Canadians'],
    ['Many Britons believe the rail fare is too high.', 'Many Britons'],
    // Railing against, balking at or welcoming something, a crowd voices a view; one named person acts.
    ['Many growers railed against the levy at the meeting.', 'Many growers'],
    ['Environmentalists welcomed the council’s plan to close the plant.', 'Environmentalists'],
    ['Some shopkeepers balked at the new parking fees.', 'Some shopkeepers'],
    // People of a state or a city, who are no one to check: "Texans say" names no one.
    ['Texans say the toll road has cost too much.', 'Texans'],
    ['Most New Yorkers fear the fare will rise again.', 'Most New Yorkers'],
    ['The bridge will close for a year, Londoners were told, and many Londoners doubt it.', 'many Londoners'],
    ['Several congressmen argue that the base should stay open.', 'Several congressmen'],
    // A capitalised plural opening the sentence, with a plural verb, is a crowd ("Peters says" is a name).
    ['Shopkeepers complain that trade has fallen.', 'Shopkeepers'],
    // With a verb in the past, whose "-s" cannot tell a crowd from a surname ("Peters claimed"): crowds the list knows.
    ['Rebels claimed to have taken the town.', 'Rebels'],
    ['Villagers claimed that the water was poisoned.', 'Villagers'],
    ['Refugees said the camp was full.', 'Refugees'],
    ['Commuters have complained about the delays for months.', 'Commuters'],
    // Plurals with no "s" take a bare verb of their own.
    ['Fishermen worry that the quotas will shrink.', 'Fishermen'],
    // Crowds whose nouns have no agent's ending.
    ['Deficit hawks have warned for years that the debt would bite.', 'Deficit hawks'],
    ['Many seniors say the bus cuts hurt.', 'Many seniors'],
    ['Rabbis in Leeds said the new rota was unfair.', 'Rabbis in Leeds'],
    ['Some landlords argue that the cap is unfair.', 'Some landlords'],
    // A crowd's hope is a view held, though a named person's is no claim.
    ['Many growers hope the frost will spare them.', 'Many growers'],
    ['Economists often say the figure is misleading.', 'Economists'],
    ['Many tenants, including some large families, have strongly opposed the rent rise.', 'Many tenants'],
    ['Federal auditors have also discovered that the accounts were altered.', 'Federal auditors'],
    ['But some who follow the market argue that prices will fall.', 'some who follow the market'],
    ['The plan was criticised by teachers elsewhere in the county.', 'teachers elsewhere in the county'],
    // Any verdict with its agent: blame after "by", or a label or judgement before it.
    ['The ferry plan was slammed by growers in Hull.', 'growers in Hull'],
    ['The mayor got dinged by farmers over the delay.', 'farmers'],
    ['The levy was labelled a tax on farms by opponents.', 'opponents'],
    ['Some of the rules - deemed too weak by growers - were dropped.', 'growers'],
    // Praise or blame with no one doing it.
    ['The board has been roundly criticized over the delays.', 'been roundly criticized'],
    ['As mayor she was lambasted as timid.', 'was lambasted'],
    // A name put about, a reputation held, with no one putting it or holding it.
    ['Reed has often been mentioned as a likely chair of the board.', 'mentioned as'],
    ['Ann Marsh, whose name is floated as a likely mayor, said nothing.', 'floated as'],
    ['The ferry has long been considered a lifeline for the island.', 'considered'],
    // Talk with no one talking.
    ['Rumours swirled that the coach would quit.', 'Rumours swirled that'],
    // A crowd's expectation, in its possessive.
    ['Hull Bank’s profit beat analysts’ forecasts on Friday.', 'analysts’ forecasts'],
    ['The harvest fell short of economists’ expectations.', 'economists’ expectations'],
    // And with what the talk is about before its verb.
    ['Rumours of a takeover have circulated for weeks.', 'Rumours of a takeover have circulated'],
    ['Reports of looting at the port surfaced on Monday.', 'Reports of looting at the port surfaced'],
    ['Conventional wisdom holds that turnout will be low.', 'Conventional wisdom holds that'],
    ['Word is that the ferry will stop in May.', 'Word is that'],
    ['Rumor has it that the ferry will stop in May.', 'Rumor has it that'],
    ['Nearly everyone agrees the ferry timetable is a mess.', 'everyone agrees'],
    // Doubts and blame with no one voicing them; an agent, or a literal fire, is no such talk.
    ['Questions have been raised over the ferry’s fares.', 'Questions have been raised'],
    ['It has been suggested that the council hid the accounts.', 'It has been suggested that'],
    ['The ferry board came under fire over its timetable.', 'came under fire'],
    // Quantifiers alone, object relatives, hyphens as dashes, free relatives of saying.
    ['Most believe the plant will close.', 'Most'],
    ['Many fear the plant will close.', 'Many'],
    ['He is a coach who many club members openly oppose.', 'many club members'],
    ['He swims each morning - a habit of decades - and others say it keeps him young.', 'others'],
    ['It was not how most economists viewed the levy.', 'most economists'],
    ['Some experts have urged the council to wait.', 'Some experts'],
    ['Others call it a tax on the poor.', 'Others'],
    // A crowd described by what it is doing, the participle's phrase running to the verb.
    ['Farmers living near the river said the water was brown.', 'Farmers living near the river'],
    // Or by being sought out for comment, an aside of who among them included; or as the writer's own interviewees.
    ['Voters interviewed on Monday said they were tired of the levy.', 'Voters interviewed on Monday'],
    // (With a member named, "including Mr. Ode", they are a named source.)
    ['But many local growers interviewed at the market in Leeds, including one retired teacher, said prices were low.', 'many local growers interviewed at the market in Leeds, including one retired teacher'],
    ['Several people I have spoken with this month said the ferry would stop.', 'Several people I have spoken with this month'],
    ['Most of the traders I spoke to said the fee was unfair.', 'Most of the traders I spoke to'],
    // A dash opening the sentence is no part of the phrase.
    ['“Will it rain?” - Farmers in Hull who grow wheat said they would wait.', 'Farmers in Hull who grow wheat'],
    // Nor is a live blog's time opening its entry.
    ['14:20 GMT Analysts say the pound will fall.', 'Analysts'],
    ['10:50 Analysts say the pound could fall further.', 'Analysts'],
    ['14.20 Analysts say the pound could fall further.', 'Analysts'],
    ['15:05 Unconfirmed reports say the bridge has closed.', 'reports'],
    // Or by a relative clause of "whose" or a contracted "who".
    ['Parents whose schools were shut say the plan is unfair.', 'Parents whose schools were shut'],
    ['Farmers who’d planted wheat said the frost spared them.', 'Farmers who’d planted wheat'],
    ['Farmers, in turn, say the fee is the problem.', 'Farmers'],
    // People in public life are figures too; a nation's or a record's figures are numbers.
    ['Even so, some Labour figures declared that Reed was unstoppable.', 'some Labour figures'],
    // An industry's figures are its people or its tallies, named by no one either way.
    ['Industry figures say the levy will close small mines.', 'Industry figures'],
    ['Growers have in particular objected to the cost of the levy.', 'Growers'],
    ['But growers in particular wish the council had waited.', 'growers'],
    // Or by "that" and a verb after a crowd; a record by when it was filed or run.
    ['Farmers that sued the council said the fee was unfair.', 'Farmers that sued the council'],
    ['Groups that support the plan say it is fair.', 'Groups that support the plan'],
    ['A complaint filed in March says the charity made a loss.', 'A complaint filed in March'],
    // Nationalities joined by a hyphen name a crowd, not someone.
    ['In Hull, Asian-American farmers mostly support the levy.', 'Asian-American farmers'],
    ['Mexican-Americans say the plan is unfair.', 'Mexican-Americans'],
    // Unnamed bodies in the plural speak as a crowd.
    ['Several advocacy groups said the plan was unfair.', 'Several advocacy groups'],
    ['Multiple outlets reported that the council had met.', 'Multiple outlets'],
    ['Nearly 300 schools closed for the rally, according to teachers unions.', 'teachers unions'],
    // Research no one is named for is as vague as a study; someone's is named.
    ['Now research shows the opposite is true.', 'research'],
    ['Research suggests the opposite is true.', 'Research'],
    // Another record, unnamed, is as vague as "a study".
    ['Another ranking says he is not a billionaire at all.', 'Another ranking'],
    // Whose critics or friends they are is no body they speak for.
    ['Critics of Tom Reed say the plan is a tax on the poor.', 'Critics of Tom Reed'],
    // A survey of insiders is a survey, not an insider telling the reporter.
    ['A study of hospital insiders finds that the wards are short of beds.', 'A study of hospital insiders'],
    ['Former prosecutors said the inquiry was rushed.', 'Former prosecutors'],
    // Plurals of roles opening the sentence are crowds, not surnames.
    ['Teammates said he was quiet before the final.', 'Teammates'],
    ['Principals say the new timetable is too tight.', 'Principals'],
    // What a crowd stands against is not its head.
    ['Campaigners against the arms trade said the rules were ignored.', 'Campaigners against the arms trade'],
    // A public at a named place speaks for no body there; firms of a trade, plural, are a crowd of them.
    ['Travellers at Leeds airport said queues stretched for hours.', 'Travellers at Leeds airport'],
    // Nor do worshippers or mourners at a named church, nor a public doing something there, nor a crowd questioned there.
    ['Mourners at St Anne’s church said he had been kind to everyone.', 'Mourners at St Anne’s church'],
    ['Fans leaving Wembley said the team had let them down.', 'Fans leaving Wembley'],
    ['Farmers interviewed in Tillbury said the rains came late.', 'Farmers interviewed in Tillbury'],
    // However long the place: the phrase is read back to the crowd its participle follows.
    ['Parents questioned by the Hull Post outside a primary school in Leeds said the app was everywhere.', 'Parents questioned by the Hull Post outside a primary school in Leeds'],
    ['Supermarkets blame the weather for the shortage.', 'Supermarkets'],
    // A trade as a whole is a category of firms; "nonetheless" stands between a crowd and its verb as "still" does.
    ['The rail industry says 4,000 drivers are needed.', 'The rail industry'],
    ['Drivers nonetheless complain that the tolls are too high.', 'Drivers'],
    // A cause pinned on no one, and what markets are said to expect.
    ['The decline of the bees is widely blamed on pesticides.', 'widely blamed'],
    ['Traders are betting that the bank will cut rates twice.', 'Traders are betting'],
    ['Money markets are pricing in two cuts this year.', 'markets are pricing in'],
    ['Markets now see two rate cuts by June.', 'Markets'],
    // Those who run or work in bodies of a kind are no body's voice on the record.
    ['Hospital bosses warned that waiting lists would grow.', 'Hospital bosses'],
    ['Airline pilots say the new rosters are unsafe.', 'Airline pilots'],
    // Plurals of trades opening a sentence are crowds, not surnames, whatever the tense of their verb.
    ['Builders blamed the delays on a shortage of bricks.', 'Builders'],
    // A record with nothing to look it up by is vague, as "a study" is.
    ['An inspection found 60 lapses in six months.', 'An inspection'],
    // "those" with where they stand is a crowd, as "people around him" is.
    ['Those around the mayor concede that a third term looks unlikely.', 'Those around the mayor'],
    ['Those behind the levy insist it will pay for itself.', 'Those behind the levy'],
    // Crowds of any noun for a person, by the lexicon; and a share of a crowd speaks as the crowd.
    ['Some seamstresses said the piece rate was cut.', 'Some seamstresses'],
    ['Some deckhands say the catch has never been worse.', 'Some deckhands'],
    // Two trades joined before one crowd; owners of a kind of body.
    ['But pub and restaurant owners say the curfew will ruin them.', 'pub and restaurant owners'],
    ['Club owners say the licence fee doubled.', 'Club owners'],
    // Local radio is any of many stations, as local media are.
    ['Local radio reported that the bridge had gone.', 'Local radio'],
  ])('vague: %s', (text, phrase) => {
    expect(spans(text, 'vague-attribution').join(' | ')).toContain(phrase);
  });

  test('"widely condemned" after its crowd is the crowd\u2019s verb, not a second finding; with no crowd it is one', () => {
    expect(spans('Ferry unions widely condemned the plan.', 'vague-attribution')).toEqual(['Ferry unions']);
    expect(spans('The plan was widely condemned.', 'vague-attribution')).toEqual(['was widely condemned']);
  });

  test.each([
    // A crowd after one thing its clause is about: the thing is no part of the crowd.
    ['Rents doubled, a rise critics say drove families out.', ['critics']],
    ['The levy fell, a change growers attribute to the drought.', ['growers']],
    // Nor a count of the crowd.
    ['Leeds sent 40 delegates; another 12 delegates say they will stay home.', ['another 12 delegates']],
  ])('a crowd after one thing is read alone: %s', (text, expected) => {
    expect(spans(text, 'vague-attribution')).toEqual(expected);
  });

  test.each([
    'Peters said the harvest was far from over.',
    'Ann Marsh, the council leader, has repeatedly likened the scheme to a tax.',
    'Councillor Tom Reed on Tuesday praised the second audit.',
    'The council is divided, as Reynolds’ spokesman admitted on Monday.',
    'Tom Reed called them cowards.',
    'Ann Marsh calls herself a centrist.',
    'Acme have twice denied doing anything wrong.',
    // British spelling; a rebuttal, a doubt voiced, a stance kept.
    'The minister signalled that talks could resume.',
    'Tom Reed pushed back on the claim.',
    'Tom Reed pushes back on the claim.',
    'Ann Marsh questioned whether the plan would work.',
    'Ann Marsh questioned the cost of the plan.',
    'Ann Marsh doubled down on her remarks.',
    'Figures released by the agency show that prices rose.',
    'The Reed campaign calls this a poor excuse.',
    'Ann Marsh’s office called the whole levy a tax on farmers.',
    'Ann Marsh shot back that the audit was wrong.',
    // Several asides, or dashes, between a name and its verb.
    'Ann Marsh, 58, who farms near Leeds, says the drought is the worst in decades.',
    'Tom Reed — a nurse in Hull — says the exam was fair.',
    'Ann Marsh, whose firm built the bridge, predicted a late opening.',
    // The clause's subject speaking again, and a passive of quoting.
    'Tom Reed praised the volunteers and said the count was fair.',
    'Ann Marsh is quoted as saying the count was fair.',
    'The row began with Tom Reed’s declaring that the count was wrong.',
    'Ann Marsh, the author of "Tides", said the book was late.',
    'Asked about the count, Tom Reed demurred: “Ask the clerk.”',
    // Whose claim it is.
    'The row turned on Ann Marsh’s claim that the count was wrong.',
    'In Professor Marsh’s view, the count was wrong.',
    'Tom Reed’s insistence that the count was wrong delayed the result.',
    // A verb that lends its subject to the verb of saying after it.
    'Ann Marsh appeared to suggest that the count was wrong.',
    // A transcript, a copy or a recording of something in view is a record a reader can find.
    'A transcript of the hearing shows the mayor knew.',
    'The mayor knew, a copy of the memo shows.',
    // An op-ed, a column or a podcast in a named outlet, or someone's, is a document a reader can find.
    'A Leeds Post op-ed argued the levy was unfair.',
    'A column in the Leeds Post argued the levy was unfair.',
    // An answer, a point or a conclusion whose content is given.
    'Ann Marsh’s reply was that the count was off.',
    'Tom Reed’s point is that the count was wrong.',
    'Ann Marsh’s conclusion that the count was wrong stood.',
    // So are comments, remarks, a statement or testimony ("his remarks that …"), where no verb of saying had them as
    // its medium ("said in her remarks that …" is the verb's).
    'The row turned on Tom Reed’s remarks that the count was wrong.',
    'Anger followed Ann Marsh’s statement that the pier was safe.',
    // Records a name owns are its records ("Acme’s estimates"), where its critics are no one's.
    'Acme’s initial estimates show that 80,000 voters turned out.',
    'The row turned on Ann Marsh’s assertion that the count was wrong.',
    // A name beside a description says more than the description.
    'The county’s chief planner, Ann Marsh, said on Tuesday that the road would close.',
    'Reuters reported the deal on Monday.',
    // A body's spokesperson on the record, the body after the role.
    'A spokesman for the council said the road would close.',
    // So for one thing of any kind the story is about, which lists of bodies never end.
    'A spokeswoman for the festival said 4,000 tickets were sold.',
    'A spokesman for the harbour board said the quay would reopen.',
    // A police force's, as a police spokesman.
    'Police seized 40 dogs in the raid, a force spokeswoman said.',
    // The owners of a body the story names, as its executives.
    'The Vault will shut in May, the club’s owners said.',
    // A state's one broadcaster, as its news agency.
    'The envoy was recalled on Monday, state television reported.',
    'Iranian state radio said the border would reopen.',
    // "per" before a source, as "according to".
    'Per the agency, the road will close in May.',
    // People of bodies "both" or "the two" point back to.
    'Acme agreed to buy 30 jets from Leeds Air, executives of both companies announced on Wednesday.',
    'Acme and Leeds Air signed the deal on Friday. The two companies’ chief executives said it would close in May.',
    'Talks broke down again, both countries’ foreign ministers said.',
    // What someone described as something, fronted, is theirs.
    'The server, which Tom Reed described as an open door, was old.',
    // A relative of someone named speaks as a named source.
    'The harvest was the worst in years, his brother added.',
    // A relative clause of a body runs to its verb, however many commas it holds.
    'Acme, which makes tractors in Leeds, Ohio, said the plant would close.',
    // An aside typed with two hyphens.
    'The mayor -- who has run the town since May -- said the dredging came too late.',
    // One capital after a quotation's verb of saying is a name, whatever else the word can be.
    '“The road is a good idea,” said Black, a builder in Hull.',
    // Judges of a court the story is about, as prosecutors are; an aside of two words between them and the verb.
    'The judges, for example, said the rota was unfair.',
    // The office bringing the case, in any case of letter (guide: as "police").
    'The man kept three rifles at his home, prosecutors said.',
    'On Tuesday, federal prosecutors alleged that the guards slept.',
    // The organisers of the event the story reports, as police are the force; so are a sheriff's deputies, a state's
    // troopers and a town's firefighters.
    'About 5,000 people came to the fair on Saturday, organisers said.',
    'Festival organizers said every ticket had been sold.',
    'Deputies said the driver had fled on foot.',
    'Firefighters said the blaze began in the kitchen.',
    // A role a jurisdiction holds once is an office, as "the sheriff" is; so are a school's head and a match's referee
    // (the principal's row is a guard: the school named after it made it named before).
    'The district attorney said the case would go to trial in June.',
    'The county executive said the bus depot would stay open.',
    'The U.S. attorney said the fraud ran for a decade.',
    'The principal said the school would close early on Friday.',
    'The referee said the goal should have stood.',
    // Inspectors or stewards of the inspection or the race in view, as "the investigators" are.
    'The inspectors found that 40 percent of cells were overcrowded.',
    'The stewards said the car was 4 kilograms underweight.',
    // A relative clause's own subject saying, set inside it: who says is after the relative word.
    'The men, who prosecutors allege ran the scheme, face trial in May.',
    // A coast guard is a service, not one guard.
    'The coast guard said the ferry sank in minutes.',
    // A filing in the case the story is about is a court record a reader can look up, as "court documents" are.
    'According to a criminal complaint, Reed took $40,000 from the club.',
    'An affidavit says Reed kept 300 rifles at the farm.',
    // Opening the sentence with a verb in the present, as any crowd might.
    'Prosecutors allege that the guards slept.',
    // "the city" in view, estimating or concluding, a clause with no "that" after it.
    'The city estimated the bridge will cost $40 million.',
    'The panel concluded the plan would fail.',
    // People who speak for a named client or a body in view, on the record, as "agency officials" do.
    'Lawyers for Ann Marsh said the case was weak.',
    'Executives for Acme say the new plant will pay for itself.',
    'Officials at the agency said the bridge was safe.',
    // Or whose they are, before them: "Reed's lawyers" speak for Reed as "lawyers for Reed" do.
    'On Monday, Reed’s lawyers said the case was weak.',
    'Acme’s executives say the new plant will pay for itself.',
    // Initials opening the sentence are a name, not a capital the sentence gave a common word.
    'NFU members and officials insist the levy will pass.',
    // A crowd's plural, capitalised, for or against something capitalised names a group.
    'Later, Veterans for Peace said the march would go on.',
    'Farmers Against Fracking say the drilling must stop.',
    'Ann Marsh leads a group named Parents for Hull, which expects a big crowd.',
    // A capitalised relation after a name ends a group's name; in lower case it is the name's supporters.
    'About 40 cats were rehomed, said Jan Moss of Feline Friends.',
    // A capitalised body of a capitalised public names the body; so does a place before a crowd's name for a cause.
    'The League of Hull Voters said the count was fair.',
    'Leeds Parents Against Cuts said the school must stay open.',

    // "Friends of" a name all in capitals is a charity's or a supporters' group's name.
    'Friends of the Earth said the bypass would harm the fens.',
    'The charity Friends of the Earth said the bypass would harm the fens.',
    'The reading room must stay open, said Friends of Hull Library.',
    'Friends of the Family Centre said the reading room must stay open.',
  ])('a name is not a crowd: %s', (text) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'named-source')).toHaveLength(1);
  });

  test('one office, "chief of staff", is no crowd of staff: "A chief of staff said"', () => {
    expect(spans('A chief of staff said the count in Hull was fair.', 'vague-attribution')).toEqual([]);
    expect(spans('A chief of staff said the count in Hull was fair.', 'anonymous-source')).toEqual(['A chief of staff']);
  });

  test.each([
    'Friends of the couple said they had been happy in Hull.',
    'Friends of Tom Reed said he had been tired for weeks.',
    'Friends of the Reed family said they were shocked.',
    'Friends of the President said he had been tired for weeks.',
    'Friends of the Defendant said he had been tired for weeks.',
    'Friends of the Marsh Family said they were shocked.',
    // Part of a group's members: "Some" before its name.
    'Some Leeds Parents Against Cuts said the school must stay open.',
  ])('a person\'s friends are a crowd, whatever capitals follow "of": %s', (text) => {
    expect(spans(text, 'named-source')).toEqual([]);
    expect(spans(text, 'vague-attribution')).toHaveLength(1);
  });

  test.each([
    'Ivo, not his real name, said the guards had beaten him.',
    'Mira, whose name has been changed, said she left Hull in March.',
    'Mira (whose name has been changed) said she left Hull in March.',
    'A nurse, who gave only her first name, Ana, said the ward had run out of blood.',
    '“We are scared,” said Ana, a nurse who did not want her full name published.',
  ])('a name the article says is not the speaker\'s own, or not whole, is an anonymous source: %s', (text) => {
    expect(spans(text, 'named-source')).toEqual([]);
    expect(spans(text, 'anonymous-source')).toHaveLength(1);
  });

  test.each(['Tom Reed, who asked for calm, said the march would go on.', '“It is over,” said Tom Reed, the mayor who asked for calm.', 'Acme, whose name has been changed to Corvin Foods, said sales rose.', 'Hull Rovers, whose name has been changed for a sponsor, said sales rose.'])(
    'an aside that asks for something else leaves the name named: %s',
    (text) => {
      expect(spans(text, 'named-source')).toHaveLength(1);
    },
  );

  test.each([
    // A state's services and offices, after its name's possessive.
    ['Corvinia’s air force said it had shot down 22 drones.', 'Corvinia’s air force said'],
    ['Hull’s coastguard said 40 people had been rescued.', 'Hull’s coastguard said'],
    ['Corvinia’s presidency said the talks had failed.', 'Corvinia’s presidency said'],
    // A passive "put at" a figure, with who put it there after "by".
    ['The toll was put at 212 by the Corvinian health ministry.', 'put at 212 by the Corvinian health ministry'],
  ])('a named body\'s service or its estimate is a named source: %s', (text, span) => {
    expect(spans(text, 'named-source')).toEqual([span]);
    expect(spans(text, 'unverified-figure')).toEqual([]);
  });

  test.each(['The force of the flood shows how high the river rose.', 'The vase was put at the door by Tom Reed.'])('no body and no estimate: %s', (text) => {
    expect(spans(text, 'named-source')).toEqual([]);
  });

  test('a share of a crowd is the crowd, whatever place follows it: "one in four growers in Leeds said"', () => {
    expect(spans('Nearly one in three crofters in Uist said the grant came too late.', 'named-source')).toEqual([]);
  });

  test('a capitalised -ing form between capitals is a word of the name, not a verb: "the Hale Reporting Unit said"', () => {
    expect(spans('Attacks at sea fell, the Global Shipping Reporting Centre said.', 'named-source')).toEqual(['the Global Shipping Reporting Centre said']);
    // Not before people a title-case headline capitalises.
    expect(spans('Hull Ferry Shooting Survivors Explain Why Reed Lied', 'vague-attribution')).toEqual(['Survivors']);
  });

  test('remarks a verb of saying was spoken in are no second source: "said in her remarks that …"', () => {
    expect(spans('Ann Marsh said in her closing remarks on Monday that the pier was safe.', 'named-source')).toEqual(['Ann Marsh said']);
  });

  test.each(['Rebels attacked the base as night fell.', 'Rebels attacked the base.'])('an assault is no view: %s', (text) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
  });

  test.each([
    'A tour of the fleet’s jets and helicopters suggests most are old.',
    'Despite disclaimers urging calm, the crowd grew loud.',
    'Supporters held banners proclaiming that the mayor had won.',
  ])('a thing that ends like an agent is no crowd: %s', (text) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'anonymous-source')).toEqual([]);
  });

  test.each([
    // Staff working for someone, whatever the capital opening the sentence; a crowd for a while.
    'Strategists for Reed say the race is close.',
    'Farmers for years have said the levy is unfair.',
  ])('a crowd for someone or for a while stays a crowd: %s', (text) => {
    expect(spans(text, 'named-source')).toEqual([]);
    expect(spans(text, 'vague-attribution')).toHaveLength(1);
  });

  test.each([
    'Tom Reed mentioned as an aside that the vote was close.',
    'He has mentioned as an example the ferry to Hull.',
    'The board considered a plan to close the depot.',
    'The depot is considered a priority by the board.',
    'The turnaround was largely credited to the new coach by Ann Marsh.',
  ])('someone mentioning or considering, or an agent named, makes no view no one holds: %s', (text) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
  });

  test.each([
    'The closure of the depot can be seen as the last gasp of the old port.',
    'With three men standing, Reed could be viewed as the safer choice.',
    'The vote might be considered a rebuke to the council.',
    // A need, a prediction or an aim: no one holds the view yet.
    'To win the county, Marsh must be viewed as their ally.',
    'By spring the levy will be considered a success in Leeds.',
    'Reed hopes to be regarded as the ports’ candidate.',
  ])('a reading the writer offers as possible is pinned on no one: %s', (text) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
  });

  test('one of the signs a story shows reads its words; no one speaks them', () => {
    const text = 'Posters went up across Leeds. “Lower fares. Same trains,” reads one. “Ride local,” another read.';
    expect(analyzeText(text)).toEqual([]);
  });
});

describe('who is quoted', () => {
  test.each<[string, string[]]>([
    ['WHEAT HARVEST DELAYED BY RAIN - Ann Marsh and Tom Reed: “Although the rain came, 40 percent of the wheat is in.”', ['Ann Marsh and Tom Reed:']],
    ['Farmers in Hull differ - Ben Ode: “Sow in March.”', ['Ben Ode:']],
    // Not a dash that sets off a phrase of the sentence's own.
    ['The plan - phase two: “build the road” - starts in May.', []],
  ])('a digest labels a quotation after a dash with its speaker: %s', (text, found) => {
    expect(spans(text, 'named-source')).toEqual(found);
  });

  test('“quoted X as saying”: the person quoted is a source beside the outlet that reported it', () => {
    const found = analyzeText('The Courier quoted one of her aides as saying the bid had failed.');
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['named-source', 'The Courier quoted'],
      ['anonymous-source', 'one of her aides'],
    ]);
  });

  test.each<[string, string]>([
    ['The county’s chief planner, Ann Marsh, said on Tuesday that the road would close.', 'Ann Marsh'],
    ['Ann Marsh — a planner, and a parent — said the road would close.', 'Ann Marsh'],
    ['A team at the institute in Greenbelt, Maryland, has confirmed the finding.', 'A team at the institute in Greenbelt'],
    // Bodies the story has named, and the verb right after them is the clause's, not part of the subject.
    ['Acme and Ode Ltd were asked. The firms would not name a price, saying talks were still going on.', 'The firms'],
  ])('the source phrase behind asides: %s', (text, source) => {
    const finding = analyzeText(text).find((f) => f.kind === 'named-source');
    expect(finding && text.slice(finding.source!.start, finding.source!.end)).toBe(source);
  });

  test('a second verb of the same speaker is credited once, and not highlighted across the clause', () => {
    const found = analyzeText('Tom Reed spoke first. He gave no date for the vote, but said the count was fair.');
    expect(found.map((f) => f.text)).toEqual(['He']);
  });

  test('a clause between commas is not an aside: its verb is not the source of a later participle', () => {
    const found = analyzeText('Ann Marsh, 75, has now run the shelter for years and is known as its heart, called on by families for help.');
    expect(found.filter((f) => f.kind === 'named-source')).toEqual([]);
  });

  test.each([
    'Prices rose and analysts said the rally would last.',
    'Proponents, however, say the rule is fair.',
    'The ruling drew criticism from analysts and fears that it went too far.',
  ])(
    'a crowd, not the words before it and not a capital at the start, is the source: %s',
    (text) => {
      const [finding] = analyzeText(text);
      expect(finding?.kind).toBe('vague-attribution');
      expect(finding?.text).toMatch(/^(?:analysts|Proponents)$/);
    },
  );

  test.each([
    'Ann Marsh called her mother on Sunday.',
    'Tom Reed called him on Tuesday.',
    'Tom Reed shot the winning goal.',
    'The storm hit the coast.',
    'The new road was something the farmers had long wanted.',
    'The levy paid for something the farmers wanted.',
    'It became her gift to the women who wrote it.',
    'That is what it most fears.',
    'Six donors have agreed to join the board.',
    'It was the most telling sign of the week.',
    'Tom Reed kept his team’s hopes alive.',
    'Fans using the county’s recommended route saw delays.',
    'His repeated denials did not help.',
    // Reckoning with something is dealing with it.
    'But the songwriters also reckoned with the role that the city played.',
    // The phrase before an infinitive is another verb's object or a description.
    'The new rule would force growers across the county to admit their losses.',
    // A pronoun right after a noun opens a relative clause whose object is that noun.
    'The band still plays the songs she wrote in the nineties.',
    'Reed never reached the final score he hoped for.',
    // An adjective after a preposition; agreeing a deal is an act.
    'The new licence comes with added fees for every boat.',
    'The club has agreed a fee with Leeds for the striker.',
    // Endorsing is taking a stance, an act; what an endorser says afterwards is a claim.
    'The growers’ union endorsed Ann Marsh on Friday.',
    // Casting a vote is voting, an act.
    'Farmers cast their ballots at the village hall on Tuesday.',
    // A cue word after a possessive or "one" is a noun.
    'The mayor and the farmers on the council speak with one voice on the levy.',
    // A house confirming someone to a post; defending what was won.
    'The Senate on Thursday confirmed Ann Marsh as ambassador to Peru.',
    'Senate confirms Tom Reed to appeals court',
    'Reed defended her world title in Leeds on Saturday.',
    'The party is defending a slim majority on the council.',
  ])(
    'a call, a shot or a wish someone fulfils is no claim: %s',
    (text) => {
      expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
    },
  );

  test.each<[string, string[]]>([
    ['Prime Minister Ann May met the unions. Talks may resume soon. May said the deal was done.', ['May said']],
    ['Columnist Tom Will wrote again. Will urged readers to back the levy. Will believes the road is lost.', ['Will urged', 'Will believes']],
    ['Ann May arrived. May has argued for a later vote.', ['May has argued']],
    // The modal before its base form stays a modal.
    ['Ann May arrived. May say more later, her aides hinted.', []],
  ])('a name that is a modal opens a sentence before a finite verb, which no modal takes: %s', (text, found) => {
    expect(spans(text, 'named-source')).toEqual(found);
  });

  test.each<[string, string[], string[]]>([
    // A sheet or bulletin a body put out, its maker after it.
    ['The depot will cost $40 million, according to a two-page fact sheet released by the harbour board.', ['according to a two-page fact sheet released by the harbour board'], []],
    ['Pay rises 6% over three years, according to a newsletter released by the Dockers Guild.', ['according to a newsletter released by the Dockers Guild'], []],
    ['The levy raised $3 million, according to a letter sent by the council.', ['according to a letter sent by the council'], []],
    // The seat of a government as a record's maker, or before it.
    ['The grant is worth $9 million, according to a summary issued by the White House.', ['according to a summary issued by the White House'], []],
    ['According to one White House memo, 300 staff were moved.', ['According to one White House memo'], []],
    // A body's record that "it" put out; a person's or a crowd's is left to whom the pronoun refers to.
    ['The harbour board opened three inquiries, according to a letter it sent to lawmakers.', ['according to a letter it sent to lawmakers'], []],
    ['The depot will cut 300 jobs, according to a memo they circulated.', [], ['a memo']],
    // A country that only describes the makers.
    ['Some 40% of nurses plan to quit, according to a survey by US researchers.', [], ['according to a survey by US researchers']],
    // Still unnamed: a record whose maker is a crowd.
    ['The levy raised $3 million, according to a letter sent by residents.', [], ['according to a letter sent by residents']],
    // Its journal or maker set off beside it names the record, which is the one finding.
    ['The study, published in the Leeds Medical Journal, found that 40% of nurses plan to quit.', ['The study'], []],
    ['According to the study, published in the Leeds Medical Journal, 40% of nurses plan to quit.', ['According to the study'], []],
    ['A new poll shows Reed ahead. The poll, released on Monday by the Acme Institute, showed him at 40%.', ['A new poll shows', 'The poll'], []],
  ])('a record with its maker named after it is a named source: %s', (text, named, vague) => {
    expect(spans(text, 'named-source')).toEqual(named);
    expect(spans(text, 'vague-attribution')).toEqual(vague);
  });

  test('a journal set off beside a record still sources the figures the record gives', () => {
    expect(spans('The study, published in the Leeds Medical Journal, found that 40% of nurses plan to quit.', 'unverified-figure')).toEqual([]);
    expect(spans('According to the study, published in the Leeds Medical Journal, 40% of nurses plan to quit.', 'unverified-figure')).toEqual([]);
  });

  test.each<[string, string[], string[]]>([
    ['A study from the Orchard Institute suggests otherwise. Its researchers found that 30 percent of growers had quit.', ['A study from the Orchard Institute suggests', 'Its researchers found'], []],
    ['Acme Mills said the plant would close. Its economists estimate the cost at $4 million.', ['Acme Mills said', 'Its economists estimate'], []],
    // Not those who stand against it.
    ['Acme Mills said the plant would close. Its critics say the cost is $4 million.', ['Acme Mills said'], ['Its critics']],
  ])('people whose work a named body publishes speak for it: %s', (text, named, vague) => {
    expect(spans(text, 'named-source')).toEqual(named);
    expect(spans(text, 'vague-attribution')).toEqual(vague);
  });

  test.each<[string, string[], string[]]>([
    // A share of a crowd whose place follows it: those asked, no named source.
    ['41 percent of growers in Kent said the levy was unfair.', [], ['41 percent of growers']],
    ['Two-thirds of tenants in Hull oppose the rent rise.', [], ['Two-thirds of tenants']],
    // A count reckoned by whoever a relative clause on it names.
    ['The march drew a crowd organisers put at 8,000.', ['organisers put'], []],
    ['Reed drew a crowd that police estimated at 5,000.', ['police estimated'], []],
    ['The flood did damage the council puts at $2 million.', ['the council puts'], []],
  ])('who reckons a share or a count: %s', (text, named, figures) => {
    expect(spans(text, 'named-source')).toEqual(named);
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test.each<[string, string[]]>([
    ['The ferry firm will cut 40 jobs, the Hull Echo understands.', ['the Hull Echo understands']],
    ['Two councillors are set to quit, the Gazette has learned.', ['the Gazette has learned']],
    // Not someone's own understanding, nor one set before what they understand.
    ['The port will close, Reed understands.', []],
    ['The Hull Echo understands the ferry will be sold.', []],
  ])('a paper passing on what it was told is a hedge: %s', (text, hedges) => {
    expect(spans(text, 'hedge')).toEqual(hedges);
  });

  test.each<[string, string[], string[]]>([
    // A British party named in the plural speaks as a body; its members are a crowd.
    ['The Tories said the levy would raise $40 million.', ['The Tories said'], []],
    ['The Lib Dems said the ferry cuts were wrong.', ['The Lib Dems said'], []],
    ['Many Conservatives said the ferry cuts were wrong.', [], ['Many Conservatives']],
    ['The Scottish Conservatives said the ferry cuts were wrong.', ['The Scottish Conservatives said'], []],
    ['Turnout was 38 percent, the returning officer said.', ['the returning officer said'], []],
    // A crowd's view opening a clause after "but" or "though".
    ['The levy passed, but some worry it will not last.', [], ['some']],
    ['The ferry is popular, though many fear it costs too much.', [], ['many']],
    ['There is some hope it will pass.', [], []],
    // A count kept by no one named; a crowd a ruling surprised.
    ['By some counts, 300 growers have quit the valley.', [], ['By some counts']],
    ['The ruling surprised some legal scholars.', [], ['some legal scholars']],
    // Questioning a thing voices a view; questioning a person is an interview.
    ['Critics questioned the survey\'s independence.', [], ['Critics']],
    ['Critics questioned the harbour board\'s figures on the dredging.', [], ['Critics']],
    ['Detectives questioned two men over the fire.', [], []],
    ['Inspectors questioned the crew of the trawler for hours.', [], []],
    ['Councillors questioned the head of the agency for an hour.', [], []],
    ['Nearly 70% of porters questioned in a survey by the Dockers Guild said they were tired.', ['in a survey by the Dockers Guild'], []],
    // "and some fear" joins a noun to a noun.
    ['The report prompted alarm and some fear it would spread to Hull.', [], []],
    // Staff of a body are no body speaking on the record.
    ['Acme Mills said the plant would close. Its staff say morale has never been lower.', ['Acme Mills said'], ['Its staff']],
    // Defending a decision or an opinion is a claim, where defending a holding is not.
    ['The mayor defended her decision to lead the review herself.', ['The mayor defended'], []],
    ['Justice Marsh defended the majority opinion in a speech.', ['Justice Marsh defended'], []],
    ['The minister defended the seat belt law on Tuesday.', ['The minister defended'], []],
    // A body confirming a fact, not a legislature confirming someone to a post.
    ['The committee confirmed Russia as the source of the leak.', ['The committee confirmed'], []],
    ['The White House confirmed Ann Marsh as its pick for the bank.', ['The White House confirmed'], []],
    // Dismissing a person is an act; dismissing a claim, or a person as something, is a claim.
    ['The judge dismissed a juror on Tuesday.', [], []],
    ['The mayor dismissed the report on Twitter, writing that it was wrong.', ['The mayor dismissed'], []],
    ['The mayor dismissed Tom Reed as a dreamer.', ['The mayor dismissed'], []],
    ['The mayor dismissed the critics of her levy as cranks.', ['The mayor dismissed'], []],
    ['Ann Marsh dismissed expert warnings that the dam could fail.', ['Ann Marsh dismissed'], []],
    ['The chairman, Tom Reed, has dismissed reports of a rival bid as fantasy.', ['Tom Reed'], []],
    ['The mayor dismissed two aides as the scandal grew.', [], []],
    ['Councillors questioned the agency about the spill.', [], []],
    // Only a nation before a party in the plural; "the Rebel Tories" are a wing of its members.
    ['The Rebel Tories said the ferry cuts were wrong.', [], ['The Rebel Tories']],
    // "anonymously" that describes what follows is no anonymity asked.
    ['The agency said anonymously sourced reports were false.', ['The agency said'], []],
    // A base form after "a" and one word is a compound noun; "states" after a word that sorts them is the noun.
    ['The court on Monday heard arguments in a water dispute.', [], []],
    ['An economist forecast growth of 2% for the port.', [], []],
    ['Backing her are two governors who ran big states: Reed and Ode.', [], []],
    // Not an office or a body at a claim's end.
    ['The ferry strike will go ahead, the Chancellor understands.', [], []],
    // A month or a question's modal is no name.
    ['Prices rose again in May. May confirmed the trend.', [], []],
    ['Will reported cases of measles keep rising this winter?', [], []],
  ])('parties, offices and crowds in political copy: %s', (text, named, vague) => {
    expect(spans(text, 'named-source')).toEqual(named);
    expect(spans(text, 'vague-attribution')).toEqual(vague);
  });

  test.each<[string, string[], string[]]>([
    // A kind of poll or study names none; a body's survey and a kind of record a reader can look up do.
    ['Exit poll points to a hung council in Hull', [], ['Exit poll']],
    // A capital opening a headline may be the pollster's name.
    ['Ipsos poll shows Reed ahead in Hull', ['Ipsos poll shows'], []],
    ['Six in 10 tenants fear eviction, housing charity survey finds', [], ['housing charity survey']],
    ['Council survey finds 300 homes empty', ['Council survey finds'], []],
    ['Census data show 300 homes stand empty in Hull.', ['Census data show'], []],
  ])('a kind of poll is no named poll: %s', (text, named, vague) => {
    expect(spans(text, 'named-source')).toEqual(named);
    expect(spans(text, 'vague-attribution')).toEqual(vague);
  });

  test.each<[string, string[]]>([
    // Where polls were taken names no poll.
    ['Marsh was running third in most Ohio polls, with 12 percent.', ['12 percent']],
    ['Reed has led in New Mexico surveys since June, by 9 points.', ['9 points']],
    // Whose poll it is does.
    ['Marsh was running third in the Gallup poll, with 12 percent.', []],
  ])('a state or a nation before polls is where they were taken: %s', (text, figures) => {
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test('blame with its agent credits the agent, not an agentless passive', () => {
    expect(spans('The plan was criticized by economists.', 'vague-attribution')).toEqual(['economists']);
  });
});

describe('which figures a source vouches for', () => {
  test.each<[string, string[]]>([
    ['Ann Marsh said 40 homes were flooded.', []],
    ['Forty homes were flooded, Ann Marsh said on Tuesday.', []],
    ['About 40% of homes flooded, according to the county.', []],
    ['That would mean a $75 billion hit to growth, said Ann Marsh, an economist at the county’s university.', []],
    ['When the council spent $80 million on the dam, Ann Marsh called it a mistake.', ['$80 million']],
    // A tag's "told" may name whom, then when: the tag still closes the sentence.
    ['Eight in ten farms now sell online, Ann Marsh told the Leeds Post on Monday.', []],
    ['Forty homes were flooded, Ann Marsh told reporters.', []],
    ['Forty homes were flooded, Ann Marsh told state television.', []],
    // Records a named body keeps are named by it, as records it made are.
    ['The campaign raised $4 million in May, according to reports filed with the Leeds election board.', []],
    // When the tag was said may open with "early", "late", "shortly" or where it was said from.
    ['Turnout topped 180,000, the Leeds party said early Tuesday.', []],
    ['The crowd numbered 7,000, Ann Marsh announced from the stage.', []],
    // A body's own estimate or target changed to a figure is its own; trade with a place is no trading day.
    ['Acme cut its profit forecast to $2 billion, citing weak demand.', []],
    ['Leeds Securities raised its price target on Acme to $240 from $205.', []],
    // A body's own record with words that qualify it, and the officials of a college, as of a school.
    ['Leeds Town lost £94 million in the year to June, the club’s annual accounts showed.', []],
    ['College officials said about 300 students a year would benefit.', []],
    // Records from a named body, then "show" ending the sentence: the verb, not an event of that name.
    ['Wheat prices rose 3 percent, data from the Leeds Grain Board show.', []],
    // So with how and when they were put out between the records and their maker.
    ['Bread prices fell 4 percent last year, figures released on Monday by the Leeds Grain Board show.', []],
    // A relative clause's own subject saying, set inside it.
    ['A man who police say fired 12 shots was arrested on Monday.', []],
    // A tag's tail of more than six words holds no clause of its own; up to six, any words ("later that day").
    ['Officials counted 300 cases, Ann Marsh said on Monday in Leeds the count was wrong.', ['300 cases']],
    ['Turnout rose 20 percent, Ann Marsh said later that day.', []],
    ['Exports rose 5% in trading with Leeds.', ['5%']],
    ['At least 25 barns burned, the Leeds fire chief told local radio on Sunday.', []],
    // When it was said may be a clause of its own, with no comma: what stands before the tag is still the speaker's.
    ['Fares rose 6% in the year to June, the Leeds ferry line said on Monday as it reported a rise in its half-year profit.', []],
    ['Sales rose 8%, Acme said before the market opened.', []],
    // Not a clause of when that goes on with what was said, nor a tag that is a clause of its own.
    ['The firm cut 400 jobs in March, and Reed said after the plant closed that the town would survive.', ['400 jobs']],
    // A quoted phrase may close after the comma before the tag, and the tag still be an aside.
    ['Of the claims, 62 were judged “serious,” the Leeds ombudsman said, the most it has logged in a year.', []],
    // Where it was said may take a few words more: a body's conference, its town and its day.
    ['Class sizes grew by 20 percent in five years, Ann Marsh told delegates at the union’s annual conference in Leeds on Saturday.', []],
    ['Acme is recalling 40,000 vans, Acme Motors said in a filing with the Federal Road Safety Board in Leeds on Thursday.', []],
    ['When the council spent $80 million on the dam, Ann Marsh told them it was a mistake.', ['$80 million']],
    ['When the council spent $80 million on the dam, Ann Marsh told investors costs would rise.', ['$80 million']],
    // A tag set off with when or where it was said, then a phrase of the writer's: the tag still closes the clause.
    ['Exports fell 4.2 percent in May, the Leeds trade office said on Thursday, the third fall in a row.', []],
    ['Growth will slow to 1.2 percent, the Leeds bank forecast in its spring outlook, down from 1.8 percent.', []],
    // A relative clause after the tag describes its medium or audience: the tag still closes the sentence.
    ['Prices rose 4% in May, the Leeds council said in a report, which was released on Friday.', []],
    ['The plant will cut 300 jobs, Ann Marsh told the Leeds Post, which first reported the plan.', []],
    // A signed figure, in a sentence with no other number: the sign does not hide it.
    ['Marsh Surges to +12 Point Lead in Hull.', ['+12 Point']],
    ['Her net rating fell to -9 in May.', ['-9']],
    // So is a multiple or an amount no number word names.
    ['Tom Reed now has twice the support Ann Marsh has.', ['twice']],
    ['Spending on roads ran to trillions.', ['trillions']],
    ['It was a double standard.', []],
    // A figure told by its number of digits, in a sentence with no other number.
    ['Ann Marsh has been stuck in single digits in the Leeds race.', ['single digits']],
    ['Tom Reed now leads by double digits.', ['double digits']],
    // The speaker's cue stands nearer the figure than what an aside says they cited.
    ['The ministry, citing preliminary data, said 14 soldiers had been killed.', []],
    ['The council, citing rumours, said 40 homes were flooded.', []],
    // A crowd in a relative clause set off by commas reports the aside only: the figure after it is the speaker's.
    ['Ann Marsh said the levy, which critics have called a ploy, was an insult to the hundreds of volunteers.', []],
    ['Ann Marsh spoke on Monday about the levy, which critics say cost 300 jobs.', ['300 jobs']],
    // A figure a source's relative clause has as its object is what the source reports.
    ['It was one of 12 sites that Acme Foods says it will close.', []],
    ['It was one of 12 sites Acme Foods says it will close.', []],
    // Disputing the figure's things is no source for them.
    ['Rain fell on 12 sites that the council report disputes.', ['12 sites']],
    // A tag set off by commas inside the clause: what stands before it is the speaker's, whatever follows.
    ['The port laid 9,000 feet of cable, Ann Marsh said, so that the cranes on the north quay keep running all winter.', []],
    ['The port laid 9,000 feet of cable, and Ann Marsh said, to everyone’s surprise, that it was enough.', ['9,000 feet']],
    // A name's reports, records or filings showing something: the name's record is the source.
    ['The shop sold about $2 million of bread last year, Acme Foods reports show.', []],
    // A named body inside what a crowd said names a source for the figure; a crowd alone does not.
    ['Critics noted that the Leeds council found 14 faulty gates on the bridge.', []],
    ['Critics noted that 14 gates on the bridge were faulty.', ['14 gates']],
    // A named owner's plan, bill or budget is its owner's document, which sources the figures it holds or is sized by.
    ["Marsh's plan calls for a top rate of 30 percent.", []],
    ['The council’s bill would raise the ferry levy to 4 percent.', []],
    ['Ben Ode has a new idea. His proposal sets aside $2 billion for the ferry.', []],
    ['Reed’s $40 million, 10-year plan includes a new pier at Hull.', []],
    // A plan with no owner, a clause after the plan that is not its content, and a weak source's claim about it.
    ['The plan calls for a top rate of 30 percent.', ['30 percent']],
    ['Marsh’s plan failed when 300 farms closed.', ['300 farms']],
    ['Critics say Marsh’s plan would cost $2 billion.', ['$2 billion']],
    // "in the poll" points back to a poll named in its paragraph or the one before, which sources the figure; not to
    // polls at large, nor to a poll the article named further back or not at all.
    ['A Leeds Post poll found Marsh ahead. Reed and Ode share second place on 7% in the poll.', []],
    ['Marsh leads, a Hull Gazette survey found.\n\nIn the survey, 40 percent of growers back the levy.', []],
    ['A Leeds Post poll found Marsh ahead. Reed sits on 7% in the polls.', ['7%']],
    ['Marsh is ahead. Reed and Ode share second place on 7% in the poll.', ['7%']],
    ['A Leeds Post poll found Marsh ahead.\n\nReed spoke in Hull.\n\nOde spoke in York.\n\nReed and Ode share second place on 7% in the poll.', ['7%']],
  ])('%s', (text, unsourced) => {
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });

  test.each([
    // A count given again with "the" or "all", pointing back to where the article first gave it, is the same count.
    ['The driver was tested along with 31 passengers he met. So far the other 31 passengers have shown no symptoms.', ['31 passengers']],
    ['Reed won 74 delegates in Ohio. Taking all 74 delegates, he pulled ahead.', ['74 delegates']],
    // A new count is claimed again, and the first one only points back when it is the same.
    ['The driver was tested along with 31 passengers he met. The 40 passengers on the next bus were not tested.', ['31 passengers', '40 passengers']],
  ])('a count the article repeats is flagged where it is first given: %s', (text, unsourced) => {
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });

  test.each([
    // A case put to the reader is a worked example, not a quantity claimed.
    ['So if you owe $31,000 on the loan, the monthly bill is about $260.', ['about $260']],
    ['Suppose someone buys 12 tickets for the draw.', []],
    ['If your savings reach twice your salary by 40, the plan calls it a good start.', []],
    // A threshold in such a case states a rule, whose figure is claimed; so does a case of no one's.
    ['If you earn more than $52,000 a year, the levy applies.', ['more than $52,000']],
    ['If turnout reaches 60 percent, the levy passes.', ['60 percent']],
  ])('a figure in a supposed case is no claim, unless it is a threshold: %s', (text, unsourced) => {
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });

  // An embedded post: its text, a blank line, then the signature line with the author's name and handle.
  const post = 'Ann Marsh posted on Friday.\n\nWe handed out 40,000 masks in Hull today\nStay safe pic.twitter.com/xyz\n\n— Ann Marsh (@annmarsh) May 2, 2024\n\nThe county gave out 5,000 more.';
  test('an embedded post is its signed author’s: credited, and its figures sourced', () => {
    expect(spans(post, 'named-source')).toEqual(['Ann Marsh posted', 'Ann Marsh (@annmarsh)']);
    expect(spans(post, 'unverified-figure')).toEqual(['5,000']);
    const signed = analyzeText(post).find((f) => f.text.startsWith('Ann Marsh ('));
    expect(signed && [post.slice(signed.source!.start, signed.source!.end), post.slice(signed.cue!.start, signed.cue!.end)]).toEqual(['Ann Marsh', '(@annmarsh)']);
  });
  test.each([
    ['The mayor handed out 40,000 masks.\n\n— Ann Marsh, May 2, 2024', ['40,000 masks']],
    ['The mayor handed out 40,000 masks.\n\nFollow Ann Marsh (@annmarsh) for more.', ['40,000 masks']],
  ])('a line without the handle, or a handle inside a sentence, signs nothing: %s', (text, unsourced) => {
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });
  // A newsletter item: a quotation with its source's name in brackets after the closing mark, as a link to it.
  test.each([
    ['LEVY CUT “The council signed a bill ending the levy. Tenants will keep some $10 million in all.” [Leeds Post]\n\nMORE NEXT WEEK', '[Leeds Post]'],
    ['BIG NIGHT “Reed’s party drew more than 500 guests to the pier.” [Acme News.]', '[Acme News.]'],
  ])('a quotation credited in brackets is its outlet’s: credited, and its figures sourced: %s', (text, credit) => {
    expect(spans(text, 'named-source')).toEqual([credit]);
    expect(spans(text, 'unverified-figure')).toEqual([]);
  });
  // A digest's item credited in brackets after its last sentence, ending the paragraph.
  test.each([
    ['FERRY FARES The council will raise fares again in May. [Leeds Post]\n\nThe county gave out 5,000 more.', '[Leeds Post]', ['5,000']],
    ['The pier reopened after a long repair. [Ann Marsh, The Journal of Coastal Towns]', '[Ann Marsh, The Journal of Coastal Towns]', []],
    // Pollsters joined by a slash; the credit links every figure of its item, the paragraph it ends.
    ['-Reed extends his lead over Ann Marsh in Hull. [Acme/Leeds Post]', '[Acme/Leeds Post]', []],
    ['TWO HURT IN HULL FIRE Three people were treated after the blaze. [Leeds Post]\nFERRY FARES RISE Fares will rise in May.', '[Leeds Post]', []],
    ['-Reed leads Marsh by 4 points in Hull. [Acme/Leeds Post]', '[Acme/Leeds Post]', []],
  ])('an item credited in brackets at the end of its paragraph is its outlet’s: %s', (text, credit, unsourced) => {
    expect(spans(text, 'named-source')).toEqual([credit]);
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });
  test.each([
    ['The plan [Tom Reed] was dropped after 300 letters.', ['300']],
    ['“[T]he county gave out 5,000 more,” the mayor wrote.', []],
    // Not a credit: one inside the paragraph, a link's title, a picture's label.
    ['The county gave out 5,000 more. [Leeds Post] Then it stopped.', ['5,000']],
    ['The county gave out 5,000 more. [Harbour museum shows old coins]', ['5,000']],
    ['The county gave out 5,000 more. [Photo: Ann Marsh]', ['5,000']],
    ['The county gave out 5,000 more. [Reuters/Getty Images]', ['5,000']],
    ['The county gave out 5,000 more. [Opinion]', ['5,000']],
    ['The county gave out 5,000 more. [Harbour Museum Shows Old Coins]', ['5,000']],
  ])('brackets that credit no one: %s', (text, unsourced) => {
    expect(spans(text, 'named-source').filter((f) => f.startsWith('['))).toEqual([]);
    expect(spans(text, 'unverified-figure')).toEqual(unsourced);
  });
});

describe('sentences', () => {
  const sentencesOf = (text: string) => runSteps(splitSentencesSteps(text)).map((s) => text.slice(s.start, s.end));
  test.each([
    // An initial or a title does not end a sentence; a possessive's "s" is no initial.
    ['Ann F. Marsh met Mr. Reed. They spoke.', ['Ann F. Marsh met Mr. Reed.', 'They spoke.']],
    // Titles in the plural too: "Sens.", "Reps.", "Govs.".
    ['Marsh leads, followed by Sens. Ann Ode and Tom Lee, at 11 and 8 percent.', ['Marsh leads, followed by Sens. Ann Ode and Tom Lee, at 11 and 8 percent.']],
    ['The lab was funded by Marsh\u2019s. It closed in May.', ['The lab was funded by Marsh\u2019s.', 'It closed in May.']],
    ["She shops at Reed's. He does not.", ["She shops at Reed's.", 'He does not.']],
    // Opening a paragraph too, an initial goes on; a list's letter before a sentence's opening, or a part's "I.", ends.
    ['M. Dane Waters predicted a fight.\nA. The port closed.\nI. Background', ['M. Dane Waters predicted a fight.', 'A.', 'The port closed.', 'I.', 'Background']],
    // Nor is a letter closing a number: a decade, a resolution.
    ['Farms thrived in the 1990s. Ann Marsh said so.', ['Farms thrived in the 1990s.', 'Ann Marsh said so.']],
    ['The game runs in 4K. Tom Reed tested it.', ['The game runs in 4K.', 'Tom Reed tested it.']],
    // A clock time ends a sentence before a capital that names no day or zone.
    ['Oil fell 2% by 10 a.m. Traders said demand was weak.', ['Oil fell 2% by 10 a.m.', 'Traders said demand was weak.']],
    ['Trading opens at 10 a.m. ET Thursday.', ['Trading opens at 10 a.m. ET Thursday.']],
    ['The vote is at 10 a.m. Tuesday in Leeds.', ['The vote is at 10 a.m. Tuesday in Leeds.']],
    ['The show begins 8 p.m. PDT on Friday.', ['The show begins 8 p.m. PDT on Friday.']],
    // "No." stands before a number; "U.S." may end a sentence.
    ['He ranks No. 5 in Leeds. Asked why, she said no. But he insisted.', ['He ranks No. 5 in Leeds.', 'Asked why, she said no.', 'But he insisted.']],
    ['Farms close across the U.S. He says prices are to blame.', ['Farms close across the U.S.', 'He says prices are to blame.']],
    ['The U.S. Senate met at 9 a.m. Monday.', ['The U.S. Senate met at 9 a.m. Monday.']],
    // A full stop glued between a lower-case word and a capitalised one: a caption joined on without its space.
    ['Breaks are common, an official said.CreditAnn Ode for the Leeds Post', ['Breaks are common, an official said.', 'CreditAnn Ode for the Leeds Post']],
    ['Reed said.The vote was close.', ['Reed said.', 'The vote was close.']],
    // A no-break space after a full stop, as pages often type one, ends the sentence as a space does.
    ['The queue was long.\u00a0About 90 boats left, officials said.', ['The queue was long.', 'About 90 boats left, officials said.']],
    // Dotted initials go on before a name or a noun, and end a sentence before a word that opens one.
    ['“It works,” said J.M. Reed, a fellow at the trust.', ['“It works,” said J.M. Reed, a fellow at the trust.']],
    ['The F.B.I. director spoke. He left the F.B.I. The agency said so.', ['The F.B.I. director spoke.', 'He left the F.B.I.', 'The agency said so.']],
    // Archives that write quotation marks as doubled apostrophes open the next sentence with them.
    ["''We will win,'' said Ann Marsh. ''The farm is safe.''", ["''We will win,'' said Ann Marsh.", "''The farm is safe.''"]],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('tokens', () => {
  test('doubled apostrophes glued to a word are a mark of their own; an apostrophe inside or before a word is not', () => {
    const text = "He said, ''No.'' ''We're done,'' she said of the '90s.";
    expect(tokenize(text, 0, text.length).map((t) => (t.boundary ? `|${t.text}|` : t.text))).toEqual([
      'He', 'said', '|,|', "|''|", 'No.', "|''|", "|''|", "We're", 'done', '|,|', "|''|", 'she', 'said', 'of', 'the', "'90s.",
    ]);
  });

  test('a soft hyphen inside or before a word is read past, its offsets kept for the highlight', () => {
    const text = 'Offi\u00adcials met \u00adAndres.';
    const words = tokenize(text, 0, text.length);
    expect(words.map((t) => [t.text, t.lower, t.capitalized])).toEqual([
      ['Officials', 'officials', true],
      ['met', 'met', false],
      ['Andres.', 'andres.', true],
    ]);
    expect(words.map((t) => text.slice(t.start, t.end))).toEqual(['Offi\u00adcials', 'met', '\u00adAndres.']);
  });

  test.each([
    ['Acme', true],
    ['Hull', true],
    // Lower case elsewhere, a capital only by position, or a word of a faith.
    ['Security', false],
    ['Workers', false],
    ['Baptist', false],
  ])('a name of the text is a word it capitalises inside a sentence and never writes in lower case: %s', (word, named) => {
    const text = 'Security at Acme’s plant is tight. The union said Acme failed. Workers want security. Pastors in Hull, Baptist and Methodist, agreed.';
    expect(capitalisedInText(text, word)).toBe(named);
  });
});

describe('quotations', () => {
  test('a quotation runs over sentences to its closing mark', () => {
    const text = '“We lost 300 jobs. Nobody warned us,” she said.';
    expect(findQuotations(text)).toEqual([{ start: 0, end: text.indexOf('”') + 1 }]);
  });

  test('the last quotation closing by an offset is found among sorted quotations', () => {
    const text = '“One,” she said. “Two,” he said. “Three,” they said.';
    const quotations = findQuotations(text);
    expect(lastQuotationEndingBy(quotations, text.indexOf('he said'))).toEqual(quotations[1]);
    expect(lastQuotationEndingBy(quotations, 0)).toBeUndefined();
  });

  test('an unclosed quotation ends with its paragraph', () => {
    const text = '“The first paragraph goes on\nA new paragraph.';
    expect(findQuotations(text)).toEqual([{ start: 0, end: text.indexOf('\n') }]);
  });

  test.each<[string, string[]]>([
    // British single marks: over sentences to the closing mark, which no apostrophe could be.
    ['Marsh said: ‘It was worth it. Experts agree.’', ['‘It was worth it. Experts agree.’']],
    ['‘We will win this vote,’ Reed said. ‘Nobody doubts it.’', ['‘We will win this vote,’', '‘Nobody doubts it.’']],
    ['She called the Hull plan ‘a disgrace to us all’ and left.', ['‘a disgrace to us all’']],
    // Apostrophes: a plural's possessive, a word's elision, a mark closing nothing by its paragraph's end.
    ['The growers’ union met in Hull on Monday.', []],
    ['Rock ’n’ roll in the ‘90s was loud and long and fun.', []],
    ['He called the growers ‘wreckers’ union men and left\nA new paragraph.', []],
    ['In the ‘90s, reportedly, 300 farms closed and the growers’ union shrank.', []],
    ['‘Round the clock we saw 300 patients. It never stopped,’ Gwen Parry said.', ['‘Round the clock we saw 300 patients. It never stopped,’']],
    ['He called them ‘fat cats’ and left the growers’ meeting.', []],
    // Single marks inside double ones are the double quotation's.
    ['“Reed called it ‘a farce from the start’ on Monday,” Marsh said.', ['“Reed called it ‘a farce from the start’ on Monday,”']],
  ])('single quotation marks: %s', (text, quoted) => {
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(quoted);
  });

  test.each<[string, string[]]>([
    // A closing mark left out before the speaker's tag: the quotation ends at the tag's comma.
    ['“We lost 300 jobs in a year, Tom Reed said. He was angry.', ['“We lost 300 jobs in a year,']],
    ['“There was no plan for the Hull docks, said Ann Marsh, whose group runs the port.', ['“There was no plan for the Hull docks,']],
    // Not in one its speaker's tag opens, nor one the next paragraph goes on with: a tag inside is the speaker's report.
    ['Ann Marsh recalled: “At the gate, Tom Reed said we had 300 members. We had 40.', ['“At the gate, Tom Reed said we had 300 members. We had 40.']],
    // A phrase and its comma before the mark are no tag: "On Monday, “…".
    ['On Monday, “we lost 300 jobs in a year, Tom Reed said. Prices rose.', ['“we lost 300 jobs in a year,']],
    ['“The figure was cut in 2015, Reed said at the time, and then raised\n\n“That adds up to more.”', ['“The figure was cut in 2015, Reed said at the time, and then raised', '“That adds up to more.”']],
  ])('an unclosed quotation with a tag inside: %s', (text, quoted) => {
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(quoted);
  });

  test.each([
    ['“We lost 300 jobs,” Tom Reed went on. “Another 40 will go.”', 'Tom Reed went on'],
    ['“We lost 300 jobs,” she began. “Another 40 will go.”', 'she began'],
  ])('a tag in an irregular past after its quotation: %s', (text, tag) => {
    const found = analyzeText(text);
    expect(found.find((f) => f.kind === 'named-source')?.text).toBe(tag);
    expect(found.filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test('a figure in a quotation in single marks that goes on past its tag is its named speaker’s', () => {
    const text = '‘We lost 300 jobs in a year,’ Reed said. ‘Another 40 will go by June.’';
    expect(analyzeText(text).filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test('doubled apostrophes open and close, and scare quotes are too short to count', () => {
    const text = "''There is no doubt about it,'' he said of the 'deal'.";
    expect(findQuotations(text)).toEqual([{ start: 0, end: text.indexOf(',') + 3 }]);
  });

  test('doubled right single marks close a quotation opened with “, and the name after them is its speaker', () => {
    const text = '“It was an attempt to mislead voters,’’ Tom Reed, head of the Leeds fact-checking site, told the BBC.';
    expect(findQuotations(text)).toEqual([{ start: 0, end: text.indexOf('’’') + 2 }]);
    expect(spans(text, 'named-source')).toEqual(['Tom Reed']);
    // Alone, they open nothing.
    expect(findQuotations('He sang ’’ for a long while after that.')).toEqual([]);
  });

  test('an opening mark typed where the closing one belongs, after the last punctuation, closes the quotation', () => {
    const text = '“The ferry will not run this week,“ said Tom Reed, a lawyer in Leeds. “Nobody warned us.”';
    expect(findQuotations(text)).toEqual([{ start: 0, end: text.indexOf('“', 1) + 1 }, { start: text.lastIndexOf('“'), end: text.length }]);
    expect(spans(text, 'named-source')).toEqual(['said Tom Reed']);
    // Inside a quotation a “ before a word still opens nothing of its own.
    expect(findQuotations('“He called it “silly” and left,” she said.')).toHaveLength(1);
  });

  test('a figure inside a named speaker’s quotation is sourced; inside an unnamed one’s it is not', () => {
    expect(spans('“We lost 300 jobs this year,” said John Smith, the plant manager.', 'unverified-figure')).toEqual([]);
    const weak = only('“We lost 300 jobs this year,” a source said.', 'unverified-figure');
    expect(weak.reason).toMatch(/unnamed, vague or hedged/);
  });

  test.each([
    ['Tom Reed, the mayor, forecast that the levy would raise £2 million.', 'named-source', []],
    ['The bank forecast growth of 2 percent for the year.', 'named-source', []],
    // The noun, with nothing after it.
    ['Costs may yet exceed the treasury forecast.', undefined, []],
  ])('"forecast" is a past tense too, whatever its subject\'s number: %s', (text, kind, figures) => {
    expect(analyzeText(text).find((f) => f.kind !== 'unverified-figure')?.kind).toBe(kind);
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test.each([
    ['Looking ahead, Acme Foods sees full-year sales growth of 2.4 percent, down from 3 percent.', []],
    ['The central bank now sees two rate cuts of 0.25 percent this year.', []],
    // Seeing a thing as something is a judgment, and no forecast.
    ['Ann Reed sees the 12 percent rise as proof of the plan’s failure.', ['12 percent']],
  ])('a body that "sees" growth, sales or cuts ahead gives a forecast, which sources its figures: %s', (text, figures) => {
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test.each([
    ['As reported by the Hull Gazette, inspectors found about 1,400 cracked pipes under the estate.', []],
    ['As first reported by Leeds FM, auditors counted 62 missing laptops.', []],
    // A named source in another clause frames nothing the crowd says.
    ['The Hull Gazette covered the vote, but critics said 1,400 pipes were cracked.', ['1,400 pipes']],
  ])('a named source that frames the clause an unnamed one gives a figure in sources the figure: %s', (text, figures) => {
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test('a figure in a quotation whose speaker is named in the sentence before is sourced', () => {
    const text = 'John Smith, the plant manager, spoke at the gate. “We lost 300 jobs this year,” he said. “Another 40 are at risk.”';
    expect(spans(text, 'unverified-figure')).toEqual([]);
  });

  test('a quotation opening the next paragraph with no tag goes on in the voice of the one that closed the paragraph before', () => {
    const named = '“We had hoped for a quiet winter,” the plant manager, John Smith, told reporters.\n\n“Then we lost 300 jobs in a week.”';
    expect(spans(named, 'unverified-figure')).toEqual([]);
    const unnamed = '“We had hoped for a quiet winter,” a worker told reporters.\n\n“Then we lost 300 jobs in a week.”';
    expect(only(unnamed, 'unverified-figure').reason).toMatch(/unnamed, vague or hedged/);
    // A paragraph the quotation does not open, or one after a paragraph that closed no quotation, is the writer's.
    expect(spans('“We had hoped for a quiet winter,” John Smith said.\n\nThe plant lost 300 jobs in a week.', 'unverified-figure')).toEqual(['300 jobs']);
    expect(spans('John Smith runs the plant.\n\n“Then we lost 300 jobs in a week.”', 'unverified-figure')).toEqual(['300 jobs']);
    // A quotation left open at its paragraph's end goes on in the next, a paragraph or more on.
    const open = '“We had hoped for a quiet winter,” John Smith said. “Then the orders dried up.\n\n“We cut a shift.\n\n“Then we lost 300 jobs in a week.”';
    expect(spans(open, 'unverified-figure')).toEqual([]);
    expect(spans('“We had hoped for a quiet winter,” a worker said. “Then the orders dried up.\n\n“We lost 300 jobs.”', 'unverified-figure')).toEqual(['300 jobs']);
  });

  test.each([
    // The tag after the closing mark runs on past the speaker.
    ['“We had hoped for a quiet winter,” John Smith said at the gate on Monday, an hour before the plant shut for the week.\n\n“Then we lost 300 jobs.”', []],
    // The paragraph before reports its speaker's words, or introduces the quotation.
    ['John Smith said the winter had been hard.\n\n“Then we lost 300 jobs.”', []],
    ['As the Hull Gazette reported at the time:\n\n“The plant lost 300 jobs.”', []],
    ['A worker said the winter had been hard.\n\n“Then we lost 300 jobs.”', ['300 jobs']],
    // A paragraph that tells an act gives the quotation no speaker.
    ['John Smith locked the gate.\n\n“Then we lost 300 jobs.”', ['300 jobs']],
  ])('an untagged quotation opening its paragraph is the speaker’s of the paragraph before: %s', (text, figures) => {
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test.each([
    ['“Then, in May, Ann Marsh said that 4,000 homes would be built.”', []],
    ['“Then, in May, the official said that 4,000 homes would be built.”', ['4,000 homes']],
    ['“Then, in May, she said that 4,000 homes would be built.”', ['4,000 homes']],
  ])('a name a quotation credits sources the figure it gives, as one outside would: %s', (text, figures) => {
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test('an attribution inside a quotation is the speaker’s, not the article’s', () => {
    const text = '“Critics say the plan will fail, but they are wrong,” said John Smith.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'named-source')).toEqual(['said John Smith']);
  });

  test.each([
    ['Nearly half of the farmers, 48%, say the price is too low.', ['Nearly half of the farmers', '48%']],
    ['According to a Leeds Post survey, 62 percent of farmers expect lower prices, while 30 percent expect no change.', []],
    // A crowd whose clause carries the poll's margin answered it.
    ['By 61%-30%, growers said the levy should stay.', ['61%-30%']],
    ['Many growers are skeptical of the levy, 58%-33%.', ['58%-33%']],
  ])('poll respondents are their share, a figure the poll sources, not a crowd: %s', (text, figures) => {
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'unverified-figure')).toEqual(figures);
  });

  test('a range of percentages is no poll margin: its crowd keeps its view', () => {
    expect(spans('Some growers expect yields to fall 12 percent to 15 percent.', 'vague-attribution')).toEqual(['Some growers']);
  });

  test.each([
    ['Industry insiders expect the merger to close in May.', ['Industry insiders']],
    // Briefed on it, involved in the talks: access, however the sentence puts it.
    ['The date, according to two people briefed on it, was set in May.', ['according to two people briefed on it']],
    ['People involved in the talks were adamant that a deal was near.', ['People involved in the talks']],
    ['Her advisers believe the vote will pass.', ['Her advisers']],
    // One unnamed person's belief is narrative.
    ['A former aide thinks the vote will pass.', []],
  ])('informants in numbers holding a view are anonymous sources of it: %s', (text, sources) => {
    expect(spans(text, 'anonymous-source')).toEqual(sources);
  });

  test('those seen as something are seen, they see nothing: only the agentless reputation is vague', () => {
    expect(spans('Two players seen as future captains signed new deals.', 'vague-attribution')).toEqual(['seen as']);
  });

  test('a relative clause with a negation in it is part of the source it describes', () => {
    expect(spans('A senior official who asked not to be identified said the talks had stalled.', 'anonymous-source')).toEqual([
      'A senior official who asked not to be identified',
    ]);
    expect(spans('Two officials who did not wish to be named said the talks had stalled.', 'anonymous-source')).toEqual([
      'Two officials who did not wish to be named',
    ]);
    // Set off by commas, an aside asking not to be named makes a crowd informants; one that only describes does not.
    expect(spans('Officials, who were not authorized to comment on the levy, said the talks had stalled.', 'anonymous-source')).toEqual([
      'Officials, who were not authorized to comment on the levy',
    ]);
    expect(spans('Critics, who spoke at the meeting, said the talks had stalled.', 'vague-attribution')).toEqual(['Critics']);
  });

  test('a speaker asking not to be named right after the tag is anonymous, whoever a description refers to', () => {
    const text = 'Ann Marsh said the plan had failed. “It is over,” said the nurse, who asked not to be named.';
    expect(spans(text, 'anonymous-source')).toEqual(['the nurse']);
    expect(spans(text, 'named-source')).toEqual(['Ann Marsh said']);
    expect(spans('Ann Marsh said the plan had failed. “It is over,” said the aide, speaking anonymously.', 'anonymous-source')).toEqual(['the aide']);
    expect(spans('Ann Marsh said the plan had failed. “It is over,” said the clerk, who wished not to be quoted.', 'anonymous-source')).toEqual(['the clerk']);
    // Asking to be named something is no anonymity.
    expect(spans('Ann Marsh said the plan had failed. “It is over,” said the aide, who asked to be named chair.', 'anonymous-source')).toEqual([]);
    // Named for a post, not asking not to be named.
    expect(spans('Ann Marsh said the plan had failed. “It is over,” said the aide, who spoke where she was named chair.', 'anonymous-source')).toEqual([]);
    expect(spans('Ann Marsh said the plan had failed. “It is over,” said the aide, who was named to the board in May.', 'anonymous-source')).toEqual([]);
  });

  test('an ordinal is no share: the third witness is one person', () => {
    expect(spans('The third witness said the call was odd.', 'anonymous-source')).toEqual(['The third witness']);
  });

  test('a crowd in what a tag after a partial quotation reports is the speaker’s claim', () => {
    const text = 'Farmers long felt the council was “a club for the few,” Ann Marsh said.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'named-source')).toEqual(['Ann Marsh said']);
  });
});

describe('references across sentences', () => {
  test.each<[string, FindingKind]>([
    // "the man", "the woman": someone met unnamed, not whoever was named last.
    ['Ann Marsh, the mayor, warned against hate.\n\nIn Hull, a judge fined a 31-year-old man when the man had written online that the mill should burn.', 'anonymous-source'],
    ['Tom Reed, the mayor, said the plan was sound.\n\n“The mill must stay,” the woman said.', 'anonymous-source'],
    // A description its own relative clause completes is the writer's epithet for the one the story is about.
    ['Tom Reed spoke in Hull. “The mill will stay open,” said the man who ran it for thirty years.', 'named-source'],
  ])('%s', (text, kind) => {
    expect(analyzeText(text).filter((f) => /\b(?:man|woman)\b/.test(f.text)).map((f) => f.kind)).toEqual([kind]);
  });

  test('"he" is a speaker the article had before who opens the sentence before, not the last one quoted', () => {
    const text = 'Tom Reed said the plan was sound. Ann Marsh, a council member, said the vote would help both sides.\n\nOn the eve of the vote, Reed softened his tone. Asked who leads the council, he said Marsh.';
    const he = analyzeText(text).find((f) => f.text === 'he said');
    expect(he?.reason).toContain('“Reed”');
    // A place opening the sentence before is no one "he" could be: the speaker before stays.
    const place = 'Tom Reed said the vote would help both sides.\n\nAnn Marsh spoke next. Sandy Hook lies to the north. Asked who leads the council, she said Reed.';
    expect(analyzeText(place).find((f) => f.text === 'she said')?.reason).not.toContain('Sandy Hook');
  });

  test.each([
    'A nurse at the Leeds hospital said the ward was full. She said 40 beds had closed.',
    'A member of the council said the vote was rigged. He added that the count was late.',
  ])('a pronoun after one person described by role and where they work refers to that person, not the place: %s', (text) => {
    const pronoun = analyzeText(text).find((f) => /^(?:She|He) /.test(f.text));
    expect(pronoun?.kind).toBe('anonymous-source');
    expect(pronoun?.reason).toMatch(/first described as “A (?:nurse|member)/);
  });

  test.each<[string, string]>([
    ['Acme Motors will close its Leeds plant in May, a spokesman said.', '“Acme Motors”'],
    ['The Leeds health board said 40 people had died. A spokeswoman said 12 more were in hospital.', '“The Leeds health board”'],
  ])('a bare spokesperson speaks for whom the article names just before: %s', (text, principal) => {
    const findings = analyzeText(text);
    const spokesperson = findings.find((f) => /spokes/.test(f.text));
    expect(spokesperson?.kind).toBe('named-source');
    expect(spokesperson?.reason).toContain(`speaks for ${principal}`);
    expect(findings.filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test.each<[string, string]>([
    ['Tom Reed denies the charges. His lawyers said he was in Leeds at the time.', 'speak for “Tom Reed”'],
    ['Ann Marsh sued the council. She is owed $40,000, according to her solicitors at the hearing.', 'speak for “Ann Marsh”'],
    ['Acme reported a loss on Monday. Its executives said sales would recover.', 'speak for “Acme”'],
    // The person named earlier in the same sentence.
    ['Ann Marsh was at home that night, according to her lawyers.', 'speak for “Ann Marsh”'],
    ['The driver, Tom Reed, was hurt in the crash, his lawyers said.', 'speak for “Tom Reed”'],
    // The one the same sentence names comes before one named earlier.
    ['Ben Ode sued the council. The driver, Tom Reed, was hurt in the crash, his lawyers said.', 'speak for “Tom Reed”'],
    // Those who own or run a body named in passing just before, as its executives do.
    ['The Hull Corn Exchange will close in May, its owners said.', 'speak for “Hull Corn Exchange”'],
    ['Leeds Ferry Services cut two sailings. Its operators said fuel costs had doubled.', 'speak for “Leeds Ferry Services”'],
  ])('people who speak for whom a possessive pronoun stands are named by them: %s', (text, reason) => {
    const findings = analyzeText(text);
    const found = findings.filter((f) => /lawyers|solicitors|executives|owners|operators/.test(f.text));
    expect(found.map((f) => f.kind)).toEqual(['named-source']);
    expect(found[0]?.reason).toContain(reason);
    expect(findings.filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test.each<[string, string]>([
    ['Lawyers for Tom Reed argued the rule did not apply. The lawyers said the court had no say.', 'The lawyers said'],
    ["Ann Marsh's solicitors wrote to the council in May. The solicitors added that the fee was fair.", 'The solicitors added'],
    ['Attorneys for Acme Motors said the claim came late. They said the deadline was clear.', 'They said'],
  ])('the people of a named side refer back to it by their role or as "they": %s', (text, reference) => {
    const found = analyzeText(text).find((f) => f.text === reference);
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).toContain('refers to');
  });

  test.each<[string]>([
    ['Ann Marsh, the mayor, said the talks had stalled.\n\nA senior diplomat, who asked not to be named, said the two sides were far apart. The official added that a deal was still possible.'],
    ['Tom Reed spoke at the hearing on Monday.\n\nA person who has sat through every day of the case said Reed looked calm. The observer added that he took notes throughout.'],
  ])('"the official" or "the observer" after an unnamed informant the paragraph just quoted is that informant, not a name before: %s', (text) => {
    const found = analyzeText(text).find((f) => /^The (?:official|observer)/.test(f.text));
    expect([found?.kind, found?.reason]).toEqual(['anonymous-source', expect.stringContaining('first described as')]);
  });

  test.each<[string]>([
    ['Ann Marsh, the chancellor, spoke on Monday.\n\nA minister who asked not to be named said the budget was in trouble. The minister said the cuts would be deep.'],
    ['An examiner who would not be named said the paper was too hard. The examiner said the marks were late.'],
  ])('a role the lexicon holds only as a noun for a person refers back to the unnamed one it described: %s', (text) => {
    const found = analyzeText(text).find((f) => /^The (?:minister|examiner)/.test(f.text));
    expect([found?.kind, found?.reason]).toEqual(['anonymous-source', expect.stringContaining('first described as')]);
  });

  test('"the official" after a named speaker still refers to them', () => {
    const found = analyzeText('Ann Marsh, the mayor, said the talks had stalled. The official added that a deal was still possible.').find((f) => f.text.startsWith('The official'));
    expect(found?.kind).toBe('named-source');
  });

  test('one person described by a definite role is whom the next sentence names with that role', () => {
    const text = 'Even the organizer of the harbour march said the route was unsafe.\n\n“Everyone is packed together,” said Tom Reed, organizer of the harbour walkout.';
    const first = analyzeText(text)[0];
    expect([first?.kind, first?.reason]).toEqual(['named-source', expect.stringContaining('“Tom Reed”')]);
    // Someone described with another role, or the same role of something else, is someone else.
    const rival = 'The lawyer for the family said the deal was unfair.\n\n“It was fair,” said Ann Marsh, lawyer for the hospital.';
    expect(analyzeText(rival)[0]?.kind).toBe('anonymous-source');
    const other = 'Even the organizer of the harbour march said the route was unsafe.\n\n“Everyone is packed together,” said Tom Reed, a ferry captain.';
    expect(analyzeText(other)[0]?.kind).toBe('anonymous-source');
  });

  test('a subject whose relative clause its phrase cut short at the verb ends before the pronoun', () => {
    const text = 'A Hull farmer who first reported the leak pleaded guilty on Monday, admitting that he had lied.';
    expect(analyzeText(text).map((f) => f.text)).toEqual(['A Hull farmer']);
    // A capitalised "Who" is a name's word.
    expect(analyzeText('Members of The Who toured Hull last year, saying the crowds were huge.').map((f) => f.kind)).toEqual(['named-source']);
  });

  test('a surname with a crowd\'s ending is one person, whom "they" does not refer to', () => {
    expect(analyzeText('Hicks said the pay was low. They said more was due.').map((f) => f.text)).toEqual(['Hicks said']);
  });

  test.each([
    'Both countries’ analysts say growth will slow.',
    'The two companies’ workers say pay is too low.',
  ])('a crowd of each of two bodies named before stays a crowd: %s', (text) => {
    expect(analyzeText(text).map((f) => f.kind)).toEqual(['vague-attribution']);
  });

  test.each([
    'Researchers reported on Thursday in the journal Leeds Medicine that the drug cut deaths by 20%.',
    'Writing in the journal Leeds Medicine, researchers said the drug cut deaths by 20%.',
    // A study, a paper or research, with when it was published between it and the journal.
    'The drug cut deaths by 20%, according to a study published on Wednesday in the journal Leeds Medicine.',
    'According to research published online on Monday in the Leeds Medicine journal, the drug cut deaths by 20%.',
  ])('research a named journal published is named: %s', (text) => {
    expect(analyzeText(text).map((f) => [f.kind, f.reason])).toEqual([['named-source', expect.stringContaining('published in “Leeds Medicine”')]]);
  });

  test.each([
    'Researchers reported in Leeds that the drug cut deaths by 20%.',
    // A month is when it was published, a place where.
    'According to a study published in May, the drug cut deaths by 20%.',
    'According to a study published on Wednesday in Scotland, the drug cut deaths by 20%.',
  ])('researchers reporting from a place, or a study published in a month or a place, name no journal: %s', (text) => {
    expect(analyzeText(text).map((f) => f.kind)).toEqual(['vague-attribution', 'unverified-figure']);
  });

  test('a bare spokesperson with no one named before stays unnamed', () => {
    expect(analyzeText('A spokesman said 300 jobs would go.').map((f) => f.kind)).toEqual(['anonymous-source', 'unverified-figure']);
  });

  test('"they" after bodies named by a plural ("Six Leeds newspapers … said") refers to them', () => {
    const text = 'Six Leeds newspapers said he was unfit for office. They called him an opportunist.';
    expect(analyzeText(text).find((f) => f.text.startsWith('They'))?.reason).toContain('refers to “Six Leeds newspapers”');
  });

  test.each([
    ['Mr. Reed drew applause in the hall in May when he accused the council of waste.', 'he accused', 'Mr. Reed'],
    ['Tom Reed studied the race for years.\n\nMrs. Ode, with her long record on the board, “is seen as the safe pick,” he said.', 'he said', 'Tom Reed'],
    ['For four years as treasurer, Mrs. Ode shaped nearly every budget of Mr. Reed’s first term. She urged the council to borrow.', 'She urged', 'Mrs. Ode'],
    ['A party ally suggested she would change course. Virginia Gov. Tom Reed took back his words the morning after he said the deal was good.', 'he said', 'Virginia Gov. Tom Reed'],
    ['Like her heroine, Ms. Ode worked on the Acme Bank trading floor. She said she took it in stride.', 'She said', 'Ms. Ode'],
    // Not a name set beside the subject's: "another rival, Mr. Ode, Mr. Reed".
    ['Mr. Reed said the deal was bad.\n\nOn the topic of another rival, Mr. Ode, Mr. Reed was asked why he had said the deal was good.', 'he had said', 'Mr. Reed'],
  ])('a name with an honorific is a person met in passing, of the sex the honorific says: %s', (text, finding, referent) => {
    expect(analyzeText(text).find((f) => f.text === finding)?.reason).toContain(`refers to “${referent}”`);
  });

  test('"he" with no one before it to refer to is the named person opening the sentence before, when the name says "he"', () => {
    const text = 'Ann Marsh said the plan was sound. “We will win,” she said.\n\nIn May, Michael Ode, chief executive at Acme, phoned with an offer. In a deal, he said, the name would live on.';
    expect(analyzeText(text).find((f) => f.text === 'he said')?.reason).toContain('refers to “Michael Ode”');
    // Not a name that says the other pronoun.
    expect(analyzeText(text.replace('Michael Ode', 'Mary Ode')).find((f) => f.text === 'he said')?.reason).not.toContain('Mary Ode');
  });

  test('a surname the article gave in full, opening the sentence, is who "he" in it is', () => {
    const text = 'Tom Reed spoke first.\n\nAnn Marsh interjected: “So you will stay?”\n\nReed faced the room as he answered.';
    expect(analyzeText(text).find((f) => f.text === 'he answered')?.reason).toContain('refers to “Reed”');
    // With a verb whose past is irregular.
    const saw = 'Tom Reed, the mayor, spoke first. Ann Marsh said the plan was sound.\n\nReed saw it differently: “It will fail,” he said.';
    expect(analyzeText(saw).find((f) => f.text === 'he said')?.reason).toContain('refers to “Reed”');
  });

  test('"he" or "she" that refers to no speaker is the person the paragraph last named in passing, when the name says so', () => {
    const text = 'Tom Reed said the vote was close.\n\nThe mill in Hull was built in 1900 by the father of Ann Marsh, who runs it today. “We will never sell,” she said.';
    expect(analyzeText(text).find((f) => f.text === 'she said')?.reason).toContain('refers to “Ann Marsh”');
    // Not a name that describes someone else, nor one of the other sex.
    const supporter = 'Ann Marsh said the vote was close.\n\nJo Ode is a farmer and a longtime Tom Reed supporter. “He will win,” he said.';
    expect(analyzeText(supporter).find((f) => f.text === 'he said')?.reason).not.toContain('Tom Reed');
    expect(analyzeText(text.replace('Ann Marsh', 'Tom Ode')).find((f) => f.text === 'she said')?.reason).not.toContain('Tom Ode');
  });

  test('"he" or "she" that refers to no one is the named person opening one of the few sentences before, even a paragraph back', () => {
    const text = 'Tom Reed said the hall would close.\n\nAnn Marsh, the organist at the chapel, played there for thirty years.\n\nThe roof has since fallen in. Now, she said, nobody comes.';
    expect(analyzeText(text).find((f) => f.text === 'she said')?.reason).toContain('refers to “Ann Marsh”');
    // Not further back than that.
    const far = text.replace('The roof has since fallen in.', 'The roof has since fallen in. The bell was sold. The pews were burned. The door is shut.');
    expect(analyzeText(far).find((f) => f.text === 'she said')?.reason).not.toContain('Ann Marsh');
  });

  test('a "he" the article wrote before is no "she" later, whoever it referred to', () => {
    const text = 'Ann Marsh chairs the board. “We will win,” she said.\n\nTom Reed spoke next. He later said the port would close. She told the council that it would not.';
    expect(analyzeText(text).find((f) => f.text === 'She told')?.reason).toContain('refers to “Ann Marsh”');
  });

  test('"officials said" after a body the article named speak for it; with no body nearby they are a crowd', () => {
    const named = analyzeText('Acme Bank said profits had doubled. Officials said it would cut jobs.').find((f) => f.text.startsWith('Officials'));
    expect(named?.kind).toBe('named-source');
    expect(named?.reason).toContain('Acme Bank');
    expect(analyzeText('The ministry said the plan was sound. Officers said it would start in May.').find((f) => f.text.startsWith('Officers'))?.kind).toBe('named-source');
    // A person, a report, or nothing before them: judged on their own words.
    for (const text of ['Ann Marsh said profits had doubled. Officials said it would cut jobs.', 'The report said profits had doubled. Officials said it would cut jobs.', 'Officials said the talks were over.']) {
      expect(analyzeText(text).find((f) => f.text.startsWith('Officials'))?.kind).toBe('vague-attribution');
    }
  });

  test.each([
    'The Hull Animal Shelter announced that the dog had been found. Officials said its microchip was still readable.',
    'The Leeds Tenants Association reported the leak on Monday. Officials said it would be fixed within a week.',
    'The Acme Foundation announced the grants on Friday. Officials said 40 schools had applied.',
  ])('"officials said" after a shelter, an association or a foundation the article named speak for it: %s', (text) => {
    const officials = analyzeText(text).find((f) => f.text.startsWith('Officials'));
    expect(officials?.kind).toBe('named-source');
    expect(officials?.reason).toContain('refers to “The');
  });

  test.each([
    ['Authorities said the ferry would stay in port. The Hull Harbour Board said the storm had damaged the pier.', 'Authorities', 'The Hull Harbour Board'],
    ['Health officials in Leeds confirmed two more cases. The Leeds health board said both patients were stable.', 'Health officials in Leeds', 'The Leeds health board'],
    ['Hull’s transport regulators said the fares were too high. The Hull Transport Commission said it would hold hearings.', 'Hull’s transport regulators', 'The Hull Transport Commission'],
  ])('officials, authorities or regulators the next sentence names as a body are its people (guide: "officials said", named in the next sentence): %s', (text, officials, body) => {
    const found = analyzeText(text).find((f) => f.text.startsWith(officials));
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).toContain(`refers to “${body}”`);
  });

  test.each([
    'Russian officials said the talks were over. The Leeds council said it would meet in May.',
    'Some officials said the talks were over. The Leeds council said it would meet in May.',
  ])('officials of another place, or a share of them, stay a crowd whatever body the next sentence names: %s', (text) => {
    expect(analyzeText(text).find((f) => /officials/i.test(f.text))?.kind).toBe('vague-attribution');
  });

  test('"the company" or "the department" is no person named before it; a body named before it, however worded, is', () => {
    const person = analyzeText('Ann Marsh sued the label on Monday, saying it blocked her. Yet the company says no permission was needed.');
    expect(person.find((f) => f.text === 'the company says')?.reason).not.toContain('Ann Marsh');
    const body = analyzeText('The Hull Records Group said the songs were its own.\n\nAnn Marsh said the label blocked her. Yet the company says no permission was needed.');
    expect(body.find((f) => f.text === 'the company says')?.reason).toContain('refers to “The Hull Records Group”');
    expect(analyzeText('Leeds Rivers Matter said the weir was unsafe. The group said repairs would cost more.').find((f) => f.text === 'The group said')?.reason).toContain('refers to “Leeds Rivers Matter”');
    const utility = analyzeText('Acme Power warned of outages on Monday, said Mark Quinlan, its director of planning.\n\nThe utility said it will watch the weather.');
    expect(utility.find((f) => f.text === 'The utility said')?.reason).toContain('refers to “Acme Power”');
  });

  test('a surname the article gave in full, opening the sentence before, is who "he" is, before a speaker of the paragraph before', () => {
    const text = 'Tom Reed, the former envoy, and Tim Ode, a former aide, testified side by side on Tuesday. Reed said he knew nothing of the plan.\n\nOde was the third witness who heard the call. He said he was not worried by it.';
    expect(analyzeText(text).find((f) => f.text === 'He said')?.reason).toContain('refers to “Ode”');
    // Not when the full name's first name says the other pronoun.
    const other = text.replace('Tim Ode', 'Mary Ode');
    expect(analyzeText(other).find((f) => f.text === 'He said')?.reason).not.toContain('“Ode”');
  });

  test('a speaker named alone opening the sentence before is who "she" is, before an unnamed speaker further back', () => {
    const text = '“We have 500 volunteers,” Marsh said.\n\nA council aide, who would not give her name, said the budget had been cut.\n\nMarsh would not confirm that. She said the council had spent 4 million crowns on the sea wall.';
    const found = analyzeText(text);
    expect(found.find((f) => f.text === 'She said')).toMatchObject({ kind: 'named-source' });
    expect(found.find((f) => f.text === 'She said')?.reason).toContain('refers to “Marsh”');
    expect(found.some((f) => f.kind === 'unverified-figure')).toBe(false);
    // Not when the sentence before opens with no one the article had speak.
    const unnamed = text.replace('Marsh would not confirm that.', 'The council would not confirm that.');
    expect(analyzeText(unnamed).find((f) => f.text === 'She said')).toMatchObject({ kind: 'anonymous-source' });
  });

  test.each([
    // A lone first sentence whose cue is in the past is a lead, which a later reference may reach back to.
    ['Two officials familiar with the plan said Acme would be sold.\n\nThe officials said the sale would come in January.', 'The officials said'],
    // What people know of a body is no body they are: "The people" are the people.
    ['Two people with some knowledge of the bank’s finances said it would cut 1,500 jobs. The people said the cuts would come in January.', 'The people'],
  ])('a reference back to a counted unnamed group stays anonymous: %s', (text, reference) => {
    const found = analyzeText(text).find((f) => f.text === reference);
    expect(found).toMatchObject({ kind: 'anonymous-source' });
    expect(found?.reason).toContain('first described as “Two');
  });

  test('"they" after a crowd opening the sentence before is that crowd, before a group further back', () => {
    const text = 'Two people with some knowledge of the bank’s finances said it would cut 1,500 jobs.\n\nGwen Parry, the regulator’s chief, said she had not been told.\n\nPeople with accounts at the bank queued outside its Leeds branch on Friday. They said they were afraid.';
    expect(analyzeText(text).find((f) => f.text === 'They')?.reason).toContain('refers to “People with accounts at the bank”');
  });

  test.each([
    ['A survey of 2,000 Hull nurses came out on Monday. The survey found most planned to quit.', 'The survey found', '“A survey”'],
    ['A preprint posted last week looked at Leeds patients. The preprint suggests most improved.', 'The preprint suggests', '“A preprint”'],
  ])('a record the article brought in unnamed is what "the survey" refers to, vague: %s', (text, span, first) => {
    const found = analyzeText(text).find((f) => f.text === span);
    expect(found).toMatchObject({ kind: 'vague-attribution' });
    expect(found?.reason).toContain(`An unspecified report: “${span.split(' ').slice(0, 2).join(' ')}” refers to ${first}`);
  });

  test('the people of a record the article brought in unnamed are as unnamed as it: "The study\'s authors said"', () => {
    const found = analyzeText('A study published last year found that fees had doubled. The study’s authors said staff costs drove the rise.').find((f) => f.text.startsWith('The study’s authors'));
    expect(found).toMatchObject({ kind: 'vague-attribution' });
    expect(found?.reason).toContain('refers to “A study”');
    // A record's critics are no makers of it.
    expect(analyzeText('A study by the Leeds Institute found that fees had doubled. The study’s critics said it was flawed.').find((f) => f.text.startsWith('The study’s critics'))?.kind).toBe('vague-attribution');
    // Named nearby, they are named.
    expect(analyzeText('A study by the Leeds Institute found that fees had doubled. The study’s authors said staff costs drove the rise.').find((f) => f.text.startsWith('The study’s authors'))?.kind).toBe('named-source');
  });

  test('a record brought in with who saw it after it is no record named', () => {
    expect(analyzeText('A leaked report, seen by the Hull Examiner, came out on Monday. The report said 300 jobs would go.').find((f) => f.text.startsWith('The report'))?.kind).toBe('vague-attribution');
  });

  test('a maker whose name opens with a month is no date', () => {
    expect(analyzeText('A report by June Marsh came out on Monday. The report said 300 jobs would go.').find((f) => f.text.startsWith('The report'))?.kind).toBe('named-source');
  });

  test('a record brought in with its maker after it stays named', () => {
    expect(analyzeText('A report from the Hull Port Authority came out on Monday. The report said 300 jobs would go.').find((f) => f.text.startsWith('The report'))?.kind).toBe('named-source');
  });

  test('a record named where it is brought in, or in the sentence that refers to it, stays named', () => {
    expect(analyzeText('A Hadley survey of Hull nurses came out on Monday. The survey found most planned to quit.').find((f) => f.text === 'The survey found')?.kind).toBe('named-source');
    expect(analyzeText('A case study came out on Monday.\n\nThe study, which ran in Leeds Medicine, found the man recovered.').find((f) => f.text.startsWith('The study'))?.kind).toBe('named-source');
  });

  test('a headline’s unnamed sources are no one a later reference is', () => {
    const found = analyzeText('Acme to be sold, sources say\n\nThe officials said the sale would come in January.').find((f) => f.text.startsWith('The officials'));
    expect(found?.reason ?? '').not.toContain('first described as');
  });

  test('the name set beside the role that opens the sentence is who "he" is in the next', () => {
    const text = '“We have 500 volunteers,” Marsh said.\n\nThe mayor’s deputy, Tom Reed, spoke next. “The river rose fast,” he said.';
    expect(analyzeText(text).find((f) => f.text === 'he said')?.reason).toContain('refers to “Tom Reed”');
  });

  test.each([
    // The one first name the article writes before a surname says "he" or "she" for the surname alone.
    ['Ann Marsh, a grower from Hull, said she would not back the levy.\n\n“It is unfair,” Marsh said.\n\nOn Friday, he suggested the vote wait.', '“Marsh”', true],
    // Not two first names ("Tom Ode", "Mary Ode"), which say nothing of "Ode" alone.
    ['Tom Ode and Mary Ode run the farm.\n\n“It is unfair,” Ode said.\n\nOn Friday, he suggested the vote wait.', '“Ode”', false],
  ])('a surname alone is of the sex of the one first name the article gives it: %s', (text, surname, skipped) => {
    const reason = analyzeText(text).find((f) => f.text === 'he suggested')?.reason ?? '';
    expect(reason.includes(surname)).toBe(!skipped);
  });

  test('an adverb opening the sentence is no part of the name after it, nor a first name: "Then Reed asked"', () => {
    const text = 'Ann Fields, a reporter, said she was pushed by Tom Reed.\n\nThen Reed asked whether he could sue her. “It was nothing,” she said.';
    expect(analyzeText(text).find((f) => f.text === 'she said')?.reason).toContain('refers to “Ann Fields”');
  });

  test('two people sharing a double surname are told apart by their first names: "she" is not "Tom Lee Marsh"', () => {
    const text = 'Ann Lee Marsh edits the paper, and her husband, Tom Lee Marsh, prints it. “It is hard work,” she said.\n\nAccording to Tom Lee Marsh, their agent left in 1990.\n\nThe paper lost money that year, and the bank called in its loan. “It was a bad year,” she said.';
    const reasons = analyzeText(text).filter((f) => f.text === 'she said').map((f) => f.reason);
    expect(reasons[0]).toContain('refers to “Ann Lee Marsh”');
    expect(reasons[1]).not.toContain('Tom Lee Marsh');
  });

  test('a body written in capitals is no one "he" or "she" refers to: "he told" after "LEEDSNEWS reported"', () => {
    const text = 'Tom Reed gave paid talks for years. LEEDSNEWS reported on his talks in 2007. Back then, he told the paper that he needed the money.';
    expect(analyzeText(text).find((f) => f.text === 'he told')?.reason).not.toContain('LEEDSNEWS');
  });

  test('"it" is no person "he" or "she" could refer to', () => {
    const text = 'The Leeds Post said Marsh was collecting notes. It added, “the visit comes as Marsh plans new attacks.”\n\nThough Marsh’s books sell well, her findings are disputed by those about whom she has written.';
    expect(analyzeText(text).find((f) => f.text === 'she has written')?.reason).not.toContain('“It”');
  });

  test('an unnamed source\'s relative clause holds no head for later references to find', () => {
    const text = 'A spokesman who asked not to be named because of company policy said the plant would close. The company added that talks were under way.';
    expect(analyzeText(text).find((f) => f.text.startsWith('The company'))?.kind).toBe('named-source');
    const again = 'A spokesman who asked not to be named because of company policy said the plant would close. The spokesman added that talks were under way.';
    expect(analyzeText(again).find((f) => f.text.startsWith('The spokesman'))?.kind).toBe('anonymous-source');
  });

  test.each([
    ['Tom Reed backed the levy. In an interview at the depot, Ann Marsh laughed off the plan. “It is a joke,” she said.', 'she said', 'In an interview'],
    ['Reed spoke at the dock. Hull FM and the Leeds Post said the levy would pass. He said he would vote no.', 'He said', 'Hull FM'],
  ])('"he" or "she" refers to no phrase, paper or pair of names: %s', (text, finding, wrong) => {
    const reason = analyzeText(text).find((f) => f.text === finding)?.reason;
    expect(reason).toMatch(/^A named source/);
    expect(reason).not.toContain(wrong);
  });

  test.each([
    ['Tom Reed, a preacher, slammed the levy on his Sunday show, Valley Media Watch first reported. “It is theft,” he said.', 'he said', 'Valley Media Watch', '“Tom Reed”'],
    ['Tom Reed said the dock was unsafe. Hull Housing Institute said the levy would pass. He said he would vote no.', 'He said', 'Hull Housing Institute', '“Tom Reed”'],
    ['Ann Marsh of the Leeds Tenants Association said rents had doubled. She said the council had known for a year.', 'She said', 'none', '“Ann Marsh of the Leeds Tenants Association”'],
  ])('"he" or "she" refers to a person, never to a body whose name ends in its kind: %s', (text, finding, body, person) => {
    const reason = analyzeText(text).find((f) => f.text === finding)?.reason;
    expect(reason).not.toContain(body);
    expect(reason).toContain(`refers to ${person}`);
  });

  test.each([
    ['Tom Reed took the stage. The sound system failed twice, and Reed blamed the hall. He said the council had not paid.', 'He said', '“Reed”'],
    ['Ann Marsh, the council leader, said the vote was fair. She said she would run again.', 'She said', '“Ann Marsh”'],
  ])('"he" or "she" still refers to the person named before: %s', (text, finding, name) => {
    expect(analyzeText(text).find((f) => f.text === finding)?.reason).toContain(`refers to ${name}`);
  });

  test.each([
    ['“The levy is unfair,” Tom Reed said. He said the council had lied. He said it again on Monday.\n\nWhen Reed accused Ann Marsh of hiding the cost, she said the books were open.', 'Reed'],
    ['“We will win,” Mr. Reed said on Monday.\n\nWhen Reed accused Ann Marsh of hiding the cost, she said the books were open.', 'Reed'],
    ['“We will win,” Tom Marsh said. He said the vote was close. He said it twice.\n\nHis wife, Ann Marsh, took the stage next. She said the count was fair.', 'Tom Marsh'],
  ])('"she" does not refer to a man the article has twice called "he", or "Mr.": %s', (text, man) => {
    const she = analyzeText(text).find((f) => /^she said$/i.test(f.text));
    expect(she?.kind).toBe('named-source');
    expect(she?.reason).not.toContain(man);
  });

  test.each([
    ['“We will appeal,” said Emily Reed, a lawyer for the family. He said the case would go on.', 'Emily Reed'],
    ['“We will appeal,” said Sonya Ode, a lawyer for the family. Tom Marsh, her client, listened. He said the case would go on.', 'Sonya Ode'],
  ])('"he" does not refer to a woman by her first name, before the article has used a pronoun for her: %s', (text, woman) => {
    const he = analyzeText(text).find((f) => f.text === 'He said');
    expect(he?.kind).toBe('named-source');
    expect(he?.reason).not.toContain(woman);
  });
  test('a man\'s first name leaves "he" his', () => {
    const text = '“We will appeal,” said John Reed, a lawyer for the family. He said the case would go on.';
    expect(analyzeText(text).find((f) => f.text === 'He said')?.reason).toContain('refers to “John Reed”');
  });

  test('two people of one surname keep their own pronouns: "he" still refers to the man after "she" to the woman', () => {
    const text = '“Vote early,” Ann Reed said. She said the polls were wrong. She said it twice.\n\n“It was close,” Tom Reed said. Reed thanked the crowd. He said the count was fair.';
    expect(analyzeText(text).find((f) => f.text === 'He said')?.reason).toContain('refers to “Tom Reed”');
  });

  test.each([
    ['The lab is run by Prof. Ann Marsh. Critics say the South China Sea is at risk. The tests will go on, the professor said.', 'the professor said', '“Prof. Ann Marsh”'],
    ['The clinic is run by Dr. Ann Marsh. Patients at Hull Royal Infirmary say it is busy. The doctor said waiting times had doubled.', 'The doctor said', '“Dr. Ann Marsh”'],
  ])('a description by title refers to the name given with that title, not a place named since: %s', (text, finding, name) => {
    expect(analyzeText(text).find((f) => f.text === finding)?.reason).toContain(`refers to ${name}`);
  });

  test('a description of a person refers to the speaker named nearby before a name met in passing', () => {
    const text = '“The roads are a mess,” Ann Marsh said.\n\nReed cited the Ferguson Effect. The moderator pointed out he had dodged it.';
    const moderator = analyzeText(text).find((f) => f.text.startsWith('The moderator'));
    expect(moderator?.kind).toBe('named-source');
    expect(moderator?.reason).not.toContain('Ferguson Effect');
  });

  test.each([
    ['“We do not discuss staff benefits,” said Tom Reed, a company spokesman. One worker showed a document she said was the staff handbook. “Leave is unpaid,” the document states.', 'the document states', 'Tom Reed'],
    ['“Turnout will be low,” said Ann Marsh, the mayor’s rival. The poll also finds most voters undecided.', 'The poll also finds', 'Ann Marsh'],
  ])('a record a body makes or a case holds is no person named nearby: %s', (text, finding, name) => {
    const found = analyzeText(text).find((f) => f.text === finding);
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).not.toContain(name);
  });

  test.each([
    ['With Mayor Tom Reed weighing a run, a Gazette Poll put him ahead of Ann Marsh in a race among Reed, Marsh and Ben Ode. Ode had 37 percent and Marsh 36 percent, the results say.', 'the results say', '“a Gazette Poll”'],
    ['Ann Marsh and Tom Reed toured the mill on Monday. A Gazette poll of 900 growers was released the same day. The results show most growers back the levy.', 'The results show', undefined],
  ])('the results or findings of a poll are the poll, one or many, never a pair of people named nearby: %s', (text, finding, record) => {
    const found = analyzeText(text).find((f) => f.text === finding);
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).not.toMatch(/Ann Marsh|Tom Reed|“Marsh”|“Reed”/);
    if (record) expect(found?.reason).toContain(`refers to ${record}`);
  });

  test.each([
    ['Humberside Police have opened an inquiry into the crash.\n\nOfficials said two drivers were hurt.', '“Humberside Police”'],
    ['The Leeds Harbour Board closed the port on Monday. Officials said 30 ships were held at sea.', '“The Leeds Harbour Board”'],
  ])('officials refer to the body the sentence before opens with, though it was no source: %s', (text, body) => {
    const found = analyzeText(text);
    expect(found.find((f) => f.text.startsWith('Officials'))).toMatchObject({ kind: 'named-source', reason: expect.stringContaining(`refers to ${body}`) });
    // Their figure is sourced by them.
    expect(found.filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test.each([
    'Gunmen stormed the Hull Town Hall on Monday.\n\nOfficials said two guards were hurt.',
    'The Hull Town Hall was stormed by gunmen on Monday.\n\nOfficials said two guards were hurt.',
    'Outside Leeds Crown Court, reporters waited all day.\n\nOfficials said two guards were hurt.',
  ])('a body named only as where something happened is no one officials speak for: %s', (text) => {
    expect(analyzeText(text).find((f) => f.text.startsWith('Officials'))?.kind).toBe('vague-attribution');
  });

  test('a letter may refer to the person who wrote it, named nearby', () => {
    const text = 'Acme replied in a letter written by Ann Marsh, its chief counsel. The letter also accuses the paper of bias.';
    expect(analyzeText(text).find((f) => f.text.startsWith('The letter'))?.reason).toContain('refers to “Ann Marsh');
  });

  test('a source first described without a name stays anonymous', () => {
    const text = 'A senior official who asked not to be identified described the talks. The official said 40 people were detained.';
    const later = analyzeText(text).find((f) => f.text === 'The official');
    expect(later?.kind).toBe('anonymous-source');
    expect(later?.reason).toContain('first described as “A senior official”');
  });

  test('an unnamed informant described by where they are is who "the source" refers to, not an older source', () => {
    const text = 'A source said in March that the mill would close. The source said 40 jobs would go.\n\nAnn Marsh visited the mill.\n\nThe vote was rigged, a source at the Leeds radio station said. The source said the count was changed.';
    expect(analyzeText(text).filter((f) => f.text === 'The source').at(-1)?.reason).toContain('first described as “a source at the Leeds radio station”');
  });

  test('one person is no crowd: "the Leeds Republican" does not refer to the council\'s Republicans before it', () => {
    const text = 'Ann Marsh spoke in Leeds on Monday. Most of the council\'s Republicans say they are nervous. The Leeds Republican said the vote was fair.';
    expect(analyzeText(text).find((f) => f.text.startsWith('The Leeds Republican'))?.kind).toBe('named-source');
  });

  test.each([
    ['“We are friends,” Jim Reed told a passer-by. “We go back years,” he explained.\n\nMarsh, 78, arrived later with her own signs. She said she had not expected to see him.', 'She said', 'Jim Reed'],
    ['“We will appeal,” said Sue Ode, a lawyer for the family. Tom Marsh, her client, listened. He said the case would go on.', 'He said', 'Sue Ode'],
  ])('a first name still rules out "he" or "she" after one pronoun the other way: %s', (text, finding, wrong) => {
    expect(analyzeText(text).find((f) => f.text === finding)?.reason).not.toContain(wrong);
  });

  test.each([
    ['TOWN — It was a scene that made people stop and stare.\n\n“We vote our own ways, and we are still friends,” Jim Reed, 57, told a voter walking past who looked puzzled by the two of them.\n\nSue Marsh, 78, came in the afternoon. She said she was surprised.\n\n“I did not expect Mr. Reed here,” Marsh said with a laugh.\n\n“We are town people,” Reed said. “Sue is a local star.”\n\nThe two voters agreed that both men tap the same anger.', undefined],
    ['A woman asked a voter for directions.\n\n“We are town people,” Reed said. “He is right,” Sue Marsh said.\n\nThe two voters agreed that both men tap the same anger.', 'named-source'],
  ])('two are no one: "the two voters" is never "a voter" met before; it is the pair just named: %s', (text, kind) => {
    const two = analyzeText(text).find((f) => f.text.startsWith('The two voters'));
    expect(two?.kind).not.toBe('anonymous-source');
    expect(two?.reason).not.toContain('a voter');
    if (kind) expect(two?.kind).toBe(kind);
  });

  test.each([
    ['Tom Reed spoke first at the debate. When the host noted that Reed had dodged the point, the candidate said the levy was unfair.', 'the candidate said', '“Tom Reed”', 'host'],
    ['Ann Marsh toured the plant on Friday. Workers blamed the so-called Leeds Effect for the closure. The candidate said the town would recover.', 'The candidate said', '“Ann Marsh”', 'Effect'],
  ])('a role refers to a person named nearby, not to someone another role describes nor to a law or event: %s', (text, finding, person, wrong) => {
    const reason = analyzeText(text).find((f) => f.text === finding)?.reason;
    expect(reason).toContain(`refers to ${person}`);
    expect(reason).not.toContain(wrong);
  });

  test('"he" after a sentence that opens with a man named by his first name is him, before a speaker met earlier', () => {
    const text = 'Mitch Ode said the Senate would not act this year.\n\nSenator Tom Reed met the nominee on Monday and kept the door open to talks. But he said there would be no hearing.';
    expect(analyzeText(text).find((f) => f.text === 'he said')?.reason).toContain('refers to “Senator Tom Reed”');
    // A woman's first name is no "he".
    const she = 'Mitch Ode said the Senate would not act this year.\n\nSenator Ann Reed met the nominee on Monday and kept the door open to talks. But he said there would be no hearing.';
    expect(analyzeText(she).find((f) => f.text === 'he said')?.reason).toContain('refers to “Mitch Ode”');
  });

  test('a reference to a reference gives the first description of an unnamed source, and the name behind a pronoun', () => {
    const anonymous = 'Acme will shut the plant, according to a senior manager. The manager said 400 jobs would go. The closure could come on Monday, the person said.';
    expect(analyzeText(anonymous).find((f) => f.text === 'the person')?.reason).toContain('first described as “a senior manager”');
    const named = 'Ann Marsh, the council leader, said the vote was fair. She said she would run again. She added that the count was clean.';
    expect(analyzeText(named).find((f) => f.text === 'She added')?.reason).toContain('refers to “Ann Marsh”');
    // A named description's reason still gives the nearest mention, the one it was read against.
    const described = 'Ben Ode, a spokesman for Acme, declined to comment. The spokesman said only that sites were reviewed.';
    expect(analyzeText(described).find((f) => f.text === 'The spokesman said')?.reason).toContain('refers to “Ben Ode”');
  });

  test('a record whose maker an aside names refers back to nothing, and names the record an earlier sentence described', () => {
    const text = 'A new study warns that the roads are crumbling. The study, by the Hull Institute, found that 40 percent of bridges need repair.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'unverified-figure')).toEqual([]);
    expect(analyzeText(text).find((f) => f.text.startsWith('A new study'))?.kind).toBe('named-source');
  });

  test('"they" after unnamed people described by a participle refers to those people, not to whoever leads them', () => {
    const text = 'The aides, headed by their campaign chief Tom Reed, told donors that they did not expect to win Leeds. They said they had high hopes for Hull.';
    const they = analyzeText(text).find((f) => f.text === 'They');
    expect(they?.kind).toBe('anonymous-source');
    expect(they?.reason).toContain('first described as “The aides, headed by their campaign chief Tom Reed”');
  });

  test('a plural reference to unnamed people says they are those first described', () => {
    const text = 'Two people close to the bid said a merger was near. The people said it could be signed on Monday.';
    const later = analyzeText(text).find((f) => f.text.startsWith('The people'));
    expect(later?.reason).toContain('Unnamed sources: “The people” are those first described as “Two people close to the bid”');
    const one = 'A senior official who asked not to be named described the talks. The official said 40 people were held.';
    expect(analyzeText(one).find((f) => f.text === 'The official')?.reason).toContain('An unnamed source: “The official” is the one first described as');
  });

  test.each([
    ['Leeds farmers blocked the plan because they said the levy was unfair.', 'vague-attribution', 'Leeds farmers'],
    ['Many nurses walked out on Monday. They said wards were unsafe.', 'vague-attribution', 'Many nurses'],
    ['Officials met in March. The scheme, they said, would be delayed.', 'vague-attribution', 'Officials'],
    ['On Friday, several aides gathered in Hull. They said the campaign was short of money.', 'anonymous-source', 'several aides'],
    // People named by where they work, in the paragraph before, with the people they counted between.
    ['Scientists at the universities of Leeds and Hull studied records of 9,000 patients.\n\nThey found that coffee drinkers were 21% less likely to fall ill.', 'named-source', 'Scientists at the universities of Leeds'],
  ])('"they" refers to the crowd that opens its sentence or the one before: %s', (text, kind, crowd) => {
    const they = analyzeText(text).find((f) => /^they\b/i.test(f.text));
    expect(they?.kind).toBe(kind);
    expect(they?.reason).toContain(`“${crowd}”`);
  });

  test.each([
    // Other people between leave "they" unclear; records and things are no one.
    'Economists studied firms where managers hired the workers they thought best.',
    'Local farmers met the councillors on Monday. They said the levy was unfair.',
    'These studies covered 40 towns. They said little about rents.',
    // A crowd two sentences back is out of reach.
    'Local farmers met on Monday.\n\nThe mill closed at noon.\n\nThey said the levy was unfair.',
  ])('"they" with no crowd in reach stays unresolved: %s', (text) => {
    expect(analyzeText(text).find((f) => f.text.toLowerCase().startsWith('they'))).toBeUndefined();
  });

  test.each([
    ['Acme executives said the strike hurt. The deal, Acme said, was close.', 'named-source'],
    ['Leeds officials said the pier was unsafe. The inquiry in Leeds goes on.', 'named-source'],
    // A capital by position: the text writes the word in lower case elsewhere.
    ['Security officials said the pier was unsafe. The security of the pier is weak.', 'vague-attribution'],
    ['Growers said the fee was unfair. The Acme growers had paid it.', 'vague-attribution'],
  ])('a capital opening the sentence names a body when the text capitalises the word elsewhere: %s', (text, kind) => {
    expect(analyzeText(text)[0]?.kind).toBe(kind);
  });

  test('a lede that describes one person names them in the next sentence, with the same description or none', () => {
    const text = 'Leeds speechwriter reveals he might back Marsh.\n\nThe lifelong teacher who wrote the speech given by the mayor says he cannot support Reed this year.\n\nTom Cross, a teacher at Leeds High, wrote in the Leeds Post that he penned the remarks.';
    const found = analyzeText(text);
    expect(found.find((f) => f.text.startsWith('The lifelong teacher'))?.kind).toBe('named-source');
    expect(found.find((f) => f.text.startsWith('Leeds speechwriter'))?.kind).toBe('named-source');
    // So does one the next sentence names as a speaker and describes no further.
    const bare = 'A lawmaker in Leeds is calling for the levy to be scrapped.\n\n“It is unfair to farmers,” Ann Marsh said in a bill she tabled on Monday.';
    expect(analyzeText(bare).find((f) => f.text.startsWith('A lawmaker'))?.kind).toBe('named-source');
    // Someone else named next, with another description, is someone else.
    const other = 'A nurse who treated the victims on Monday said the ward was overwhelmed.\n\nAnn Ode, the hospital director, said more staff had been called in.';
    expect(analyzeText(other).find((f) => f.text.startsWith('A nurse'))?.kind).toBe('anonymous-source');
    // An informant is not the person named after them.
    const informant = 'A senior official who attended the talks said a deal was close.\n\nTom Reed, the senior official in charge, declined to comment.';
    expect(analyzeText(informant).find((f) => f.text.startsWith('A senior official'))?.kind).toBe('anonymous-source');
  });

  test('a record in a paragraph of its own is not named by a body\'s spokesperson in the next', () => {
    const text = 'The report, dated 14 May, says the move would save money.\n\nA Hull Council spokesperson said the council did not comment on drafts.';
    const report = analyzeText(text).find((f) => f.text.startsWith('The report'));
    expect(report?.reason).not.toContain('spokesperson');
    // A body naming itself there still names the record.
    const body = 'The survey, published on Monday, found rents rising.\n\nThe Hull Housing Institute said the figures were sound.';
    expect(analyzeText(body).find((f) => f.text.startsWith('The survey'))?.reason).toContain('refers to “The Hull Housing Institute”');
  });

  test('an informant described again with a relative clause is the one first described', () => {
    const text = 'A government source said the cost was lower. The source, who spoke on condition of anonymity, added that a plan would follow.';
    const later = analyzeText(text).find((f) => f.text.startsWith('The source'));
    expect(later?.kind).toBe('anonymous-source');
    expect(later?.reason).toContain('first described as “A government source”');
  });

  test('a pronoun after a named speaker is named, and says whom it refers to', () => {
    const text = 'John Kirby, a Pentagon spokesman, said the strike was lawful. He added that it had been planned for weeks.';
    const he = analyzeText(text).find((f) => f.text === 'He added');
    expect(he?.kind).toBe('named-source');
    expect(he?.reason).toContain('“John Kirby”');
  });

  test('“they” takes the kind of the crowd before it, and is dropped with no group before it', () => {
    expect(spans('Some economists argue rates will fall. They say inflation is easing.', 'vague-attribution')).toEqual(['Some economists', 'They']);
    expect(analyzeText('They say inflation is easing.')).toEqual([]);
  });

  test('a role described with “the” refers to the person the article named', () => {
    const text = 'Maria Lopez spoke in Leeds on Monday. The Labour candidate said the count was wrong.';
    expect(only(text, 'named-source').text).toBe('The Labour candidate said');
  });

  test('a longer description refers back as one person\'s role, but not as a crowd of its own', () => {
    const text = 'Maria Lopez spoke in Leeds on Monday. The former Labour council candidate said the count was wrong.';
    expect(only(text, 'named-source').text).toBe('The former Labour council candidate said');
    const crowds = 'Maria Lopez and Tom Reed spoke in Leeds. The angry farmers or their landlords say the count was wrong. Those who voted for her rival say so too.';
    expect(spans(crowds, 'named-source')).toEqual([]);
  });

  test('“the candidates” after two named candidates is that named group', () => {
    const text = 'Maria Lopez and Tom Reed met voters in Leeds on Monday. The candidates agreed that the count was wrong.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(only(text, 'named-source').text).toContain('The candidates');
    expect(spans('Voters met in Leeds on Monday. The candidates agreed that the count was wrong.', 'vague-attribution')).toEqual(['The candidates']);
  });

  test('"they" after two names joined by "and" that spoke is those two', () => {
    const text = 'Reed and Marsh said the levy was unfair.\n\nThe levy has been in place since 2010. Later on Monday, they said the council should scrap it.';
    expect(spans(text, 'named-source')).toEqual(['Reed and Marsh said', 'they said']);
  });

  // Only a group the article has quoted member by member: two people it names in passing are not "the joggers".
  test('a crowd after two people named in passing stays a crowd; after two people quoted, it is them', () => {
    expect(spans('Police said Tom Reed met Ann Marsh at the park. The joggers said the path was closed.', 'vague-attribution')).toEqual(['The joggers']);
    expect(spans('Tom Reed said the path was closed. Ann Marsh said it was open. The rivals agreed that the park was busy.', 'named-source')).toContain('The rivals agreed');
  });

  test('a feeling is not credited to a named group: “these experts were outraged” stays a crowd’s view', () => {
    const text = 'Maria Lopez and Tom Reed met voters in Leeds on Monday. These experts were outraged by the count.';
    expect(spans(text, 'vague-attribution')).toEqual(['These experts']);
    expect(spans(text, 'named-source')).toEqual([]);
  });

  test('"he" does not refer to a view no one is named for ("seen as", "considered")', () => {
    const text = 'Tom Reed runs the ferry, which is seen as a lifeline for the island. He said the fares would stay.';
    expect(spans(text, 'named-source')).toEqual(['He said']);
    expect(spans(text, 'vague-attribution')).toEqual(['seen as']);
  });

  test('a paragraph that names someone before its "he" has moved on from the unnamed speaker of the paragraph before', () => {
    const text = 'One former party aide said the town mattered most.\n\nTom Reed met the mayor on Monday. He says the talks went well.';
    expect(spans(text, 'named-source')).toEqual(['He says']);
    expect(spans(text, 'anonymous-source')).toEqual(['One former party aide']);
    // With no one named in between, "he" is still that speaker.
    expect(spans('One former party aide said the town mattered most.\n\nHe says the talks went well.', 'anonymous-source')).toEqual(['One former party aide', 'He says']);
  });

  test('a pronoun does not refer to someone described as the other sex', () => {
    expect(spans('A woman in Leeds said the water was brown. He said it was fine.', 'anonymous-source')).toEqual(['A woman in Leeds']);
    expect(spans('A woman in Leeds said the water was brown. She said it had been for weeks.', 'anonymous-source')).toEqual([
      'A woman in Leeds',
      'She said',
    ]);
    // An honorific says it of a name: "he" skips "Mrs. Marsh" for the unnamed speaker before her.
    const text = 'A senior aide said the talks had stalled. Mrs. Marsh disagreed. The plan, he said, was dead.';
    expect(spans(text, 'anonymous-source')).toEqual(['A senior aide', 'he said']);
  });

  test('“the insider” is never taken for a name nearby', () => {
    // dev.jsonl 4b6ef18962
    const text = 'Scooter Braun has stayed silent. "This fight with Taylor is not something Scooter agrees with," the insider added of the continuing spat.';
    expect(spans(text, 'anonymous-source')).toEqual(['the insider']);
  });

  test('“a study” is vague on its own words and named when the next sentence names it', () => {
    expect(spans('A new study found that plumes reach the surface.', 'vague-attribution')).toEqual(['A new study']);
    const named = 'A new study found that plumes reach the surface. The study was published by NASA on Monday.';
    expect(spans(named, 'vague-attribution')).toEqual([]);
  });

  test('a year after "from" or "in" is when a thing was found; a count written without its comma is a figure found', () => {
    expect(spans('Searching the archive, Ann Marsh found a deed from 1911.', 'named-source')).toEqual([]);
    expect(spans('The regulator found a backlog of 1900 claims.', 'named-source')).toEqual(['The regulator found']);
    expect(spans('The regulator found a backlog of 1900.', 'named-source')).toEqual(['The regulator found']);
  });

  test('“a group of nurses” is named when the next sentence gives the group’s name after “The group”', () => {
    const named = 'Two wards will shut by May, with 40 beds lost, a group of nurses says. The group, Ward Watch, wrote to the trust that the plan was unsafe.';
    expect(spans(named, 'vague-attribution')).toEqual([]);
    expect(spans(named, 'unverified-figure')).toEqual([]);
    expect(analyzeText(named).find((f) => f.text.startsWith('a group of nurses'))?.kind).toBe('named-source');
    // "The group" with no name after it, or a person named next, names no group.
    const unnamed = 'Two wards will shut by May, with 40 beds lost, a group of nurses says. The group wrote to the trust that the plan was unsafe.';
    expect(spans(unnamed, 'vague-attribution')).toEqual(['a group of nurses']);
    const person = 'Two wards will shut by May, with 40 beds lost, a group of nurses says. Ann Marsh, a manager, wrote that the plan was unsafe.';
    expect(spans(person, 'vague-attribution')).toEqual(['a group of nurses']);
    // A tag or a description in the aside is no name.
    const tagged = 'Two wards will shut by May, with 40 beds lost, a group of nurses says. The group, Reed said, wrote to the trust.';
    expect(spans(tagged, 'vague-attribution')).toEqual(['a group of nurses']);
    const described = 'Two wards will shut by May, with 40 beds lost, a group of nurses says. The group, Leeds-based, wrote to the trust.';
    expect(spans(described, 'vague-attribution')).toEqual(['a group of nurses']);
  });

  test('a clinical trial is a record as a study is: “…, the trial showed”', () => {
    const text = 'The Acme Institute ran a trial of the drug in Leeds. It cut deaths by 20 percent, the trial showed.';
    expect(spans(text, 'named-source')).toContain('the trial showed');
    expect(spans(text, 'unverified-figure')).toEqual([]);
    expect(spans('A trial found that the drug cut deaths.', 'vague-attribution')).toEqual(['A trial']);
  });

  test('named records met in passing are what “the reports” refer to', () => {
    const text = 'That is the lesson of freshly filed Leeds Election Commission reports that track spending. The reports show the fund spent $500,000.';
    expect(spans(text, 'named-source')).toEqual(['The reports show']);
    expect(spans(text, 'unverified-figure')).toEqual([]);
  });

  test('the next sentence names “a study” by a description holding its own name: “The Acme Institute poll”', () => {
    const text = 'According to recent polling, Reed leads in Hull. The Acme Institute poll shows him at 40 percent.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'named-source')).toContain('According to recent polling');
    const next = 'A new poll shows Reed ahead in Hull. The Acme Institute poll found him leading by five points.';
    expect(spans(next, 'vague-attribution')).toEqual([]);
    // A description with no name of its own names nothing: "the poll" is still the one the article has not named.
    expect(spans('A new poll shows Reed ahead in Hull. The poll found him leading by five points.', 'vague-attribution')).toContain('A new poll');
  });

  test('a quotation opening the next sentence is named by its tag where it closes, in the next paragraph too', () => {
    const text = 'Plumes reach the surface, a new study reports.\n“Water is everywhere. Liquid water is not,” study author Ann Marsh said.';
    expect(spans(text, 'vague-attribution')).toEqual([]);
    expect(spans(text, 'named-source')).toContain('a new study reports');
    // Without a quotation the next paragraph is too far.
    expect(spans('Plumes reach the surface, a new study reports.\nAnn Marsh said water is everywhere.', 'vague-attribution')).toEqual(['a new study']);
  });

  test('"they" refers to a group the article named ("Researchers at Leeds"), not to a surname ending like one', () => {
    const group = 'Researchers at Leeds found the drug works. They said more trials are needed.';
    expect(analyzeText(group).find((f) => f.text === 'They said')?.reason).toContain('refers to “Researchers at Leeds”');
    // "Potters" ends like a crowd ("ranchers") but is one woman.
    const surname = 'Ann Potters spoke on Monday. They said the vote was fair.';
    expect(analyzeText(surname).some((f) => f.text.startsWith('They'))).toBe(false);
  });
});

describe('reasons in the words of the phrase', () => {
  test('a plural source is described as plural, with its own words', () => {
    const f = only('Two informed sources told NBC News that talks were under way.', 'anonymous-source');
    expect(f.reason).toBe('Unnamed sources, described only as “Two informed sources”, with no reason given for leaving them unnamed: the reader cannot check who said this.');
  });

  test('a small group counted by its amount word is plural, whatever its head', () => {
    const f = only('A handful of Acme staff told the Leeds Post the depot was unsafe.', 'anonymous-source');
    expect(f.reason).toMatch(/^Unnamed sources, /);
  });

  test('asking not to be named is said, and is no reason for it', () => {
    const f = only('The pier is unsafe, said one boatman, who asked not to be named.', 'anonymous-source');
    expect(f.reason).toBe('An unnamed source, loosely described as “one boatman”, who asked not to be named, with no reason given why: the reader cannot check who said this.');
  });

  test('a relative clause belongs to the source phrase, however long', () => {
    const text = 'A senior State Department official who spoke on condition of anonymity said the talks stalled.';
    const f = only(text, 'anonymous-source');
    expect(f.text).toBe('A senior State Department official who spoke on condition of anonymity');
    expect(f.specificity).toBe('specific');
  });

  test('a report referred back to is an unspecified report, a crowd an unspecified group', () => {
    const report = analyzeText('The ferry was late, a harbour report found. The report cited a review by the port.').find((f) => f.text.startsWith('The report'));
    expect(report?.reason).toBe('An unspecified report: “The report” refers to “a harbour report”, and no one could be asked to confirm it.');
    const crowd = analyzeText('Some growers said the levy was unfair. The growers said it would close farms.').find((f) => f.text.startsWith('The growers'));
    expect(crowd?.reason).toMatch(/^An unspecified group: /);
  });
});

describe('source and cue sub-spans', () => {
  test.each<[string, FindingKind, string, string]>([
    ['John Kirby, a Pentagon spokesman, said the strike was lawful.', 'named-source', 'John Kirby', 'said'],
    ['The strike was lawful, said John Kirby.', 'named-source', 'John Kirby', 'said'],
    ['Two informed sources told NBC News that talks were under way.', 'anonymous-source', 'Two informed sources', 'told'],
    ['The figure rose, according to census data.', 'named-source', 'census data', 'according'],
    ['Some economists argue rates will fall.', 'vague-attribution', 'Some economists', 'argue'],
    // "hundred" ends like a past tense, and "several" alone could be the subject.
    ['Several hundred parents went to the town hall to raise doubts about the plan.', 'vague-attribution', 'Several hundred parents', 'raise'],
    // An opening phrase written without its comma is not part of the subject the article after it opens.
    ['After the vote the Leeds council said it would appeal.', 'named-source', 'the Leeds council', 'said'],
    ['During the hearing an aide to the mayor said the plan was dead.', 'anonymous-source', 'an aide to the mayor', 'said'],
    // "Someone" is no one in particular, unless described as an informant.
    ['Someone close to the mayor said the plan was dead.', 'anonymous-source', 'Someone close to the mayor', 'said'],
    // So is one described by where they were; "according to someone" is one person unnamed, no named source.
    ['Someone at the hearing said the plan was dead.', 'anonymous-source', 'Someone at the hearing', 'said'],
    ['The plan was dead, according to someone at the dinner.', 'anonymous-source', 'someone at the dinner', 'according'],
    ['The plan was dead, according to someone.', 'anonymous-source', 'someone', 'according'],
    // A name in "-ed" opening the sentence is no participle's phrase ("Asked about it, Marsh said").
    ['Ted Ode, the club’s treasurer, smiled and said the count was fair.', 'named-source', 'Ted Ode', 'said'],
    ['Fred smiled, waved and said the count was fair.', 'named-source', 'Fred', 'said'],
    ['Asked about it, Ann Marsh smiled and said the count was fair.', 'named-source', 'Ann Marsh', 'said'],
    // A comma and "then" join the second verb as "and then" does; a particle may stand before what was said, and is
    // part of the cue.
    ['Fred smiled, then said the count was fair.', 'named-source', 'Fred', 'said'],
    ['Fred nodded and later pointed out that every ballot was counted.', 'named-source', 'Fred', 'pointed out'],
    ['Reed has called out the council, saying the count was unfair.', 'named-source', 'Reed', 'called out'],
    // Not after a relative aside, which the subject stands before.
    ['Ann Marsh, who sat at the back, then loudly asked, “Was the count fair?”', 'named-source', 'Ann Marsh', 'asked'],
    // How it was said, between the verb and the quotation it introduces; a tag of memory after a quotation.
    ['Ann Marsh replied evenly, “The count was fair.”', 'named-source', 'Ann Marsh', 'replied'],
    ['Ann Marsh wrote back: “The count was fair.”', 'named-source', 'Ann Marsh', 'wrote back'],
    ['Tom Reed then writes later, “The count was fair.”', 'named-source', 'Tom Reed', 'writes'],
    ['“The count was fair,” remembered Tom Reed, a steward.', 'named-source', 'Tom Reed', 'remembered'],
    // "per", set off, before informants: sports and tech desks' "according to"; "dollars per report" is a rate.
    ['Reed, per league sources, will sign a four-year deal.', 'anonymous-source', 'league sources', 'per'],
    ['Per sources, the phone ships in May.', 'anonymous-source', 'sources', 'Per'],
    // Not the object of a participle, nor a name beside its description.
    ['The nurses offering to run the flu clinic noted signs of mold.', 'vague-attribution', 'The nurses offering to run the flu clinic', 'noted'],
    ['Leeds spokeswoman the Rev. Ann Marsh told reporters the plan was dead.', 'named-source', 'Leeds spokeswoman the Rev. Ann Marsh', 'told'],
    // A dateline typed with a hyphen is no subject; an aside between two hyphens is stepped over.
    ['LEEDS (Acme) - Mayor Ann Marsh toured the flooded mill on Friday and said the city would pay for repairs.', 'named-source', 'Mayor Ann Marsh', 'said'],
    ['Tom Reed - a farmer from Leeds - toured the flooded mill on Friday and said the city would pay for repairs.', 'named-source', 'Tom Reed', 'said'],
    // "Later" opening the clause with no comma is when, not who.
    ['Later some farmers closed the gates and said the fair was over.', 'vague-attribution', 'some farmers', 'said'],
    // A cue inside the subject's relative clause leaves the clause's own verb of saying to credit the whole subject.
    ['Nurses who fear for their jobs said the merger would hurt patients.', 'vague-attribution', 'Nurses who fear for their jobs', 'said'],
    ['Neighbours who know Ann Marsh well say that she never misses a vote.', 'vague-attribution', 'Neighbours who know Ann Marsh well', 'say'],
    // "her" ending the relative clause is its object, before a verb that is no noun ("had her say" is one).
    ['Growers who know her say she never misses a vote.', 'vague-attribution', 'Growers who know her', 'say'],
    ['Drivers who have met her said the depot was cold.', 'vague-attribution', 'Drivers who have met her', 'said'],
    // A crowd with where it is, "on the" place, before a bare verb of stance.
    ['Shopkeepers on the high street blame the new parking fees.', 'vague-attribution', 'Shopkeepers on the high street', 'blame'],
    ['Growers on the coast fear the new levy.', 'vague-attribution', 'Growers on the coast', 'fear'],
    // People or posts on social media, where they were posted; people by where they stand to someone, opening the
    // sentence; messages passed hand to hand.
    ['Users on social media claim the photo is fake.', 'vague-attribution', 'Users on social media', 'claim'],
    ['Posts on social media claim the levy is secret.', 'vague-attribution', 'Posts on social media', 'claim'],
    ['Defenders of the mayor claim she was misled.', 'vague-attribution', 'Defenders of the mayor', 'claim'],
    ['Chain emails claim the levy will double.', 'vague-attribution', 'Chain emails', 'claim'],
    ['Viral messages warn that the ferry is unsafe.', 'vague-attribution', 'Viral messages', 'warn'],
    // Records no one has checked, the writer says, as unconfirmed reports are.
    ['Unconfirmed figures put the toll on the ferry at 40.', 'vague-attribution', 'Unconfirmed figures', 'put'],
    // Where a plural subject is from, set off, before a bare verb that is also a noun.
    ['The growers, from Hull, estimate that the levy will double.', 'vague-attribution', 'The growers', 'estimate'],
    // Crowds of trades a reader meets in sport and city news.
    ['Cops describe him as quick and calm.', 'vague-attribution', 'Cops', 'describe'],
    ['Baristas say the depot is too cold.', 'vague-attribution', 'Baristas', 'say'],
    // Why an agent did it is not who did it.
    ['The museum has been criticized by some of its visitors for closing early.', 'vague-attribution', 'some of its visitors', 'criticized'],
    // Blame and praise with their agent right after them; what the agent accuses of is not the agent.
    ['Ben Ode, a stolid socialist, is accused by critics of promoting high taxes.', 'vague-attribution', 'critics', 'accused'],
    ['Ode was accused by members of the council of lying.', 'vague-attribution', 'members of the council', 'accused'],
    ['The levy was rebuked by farmers for its cost.', 'vague-attribution', 'farmers', 'rebuked'],
    ['The levy was lauded by economists as a model.', 'vague-attribution', 'economists', 'lauded'],
    ['The plan was derided by farmers as a gimmick.', 'vague-attribution', 'farmers', 'derided'],
    // Doubt voiced in the present, with the bare form or "-s": nouns elsewhere ("the question whether").
    ['Economists question whether the levy works.', 'vague-attribution', 'Economists', 'question'],
    ['Critics push back on the plan.', 'vague-attribution', 'Critics', 'push'],
    // An amount of a crowd is the crowd, wherever it is; pointing something out is saying it.
    ['A lot of people on Twitter pointed it out.', 'vague-attribution', 'A lot of people on Twitter', 'pointed it out'],
    // "think tank" is a noun inside a source phrase, not a verb ending it.
    ['A fellow at the Acme think tank said the plan failed.', 'anonymous-source', 'A fellow at the Acme think tank', 'said'],
    // The active voice keeps its subject: "by" here belongs to what was said.
    ['Ann Marsh has accused Ode of being swayed by lobbyists.', 'named-source', 'Ann Marsh', 'accused'],
    // "family" and "ally" end like adverbs but are nouns.
    ['Reed and his family believe the plan is dead.', 'named-source', 'Reed and his family', 'believe'],
    // A named body's speakers, on the record, are the body.
    ['Yet representatives of Tom Reed’s family suggested the fall was no accident.', 'named-source', 'representatives of Tom Reed’s family', 'suggested'],
  ])('%s', (text, kind, source, cue) => {
    const f = only(text, kind);
    expect(f.source && text.slice(f.source.start, f.source.end)).toBe(source);
    expect(f.cue && text.slice(f.cue.start, f.cue.end)).toBe(cue);
  });

  test.each<[string, string[]]>([
    ['Maria Lopez: The council is wrong on buses.\n\nThe driver, Maria Lopez, spoke on Friday.', ['Maria Lopez:']],
    ['Lopez: “We will win this vote.”', ['Lopez:']],
    ['Disclaimer: The views expressed are the author’s own.', []],
    ['The plan has three parts: tax, trade and troops.', []],
    ['TAPPER: And you back him?', ['TAPPER:']],
    ['REED: We will close the Leeds plant next year.', ['REED:']],
    // One word in capitals before prose in the third person is a dateline, unless another turn follows.
    ['HULL: Police arrested 20 men on Monday after a raid on the docks.', []],
    ['LEEDS: Two officials said the plant would close.', []],
    // Unless the article gives that name to someone: "MARSH:", then "Ann Marsh".
    ['MARSH: Hull port will reopen in spring\n\nThe port chief, Ann Marsh, said on Monday that repairs were almost done.', ['MARSH:', 'Ann Marsh']],
    ['HULL: Police arrested 20 men on Monday.\n\nThe raid in Hull was the largest this year.', []],
    ['MARSH: The roads come first, and the budget after.\n\nREED: Yes, the roads come first and then the rail.', ['MARSH:', 'REED:']],
    ['Graham: Reed’s Plan Is Hateful and Wrong', ['Graham:']],
    ['Update: The road is open again.', []],
    // A rubric, an interjection or a page's field name is no speaker.
    ['Revealed: The Road Plan Leeds Forgot.', []],
    ['Wow: The Leeds Line Is Back.', []],
    ['BYLINE: Ann Marsh.', []],
    ['DOI: 10.1007/978-3-319-09575', []],
    // A transcript quoted turn by turn: each turn opens with a quotation mark that only the last one closes.
    ['Here is what was said.\n\n"MARSH: Shall we begin with the budget? The roads come first.\n\n"REED: Yes, the roads."', ['MARSH:', 'REED:']],
    ['“Ann Marsh: I was never told.\n\nThe board met on Friday.', ['Ann Marsh:']],
    // A headline in sentence case names its speaker when the article names them in its text too, and says something.
    ['Marsh: No new money for the Leeds line this year.\n\nThe transport chief, Ann Marsh, spoke on Friday.', ['Marsh:']],
    ['Background: the council voted twice on the plan last year.\n\nIt met again on Friday.', []],
    ['Marsh: 312.\n\nReed: 58.\n\nThe count gave Ann Marsh the seat.', []],
    ['Marsh: Hold the line.\n\nThe race is Ann Marsh’s to lose.', []],
    // Tallies and lists after a name: a count, a list of charges, a list of names.
    ['Ann Marsh: 1,312.\n\nTom Reed: 958.', []],
    ['Ann Marsh: Theft, trespass, held in jail in lieu of $7,000 bond.', []],
    ['Leeds: Ann Marsh, Tom Reed, Ben Ode, Sam Hill.', []],
    ['Maria Lopez: The buses are late, the fares are high, and the council is wrong.\n\nA driver, Maria Lopez, spoke on Friday.', ['Maria Lopez:']],
    // A name of several words too: one the article never speaks of again is a rubric's or a title's capitals, or a
    // dateline; a transcript's next turn is its speaker's again.
    ['Ferry Watch: Acme charts the harbour’s new routes. Read it here.', []],
    // A headline's force or office is the one the story is about, named as "police said" is; a tally stays a tally.
    ['Police: Man stole 40 bikes from a Leeds shop', ['Police:']],
    ['Sheriff: Two deputies hurt in crash on the ring road', ['Sheriff:']],
    ['Police: 40 arrests.', []],
    ['HULL CITY: Their savings spent, nearly 150 growers returned home on Wednesday.', []],
    ['ANN MARSH: Why not debate?\n\nTOM REED: We did.\n\nANN MARSH: Then again.', ['ANN MARSH:', 'TOM REED:', 'ANN MARSH:']],
    // A title or a slogan in quotation marks is closed within its sentence.
    ['“Leeds Rising: The Lost Years” ($20) is out.', []],
    ['Their banner read “Leeds: first in line, last in care.”', []],
  ])('a speaker label: %s', (text, named) => {
    expect(spans(text, 'named-source')).toEqual(named);
  });

  // A transcript's turn, from its label to its paragraph's end, is its speaker's words, as a quotation is: what others
  // say in it, its hedges and its figures are the speaker's (guide: a claim in a named speaker's own words).
  test.each<[string, string[]]>([
    ['ANN MARSH: We lost 300 jobs last year. Critics say it was worse.\n\nTOM REED: Officials reportedly said 200.', ['named-source ANN MARSH:', 'named-source TOM REED:']],
    // An interview printed as questions and answers: each answer is the one interviewed speaking.
    [
      'Q&A with the Hull mayor, Ann Marsh.\n\nQ: How many jobs went?\n\nA: We lost 300 jobs. Critics say it was worse.\n\nQ: And now?\n\nA: Officials said 200 more will go.',
      ['named-source A:', 'named-source A:'],
    ],
    // A heading's "Name: topic" run into its paragraph is no turn, nor a headline's label in sentence case.
    ['Ann Marsh: Credit scores On her website, Senator Ann Marsh calls for a cap on fees of 40 percent.', ['named-source Ann Marsh:', 'named-source Senator Ann Marsh calls']],
    ['Reed camp: The levy costs 300 jobs, critics say.\n\nThe camp spoke on Friday.', ['unverified-figure 300 jobs', 'vague-attribution critics']],
    ['REED CAMP: The levy costs 300 jobs, critics say.\n\nANN MARSH: No.', ['named-source REED CAMP:', 'named-source ANN MARSH:']],
    // Answers with no question before them are a list's items.
    ['The council weighed two plans.\n\nA: a levy of 40 percent.\n\nB: no levy.\n\nA: a levy of 20 percent.', ['unverified-figure 40 percent', 'unverified-figure 20 percent']],
  ])('a transcript turn is its speaker’s words: %s', (text, expected) => {
    expect(analyzeText(text).map((f) => `${f.kind} ${f.text}`)).toEqual(expected);
  });

  test('an interview’s answer names the one interviewed in its reason, not its interviewer', () => {
    const text = 'Q&A with the Hull mayor, Ann Marsh. She spoke with Tom Reed of the Hull Post.\n\nQ: How many jobs went?\n\nA: We lost 300.\n\nQ: And now?\n\nA: None.';
    const reasons = analyzeText(text).map((f) => f.reason);
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) expect(reason).toBe('A named source: an answer in the article’s interview with “Ann Marsh”.');
  });

  test('a named finding ends before the sentence’s full stop', () => {
    expect(spans('Heyward said.', 'named-source')).toEqual(['Heyward said']);
  });

  test('a figure in an aside between a name and its verb leaves the name credited', () => {
    const text = 'Ann Marsh (who holds 31 seats so far) said she would stay in the race.';
    expect(spans(text, 'named-source')).toEqual(['Ann Marsh']);
    expect(spans(text, 'unverified-figure')).toEqual(['31 seats']);
  });

  test.each([
    ['At least four local growers said the levy was unfair.', 'At least four local growers'],
    ['The levy drew fire, and at most two growers said it was fair.', 'at most two growers'],
  ])('“at least” is part of the count of who speaks: %s', (text, span) => {
    expect(spans(text, 'vague-attribution')).toEqual([span]);
  });
});

describe('what is not an attribution (guide)', () => {
  test.each([
    'Smith announced his retirement on Monday.',
    // A count of claims or reports moving: the form is their noun.
    'Jobless claims rose to 230,000 last week.',
    'The number of asylum claims has fallen by a third since March.',
    // A maker calling goods back.
    'Acme Motors is recalling 40,000 cars over a brake fault.',
    'Leeds Toys recalled about 2 million rattles last year.',
    // Thanks given, with nothing said after them.
    'Tom Reed thanked voters for their support.',
    // A request denied, a prize claimed, a quarrel, a hospital stay, one's own hearings ended, a phone answered,
    // thanks expressed, visitors shown round.
    'Ann Marsh answered the phone at the depot.',
    'Tom Reed answered questions from the audience for an hour.',
    'Tom Reed expressed his thanks to the staff.',
    'The mayor showed visitors around the plant.',
    // A manner or a quality on show.
    'Tom Reed showed no sign of giving way on the levy.',
    'Ann Marsh has shown little sign of easing her attacks on the council.',
    'But her campaign showed no outward signs of giving way.',
    'Acme’s new tractor shows promise in the wet.',
    // A show after "the" and a name, ending the sentence, is the event.
    'The new tractor was unveiled on Sunday ahead of the Leeds show.',
    'Ann Marsh denied the request for a loan.',
    'Acme rejected an earlier offer from Hull Foods.',
    'The board rejected the proposal on Friday.',
    // Envoys called home and votes given.
    'Hull recalled its ambassador from Leeds.',
    'Both governments have recalled their envoys.',
    'Corvinia cast its veto on Tuesday.',
    'Tom Reed claimed the prize for the best stall.',
    // A memory with no quotation it tags.
    'Tom Reed remembered the long night at the count.',
    'Ann Marsh argued with her brother about the farm.',
    'Tom Reed was admitted to hospital on Monday.',
    'The committee concluded its hearings on Friday.',
    // A claim no one owns.
    'The argument that the count was wrong fell flat.',
    'The question whether the count was wrong is still open.',
    // A cue's noun after an adjective opening the sentence: no name and its verb.
    'Current fears about an outbreak are fuelled by the handling of past cases.',
    // Where a thing was filed is a place; a headline's rubric is no speaker.
    'Ann Marsh set out her case in a motion filed in the Leeds Assembly.',
    'BUSTED: Aide And Reporter Met Before The Hearing.',
    // The article's own note.
    'Correction added Nov. 18, 2019: The caption misstated the date.',
    // A letter's greeting, not a speaker's label.
    'DEAR ABBY: My sister has just moved to Leeds.',
    // A call made, not a name given.
    'Tom Reed called the office a few times.',
    'Ann Marsh called the meeting a week early.',
    'Jones posted photos of the crash on Instagram.',
    'Brown responded by hitting a home run.',
    'It tells the truth about the war.',
    'The minister will testify before the inquiry next week.',
    'The mayor continues to cycle to work every day.',
    // A named hope is no claim told to anyone, as a named want is not.
    'Acme is hoping a new design will lift sales.',
    'Ann Marsh hopes that the vote will pass.',
    // Pondering, or a result explained: "reflect" reports nothing.
    'Ann Marsh is reflecting on the lessons of the race.',
    'Most of the loss reflected a write-down of the old press.',
    // Running against someone for a seat.
    'Ann Marsh, who is challenging Sen. Tom Reed for the seat, spoke in Hull.',
    'Ben Ode is challenging Reed in the Leeds ward.',
    // A decision weighed, a preposition, a supposition: no view reported.
    'The council is considering a bid for the games.',
    'Ann Marsh is also considering a run for the board.',
    'The inquiry looks at the Harbour Act regarding rules for ferries.',
    'Simply assuming that the mill will reopen is a mistake.',
    // A superlative adverb is no crowd.
    'Ann Marsh has changed her mind twice and most recently praised the levy.',
    // Acts begun or kept up, and votes cast, are no claims.
    'Ann Marsh kept asking them to leave.',
    'Fans typically begin shouting, pointing and jeering.',
    'Ann Marsh cast her town’s votes for Reed.',
    // A name after "with" is no one's affiliation when the head is no person: an event, a detail.
    'The rally with Tom Reed comes two weeks later, urging people in the ward to register.',
    'There are still many small details to examine with the new Acme laptop in regards to heat.',
    // A relative described, not named, is left to what refers to her; a call back is no naming.
    'When pressed on the plan, the 29-year-old father of two replied, “It is fair.”',
    'My husband called him later, but the manager did not answer.',
    // A place before the comma is no name the unnamed official describes.
    'Breaks are common in Leeds, an official said.',
    // A think tank thinks nothing.
    'The plan was drawn up by Acme Policy, a Leeds-based think tank, in May.',
    // Someone finding a thing came upon it; a study that finds reports what it found.
    'Even if Ode had found a larger audience, his debts would have stayed.',
    'Ann Marsh still found it difficult to talk about the flood.',
    // A year is when it was found, no figure found: "a deed from 1911".
    'Searching the county archive, Ann Marsh found a deed from 1911.',
    // Keeping or setting up something is no claim.
    'The council maintains existing fees for future leverage.',
    'The Leeds Act of 1962 established a scheme for housing tenants.',
    'The county board determined the order of speakers by lot.',
    // "related" before a noun is an adjective.
    'Instead, it is a sale of the farm and some related assets to Acme.',
    // Adding something to something is an act, not an added remark.
    'Acme also added smaller tractors to the Leeds contract.',
    'The bakery added a second shift to its rota.',
    // A day of the month after an act is no figure said.
    'When Tom Reed discovered the body Aug. 10, the doors were shut.',
    // A cue word after a possessive and an adjective in -ly is a noun.
    'Leeds lost the match and its coach Tom Ode kept his early promise.',
    // A phrase a preposition opens is what the clause is about, not who speaks in it.
    'The cyclist who rode onto a narrow path by the Leeds Sea Canal told officers he had not seen the sign.',
    // A bare verb opening the sentence asks the reader to do something.
    'Consider this 2014 entry — “Do not text and drive,” meant to warn drivers.',
    'Read the full transcript of the interview.',
    // Where a thing was filed or found is no publication that reported it, nor an inquiry it came out in.
    'Letters released in the inquiry into the harbour fire were redacted.',
    'Cases reported to the agency rose in May.',
    'Her appeal was filed in Hull last spring.',
    'The virus has been reported in Hull, York and Leeds.',
  ])('%s', (text) => {
    expect(spans(text, 'named-source')).toEqual([]);
  });

  test.each([
    'At the fair, audience members shouted out odd questions about the levy.',
    'At the gate, reporters posed questions to the mayor.',
    'At the clinic, many doctors don’t think to ask about the feed.',
  ])('questions put, and minding to do something, are no view a crowd holds: %s', (text) => {
    expect(analyzeText(text)).toEqual([]);
  });

  test.each([
    'Her future hangs on what growers think of the mayor.',
    'We asked what our readers thought about the vote.',
    'How Ann Marsh Thinks About the Levy.',
  ])('an opinion asked about ("what voters think of …") is no one’s view said: %s', (text) => {
    expect(analyzeText(text)).toEqual([]);
  });

  test('writing about a topic says nothing of it in the sentence; a colon or a quotation after it does', () => {
    expect(analyzeText('Before that, she wrote about farming and the rural economy.')).toEqual([]);
    expect(spans('“Rates will rise,” said Ann Ode, who writes about farm loans.', 'named-source')).toEqual(['said Ann Ode']);
    expect(spans('Reed wrote about the plan: “It will fail.”', 'named-source')).toEqual(['Reed wrote']);
  });

  // A slogan worn or held up is no one's account; a named body's sign is the body's.
  test('a hat that read a slogan is no source: “a woman in a hat that read …”', () => {
    expect(analyzeText("Those thrown out of the hall in Hull on Friday were a woman in a hat that read 'Reed Out,' and two men.")).toEqual([]);
    expect(spans('According to Hull News, one Leeds Department of Roads sign read, “Buckle up.”', 'named-source')).toHaveLength(2);
  });

  // Verbs of saying that name an act here: turning out to a call, a protest held somewhere, a bid or an attempt
  // turned down (a ruling, whoever rules).
  test.each([
    'Officers responded to reports of a shooting at 10 p.m.',
    'Firefighters responded to the scene within minutes.',
    'Workers protested outside the depot on Monday.',
    "Last month, a judge rejected Reed's attempt to delay the hearing.",
    'The board rejected the bid from Acme.',
    'An appeals panel rejected the petition on Monday.',
  ])('an act, no claim: %s', (text) => {
    expect(analyzeText(text)).toEqual([]);
  });

  // The same verbs with what is claimed after them: a reply to reports that something is so, a protest against
  // something named, a claim rejected (a counter-claim).
  test.each<[string, FindingKind, string]>([
    ['Tom Reed responded to reports that he would quit.', 'named-source', 'Tom Reed responded'],
    ['Workers protested the closure of the depot.', 'vague-attribution', 'Workers'],
    ['Critics rejected the claim that the fee was fair.', 'vague-attribution', 'Critics'],
  ])('still a claim: %s', (text, kind, span) => {
    expect(spans(text, kind)).toEqual([span]);
  });

  test.each([
    'If the rule goes, councillors who wanted to attend could be left out.',
    'The club took donations from members who identified themselves as nurses.',
    // Which side someone took, in a relative clause, says who they are: an act, not a claim.
    'The levy would shield some growers who oppose the new port.',
    'The vote pits Ann Marsh, who supported the bridge in 2019, against Tom Reed.',
  ])('people described by what they want, or how they describe themselves, hold no view by it: %s', (text) => {
    expect(analyzeText(text)).toEqual([]);
  });

  test('admitted to a country or a school is let in, no admission: "migrants admitted to the United Kingdom"', () => {
    expect(analyzeText('Most of the migrants admitted to the United Kingdom last year came by sea.')).toEqual([]);
    expect(analyzeText('Reed admitted to the council that he lied.').map((f) => f.text)).toEqual(['Reed admitted']);
  });

  test('a side taken in a relative clause is no claim, but a view said there still is one', () => {
    expect(spans('Farmers who oppose the port say the levy is unfair.', 'vague-attribution')).toEqual(['Farmers who oppose the port']);
    expect(spans('Ann Marsh, who opposes the levy, said it would hurt farms.', 'named-source')).toEqual(['Ann Marsh']);
  });

  test.each<[string, FindingKind]>([
    ['Growers will pay the levy, which Tom Reed once supported.', 'named-source'],
    ['They get grants from programs that Ann Marsh backs.', 'named-source'],
    ['It is a system that many farmers want.', 'vague-attribution'],
  ])('a side or a wish in a relative clause about a thing says which thing, and credits no one: %s', (text, kind) => {
    expect(spans(text, kind)).toEqual([]);
  });

  test('a hope with what is hoped after it, in a clause about a thing, is still a view', () => {
    expect(spans('The court took cases that growers hoped would lower the levy.', 'vague-attribution')).toEqual(['growers']);
  });

  test('a cue\'s noun after a party or a nationality is a noun: "prompted Republican calls for"', () => {
    expect(analyzeText('The leak prompted Republican calls for a recount.')).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['Leeds officials are responding to the floods with sandbags.', 'vague-attribution', []],
    ['Many people in Leeds were talking about the new slogan all week.', 'vague-attribution', []],
    // Who someone is, in their own words, is no claim reported.
    ['Few surveys count users who identify as nonbinary.', 'vague-attribution', []],
    ['Critics responded that the slogan was in poor taste.', 'vague-attribution', ['Critics']],
    ['“Oh dear,” Ann Marsh responded with a sigh.', 'named-source', ['Ann Marsh responded']],
  ])('a reply or a talk is a claim only with what was said: %s', (text, kind, found) => {
    expect(spans(text, kind as FindingKind)).toEqual(found);
  });

  test.each<[string, string]>([
    ['At the fair -- in the heat of the day -- Tom Reed told growers that prices would rise.', 'Tom Reed'],
    ['One old sailor -- Tom Reed, who ran the port for years -- said the dredging came too late.', 'Tom Reed, who ran the port for years'],
  ])('a typed dash sets an aside off as "—" does: %s', (text, source) => {
    expect(namedSources(text)).toEqual([source]);
  });

  test.each<[string, string]>([
    ['That was when Acme shipped its first touch phone and Tom Reed said the rest would follow.', 'Tom Reed'],
    ['She was handed the Acme figures and Ode said he had checked them.', 'Ode'],
    ['The retired teacher and Ann Marsh said it was over.', 'The retired teacher and Ann Marsh'],
  ])('"and" before a name joins a clause with a verb of its own, not a speaker: %s', (text, source) => {
    expect(namedSources(text)).toEqual([source]);
  });

  test.each<[string, string]>([
    ['The paper was published in Nature in May.', 'Nature'],
    ['The error was revealed in Acme’s own review of the game.', 'Acme’s own review of the game'],
    ['The essay, published in The Leeds Post, drew letters.', 'The Leeds Post'],
    ['A report released in May by the Leeds Academy of Sciences noted that most farms are small.', 'the Leeds Academy of Sciences'],
    // An investigation reports as a study does; a body reports to a regulator; a relative aside stands between.
    ['Most of the farms had no licence, an Acme News investigation found.', 'an Acme News investigation'],
    ['The charity reported to regulators that its director worked part-time.', 'The charity'],
    ['The Leeds Fairs, where farmers sell their grain, show prices falling.', 'The Leeds Fairs'],
    // A record of a body the story has in view; when it was run is no part of it.
    ['A report released by the council says the road is unsafe.', 'A report released by the council'],
    ['An Acme survey conducted in the spring found that most farms were short of staff.', 'An Acme survey'],
    // How a record was made, before its maker: provided, analysed, drawn up by a body.
    ['Figures provided by the ministry show that 400 homes were flooded.', 'Figures provided by the ministry'],
    ['Satellite images analysed by the Leeds Institute show the fire spread east.', 'Satellite images analysed by the Leeds Institute'],
    ['A report drawn up by the council says the road is unsafe.', 'A report drawn up by the council'],
    // Inspections and evaluations are records as audits and reviews are.
    ['An inspection by the state prisons board found 60 lapses in six months.', 'An inspection by the state prisons board'],
    ['An evaluation by the Leeds Audit Office found that most schemes failed.', 'An evaluation by the Leeds Audit Office'],
  ])('a publication a text came out in, or who released it, is named: %s', (text, source) => {
    expect(namedSources(text).join(' | ')).toContain(source);
  });

  test.each<[string, FindingKind, string[]]>([
    ['A lobby group backing Tom Reed spent heavily in Leeds.', 'named-source', []],
    ['Farm groups supporting Ann Marsh have paid for radio ads.', 'vague-attribution', []],
    ['The fund grew on gifts from farmers supporting her bid.', 'vague-attribution', []],
    ['Posters loudly opposing Reed went up all week.', 'named-source', []],
    // The clause's own verb still speaks for the described subject; and "with" makes the side theirs.
    ['Groups opposing the plan argue it will cost jobs.', 'vague-attribution', ['Groups opposing the plan']],
    ['Farmers backing the levy have said it is fair.', 'vague-attribution', ['Farmers backing the levy']],
    ['Most of the board backs the plan, with two others opposing it in private.', 'vague-attribution', ['others']],
    // People identified or described as something are described; they describe nothing.
    ['Two of the men listed as cooks on the boat were ill.', 'vague-attribution', []],
    // "that" after a crowd opens what they were told, unless a verb follows it.
    ['Tom Reed warned farmers that the fee was unfair.', 'vague-attribution', []],
  ])('what describes people says who they are, not what they claim: %s', (text, kind, found) => {
    expect(spans(text, kind)).toEqual(found);
  });

  test.each<[string, string[]]>([
    ['Some say the plan will fail.', ['Some say']],
    ['Tom Reed and his friends wanted some say in the matter.', []],
    ['Residents should have some say over the new bridge.', []],
  ])('"some say" is a crowd only as a subject: %s', (text, found) => {
    expect(spans(text, 'vague-attribution')).toEqual(found);
  });

  test.each<[string, string[]]>([
    ['The change was seen by some as a snub to Ben Ode.', ['some']],
    ['That information will not be seen by other users.', []],
    ['Farmers in Leeds have seen prices fall for years.', []],
    ['Analysts see the vote as a test of the new mayor.', ['Analysts']],
  ])('seeing is a view only when it is seen as something: %s', (text, found) => {
    expect(spans(text, 'vague-attribution')).toEqual(found);
  });

  test.each<[string, string[]]>([
    ['Perhaps young voters prefer the new plan.', []],
    ['Critics probably think the plan is weak.', []],
    ['Young voters in Leeds prefer the new plan.', ['Young voters in Leeds']],
  ])("the writer's guess at a crowd's view is no view reported: %s", (text, found) => {
    expect(spans(text, 'vague-attribution')).toEqual(found);
  });

  test('"the source" with no informant before it is no anonymous source', () => {
    expect(spans('Cutting smog means tackling all of the sources at once.', 'anonymous-source')).toEqual([]);
    expect(spans('The mayor never cited a source for the claim.', 'anonymous-source')).toEqual([]);
    const text = 'He met the rebels, a senior party source told Acme News. The source could not give details.';
    expect(spans(text, 'anonymous-source')).toEqual(['a senior party source', 'The source']);
  });

  test('the outlet that was told is never the source', () => {
    const text = 'Two informed sources told NBC News that talks were under way.';
    expect(spans(text, 'named-source')).toEqual([]);
    expect(spans(text, 'anonymous-source')).toEqual(['Two informed sources']);
  });

  test.each([
    ['The statement, which was obtained by Leeds News, claimed that Acme had 300 staff.', ['The statement']],
    ['A copy of the memo was obtained by the Hull Courier on Monday.', []],
  ])('nor is the outlet or group that obtained a document: %s', (text, named) => {
    expect(spans(text, 'named-source')).toEqual(named);
  });

  test('"It is thought" hedges the clause after it, with "that" or without', () => {
    expect(spans('It is thought that the fire started in the kitchen.', 'hedge')).toEqual(['It is thought that']);
    expect(spans('It is understood the minister will resign.', 'hedge')).toEqual(['It is understood']);
    expect(spans('It is alleged he hid the losses.', 'hedge')).toEqual(['It is alleged']);
    // A report of how something was shown is no hedge.
    expect(spans('It was reported widely in the press.', 'hedge')).toEqual([]);
  });

  test.each<[string, string[], string[]]>([
    ['Unconfirmed reports from the valley say the dam has burst.', ['Unconfirmed'], ['reports from the valley']],
    ['According to unverified accounts, the mayor fled by boat.', ['unverified'], ['accounts']],
    ['Reports say the dam has burst.', [], ['Reports']],
    // A hedge further in leaves the phrase whole, its count or its head with it.
    ['Some unverified reports say the dam has burst.', [], ['Some unverified reports']],
  ])("the writer's hedge inside a weak source's phrase is a finding of its own: %s", (text, hedges, vague) => {
    expect(spans(text, 'hedge')).toEqual(hedges);
    expect(spans(text, 'vague-attribution')).toEqual(vague);
  });

  test('a reputation passed on is hedged: "reputedly", "is reputed to"', () => {
    expect(spans('The mill is reputed to be the oldest in Leeds.', 'hedge')).toEqual(['is reputed to']);
    expect(spans('Reed, reputedly the richest man in Hull, left town.', 'hedge')).toEqual(['reputedly']);
  });

  test('"a supposed seizure" is hedged; "is supposed to arrive" is not', () => {
    expect(spans('He showed a film of a supposed rescue.', 'hedge')).toEqual(['a supposed']);
    expect(spans('The train is supposed to arrive at noon.', 'hedge')).toEqual([]);
  });

  test('an adverb opening the clause is not part of who speaks', () => {
    const text = 'Reportedly 40 councillors asked the mayor for more time.';
    expect(spans(text, 'hedge')).toEqual(['Reportedly']);
    expect(spans(text, 'vague-attribution').join(' ')).not.toContain('Reportedly');
  });

  test('a verb inside what was said is not a second attribution', () => {
    expect(spans('Critics say she had promised to cut the tax.', 'named-source')).toEqual([]);
  });

  test.each([
    ['NFU chief says the levy will pass.', 'named-source'],
    ['On Monday, Acme chair says the levy will pass.', 'named-source'],
    // One of an office's holders, unnamed: "a … chief" is someone the reader is not told the name of.
    ['A Leeds ferry chief says a man was hurt on board.', 'anonymous-source'],
  ])('a body and its office in a headline name one holder: %s', (text, kind) => {
    expect(kindsIn(text)).toEqual([kind]);
  });
});
