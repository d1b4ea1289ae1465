// The parser's own stage output (findAttributions): every attribution it finds, the ones the findings leave out
// included, with its source and cue as offsets. Sentences written to show one rule each.
import { describe, expect, test } from 'vitest';
import { analyzeText, findAttributions, type ParsedAttribution } from '../utils/engine';
import { REASONS } from '../utils/engine/reasons';

/** Each finding's kind and highlighted text, in order. */
const kinds = (text: string) => analyzeText(text).map((f) => [f.kind, f.text]);

const read = (text: string) =>
  findAttributions(text).map((a: ParsedAttribution) => ({
    kind: a.kind,
    source: text.slice(a.source.start, a.source.end),
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : undefined,
    inQuotation: a.inQuotation,
  }));

describe('findAttributions', () => {
  test('attributions inside a quotation are found and marked, though the findings leave them to the speaker', () => {
    const text = 'The mayor said on Friday: “Our engineers tell me the bridge is safe, and the inspectors agree.”';
    expect(read(text)).toEqual([
      { kind: 'named-source', source: 'The mayor', cue: 'said', inQuotation: false },
      { kind: 'named-source', source: 'Our engineers', cue: 'tell', inQuotation: true },
      { kind: 'named-source', source: 'the inspectors', cue: 'agree', inQuotation: true },
    ]);
    expect(analyzeText(text).map((f) => f.text)).toEqual(['The mayor said']);
  });

  test('"they" with no group to refer to is an attribution, but no finding', () => {
    const text = 'They say the river will flood this spring.';
    expect(read(text)).toEqual([{ kind: 'vague-attribution', source: 'They', cue: 'say', inQuotation: false }]);
    expect(analyzeText(text)).toEqual([]);
  });

  test.each([
    ['Ann Marsh wrote a column that accused the mayor of fraud.'],
    ['Ann Marsh wrote a letter asking that the fee be dropped.'],
  ])('what a writer wrote says something when its clause has a verb of saying: %s', (text) => {
    expect(kinds(text)).toEqual([['named-source', 'Ann Marsh wrote']]);
  });

  test.each([
    ['The county admitted it had lost the files.', 'The county admitted'],
    ['Ann Marsh and Tom Reed run the farm. The two admit that the harvest was poor.', 'The two admit'],
    ['To balance the books, the review board concluded, the fees must go up.', 'the review board concluded'],
    // So before a participle of saying that goes on from its clause.
    ['The retired surveyor has given no details, saying only that he meant to rework his plans.', 'The retired surveyor'],
    ['The neurosurgeon left the stage early, adding that he was tired.', 'The neurosurgeon'],
  ])('"the …" before a verb of saying with something said after it is someone in view: %s', (text, span) => {
    expect(kinds(text)).toContainEqual(['named-source', span]);
  });

  test.each([
    ['After the match concluded, the host spoke of the storm.'],
    ['By then the state had admitted over 1.4 million migrants.'],
    ['The measure passed the House easily, saying nothing about guns.'],
    ['The copy of a court ruling, announcing that the clinic had closed, lay on the table.'],
  ])(
    'a verb of saying with nothing said after it is an event: %s',
    (text) => {
      expect(analyzeText(text).filter((f) => f.kind === 'named-source')).toEqual([]);
    },
  );

  test.each([
    ['Rural colleges are admitting more students from abroad.'],
    ['Surgeons at the clinic need admitting privileges at a hospital.'],
  ])('letting people in, whoever does it, and the form before a noun it describes say nothing: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test.each([
    ['The council admitted 40 tenants had been overcharged.', [['named-source', 'The council admitted']]],
    ['The coach admitted players were tired after the flight.', [['named-source', 'The coach admitted']]],
    ['Brannigan admitted three charges of assaulting police officers.', [['named-source', 'Brannigan admitted']]],
  ])('admitting a clause or a plea about people is owning up to it: %s', (text, expected) => {
    expect(findAttributions(text).map((a) => [a.kind, text.slice(a.source.start, a.cue!.end)])).toEqual(expected);
  });

  test.each([
    ['Critics seem to be suggesting the bridge will fail.', [['vague-attribution', 'Critics']]],
    ['Forecasters appear to be predicting a mild winter.', [['vague-attribution', 'Forecasters']]],
  ])('a progressive after "seem to be" with what it says after it is the subject\'s claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([['The two men appeared to be arguing outside the bar.'], ['The neighbours seem to be arguing again.']])(
    'a progressive after "seem to be" with nothing said after it is a quarrel, no claim: %s',
    (text) => {
      expect(kinds(text)).toEqual([]);
    },
  );

  test.each([
    ['Mayor Ann Marsh issued a statement, “Our harbour will reopen on Monday with 40 new berths.”', [['named-source', 'Mayor Ann Marsh issued']]],
    ['The council released a note: “The harbour will reopen on Monday.”', [['named-source', 'The council']]],
    // Signing a letter, or putting one out with nothing quoted, says nothing.
    ['Reed signed a letter, “the Leeds letter,” with 40 others.', [['unverified-figure', '40 others']]],
    ['Reed issued a statement on Friday.', []],
  ])('a record put out with its words quoted right after it speaks for whoever put it out: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Acme Pollster average puts Reed’s approval at 50 percent.', [['named-source', 'The Acme Pollster average puts']]],
    ['A polling average shows Reed ahead by 5 points.', [['vague-attribution', 'A polling average'], ['unverified-figure', '5 points']]],
    // A batting average, a national average of prices: no pollster's record.
    ['Reed’s batting average shows he is in form.', []],
  ])('a pollster’s average of polls is its record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Harbour Board is worried that the new levy will drive ships away.', [['named-source', 'The Harbour Board is worried']]],
    ['Ann Marsh is confident the bridge will open in May.', [['named-source', 'Ann Marsh is confident']]],
    ['An aide was adamant that the bridge would open in May.', [['anonymous-source', 'An aide']]],
    // A mood with no clause is no view told; nor is a result, nor a stance the writer hedges.
    ['Ann Marsh was furious about the delay.', []],
    ['Ann Marsh was so worried that she called the police.', []],
    ['The Harbour Board is reportedly confident that the bridge will open.', [['hedge', 'reportedly']]],
  ])('a stance with its clause after it is a view told, whoever holds it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The public overall says the harbour levy is unfair.', [['vague-attribution', 'The public overall']]],
    ['The public at large says the harbour levy is unfair.', [['vague-attribution', 'The public at large']]],
    ['Voters overall say the harbour levy is unfair.', [['vague-attribution', 'Voters overall']]],
  ])('a whole people "overall" or "at large" is a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('admitting counts of a crime is owning up to them, not letting anyone in', () => {
    const text = 'Ann Marsh admitted 14 counts of fraud.';
    expect(findAttributions(text).map((a) => text.slice(a.cue!.start, a.cue!.end))).toEqual(['admitted']);
  });

  test('the clause\'s verb ends its subject: a crowd in its object is no subject of the participle after it', () => {
    expect(kinds('The new charter explicitly recognizes tenants, outlining the rights they gain.')).toEqual([]);
  });

  test.each([
    ['The fire was set in what officials called an act of revenge.', 'vague-attribution', 'officials'],
    ['They passed a levy that critics called cruel.', 'vague-attribution', 'critics'],
    ['The plan, which Ann Marsh called reckless, failed.', 'named-source', 'Ann Marsh called'],
  ])('a naming whose object stands before its subject is a claim: %s', (text, kind, span) => {
    expect(kinds(text)).toEqual([[kind, span]]);
  });

  test.each([
    ['Tom Reed denounced what some call a tax on bread.', [['named-source', 'Tom Reed denounced'], ['vague-attribution', 'what some call']]],
    ['Ann Marsh opposes what critics call a tax on bread.', [['named-source', 'Ann Marsh opposes'], ['vague-attribution', 'critics']]],
  ])('a crowd\'s naming inside what someone said or did is pinned on the crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([['They held the meeting that Reed called last week.'], ['They stored the cut grass as what farmers call silage.']])(
    'a meeting called, or a term in use, is no claim: %s',
    (text) => {
      expect(analyzeText(text)).toEqual([]);
    },
  );

  test('"he" in a sentence that opens with a named person is that person, before an informant of an earlier sentence', () => {
    const text = 'A top aide said the race was close. Mayor Tom Reed left the hall an hour later, after he said the vote was fair.';
    expect(kinds(text)).toEqual([
      ['anonymous-source', 'A top aide'],
      ['named-source', 'he said'],
    ]);
    // A dateline before the name is no part of the sentence's opening.
    const dated = 'A farmer said the fair was a mess. LEEDS - Tom Reed spoke for an hour about a class he argued was failing.';
    expect(analyzeText(dated).find((f) => f.text === 'he argued')?.kind).toBe('named-source');
    // A name later in the sentence is no opener: "he" stays the informant.
    const asked = 'An official said the deal was done. Asked about Tom Reed, he said the talks went well.';
    expect(kinds(asked)).toEqual([
      ['anonymous-source', 'An official'],
      ['anonymous-source', 'he said'],
    ]);
  });

  test('"he" in a sentence whose subject is a named person after an opening phrase is that person', () => {
    const text = 'A party aide said he was tired. After the vote, Tom Reed left early because he said he felt unwell.';
    expect(kinds(text)).toEqual([
      ['anonymous-source', 'A party aide'],
      ['named-source', 'he said'],
    ]);
    // A name set beside a noun after its comma is no subject, nor is a name inside a quotation.
    const beside = 'A party aide said he was tired. Plans from the leader, Tom Reed, to cut taxes, he added, were popular.';
    expect(analyzeText(beside).find((f) => f.text === 'he added')?.kind).toBe('anonymous-source');
  });

  test('kinds are after references: "he" takes the kind of the person named before', () => {
    const text = 'A council engineer who asked not to be named inspected the bridge. He said the cables were rusted.';
    const he = read(text).find((a) => a.source === 'He');
    expect(he).toEqual({ kind: 'anonymous-source', source: 'He', cue: 'said', inQuotation: false });
  });

  test('a document phrase is a source of its own only when the sentence has no speaker of its own', () => {
    expect(analyzeText('In a statement, Ann Marsh said the firms had failed.').map((f) => f.text)).toEqual(['Ann Marsh said']);
    // An unnamed speaker's statement is no named document: the speaker is the source, as weak as before.
    expect(kinds('In a statement, a senior official said the firms had failed.')).toEqual([['anonymous-source', 'a senior official']]);
    expect(analyzeText('Researchers concluded in a study out last month that the wards were short of beds.').map((f) => f.kind)).toEqual(['vague-attribution']);
    expect(analyzeText('The ministry said in a statement that the firms had failed.').map((f) => f.text)).toEqual(['The ministry said']);
    expect(kinds('The patient described in the case report recovered.')).toContainEqual(['named-source', 'in the case report']);
    // Someone the document is about: the phrase describes the person.
    expect(analyzeText('Nurses gave the woman in the study a new drug.')).toEqual([]);
    // Where a named person spoke, with nothing passed on from it: no source at all.
    expect(analyzeText('Ann Marsh was speaking in a long interview with the breakfast show.')).toEqual([]);
    expect(analyzeText('Ann Marsh spoke in the interview at her farm.')).toEqual([]);
    // What a named person did in the medium is theirs to check: the finding names them, with the medium for its cue.
    for (const text of ['(In an interview given to Hull FM, Tom Reed sought to clarify the mayor\'s remark.)', 'Ann Marsh sided with him in an interview on Hull FM.']) {
      const [finding] = analyzeText(text);
      expect(finding?.kind).toBe('named-source');
      expect(finding?.text).toMatch(/^(?:Tom Reed|Ann Marsh)$/);
      expect(finding?.cue && text.slice(finding.cue.start, finding.cue.end).toLowerCase()).toBe('in an interview');
    }
  });

  test('a role word capitalised alone inside the sentence is a surname: "says Doctor" is Ken Doctor', () => {
    const text = 'Ken Doctor, an analyst, sees no end to it. Indeed, Doctor asserts that talks have resumed.';
    expect(analyzeText(text).filter((f) => f.kind === 'anonymous-source')).toEqual([]);
    expect(analyzeText(text).map((f) => f.text)).toContain('Doctor asserts');
    expect(analyzeText('A doctor said the man was fine.').map((f) => f.kind)).toEqual(['anonymous-source']);
  });

  test('inside what was said only a participle with its agent or document is read; a contrast opens a clause of the article’s own', () => {
    const told = 'He said that he was told that Reed in the call had confirmed the deal.';
    expect(analyzeText(told).map((f) => f.text)).toEqual(['He said']);
    // A passive cue with no source read still opens what was said.
    expect(analyzeText('He was told by an unnamed aide that Reed in the call had confirmed the deal.').filter((f) => f.kind === 'named-source')).toEqual([]);
    expect(analyzeText('The price is a point that experts highlight.').map((f) => f.text)).toEqual(['experts']);
    const paper = 'In 2005 the biochemist Ann Marsh showed in a paper published in Biochemical Society Transactions that taste receptors are in the gut.';
    expect(analyzeText(paper).map((f) => f.text)).toContain('published in Biochemical Society Transactions');
    const contrast = 'Reed claimed the cuts would pay for themselves even as the Congressional Budget Office estimated that they would cost $250 billion.';
    expect(analyzeText(contrast).map((f) => f.text)).toContain('the Congressional Budget Office estimated');
    // "but" with a source of its own before the verb: the writer's clause again, not more of the claim.
    const but = 'The group claimed the fire but Leeds officials have said it was an accident.';
    expect(analyzeText(but).map((f) => f.text)).toEqual(['The group claimed', 'Leeds officials have said']);
    // "but that …" goes on with what was claimed.
    expect(analyzeText('Reed claimed the levy would pass but that farmers never doubted it.').map((f) => f.text)).toEqual(['Reed claimed']);
  });

  test.each([
    ['The paper reported the loss, citing people familiar with the talks.', 'people familiar with the talks'],
    ['The paper, citing company records, said the firm lost money.', 'company records'],
    ['The paper reported the loss, citing Ann Marsh.', 'Ann Marsh'],
    // A reason cited is the account of the clause's subject, as what it goes on "saying" is.
    ['Reed backed the levy, citing rising costs.', 'Reed'],
    ['Reed backed the levy, citing Hull’s efforts to lure firms.', 'Reed'],
    // The subject, past a place set off before the reason; none across a clause of when.
    ['She called off the rally in Hull, Yorks., citing the attack.', 'She'],
    ['They were close to a deal when Reed scuttled the talks, citing the attack.', null],
  ])('what is cited is a source only when someone, a body or a record heads it; a reason cited is the subject\'s: %s', (text, cited) => {
    const found = read(text).find((a) => a.cue === 'citing');
    expect(found?.source ?? null).toBe(cited);
  });

  test('a relative clause after the description of a name speaks of the named person, not of an unnamed one', () => {
    const text = '“The women matter most,” said Tom Reed, a pollster at Acme who is now advising the council.';
    expect(kinds(text)).toEqual([['named-source', 'said Tom Reed']]);
    // The parser marks the relative pronoun, as annotators do; its kind is the name's.
    expect(read(text).map((a) => [a.kind, a.source, a.cue])).toContainEqual(['named-source', 'who', 'advising']);
    const definite = 'The levy was backed on Friday by Cllr Ann Marsh of Leeds, the senior Labour member of the panel, who said the fees were fair.';
    expect(kinds(definite)).toEqual([['named-source', 'Cllr Ann Marsh of Leeds']]);
    // An age set off between the name and its description changes nothing.
    expect(kinds('“We will march,” said Ann Marsh, 41, a onetime organizer for the Reed campaign in Hull who said she would go.')).toEqual([['named-source', 'said Ann Marsh']]);
  });

  test('one figure of a party is an unnamed person; figures that show something are numbers', () => {
    expect(kinds('A senior Labour figure said the levy would fail.')).toEqual([['anonymous-source', 'A senior Labour figure']]);
    expect(analyzeText('These figures show a rise in fees.')).toEqual([]);
  });

  test('where something was posted is a platform, not who wrote it', () => {
    expect(analyzeText('Hotels never wash the duvet, according to answers posted on Quora.').map((f) => f.kind)).toEqual(['vague-attribution']);
  });

  test('a hedge is no one a later pronoun refers to: "he told police" after "is rumoured to" stays the named man', () => {
    const text = 'The deal is rumoured to be near. When Tom Carl was approached, he told police he backed Reed.';
    expect(kinds(text)).toEqual([
      ['hedge', 'is rumoured to'],
      ['named-source', 'he told'],
    ]);
  });

  test('a formula with no source phrase carries no cue', () => {
    expect(read('The bridge is seen as a symbol of the town.')).toEqual([
      { kind: 'vague-attribution', source: 'seen as', cue: undefined, inQuotation: false },
    ]);
  });

  test('every attribution finding stands on an attribution found outside quotations: the same cue, its source within the phrase', () => {
    const text =
      'Several farmers told the paper that the harvest was poor. “Prices will rise,” said Ana Ruiz, who runs the market. ' +
      'According to the regional statistics office, exports fell. “Critics claim we failed,” she added.';
    const outside = findAttributions(text).filter((a) => !a.inQuotation);
    const sources = analyzeText(text).filter((f) => f.source);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const f of sources) {
      const within = (a: ParsedAttribution) => a.source.start <= f.source!.start && f.source!.end <= a.source.end;
      expect(outside.some((a) => within(a) && a.cue?.start === f.cue?.start)).toBe(true);
    }
    expect(findAttributions(text).some((a) => a.inQuotation && text.slice(a.source.start, a.source.end) === 'Critics')).toBe(true);
  });

  test.each([
    ['Chris Moe, who runs the ferry company, says the crossing is safe.', 'Chris Moe, who runs the ferry company', 'Chris Moe'],
    ['“The road will stay closed,” said Ana Ruiz, the county engineer.', 'Ana Ruiz, the county engineer', 'Ana Ruiz'],
    ['“We lost our cover,” said several neighbours who lost their insurance.', 'several neighbours who lost their insurance', 'several neighbours'],
    ['The mayor’s spokesman, Ben Ode, told reporters the vote was close.', 'The mayor’s spokesman, Ben Ode', 'Ben Ode'],
    ['Ben Ode spoke first. He’s predicting a close vote.', 'He', 'He’s'],
    ['“We are far from done,” his top aide, Ben Ode, told reporters.', 'his top aide, Ben Ode', 'Ben Ode'],
    ['The council leader emailed the members saying the vote was close.', 'The council leader', 'The council leader'],
    // A bare role set off after the name is part of it; where and when it was said are not.
    ['“We will win,” said Ann Marsh, director of the Leeds Farming Trust.', 'Ann Marsh, director of the Leeds Farming Trust', 'Ann Marsh'],
    ['“We will win,” said Tom Reed in a statement.', 'Tom Reed', 'Tom Reed'],
    ['Sen. Ann Marsh (D-Ore.) said the vote was close.', 'Sen. Ann Marsh (D-Ore.)', 'Sen. Ann Marsh'],
    // A subject set off by an aside comes before an inverted reading of what follows the verb.
    ['Tom Reed, a retired teacher and the chair of the parish council, said the plan failed.', 'Tom Reed, a retired teacher and the chair of the parish council', 'Tom Reed'],
    // "and" before a name opens a clause unless what it follows could speak too.
    ['A farmer asked about the road and Marsh said, “it opens in May.”', 'Marsh', 'Marsh'],
    ['Acme co-founder and CEO Ann Marsh said in a memo that prices fell.', 'Acme co-founder and CEO Ann Marsh', 'Acme co-founder and CEO Ann Marsh'],
    // The description before the last aside describes the name before it.
    ['Jeff Ode, president of Acme & Co, a Leeds design agency, said he liked it.', 'Jeff Ode, president of Acme & Co, a Leeds design agency', 'Jeff Ode'],
    ['Ann Marsh, the director of the trust, Leeds Farming, said the vote was close.', 'Ann Marsh, the director of the trust, Leeds Farming', 'Ann Marsh'],
    // A relative clause after the opening name runs to the verb, however many commas it holds.
    ['Ann Marsh, who lost her barn in Hull, Yorkshire, in March 2009, said the plan failed.', 'Ann Marsh, who lost her barn in Hull, Yorkshire, in March 2009', 'Ann Marsh'],
    ['Tom Reed, whose start-up, Acme, uses big data, said the plan was weak.', 'Tom Reed, whose start-up, Acme, uses big data', 'Tom Reed'],
    // However long it is: what follows the verb is what was said, not an inverted speaker.
    ['Tom Ode, who has driven across the county twice this month to win over traders for the levy, said he sees shops lining up behind Marsh.', 'Tom Ode, who has driven across the county twice this month to win over traders for the levy', 'Tom Ode'],
    // But a name that ends the clause after the verb is no claim: the verb is its tag, the relative clause the claim's.
    ['Reed has few friends left among the growers, whom he angered over the levy, said Tom Ode, a pollster.', 'Tom Ode, a pollster', 'Tom Ode'],
    ['The plan won no votes from bakers, who feared the tax, said Ann Marsh.', 'Ann Marsh', 'Ann Marsh'],
    // A pronoun with a verb after "said" opens what was said, never an inverted speaker.
    ['The mayor, looking tired and worn out after a long night of counting votes in the town hall, said she sees Marsh as the winner.', 'The mayor', 'The mayor'],
    // So does an aside of where, when or age: it opens with a word no subject opens with.
    ['Tom Reed, during a town hall in Hull, Yorkshire, said the plan would pass.', 'Tom Reed', 'Tom Reed'],
    ['Ben Ode, 33, of Leeds, Ala., says the road is too narrow.', 'Ben Ode, 33, of Leeds, Ala.', 'Ben Ode'],
    ['Reed’s office, when reached by phone, said the senator was travelling.', 'Reed’s office', 'Reed’s office'],
    ['Ann Marsh -- who has sparred with the council for weeks -- said the vote was rigged.', 'Ann Marsh', 'Ann Marsh'],
    ['Police held Ann Marsh, 32, of 19 Mill St., after finding drugs in her car, said Lt. Tom Reed.', 'Lt. Tom Reed', 'Lt. Tom Reed'],
    ['In Leeds, the mayor’s aide, Ben Ode, said the vote was close.', 'the mayor’s aide, Ben Ode', 'Ben Ode'],
    // After the verb, the finding runs on to the name: a description cut before it would refer back to someone else.
    ['“The road will reopen,” said the council spokesman, Ben Ode.', 'the council spokesman, Ben Ode', 'the council spokesman, Ben Ode'],
    // An aside ends where the clause goes on with a verb.
    ['Ann Marsh, vice chair of the campaign, emailed supporters on Monday, saying the race was close.', 'Ann Marsh, vice chair of the campaign', 'Ann Marsh'],
    // A first name or a noun that ends like an adverb opens the phrase; an adverb does not.
    ['Emily Ode said the vote was close.', 'Emily Ode', 'Emily Ode'],
    // A gerund says nothing: a word in -ing opening the sentence before a verb of saying is a name.
    ['Manning said the vote was close.', 'Manning', 'Manning'],
    ['King told reporters the vote was close.', 'King', 'King'],
    ['Carly Ode threw her support behind Tom Reed on Wednesday, saying it was time.', 'Carly Ode', 'Carly Ode'],
    // An adverb in -ly between "and" and the verb: the clause's subject does both.
    ['Ann Marsh appeared with the host of a morning show and formally endorsed Reed, saying the race was his.', 'Ann Marsh', 'Ann Marsh'],
    ['Family spokesman Ben Ode said the vote was close.', 'Family spokesman Ben Ode', 'Family spokesman Ben Ode'],
    ['Clearly Ben Ode said the vote was close.', 'Ben Ode', 'Ben Ode'],
    // "counsel" before a name is a title, not a verb of advising.
    ['Acme general counsel Ben Ode said the vote was close.', 'Acme general counsel Ben Ode', 'Acme general counsel Ben Ode'],
    // An abbreviation, a leading "When" or a quotation closed with doubled apostrophes, before the description.
    ['Last month, the F.B.I. chief, Ben Ode, recommended that the case be closed.', 'the F.B.I. chief, Ben Ode', 'Ben Ode'],
    ['When the party chairman, Ben Ode, said the vote was close, the hall fell silent.', 'the party chairman, Ben Ode', 'Ben Ode'],
    ["''He deserved it,'' the farmer, Ben Ode, told the station.", 'the farmer, Ben Ode', 'Ben Ode'],
    ['The party chairman, Ben Ode, also said the vote was close.', 'The party chairman, Ben Ode', 'Ben Ode'],
    // A name the phrase's length limit falls inside is read whole.
    ['“It was his best,” said the late science fiction and fantasy author Ben M. Ode.', 'the late science fiction and fantasy author Ben M. Ode', 'the late science fiction and fantasy author Ben M. Ode'],
    // A document with who made it: the document is the source.
    ['A 2019 report by the Leeds Institute for Policy found that rents rose.', 'A 2019 report by the Leeds Institute for Policy', 'the Leeds Institute for Policy'],
    ['A county poll published Monday by the Leeds Post and Acme News shows Reed ahead.', 'A county poll published Monday by the Leeds Post and Acme News', 'A county poll published Monday by the Leeds Post and Acme News'],
    // An agent's description ends where what was said begins.
    ['Marsh was informed by her deputy, Tom Ode, that the plan had failed.', 'her deputy, Tom Ode', 'her deputy'],
    ['The board dismissed claims by its auditor, Tom Ode, that funds were missing.', 'its auditor, Tom Ode', 'The board'],
  ])('the source phrase takes in the description set off beside it: %s', (text, phrase, findingSource) => {
    expect(read(text).map((a) => a.source)).toContain(phrase);
    // The finding credits the shorter phrase, which its reason and later references work from.
    const f = analyzeText(text).find((x) => x.source);
    expect(f && text.slice(f.source!.start, f.source!.end)).toBe(findingSource);
  });

  test.each([
    // After the description set beside a name that follows its verb, a part opening with a participle or with a
    // preposition of when or where says how, when or where it was said, not who said it.
    ['“The levy will cut costs,” said Ann Marsh, a vice president at Acme, referring to the millers in Hull.', 'said', 'Ann Marsh, a vice president at Acme'],
    ['“We lost,” said Tom Reed, 67, of Hull, after hearing the mayor speak.', 'said', 'Tom Reed, 67, of Hull'],
    ['“We will win,” said Ben Ode, the mill’s owner, at the growers’ meeting in Leeds.', 'said', 'Ben Ode, the mill’s owner'],
    // Before the verb, the aside ends where the clause goes on with a verb, past an adverb or in an irregular past.
    ['Ann Marsh’s husband, Ben, flatly threw the book at the millers in a speech on Sunday, accusing them of greed.', 'accusing', 'Ann Marsh’s husband, Ben'],
    ['The other grower at the table, Ann Marsh, drew a line under the vote, saying that the levy had won.', 'saying', 'The other grower at the table, Ann Marsh'],
    ['Tom Reed, the ferry firm’s manager, said that the levy was not hurting trade, noting that the ferry still ran full to Hull.', 'noting', 'Tom Reed, the ferry firm’s manager'],
    // When it was done is no part of who did it.
    ['Mayor Ann Marsh on Monday hit the road with Reed, trashing the levy as unfair.', 'trashing', 'Mayor Ann Marsh'],
    // "As reported by" frames the claim after its comma as "according to" does.
    ['As reported by the Leeds Post, last year Hull became the first town to charge the levy.', 'reported', 'the Leeds Post'],
  ])('the source phrase stops where how, when or where it was said begins: %s', (text, cue, phrase) => {
    expect(read(text).filter((a) => a.cue === cue).map((a) => a.source)).toEqual([phrase]);
  });

  test('poll respondents are read as a source phrase, and their share is the finding', () => {
    const text = 'In Vermont, about half of the voters said they wanted change.';
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.narrative])).toContainEqual(['about half of the voters', true]);
    expect(kinds(text)).toEqual([['unverified-figure', 'about half of the voters']]);
    // A bare count of them too, and what they said is theirs: "they support" is no second source.
    const count = 'Of the members, 212 have said they back Reed, 17 have said they favour Marsh.';
    expect(findAttributions(count).map((a) => [count.slice(a.source.start, a.source.end), a.narrative])).toEqual([['212', true], ['17', true]]);
    // A share left before a phrase cut at its length: the respondents are still respondents.
    const long = 'About 8 in 10 Green party members in three northern towns holding ballots this spring are unhappy with the council.';
    expect(analyzeText(long).map((f) => f.kind)).toEqual(['unverified-figure']);
    // A share restated between commas before the verb: the same respondents.
    const restated = 'Nearly half, 47%, say the new levy is unfair.';
    expect(findAttributions(restated).map((a) => [restated.slice(a.source.start, a.source.end), a.narrative])).toEqual([['Nearly half, 47%', true]]);
    expect(kinds(restated)).toEqual([['unverified-figure', '47%']]);
    // So after a phrase of whom the share is, set off before it: the crowd there is no source.
    const among = 'Among likely Labour voters, about two-thirds, 64 percent, say the new levy is unfair.';
    expect(analyzeText(among).map((f) => f.kind)).not.toContain('vague-attribution');
  });

  test.each([
    ['Half a dozen growers said the levy was unfair.', [['vague-attribution', 'Half a dozen growers']]],
    ['A half-dozen growers said the levy was unfair.', [['vague-attribution', 'A half-dozen growers']]],
  ])('half a dozen counts people, as a dozen does, and is no share of a poll\'s respondents: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A new Leeds Post poll asked 900 growers about the levy. Most farmers say it is unfair.'],
    ['In exit polls on Tuesday, younger growers said the levy was fair.'],
    ['Growers oppose the levy, a county survey finds; many want it scrapped.'],
    ['The council polled its tenants in May. Most of those wanted the gardens kept.'],
  ])('people a poll in the sentence or the one before asked are its respondents, not a crowd a claim is pinned on: %s', (text) => {
    expect(analyzeText(text).map((f) => f.kind)).not.toContain('vague-attribution');
  });

  test.each([
    // Commentators beside a poll are asked for their judgement, and a standing in polls or a place to vote is no poll.
    ['A new Leeds Post poll puts Reed ahead. Analysts say the race is close.', 'Analysts'],
    ['Reed is third in most polls. Veteran growers say he can still win.', 'Veteran growers'],
    ['Reed leads the county’s polling average. Many growers think he will win.', 'Many growers'],
    ['Turnout was high at the polls. Local farmers said the levy decided it.', 'Local farmers'],
    // Nor is a crowd that acts, not answers: "vowed" is no reply to a poll.
    ['A new Leeds Post poll puts Reed ahead. Local farmers vowed to fight the levy.', 'Local farmers'],
  ])('a crowd beside no poll that asked it, or acting rather than answering, stays vague: %s', (text, crowd) => {
    expect(kinds(text)).toContainEqual(['vague-attribution', crowd]);
  });

  test.each([
    // A count before a plural makes it a noun, not a verb of saying ("states"); "the polls" after "to" is a place.
    ['Voters in 6 states heading to the polls said they backed the ban.', 'Voters in 6 states heading to the polls'],
    ['Voters in Leeds heading to the polls said they backed the ban.', 'Voters in Leeds heading to the polls'],
  ])('a crowd described by where it goes is vague: %s', (text, phrase) => {
    expect(kinds(text)).toEqual([['vague-attribution', phrase]]);
  });

  test.each([
    ['At least four councillors said the vote was close.', 'At least four councillors'],
    ['Only about 4 in 10 voters in the ward say the vote was fair.', 'Only about 4 in 10 voters in the ward'],
  ])('how many is part of who, "at least" and "only about" included: %s', (text, phrase) => {
    expect(read(text).map((a) => a.source)).toEqual([phrase]);
  });

  test.each([
    // Quotation marks written as doubled apostrophes are punctuation even when glued to a word.
    ["''We are anxious,'' said another local user, Ann Marsh.", 'another local user, Ann Marsh', 'said'],
    ["Mrs. Marsh shook her head and said, ''No.''", 'Mrs. Marsh', 'said'],
    // An aside whose quotation closes after its comma.
    ['Tom Reed, a man of “magic,” said the mayor could win.', 'Tom Reed', 'said'],
    // Only a verb of saying makes a tag after a quotation; any other verb has its subject first.
    ['Ann Marsh, star of the show “Leeds,” thanked Reed for “keeping us all safe.”', 'Ann Marsh', 'thanked'],
    ["Tom Reed, citing ''the magic of Leeds,'' said the mayor could win.", 'Tom Reed', 'said'],
    // A comma after a legislator's party and state closes no aside.
    ['Gov. Ann Marsh (R-Ohio), said the vote was close.', 'Gov. Ann Marsh (R-Ohio)', 'said'],
    ['Another former governor, Ann Marsh (R-Ohio), also said the vote was close.', 'Another former governor, Ann Marsh (R-Ohio)', 'said'],
    // An office one person holds at a time, after "the", is one a reader can look up.
    ['The 51-year-old former mayor, who chaired a hearing in March after the storm, thinks the vote will pass.', 'The 51-year-old former mayor, who chaired a hearing in March after the storm', 'thinks'],
    ['The movie shows the mayor wanting to stay behind.', 'The movie', 'shows'],
    ['The study found the mass could be cut by half.', 'The study', 'found'],
    ['A Leeds Post poll of farmers has, however, revealed that most back the plan.', 'A Leeds Post poll of farmers', 'revealed'],
    ['Growers have, in fact, argued that the levy is unfair.', 'Growers', 'argued'],
    // A sample's description may run past the phrase's length; the poll it belongs to is read in.
    ['A poll of 1,200 adults for the Hull Civic Trust by Acme Research found that most back the plan.', 'A poll of 1,200 adults for the Hull Civic Trust by Acme Research', 'found'],
    // A parenthesis of a sentence's length between the name and its verb.
    ['Sen. Ann Marsh (a Leeds Democrat so tall she is often spotted across the hall) says the vote was close.', 'Sen. Ann Marsh', 'says'],
    ['“She is a fine leader,” said the 46-year-old.', 'the 46-year-old', 'said'],
    // A second verb shares the clause's subject, a role after "the" included.
    ['The judge folded her notes, and then said the case was closed.', 'The judge', 'said'],
    // Times and auxiliaries may stand between "and" or "but" and the verb; a passive does not join.
    ['The columnist Ann Marsh has been critical of the mayor but on Friday wrote that his plan was sound.', 'The columnist Ann Marsh', 'wrote'],
    ['Farm economists have long doubted the figures, but have said that the harvest may recover.', 'Farm economists', 'said'],
    // Where the speakers are, right after them, is part of the phrase; one of a public speaks for it.
    ['Officials there said the road would reopen.', 'Officials there', 'said'],
    ['Another commenter said the plan was bad.', 'Another commenter', 'said'],
    // A source phrase opening the clause keeps the relative clause that runs to its verb.
    ['Farmers in Leeds who watched the debate said they were unfazed.', 'Farmers in Leeds who watched the debate', 'said'],
    // A capital that only opens the sentence may open a crowd read further on.
    ['Trade policy experts have long doubted the figures, but have said that the deal may hold.', 'Trade policy experts', 'said'],
    ['Priebus later Thursday told the paper that both men were fine.', 'Priebus', 'told'],
    // A trailing participle's subject opens its clause, past what stands in parentheses or quotation marks,
    // past an opening phrase of where or when, and not an aside just before it.
    ['Ann Marsh made a defense of “Leeds values,” saying the city was brave.', 'Ann Marsh', 'saying'],
    ['Ann Marsh backed Sen. Tom Reed (R-Texas) on Wednesday, saying it was time.', 'Ann Marsh', 'saying'],
    ['A council official later walked back the remarks, saying Reed was wrong.', 'A council official', 'saying'],
    ['At a rally in Leeds on Sunday, Mrs. Marsh expanded on her remarks, saying the council should act.', 'Mrs. Marsh', 'saying'],
    ['Marsh was blunt about Tom Reed, the front-runner, saying farmers must unite.', 'Marsh', 'saying'],
    ['Shortly after, some of the mayor’s allies took to the radio, claiming the vote was rigged.', 'some of the mayor’s allies', 'claiming'],
    ['Walking to the next house, Marsh talked about her days in Leeds, and said their views were close.', 'Marsh', 'said'],
    ['Tom Ode, the head of Leeds Watch, a group that has sued the council, said the damage was done.', 'Tom Ode, the head of Leeds Watch, a group that has sued the council', 'said'],
    ['Asked on Monday whether Reed would serve, Mrs. Marsh shook her head and said, “No.”', 'Mrs. Marsh', 'said'],
    ['The mayor warned the chief, Tom Reed, at their meeting in Leeds last week not to shut the bridge or close the road, said a council official who was briefed on the talks.', 'a council official who was briefed on the talks', 'said'],
    // A participle after "by", "after", "while": the clause's subject does it.
    ['Acme and Ode shocked the world last year by announcing “Leeds Run,” their first game.', 'Acme and Ode', 'announcing'],
    ['Ann Marsh angered voters by claiming that the vote was rigged.', 'Ann Marsh', 'claiming'],
    // So after an act that said nothing: how the response was made says it.
    ['Ann Marsh responded by calling the levy a scam.', 'Ann Marsh', 'calling'],
    // What someone was called may stand after the object's aside or far along the clause.
    ['At a rally on Wednesday, Reed called Marsh, his rival, “a disaster.”', 'Reed', 'called'],
    ['Mr. Ode called the firm’s chief executive, Ann Marsh, a fraud.', 'Mr. Ode', 'called'],
    // "states" ends a tag after a quotation; elsewhere before a stop it is the noun.
    ['“Leave is granted after a year,” the document states.', 'the document', 'states'],
    // One capital between a quotation's close and a verb of saying is a name, whatever else the word can be.
    ['“We lost the middle,” West said.', 'West', 'said'],
    ['“We lost the middle,” From said.', 'From', 'said'],
    ['“We lost the middle,” Long wrote.', 'Long', 'wrote'],
    // After the verb: a name past the length limit through "of", a capitalised auxiliary, a description the aside names.
    ['“It is a risk,” said Ann Marsh of the University of Leeds School of Law.', 'Ann Marsh of the University of Leeds School of Law', 'said'],
    ['“It is a costly model,” said Will Ode, a professor of farming at Leeds University.', 'Will Ode, a professor of farming at Leeds University', 'said'],
    ['“The term will be long,” said another leading court advocate, Tom J. Reed of the firm Acme.', 'another leading court advocate, Tom J. Reed of the firm Acme', 'said'],
    // Before the verb too: a name that is a modal's word ("Will"), first or last.
    ['Columnist Ann Will said the deal would collapse.', 'Columnist Ann Will', 'said'],
    ['“They meant to mislead us,” Will Ode, chief executive of the charity, said.', 'Will Ode, chief executive of the charity', 'said'],
  ])('who speaks: %s', (text, source, cue) => {
    expect(read(text).map((a) => [a.source, a.cue])).toContainEqual([source, cue]);
  });

  test.each([
    ['Critics were quiet, and as the fallout of the vote in Leeds showed, the mayor tends toward calm.'],
    ['The quarrel in Leeds underscored the anger of the mayor’s supporters.'],
  ])('where a thing happened names no source for it: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind === 'named-source')).toEqual([]);
  });

  test('a past verb of saying right before "that" opens a clause, not an aside, before a trailing participle', () => {
    const text = 'Speaking earlier in Leeds, Reed insisted that he was “sure of the count,” claiming that turnout was high.';
    expect(kinds(text)).toEqual([['named-source', 'Reed insisted']]);
  });

  test.each([
    ['If Tom Reed says the count was wrong, the council will act.'],
    ['Asked whether she believed the count, Ann Marsh shrugged.'],
    ['Her aides declined to say whether she still supports the levy.'],
  ])('a named speaker supposed or asked about is credited with no claim: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind === 'named-source').map((f) => f.text)).not.toContainEqual(expect.stringMatching(/says|believed|supports/));
  });

  test.each([
    ['The council is acting as though its members want to lose.'],
    ['Tom Reed spoke as though he believed the count was rigged.'],
  ])('a manner likened to a view ("as though") is no view held: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['Even if Tom Reed says otherwise, the count was wrong.', 'Tom Reed says'],
  ])('granted with "even if", the claim stands: %s', (text, finding) => {
    expect(analyzeText(text).some((f) => f.kind === 'named-source' && f.text.includes(finding))).toBe(true);
  });

  test.each([
    ['The mayor has made it clear the bridge will stay shut.', 'made it clear', 'The mayor has made it clear'],
    ['Ann Marsh shot back at her critics on Monday.', 'shot back', 'Ann Marsh shot back'],
    ['Tom Reed weighed in, saying the vote was rigged.', 'weighed in', 'Tom Reed weighed in'],
  ])('a cue that says something only with its particle takes the particle into its span: %s', (text, cue, finding) => {
    expect(read(text).map((a) => a.cue)).toContain(cue);
    expect(kinds(text)).toContainEqual(['named-source', finding]);
  });

  test.each([
    ['“The term will be long,” said another leading court advocate, Tom J. Reed of the firm Acme.', 'said another leading court advocate, Tom J. Reed of the firm Acme'],
    ['Ann Marsh, an economist, doubts it. The mill is under pressure, said the company’s chief executive, Tom Ode.', 'said the company’s chief executive, Tom Ode'],
  ])('a description after the verb that an aside names is found with the name, and refers to no one else: %s', (text, finding) => {
    const found = analyzeText(text).filter((f) => f.kind === 'named-source').at(-1);
    expect(found?.text).toBe(finding);
    expect(found?.reason).not.toContain('Ann Marsh');
  });

  test.each([
    // Counted, a small group is anonymous, not vague (guide: "a counted or described small group").
    ['Two Democrats said the plan would fail.', 'anonymous-source'],
    ['Three residents told the Leeds Post the water was brown.', 'anonymous-source'],
    ['Several residents said the water was brown.', 'vague-attribution'],
    // A full name whose colleagues or associates they are is no body they speak for, as a surname alone is not.
    ['Tom Reed’s associates insist the plan failed.', 'vague-attribution'],
    ['Ann Marsh’s colleagues say the plan failed.', 'vague-attribution'],
    ['Tom Reed’s lawyers insist the plan failed.', 'named-source'],
    // "folks" is people, though no agent ending says so; capitalised opening a sentence it is no name.
    ['Folks in Hull say the water was brown.', 'vague-attribution'],
    ['Even our own folks say the levy is wrong.', 'vague-attribution'],
    ['A Republican said the plan would fail.', 'anonymous-source'],
    ['Three Leeds councillors said the plan would fail.', 'anonymous-source'],
    ['Again, those surveyed said the plan would fail.', 'vague-attribution'],
    ['Exit polling showed that Marsh won every ward.', 'vague-attribution'],
    ['Research conducted for the Leeds Trust showed that men wrote most reports.', 'named-source'],
    ['Prices rose, according to federal statistics.', 'named-source'],
    ['Prices rose, according to recent statistics.', 'vague-attribution'],
    // An unnamed adviser to someone named is unnamed: whose adviser follows "to".
    ['A senior adviser to Tom Reed said the plan was dead.', 'anonymous-source'],
    ['Ann Marsh, an adviser to Tom Reed, said the plan was dead.', 'named-source'],
    // Whom a record was addressed to is not who wrote it: the owner is.
    ['Marsh’s email to her supporters notes that Reed is running.', 'named-source'],
    ['The mayor’s letter to residents says the plant will close.', 'named-source'],
    ['A letter to residents says the plant will close.', 'vague-attribution'],
    // A capitalised body of something capitalised is a name, though its last word names a crowd.
    ['The British Federation of Farmers said the plan would fail.', 'named-source'],
    ['A federation of farmers said the plan would fail.', 'vague-attribution'],
    // "data" is a record as "polling" is: unnamed it is vague; an owner, a keeper or "the" traces it.
    ['Data suggest wages in Hull are higher.', 'vague-attribution'],
    ['New data suggest that prices are rising.', 'vague-attribution'],
    ['Census data show that prices rose.', 'named-source'],
    ['Fares rose, according to new data from eFarePoint.', 'named-source'],
    // Where a poll was taken names no pollster; where a study appeared names its journal.
    ['Recent polling in Leeds shows Reed ahead.', 'vague-attribution'],
    ['A recent poll across North Yorkshire found Reed ahead.', 'vague-attribution'],
    ['An Acme Research poll in Leeds found Reed ahead.', 'named-source'],
    ['A study in the Leeds Medical Journal found that rents rose.', 'named-source'],
  ])('a counted group, a party member, poll respondents are no name; unnamed records are vague: %s', (text, kind) => {
    expect(read(text).map((a) => a.kind)).toEqual([kind]);
  });

  test('"polling" the next sentence names is named, as "a study" is', () => {
    const text = 'New polling shows that Reed leads. The poll is published in the Leeds Weekly.';
    expect(read(text).map((a) => [a.source, a.kind])).toContainEqual(['New polling', 'named-source']);
    expect(read('New polling shows that Reed leads.').map((a) => a.kind)).toEqual(['vague-attribution']);
  });

  test('an adverb opening the clause is not part of who speaks: “Meanwhile the council said”', () => {
    expect(read('Meanwhile the council said it would act.').map((a) => a.source)).toEqual(['the council']);
  });

  test.each([
    ['Plus farmers say the fee is unfair.', 'farmers'],
    ['Also the council said it would act.', 'the council'],
  ])('a word joining the sentence to the one before is not part of who speaks: %s', (text, source) => {
    expect(read(text).map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['More recently, Ann Marsh has shifted, offering a plan of her own.'],
    ['Besides, Ann Marsh has shifted, offering a plan of her own.'],
  ])('an adverb opening the clause before its comma is not the subject a trailing participle shares: %s', (text) => {
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['Ann Marsh', 'offering']]);
  });

  test.each([
    ['Ann Marsh spoke at the depot, later claiming that the levy had failed.', 'claiming'],
    ['Ann Marsh took a softer tone, still calling the levy a mistake.', 'calling'],
    ['Ann Marsh turned on Reed, eventually saying he had misled the town.', 'saying'],
  ])('an adverb between the comma and a trailing participle leaves it the clause subject’s: %s', (text, cue) => {
    expect(read(text).map((a) => [a.source, a.cue])).toContainEqual(['Ann Marsh', cue]);
  });

  test.each([
    ['Tom Reed, the council leader, this past week announced that he would run.', 'Tom Reed'],
    ['Ann Marsh a month later said the levy was dead.', 'Ann Marsh'],
    ['The council two weeks earlier said the levy was dead.', 'The council'],
    ['Marsh’s neighbours have in the past claimed she was shy.', 'Marsh’s neighbours'],
  ])('when, between a source and its verb, is not who: %s', (text, source) => {
    expect(read(text).map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['Ann Marsh escalated her attack on Tuesday, telling the council that Reed is a fraud.', [['Ann Marsh', 'telling']]],
    ['Reed is telling reporters in Leeds that he will win.', [['Reed', 'telling']]],
    ['The mayor faces a race with polls showing Reed ahead.', [['polls', 'showing']]],
    ['It was a telling sign of the mood.', []],
    // After a word of degree an -ing form is an adjective, and the word before it no source.
    ['More worrying to the growers was the second levy.', []],
    ['Less convincing to the panel was the firm’s plan for the river.', []],
    ['Reed is increasingly saying that he will win.', [['Reed', 'saying']]],
    ['Reed had a strong showing in Leeds.', []],
    ['Police released a video showing the rescue of a girl.', []],
    ['Recent polling is showing Reed ahead.', [['Recent polling', 'showing']]],
    ['Yet fires went on, showing that the ban had failed.', []],
  ])('"telling" and "showing" are cues before whom they tell or what records show: %s', (text, found) => {
    expect(read(text).map((a) => [a.source, a.cue])).toEqual(found);
  });

  test.each([
    ['The two sides differ, with senior aides to Mayor Reed insisting the levy is dead.', 'senior aides to Mayor Reed'],
    ['Errors piled up, including a senior adviser to his campaign admitting the plan was thin.', 'a senior adviser to his campaign'],
  ])('whom aides or advisers serve is part of who speaks in a participle after them: %s', (text, source) => {
    expect(read(text).map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['Doctors are warning of a winter surge.', [['Doctors', 'warning']]],
    ['Analysts have been warning of a slowdown for months.', [['Analysts', 'warning']]],
    ['Reed quit, warning that the levy would fail.', [['Reed', 'warning']]],
    // Issuing it is an act (an attribution to annotators); the noun is no cue of its own.
    ['Police issued a warning about the roads.', [['Police', 'issued']]],
    ['Warning signs were missed at the plant.', []],
    ['They ignored a warning from Reed.', []],
  ])('"warning" is a cue after a form of "be" or opening a participle\'s clause, a noun elsewhere: %s', (text, found) => {
    expect(read(text).map((a) => [a.source, a.cue])).toEqual(found);
  });

  test.each([
    ['Marsh and Ode were critical of farmers who suggest the plan is fine.', ['farmers']],
    ['He spoke to analysts who say the plan will fail.', ['analysts']],
    ['Members of the council who oppose the plan say it will fail.', ['Members of the council who oppose the plan']],
    ['Reed and Ode, who ran two large states, left.', []],
    ['The law states that shops close at ten.', ['The law']],
  ])('a relative clause follows its noun, not the phrase around it; "states" is mostly a noun: %s', (text, sources) => {
    expect(analyzeText(text).flatMap((f) => (f.source ? [text.slice(f.source.start, f.source.end)] : []))).toEqual(sources);
  });

  test('acts annotators do not mark as attributions are left out; the acts they do mark stay', () => {
    expect(read('Ann Marsh speaks at a rally in Leeds on Monday.')).toEqual([]);
    // A crowd's verdict on a thing is its view, vague by the guide, though annotators seldom mark it.
    expect(read('Farmers find the rules confusing.').map((a) => [a.source, a.cue])).toEqual([['Farmers', 'find']]);
    expect(read('Tom Reed declined to comment on the plan.').map((a) => [a.source, a.cue])).toEqual([['Tom Reed', 'declined']]);
    // Speaking to or with someone, with no topic, is left out; speaking about something stays.
    expect(read('Ann Marsh spoke to growers in Leeds on Monday.')).toEqual([]);
    expect(read('Ann Marsh spoke with Tom Reed before the vote.')).toEqual([]);
    expect(read('Ann Marsh spoke about the levy in Leeds.').map((a) => [a.source, a.cue])).toEqual([['Ann Marsh', 'spoke']]);
  });

  test.each([
    ['We’ll start by noting that the data are thin.', [['We', 'noting', true]]],
    // The writer's pronoun with its auxiliary run in, or after "all": the writer still, never a named source.
    ['We’ve said it before: the ferry runs late.', [['We', 'said', true]]],
    ['All I’m asking is that the board publish its votes.', [['I', 'asking', true]]],
    ['Got an item just by exploring, before realising that most paths are shut.', []],
    ['The new clock radio fixes that by adding a small light to the side.', []],
    ['“If we were any higher, we’d be in Leeds,” one user quipped.', [['one user', 'quipped', false]]],
  ])('no subject, the writer, an act, one of a public: %s', (text, found) => {
    expect(read(text).map((a) => [a.source, a.cue, findAttributions(text).find((x) => text.slice(x.source.start, x.source.end) === a.source)?.narrative])).toEqual(found);
    if (text.includes('user')) expect(read(text).map((a) => a.kind)).toEqual(['vague-attribution']);
  });

  test.each([
    ['Leeds is a vocal critic of the plan and has accused Hull of bad faith.', 'Leeds'],
    ['Tom Reed took to the radio and blamed the weather for the loss.', 'Tom Reed'],
  ])('a charge after "and" is the clause subject’s claim: %s', (text, source) => {
    expect(analyzeText(text).map((f) => [f.kind, f.source && text.slice(f.source.start, f.source.end)])).toEqual([['named-source', source]]);
  });

  test.each([
    'Growers who spoke were jeered and criticized in Hull.',
    'The plan keeps his options open and denies him a win.',
  ])('a passive joined to a passive, or a denial that withholds, credits no one: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind === 'named-source' || f.kind === 'anonymous-source')).toEqual([]);
  });

  test.each([
    ['Ann Marsh met the growers and urged them to vote.', 'Ann Marsh', 'urged'],
    ['Tom Reed toured the mill but later praised the staff.', 'Tom Reed', 'praised'],
  ])('a verb of saying joined to its clause with nothing said after it is its subject’s act: %s', (text, source, cue) => {
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end), a.narrative])).toEqual([[source, cue, true]]);
    expect(analyzeText(text)).toEqual([]);
  });

  test('a span of time opening the clause is no subject: "Two weeks after the vote, …"', () => {
    const text = 'Two weeks after Tom Reed quit, Ann Marsh broke her silence by saying the count was wrong.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['Ann Marsh', 'saying']]);
  });

  test('a closing speaker tag after a no-break space is its own sentence\'s: the crowd before it still speaks', () => {
    const text = 'Nobody sailed, and some growers said they paid fees.\u00a0About 90 boats left, officials said.';
    expect(analyzeText(text).map((f) => f.text)).toEqual(['some growers', 'About 90 boats', 'officials']);
  });

  test('a clause joined after a comma has its own subject: "Fights broke out, and the mayor took to Twitter to…"', () => {
    const text = 'Tempers rose, and the mayor took to the radio to call out the farmers.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['the mayor', 'call out']]);
  });

  test('a plural noun right before a determiner ends the phrase: "nine things the mayor had said"', () => {
    expect(read('Last year we collected nine outrageous things the mayor had said about farmers.').map((a) => [a.source, a.cue])).toEqual([['the mayor', 'said']]);
    expect(read('That came on top of gifts the Acme Trust acknowledged after the Leeds Post asked about them.').map((a) => a.source)).toContain('the Acme Trust');
    // A verb's -s is no plural noun.
    expect(read('Tom Reed, who runs the council\'s farm office, says the plan failed.').map((a) => a.source)).toEqual(["Tom Reed, who runs the council's farm office"]);
  });

  test('a crowd critical of something holds a view: "critical of", not "critical to"; the stance\'s object is no content', () => {
    expect(kinds('Local growers have been critical of the mayor\'s ferry plan.')).toEqual([['vague-attribution', 'Local growers']]);
    expect(analyzeText('Many farmers are sternly critical of the levy.').map((f) => f.text)).toEqual(['Many farmers']);
    expect(analyzeText('Voters are critical to his chances.')).toEqual([]);
    // Who is critical of someone may still say something after it, and so may those the stance is about.
    expect(analyzeText('Ann Marsh was critical of Tom Reed but on Friday wrote that his plan was fair.').map((f) => f.text)).toEqual(['Ann Marsh']);
    expect(kinds('Reed and Ode were critical of growers who suggest the levy might work.')).toEqual([['vague-attribution', 'growers']]);
  });

  test('a singular verb is not a crowd\'s stance: "the way the council sees the farmers is divided"', () => {
    expect(read('The way the council sees the farmers is sharply divided.').filter((a) => a.cue === 'divided')).toEqual([]);
    expect(analyzeText('Voters are sharply divided.').map((f) => f.text)).toEqual(['Voters']);
  });

  test('a verb opening the sentence with nothing said before it is no inverted tag: “Declared Candidates For Mayor.”', () => {
    expect(read('Declared 2026 Candidates For Mayor.')).toEqual([]);
    expect(read('PLEDGED DELEGATES.')).toEqual([]);
    expect(read('Said one official, “We won.”').map((a) => a.source)).toEqual(['one official']);
  });

  test('a crowd joined to a name is vague beside the named source; the attribution stays one phrase', () => {
    expect(kinds('Tom Reed and other economists said the plan failed.')).toEqual([['named-source', 'Tom Reed'], ['vague-attribution', 'other economists']]);
    expect(kinds('Independent economists and even the Leeds central bank have contested that view.')).toEqual([['vague-attribution', 'Independent economists'], ['named-source', 'the Leeds central bank']]);
    expect(kinds('Ben Ode and others who want the levy said the vote was fair.')).toEqual([['named-source', 'Ben Ode'], ['vague-attribution', 'others who want the levy']]);
    expect(read('Tom Reed and other economists said the plan failed.').map((a) => a.source)).toEqual(['Tom Reed and other economists']);
    // One crowd, a named source's own people, and a share are no crowd beside a name.
    expect(kinds('Current and former staff members said the plan failed.')).toEqual([['vague-attribution', 'Current and former staff members']]);
    expect(kinds('Strategists for Ann Marsh and Reed all agree that the debate hurt her.')).not.toContainEqual(['named-source', 'Reed']);
    expect(kinds('Tom Reed and his lawyers have denied the claims.')).toEqual([['named-source', 'Tom Reed and his lawyers have denied']]);
  });

  test('organizations are a crowd as groups are, with their relative clause: "organizations that backed him say"', () => {
    expect(kinds('Yet farm organizations that backed Reed say the vote was unfair.')).toEqual([['vague-attribution', 'farm organizations that backed Reed']]);
  });

  test.each([
    ['The levy drew criticism from some quarters.', [['vague-attribution', 'some quarters']]],
    ['There was fresh anger in Leeds circles over the toll.', [['vague-attribution', 'Leeds circles']]],
    ['The levy has drawn criticism in certain quarters.', [['vague-attribution', 'certain quarters']]],
    ['The fee has drawn criticism from other quarters too.', [['vague-attribution', 'other quarters']]],
    // Circles and quarters as things, and a place that is only a place.
    ['Black circles on the map show the three new wells.', []],
    ['Three quarters of growers say the levy is unfair.', [['unverified-figure', 'Three quarters of growers']]],
    ['There was fresh anger in the town over the toll.', []],
  ])('a view held in "some quarters" or "Leeds circles" is pinned on people left unsaid: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The claim by Ann Marsh that the pier is unsafe was false.', [['named-source', 'claim by Ann Marsh']]],
    ['What stalled it was a demand, by Sen. Tom Reed, that the bill cut fees.', [['named-source', 'demand, by Sen. Tom Reed']]],
    ['A demand from growers that the levy be scrapped went unanswered.', [['vague-attribution', 'growers']]],
    // One unnamed person stands for someone the story names; a demand for something is no claim.
    ['The suggestion by a would-be mayor that the pier is unsafe was wrong.', []],
    ['The demand for homes that builders cannot meet is rising.', []],
    ['Demand from Asian buyers that want steel rose sharply.', []],
    // A show's cast casts nothing.
    ['Her fellow cast members had not heard the news.', []],
  ])('a claim or a demand "by" or "from" someone, then what it holds, is theirs: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('blame or warnings "from" a crowd credit the crowd, not what it is about: “under fire from growers over the levy”', () => {
    expect(kinds('Reed came under fire from growers over the levy.')).toEqual([['vague-attribution', 'growers']]);
    expect(kinds('The plan drew criticism from growers over the cost.')).toEqual([['vague-attribution', 'growers']]);
    // A capitalised word in what it is about names no one: "about Leeds" leaves the experts unnamed.
    expect(kinds('Growers ignored warnings from water engineers about Leeds.')).toEqual([['vague-attribution', 'water engineers']]);
    expect(analyzeText('The convoy came under fire from rebels near Hull.')).toEqual([]);
    expect(analyzeText('The convoy came under fire from Acme troops.')).toEqual([]);
    // After a name too, or a crowd in capitals; a name that goes on with a capital keeps its words.
    expect(kinds('Marsh came under fire from Tom Reed over her questions.')).toEqual([['named-source', 'fire from Tom Reed']]);
    expect(kinds('Marsh came under fire from Leeds Democrats over the levy.')).toEqual([['vague-attribution', 'Leeds Democrats']]);
    expect(kinds('The plan drew praise from Friends Over Fifty.')).toEqual([['named-source', 'praise from Friends Over Fifty']]);
  });

  test.each([
    ['Reed rejected claims by critics that the files were secret.', [['named-source', 'Reed rejected'], ['vague-attribution', 'critics']]],
    ['The plan sparked fears among growers that prices would rise.', [['vague-attribution', 'growers']]],
    ['The levy won criticism from growers and praise from bankers.', [['vague-attribution', 'growers'], ['vague-attribution', 'bankers']]],
    // Inside what someone says, the noun is theirs to report.
    ['Reed says praise from Marsh helps him.', [['named-source', 'Reed says']]],
    // Pressure is what a crowd does, not what it holds or says.
    ['Reed would have faced pressure from party leaders and donors to quit.', []],
    ['The council is bowing to pressure from dock unions.', []],
  ])('"claims", "fears", "praise" before "by", "from" or "among" are nouns of reaction whose holders follow: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['As far as the council is concerned, the levy is dead.', []],
    ['The levy is dead, as far as I’m concerned.', []],
    ['Where money is concerned, growers are careful.', []],
    ['A deal is near among the growers concerned.', []],
    // A worry held is still one.
    ['Growers are deeply concerned.', [['vague-attribution', 'Growers']]],
    ['Growers are concerned that the levy will rise.', [['vague-attribution', 'Growers']]],
  ])('"concerned" that only says whom a matter concerns holds no worry: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('doubts or blame with an agent or a literal fire are not talk with no one talking', () => {
    expect(analyzeText('Concerns have been raised by auditors over the cost.').map((f) => f.text)).not.toContain('Concerns have been raised');
    expect(analyzeText('The convoy came under sniper fire near Hull.')).toEqual([]);
    expect(analyzeText('Reed came under fire from farmers over the levy.').map((f) => f.text)).not.toContain('came under fire');
    expect(analyzeText('The council came under attack on Monday from Reed.').map((f) => f.text)).not.toContain('came under attack');
  });

  test('a sentence opening on "according to" has its source there, not in a closing tag: “According to one witness, Reed shouted.”', () => {
    expect(kinds('According to one witness, Reed shouted.')).toEqual([['anonymous-source', 'According to one witness'], ['named-source', 'Reed shouted']]);
  });

  test('"someone" alone says nothing checkable, and is no finding', () => {
    expect(analyzeText('Someone said the deal was off.')).toEqual([]);
  });

  test('a count after "by" framing the clause is its source; a poll or a count "has" or "gives" its figures', () => {
    expect(kinds('By the Leeds Post’s tally, Reed has 812 delegates to Marsh’s 390.')).toEqual([['named-source', 'By the Leeds Post’s tally']]);
    expect(kinds('About 40,000 farms closed, by one estimate.')).toEqual([['unverified-figure', 'About 40,000 farms'], ['vague-attribution', 'by one estimate']]);
    expect(kinds('But by popular count, the two are fit to run.')).toEqual([]);
    expect(kinds('Friday’s Acme poll has Reed leading Marsh by six points.')).toEqual([['named-source', 'Friday’s Acme poll has']]);
    expect(kinds('The current Acme count gives her 1,150 delegates.')).toEqual([['named-source', 'The current Acme count gives']]);
    expect(kinds('Reed trails, with an Acme poll giving Marsh a 30-point lead.')).toEqual([['named-source', 'an Acme poll giving']]);
    // "has been" is the passive: the poll is talked about.
    expect(read('The Acme poll has been criticised by growers.').map((a) => a.source)).toEqual(['growers']);
  });

  test('a headline\'s rubric pins its line on a record or a crowd; a record the next sentence names is named', () => {
    expect(kinds('Poll: Reed leads Marsh in Leeds by six points.\n\nThe race is close.')[0]).toEqual(['vague-attribution', 'Poll']);
    expect(kinds('Insiders: Reed will rebound in Hull next week.')).toEqual([['anonymous-source', 'Insiders']]);
    expect(kinds('Report: Reed to speak at the harvest fair.\n\nTom Reed will speak on Friday, the Leeds Post reported.')).toEqual([
      ['named-source', 'Report:'],
      ['named-source', 'the Leeds Post reported'],
    ]);
    // A tally after the colon is no line said.
    expect(kinds('Report: 40 cases.').map(([kind]) => kind)).not.toContain('vague-attribution');
  });

  test('a sentence that is a paragraph of its own takes its reference from the next paragraph\'s first sentence', () => {
    const text = 'A new study finds that small farms fail within five years.\n\nThe Acme Institute study found that 40 farms closed.';
    expect(analyzeText(text).find((f) => f.text.startsWith('A new study'))?.kind).toBe('named-source');
    const survey = 'Reed and Marsh are tied in Leeds, a new poll shows.\n\nThe poll, conducted by the Acme Institute, finds Reed ahead among farmers.';
    expect(analyzeText(survey).find((f) => f.text.includes('a new poll'))?.kind).toBe('named-source');
  });

  test('an advertisement is the source of what it hits, targets or renews; "ads targeted at" is a passive', () => {
    expect(kinds('The Acme PAC ad hits Reed for skipping the debate.')).toEqual([['named-source', 'The Acme PAC ad hits']]);
    expect(kinds('Acme PAC ad targets Reed over farm subsidies.')).toEqual([['named-source', 'Acme PAC ad targets']]);
    expect(read('The group ran radio ads targeted at young farmers.')).toEqual([]);
  });

  test('an informant described by what they know is no reference to what they know: "a consultant close to the ad"', () => {
    const text = 'Acme PAC ran a new ad on Friday. A consultant close to the ad told us the group spent heavily on it. The ad also renews its charge that Reed hired cheap labour.';
    expect(analyzeText(text).find((f) => f.text.startsWith('The ad also renews'))?.kind).toBe('named-source');
  });

  test('having words for someone is speaking of them: "had blunt words for", "have had few kind words to say of"', () => {
    expect(kinds('Reed had blunt words for the council.')).toEqual([['named-source', 'Reed had blunt words']]);
    expect(kinds('Many of the growers have had few kind words to say of the levy.')).toEqual([['vague-attribution', 'Many of the growers']]);
    // Being left speechless, or reading words out, is not.
    expect(read('He had no words for the grief.')).toEqual([]);
    expect(read('He had the words for the hymn printed.')).toEqual([]);
  });

  test('making sure everyone knows is no claim that everyone does', () => {
    expect(analyzeText('The council must make sure everyone knows how to vote.')).toEqual([]);
  });

  test('a description a headline gives without a name is named when the article names the person: “… The aide said”', () => {
    const text = 'Leeds aide admits he could back Marsh.\n\nAfter the rally, Tom Cross said he could back her. The aide said the levy had changed his mind.';
    expect(analyzeText(text).find((f) => f.text.startsWith('The aide'))?.kind).toBe('named-source');
    // In the article's body, a description first given without a name stays unnamed.
    const body = 'An aide said he could back Marsh. Later, Tom Cross said he could back her. The aide said the levy had changed his mind.';
    expect(analyzeText(body).find((f) => f.text.startsWith('The aide'))?.kind).toBe('anonymous-source');
  });

  test('"Both" opening a clause is its subject, the pair the article has just named; "they both" and an aside\'s "both" are not', () => {
    expect(kinds('Tom Reed and Ann Marsh have criticised the levy. Both have promised to repeal it.')).toContainEqual(['named-source', 'Both have promised']);
    // With no pair before it, "Both" is nobody in particular: an attribution, no finding.
    expect(kinds('Both have promised to repeal the levy.')).toEqual([]);
    expect(read('Both have promised to repeal the levy.').map((a) => a.source)).toEqual(['Both']);
    expect(read('They both said the levy was unfair.').map((a) => a.source)).toEqual(['They']);
    expect(kinds('Local growers — long proud of their unity — both urged a vote.')).toEqual([['vague-attribution', 'Local growers']]);
  });

  test('a verdict needs its passive: "the board labelled the plan a tax by mistake" is no one\'s label', () => {
    expect(read('The ferry, renamed the Swan by locals, sank.')).toEqual([]);
    expect(read('Reed labelled the plan a tax by mistake.').map((a) => a.source)).not.toContain('mistake');
  });

  test('adjectives joined before one noun make one crowd: “Current and former employees said”', () => {
    expect(read('Yet former and current growers said the levy failed.').map((a) => [a.kind, a.source])).toEqual([['vague-attribution', 'former and current growers']]);
    expect(read('Current and former employees said the levy failed.').map((a) => a.kind)).toEqual(['vague-attribution']);
    // Names joined stay names.
    expect(read('Reed and Marsh said the levy failed.').map((a) => [a.kind, a.source])).toEqual([['named-source', 'Reed and Marsh']]);
  });

  test('a nation\'s adjective is no name: "Swiss scientists" are a crowd', () => {
    expect(analyzeText('A group of Swiss scientists showed that the cells respond.').map((f) => f.kind)).toEqual(['vague-attribution']);
  });

  test('a verb joined by "and" to a clause of its own is that clause\'s subject\'s, not an earlier clause\'s', () => {
    const text = 'When asked whom she backed, Ms. Ode smiled and said, “I am waiting for Reed.”';
    expect(analyzeText(text).map((f) => f.text)).toContain('Ms. Ode');
    expect(read(text).find((a) => a.cue === 'said')?.source).toBe('Ms. Ode');
  });

  test('a pronoun after the last comma before "…and said" is the speaker, not an opening clause\'s subject', () => {
    for (const text of [
      'When Tom Reed, the club treasurer was asked whether the fees would rise, he shrugged and said, “Wait and see.”',
      'Once Ann Marsh, our coach, had heard the score, she laughed and said she had expected worse.',
    ]) {
      const said = read(text).find((a) => a.cue === 'said');
      expect(said?.source).toMatch(/^(?:he|she)$/);
    }
  });

  test('a passive after "and" does not join the clause\'s subject: "is grim and seldom told"', () => {
    expect(read('For Reed, a mayor whose pitch rests on his record, the story of his cousin is grim and seldom told.')).toEqual([]);
  });

  test('putting something somewhere is no saying; a preposition opens no subject', () => {
    expect(read('She put it on the table in the hall.')).toEqual([]);
    expect(read('On one Acme page a Leeds poster put up her picture, writing that it was a disgrace.').map((a) => a.source)).not.toContain('On one Acme page');
  });

  test('remarks already reported, made somewhere, are no new claim: "made the remarks shortly before he left"', () => {
    expect(read('Reed made the remarks shortly before he left the hall.')).toEqual([]);
    expect(read('Marsh made a cake for the fair.')).toEqual([]);
  });

  test('calling a meeting or a relative is no naming', () => {
    expect(read('Reed called the meeting, a rare event, for Monday.')).toEqual([]);
    expect(read('Marsh called her mother, a nurse, and her father.')).toEqual([]);
  });

  test.each([
    ['Both accomplished songwriters who had written music for the show “Harbour,” Reed and Marsh met in Hull.'],
    ['Ann Marsh has built her name on the ferry, writing a book about its crews.'],
  ])('writing a work is no claim: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
  });

  test('writing what a work says is still a claim: “wrote in her memoir that …”', () => {
    expect(read('Ann Marsh wrote in her memoir that the port was dying.')).toContainEqual({ kind: 'named-source', source: 'Ann Marsh', cue: 'wrote', inQuotation: false });
  });

  test('a participle in a list is an adjective: “sticky, repeating, or dead keys”', () => {
    expect(read('It would be no surprise if Acme dropped the keys, which were sticky, repeating, or dead.')).toEqual([]);
  });

  test('whose someone is, is not who speaks: “The victim’s mother testified, describing…”', () => {
    expect(read('The victim’s mother testified, describing the night.').map((a) => a.source)).not.toContain('The victim’s');
  });

  test.each([
    ['Thanks to live counts, subeditors know how many readers open each story.'],
    ['Neither growers nor millers know which plan that helps.'],
    ['Few farmers understand why the levy was raised.'],
    // Nor is knowing a thing.
    ['Growers know this and plant early.'],
    ['Millers understand the risk the frost brings.'],
    ['It has a dial that users know and love.'],
    // A year after the thing known is no figure said.
    ['Growers learned the trade young; millers understood this in 1990.'],
  ])('knowing an answer is no view held: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind === 'vague-attribution')).toEqual([]);
  });

  test.each<[string, string]>([
    ['Growers know that the frost will come.', 'Growers'],
    ['Growers know they’re being squeezed.', 'Growers'],
    ['Both growers and millers understood his meaning: the levy would rise.', 'Both growers and millers'],
  ])('knowing a clause, with or without "that", is still a view held: %s', (text, source) => {
    expect(analyzeText(text).filter((f) => f.kind === 'vague-attribution').map((f) => f.text)).toEqual([source]);
  });

  test.each([
    ['Marsh leads among older growers and those calling themselves moderates.', 'calling'],
    ['The money comes from small donors and those writing cheques of $500 or more.', 'writing'],
  ])('a participle after "those" says which people, with no subject before it: %s', (text, cue) => {
    expect(read(text).filter((a) => a.cue === cue)).toEqual([]);
  });

  test.each([
    ['Leeds’s family-run brewer Acme owns two pubs in Hull and says it will open 12 more.', 'Leeds’s family-run brewer Acme', 'says'],
    ['Hull’s city council closed its session by announcing it would hire 40 more wardens.', 'Hull’s city council', 'announcing'],
  ])('a possessive opens the subject a later verb shares: %s', (text, source, cue) => {
    expect(read(text)).toContainEqual({ kind: 'named-source', source, cue, inQuotation: false });
  });

  test.each([
    ['Acme’s $4.8 billion sale to Ode is a complicated deal, showing how such sales differ.'],
    ['She’s a farmer in Hull but concedes that her neighbours like Marsh.'],
  ])('a possessive phrase ends at a number or a preposition, and a pronoun with its verb is none: %s', (text) => {
    expect(read(text).map((a) => a.source).filter((s) => /’s/.test(s))).toEqual([]);
  });

  test.each([
    ['About one in five say they would not vote.', 'About one in five'],
    ['Nearly nine out of 10 say they want lower fees.', 'Nearly nine out of 10'],
    ['Three-fourths say the council should act.', 'Three-fourths'],
    // Named as the people a poll asked, whose answers are its findings.
    ['Those surveyed mostly say the ferry should run all night.', 'Those surveyed'],
    ['The main worries, respondents said, are rents and bus fares.', 'respondents'],
    ['In May, the tenants polled were split evenly over the levy.', 'the tenants polled'],
  ])('poll respondents counted out of a whole are a crowd, attributed but no finding: %s', (text, phrase) => {
    expect(read(text).map((a) => [a.source, a.kind])).toEqual([[phrase, 'vague-attribution']]);
    expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['Repair estimates were far too low.', []],
    ['“The pier is safe,” spokesman Tom Reed said. Repair estimates, he added, were far too low.', [['named-source', 'spokesman Tom Reed said'], ['named-source', 'he added']]],
    // A verb whose object a relative clause moved out keeps its subject: "which Acme estimates will cost".
    ['The plan, which Acme estimates will cost $4 million, was approved.', [['named-source', 'Acme estimates']]],
  ])('a plural opening its clause before the clause\'s own verb is a noun, no source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a crowd no poll asked stays a vague source', () => {
    expect(kinds('Many tenants mostly say the ferry should run all night.')).toEqual([['vague-attribution', 'Many tenants']]);
  });

  test('a plural "say" is inverted only after a crowd: “…, say the organisers”, not “…, say the plan works”', () => {
    expect(read('Just under half, 47%, say the plan works.').map((a) => a.source)).not.toContain('the plan works');
    expect(read('The vote was close, say local farmers.').map((a) => a.source)).toEqual(['local farmers']);
  });

  test('a cue word with -s after a plural quantifier is a noun: “Several reports have suggested”', () => {
    expect(read('Several reports have suggested a deal.').map((a) => [a.source, a.cue])).toEqual([['Several reports', 'suggested']]);
    expect(read('The plan takes more than a website and a few tweets.')).toEqual([]);
    // The base form after it is the quantifier's verb.
    expect(read('Many report that they were harassed.').map((a) => [a.source, a.cue])).toEqual([['Many', 'report']]);
  });

  test('a cue word after a number is a noun: “three states”', () => {
    const text = 'Most growers in three states say the frost was early.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['Most growers in three states', 'say']]);
  });

  test.each([
    ['The shop opened in 1990, according to its own website.', 'its own website', 'named-source'],
    ['Prices rose by a third, according to one consultancy.', 'one consultancy', 'vague-attribution'],
    ['According to county law, shops must close at ten.', 'county law', 'named-source'],
    ['She quit because, according to her, the firm had lied.', 'her', 'named-source'],
    ['But according to several people I spoke to, the row was about money.', 'several people', 'vague-attribution'],
  ])('whatever follows “according to” is a source: %s', (text, source, kind) => {
    expect(read(text).map((a) => [a.source, a.kind])).toContainEqual([source, kind]);
  });

  test.each([
    ['In an Acme News survey out on Friday, two in three farmers backed Marsh.', 'an Acme News survey'],
    ['Reed trailed by nine points in the same survey.', 'the same survey'],
    // After a cue that credits no one: the poll still sources the share.
    ['Among farmers, Reed drew 40 percent support in a Leeds Post poll.', 'a Leeds Post poll'],
    // Whose polls they are may follow them; whom a poll asked does not name it.
    ['Marsh led Reed by six points in new polls from Acme and the Leeds Post.', 'new polls from Acme and the Leeds Post'],
    // With no verb of saying in the sentence at all.
    ['Reed led Marsh by 52 percent to 31 percent in an Acme News poll.', 'an Acme News poll'],
    ['In the latest Leeds Post survey, Marsh is at 38 percent.', 'the latest Leeds Post survey'],
  ])('a named poll the figures are “in” is their source: %s', (text, source) => {
    expect(read(text).map((a) => [a.source, a.kind])).toContainEqual([source, 'named-source']);
    expect(analyzeText(text).filter((f) => f.kind === 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['Ode was blunt, wrote Tom Reed in a research report.'],
    ['Ode wrote back in an email questioning the report.'],
  ])('a speaker’s medium or a participle’s object is no poll: %s', (text) => {
    expect(read(text).filter((a) => a.cue?.toLowerCase() === 'in')).toEqual([]);
  });

  test.each([
    ['Marsh leads in the polls.'],
    ['In a survey, most farmers were unhappy with the price.'],
    ['Marsh leads by 8 points in a poll of Leeds voters.'],
    // A month says when; a poll a preposition's phrase leads to frames nothing.
    ['Marsh came second in January polls with 21 percent.'],
    ['Marsh entered the debate in Leeds atop the polls with 30 percent.'],
  ])(
    'an unnamed poll is no source: %s',
    (text) => {
      expect(read(text).filter((a) => a.cue?.toLowerCase() === 'in')).toEqual([]);
    },
  );

  test.each([
    ['Often, if a company knows we are offering something, it moves fast.', 'a company'],
    ['Prices rose, said Tom Ode, who heads the Acme Alliance, a group that has praised the tariffs.', 'that'],
    // Named people counted out of a group: the group describes them.
    ['The ad features Ann Marsh and Jo Ode, two of the women who had blamed the mayor for the flood.', 'who'],
  ])('an attribution the article does not make is narrative: %s', (text, source) => {
    const found = findAttributions(text).find((a) => text.slice(a.source.start, a.source.end) === source);
    expect(found?.narrative).toBe(true);
    expect(analyzeText(text).filter((f) => f.kind === 'vague-attribution')).toEqual([]);
  });

  test.each([['The book is a cabinet of wonders.'], ['It has films and TV shows from Acme.'], ['Tom Reed in Leeds contributed to this report.']])(
    'no attribution: %s',
    (text) => {
      expect(read(text).filter((a) => a.cue)).toEqual([]);
    },
  );

  test.each([
    ['Marsh calls Reed careless.', 'Marsh'],
    ['Reed called Marsh a liar.', 'Reed'],
    ['Marsh stood up and called the scheme “a waste of money”.', 'Marsh'],
    ['Reed fights what he calls waste at the council.', 'he'],
    ['Marsh pointed to the flooded fields as evidence.', 'Marsh'],
    ['Marsh often calls out the council.', 'Marsh'],
    ['Reed has since said the vote was fair.', 'Reed'],
    ['Multiple reports said the deal was done.', 'Multiple reports'],
    ['Reed slams the council over prices.', 'Reed'],
    ['Ann Marsh of the Leeds Post made it clear that the vote would go ahead.', 'Ann Marsh of the Leeds Post'],
  ])('naming, or pointing to evidence, is a claim: %s', (text, source) => {
    expect(read(text).map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['Tom Reed continues to insist that the vote was fair.', 'named-source', 'Tom Reed continues to insist'],
    ['Ann Marsh seemed to indicate she knows the rules.', 'named-source', 'Ann Marsh seemed to indicate'],
    ['Ben Ode began dismissing the idea that the pier was unsafe.', 'named-source', 'Ben Ode began dismissing'],
    ['Tom Reed started saying the vote was rigged.', 'named-source', 'Tom Reed started saying'],
    ['Farmers continue to warn that the deal was a mistake.', 'vague-attribution', 'Farmers'],
    // Their perfect and progressive forms too.
    ['Tom Reed has begun to argue that the vote was fair.', 'named-source', 'Tom Reed has begun to argue'],
    ['Ann Marsh is beginning to concede that the pier was unsafe.', 'named-source', 'Ann Marsh is beginning to concede'],
    // The verb in a clause of when: its subject, not the word that opens the clause.
    ['When Tom Reed tried to defend the plan, the crowd booed.', 'named-source', 'Tom Reed tried to defend'],
    ['Ann Marsh is still trying to argue that the pier is safe.', 'named-source', 'Ann Marsh is still trying to argue'],
    // A progressive after "to be" is the verb's own.
    ['Many growers seem to be hoping for a rescue.', 'vague-attribution', 'Many growers'],
    ['Ann Marsh appears to be arguing that the pier is safe.', 'named-source', 'Ann Marsh appears to be arguing'],
    // An -ing form with a clause after it, and a habit taken up.
    ['Tom Reed kept insisting the vote was fair.', 'named-source', 'Tom Reed kept insisting'],
    ['Tom Reed has taken to saying the pier is unsafe.', 'named-source', 'Tom Reed has taken to saying'],
    ['Growers took to calling the levy a land tax.', 'vague-attribution', 'Growers'],
  ])('the subject of "continues to", "seemed to", "began" is the speaker: %s', (text, kind, span) => {
    expect(kinds(text)).toEqual([[kind, span]]);
  });

  test.each([
    ['Marsh worked for the Leeds Post in 2019 and was trying to query Reed about the pier.'],
    ['The memo reflects the council’s distrust of surveys continuing to show deep unease.'],
    ['Tom Reed took to wearing a hat to council meetings.'],
    ['Tom Reed kept asking the staff to stay late.'],
  ])('an -ing form of "try", "continue" counts only right after its subject’s "is" or "was": %s', (text) => {
    expect(read(text).filter((a) => a.cue)).toEqual([]);
  });

  test.each([['Reed called Marsh on Monday.'], ['Reed called Acme Farms to complain.'], ['Reed made a cake.'], ['He won three grand slams.'], ['Reed declared martial law, only to lift it hours later.'], ['© Provided by Acme News Inc']])('a call is no claim: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test.each([
    ['The Green candidate for the May 6 vote said the count was slow.', 'The Green candidate for the May 6 vote'],
    ['The Green candidate for the Nov. 3 vote later said the count was slow.', 'The Green candidate for the Nov. 3 vote'],
  ])('a month is no modal, and an abbreviation’s full stop ends no phrase: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue === 'said').map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['The Green nominee said the count was slow.'],
    ['The party’s front-runner said the race was over.'],
    // "general" after the office it is general of: "the attorney general", "the inspector general".
    ['The county’s inspector general found no sign that the count was slow.'],
    ['The league’s secretary general called on the clubs to act.'],
  ])(
    'one office holder a reader can look up is named, as "the president" is: %s',
    (text) => {
      expect(read(text).filter((a) => a.cue).map((a) => a.kind)).toEqual(['named-source']);
    },
  );

  test('a title-case headline\'s past form of saying credits the name before it when an object follows, not a preposition', () => {
    expect(read('Reed Told A Farmer Not To Worry About The Levy.').map((a) => [a.source, a.cue])).toEqual([['Reed', 'Told']]);
    expect(read('Woman Told To Leave The Hall By Police.')).toEqual([]);
    expect(read('Man Accused Of Theft In Leeds Court.')).toEqual([]);
  });

  test('a title-case headline is read: its reporting verb in the present credits the name before it', () => {
    expect(read('Marsh Says Farm Will Stay Open Through Winter').map((a) => [a.source, a.cue])).toEqual([['Marsh', 'Says']]);
    // A participle in a headline is no reporting verb, and a capital mid-sentence still is no verb elsewhere.
    expect(read('Police Name Woman Found Dead In Leeds Flat').filter((a) => a.cue === 'Found')).toEqual([]);
    expect(read('He moved to the United States in May.')).toEqual([]);
  });

  test('after “according to”, what follows the comma is the claim, not a description of the source', () => {
    const text = 'According to a survey of Leeds farmers, the harvest fell by a third.';
    expect(read(text).map((a) => a.source)).toEqual(['a survey of Leeds farmers']);
  });

  test('a clause after the source is no description of it', () => {
    const text = 'Ben Ode said the vote was close, adding that turnout fell.';
    expect(read(text).map((a) => a.source)).toEqual(['Ben Ode', 'Ben Ode']);
  });

  test.each([
    ['“Growers say the levy is unfair,” said Ben Ode, adding that it would close farms.', 'Ben Ode'],
    ['“Most growers will be pleased by it,” Ben Ode said, referring to the levy.', 'Ben Ode'],
    ['"Growers say the levy is unfair," said Ben Ode, adding that it would close farms.', 'Ben Ode'],
    // A tag in brackets is the writer's aside, not the clause the participle goes on from.
    ['When Ben Ode said the levy was unfair, he not only angered growers (“Ode Fights Levy,” declared the Post), but again demonstrated his skill.', 'Ben Ode'],
  ])('a participle after a quotation\'s tag goes on from the tag, not from a source inside the quotation: %s', (text, source) => {
    const participle = read(text).find((a) => /ing$|demonstrated/.test(a.cue ?? ''));
    expect(participle?.source).toBe(source);
  });

  test.each([
    ['Ana Ruiz reminded voters that the ferry runs at a loss.', 'Ana Ruiz', 'reminded'],
    ['The senator talked about the budget at length.', 'The senator', 'talked'],
    ['Ben Ode interjected that taxes would rise.', 'Ben Ode', 'interjected'],
    ['The mayor reaffirmed that the bridge would open in May.', 'The mayor', 'reaffirmed'],
  ])('verbs of saying that annotators mark often: %s', (text, source, cue) => {
    expect(read(text)).toContainEqual({ kind: 'named-source', source, cue, inQuotation: false });
  });

  test('in a relative clause the relative pronoun stands where the source stands', () => {
    const text = 'The plan angered local farmers, who say the harvest was poor.';
    expect(read(text)).toEqual([{ kind: 'vague-attribution', source: 'who', cue: 'say', inQuotation: false }]);
  });

  test.each([
    ['The row with Ann Marsh, a host at Acme Radio who questioned his record, went on.', 'questioned'],
    ['The fund was set up by Tom Reed, a banker who had once backed the levy.', 'backed'],
    ['“We are ready,” said Tom Ode, the agency’s chief strategist, who added that the plan would work.', 'added'],
    // An aside between the pronoun and its verb.
    ['Ann Marsh, who, after a long row with Reed over the levy, said the plan had failed, left.', 'said'],
  ])('so it does after the description set beside a name, with the name\'s kind: %s', (text, cue) => {
    expect(read(text)).toContainEqual({ kind: 'named-source', source: 'who', cue, inQuotation: false });
  });

  test.each([
    ['The plan angered growers, many of whom argue the harvest was poor.', 'vague-attribution', 'growers', 'many of whom'],
    ['The levy has not gone down well with farmers in Leeds, some of whom said it was unfair.', 'vague-attribution', 'farmers in Leeds', 'some of whom'],
    ['Ben Ode met Ann Marsh and Tom Reed, both of whom said the levy was unfair.', 'named-source', 'Ann Marsh and Tom Reed', 'both of whom'],
  ])('the part of a group in a relative clause speaks for the group: %s', (text, kind, credited, source) => {
    expect(analyzeText(text).filter((f) => f.source).map((f) => [f.kind, text.slice(f.source!.start, f.source!.end)])).toContainEqual([kind, credited]);
    expect(read(text).map((a) => a.source)).toContain(source);
  });

  test.each([
    ['Ben Ode met growers who claim the levy is unfair.', [['vague-attribution', 'growers']]],
    ['Reed faces suits by dozens of growers who claim the levy is unfair.', [['vague-attribution', 'growers']]],
    ['Ann Marsh is echoing flood experts who say the bank will fail.', [['named-source', 'Ann Marsh is echoing'], ['vague-attribution', 'flood experts']]],
    ['The app relies on drivers who hope for good tips.', []],
    ['Ann Marsh is echoing flood experts who have suggested the bank will fail.', [['named-source', 'Ann Marsh is echoing'], ['vague-attribution', 'flood experts']]],
    ['Ann Marsh met growers who have also said the levy is unfair.', [['vague-attribution', 'growers']]],
    // Counted, not quoted: "reported" before what they did.
    ['The council said the number of pupils who have reported skipping meals was 12%.', [['named-source', 'The council said']]],
    // A later relative clause of another noun is no main verb that would make the first one's clause its own.
    ['Contrast that with Tom Reed, who has called the levy “theft,” and Ann Marsh, who says it is fair.', [['named-source', 'Tom Reed, who has called'], ['named-source', 'Ann Marsh, who says']]],
  ])('a relative clause of saying brings in its own source, after an object or a cue: %s', (text, findings) => {
    expect(analyzeText(text).filter((f) => f.source).map((f) => [f.kind, f.text])).toEqual(findings);
  });

  test('a second relative clause joined by "and" is no main verb: the crowd inside the first keeps its claim', () => {
    const text = 'They named Ben Ode, who critics say runs the mill in Hull, and who said the fire was an accident.';
    expect(analyzeText(text).filter((f) => f.kind === 'vague-attribution').map((f) => f.text)).toEqual(['critics']);
  });

  test.each([
    ['The vote has left many growers, including some who backed the levy, wondering what Reed wants.', 'many growers', 'wondering'],
    ['The mill closed in May, leaving some to doubt that the levy was to blame.', 'some', 'doubt'],
    ['The ruling left local farmers to wonder whether the bridge would open.', 'local farmers', 'wonder'],
  ])('a crowd left in doubt holds the doubt: %s', (text, crowd, cue) => {
    expect(analyzeText(text).filter((f) => f.source).map((f) => [f.kind, f.text])).toEqual([['vague-attribution', crowd]]);
    expect(read(text).map((a) => [a.source, a.cue])).toContainEqual([expect.stringContaining(crowd), cue]);
  });

  test.each([
    'The storm left Ann Marsh wondering where to go.',
    'The flood left the town without power, and growers wondering.',
  ])('someone named, or no crowd before the doubt, is no vague attribution: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.kind === 'vague-attribution')).toEqual([]);
  });

  test('the initial "I." before a name is no first person', () => {
    expect(read('The port is shut. I. Charles Marsh said it would close.').map((a) => [a.source, a.kind])).toEqual([['I. Charles Marsh', 'named-source']]);
  });

  test('a capitalised "Today" goes on the name before it; a lower-case one is when it was said', () => {
    expect(read('According to USA Today, the port will close.')).toEqual([{ kind: 'named-source', source: 'USA Today', cue: 'According', inQuotation: false }]);
    expect(read('Ann Ode said today that the port will close.').map((a) => a.source)).toEqual(['Ann Ode']);
  });

  test('pledging one’s support is backing given, an act; pledging that something will be done says it', () => {
    const text = 'Two superdelegates have pledged their support to Ann Ode.';
    expect(findAttributions(text).map((a) => a.narrative)).toEqual([true]);
    expect(analyzeText(text)).toEqual([]);
    expect(analyzeText('Ann Ode pledged that the port would stay open.').map((f) => f.text)).toEqual(['Ann Ode pledged']);
  });

  test('pushing for something is an act, pushing back a rebuttal', () => {
    expect(read('Tom Reed pushed for a vote.')).toEqual([{ kind: 'named-source', source: 'Tom Reed', cue: 'pushed', inQuotation: false }]);
    expect(analyzeText('Tom Reed pushed for a vote.')).toEqual([]);
    expect(analyzeText('Tom Reed pushed back on the claim.').map((f) => f.text)).toEqual(['Tom Reed pushed']);
  });

  test('a side taken by some of a group says which group, and credits no one', () => {
    expect(analyzeText('Ben Ode met Ann Marsh and Tom Reed, both of whom backed the levy, in Hull.').filter((f) => f.source)).toEqual([]);
  });

  test.each([
    ['The plan angered growers, who say the harvest was poor.', 'growers'],
    ['Some retired growers, who say the harvest was poor, met in Leeds.', 'Some retired growers'],
    // A pronoun for a thing as the verb's subject: "This" is no part of who holds the view.
    ['The council cut the levy. This angered growers who say the harvest was poor.', 'growers'],
    ['The council cut the levy. It alarmed farmers who argue the harvest will fail.', 'farmers'],
  ])('a past verb before a relative clause’s noun is its clause’s, not the source’s: %s', (text, credited) => {
    expect(kinds(text)).toContainEqual(['vague-attribution', credited]);
  });

  test.each([
    ['The ferry is expected to run again in May.', []],
    ['Ben Ode was asked about the budget.', []],
    ['Farmers are worried that the harvest will fail.', ['Farmers']],
    ['Many voters are opposed to the new tax.', ['Many voters']],
  ])('in the passive, a verb of belief is about its subject, one of feeling held by it: %s', (text, sources) => {
    expect(read(text).filter((a) => a.cue).map((a) => a.source)).toEqual(sources);
  });

  test('a stance act is an attribution to annotators, but no finding by the guide', () => {
    const text = 'Several councillors voted against the budget, and the mayor said it would pass.';
    const found = findAttributions(text).map((a) => ({ source: text.slice(a.source.start, a.source.end), cue: text.slice(a.cue!.start, a.cue!.end), narrative: a.narrative }));
    expect(found).toEqual([
      { source: 'Several councillors', cue: 'voted', narrative: true },
      { source: 'the mayor', cue: 'said', narrative: false },
    ]);
    expect(analyzeText(text).map((f) => f.text)).toEqual(['the mayor said']);
    expect(analyzeText('The mayor declined the plan on Monday.')).toEqual([]);
    expect(read('The mayor declined the plan on Monday.')).toEqual([{ kind: 'named-source', source: 'The mayor', cue: 'declined', inQuotation: false }]);
    // Taking a side, balking: acts too.
    expect(analyzeText('Tom Reed sided with the farmers and balked at the cost.')).toEqual([]);
    // A crowd's view inside what another crowd says is theirs to report, no second finding.
    expect(analyzeText('Some growers at the fair said they welcomed the levy.').map((f) => f.text)).toEqual(['Some growers at the fair']);
    expect(read('Tom Reed sided with the farmers.').map((a) => a.cue)).toEqual(['sided']);
  });

  test.each([
    ['The mayor named Ann Marsh to the harbour board.', [['The mayor', 'named', true]]],
    ['Reed still named her his deputy in May.', [['Reed', 'named', true]]],
    // After an indefinite noun, "named" says what someone is called.
    ['A ferryman named Tom Reed has run the crossing for years.', []],
    ['At the depot, a driver named Ann Marsh waved.', []],
    // So are encouraging and championing.
    ['The mayor encouraged growers to sign up.', [['The mayor', 'encouraged', true]]],
    ['Reed championed the levy for years.', [['Reed', 'championed', true]]],
    // An act's participle credits its agent; not a means ("decided by a coin toss").
    ['The levy, championed by the mayor, passed in May.', [['the mayor', 'championed', true]]],
    ['Most growers back a levy endorsed by the council.', [['the council', 'endorsed', true]]],
    ['It was a runoff decided by a coin toss.', []],
    // Passing a law is an act too; a bill passing a house, or a test passed, is none.
    ['The county council passed a ban on leaf blowers in May.', [['The county council', 'passed', true]]],
    ['The levy passed the council in May.', []],
    ['Reed passed three checks at the border.', []],
    // Putting out a record is one: a statement, a report, a complaint filed, a plan unveiled. Releasing people or
    // footage is none, nor is a report "released Tuesday" with no object after it.
    ['The harbour board issued a statement on Friday.', [['The harbour board', 'issued', true]]],
    ['Tom Reed released a short report on the ferry in May.', [['Tom Reed', 'released', true]]],
    ['The growers filed a complaint with the county.', [['The growers', 'filed', true]]],
    ['Last week the mayor unveiled her plan for the depot.', [['the mayor', 'unveiled', true]]],
    ['The police released the two drivers on Monday.', []],
    ['Ann Marsh released the footage hours later.', []],
    // Agreeing to do something is one too; agreeing to a thing, or a condition ("until it agrees to"), is none.
    ['Tom Reed agreed to meet the growers.', [['Tom Reed', 'agreed', true]]],
    ['The ferry company agreed on Monday to cut its fares.', [['The ferry company', 'agreed', true]]],
    ['The guild agreed in May to a new pay scale.', []],
    ['Fares stay high until the company agrees to cut them.', []],
  ])('naming someone to a post, passing a law, putting out a record, agreeing to act, encouraging and championing are acts annotators count, with no finding; a person named X is no act: %s', (text, expected) => {
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end), a.narrative])).toEqual(expected);
    expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['The Hull Post published a poll of 600 growers on Friday.', [['The Hull Post', 'published', true]]],
    ['Tom Reed pressed the council for a vote on the levy.', [['Tom Reed', 'pressed', true]]],
    ['Ann Marsh distanced herself from the plan in May.', [['Ann Marsh', 'distanced', true]]],
    ['Reed sparred with Marsh over the ferry fares.', [['Reed', 'sparred', true]]],
    ['Reed laid out a new scheme for the depot on Monday.', [['Reed', 'laid', true]]],
    // Not the same words as a passive or a noun: "was published", "the peace talks".
    ['The peace talks resumed in Leeds on Monday.', []],
    ['Budget talks collapsed on Monday.', []],
    // A past form only with what it acts on after it: "A survey published on Monday" describes the survey.
    ['The book was published in May.', []],
    ['Prices reversed after noon.', []],
    ['Tanks rolled into the town.', []],
    // An -ing form only in the progressive: "People keeping chickens" are described, the act is their saying.
    ['The council is launching a review of the levy.', [['The council', 'launching', true]]],
  ])('acts annotators mark in some forms only (publishing, pressing, distancing oneself, sparring) are attributions with no finding: %s', (text, expected) => {
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end), a.narrative])).toEqual(expected);
    expect(analyzeText(text).filter((f) => f.kind !== 'unverified-figure')).toEqual([]);
  });

  test('a describing -ing form is no act of the people it describes: "People keeping chickens in Hull say"', () => {
    const text = 'People keeping chickens in Hull say the levy is unfair.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['People keeping chickens in Hull', 'say']]);
  });

  test.each(['Rockets blast off from the base.', 'Troops blast walls in the old town.', 'Couriers express parcels to Hull.'])('"blast" and "express" in their base form are most often no saying: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test('an act that opens a quotation says it: "Ann Marsh reacted: “…”"', () => {
    expect(kinds('Ann Marsh reacted: “It is a disgrace that 300 homes flooded.”')).toEqual([['named-source', 'Ann Marsh reacted']]);
    expect(kinds('Tom Reed pressed, “Where are the missing files?”')).toEqual([['named-source', 'Tom Reed pressed']]);
  });

  test('a participle opening the sentence: its agent ends at the comma, and a passive that only describes opens nothing said', () => {
    const pressed = 'Pressed by reporters, the minister declined to say how many jobs would go.';
    expect(read(pressed).map((a) => [a.source, a.cue])).toEqual([['reporters', 'Pressed'], ['the minister', 'declined']]);
    expect(kinds("Marsh was pressed on why she had said Hull was ''a model port'' last May.")).toEqual([['named-source', 'she had said']]);
  });

  test('an act marked as an attribution sources no figure: "Marsh sued the council for £2 million"', () => {
    expect(kinds('Marsh sued the council for £2 million.')).toEqual([['unverified-figure', '£2 million']]);
  });

  test('a title before a name is no act of the word before it: "Consumer advocate Ann Marsh said"', () => {
    const text = 'Consumer advocate Ann Marsh said the fares were too high.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['Consumer advocate Ann Marsh', 'said']]);
  });

  test.each([
    ['Reed is likely to say the levy is fair.', [['Reed', 'say', true]], []],
    ['Ann Marsh had little to say about the levy.', [['Ann Marsh', 'say', true]], []],
    ['Reed is expected to announce the plan on Monday.', [['Reed', 'announce', true]], []],
    // Another reading of the same subject stands: the saying done is credited, the one to come adds nothing.
    ['Marsh is expected to announce the plan and said the levy was fair.', [['Marsh', 'said', false]], ['Marsh']],
    // Only sayings: "to continue rising", "to call an election" are acts to come.
    ['Prices are likely to continue rising.', [], []],
    ['Reed is expected to call an election.', [], []],
  ])('a verb of saying in an infinitive the clause frames says nothing yet: its subject is an attribution, no finding: %s', (text, expected, findings) => {
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end), a.narrative])).toEqual(expected);
    expect(analyzeText(text).map((f) => f.text)).toEqual(findings);
  });

  test('a cue form right before the verb heads its subject', () => {
    expect(read('A police report indicates that the driver was asleep.')).toEqual([
      { kind: 'named-source', source: 'A police report', cue: 'indicates', inQuotation: false },
    ]);
  });

  test('a first-person source is narrative: an attribution, but no finding, and what it says is still read', () => {
    const text = 'I think critics say too much about the ferry.';
    const found = findAttributions(text).map((a) => ({ source: text.slice(a.source.start, a.source.end), narrative: a.narrative }));
    expect(found).toEqual([
      { source: 'I', narrative: true },
      { source: 'critics', narrative: false },
    ]);
    expect(analyzeText(text).map((f) => f.text)).toEqual(['critics']);
  });

  test.each([
    ['The minister will testify before the inquiry next week.', 'The minister'],
    ['A local man believes the bridge is unsafe.', 'A local man'],
    ['Ben Ode wants the vote delayed.', 'Ben Ode'],
    ['A family friend found the car in the lot.', 'A family friend'],
    ['Dr. Ode told the man to remove the bedding.', 'Dr. Ode'],
    ['Officers had earlier threatened to use live fire.', 'Officers'],
    ['An officer told the girl to go home.', 'An officer'],
    // Told by name what to do: the name is no outlet told the news.
    ['Tom Reed told Ann Marsh to quiet down during the debate.', 'Tom Reed'],
    ['Tom Reed told Mr. Ode to drop the matter.', 'Tom Reed'],
    // A request that someone act asks for something, as an instruction orders it; a question asked is a claim's tag.
    ['Two council members on Monday asked the state auditor to review the deal.', 'Two council members'],
    ['Tom Reed is also asking Ann Marsh to release the letters.', 'Tom Reed'],
    ['Neighbours ask council to reopen the pool.', 'Neighbours'],
    // Weighing a deed of one's own is no view; "considers the plan a mistake" is one.
    ['Ann Marsh considered selling her house.', 'Ann Marsh'],
    ['An officer told a local man the road was closed.', 'An officer'],
    ['It is what the voters want to hear.', 'the voters'],
    // Testimony with nothing of what was said: an appearance.
    ['Ann Marsh testified before the Senate committee last fall.', 'Ann Marsh'],
    ['After Reed testified, the panel adjourned for lunch.', 'Reed'],
    ['The week ended with nine witnesses testifying over three days.', 'nine witnesses'],
    // Events announced, photos posted, columns written: acts, with nothing said to credit.
    ['Ann Marsh announced her candidacy in Hull last spring.', 'Ann Marsh'],
    ['Ben Ode posted photos of the flood on his page.', 'Ben Ode'],
    // Snapping a picture takes it; "snapped back that" is what someone said.
    ['Fans snapped photos of the mayor at the fair.', 'Fans'],
    // Denying someone a thing withholds it; denying a charge, a link to someone or doing something is a claim.
    ['The council is denying flu shots to detainees at the camp.', 'The council'],
    ['The board denied them entry to the hall.', 'The board'],
    ['Tom Reed wrote a column on the budget every week.', 'Tom Reed'],
    // "that" after what was written opens a clause about it, not what was said.
    ['A conference organizer wrote his own title that switched the metaphor.', 'A conference organizer'],
  ])('what the guide calls narrative is an attribution to annotators, but no finding: %s', (text, source) => {
    const found = findAttributions(text);
    expect(found.map((a) => ({ source: text.slice(a.source.start, a.source.end), narrative: a.narrative }))).toEqual([{ source, narrative: true }]);
    expect(analyzeText(text).filter((f) => f.source)).toEqual([]);
  });

  test.each([
    ['Ann Marsh denied any links to the group.', [['named-source', 'Ann Marsh denied']]],
    ['Tom Reed denied being rude to the staff.', [['named-source', 'Tom Reed denied']]],
  ])('a denial of a link or of doing something is a claim, whatever "to" follows: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Hull Treasury projects that its deficit will reach $1 trillion next year.', [['named-source', 'The Hull Treasury projects']]],
    ['The Acme campaign forecasts that turnout will top 60 percent.', [['named-source', 'The Acme campaign forecasts']]],
    // Far more often plural nouns: a verb only before what is projected.
    ['Work stopped on two of the council’s housing projects last year.', []],
    ['Ann Marsh projects calm in every debate.', []],
    // A named body forecasts a thing as well as a clause; not forecasts put out, nor a team of projects.
    ['The Hull Weather Office forecasts heavy rain for the coast on Friday.', [['named-source', 'The Hull Weather Office forecasts']]],
    ['The ECB forecasts growth of 1.1 percent next year.', [['named-source', 'The ECB forecasts']]],
    ['The ECB forecasts published on Monday were grim.', []],
    ['The Hull projects team missed its deadline.', []],
  ])('"projects" and "forecasts" report a forecast when a clause follows them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A Hull Gazette article published on Monday found no trace of the course.', [['named-source', 'A Hull Gazette article published on Monday found']]],
    ['One 2009 paper found gains in reading scores across the county.', [['vague-attribution', 'One 2009 paper']]],
    ['A Gallup survey on Tuesday of local growers found little support for the levy.', [['named-source', 'A Gallup survey on Tuesday of local growers found']]],
  ])('an article, a paper or a survey that finds reports what it found, whatever is said of it after its head: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Hull Clinic study was presented on Sunday. It found that children who ate oats fell ill 40% less often.', [['named-source', 'It found']]],
    ['The flood water rose overnight. It found its way into every cellar on the street.', []],
  ])('"it found that" is a study or a body reporting; "it found its way" is a thing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some farmers would argue that the levy is fair.', 'Some farmers'],
    ['Few would argue against a safer crossing.', 'Few'],
    ['Many growers would surely take issue with the fee.', 'Many growers'],
    ['She made what most might agree was a poor call.', 'most'],
    ['For some the fee is fair; others may say it is far too high.', 'others'],
    ['Many shoppers will tell you the queues have never been longer.', 'Many shoppers'],
    ['Some growers could argue that the levy came too late.', 'Some growers'],
  ])('a crowd the writer guesses would, may or will argue, agree or tell is vague attribution: %s', (text, source) => {
    expect(kinds(text)).toEqual([['vague-attribution', source]]);
  });

  test.each([
    'The minister would argue that the levy is fair.',
    'Voters would reject the levy if they read it.',
    'Some farmers may conclude that the levy is fair.',
    'Some farmers may believe that the levy is fair.',
    'The mayor will tell you the queues are shorter.',
    // An aside between the modal and the verb leaves the guess a guess, and a denial a denial.
    'Growers might, in fact, feel bound to cut jobs.',
    'Officials have not, however, said the bridge is unsafe.',
  ])('one person’s guessed claim, a guessed act, or a guessed view makes no finding: %s', (text) => {
    expect(analyzeText(text).filter((f) => f.source)).toEqual([]);
  });

  test.each([
    ['Reed testified, for example, that she sent no such email.', 'Reed testified'],
    ['Ann Marsh testified in one of the suits that no staff were paid.', 'Ann Marsh testified'],
    ['“We were scared,” Reed testified.', 'Reed testified'],
    ['Aid would be freed if the plan went ahead, Reed testified.', 'Reed testified'],
    ['Reed testified “thousands” of emails were lost.', 'Reed testified'],
    ['Reed testified about a meeting in July.', 'Reed testified'],
  ])('testimony with what was said, or what it was about, credits its witness: %s', (text, finding) => {
    expect(analyzeText(text).filter((f) => f.kind === 'named-source').map((f) => f.text)).toEqual([finding]);
  });

  test.each([
    ['When the mayor thanked the market traders, a man at the back yelled “Go home!”', []],
    ['“Oh, my word,” a young woman exclaimed as the float passed.', []],
    ['Others in the crowd shouted, “Stop the levy!”', []],
    // A named person's shout is theirs on the record.
    ['“Stop the levy!” Ann Marsh shouted from the stage.', [['named-source', 'Ann Marsh shouted']]],
    // Whatever verb opens a quotation tags it: a named speaker's words, an unnamed crowd's cry, a title no words.
    ['Ann Marsh cracked, “I’m a mayor who gets things done.”', [['named-source', 'Ann Marsh cracked']]],
    ['Tom Reed gloated: “I told you so.”', [['named-source', 'Tom Reed gloated']]],
    ['The fans booed, “Off, off, off!”', []],
    ['The group ran a radio spot titled, “Enough.”', []],
    // So does one right after a quotation opening the sentence, or after its speaker when it ends the clause.
    ['“This is the best ferry in Hull!” beamed Tom Reed, the pier master.', [['named-source', 'beamed Tom Reed']]],
    ['“Nobody reads the levy notices,” laughed Ann Marsh.', [['named-source', 'laughed Ann Marsh']]],
    ['“Come and vote for the levy,” exhorted Ben Ode.', [['named-source', 'exhorted Ben Ode']]],
    ['“We will rebuild the pier by spring!” beamed pier master Ben Ode.', [['named-source', 'beamed pier master Ben Ode']]],
    ['“The mill is closing,” the miller sighed.', [['named-source', 'the miller sighed']]],
    ['“Not again,” Ann Marsh groaned loudly.', [['named-source', 'Ann Marsh groaned']]],
    ['“Hands on the rail!” an officer ordered.', []],
    // Not a quotation opening inside the sentence, nor a verb with more after it.
    ['Known on the quay as “the ferry king,” the ferryman retired.', []],
    // Nor a title's deeds after it.
    ['“Leeds Rising?” topped the charts for a month.', []],
    ['“Why Not Hull?” won best film at the Leeds festival.', []],
    ['“We will see,” Ann Marsh smiled at the crowd and left the hall.', []],
  ])('whatever verb opens a quotation tags a named speaker; someone unnamed crying out at an event gives the reporter nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['What did the council say?', []],
    ['How has the Hull Water Board responded?', []],
    ['Would Ann Marsh have agreed to the levy?', []],
    // A question that gives what was said takes the saying as done.
    ['Why had Reed claimed that the levy raised $40 million?', [['named-source', 'Reed claimed']]],
    ['Reed said the levy was fair?', [['named-source', 'Reed said']]],
  ])('a question with its subject after the auxiliary asks and reports no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a verb with its subject before it is active: "claimed in an interview" credits the subject, not the interview', () => {
    const text = 'Ben Ode claimed in an interview with the Herald that he backs no one.';
    expect(read(text).filter((a) => a.cue)).toEqual([{ kind: 'named-source', source: 'Ben Ode', cue: 'claimed', inQuotation: false }]);
    const passive = 'The details were revealed in the council’s review.';
    expect(read(passive)).toEqual([{ kind: 'named-source', source: 'the council’s review', cue: 'revealed', inQuotation: false }]);
  });

  test.each<[string, string, boolean]>([
    // Saying nothing is no claim; a view held is one, negated or not.
    ['Ben Ode did not say when the vote would be held.', 'Ben Ode', true],
    ['Critics do not believe the ferry will pay its way.', 'Critics', false],
    // Poll respondents by their share: the figure is the claim, and the poll its source.
    ['About 4 in 10 say they want a new council.', 'About 4 in 10', true],
    ['Sixty percent said the ferry should stay.', 'Sixty percent', true],
    ['And 58 percent call him capable.', '58 percent', true],
    // A bare count with how near it is, and a share that takes the plural, are respondents too.
    ['At least 300 said they would stand for the council.', 'At least 300', true],
    ['More than 2,000 have said they will boycott the ferry.', 'More than 2,000', true],
    ['Some 40 said the fee was too high.', 'Some 40', true],
    ['As many as 90 said the levy should go.', 'As many as 90', true],
    ['A third say the levy is unfair.', 'A third', true],
    ['Nearly a quarter argue that the ferry should go.', 'Nearly a quarter', true],
    ['The share of growers saying the levy is fair rose by ten points.', 'The share of growers', true],
    ['The percentage of Leeds drivers saying the bridge must stay has doubled.', 'The percentage of Leeds drivers', true],
    // A majority with no number told is a crowd, as "most growers" is: its view is a vague attribution.
    ['A majority of growers say the levy is unfair.', 'A majority of growers', false],
    ['It is a rule that the majority of councillors still believes is needed.', 'the majority of councillors', false],
    ['A minority of members oppose the deal.', 'A minority of members', false],
    ['A 69% majority of growers say the levy is unfair.', 'A 69% majority of growers', true],
    ['A majority of those polled said the levy is unfair.', 'A majority of those polled', true],
  ])('%s', (text, source, narrative) => {
    const [first] = findAttributions(text);
    expect(first && { source: text.slice(first.source.start, first.source.end), narrative: first.narrative }).toEqual({ source, narrative });
  });

  test.each([
    ['Tom Reed is also expected to unveil his plan on Monday.'],
    ['Ann Marsh isn’t expected to attend the vote.'],
    ['Ann Marsh won the vote in Leeds, adding to her lead over Tom Reed.'],
    ['Acme maintains a wide lead over its rivals.'],
    ['The council has found itself at the centre of the row.'],
    ['Tom Reed has found ways to press his case.'],
    ['The Latest: Reed wins the Leeds vote.'],
    ['Monday’s Morning Email: Reed Wins Leeds.'],
    // A topic named with its number labels no speaker.
    ['COVID-19: Leeds Hospital Lifts Visiting Limits'],
    ['G7: Leaders Meet In Hull To Talk Trade'],
    ['LOOK: Shocking Photos Of The Leeds Rally.'],
    ['It reads like a novel.'],
    ['Reed raised the minimum wage.'],
    ['Reed raised his hand.'],
    ['Reed took them to say goodbye.'],
    ['Reed took the bus to work.'],
    ['Other estimates are in the same range.'],
    ['Leeds is one of the most vocal critics of the city’s territorial claims in the north.'],
    ['A Leeds man pleaded guilty to the charges on Monday.'],
    ['Ann Marsh and Tom Reed pleaded not guilty in federal court.'],
    ['The show opens on Friday. Here are some of the highlights:'],
    ['It was not the first time these cells had shown up in odd places.'],
    ['(Additional reporting by Ann Marsh in Leeds.)'],
    ['Reed leads with 90 percent of precincts reporting.'],
    ['She won a majority of the pledged delegates.'],
    ['It was a majority view that the levy would fail.'],
    ['A third claim surfaced on Monday.'],
    ['Considering the farm is meant to be small, the lack of a barn is odd.'],
    ['Planning your day will make it easier — but in the end, it will change.'],
  ])('no one is a source: %s', (text) => {
    expect(read(text).filter((a) => a.cue)).toEqual([]);
    expect(analyzeText(text).filter((f) => f.kind === 'named-source')).toEqual([]);
  });

  test.each([
    ['Tom Reed switched his vote at once – saying he was now for Leeds.', 'Tom Reed', 'saying'],
    ['Voters ignored the vote, with three in 10 saying the deputy matters.', 'three in 10', 'saying'],
    ['The council has long maintained that the bridge is safe.', 'The council', 'maintained'],
    ['Graham: Reed’s Plan Is Hateful.', 'Graham', ':'],
    ['Polls in New Hampshire show the two are tied.', 'Polls in New Hampshire', 'show'],
    ['Ben Ode told the committee he tried to work with Reed.', 'Ben Ode', 'told'],
    ['Ann Marsh raised serious concerns about the plan.', 'Ann Marsh', 'raised'],
    // An act done in order to say something: the clause's subject says it.
    ['He went on to say that the plan failed.', 'He', 'say'],
    ['Council Speaker Ann Marsh went down to the river bank on Friday to denounce the plan.', 'Council Speaker Ann Marsh', 'denounce'],
    ['Many farmers went before reporters in Leeds on Friday to denounce the levy.', 'Many farmers', 'denounce'],
    ['Ann Marsh took issue with the report.', 'Ann Marsh', 'took issue'],
    ['Ann Marsh made the case that the plan would fail.', 'Ann Marsh', 'made'],
    ['Tom Reed made the same point on Monday.', 'Tom Reed', 'made'],
    ['The Leeds Post made these same claims about the council in May.', 'The Leeds Post', 'made'],
    // Putting it is saying it where the clause ends there.
    ['As Professor Ode put it, the plan is dead.', 'Professor Ode', 'put it'],
    ['Reed put it bluntly: the plan is dead.', 'Reed', 'put it'],
    ['Ann Marsh has recently made comments about the safety of the bridge.', 'Ann Marsh', 'made'],
    ['The ad touts Reed’s record on jobs.', 'The ad', 'touts'],
    ['The FBI met Reed after being warned by the Leeds council that he was a threat.', 'the Leeds council', 'warned'],
    ['Tom Reed used his victory rally to call for the mayor’s resignation.', 'Tom Reed', 'call'],
    ['The council raised the possibility of a vote.', 'The council', 'raised'],
    ['New Polls Show Wide Gaps In Leeds.', 'New Polls', 'Show'],
    ['EXPERTS WARN OF LEEDS FLOODS.', 'EXPERTS', 'WARN'],
    ['“The school may reopen,” the order released Monday said.', 'the order released Monday', 'said'],
    ['At the bottom of the poster it reads, “You can help.”', 'it', 'reads'],
    ['County records from the 2008 election cycle show he gave to both men.', 'County records from the 2008 election cycle', 'show'],
    ['Hours later, Tom Reed returned the compliment, telling reporters that the vote was fair.', 'Tom Reed', 'telling'],
    ['Once he was mayor, Mr. Reed made the bridge his priority, announcing a plan to rebuild it.', 'Mr. Reed', 'announcing'],
    ['While farmers plot their protest, the council is looking ahead, hoping that the vote will pass.', 'the council', 'hoping'],
    ['And then Reed went on the attack, saying the plan was weak.', 'Reed', 'saying'],
    // Two capitals opening the sentence may open a longer title and name, read to the name.
    ['Former Leeds Council deputy leader Tom Reed went on the attack, saying the plan was weak.', 'Former Leeds Council deputy leader Tom Reed', 'saying'],
    ['Presumptive Labour mayoral nominee Ann Marsh joined the debate, saying the plan was weak.', 'Presumptive Labour mayoral nominee Ann Marsh', 'saying'],
    // A long title and name is read to the name's end.
    ['Former Leeds City Council Chief Of Staff Tom Reed went on the attack, saying the plan was weak.', 'Former Leeds City Council Chief Of Staff Tom Reed', 'saying'],
    ['At a fair in Hull, Yorkshire, Reed went after Marsh, calling him a lazy clerk.', 'Reed', 'calling'],
    ['Here in Leeds, Reed sharpened his attacks on crime, saying the streets were unsafe.', 'Reed', 'saying'],
    ['At a town fair in Hull, Yorkshire, on Sunday, Mrs. Marsh held firm, saying the plan failed.', 'Mrs. Marsh', 'saying'],
    // An irregular past ends the subject as one in -ed does.
    ['At a town fair in Hull, Yorkshire, on Sunday, Mrs. Marsh stood by her remarks, saying the plan failed.', 'Mrs. Marsh', 'saying'],
    // A participle opening the sentence is done by the main clause's subject.
    ['After blasting the Leeds Post for its story, Tom Reed held firm on his plan.', 'Tom Reed', 'blasting'],
    ['Since announcing in May that he would not run, Mr. Reed has been loyal to the party.', 'Mr. Reed', 'announcing'],
    ['The law is clear. Yet many officials on the island believe the debt will be paid.', 'many officials on the island', 'believe'],
    // The horizontal bar some sites write for a dash sets a clause off as the em dash does.
    ['The plan failed ― local growers say it was doomed.', 'local growers', 'say'],
  ])('the source of a cue set off by a dash, a share, a clause or a label: %s', (text, source, cue) => {
    expect(read(text).filter((a) => a.cue).map((a) => [a.source, a.cue])).toEqual([[source, cue]]);
  });

  test.each([
    ['The mills did well, according to data released Monday by county inspectors.', 'data released Monday by county inspectors'],
    ['A report released in May by the Leeds Institute found that most farms lost money.', 'A report released in May by the Leeds Institute'],
  ])('who published a document is not reported as a second source: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue).map((a) => a.source)).toEqual([source]);
  });

  test('records “on the” page they are on are no crowd “on the” place: their verb may be the noun before it', () => {
    expect(kinds('Figures on the website show 300 jobs were lost.')).toEqual([['unverified-figure', '300 jobs']]);
  });

  test.each([
    ['Corvin Bank plc said it would invest £50 million.', [['named-source', 'Corvin Bank plc said']]],
    ['Profits rose 20%, Hull Biscuits ltd said.', [['named-source', 'Hull Biscuits ltd said']]],
    // Not a country's business as a whole, nor the ending used of a kind of firm.
    ['Executives at UK plc warn that the levy will hurt.', [['vague-attribution', 'Executives at UK plc']]],
    ['Smaller plc firms say the levy will hurt.', [['vague-attribution', 'Smaller plc firms']]],
  ])('a company’s legal ending in lower case is part of its name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Read where it was heard: the statement is the speaker's, no second source.
    ['In a statement read outside court, Tom Reed said his client would appeal.', [['named-source', 'Tom Reed said']]],
    // The statement itself speaks, with where it was read.
    ['A statement read in court said the mill was sorry.', [['vague-attribution', 'A statement read in court']]],
    ['The letter read outside court said the mill would close.', [['named-source', 'The letter read outside court said']]],
    // "read in part:", "read in full:" quote it; read on a day, it says what follows.
    ['The letter read in part: “We will close the mill.”', [['named-source', 'The letter read']]],
    ['The email read in full: “We will close the mill.”', [['named-source', 'The email read']]],
    ['The statement read on Monday that the mill was sorry.', [['named-source', 'The statement read']]],
  ])('a statement read somewhere is read, not reading: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Documents filed with the regulator show that Rovers lost money.', 'Documents filed with the regulator'],
    ['Documents filed in May show the mill was sold.', 'Documents filed in May'],
  ])('a record filed somewhere is the subject of the verb after it: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue).map((a) => a.source)).toEqual([source]);
    expect(kinds(text)).toEqual([['named-source', `${source} show`]]);
  });

  test('a document a speaker speaks in is no source of its own: "In a letter calling for…, Ann Marsh said"', () => {
    const text = 'In a letter calling for the meeting, Council President Ann Marsh said the firms had failed.';
    expect(analyzeText(text).filter((f) => f.kind !== 'named-source')).toEqual([]);
    expect(findAttributions(text).find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === 'calling')?.narrative).toBe(true);
  });

  test.each([
    ['Several growers, including Tom Reed and Ann Marsh, said the levy was unfair.', '“Tom Reed and Ann Marsh”'],
    ['The volunteers, led by the organiser Ann Marsh, told donors that the race was close.', '“Ann Marsh”'],
    ['Researchers led by Ann Marsh at the Leeds Institute found that the drug worked.', '“Ann Marsh”'],
    ['Three newspapers — including the Leeds Post — warned that the dam was unsafe.', '“Leeds Post”'],
    ['Many growers at the fair, including Mr. Ode, said the levy was unfair.', '“Mr. Ode”'],
    ['Some shop owners, such as Tom Reed, argue that the levy drives buyers away.', '“Tom Reed”'],
  ])('a crowd given with its members’ names is named: %s', (text, members) => {
    const found = analyzeText(text).filter((f) => f.kind !== 'hedge');
    expect(found.map((f) => f.kind)).toEqual(['named-source']);
    expect(found[0]?.reason).toContain(`${members} named among them`);
  });

  test.each([
    ['The nurses, all members of the Leeds Nurses Union, said the ward was unsafe.', '“Leeds Nurses Union”'],
    ['The growers, members of a new group called Farmers for Hull, said the levy was unfair.', '“Farmers for Hull”'],
  ])('a crowd set beside the named body they are members of is named: %s', (text, body) => {
    const found = analyzeText(text);
    expect(found.map((f) => f.kind)).toEqual(['named-source']);
    expect(found[0]?.reason).toContain(`are members of ${body}, named beside them`);
  });

  test.each([
    ['The nurses, members of the union, said the ward was unsafe.', [['vague-attribution', 'The nurses']]],
    // A counted group with access stays anonymous, a body's officials a crowd, whatever body they belong to.
    ['Two nurses, both members of the Leeds Nurses Union, said the ward was unsafe.', [['anonymous-source', 'Two nurses, both members of the Leeds Nurses Union']]],
    ['Officials, members of the Hull Council, said the plan had failed.', [['vague-attribution', 'Officials']]],
  ])('a crowd set beside a body left unnamed, or an unnamed group with access, is not named by it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('“they” after a crowd given with its members’ names refers to that named group', () => {
    const text = 'Proponents, including the Hull Traders Guild, have urged the council to keep the market open, though they say its fees should fall.';
    const found = analyzeText(text);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['named-source', 'Proponents'],
      ['named-source', 'they say'],
    ]);
    expect(found[1]?.reason).toContain('refers to “Proponents”');
  });

  test.each([
    ['The last candidate at the hall, former Mayor Ann Marsh, said the levy was unfair.', 'is “Mayor Ann Marsh”, named beside it'],
    ['The last candidate at the hall, former Mayor Ann Marsh, struck a softer note, saying the levy was unfair.', 'is “Mayor Ann Marsh”, named beside it'],
    ['Ode has ignored calls from his two rivals, Tom Reed and former Mayor Ann Marsh, to drop the levy.', 'are “Tom Reed and former Mayor Ann Marsh”, named beside it'],
    // A body's name may open with "the" and end in a word that alone is no name.
    ['A farming group, the Upland Growers Council, said the levy was unfair.', 'is “Upland Growers Council”, named beside it'],
    // A role in lower case may stand before the name.
    ['One prominent critic, veteran columnist Ann Marsh, said the levy was unfair.', 'is “Ann Marsh”, named beside it'],
  ])('a description with the name set beside it is named: %s', (text, reason) => {
    const found = analyzeText(text);
    expect(found.map((f) => f.kind)).toEqual(['named-source']);
    expect(found[0]?.reason).toContain(reason);
  });

  test.each([
    // The name may describe another person in the phrase, and an opening phrase is no appositive.
    ['A spokesman for the mayor, Tom Reed, said the levy was unfair.', 'Tom Reed'],
    ['According to her advisers, Ann Marsh and Tom Reed have worried about the levy for months.', 'her advisers'],
    ['Some growers, Ann Marsh among them, said the levy was unfair.', 'Some growers'],
  ])('a name after a comma is no appositive when it may belong to someone else or opens the clause: %s', (text, source) => {
    expect(analyzeText(text).map((f) => f.source && text.slice(f.source.start, f.source.end))).toContain(source);
  });

  test.each([
    ['Many speakers, including Catholics and Jews, said the loss was painful.'],
    ['Many officials, including her chief of staff, said they would resign.'],
    ['Some bankers, including a share of Acme’s board, warn that rates are too high.'],
  ])('a crowd whose members are another crowd or a role stays a crowd: %s', (text) => {
    expect(analyzeText(text).map((f) => f.kind)).toEqual(['vague-attribution']);
  });

  test.each([
    ['Ann Marsh ran the port. In an interview, she spoke warmly of the dock workers and suggested the city should pay them more.', 'she'],
    ['Ann Marsh ran the port. She toured the docks and argued that the city should pay more.', 'She'],
  ])('a verb of saying joined to an act, with a clause said after it, credits the act’s subject: %s', (text, source) => {
    expect(analyzeText(text).map((f) => [f.kind, f.source && text.slice(f.source.start, f.source.end)])).toEqual([['named-source', source]]);
  });

  test('a verb of saying joined to an act with nothing said after it stays an act', () => {
    expect(analyzeText('Ann Marsh toured the docks and urged the workers to vote.')).toEqual([]);
  });

  test.each([
    ['The site is owned by Leeds Rail. Company representatives said the line will reopen.', 'vague-attribution'],
    ['The site is owned by Leeds Rail. Rail representatives said the line will reopen.', 'named-source'],
  ])('speakers for a body the phrase does not name are a crowd; for one the text names, the body: %s', (text, kind) => {
    expect(analyzeText(text).map((f) => f.kind)).toEqual([kind]);
  });

  test.each([
    ['Companies complain that taxes are too high.', 'Companies'],
    ['Banks warned that rates would rise.', 'Banks'],
    ['Many businesses agree that the rules are too complicated.', 'Many businesses'],
  ])('unnamed bodies in the plural are a crowd, not a name: %s', (text, source) => {
    expect(analyzeText(text).map((f) => [f.kind, f.source && text.slice(f.source.start, f.source.end)])).toEqual([['vague-attribution', source]]);
  });

  test.each([
    ['It is the kind of judge many voters fear Ann Marsh would name.', 'many voters'],
    ['The race did not go as the coronation most pundits forecast.', 'most pundits'],
    ['Some of the many voters said no.', 'Some of the many voters'],
    ['Leeds won the cup final many are calling a “modern epic.”', 'many'],
    ['She is one of the region’s most vocal critics of the plan.', undefined],
    ['She is the member most identified with the new port.', undefined],
  ])('a crowd right after a noun is the subject of a relative clause without "that": %s', (text, source) => {
    expect(read(text).find((a) => a.cue)?.source).toBe(source);
  });

  test.each([
    ['The late vote has led some growers to warn that the levy will fail.', [['vague-attribution', 'some growers']]],
    ['The closure prompted Ann Marsh to accuse the council of neglect.', [['named-source', 'Ann Marsh']]],
    ['The flood caused many to wonder whether the dam was safe.', [['vague-attribution', 'many']]],
    ['Ann Marsh won by a mile. The result led her to insist the race was over.', [['named-source', 'her to insist']]],
    // A passive has no one caused before it; a counted crowd set moving is an act, its count a figure.
    ['Ann Marsh was spurred to speak out by the closure.', []],
    ['The levy drove thousands of growers to demand a vote.', [['unverified-figure', 'thousands of growers']]],
  ])('whom a cause moves to say something says it ("led some growers to warn"): %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh leads Tom Reed by 120 pledged delegates.', []],
    ['Leeds had 20 reported cases by Friday.', []],
    // A year may end the phrase before a verb.
    ['A review of votes going back to 1990 showed that turnout matters.', ['A review of votes going back to 1990']],
  ])('a past form between a count and its noun describes the noun ("120 pledged delegates"): %s', (text, sources) => {
    expect(read(text).filter((a) => a.cue).map((a) => a.source)).toEqual(sources);
  });

  test.each([
    ['Critics charged that the levy was unfair.', ['Critics']],
    ['Leeds police charged the driver with theft on Friday.', ['Leeds police']],
    // A price, a charge laid on someone, a rush: no charge made.
    ['The club charged a $5,000 fee to join.', []],
    ['Ann Marsh, who charges about $9,000 a talk, spoke in May.', []],
    ['The school was accused of charging pupils more than it said.', []],
    ['The fan charged with assault was freed on Monday.', []],
    ['Tom Reed charged into the crowd again.', []],
  ])('"charged" makes a charge, not a price, a rush or a charge laid on someone: %s', (text, sources) => {
    expect(read(text).filter((a) => a.cue?.startsWith('charg')).map((a) => a.source)).toEqual(sources);
  });

  test.each([
    ['Ann Marsh won the Leeds race, claiming her second victory this month.', []],
    ['Tom Reed won easily, claiming 58 percent in Leeds.', []],
    ['The army claims more land each week.', []],
    // Claims held, as rights to a thing, are nouns.
    ['Besides Vesk, the islands of Arum and Tor have claims in the strait.', []],
    ['Four nations hold rival claims to the reef.', []],
    // A claim made: what follows is said.
    ['Acme claims it is worth $3 billion.', ['Acme']],
    ['The organisers claimed nearly 900 growers took part.', ['The organisers']],
    ['Ann Marsh claimed victory in a post on Friday night.', ['Ann Marsh']],
  ])('"claim" takes a share, a place or a win, or makes a claim: %s', (text, sources) => {
    expect(read(text).filter((a) => a.cue?.startsWith('claim')).map((a) => a.source)).toEqual(sources);
  });

  test.each([
    ['Six Acme newspapers in Leeds said the mayor was unfit.', [['named-source', 'Six Acme newspapers in Leeds said']]],
    ['Local newspapers reported that the plan failed.', [['vague-attribution', 'Local newspapers']]],
    ['Tabloids claimed the singer had left the band.', [['vague-attribution', 'Tabloids']]],
    ['Gossip magazines reported that the pair had split.', [['vague-attribution', 'Gossip magazines']]],
    // Tracking read as data, not as a verb after a name.
    ['Early tracking suggests a slow opening weekend.', [['vague-attribution', 'Early tracking']]],
    ['Box office tracking from Acme Data suggests a slow opening weekend.', [['named-source', 'Acme Data suggests']]],
    // Counted people of a named body are still a small unnamed group.
    ['Two Acme officials said the plan failed.', [['anonymous-source', 'Two Acme officials']]],
  ])('newspapers are bodies, not people: counted, a named owner\'s are named; unnamed, a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Organisers of the Hull Sound festival said 80,000 people came.', [['named-source', 'Organisers of the Hull Sound festival said']]],
    ['The band confirmed on its official account that the drummer had left.', [['named-source', 'The band confirmed']]],
    ['The film took $61 million, according to Acme Pictures’ estimates.', [['named-source', 'according to Acme Pictures’ estimates']]],
    // A crowd's apostrophe owns nothing named.
    ['The film took $61 million, according to analysts’ estimates.', [['unverified-figure', '$61 million'], ['vague-attribution', 'according to analysts’ estimates']]],
  ])('a cue word inside a name, a place between a verb and "that", and a plural name\'s records: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Thousands of viewers complained that the broadcast was offensive.', [['unverified-figure', 'Thousands of'], ['vague-attribution', 'viewers']]],
    ['More than 2,000 growers signed a letter saying the levy was unfair.', [['unverified-figure', 'More than 2,000'], ['vague-attribution', 'growers']]],
    // A counted few are informants, and no figure.
    ['Two officials said the plan had failed.', [['anonymous-source', 'Two officials']]],
    ['At least 2 officials said the plan had failed.', [['vague-attribution', 'At least 2 officials']]],
    // Nor is a year or an airliner's model a count.
    ['Some 2020 graduates said jobs were scarce.', [['vague-attribution', 'Some 2020 graduates']]],
    ['More than 1900 doctors signed the letter, saying the plan was unsafe.', [['unverified-figure', 'More than 1900'], ['vague-attribution', 'doctors']]],
  ])('a crowd opened by how many of them holds a figure no one named gives, as well as a vague source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many Corvinians believe the treaty is a betrayal.', [['vague-attribution', 'Many Corvinians']]],
    ['Most Velmaris see the treaty as a betrayal.', [['vague-attribution', 'Most Velmaris']]],
    // Not a word whose plural ends so by chance, before a noun.
    ['Many Analysis pieces say the treaty is a betrayal.', []],
  ])('a people no list holds, right after how many of them, is a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Hull declaration calls for a truce by May.', [['named-source', 'The Hull declaration calls']]],
    ['The joint communique says the talks were useful.', [['named-source', 'The joint communique says']]],
    ['The declaration of war came at dawn.', []],
    ['The Leeds council puts the charge at £1,800 a year.', [['named-source', 'The Leeds council puts']]],
    ['The agency’s calculator puts the charge at £1,800 a year.', [['named-source', 'The agency’s calculator puts']]],
    ['Northvale Power’s dashboard showed 38,000 homes in the dark.', [['named-source', 'Northvale Power’s dashboard showed']]],
  ])('a summit\'s declaration, a body\'s calculator or dashboard, and a charge put at a sum are a named record\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The truce is close, a diplomat in Hull said.', [['anonymous-source', 'a diplomat in Hull']]],
    ['The truce is close, two diplomats familiar with the talks in Leeds said on Wednesday.', [['anonymous-source', 'two diplomats familiar with the talks in Leeds']]],
    // Nor does a reporter who works there write for a named outlet.
    ['A reporter in Hull said the town had been quiet for a week.', [['anonymous-source', 'A reporter in Hull']]],
    ['A reporter for the Leeds Post said the town had been quiet for a week.', [['named-source', 'A reporter for the Leeds Post said']]],
    ['A reporter in Hull for the Leeds Post said the town had been quiet for a week.', [['named-source', 'A reporter in Hull for the Leeds Post said']]],
    // Staff of a kind of body are a crowd, not the body.
    ['Hospital staff said the ward had been shelled twice.', [['vague-attribution', 'Hospital staff']]],
  ])('a place after "in" is where someone is, not who speaks: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // "May" in an aside is the month, not an auxiliary that would make the aside a clause of its own.
    ['The study, released in May, found that the levy failed.', [['named-source', 'The study']]],
    // "published in June" is when, not where: no source "June … by Acme" for "published".
    ['The study, published in June and funded by Acme, found that the levy failed.', [['named-source', 'The study']]],
    ['The study was published in Nature in June.', [['named-source', 'published in Nature']]],
  ])('a month is when, not a modal nor a venue: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('an infinitive after a clause of when or why is that clause\'s, not the main clause\'s subject\'s', () => {
    const text = 'The mood of the growers soured on Friday when a man near the stage used a crude name to describe Ann Marsh.';
    expect(read(text).filter((a) => a.cue)).toEqual([]);
  });

  test.each([
    ['The clause of the levy Ann Marsh opposed was dropped in May.', 'Ann Marsh'],
    ['The fans sang a phrase Tom Reed later echoed.', 'Tom Reed'],
    ['The levy passed, a fact Ann Marsh conceded to the council.', 'Ann Marsh'],
    ['It is a pitch Acme Gas believes will sell.', 'Acme Gas'],
    ['The port closed in a manner Tom Reed criticised as rushed.', 'Tom Reed'],
    // A person's or a body's noun stands beside the name; a verb with something after it has its own subject.
    ['The weekly paper Leeds News reported the sale.', 'The weekly paper Leeds News'],
    ['Her son Tom Reed added on Friday that the farm was sold.', 'Her son Tom Reed'],
    ['A terse Ann Marsh agreed that she was out.', 'A terse Ann Marsh'],
    ['“Buy the book,” the pitch on Acme says.', 'the pitch on Acme'],
    ['It was a plan Ana de Ode backed.', 'Ana de Ode'],
    // So does a crowd after a noun of something said; a crowd's own description keeps its words.
    ['Aren’t those the sorts of rules growers say they resent?', 'growers'],
    ['Who pays is a question Republicans have begun to ask.', 'Republicans'],
    ['It is an idea parents often suggest.', 'parents'],
    ['Angry growers say they resent the rules.', 'Angry growers'],
    // Any thing, when the verb's clause has lost its subject ("say will").
    ['It was a move critics say will backfire.', 'critics'],
    ['The levy is something analysts say could hurt growers.', 'analysts'],
    ['Even the most hopeful growers doubt it will pass.', 'the most hopeful growers'],
  ])('a name or a crowd right after a thing\'s noun, its verb with nothing after it, opens a relative clause without "that": %s', (text, source) => {
    expect(read(text).find((a) => a.cue)?.source).toBe(source);
  });

  test.each([
    ['USA TODAY identified several donors.', 'USA TODAY'],
    ['Reed himself said on Tuesday that the race was over.', 'Reed himself'],
    ['Now consider what the council said.', 'the council'],
  ])('a capitalised "Today" after a name is part of it; a reflexive after a name is marked with it: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue).map((a) => a.source)).toEqual([source]);
  });

  test('who asks a question is an attribution to annotators, but no finding: "When asked by a reporter…"', () => {
    const text = 'When asked by a reporter whether the plan had failed, Marsh said no.';
    expect(read(text).map((a) => [a.source, a.cue])).toEqual([['a reporter', 'asked'], ['Marsh', 'said']]);
    expect(analyzeText(text).map((f) => f.text)).toEqual(['Marsh said']);
  });

  test('the same subject saying something again after "and" is read inside a relative clause too', () => {
    const text = 'Reed, who endorsed Marsh in May and said he would campaign with her, left.';
    expect(read(text).filter((a) => a.cue === 'said').map((a) => a.source)).toEqual(['Reed']);
  });

  test.each([
    ['Ode left the hall when he lost the vote and later said, “The count was wrong.”', 'he'],
    ['Ann Marsh stayed on after she lost the seat and said that the count was false.', 'she'],
    ['The hall went quiet when Tom Reed read the tally and said that it was wrong.', 'Tom Reed'],
    ['Diners clapped while two waiters carried the cake out and said it was free.', 'two waiters'],
  ])('a verb joined by "and" inside a clause of when is said by that clause’s subject: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue === 'said').map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['Ann Marsh went after Tom Reed for backing the levy and called for his resignation.', 'Ann Marsh'],
  ])('a preposition that could open a clause leaves the sentence’s subject speaking: %s', (text, source) => {
    expect(read(text).filter((a) => a.cue === 'called').map((a) => a.source)).toEqual([source]);
  });

  test('openings one after another all come before the clause’s subject', () => {
    const text = 'On Monday, when Ann Marsh rang him about the levy, he looked up, shook his head and said, “Never.”';
    expect(read(text).filter((a) => a.cue === 'said').map((a) => a.source)).toEqual(['he']);
  });

  test('what a report identifies someone as, with the someone first, is its claim', () => {
    const text = 'The firm was owned by Tom Reed, whom Leeds news reports identify as the mayor’s cousin.';
    expect(read(text).map((a) => [a.source, a.cue])).toContainEqual(['Leeds news reports', 'identify']);
  });

  test('what a poll share says is not read as a second attribution', () => {
    expect(findAttributions('Nearly half of the riders said the ferry should stay.')).toHaveLength(1);
  });

  test.each([
    ['The council put out a notice Friday saying the road would close.', 'The council', 'saying'],
    ['Tom Reed sent a memo Friday saying the judge was biased.', 'Tom Reed', 'saying'],
    ['The council sent a letter to residents saying the road would close.', 'The council', 'saying'],
    ['Acme released data Monday that suggest growers are tired.', 'Acme', 'suggest'],
    ['Ann Marsh has released a video that accuses Reed of lying.', 'Ann Marsh', 'accuses'],
    ['Ben Ode, the club’s treasurer, issued a memo backing the vote.', 'Ben Ode', 'backing'],
  ])('a document issued and then what it says is said by whoever issued it: %s', (text, source, cue) => {
    // Issuing it is an act of its own ("issued a memo"), beside what the memo says.
    expect(read(text).filter((a) => a.cue && a.cue !== 'issued').map((a) => [a.source, a.cue])).toEqual([[source, cue]]);
  });

  test.each([
    ['Dozens of growers signed a letter last week calling for the levy to go.', 'vague-attribution', 'Dozens of growers'],
    ['Some nurses signed a letter calling for a new ward.', 'vague-attribution', 'Some nurses'],
    ['Acme signed a letter calling for a new ward.', 'named-source', 'Acme'],
  ])('whoever signed a letter says what it says: %s', (text, kind, source) => {
    const claims = findAttributions(text).filter((a) => !a.narrative);
    expect(claims.map((a) => [a.kind, text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end)])).toEqual([[kind, source, 'calling']]);
  });

  test.each([
    ['Growers are split over the new levy.', 'Growers'],
    ['Many drivers are eager to see the toll go.', 'Many drivers'],
    ['Some members of the council have been sympathetic to the plan.', 'Some members of the council'],
    ['Some residents were not fond of the ferry plan.', 'Some residents'],
  ])('a crowd split, eager, sympathetic or fond holds a view: vague, %s', (text, source) => {
    expect(kinds(text)).toEqual([['vague-attribution', source]]);
  });

  test('a word of degree before an adverb between a source and its verb is no part of the source', () => {
    expect(kinds('Yet growers who sell at the market almost universally say the levy is too high.')).toEqual([['vague-attribution', 'growers who sell at the market']]);
    expect(kinds('Ann Marsh very publicly said the levy was too high.')).toEqual([['named-source', 'Ann Marsh very publicly said']]);
  });

  test('"widely seen as" pins a view on everyone; "a widely seen debate" is one many watched', () => {
    expect(kinds('Reed was widely seen as the winner of the debate.')).toEqual([['vague-attribution', 'widely seen']]);
    expect(kinds('It was the last widely seen debate before the vote in Leeds.')).toEqual([]);
  });

  test('a time or "again" between "called" and "for" or "on" still makes a demand; a call on the way home is none', () => {
    expect(kinds('Tom Reed called Wednesday for the mayor to resign.')).toEqual([['named-source', 'Tom Reed called']]);
    expect(kinds('Ann Marsh called again on the board to quit.')).toEqual([['named-source', 'Ann Marsh called']]);
    expect(kinds('Reed called Monday on his way home.')).toEqual([]);
  });

  test.each([
    ['Ann Marsh has made several careless statements about Hull.', [['named-source', 'Ann Marsh has made']]],
    ['Ann Marsh makes no secret of her dislike for Hull.', [['named-source', 'Ann Marsh makes']]],
    ['Ann Marsh made a plea for calm in Hull.', [['named-source', 'Ann Marsh made']]],
    ['Ben Ode made veiled references to the mayor’s record.', [['named-source', 'Ben Ode made']]],
    ['Tom Reed made a point of stressing that the levy was unfair.', [['named-source', 'Tom Reed made']]],
    ['Tom Reed made a point of visiting Hull.', []],
  ])('making a statement, a plea or a reference is saying it; making a point of a visit is an act: %s', (text, found) => {
    expect(kinds(text)).toEqual(found);
  });

  test('a statement the publication itself made, in a correction, has no source', () => {
    expect(kinds('An older version of the piece made a false statement about the levy.')).toEqual([]);
    expect(kinds('The caption below the photo of Reed originally made a statement that he had won.')).toEqual([]);
  });

  test('writing or posting a document is an act, and what the document says after it is the writer\'s claim', () => {
    expect(kinds('Ann Marsh wrote a letter to the editor on Friday saying the levy was unfair.')).toEqual([['named-source', 'Ann Marsh wrote a letter to the editor on Friday saying']]);
    expect(kinds('Ann Marsh wrote a letter to the editor on Friday.')).toEqual([]);
  });

  test('"the candidates" and "the contenders" are the people the race is between, once the story has named two of them, however far back', () => {
    const text = [
      'Ann Marsh would push to close the ferry.',
      'Tom Reed wants a new bridge at Hull.',
      'Ben Ode hopes to cut the levy.',
      'The race has turned on money. The vote is in May. Turnout is low.',
      'At a forum in Hull, the candidates outlined their plans. All of the contenders agree that the levy must go.',
    ].join('\n\n');
    expect(kinds(text)).toEqual([['named-source', 'the candidates outlined'], ['named-source', 'All of the contenders agree']]);
    // With no one named before them they are a crowd on their own words.
    expect(kinds('The candidates agree that the levy must go.')).toEqual([['vague-attribution', 'The candidates']]);
  });

  test.each([
    ['Reed to Hull growers: the levy will stay for years.\n\nTom Reed spoke at the fair.', [['named-source', 'Reed to Hull growers:']]],
    ['Former Mayor Ann Marsh at the fair: the ferry must run every day.\n\nThe fair opened.', [['named-source', 'Former Mayor Ann Marsh at the fair:']]],
    ['Next to go: the count in Leeds, Hull and York tonight.\n\nThe count goes on.', []],
    ['Follow Ann Marsh and Tom Reed on the radio: every night at nine from Hull.', []],
  ])('a headline\'s speaker before whom or what they spoke to, of or at: %s', (text, found) => {
    expect(kinds(text)).toEqual(found);
  });

  test.each([
    ['Marsh, in the words of an aide to Reed, is “the one to beat.”', [['anonymous-source', 'in the words of an aide to Reed']]],
    ['The plan, in the eyes of local growers, goes too far.', [['vague-attribution', 'in the eyes of local growers']]],
    ['In the view of Tom Reed, the levy is a tax.', [['named-source', 'In the view of Tom Reed']]],
  ])('"in the words of", "in the eyes of", "in the view of" someone: whose words or view they are is the source: %s', (text, found) => {
    expect(kinds(text)).toEqual(found);
    // The source ends at the comma, as after "according to".
    expect(read(text).map((a) => a.source)).not.toContainEqual(expect.stringContaining(','));
  });

  test.each([
    ['Reed’s team has responded sharply as polls show Marsh gaining in Hull.', 'polls'],
    ['Tom Reed is nervous because surveys show Marsh ahead in Leeds.', 'surveys'],
  ])('after an act or a feeling, a clause of time or reason is the writer’s, and a source in it speaks: %s', (text, source) => {
    expect(kinds(text)).toEqual([['vague-attribution', source]]);
  });

  test.each([
    ['Reed had a strong night, denouncing the levy after Marsh said it would cost millions.', [['named-source', 'Reed'], ['named-source', 'Marsh said']]],
    ['“We are done,” Reed said on Monday after Acme announced it would shut the mill.', [['named-source', 'Reed said'], ['named-source', 'Acme announced']]],
    // A clause of time inside what was said is the speaker’s to report.
    ['Reed said that after Marsh said it would cost millions, he gave up.', [['named-source', 'Reed said']]],
  ])('after a participle’s or a quotation tag’s words, a clause of time is the writer’s, and a source in it speaks: %s', (text, found) => {
    expect(kinds(text)).toEqual(found);
  });

  test.each([
    ['I am told the mayor will resign on Friday.', 'anonymous-source', 'I am told'],
    ['We have been told about nights when the ferry never came.', 'anonymous-source', 'We have been told'],
    ['We are told that we grow wiser with age, and it may be so.', 'vague-attribution', 'We are told'],
    ['At the gala I was told the board had refused to sit with the new owner.', 'anonymous-source', 'I was told'],
  ])('"I\'m told" is the writer\'s informant; "we are told that we…" a commonplace told to everyone: %s', (text, kind, span) => {
    expect(kinds(text)).toEqual([[kind, span]]);
  });

  test('being told to do something is an instruction, no informant', () => {
    expect(kinds('We were told to wait for the ferry.')).toEqual([]);
  });

  test('whom a speaker told is the writer\'s count; what follows the audience is the speaker\'s', () => {
    expect(kinds('Union chief Tom Reed told a few thousand teachers on the lawn that the mill should reopen.')).toEqual([['named-source', 'Union chief Tom Reed told'], ['unverified-figure', 'a few thousand teachers']]);
    expect(kinds('Tom Reed told the Leeds Post he had already sold 300 sheep.').map(([kind]) => kind)).toEqual(['named-source']);
  });

  test('adjectives set apart by a comma stay in one phrase: "the weathered, 70-year-old farmer said" refers back as "the farmer" does', () => {
    expect(kinds('Tom Reed has farmed in Hull since 1980. “It was hard,” the weathered, 70-year-old farmer said.')).toEqual([['named-source', 'the weathered, 70-year-old farmer said']]);
    // A noun before the comma is no adjective: "The editorial, sources said, …".
    expect(kinds('The report, sources said, was late.')).toEqual([['anonymous-source', 'sources']]);
  });

  test.each([
    ['Pentagon officials told reporters the strike had failed.', 'anonymous-source'],
    ['Acme executives told the Leeds Post that sales fell.', 'anonymous-source'],
    ['Russian officials told reporters the strike had failed.', 'vague-attribution'],
    // The White House is a body, as the Pentagon is; "White" alone describes people.
    ['White House officials told reporters the levy would stay.', 'anonymous-source'],
    ['White growers told reporters the levy was unfair.', 'vague-attribution'],
    ['Pentagon officials said the strike had failed.', 'vague-attribution'],
  ])('a named body\'s unnamed people informing the press are anonymous (the guide\'s "Pentagon officials told reporters"); a nation\'s are a crowd: %s', (text, kind) => {
    expect(kinds(text).map(([k]) => k)).toEqual([kind]);
  });

  test.each([
    // A campaign's insiders are unnamed whoever's campaign it is; a side's strategists are a crowd on that side.
    ["Ann Marsh spoke in Hull. Ms. Marsh's campaign strategists say young voters will decide.", 'anonymous-source'],
    ['Ann Marsh spoke in Hull. Marsh operatives think young voters will decide.', 'vague-attribution'],
    ['Ann Marsh spoke in Hull. Marsh strategists think young voters will decide.', 'vague-attribution'],
    // A firm by the surname is the firm's: "Kessler Capital … Kessler strategists".
    ['Dana Kessler founded Kessler Capital in 2004. Kessler strategists expect rates to fall.', 'named-source'],
    ['Party strategists privately concede that the vote will be close.', 'vague-attribution'],
    // A firm's strategists are its people, as its officials are.
    ['Hull Bank strategists expect rates to fall in the spring.', 'named-source'],
    // A body's people speak for it; a survey a named outlet ran of strategists is the outlet's.
    ['Party officials said the vote would be close.', 'named-source'],
    ['A Hull Post survey of leading party operatives found the vote would be close.', 'named-source'],
  ])('strategists and operatives are a side\'s people, not its spokespeople: %s', (text, kind) => {
    expect(kinds(text).map(([k]) => k)).toEqual([kind]);
  });

  test('"he" after "they" is the one named in its sentence, or else one of them', () => {
    const text = 'Marsh campaign officials weighed a boycott. They found that she would lose three seats. Reed attacked her, and he called the plan a stunt.';
    expect(kinds(text).find(([, t]) => t?.startsWith('he'))?.[0]).toBe('named-source');
    const quoted = 'Two port officials said the talks had stalled. They said the sides were far apart. He added that a deal was unlikely.';
    expect(kinds(quoted).find(([, t]) => t?.startsWith('He'))?.[0]).toBe('anonymous-source');
    // Not when the group's sentence names someone "he" may be; an unnamed one is as unnamed as the group.
    const named = 'Two port officials said Tom Reed would resign. He denied it, saying the port was safe.';
    expect(kinds(named).find(([, t]) => t?.startsWith('He'))?.[0]).toBe('named-source');
    const minister = 'Two port officials said the minister would resign. He denied it, saying the port was safe.';
    expect(kinds(minister).find(([, t]) => t?.startsWith('He'))?.[0]).toBe('anonymous-source');
  });

  test('an agent right after a figure\'s phrase ("touted by Reed") sources it, before a speaker whose words it stands in', () => {
    const text = 'One trade expert said that to reach the $40 billion in yearly sales of wool and cotton goods touted by Tom Reed, the mill would need new staff.';
    expect(kinds(text).map(([kind]) => kind)).not.toContain('unverified-figure');
    // With no agent, the unnamed speaker's figure stays unverified.
    expect(kinds('One trade expert said that to reach $40 billion in yearly sales, the mill would need new staff.').map(([kind]) => kind)).toContain('unverified-figure');
  });

  test.each([
    ['12 sites identified by the Hull council will need new walls.', '12 sites'],
    ['About 40 breaches documented by the Leeds Water Trust were never fixed.', 'About 40 breaches'],
    ['Some 3,000 jobs projected by Acme Consulting would come from the port.', 'Some 3,000 jobs'],
    ['The 14 burglaries recorded by Hull police this month worried residents.', '14 burglaries'],
  ])('a count or a sum identified, documented, projected or recorded by a named body is sourced by it: %s', (text, figure) => {
    expect(kinds(text).map(([kind]) => kind)).toEqual(['named-source']);
    // Without the agent the count stands alone.
    expect(kinds(text.replace(/ (?:identified|documented|projected|recorded) by (?:the )?(?:[A-Z]\w* )+(?:council |police )?/, ' '))).toContainEqual(['unverified-figure', figure]);
  });

  test.each([
    ['The Hull council’s pledge to plant 4,000 trees was welcomed by residents.', 'The Hull council’s pledge'],
    ['Acme’s promise to hire 300 drivers drew praise from the union.', 'Acme’s promise'],
    ['Tom Reed spoke at the dock. His vow to save 200 jobs won him the port vote.', 'His vow'],
  ])('a promise with the act it promises after "to" is an attribution, as "pledged to" is, and sources its figure: %s', (text, source) => {
    expect(kinds(text)).toContainEqual(['named-source', source]);
    expect(kinds(text).map(([kind]) => kind)).not.toContain('unverified-figure');
  });

  test.each([
    ['The $15 million plan was criticized by Ann Marsh.', true],
    ['The 4,000 new trees were warmly welcomed by residents.', true],
    ['The 40 deaths were confirmed by Hull police.', false],
    ['The $15 million in sales was touted by Ann Marsh.', false],
  ])('the agent of a passive vouches for a figure in its subject only when it reported or counted it: %s', (text, unverified) => {
    expect(kinds(text).some(([kind]) => kind === 'unverified-figure')).toBe(unverified);
  });

  test.each([
    'Tom Reed spoke at the dock. His pledge to voters was forgotten within a year.',
    'Tom Reed spoke at the dock. His promise to the union was kept.',
  ])('a promise followed by whom it was made to says nothing: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test('"his claim that …", "in her view": the claim is whoever "his" or "her" refers to', () => {
    expect(kinds('Tom Reed spoke on Monday. The oddest part was his claim that the levy had never been paid.')).toContainEqual(['named-source', 'his claim']);
    expect(kinds('Ann Marsh runs the ferry. The levy, in her view, is unfair.')).toContainEqual(['named-source', 'her view']);
    expect(kinds('Tom Reed spoke. His claim that the levy was unfair was false.')).toEqual([['named-source', 'His claim']]);
    expect(kinds('Tom Reed spoke. It runs against his claim in the same radio interview that he never met her.')).toContainEqual(['named-source', 'his claim']);
    // Where the claim was made may stand before it, and a claim about oneself may be an infinitive.
    expect(kinds('She lost partly because of Tom Reed’s suggestion at the debate that she was aloof.')).toContainEqual(['named-source', 'Tom Reed’s suggestion']);
    expect(kinds('A win would bolster Ann Marsh’s claim to be the strongest rival.')).toContainEqual(['named-source', 'Ann Marsh’s claim']);
    expect(kinds('Her claim during the hearing that began on Monday was brief.')).toEqual([]);
    // So may when it was made, and the clause may go without "that"; not a relative clause opened by a pronoun or a
    // plural's, nor a word of when.
    expect(kinds('Ann Marsh’s assertion on Tuesday that the ferry would stop drew jeers.')).toContainEqual(['named-source', 'Ann Marsh’s assertion']);
    expect(kinds('Tom Reed’s contention last month that the levy paid for itself was wrong.')).toContainEqual(['named-source', 'Tom Reed’s contention']);
    expect(kinds('Ann Marsh’s warning the pier was unsafe came a day too early.')).toEqual([['named-source', 'Ann Marsh’s warning']]);
    expect(kinds('Tom Reed’s insistence there were no buyers annoyed the growers.')).toEqual([['named-source', 'Tom Reed’s insistence']]);
    expect(kinds('Tom Reed dropped his claim on Monday after the hearing.')).toEqual([]);
    expect(kinds('Ann Marsh’s promise we had all heard before was made again.')).toEqual([]);
    expect(kinds('Tom Reed’s warning Tuesday was ignored by the port.').filter(([, text]) => text?.startsWith('Tom'))).toEqual([]);
    expect(kinds('Ann Marsh’s claims the council had paid totalled $9,200.').filter(([kind]) => kind !== 'unverified-figure')).toEqual([]);
    // "its claim" is a body's or a thing's, left to a verb of its own.
    expect(kinds('The board met. Its claim that the levy was fair was false.')).toEqual([]);
  });

  test.each([
    'Tom Reed has faltered in his response to the flood.',
    'Anyone in her position would have known the levy was unfair.',
    'Growers could shape the club’s message that goes out to members.',
  ])('an answer, a position or a message with nothing given is no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test('characterizing a thing is studying it; characterizing it "as" something says what it is', () => {
    expect(kinds('The probe will circle the moon, characterizing its ice and its seas.')).toEqual([]);
    expect(kinds('Ann Marsh characterized the plan, which passed on Monday, as reckless.')).toEqual([['named-source', 'Ann Marsh characterized']]);
  });

  test('advising a client is serving it, and the figures of its deal stay unsourced; advising someone that a thing is so says it', () => {
    expect(kinds('Acme Partners is advising Leeds Ltd on its proposed $2 billion sale.')).toEqual([['unverified-figure', '$2 billion']]);
    expect(kinds('Ben Ode, who advises the mayor on transport, left on Monday.')).toEqual([]);
    expect(kinds('Officials advised him that the road was closed.')).toEqual([['vague-attribution', 'Officials']]);
    // Advice given is a claim, as "urged" is.
    expect(kinds('The water board advises residents to boil their tap water.')).toEqual([['named-source', 'The water board advises']]);
    expect(kinds('Ann Marsh advised against reopening the pier.')).toEqual([['named-source', 'Ann Marsh advised']]);
    expect(kinds('Acme Partners advised the club to the last.')).toEqual([]);
    expect(kinds('Ann Marsh, who advised Reed to victory, now runs a firm.')).toEqual([]);
    expect(kinds('Ann Marsh, who advised them to victory, now runs a firm.')).toEqual([]);
  });

  test.each([
    ['Ann Marsh sees the levy as a tax on growers.', [['named-source', 'Ann Marsh sees']]],
    ['Tom Reed saw the vote as a test of his leadership.', [['named-source', 'Tom Reed saw']]],
    // Seeing a thing happen, or "as" opening a clause or a topic, is no judgment.
    ['Tom Reed saw the crash as he drove home.', []],
    ['The nurses she saw had no idea as to the cause.', []],
    // A count in what was seen tells what came, as "as" tells when or in what role.
    ['Hull Airport saw two million passengers as travel picked up.', [['unverified-figure', 'two million passengers']]],
    ['The clinic sees more than 90 patients a day as the only one in town.', [['unverified-figure', 'more than 90 patients']]],
    ['Acme saw costs such as fuel go up last year.', []],
  ])('seeing a thing "as" something is a judgment, a claim as "views … as" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many farmers, when asked about the levy, said it was unfair.', [['vague-attribution', 'Many farmers']]],
    ['The mayor, after meeting growers, said the levy was unfair.', [['named-source', 'The mayor']]],
    ['“It is unfair,” Tom Reed, after a brief pause, said.', [['named-source', 'Tom Reed']]],
    // So before a progressive: the aside sits before the auxiliary.
    ['A growing number of farmers, while still loyal to Reed, are warning that the levy fails.', [['vague-attribution', 'A growing number of farmers']]],
    // After a clause of the writer's, the clause of when is no aside of a subject: the name after the verb speaks.
    ['The car was found, after police searched the area, said Lt. Ann Marsh.', [['named-source', 'said Lt. Ann Marsh']]],
  ])('a clause of when or why set off after the phrase that opens the sentence leaves it the subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Nearby, local farmers, many of them angry, said the plan fails.', [['vague-attribution', 'local farmers']]],
    ['Separately, Tom Ode, a farmer, said the plan works.', [['named-source', 'Tom Ode']]],
    ['Later, two growers, both from Leeds, said the plan fails.', [['anonymous-source', 'two growers, both from Leeds']]],
  ])('an adverb opening the sentence is no name, before asides or a verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed was careful to note that the plan was not final.', [['named-source', 'Tom Reed']]],
    ['Observers were quick to point out that the figures did not add up.', [['vague-attribution', 'Observers']]],
    // Only before a verb of saying: the manner of anything else is no attribution.
    ['He was careful to avoid the press.', []],
  ])('how readily or warily someone says it leaves the subject the speaker: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme pushed back after Ted Ode blamed the paper for the story.', [['named-source', 'Acme pushed'], ['named-source', 'Ted Ode blamed']]],
    // After what was said, a clause of time is part of it.
    ['Tom Reed said the plan failed after Ann Marsh blamed the paper.', [['named-source', 'Tom Reed said']]],
  ])('a clause of time right after a cue that said nothing is the writer\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Readers of the Leeds Post condemned the outcome.', [['vague-attribution', 'Readers of the Leeds Post']]],
    ['Customers of Acme Bank complained that fees rose.', [['vague-attribution', 'Customers of Acme Bank']]],
    // People who speak for the body stay it.
    ['Officials at the agency said the plan failed.', [['named-source', 'Officials at the agency said']]],
  ])('a public of a named body speaks for no body: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('finding one\'s way somewhere is no finding reported', () => {
    expect(kinds('Each spring, a fresh crop of students finds its way to the 40-acre campus.')).toEqual([]);
    expect(kinds('Researchers found that the drug works.')).toEqual([['vague-attribution', 'Researchers']]);
  });

  test.each([
    ['Following the release of the Acme Institute report, which concluded that the levy had failed, the council met.', 'the Acme Institute report, which concluded'],
    ['The ruling came after a request by the Leeds Post, which argued that the files were public.', 'the Leeds Post, which argued'],
    // A thing's own phrase that is a source keeps its whole description.
    ['The ruling came after a letter from the Leeds Gazette, which argued that the files were public.', 'a letter from the Leeds Gazette, which argued'],
  ])('a thing\'s "which" after an act done to or by a source ("the release of the audit, which …") is the source\'s: %s', (text, finding) => {
    expect(kinds(text)).toEqual([['named-source', finding]]);
  });

  test.each([
    ['Tom Reed, who’s insisted for months that the levy is too high, spoke on Monday.', 'Tom Reed, who’s insisted'],
    ["Ann Marsh, who'd said the levy would fail, won the vote.", "Ann Marsh, who'd said"],
  ])('"who" with its auxiliary run in ("who’s", "who’d") opens a relative clause as "who has" does: %s', (text, finding) => {
    expect(kinds(text)).toEqual([['named-source', finding]]);
    // As annotators mark it, the source is the pronoun, without the auxiliary.
    expect(read(text).filter((a) => !a.cue?.startsWith('spoke') && !a.cue?.startsWith('won')).map((a) => a.source)).toEqual(['who']);
  });

  test.each([
    ['Tom Reed — who said the levy would fail — won the vote.', [['named-source', 'Tom Reed — who said']]],
    ['The levy angered growers -- who say it is too high -- across the county.', [['vague-attribution', 'growers']]],
  ])('a dash opens a relative clause as a comma does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
    expect(read(text).map((a) => a.source)).toEqual(['who']);
  });

  test('a dash that closes an aside opens no relative clause of the aside: the candidates, not the one named as an example, say it', () => {
    expect(kinds('The council heard from growers — like Ann Marsh — who say the levy is too high.').map(([kind]) => kind)).toEqual(['vague-attribution']);
  });

  test.each([
    ['Some growers who were once drawn to Ann Marsh now say her plan is a mistake.', [['vague-attribution', 'Some growers who were once drawn to Ann Marsh']]],
    ['Many riders who once backed Tom Reed now say the fares are too high.', [['vague-attribution', 'Many riders who once backed Tom Reed']]],
    // Opening a clause of its own, "once" still ends the phrase before it.
    ['Once Tom Reed arrived, growers said the levy was fine.', [['vague-attribution', 'growers']]],
  ])('"once" after an auxiliary or "who" is an adverb of the relative clause, which stays the crowd’s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Farm loans use data from crop reports, so lenders can act.', []],
    ['Readers who send her these glowing reports should stop.', []],
    // With what was said after it, the form is the verb of the phrase before.
    ['The director of research estimates that most growers will quit.', [['named-source', 'The director of research estimates']]],
  ])('a word between a preposition or a plural determiner and "reports" or "claims" makes a compound noun, no source with a verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a compound noun after a preposition is no attribution to annotators either', () => {
    expect(read('The club rules make room for minority reports in special cases.')).toEqual([]);
  });

  test.each([
    ['Critics within the party said the plan had failed.', [['vague-attribution', 'Critics within the party']]],
    ['Reed faces a backlash from growers within the union.', [['vague-attribution', 'growers within the union']]],
    // As "in" and "inside" already do.
    ['Critics inside the party said the plan had failed.', [['vague-attribution', 'Critics inside the party']]],
  ])('"within" a body, as "in" it, says where a crowd is, not that the body speaks: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a town issues statements, and guidelines are documents', () => {
    expect(kinds('The town put out a notice on Friday saying the water was safe.')).toEqual([['named-source', 'The town put out a notice on Friday saying']]);
    expect(kinds('The agency’s own guidelines describe such farms as exempt.')).toEqual([['named-source', 'The agency’s own guidelines describe']]);
  });

  test.each([
    ['Tom Reed’s diary reveals he met the buyer twice.', [['named-source', 'Tom Reed’s diary reveals']]],
    ['The club’s ledger shows that the fee was never paid.', [['named-source', 'The club’s ledger shows']]],
    ['Her bank statements show she sold the farm in May.', [['named-source', 'Her bank statements show']]],
    // A tally is no adverb for its "-ly".
    ['The union’s tally shows that 300 growers voted.', [['named-source', 'The union’s tally shows']]],
  ])('a record a person or a body keeps says what it records: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a form or a disclosure filed is a document that says what it records', () => {
    expect(kinds('Ann Marsh’s new disclosure form stated that her income rose.')).toEqual([['named-source', 'Ann Marsh’s new disclosure form stated']]);
    expect(kinds('Her financial disclosure shows that she sold the farm.')).toEqual([['named-source', 'Her financial disclosure shows']]);
  });

  test.each([
    'The audit cost five dollars per report.',
    'Fees run $5 per report.',
  ])('"per" after an amount is a rate, not a source: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['Hull has moved 3,000 troops to the coast, according to Western intelligence.', [['unverified-figure', '3,000 troops'], ['vague-attribution', 'according to Western intelligence']]],
    ['US intelligence believes the rockets were moved.', [['vague-attribution', 'US intelligence']]],
    ['Rival clubs have accused Rovers of breaking the spending rules.', [['vague-attribution', 'Rival clubs']]],
    // A committee or an agency with the word in its name is named.
    ['The Leeds Intelligence Unit said in a review that the claim was false.', [['named-source', 'The Leeds Intelligence Unit said']]],
  ])('a country’s spies as a whole, or clubs as a whole, are a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    'Tickets cost less per Person this year.',
    'The Cost Per Head Rises Again',
    'Entry costs £5 per Adult and £2 per Child.',
    // A unit with a name before it, or "Per" as a first name inside the sentence.
    'Hull Foods offered 250p per Acme share.',
    'The levy is £2 per UK adult.',
    'Profits fell 30% under chief executive Per Hansen.',
  ])('"per" before a capitalised unit or in a title-case headline is a rate, not a source: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['The striker will join the club, per Sky Sports.', 'per Sky Sports'],
    ['Per Hull Radio, the ferry will stop in May.', 'Per Hull Radio'],
    ['The striker has agreed terms per Hull Radio.', 'per Hull Radio'],
    ['The deal is worth £40 million per Hull Radio.', 'per Hull Radio'],
  ])('"per" before a name is the name’s word: %s', (text, finding) => {
    expect(kinds(text)).toEqual([['named-source', finding]]);
  });

  test('a hedge right before the verb leaves no named claim, with an aside between the name and the verb too', () => {
    expect(kinds('Tom Reed has reportedly told friends that the talk went well.')).toEqual([['hedge', 'reportedly']]);
    expect(kinds('Tom Reed, the brother of the mayor, Ann Marsh, has reportedly told friends that the talk went well.')).toEqual([['hedge', 'reportedly']]);
  });

  test('firms reporting their accounts pin no view on a crowd; a named firm still sources its own figures', () => {
    expect(kinds('Most of the mills reported steady or better than hoped results this quarter.')).toEqual([]);
    expect(kinds('Acme Mills reported a profit of $2 a share.')).toEqual([['named-source', 'Acme Mills reported']]);
    expect(kinds('Many growers reported that profits fell.')).toEqual([['vague-attribution', 'Many growers']]);
  });

  test('a headline that describes one person without a name is named when the first sentence of the body names them', () => {
    expect(kinds('Leeds diplomat praises Reed.\n\nTom Reed has an admirer in Leeds diplomat Ann Marsh.')).toEqual([['named-source', 'Leeds diplomat praises']]);
    expect(kinds('Reed will win, former rival says.\n\nTom Reed will take Hull, predicted Ann Marsh, who ran against him.')[0]).toEqual(['named-source', 'former rival says']);
    // A lead of one sentence is no headline: its informants stay anonymous, whoever the next sentence names.
    expect(kinds('The council is looking into the ferry, a source said.\n\nTom Reed runs the ferry.')).toEqual([['anonymous-source', 'a source']]);
    // With no one named after it, the description stays anonymous.
    expect(kinds('Leeds diplomat praises Reed.\n\nThe ferry is late again.')).toEqual([['anonymous-source', 'Leeds diplomat']]);
  });

  test('"they" after "people" refers back to them: "people" is plural without an "-s"', () => {
    expect(kinds('People familiar with the talks said the deal was close. They added that it could be signed in May.')).toEqual([
      ['anonymous-source', 'People familiar with the talks'],
      ['anonymous-source', 'They'],
    ]);
    expect(kinds('Ann Marsh met Tina Ode in Leeds. Both women said the plan failed.')).toEqual([['named-source', 'Both women said']]);
  });

  test('"both men" and "all three candidates" refer back to the people just named, like "both"', () => {
    expect(kinds('Tom Reed said he met Ann Marsh. Soon after, both men said they were optimistic.')).toContainEqual(['named-source', 'both men said']);
    expect(kinds('Reed, Ann Marsh and Ben Ode debated. All three candidates said they opposed the levy.')).toContainEqual(['named-source', 'All three candidates said']);
    // With no one named before them they are a crowd on their own words.
    expect(kinds('Both men said they were optimistic.')).toEqual([['vague-attribution', 'Both men']]);
  });

  test.each([
    ['Ode is counting on regular, pledged delegates.', []],
    ['A late entrant (think Tom Reed in 1976) can catch fire.', []],
    ['Ann Marsh slams Reed, praises Ode as a workhorse.', [['named-source', 'Ann Marsh slams']]],
    // Verbs of saying still stand before their speaker.
    ['“It works,” explained one aide.', [['anonymous-source', 'one aide']]],
  ])('only a verb of saying stands before its speaker; one that takes an object does not: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('"considered … by" and "regarded as … by" credit their agent, the verdict standing between', () => {
    expect(kinds('The levy, considered sacrosanct by local growers, stays.')).toEqual([['vague-attribution', 'local growers']]);
    expect(kinds('The bill was considered by the committee on Tuesday.')).toEqual([]);
  });

  test.each([
    ['There is other promising word from Hull.', []],
    ['The club had some answering to do.', []],
    ['Many fear the worst, with many saying they will leave.', [['vague-attribution', 'Many'], ['vague-attribution', 'many']]],
  ])('right after a bare quantifier an -ing form is an adjective or a noun, unless what was said follows: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed, as he’s known to friends, said the plan failed.', 'Tom Reed'],
    ['Ann Marsh, as she has done before, denied it.', 'Ann Marsh'],
  ])('an "as" clause between a name and its verb is an aside: %s', (text, source) => {
    expect(kinds(text)).toEqual([['named-source', source]]);
  });

  test('the comma after an opening frame\'s agent closes the frame: the claim after it is no description of the agent', () => {
    const text = 'In a tally calculated by Acme, Reed is ahead with 36 percent.';
    expect(read(text)).toEqual([{ kind: 'named-source', source: 'Acme', cue: 'calculated', inQuotation: false }]);
  });

  test('"whenever" opens a clause as "when" does: no source phrase runs across it, and "Whenever asked" names no one', () => {
    expect(kinds('Whenever asked about it, they changed the subject.')).toEqual([]);
    expect(read('Fees rise, taking more whenever the data suggests riders will pay.').map((a) => a.source)).toEqual(['the data']);
  });

  test.each([
    ['Tom Reed, a retired banker who is today a lecturer at the Leeds Centre for Rural Studies, which works to train nurses and midwives, said the plan was sound.', 'Tom Reed'],
    ['Sen. Ann Marsh, facing a stiff challenge in Hull, a port city, said she would win.', 'Sen. Ann Marsh'],
  ])('a description that runs on into a relative clause or to a place, then an aside, still describes the name before it: %s', (text, source) => {
    expect(kinds(text)).toEqual([['named-source', source]]);
  });

  test('a relative clause\'s antecedent starts at its article, not at the -ing verb whose object it is', () => {
    expect(kinds('Reed kept hugging a man who claimed to know the mayor.')).toEqual([['anonymous-source', 'a man']]);
  });

  test('whoever is putting out an ad speaks through it ("is airing an ad that says")', () => {
    expect(read('Acme is airing an ad that says Reed lied.')).toEqual([{ kind: 'named-source', source: 'Acme', cue: 'says', inQuotation: false }]);
  });

  test.each([
    ['Other growers warning that the levy would fail were ignored.', [['vague-attribution', 'Other growers']]],
    ['Reed met growers warning that the levy would fail.', [['vague-attribution', 'growers']]],
    ['Reed met growers complaining about the levy.', [['vague-attribution', 'growers']]],
    ['The health warning that came out was late.', []],
    // So does a message put out, for whoever put it out.
    ['The Leeds council put out a statement warning of unsafe bridges.', [['named-source', 'The Leeds council put out a statement warning']]],
    ['Packs of Acme cigarettes carry a health warning that smoking kills.', []],
    // Not a message received, found or ignored: it is no word of the clause's subject.
    ['Acme ignored a report warning that the dam was weak.', []],
    ['The council received a letter warning of unsafe bridges.', []],
  ])('people "warning that" or "warning of" are warning; a past verb after a name ends the clause before the participle\'s people: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed is one of many critics who say the plan failed.', [['vague-attribution', 'many critics']]],
    ['Reed is one of several growers blaming Ode for the levy.', [['vague-attribution', 'several growers']]],
    // Without a copula the one is an unnamed member of the group.
    ['One of the aides said the plan failed.', [['anonymous-source', 'One of the aides']]],
  ])('"X is one of many …": the one stands before the copula, the crowd after "of" speaks: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A third source said the plan failed.', [['anonymous-source', 'A third source']]],
    // A share of people is a figure, not an informant.
    ['A third of growers said the plan failed.', [['unverified-figure', 'A third of growers']]],
    ['Some of his advisers believe the plan failed.', [['anonymous-source', 'Some of his advisers']]],
    ['Officials have attributed the slow count to mailed ballots.', [['vague-attribution', 'Officials']]],
    ['Ann Marsh attributed the drop to the rain.', [['named-source', 'Ann Marsh attributed']]],
    // "attribute" and "attributes" are more often nouns: only the past and -ing forms are cues.
    ['Reed led on a range of attributes, including temperament.', []],
  ])('an ordinal "third" names one more informant; the group after "of" heads the phrase; attributing a cause is a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a side taken right after a group says which people, with "now" or "still" between too', () => {
    expect(kinds('He would still need 40 delegates now supporting Ode to win.').map(([kind]) => kind)).not.toContain('vague-attribution');
  });

  test.each([
    ['Reed maintained that the plan was sound.', [['named-source', 'Reed maintained']]],
    ['Reed, however, maintains the plan is sound.', [['named-source', 'Reed']]],
    // Keeping something up is an act, not a claim.
    ['Ann Marsh: Dealing in stolen goods, possession of heroin, maintaining a common nuisance.', []],
    ['The council, which maintains the roads, met on Monday.', []],
    // A named body's own count: "records" is a verb before it.
    ['Acme records about 500 leaks a month.', [['named-source', 'Acme records']]],
    ['Court records show 500 leaks.', [['named-source', 'Court records show']]],
  ])('"maintain" claims only before what is maintained to be so; "records" before a count is a named body keeping it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a "which" clause between a body and its verb describes the body, whose own figures they are; a person\'s "who" clause is the writer\'s', () => {
    expect(kinds('Acme Gas, which runs 4,300 miles of mains in Hull, records about 500 leaks a month.')).toEqual([['named-source', 'Acme Gas']]);
    expect(kinds('Tom Reed, who has some 80,000 fans online, said the levy stays.')).toContainEqual(['unverified-figure', 'some 80,000 fans']);
  });

  test.each([
    ['In a radio interview later that day, Reed went even further: “If she runs and loses, her career is over.”', [['named-source', 'Reed']]],
    ['Ann Marsh seemed irritated: “It is a public statement! Just send it.”', [['named-source', 'Ann Marsh']]],
    ['Reed’s letter makes a blunt case: “The levy hurts every grower in Hull.”', [['named-source', 'Reed’s letter']]],
    // Not a person's words: a question the writer asks, a title, a name that only qualifies the subject.
    ['Why not simply ask: “Will the mill ever open its gates again”?', []],
    ['Reed earned a new nickname at the mill: “The Closer.”', []],
    ['The timing of Reed’s surge does not surprise pollster Ann Marsh: “Lesser-known candidates often surge early.”', []],
  ])('a quotation a colon opens is the words of the named person whose clause ends at the colon: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a named average of polls is the source of the figures it gives ("in the Acme average of Leeds polls")', () => {
    expect(kinds('Reed trails Ode by 9 points in the Acme average of Leeds polls.')).toEqual([['named-source', 'in the Acme average of Leeds polls']]);
    // An unnamed average names no one.
    expect(kinds('Reed leads by 9 points in an average of surveys taken since May.')).toEqual([['unverified-figure', '9 points']]);
    // Nor need the polls be said: a pollster's polling average, or one a pollster's name with an inner capital owns.
    expect(kinds('In the PollTrack average, Reed leads by 3.2 points.')).toEqual([['named-source', 'In the PollTrack average']]);
    expect(kinds('Reed leads by 3.2 points in the Acme Research polling average.')).toEqual([['named-source', 'in the Acme Research polling average']]);
    // A place's or a country's average is a level, and a region's polling average says where the polls were taken.
    expect(kinds('Reed leads by 3 points in the latest Leeds average.')).toEqual([['unverified-figure', '3 points']]);
    expect(kinds('Reed leads by 3 points in the Iowa polling average.')).toEqual([['unverified-figure', '3 points']]);
    expect(kinds('Prices in Leeds rose 3%, above the UK average.')).toEqual([['unverified-figure', '3%']]);
  });

  test.each([
    ['Worse came in May: an allegation from his former wife, Ann Reed, that he had lied.', 'allegation from his former wife'],
    ['The report includes an admission from Ann Marsh that the levy would not have helped.', 'admission from Ann Marsh'],
  ])('one claim held by whoever it comes from: "an admission from Ann Marsh that …": %s', (text, finding) => {
    expect(kinds(text)).toEqual([['named-source', finding]]);
  });

  test.each([
    ['First there was the columnist Tom Reed, who, after trading barbs with Ann Marsh, said the party had lost its way.', [['named-source', 'the columnist Tom Reed']]],
    ['Reed was talking about the budget when he told Ann Marsh of Acme News, “So, Hull has a problem.”', [['named-source', 'he told']]],
  ])('after "who," an aside leaves the name before it the speaker; after an act, "when he told" is the actor speaking: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['And Reed made the suggestion that Ode should be given only false briefings.', [['named-source', 'Reed made']]],
    ['Ann Marsh made an urgent call for a new levy.', [['named-source', 'Ann Marsh made']]],
    ['Reed made conflicting statements about the levy.', [['named-source', 'Reed made']]],
    // A call on the phone is no claim.
    ['Reed made a call to the mayor on Monday.', []],
  ])('making a suggestion, a call for something or statements of any kind is saying: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed called upon Mayor Ann Marsh to restart the patrols.', [['named-source', 'Reed called']]],
    ['Most recently, Reed called to ban imports from Hull.', [['named-source', 'Reed called']]],
    // Summoned, or on the phone.
    ['Reed was called to testify on Monday.', []],
    ['Reed called to wish her well.', []],
    // A habit, not one call reported.
    ['Usually, news outlets call upon people with unique knowledge to explain the event.', []],
  ])('"called upon" as "called on"; "called to" before an act calls for it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a wire dateline with a typed dash ends before the clause, also where the splitter has cut the city off ("(Acme) - Reed met … and said")', () => {
    expect(kinds('LEEDS, Yorks. (Acme) - Mayor Tom Reed toured the flooded mill late Friday and warned that the city must act.')).toEqual([['named-source', 'Mayor Tom Reed']]);
  });

  test.each([
    ['Ann Marsh said the plan had failed and she accused Tom Reed of hiding the costs.', [['named-source', 'Ann Marsh said'], ['named-source', 'she accused']]],
    // Adverbs and auxiliaries between the subject and its verb.
    ['Ann Marsh said the levy was fair - but she also insisted it would end in May.', [['named-source', 'Ann Marsh said'], ['named-source', 'she also insisted']]],
    ['Ann Marsh said the levy was fair and Tom Reed has said it will end in May.', [['named-source', 'Ann Marsh said'], ['named-source', 'Tom Reed has said']]],
    // Inside what Reed said, a view is still his.
    ['Reed said that Marsh lied and she knew it.', [['named-source', 'Reed said']]],
  ])('"and she accused": a person\'s pronoun after "and" opens a clause of its own before a verb of saying: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed was uneasy about the levy and predicted it would fail.', [['named-source', 'Tom Reed']]],
    ['Ann Marsh was furious about the vote and conceded that she had lost.', [['named-source', 'Ann Marsh']]],
    // As the commonest verbs of saying already were.
    ['Growers were angry about the levy and said it would fail.', [['vague-attribution', 'Growers']]],
  ])('after a mood and what it is about, "and" with a verb of saying and its clause is the same subject saying it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The levy angered many farmers.', [['vague-attribution', 'many farmers']]],
    ['It was a prospect sure to dismay some growers in Hull.', [['vague-attribution', 'some growers in Hull']]],
    // Not a thing worried about, nor inside what someone said.
    ['Growers fear the drought alarmed some banks.', [['vague-attribution', 'Growers']]],
    ['Reed said the levy angered many farmers.', [['named-source', 'Reed said']]],
    // A quantifier of part of a crowd, and more verbs of feeling caused.
    ["The late levy unsettled some of the valley's biggest growers.", [['vague-attribution', "some of the valley's biggest growers"]]],
    ['Two dry summers have unsettled many orchard owners.', [['vague-attribution', 'many orchard owners']]],
    // A lone plural with no quantifier is the writer's narration; a described or listed crowd is a category (guide:
    // "local farmers"), and counted people or staff are no category.
    ['A string of late deliveries rattled buyers.', []],
    ['A string of late deliveries rattled Democrats.', [['vague-attribution', 'Democrats']]],
    ['The documentary angered three farmers and their families.', []],
    ['The increase surprised campaign staff.', []],
  ])('a feeling caused in a quantified crowd is pinned on the crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Based on recent polling, Marsh should win the county easily.', [['vague-attribution', 'Based on recent polling']]],
    ['Based on two surveys by the Leeds council about its farms, 300 have closed.', [['named-source', 'Based on two surveys by the Leeds council']]],
    ['According to estimates by the Acme Institute, 300 farms closed.', [['named-source', 'According to estimates by the Acme Institute']]],
    // Not what a thing is built on.
    ['Growers built a new levy based on fresh data.', []],
  ])('"based on" a record framing the clause is its source, as "according to" is: %s', (text, expected) => {
    expect(kinds(text).filter(([kind]) => kind !== 'unverified-figure')).toEqual(expected);
  });

  test.each([
    ['Reed said local farmers are skeptical of the plan.', [['named-source', 'Reed said']]],
    ['Ann Marsh says too many growers are torn by guilt over the levy.', [['named-source', 'Ann Marsh says']]],
    // So after "adding that", and in a second "that" clause joined on.
    ['“It is a risk,” Ann Marsh said, adding that small growers are wary of the fee.', [['named-source', 'Ann Marsh said']]],
    ['Ann Marsh said growers want more than grants, and that most are wary of the fee.', [['named-source', 'Ann Marsh said']]],
    // Not inside the object of a stance, nor in a clause of the writer's after the content.
    ['Local farmers are skeptical of the plan.', [['vague-attribution', 'Local farmers']]],
    ['Reed praised the plan, but local farmers are skeptical of it.', [['named-source', 'Reed praised'], ['vague-attribution', 'local farmers']]],
  ])('a crowd\'s stance inside what someone said is the speaker\'s claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['He must now win over Reed’s supporters who are very wary of the levy.', 'Reed’s supporters'],
    ['He met growers who are wary of the levy.', 'growers'],
  ])('a stance after "who" is held by the people before it, not by the verb that meets them: %s', (text, crowd) => {
    expect(kinds(text)).toEqual([['vague-attribution', crowd]]);
  });

  test.each([
    ['Some growers said they will leave and others said they will stay.', [['vague-attribution', 'Some growers'], ['vague-attribution', 'others']]],
    ['Ann Marsh said the plan was fine and the Leeds council said it would vote today.', [['named-source', 'Ann Marsh said'], ['named-source', 'the Leeds council said']]],
    // A pair of subjects, and a source inside "and that …", stay what the first speaker said.
    ['Reed said that Marsh and the mayor said nothing.', [['named-source', 'Reed said']]],
    ['Reed said the levy failed and that growers said so.', [['named-source', 'Reed said']]],
  ])('"and" with a source of its own before a verb of saying opens the writer\'s next clause: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['On Friday, the Leeds council declared Reed was the winner.', [['named-source', 'the Leeds council declared']]],
    ['Ann Marsh posted the vote was rigged.', [['named-source', 'Ann Marsh posted']]],
    ['Reed declared he would not back the levy.', [['named-source', 'Reed declared']]],
    // "it" after the verb may be its object, the clause's verb then the subject's own.
    ['The woman who posted it was fined by the club.', []],
    // An event declared or posted is no claim.
    ['Reed declared the state of emergency in March.', []],
    ['Ann Marsh posted photos of the flood.', []],
  ])('a clause with no "that" after "declared" or "posted" is what was declared: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The council less than a month ago warned in a letter that the bridge was unsafe.', 'The council'],
    ['Ann Marsh two days ago told reporters the bridge was unsafe.', 'Ann Marsh'],
    ['Growers a few years ago warned that the bridge was unsafe.', 'Growers'],
  ])('"two weeks ago" between a source and its verb is when, not who: %s', (text, source) => {
    expect(findAttributions(text).map((a) => text.slice(a.source.start, a.source.end))).toEqual([source]);
  });

  test.each([
    ['A few days later, Reed changed course, saying the levy was fine.', [['named-source', 'Reed']]],
    ['But a few weeks later, Ann Marsh reversed herself, telling Acme News that the levy would stay.', [['named-source', 'Ann Marsh']]],
  ])('"A few days later," opens the clause like "Two days later,": the speaker of a trailing participle follows it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many of the local party leaders who would much prefer to be out knocking on doors for Marsh said they back Reed.', [['vague-attribution', 'Many of the local party leaders who would much prefer to be out knocking on doors for Marsh']]],
    // A name in the relative clause, even two joined by "or", says which people; it is not who speaks.
    ['Many leaders who work for Marsh or Ode said they back Reed.', [['vague-attribution', 'Many leaders who work for Marsh or Ode']]],
  ])('a long relative clause is read back to its "who", and a conjunction inside it joins no speakers: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some analyses suggest the port will need more cranes by 2030.', [['vague-attribution', 'Some analyses']]],
    ['Independent analyses have estimated that the levy costs more than the tax.', [['vague-attribution', 'Independent analyses']]],
  ])('unnamed analyses are records like studies and reports: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some growers doubt that the levy will ever change.', [['vague-attribution', 'Some growers']]],
    ['Reed may sell the port, though many observers doubt he will go that far.', [['vague-attribution', 'many observers']]],
    ['Reed doubts the levy will pass.', [['named-source', 'Reed doubts']]],
    // The noun is no one's doubt reported.
    ['There is little doubt that the levy will pass.', []],
    ['No doubt the levy will pass.', []],
  ])('"doubt" after a plural, a name or a pronoun is a verb of belief: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many growers suspect the levy will rise again.', [['vague-attribution', 'Many growers']]],
    ['Leeds police suspect the fire at the mill was started deliberately.', [['named-source', 'Leeds police suspect']]],
    // The noun and the adjective are no one's suspicion reported.
    ['A suspect was held in Hull on Monday.', []],
    ['Leeds police found a suspect package at the mill.', []],
  ])('"suspect" after a plural is a verb of belief: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed said goodbye to his staff on Friday.', []],
    ['Ann Marsh, who was saying hello to growers, left early.', []],
    ['The mayor said a prayer for the crew.', []],
    // A rite's word as the subject of what was said is no rite.
    ['Tom Reed said goodbye was the hardest part.', [['named-source', 'Tom Reed said']]],
    // Nor is a noun the rite's word describes.
    ['Ann Marsh said grace periods for tenants would end in May.', [['named-source', 'Ann Marsh said']]],
    ['The mayor said a farewell dinner would be held in Hull.', [['named-source', 'The mayor said']]],
  ])('words of a rite or a greeting are said, but claim nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['CEOs say the levy will hurt hiring.', [['vague-attribution', 'CEOs']]],
    ['Local CEOs say the levy will hurt hiring.', [['vague-attribution', 'Local CEOs']]],
    ['Many MPs warned the bill was flawed.', [['vague-attribution', 'Many MPs']]],
    // One member is an unnamed individual; the member for a place is an office a reader can look up.
    ['An MP said the vote was rigged.', [['anonymous-source', 'An MP']]],
    ['The Hull MP said the vote was rigged.', [['named-source', 'The Hull MP said']]],
    ['A senior Tory told the Leeds Post the leader was finished.', [['anonymous-source', 'A senior Tory']]],
    // Things, not anyone named.
    ['It is not worth the upgrade, since those TVs don’t support HDR.', []],
    ['Heavy outlays by super PACs show their reach in the race.', []],
  ])('a plural of initials is a common noun, a crowd when its singular is a role: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['This article was originally published by Acme News. Read the original article.', []],
    ['This article was written by Tom Reed.', []],
    // What another outlet reported first is its report.
    ['This story was first reported by Acme News, which said the port would close.', [['named-source', 'reported by Acme News']]],
  ])('the page\'s own publishing credit ("This article was originally published by …") is no source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The family claimed Reed’s body, cleaned out his flat and sold his books.', []],
    ['Acme claimed Reed’s plan would fail.', [['named-source', 'Acme claimed']]],
    // A name's possessive stands where "the" or "his" would: the head after it decides.
    ['Tom Reed, a top adviser to the mayor, also questioned Ode’s logic.', [['named-source', 'Tom Reed']]],
  ])('claiming a body is an act, and a name\'s possessive before the object is read like "the": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['According to a cached copy of the Acme Foundation website from 2010, the gift was $5,000.', [['named-source', 'According to a cached copy of the Acme Foundation website from 2010']]],
    ['According to a leaked memo, the port will close.', [['vague-attribution', 'According to a leaked memo']]],
  ])('after "according to", an -ed word right after its article is an adjective, not a participle that ends the phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Her brand rests on the cause, with a book called “Women at Work” and a podcast.', []],
    ['The campaign paid $1.5 million to air a short film called “Hull” across the state.', [['unverified-figure', '$1.5 million']]],
    ['Reed built a website called “Hull If Marsh Wins” last week.', []],
    // A call for something, and a call that names a thing, are still claims.
    ['A group of growers called for an end to the levy.', [['vague-attribution', 'A group of growers']]],
    ['In a speech, Reed called the levy “a tax on growers”.', [['named-source', 'Reed called']]],
  ])('"a book called …": a participle giving a thing its name is no call: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // The guide's own example: the hedge is the coroner's, not the writer's.
    ['The coroner said the victim was thought to have drowned.', [['named-source', 'The coroner said']]],
    ['Most of the old levies were thought to be fair, Ann Marsh said.', [['named-source', 'Ann Marsh said']]],
    ['The leaks are believed to have begun in May, according to the Acme Water Board.', [['named-source', 'according to the Acme Water Board']]],
    ['According to the Acme Water Board, the leaks are believed to have begun in May.', [['named-source', 'According to the Acme Water Board']]],
    ['Reed ran a charity in Hull that the Acme Water Board said was suspected of dumping waste.', [['named-source', 'the Acme Water Board said']]],
    // Guard: the new raised passive "is estimated to" is the source's here too.
    ['The Hull bypass is estimated to cost £2 billion, according to the Leeds roads board.', [['named-source', 'according to the Leeds roads board']]],
    // A hedge of checking after a closing tag is the writer's own, the commonest shape on the wires.
    ['The rebels killed 40 soldiers, the group said, a claim that could not be independently verified.', [['named-source', 'the group said'], ['hedge', 'could not be independently verified']]],
    // No one holds the suspicion: the writer passes it on.
    ['The council froze the funds of the Hull port board, which was suspected of dumping waste.', [['hedge', 'suspected of']]],
    // The writer's description of a body, between it and its verb, is the writer's.
    ['Acme, which is believed to own the port, said the levy was fair.', [['named-source', 'Acme'], ['hedge', 'is believed to']]],
    // The writer's own hedges stay: "reportedly", a clause of the writer's, a second verb of the source's subject.
    ['Reed said the plan failed, and the mayor was reportedly furious.', [['named-source', 'Reed said'], ['hedge', 'reportedly']]],
    ['Reed now criticizes the plan and is believed to want the post.', [['named-source', 'Reed now criticizes'], ['hedge', 'is believed to']]],
    // An estimate no one is named for, as "it is estimated that" is.
    ['Some 4,000 fans are estimated to have watched the final in Leeds.', [['unverified-figure', 'Some 4,000 fans'], ['hedge', 'are estimated to']]],
  ])('a passive hedge of belief in what a named source says is the source\'s, not the writer\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // A contracted "is" before a verb of belief raised in the passive makes its subject no source, and the writer hedges;
  // a contracted "has" before a verb of saying keeps the source.
  test.each([
    ['Leeds, which he’s expected to win, votes first.', []],
    ['She’s believed to favor the levy.', [['hedge', 'She’s believed to']]],
    ["He's said to be the richest man in Hull.", [['hedge', "He's said to"]]],
    ["She's argued that the levy is unfair.", [['named-source', "She's argued"]]],
    ["He's said to reporters that the levy is unfair.", [['named-source', "He's said"]]],
  ])('"’s" is "is" before a raised passive, "has" before a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // A view held by no one in particular is vague, as "it is widely believed" is; a named person's dictum is theirs.
  test.each([
    ['A familiar refrain was that the levy would sink the ferry.', [['vague-attribution', 'A familiar refrain was that']]],
    ['The prevailing view was that prices would fall.', [['vague-attribution', 'The prevailing view was that']]],
    ['The view from the hill is that of a port.', []],
    ['Farmers long followed Ann Marsh’s dictum that a levy is a tax.', [['named-source', 'Ann Marsh’s dictum']]],
  ])('a view no one holds, a dictum someone does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many in the party worry about a split.', [['vague-attribution', 'Many in the party']]],
    ['But many in his own party fear that the levy will split it.', [['vague-attribution', 'many in his own party']]],
    ['Some on the left worry the levy is too small.', [['vague-attribution', 'Some on the left']]],
    // Where a quantifier is an object, nobody is the subject.
    ['He gave many in the party hope that the levy would pass.', []],
  ])('"many in the party", "some on the left": a quantifier with where its people are takes a plural verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Dropping the levy has a price, as Marsh supporters point out.', [['vague-attribution', 'Marsh supporters']]],
    ['Leeds harbour advocates say they have promises from both candidates.', [['vague-attribution', 'Leeds harbour advocates']]],
    ['The plan could cost him votes, Reed allies believe.', [['vague-attribution', 'Reed allies']]],
    // So does a place or a wing before a party's members.
    ['Leeds Republicans say the levy will pass.', [['vague-attribution', 'Leeds Republicans']]],
    ['The levy is too small, Establishment Democrats argue.', [['vague-attribution', 'Establishment Democrats']]],
    // A body's own people speak for it.
    ['Acme Gas officials said the leak was fixed.', [['named-source', 'Acme Gas officials said']]],
  ])('a name before supporters, allies, a public or a party’s members says whose side or where they are, not whose spokespeople: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme camp: Reed’s levy threatens the port.', [['named-source', 'Acme camp:']]],
    ['Leeds council: the port will close in May.', [['named-source', 'Leeds council:']]],
    // An adjective before the body names no one.
    ['Internal memo: prison guards falsified records.', []],
  ])('a headline\'s label may be a name and the body it names in lower case ("Acme camp: …"): %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The automaker, which is based in Leeds, said the wagon will go far.', [['named-source', 'The automaker']]],
    ['The carmaker, based in Leeds, says the wagon will go far.', [['named-source', 'The carmaker']]],
    // As right before the verb: a short description is someone in view.
    ['The automaker said the wagon will go far.', [['named-source', 'The automaker said']]],
  ])('a short definite description stays a speaker with an aside before its verb of saying: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Those in favor of the levy have said that Reed started the fight.', [['vague-attribution', 'Those in favor of the levy']]],
    ['Those on the left say the levy is too small.', [['vague-attribution', 'Those on the left']]],
    ['Those under 30 say the bridge is too costly.', [['vague-attribution', 'Those under 30']]],
    // Closeness is access: informants, as before.
    ['Those close to the mayor say she will run.', [['anonymous-source', 'Those close to the mayor']]],
  ])('"those" with where or for what they stand is a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Four past and current drivers told the Leeds Post that the depot had no heating.', [['anonymous-source', 'Four past and current drivers']]],
    ['Several current and former employees said the firm offers no leave.', [['vague-attribution', 'Several current and former employees']]],
    ['Three current and former Acme nurses said the ward was short of beds.', [['anonymous-source', 'Three current and former Acme nurses']]],
    // Two sources joined are still two.
    ['Two informed sources and a former official said the plan failed.', [['anonymous-source', 'Two informed sources'], ['anonymous-source', 'a former official']]],
  ])('adjectives joined before one noun make one source whatever count opens it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Two worried officials said the plan failed.', [['anonymous-source', 'Two worried officials']]],
    ['Concerned residents said the plan failed.', [['vague-attribution', 'Concerned residents']]],
    ['Two informed sources said the plan failed.', [['anonymous-source', 'Two informed sources']]],
  ])('a cue’s participle after a count, or opening the phrase, before people is their adjective: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The speech was interpreted by some as a bid for the top job.', [['vague-attribution', 'some']]],
    ['The toll was viewed by many as a tax on commuters.', [['vague-attribution', 'many']]],
    ['The deal was perceived by investors as a sign of weakness.', [['vague-attribution', 'investors']]],
    // Without "as" it is watching or performing, not a view.
    ['The song was interpreted by a choir.', []],
    ['The clip has been viewed by more than two million people.', [['unverified-figure', 'more than two million people']]],
    // So is what a crowd considers, regards, thinks or believes something to be.
    ['Marsh is considered by many to be the front-runner.', [['vague-attribution', 'many']]],
    ['The levy is regarded by growers as a tax on farms.', [['vague-attribution', 'growers']]],
    ['Reed is thought by some to be the best choice.', [['vague-attribution', 'some']]],
    ['The risk is believed by critics to be high.', [['vague-attribution', 'critics']]],
    // Without "as" or "to be" it is a step taken or a word trusted.
    ['The bill was considered by the council on Monday.', []],
    ['Her account was believed by the jury.', []],
  ])('"viewed", "considered" or "thought" by a crowd as or to be something is its view: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed must persuade the members who have already said they back Marsh to switch.', [['vague-attribution', 'the members']]],
    ['Reed won over the riders who said they back Marsh.', [['vague-attribution', 'the riders']]],
    ['Ode is appealing a transfer to the Isle of Man, which accuses him of smuggling.', [['named-source', 'the Isle of Man, which accuses']]],
    // "of", "all" join the words before the article to the phrase.
    ['Some of the delegates who said they back Marsh left.', [['vague-attribution', 'Some of the delegates']]],
    ['He spoke to all the growers who said they back Marsh.', [['vague-attribution', 'all the growers']]],
  ])('the phrase a relative clause speaks for starts at its article, not at the verb whose object it is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Rural readers are far more likely to say the bridge is too costly.', [['vague-attribution', 'Rural readers']]],
    ['Festival-goers were less likely to call the new stage an improvement.', [['vague-attribution', 'Festival-goers']]],
    ['Many commuters are much less likely to describe the trains as reliable.', [['vague-attribution', 'Many commuters']]],
    // The writer's forecast of what someone will say is no attribution.
    ['Reed is likely to say the levy was unfair.', []],
  ])('a poll\'s groups compared by what they say ("more likely to say") are its sources: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Although Ode has not entered the race, Marsh poked fun at him on the radio, suggesting that his firm was failing.', [['named-source', 'Marsh']]],
    ['Where she used to insist that the mill was safe, this week she said it would close.', [['named-source', 'she'], ['named-source', 'she said']]],
    ['And though he toured the yards, he struck a gloomier tone, saying the repairs could take years.', [['named-source', 'he']]],
  ])('a clause of "although", "where" or "if" opening the sentence holds no subject of the main clause: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Inspectors said the pier was unsafe and Reed replaced the harbour master, Tom Ode, conceding that repairs had been skipped.', [['vague-attribution', 'Inspectors'], ['named-source', 'Reed']]],
    ['Inspectors closed the pier in the spring and Reed replaced the harbour master, Tom Ode, conceding that repairs had been skipped.', [['named-source', 'Reed']]],
    ['Cyclists say the lanes are too narrow, and the Hull Cycling Club has sued the council, arguing that they flout its own guidance.', [['vague-attribution', 'Cyclists'], ['named-source', 'the Hull Cycling Club']]],
    // The same speaker's second verb stays the first one's.
    ['The vote angered Ode - he branded the plan "reckless" and said it would sink the port.', [['named-source', 'he branded']]],
  ])('a participle after a clause joined by "and" with a subject of its own is that subject\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed routinely bragged about his ties to the mayor.', [['named-source', 'Reed routinely bragged']]],
    ['Marsh has dubbed the scheme "a tax on rain".', [['named-source', 'Marsh has dubbed']]],
    ['Ode shrugged off the report, saying it was old news.', [['named-source', 'Ode']]],
  ])('verbs that double their last letter ("bragged", "dubbed", "shrugged") are cues in every form: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Company management said sales would rise by spring.', [['named-source', 'Company management said']]],
    ['The Leeds Labour leadership fears that the vote will split the party.', [['named-source', 'The Leeds Labour leadership fears']]],
    ['Club leadership said the match would go ahead.', [['named-source', 'Club leadership said']]],
  ])('a body\'s management or leadership speaks for it, as its board does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The group met on Monday and sent a letter saying that they will strike.', [['named-source', 'The group']]],
    ['Reed met the growers and sent a letter to the council stating that the levy will stay.', [['named-source', 'Reed']]],
    // Without "and" the issuing verb's own subject, as before.
    ['Acme sent a letter to the council stating that they will strike.', [['named-source', 'Acme sent a letter to the council stating']]],
  ])('a document sent by a verb joined with "and" speaks for the clause\'s subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The ministry put the cost of the damage at $2 million.', [['named-source', 'The ministry put']]],
    ['The Acme Institute puts the total at about 1,200.', [['named-source', 'The Acme Institute puts']]],
    ['The storm hit Hull, officials said, putting the damage at more than $3 million.', [['vague-attribution', 'officials'], ['unverified-figure', 'more than $3 million']]],
    // Putting a thing at a place, or a count anywhere but at a number, estimates nothing.
    ['Tom Reed put the number at the center of his pitch.', []],
    ['She put the plate at the end of the table.', []],
  ])('putting a count or a sum at a number is estimating it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Medics said at least nine people were hurt.', [['vague-attribution', 'Medics'], ['unverified-figure', 'at least nine people']]],
    ['Four survivors were pulled out, rescuers said.', [['vague-attribution', 'rescuers']]],
    ['Nine people were hurt, according to medics.', [['unverified-figure', 'Nine people'], ['vague-attribution', 'according to medics']]],
  ])('medics and rescuers are crowds, not names: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Data compiled by Acme show exports fell by a fifth.', [['named-source', 'Data compiled by Acme show']]],
    ['Reports seen by the Hull Post suggest the mill will close.', [['vague-attribution', 'Reports seen by the Hull Post']]],
    // Records only an outlet holds are no one's named record, whatever word opens them; the council's are its own.
    ['Documents seen by the Hull Post show the mill will close.', [['vague-attribution', 'Documents seen by the Hull Post']]],
    ['Emails obtained by the Leeds Herald show the mayor knew.', [['vague-attribution', 'Emails obtained by the Leeds Herald']]],
    ['Council documents seen by the Hull Post show the mill will close.', [['named-source', 'Council documents seen by the Hull Post show']]],
    ['The fee rose, says a transcript of her memo seen by the Hull Post.', [['named-source', 'says a transcript of her memo seen by the Hull Post']]],
    ['Figures released by the agency on Tuesday showed a 3 percent rise.', [['named-source', 'Figures released by the agency on Tuesday showed']]],
    ['Ann Marsh, in a statement released by the council on Monday, said the mill would close.', [['named-source', 'Ann Marsh'], ['named-source', 'released by the council']]],
    // "by" with how it was done, not who did it.
    ['Acme confirmed by email that the plant would close.', [['named-source', 'Acme confirmed']]],
  ])('a participle with its agent describes the subject; when and how are no agent: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Court papers show the couple owed $40,000.', [['named-source', 'Court papers show']]],
    ['A lawyer for Tom Reed said his client would plead not guilty.', [['named-source', 'A lawyer for Tom Reed said']]],
    ['An attorney representing Acme said the firm would appeal.', [['named-source', 'An attorney representing Acme said']]],
    ['Polls released by Acme on Monday show Reed ahead by 6 points.', [['named-source', 'Polls released by Acme on Monday show']]],
    ['Reports released by the ministry showed the toll at 40.', [['named-source', 'Reports released by the ministry showed']]],
    // Counsel for no one named, or close to someone, stays unnamed.
    ['A lawyer close to Tom Reed said the deal was dead.', [['anonymous-source', 'A lawyer close to Tom Reed']]],
  ])('court papers, counsel for a named client and records put out by a named body are named: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The reported increase alarmed the council.', [['hedge', 'The reported']]],
    ['Reed joined Hull for a reported $50 million.', [['hedge', 'a reported'], ['unverified-figure', '$50 million']]],
    ['The firm has a reported 3,000 staff.', [['hedge', 'a reported'], ['unverified-figure', '3,000 staff']]],
    // Officially recorded, no hedge (guide).
    ['Two cases were reported last week.', [['unverified-figure', 'Two cases']]],
  ])('"the reported" and "a reported" pass on a figure or a fact unchecked: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Documents leaked to the Hull Post show the firm lost money.', [['named-source', 'Documents leaked to the Hull Post show']]],
    ['The data reported to the council showed a rise.', [['named-source', 'The data reported to the council showed']]],
    // An outlet's record with no one named for it is the record, unnamed (as "a memo seen by the Hull Post" is).
    ['Documents obtained by the Hull Post show the firm lost money.', [['vague-attribution', 'Documents obtained by the Hull Post']]],
  ])('who was given or obtained a record is not its source; the record is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Rumors have swirled for weeks that Reed will quit.', [['vague-attribution', 'Rumors have swirled for weeks that']]],
    ['Rumours are circulating that the mill will close.', [['vague-attribution', 'Rumours are circulating that']]],
    ['Speculation is rife in Leeds that Reed will quit.', [['vague-attribution', 'Speculation is rife in Leeds that']]],
    // A result clause says what the rumour did, not what it said.
    ['The rumor spread so fast that the council had to respond.', []],
  ])('rumours and speculation with their verb, a time or a place before "that": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A source close to Reed said the talks had stalled. That person said a deal was unlikely.', [['anonymous-source', 'A source close to Reed'], ['anonymous-source', 'That person']]],
    // A name between the informant and "the person" is not what "the person" stands for.
    ['“The plan is sound,” said a veteran aide to Ann Marsh, who asked not to be named. “It will pass,” the person added.', [['anonymous-source', 'a veteran aide to Ann Marsh'], ['anonymous-source', 'the person']]],
    ['This report found that fees rose.', [['named-source', 'This report found']]],
    ['That letter, on Acme letterhead, demanded an apology.', [['named-source', 'That letter']]],
    // "That" opening a clause before a plural is no determiner.
    ['That growers said so is no surprise.', [['vague-attribution', 'growers']]],
  ])('"that person", "the person" and "this report" point back at one the article has in view: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['According to a person briefed on the talks, Acme offered $2 billion.', 'An unnamed source, loosely described as “a person briefed on the talks”'],
    ['Two people familiar with the matter said the deal was off.', 'Unnamed sources, loosely described as “Two people familiar with the matter”'],
    ['Officials involved in the negotiations said the deal was off.', 'Unnamed sources'],
  ])('an anonymous source\'s reason names its phrase and counts its head, not its last word: %s', (text, reason) => {
    expect(analyzeText(text).find((f) => f.kind === 'anonymous-source')?.reason.startsWith(reason)).toBe(true);
  });

  test.each([
    ['Analysts polled by Acme Data expect revenue of $2.1 billion.', [['named-source', 'Analysts polled by Acme Data expect']]],
    ['Economists surveyed by the Hull Post expect growth of 2 percent.', [['named-source', 'Economists surveyed by the Hull Post expect']]],
    ['About 200 workers lost their jobs, according to a memo seen by the Hull Post.', [['unverified-figure', 'About 200 workers'], ['vague-attribution', 'according to a memo seen by the Hull Post']]],
    // A transcript is of something in view, whoever reviewed it.
    ['The deal is off, Reed said, according to a transcript reviewed by Acme News.', [['named-source', 'Reed said'], ['named-source', 'according to a transcript reviewed by Acme News']]],
  ])('a crowd polled by a named body is its poll; a record an outlet saw is no named record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed called the plan dead.', [['named-source', 'Reed called']]],
    ['Marsh called the levy unfair and costly.', [['named-source', 'Marsh called']]],
    ['Ann Marsh has called flood insurance a scam.', [['named-source', 'Ann Marsh has called']]],
    ['Reed has called the idea of a toll bridge a fraud.', [['named-source', 'Reed has called']]],
    ['As Reed put it in an interview, “the plan is dead.”', [['named-source', 'Reed put it']]],
    // A call on the phone, a meeting called, a thing put somewhere: no claim.
    ['Reed called the council on Friday.', []],
    ['Reed called the meeting early.', []],
    ['Reed called with an offer, and Marsh called home a week later.', []],
    ['Reed put it in the drawer.', []],
  ])('calling a thing by a judgement, and "as Reed put it" with where or to whom, are claims: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['His family insists he is innocent.', [['named-source', 'His family insists']]],
    ["Reed's brother said he was at home.", [['named-source', "Reed's brother said"]]],
    ['Her partner said she was at home.', [['named-source', 'Her partner said']]],
    // A family the reader is not told whose is nobody to ask.
    ['A family said it had lost everything.', []],
  ])('the family or a relative of someone the sentence names speaks for them on the record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A review that finds is a record, unnamed here.
    ['The phone lacks the battery life Acme promised – a review found as much.', [['named-source', 'Acme promised'], ['vague-attribution', 'a review']]],
    ['It is not the deal Reed promised — not even close.', [['named-source', 'Reed promised']]],
  ])('a dash after a relative clause\'s verb ends the clause, so the name alone speaks: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed has resigned, it was reported.', [['hedge', 'it was reported']]],
    ['The mill, it is said, will close by spring.', [['hedge', 'it is said']]],
    // An estimate or an assumption no one is named for.
    ['It is estimated that the mill will close by spring.', [['hedge', 'It is estimated that']]],
    ['It is assumed that Ann Marsh will run again.', [['hedge', 'It is assumed that']]],
    // Not a clause of its own: "it" is what was said.
    ['What it was reported as, nobody knows.', []],
  ])('"it is said" set off after a claim or inside it is the writer\'s hedge: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme and Leeds Media agreed the deal on Friday. The two companies said it would close in May.', [['named-source', 'The two companies said']]],
    ['Both firms said the deal would close in May.', [['named-source', 'Both firms said']]],
    // Counted with no "the", a crowd of bodies the reader is not told the names of.
    ['Two companies said the deal would close in May.', [['vague-attribution', 'Two companies']]],
  ])('"the two companies" and "both firms" point back at bodies the story has named: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed hit out at the referee after the match.', [['named-source', 'Reed hit out']]],
    ['Marsh took aim at the council on Monday.', [['named-source', 'Marsh took aim']]],
    ['Reed brushed off questions about his health.', [['named-source', 'Reed brushed off']]],
    ['Ann Marsh sounded off on the levy in three interviews.', [['named-source', 'Ann Marsh sounded off']]],
    ['Marsh laughed off the rival leaflet.', [['named-source', 'Marsh laughed off']]],
    ['The council waves off the hold-up as minor.', [['named-source', 'The council waves off']]],
    ['Reed has played down the plan since May.', [['named-source', 'Reed has played down']]],
    ['Marsh tore into her rivals at the debate.', [['named-source', 'Marsh tore into']]],
    ['Reed lit into Marsh for giving the same speech again.', [['named-source', 'Reed lit into']]],
    ['Marsh jabbed at Reed on the same topic on Monday.', [['named-source', 'Marsh jabbed at']]],
    // Without the particle, a game, a laugh and a name.
    ['Reed played chess with Marsh.', []],
    ['Playing Field Partners, a talent agency, says the fee is fair.', [['named-source', 'Playing Field Partners']]],
    // Without the particle, a blow, a ride, a coat and a noise.
    ['Reed hit the ball.', []],
    ['Marsh took the bus.', []],
    ['Reed brushed the dust off his coat.', []],
    ['The sound off the coast was loud.', []],
    // Without the particle, a page torn, a candle lit and a button pressed; with it, aimed at no one, blows.
    ['The storm tore the roof off the barn.', []],
    ['Reed lit the candles at the vigil.', []],
    ['Marsh jabbed the lift button twice.', []],
    ['Marsh jabbed at the lift button twice.', []],
    ['Firefighters ripped into the wall.', []],
    ['Reed tore into the council over the delay.', [['named-source', 'Reed tore into']]],
  ])('"hit out at", "took aim at", "tore into", "brushed off", "laughed off" and "played down" report a claim, as "hit back" does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed, the site manager, informed his board that the plant would close.', [['named-source', 'Tom Reed']]],
    ['Ann Marsh notified growers on Monday that the levy would rise.', [['named-source', 'Ann Marsh notified']]],
    // Kept up to date is no one telling.
    ['Keep staff informed about the talks.', []],
    ['Reed made an informed decision.', []],
  ])('"inform" and "notify" tell someone something: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Polls released on Monday show Reed ahead by 6 points.', [['vague-attribution', 'Polls'], ['unverified-figure', '6 points']]],
    ['A poll taken last week shows Reed ahead by 6 points.', [['vague-attribution', 'A poll taken'], ['unverified-figure', '6 points']]],
  ])('a record with its participle and a time before the verb is still its subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The cuts were opposed by a veteran of the ministry, who said they went too far.', [['anonymous-source', 'a veteran of the ministry']]],
    ['He met a volunteer with the Reed campaign in Hull who said she would go.', [['anonymous-source', 'a volunteer with the Reed campaign in Hull']]],
    ['Then Ann Marsh, a longtime adviser to Tom Reed’s old campaign who has always criticized the levy, floated a plan.', [['named-source', 'Ann Marsh']]],
    ['The cuts were opposed by critics of the plan who say it will fail.', [['vague-attribution', 'critics of the plan']]],
    ['The levy drew fire from the head of a local union, who said it was unfair.', [['named-source', 'the head of a local union, who said']]],
    ['He spoke with a friend of the mayor who said the plan was dead.', [['anonymous-source', 'a friend of the mayor']]],
    // The relative clause still speaks of the crowd after a thing, and of a name after a person ("of Tom Reed").
    ['The plan is critical of growers who say the levy is unfair.', [['vague-attribution', 'growers']]],
    ['The levy drew the support of farmers, who say it is fair.', [['vague-attribution', 'farmers']]],
    ['Ann Marsh, once an ally of Sen. Tom Reed, who later called for a recount, spoke on Monday.', [['named-source', 'Sen. Tom Reed, who later called']]],
    ['Her coalition consists of young voters who say they are undecided.', [['vague-attribution', 'young voters']]],
  ])('a person before "of", "for", "from", "to" or "with" is the one a relative clause after the phrase speaks of: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The child, who is six, asked the last question.', []],
    ['The plan, which was drafted in May, explained the new rules.', []],
    ['Our guide, who grew up here, recalled the great flood.', []],
    // A known speaker before the aside, and a description inverted after a quotation, are still read.
    ['The farmer, who is retired, said the levy was unfair.', [['anonymous-source', 'The farmer, who is retired']]],
    // An actor no one has named is an unnamed individual, as the guide judges a description on its own words.
    ['"It was a long year," said the actor.', [['anonymous-source', 'the actor']]],
  ])('after a relative aside, a description after the verb is its object, not an inverted speaker: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The pound fell on reports that the talks had collapsed.', [['vague-attribution', 'on reports']]],
    ['The move comes amid growing reports of abuse at the camp.', [['vague-attribution', 'amid growing reports']]],
    ['The firm declined to comment on media reports that its chief would quit.', [['vague-attribution', 'on media reports']]],
    // After a preposition a cue form is a noun, never a verb with the words before it as its subject.
    ['The pound fell on claims that the talks had collapsed.', []],
  ])('reports no one is said to have made, as the cause or setting of news, are vague: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Officials not authorized to speak publicly said the plan had failed.', [['anonymous-source', 'Officials not authorized to speak']]],
    ['A doctor not involved in the trial said the results were striking.', [['anonymous-source', 'A doctor not involved in the trial']]],
    ['Experts not involved in the study cautioned that it was small.', [['vague-attribution', 'Experts not involved in the study']]],
    ['Analysts not affiliated with Acme said the deal was cheap.', [['vague-attribution', 'Analysts not affiliated with Acme']]],
    ['The deal was close, said an official not authorized to speak publicly.', [['anonymous-source', 'an official not authorized to speak publicly']]],
    // "not" before an infinitive is what someone was told, no part of who they are.
    ['Reed told officials not to worry.', []],
  ])('"not" after a person\'s noun opens what the source is not, part of the source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed, the union\'s regional secretary, was blunt: “This is a scandal. The firm made £40m last year.”', [['named-source', 'Reed']]],
    ['Ann Marsh, a former teacher, had a warning: “The schools will close.”', [['named-source', 'Ann Marsh']]],
    // A description alone before the colon is read as before.
    ['The mayor, a former teacher, was blunt: “This is a scandal.”', [['named-source', 'The mayor']]],
  ])('a quotation a colon opens is the words of a name set off before its description: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A Facebook group said the protest would go ahead.', [['vague-attribution', 'A Facebook group']]],
    ['A YouTube video shows the officer firing twice.', [['vague-attribution', 'A YouTube video']]],
    // Whose post it is, and the company speaking, are named.
    ['A Facebook post by Ann Marsh said the protest would go ahead.', [['named-source', 'A Facebook post by Ann Marsh said']]],
    ['A Twitter spokesman said the account had been suspended.', [['named-source', 'A Twitter spokesman said']]],
  ])('a platform\'s name before a group, a post or a video says where it is, not whose: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The policy has faced a backlash from parents.', [['vague-attribution', 'parents']]],
    ['Children told inspectors they felt unsafe.', [['vague-attribution', 'Children']]],
    // Whose parents they are, or "the parents" the story has described, are someone the reader is told of.
    ['His parents said he was shy.', [['named-source', 'His parents said']]],
  ])('parents and children with no determiner are a crowd of a kind: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The plan came under attack from farmers on Monday.', [['vague-attribution', 'farmers']]],
    // Attacked by combatants is an attack, no blame.
    ['The convoy came under attack from rebels.', []],
  ])('"came under attack from" credits the critics, as "came under fire from" does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The idea has been floated by some members of the board.', [['vague-attribution', 'some members of the board']]],
    ['His account was contradicted by two witnesses.', [['anonymous-source', 'two witnesses']]],
    ['The claim was refuted by Ann Marsh.', [['named-source', 'refuted by Ann Marsh']]],
  ])('an idea floated, or an account contradicted or refuted, by an agent is the agent\'s claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['There is a growing sense among voters that the system is broken.', [['vague-attribution', 'voters']]],
    ['The consensus among economists is that rates will rise.', [['vague-attribution', 'economists']]],
    ['The plan has caused unease among many party leaders.', [['vague-attribution', 'many party leaders']]],
    // So are recognition, relief, excitement, distrust: a view or a feeling held by those "among" it names.
    ['There is a quiet recognition among some board members that the library needs a new head.', [['vague-attribution', 'some board members']]],
    ['The new timetable was met with relief among island commuters.', [['vague-attribution', 'island commuters']]],
    // Without "among" no one holds it; support among voters is a poll's measure, not a view.
    ['He has a good sense of humour.', []],
    ['The plan has wide support among farmers.', []],
  ])('a view or a mood among a crowd is the crowd\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Critics panned the show as lazy.', [['vague-attribution', 'Critics']]],
    ['Critics faulted the show as lazy.', [['vague-attribution', 'Critics']]],
    ['Ann Marsh savaged the plan on Monday.', [['named-source', 'Ann Marsh savaged']]],
    ['The aide conveyed that the deal was off.', [['anonymous-source', 'The aide']]],
    // Panning for gold, a camera panning, a plan panning out: no verdict.
    ['Miners panned for gold.', []],
    ['The plan never panned out.', []],
  ])('"panned", "faulted", "savaged" and "conveyed" report a verdict or a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed spoke for an hour before criticizing Marsh as weak.', [['named-source', 'Reed']]],
    ['Unlike last year, when Tom Reed lost, he kept it short this time before criticizing Ann Marsh as weak.', [['named-source', 'he']]],
    ['At the fair she spoke of her roots, while raising doubts about his record.', [['named-source', 'she']]],
    // "by" gives the means of the act, no second claim.
    ['The hope is that firms will react by finding new ways to cut costs.', []],
  ])('a participle after "before", "after" or "while" is the act\'s subject\'s, said or done next: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The population has grown fivefold since 1950.', [['unverified-figure', 'fivefold']]],
    ['The council cut the budget by half.', [['unverified-figure', 'half']]],
    // A time and a duration after "by half" are no share.
    ['The talks ended by half past nine.', []],
    ['He was late by half an hour.', []],
  ])('a change "fivefold" or "by half" is a figure: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Cities such as Leeds say the plan is unfair.', [['named-source', 'Cities such as Leeds say']]],
    ['Growers such as Ann Marsh say the levy is unfair.', [['named-source', 'Growers such as Ann Marsh say']]],
    // As with "like", already read whole.
    ['Growers like Ann Marsh say the levy is unfair.', [['named-source', 'Growers like Ann Marsh say']]],
  ])('the examples after "such as" belong to the phrase before them, as after "like": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Hull Post has not been able to confirm the claim.', [['hedge', 'not been able to confirm']]],
    ['Reporters were not able to independently verify the video.', [['hedge', 'not able to independently verify']]],
    ['The video could not be independently verified.', [['hedge', 'could not be independently verified']]],
    // The negation on the subject instead.
    ['Neither claim could be independently verified.', [['hedge', 'Neither claim could be independently verified']]],
    ['None of the casualty figures can be confirmed.', [['hedge', 'None of the casualty figures can be confirmed']]],
    // What can be checked, or was hard to check, passes nothing on unverified.
    ['In wartime little could be checked and less could be verified.', []],
    ['Every figure in the levy can be verified on the council website.', []],
    // Nor does who someone is or what caused a thing, unconfirmed: no one has claimed it yet.
    ['The dead man’s identity has not been confirmed.', []],
    ['The cause of death was not confirmed.', []],
    ['The death toll has not been confirmed.', [['hedge', 'has not been confirmed']]],
    // Only as what the sentence is about: claims about a cause are claims.
    ['Claims that the cause was arson could not be verified.', [['hedge', 'could not be verified']]],
  ])('a negated "able to confirm" passes a claim on unverified, as "could not be verified" does; "can be verified" does not: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The theft was reported to police at 6:05 a.m.', []],
    ['The leak was reported to health officials last week.', []],
    // "reported to" before what someone did or was is still a hedge.
    ['The driver was reported to have fled.', [['hedge', 'was reported to']]],
    // An infinitive whose object is the police stays a hedge.
    ['The gang is said to include officers from Hull.', [['hedge', 'is said to']]],
  ])('whom a crime or a case was reported to is no report passed on: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One insider put the odds at fifty-fifty.', [['anonymous-source', 'One insider'], ['unverified-figure', 'fifty-fifty']]],
    ['Analysts put the chances of a rate cut at one in three.', [['vague-attribution', 'Analysts'], ['unverified-figure', 'one in three']]],
    // Putting odds at a place is no estimate.
    ['She put the odds at the back of her mind.', []],
  ])('putting the odds or the chances at a figure, in digits or in words, is estimating them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed, asked whether he would resign, replied that he would not.', [['named-source', 'Reed']]],
    ['Marsh, pressed on whether she had lied, insisted she had not.', [['named-source', 'Marsh']]],
  ])('an aside putting a question to the subject leaves the subject the speaker: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh asked the mayor whether the pool would reopen.', [['named-source', 'Ann Marsh asked']]],
    ['Reed also asked how the town would pay for the bridge.', [['named-source', 'Reed also asked']]],
    ['Critics asked why the pool had closed.', [['vague-attribution', 'Critics']]],
    ['Reed considers the plan a mistake.', [['named-source', 'Reed considers']]],
    ['Reed considers building the bridge a mistake.', [['named-source', 'Reed considers']]],
    // A poll putting its question to a sample, and a request that carries a claim, are still sources.
    ['An Acme Research poll asked 800 tenants to grade the mayor.', [['named-source', 'An Acme Research poll asked']]],
    // Not anyone asking a number of people to act.
    ['Police asked 30 witnesses to come forward.', [['unverified-figure', '30 witnesses']]],
    ['Ann Marsh asked the council to accept her view that the pier is unsafe.', [['named-source', 'Ann Marsh asked']]],
  ])('a question asked or a view held is still a claim\'s tag, where a request or a deed weighed is not: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Opponents counter that the tax funds schools.', [['vague-attribution', 'Opponents']]],
    // The noun stays a thing.
    ['The counter that sells tickets was closed.', []],
  ])('"counter that" is a reply, as "countered that" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Council member Ann Marsh, who cast one of the no votes, called the plan reckless.', [['named-source', 'Council member Ann Marsh']]],
    // Casting doubt on a vote is still a claim.
    ['Marsh cast doubt on the vote count.', [['named-source', 'Marsh cast']]],
  ])('casting one of the votes is voting, whatever stands between: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['An editor said the plan was fair.', [['anonymous-source', 'An editor']]],
    ['Her agent told reporters she was weighing offers.', [['named-source', 'Her agent told']]],
    ["Reed's boss said the plan was fair.", [['named-source', "Reed's boss said"]]],
    ['A prosecutor said the case was weak.', [['anonymous-source', 'A prosecutor']]],
  ])('the roles people speak from in news (editors, agents, bosses, prosecutors) are people: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Mr. Farmer said the plan was fair.', [['named-source', 'Mr. Farmer said']]],
    ['Ms. Driver said the plan was fair.', [['named-source', 'Ms. Driver said']]],
  ])('after an honorific a role word is a surname: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A lawyer told The New Leeds Post that Reed canceled.', [['anonymous-source', 'A lawyer']]],
    // Telling a people what to think is no interview.
    ['A lawyer told the British public that Reed canceled.', []],
  ])('a paper whose name opens with "New" is the press: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed spoke to the show. "It was hard," the "Hull Nights" actor said.', [['named-source', 'the "Hull Nights" actor said']]],
    ['Ann Marsh won. After the vote, the “Leeds Today” host posted a message.', [['named-source', 'the “Leeds Today” host posted']]],
  ])('a quoted title inside a speaker\'s description is part of it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('inside a clause a quoted title is a thing\'s, and the phrase does not run back past it', () => {
    const found = kinds('The union launched a "Fair Pay" campaign dubbing rivals as "greedy."');
    expect(found.some(([, text]) => text?.includes('Fair Pay'))).toBe(false);
  });

  test.each([
    ['Enough said.', []],
    ["Let's just say the plan failed.", []],
    // Nor does a request to the reader.
    ['Please read the notes before you vote.', []],
  ])('sayings that open a sentence name no one: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Those present said Marsh was angry.', [['vague-attribution', 'Those present']]],
    ['Those attending said Marsh was angry.', [['vague-attribution', 'Those attending']]],
  ])('"those present", "those attending" are a crowd, as "those surveyed" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One attendee, who asked not to be named, said Marsh was angry.', [['anonymous-source', 'One attendee, who asked not to be named']]],
    ['A judge said the law was void.', [['anonymous-source', 'A judge']]],
    ['A refugee told reporters the camp was full.', [['anonymous-source', 'A refugee']]],
  ])('one of a crowd the engine knows (attendees, judges, refugees) is a person: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A statement from the company said talks would resume.', [['named-source', 'A statement from the company said']]],
    // Voters are no body.
    ['A letter from voters said the plan was bad.', [['vague-attribution', 'A letter from voters']]],
  ])('a record "from" a body the story has in view is the body\'s, as one "by" it is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A study by the Hull Institute found sales fell.', [['named-source', 'A study by the Hull Institute found']]],
    ['A report from the ministry found sales fell.', [['named-source', 'A report from the ministry found']]],
    // A person finding a thing came upon it.
    ['A member of the study group found the keys.', []],
  ])('a record with its maker after it reports what it found, with or without "that": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The panel found that the plant was unsafe.', [['named-source', 'The panel found']]],
    ['The jury recommended that he be freed.', [['named-source', 'The jury recommended']]],
    ['A charity said the levy was unfair.', [['vague-attribution', 'A charity']]],
    // A body's word that ends many names stays part of the name.
    ['A 2019 review by the Hull Medical Association found that fees rose by 40 percent.', [['named-source', 'A 2019 review by the Hull Medical Association found']]],
  ])('panels, juries and charities are bodies that speak: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['She met a teacher who ran the lab, who recommended her to the dean.', []],
    ['A doctor recommended him for the job.', []],
    ['Experts recommended a ban on the drug.', [['vague-attribution', 'Experts']]],
  ])('recommending a person is a referral, recommending a thing a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The vaccine is 90 percent effective, data from the trial show.', [['named-source', 'data from the trial show']]],
    // An adjective's ending before the cue word still makes a noun of it.
    ['The territorial claims have grown.', []],
    // "editorial" is an adjective too.
    ['Its editorial claims were false.', []],
  ])('a record noun ending like an adjective ("trial") is no adjective before the cue: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Doctors in the region report a rise in cases.', [['vague-attribution', 'Doctors in the region']]],
    ['Polls in Leeds show Marsh ahead.', [['vague-attribution', 'Polls in Leeds']]],
    // A thing's noun before the place: the bare form stays a noun.
    ['The office in the region report was late.', []],
    // So may what they are for, against or from.
    ['Critics of the levy worry it will drive growers away.', [['vague-attribution', 'Critics of the levy']]],
    ['Residents of the town fear the fares will rise.', [['vague-attribution', 'Residents of the town']]],
    ['Doctors in the north of England report a rise in cases.', [['vague-attribution', 'Doctors in the north of England']]],
    ['Fans of the talent show voted for Leeds.', []],
    ['The office of the mayor report was late.', []],
  ])('people, as records, may have where they are between them and a bare cue form: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The report was confirmed by a spokesman for Reed.', [['named-source', 'confirmed by a spokesman for Reed']]],
    ['The account was disputed by lawyers for Acme.', [['named-source', 'disputed by lawyers for Acme']]],
    // "for" after anyone else says why.
    ['He was praised by critics for his honesty.', [['vague-attribution', 'critics']]],
  ])('after "by", a spokesman or a lawyer "for" someone speaks for them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['“We were fooled,” said the owner of a mill that makes shoes in Hull.', 'the owner of a mill'],
    ['“We were fooled,” said an owner of a Leeds mill that makes shoes.', 'an owner of a Leeds mill'],
  ])('after a quotation, the speaker\'s phrase may go on with a relative clause about a thing in it: %s', (text, source) => {
    expect(read(text).map((a) => a.source)).toEqual([source]);
  });

  test('records ending the sentence with how and when they were put out before their maker are the maker\'s', () => {
    expect(kinds('Bread prices fell last year, figures released on Monday by the Leeds Grain Board show.')).toEqual([['named-source', 'figures released on Monday by the Leeds Grain Board show']]);
  });

  test.each([
    ['The remark was attributed to Ann Marsh.', [['named-source', 'attributed to Ann Marsh']]],
    ['The quote has been attributed to a senior aide.', [['anonymous-source', 'a senior aide']]],
    // A cause put down to something is no source.
    ['The fall in sales was attributed to Acme’s new rival.', []],
  ])('words attributed to someone are theirs: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['To many, the levy is a tax on the poor.', [['vague-attribution', 'To many']]],
    ['To her supporters, the vote in Hull was a triumph.', [['vague-attribution', 'To her supporters']]],
    ['To Ann Marsh, the ferry is a lifeline.', [['named-source', 'To Ann Marsh']]],
    // An aim, a manner or a feeling is no one's view.
    ['To win Hull, Reed needs the growers.', []],
    ['To be sure, the levy is high.', []],
    ['To varying degrees, growers lost money.', []],
    ['To Reed’s delight, the vote passed.', []],
    // Nor a destination or a recipient: what follows judges nothing.
    ['To Leeds, the journey takes two hours.', []],
    ['To Tom Reed, the council sent a bill for the repairs.', []],
  ])('"To" and someone opening the sentence frames what follows as their view: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed is said by friends to be devastated.', [['vague-attribution', 'friends']]],
    ['The levy, opposed by many growers, passed on Monday.', [['vague-attribution', 'many growers']]],
    // Not said or opposed by anyone.
    ['Tom Reed is said to be devastated.', [['hedge', 'is said to']]],
    ['The growers were opposed to the levy from the start.', [['vague-attribution', 'The growers']]],
    // A named opponent's stance is no claim to credit.
    ['The plan, opposed by Ann Marsh, was dropped.', []],
  ])('"said" and "opposed" credit who comes after "by": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Marsh, Reed and Ode said the plan would fail.', [['named-source', 'Marsh, Reed and Ode said']]],
    ['Ann Marsh, Tom Reed, and Ben Ode said the plan would fail.', [['named-source', 'Ann Marsh, Tom Reed, and Ben Ode said']]],
    // A place or a time set off before the pair is no name in the list.
    ['In Leeds, Reed and Ode said the plan would fail.', [['named-source', 'Reed and Ode said']]],
    ['Still, Reed and Ode said the plan would fail.', [['named-source', 'Reed and Ode said']]],
  ])('a list of names before the pair belongs to it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many children say the park is unsafe.', [['vague-attribution', 'Many children']]],
    ['Some guests said the food was cold.', [['vague-attribution', 'Some guests']]],
    ['Alumni say the college has changed.', [['vague-attribution', 'Alumni']]],
  ])('crowds whose plural has no agent ending (children, guests, alumni) are crowds: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed reasoned that the plan would fail.', [['named-source', 'Reed reasoned']]],
    ['"We are done here," the judge exclaimed.', [['named-source', 'the judge exclaimed']]],
    ['Marsh sniped that Reed was out of his depth.', [['named-source', 'Marsh sniped']]],
    ['Analysts ventured that rates would fall.', [['vague-attribution', 'Analysts']]],
    ['Auditors flagged that the accounts were late.', [['vague-attribution', 'Auditors']]],
    // A flagging campaign is a weak one.
    ['The ads tried to lift the mayor\'s flagging campaign.', []],
  ])('more verbs of saying: reasoned, exclaimed, sniped, ventured, flagged: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Two people familiar with the talks said a deal was near. One of them said it could be signed Friday.', [['anonymous-source', 'Two people familiar with the talks'], ['anonymous-source', 'One of them']]],
    ['One of those present said Marsh was angry.', [['anonymous-source', 'One of those present']]],
    // Not a person: a time.
    ['One of these days the deal will close, Reed said.', [['named-source', 'Reed said']]],
  ])('"one of them" is one unnamed person out of the group just mentioned: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["In Marsh's telling, the firm lost 40 percent.", [['named-source', "In Marsh's telling"]]],
    ["By the union's reckoning, the firm lost 40 percent.", [['named-source', "By the union's reckoning"]]],
    ["In one analyst's words, the firm lost 40 percent.", [['anonymous-source', "In one analyst's words"], ['unverified-figure', '40 percent']]],
    // No one's telling.
    ['In other words, the firm lost 40 percent.', [['unverified-figure', '40 percent']]],
    ['In the count, the firm lost 40 percent.', [['unverified-figure', '40 percent']]],
  ])('"in X\'s words", "by X\'s account": a telling framing the clause is its source, as "by X\'s count" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The band played songs that Marsh wrote in college.', []],
    ['It was the plan that Marsh proposed in May.', []],
    ['Here are nine things Reed said about the city.', []],
    // A name's particle is no plural noun.
    ['The union will watch the case, des Roches says.', [['named-source', 'des Roches says']]],
    // "that" after a verb opens what was said.
    ['Reed said that Marsh wrote.', [['named-source', 'Reed said']]],
  ])('a name as the subject of a relative clause about a thing reports no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed showed no remorse.', []],
    ['Ann Marsh has shown a flair for the job she lacked in 2019.', []],
    ['The former mayor showed great restraint on Monday.', []],
    // A record shown as evidence makes the person's claim: "He showed a clip of the flood".
    ['He showed a clip of the flood at the rally.', [['named-source', 'He showed']]],
    ['Ann Marsh showed the crowd a chart of rents.', [['named-source', 'Ann Marsh showed']]],
    // A record shows a finding; a person shows one in a clause.
    ['A Leeds poll out Monday showed Reed ahead.', [['named-source', 'A Leeds poll out Monday showed']]],
    ['Reed showed that the levy had failed.', [['named-source', 'Reed showed']]],
    ['The chemist Ann Marsh showed in her May paper that the dye was safe.', [['named-source', 'The chemist Ann Marsh showed']]],
  ])('a person who shows a quality or a thing reports nothing: %s', (text, expected) => {
    expect(analyzeText(text).map((f) => [f.kind, f.text])).toEqual(expected);
  });

  test.each([
    ['Ann Marsh assumed office in May.', []],
    ['Since Tom Reed assumed his post, the mill has grown.', []],
    ['Reed assumed the role of chair in 2019.', []],
    // A belief assumed is still held.
    ['Her doctor assumed she had the flu.', [['named-source', 'Her doctor assumed']]],
    ['Many assume the worst about the levy.', [['vague-attribution', 'Many']]],
  ])('assuming an office or a post is taking it on, no belief: %s', (text, expected) => {
    expect(analyzeText(text).map((f) => [f.kind, f.text])).toEqual(expected);
  });

  test.each([
    ['Polls taken in May show Reed ahead of Marsh.', [['vague-attribution', 'Polls taken in May']]],
    ['Surveys conducted across the county show the levy is unpopular.', [['vague-attribution', 'Surveys conducted across the county']]],
    ['Exit polls taken in Leeds found that most voters backed the levy.', [['vague-attribution', 'Exit polls taken in Leeds']]],
    // Named, the poll is named.
    ['An Acme poll taken in May shows Reed ahead.', [['named-source', 'An Acme poll taken in May shows']]],
  ])('a record, its participle and where or when it was made, before the record\'s verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The question came up in May, when she was first asked about the race.', []],
    ['Marsh was later told to leave the hall.', []],
    // Without the adverb, the same.
    ['Marsh was told to leave the hall.', []],
  ])('an adverb between "was" and its participle keeps the passive one: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Turnout rose in Ohio and Michigan, Great Lakes states that have lost factory jobs.', []],
    ['Council claims that were made in May proved false.', []],
    // "that" and a clause of its own after the verb: what is said.
    ['The charter states that the board must meet twice a year.', [['named-source', 'The charter states']]],
  ])('"that" and an auxiliary after a plural noun open a relative clause, not what is said: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Dock officials met on Monday and predicted it would fail.', [['vague-attribution', 'Dock officials']]],
    ['The growers were angered by the levy and predicted they would strike.', [['vague-attribution', 'The growers']]],
    ['Ann Marsh went on air and hinted she might run.', [['named-source', 'Ann Marsh']]],
    // A clause joined after a comma may open with "when"; its subject is past it.
    ['It was late, and when Ann Ode turned to the jury and swore he had seen nothing, the room fell quiet.', [['named-source', 'Ann Ode']]],
    // A denial, or "it" as an object, says nothing.
    ['Reed would not step up and say he would run.', []],
    ['Marsh met the growers and thanked them.', []],
  ])('a joined verb of saying with its clause, "that" left out, is the subject\'s claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh did claim that the levy had failed.', [['named-source', 'Ann Marsh did claim']]],
    ['But he did call for a new vote on the levy.', [['named-source', 'he did call']]],
    // Negated, it is no claim made.
    ['Reed did not call it a failure.', []],
  ])('after an emphatic "do" the bare form of a verb of saying is the verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Leeds backed off and kept the old levy.', []],
    ['The mayor is backing down from her pledge.', []],
    ['Marsh backed away from the plan in May.', []],
    // Backing someone is still a stance.
    ['Growers backed Marsh in May.', [{ kind: 'vague-attribution', source: 'Growers', cue: 'backed', inQuotation: false }]],
  ])('backing off, down or away is a retreat, no stance: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    ['The council confirmed a judge in March, the first since 2019.', 'The council', 'confirmed'],
    ['Leeds councillors are confirming nominees at a record pace.', 'Leeds councillors', 'confirming'],
  ])('confirming a judge or a nominee in office is an act annotators count, with no finding: %s', (text, source, cue) => {
    expect(findAttributions(text).map((a) => [text.slice(a.source.start, a.source.end), a.cue && text.slice(a.cue.start, a.cue.end), a.narrative])).toEqual([[source, cue, true]]);
    expect(analyzeText(text)).toEqual([]);
  });

  test('showing a quality is still an act annotators count, with no finding', () => {
    expect(read('Reed showed no remorse.')).toEqual([{ kind: 'named-source', source: 'Reed', cue: 'showed', inQuotation: false }]);
  });

  test.each([
    ['The city added three bus routes.', []],
    ['The economy added 200,000 jobs in May, the agency said.', [['named-source', 'the agency said']]],
    ['Leeds added about 3,000 jobs in May.', [['unverified-figure', 'about 3,000 jobs']]],
    ['The chain added more than 40 stores in May.', [['unverified-figure', 'more than 40 stores']]],
    ['She often added extra lines to the thread.', []],
    // A verb after the count makes it a clause's subject: the count is said.
    ['Reed added some 40 people died.', [['named-source', 'Reed added']]],
    // Nor is adding a thing when the sentence ends with it, a headline's too; a tag after a quotation still speaks.
    ['The ferry firm adds capacity on its island routes.', []],
    ['Ferry firm adds late sailing on Fridays', []],
    // Nor is snapping something up: buying it; nor keeping people informed.
    ['Collectors are snapping up the first pressings.', []],
    ['The ferry firm was fined for failing to keep travellers informed during delays.', []],
    ['“The queues will ease,” added Ann Marsh.', [['named-source', 'added Ann Marsh']]],
    ['The queues will ease “by May,” she added on local radio.', [['named-source', 'she added']]],
  ])('adding a count of things is no remark: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Nobody expects the plan to pass.', [['vague-attribution', 'Nobody expects']]],
    ['No one doubts that the plan will fail.', [['vague-attribution', 'No one doubts']]],
    // Ignorance, an instruction and an event hold no view.
    ['Nobody knows how many died.', []],
    ['Make sure no one thinks we quit.', []],
    ['No one denied the charge.', []],
  ])('"nobody expects" pins a view on everyone, as "everyone agrees" does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Rebels said they held the airport, a claim the army denied.', [['vague-attribution', 'Rebels'], ['named-source', 'the army denied']]],
    ['That is an account the police reject.', [['named-source', 'the police reject']]],
    // A clause with a verb of its own keeps the noun before it as its head.
    ['The report the ministry released on Monday said prices rose.', [['named-source', 'The report the ministry released on Monday said']]],
  ])('a claim denied by a clause with no "that" is denied by that clause\'s subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A police report said the car was speeding.', [['named-source', 'A police report said']]],
    ['The deal closed in May, according to a court filing.', [['named-source', 'according to a court filing']]],
    ['A company statement said the outage was over.', [['named-source', 'A company statement said']]],
    // A record of a kind of body no one can look up stays vague.
    ['A study found the drug worked.', [['vague-attribution', 'A study']]],
    ['A rights group said the vote was unfair.', [['vague-attribution', 'A rights group']]],
  ])('a record of a body the story has in view is that body\'s, as its spokesperson speaks for it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Doctors who were not involved said the drug was a breakthrough.', [['vague-attribution', 'Doctors who were not involved']]],
    ['Doctors who were not consulted said the drug was a breakthrough.', [['vague-attribution', 'Doctors who were not consulted']]],
    // A negation of the cue itself still makes it no claim.
    ['Reed did not say whether he would run.', []],
    ['Reed has not publicly said whether he would run.', []],
    // "never" denies the cue as "not" does.
    ['Ann Marsh has never said whether the levy should stay.', []],
    ['Reed never mentioned the mill by name.', []],
    ['Tom Reed never named anyone behind the claim that 300 jobs would go.', [['unverified-figure', '300 jobs']]],
  ])('a negation before a participle of the source\'s own denies that, not the cue: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Officials not authorized to comment said the talks stalled.', 'Officials not authorized to comment'],
    ['Officials who were not authorized to comment said the talks stalled.', 'Officials who were not authorized to comment'],
    ['Growers who have visited the site said the levy was unfair.', 'Growers who have visited the site'],
    // A verb of the subject's own, with no clause word before it, still ends the phrase.
    ['The mayor emailed parents, saying the school would close.', 'The mayor'],
  ])('a verb inside the source\'s relative clause is part of the source span: %s', (text, source) => {
    const spoken = findAttributions(text).filter((a) => !a.narrative);
    expect(spoken.map((a) => text.slice(a.source.start, a.source.end))).toEqual([source]);
  });

  test.each([
    ['Commuters complained that the trains were late.', [['vague-attribution', 'Commuters']]],
    ['Mourners say the loss is hard to bear.', [['vague-attribution', 'Mourners']]],
    ['Growers in Leeds said the levy was unfair.', [['vague-attribution', 'Growers in Leeds']]],
    // A name ending in one of them stays a name.
    ['The Leeds Commuters Association said fares would rise.', [['named-source', 'The Leeds Commuters Association said']]],
    ['Travelers Insurance said profit doubled.', [['named-source', 'Travelers Insurance said']]],
  ])('a crowd opening the sentence is a crowd, not a name its capital suggests: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed grinned, and we saw that he was joking.', []],
    ['Few understood what he was saying.', []],
    // A quotation before it is what was said.
    ['“We will win,” Reed was saying.', [['named-source', 'Reed was saying']]],
    ['Reed left the stage, saying the fight was not over.', [['named-source', 'Reed']]],
  ])('an -ing form ending the sentence says nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some scientists called the results promising.', [['vague-attribution', 'Some scientists']]],
    ['Critics called the plan misleading and costly.', [['vague-attribution', 'Critics']]],
    ['Reed called the meeting.', []],
  ])('calling a thing by an -ing adjective judges it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The chief executive said sales rose.', [['named-source', 'The chief executive said']]],
    ['The chief financial officer said sales rose.', [['named-source', 'The chief financial officer said']]],
    // One of many, unnamed, stays anonymous.
    ['A chief executive said sales rose.', [['anonymous-source', 'A chief executive']]],
    ['The officer said the car was speeding.', [['anonymous-source', 'The officer']]],
  ])('"the chief" makes a role one office, as "the CEO" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme Bank said profits rose. It expects to collect $2 billion this year.', [['named-source', 'Acme Bank said'], ['named-source', 'It expects']]],
    ['The Leeds Institute published a review on Monday. “The council should lower the levy,” it recommended.', [['named-source', 'it recommended']]],
    // With nothing said after the verb, "it" is a thing.
    ['It explained the rise in prices.', []],
  ])('a body\'s "it" speaks with verbs of saying other than "said", when something said follows: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The talks stalled, two officials familiar with it said.', [['anonymous-source', 'two officials familiar with it']]],
    ['The talks stalled, people who worked on it said.', [['vague-attribution', 'people who worked on it']]],
    // "it" speaking, and a part of a thing, stay as they were.
    ['The levy is unfair, it said.', [['named-source', 'it said']]],
    ['The council got a lot of mail, some of it mentioning the levy.', []],
  ])('"it" after a preposition is an object inside the source phrase, not its subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['By all accounts, the town has recovered.', [['vague-attribution', 'By all accounts']]],
    ['The town has, by most accounts, recovered.', [['vague-attribution', 'by most accounts']]],
    ['Ann Marsh ran the mill for years. In her words, it was a family.', [['named-source', 'In her words']]],
    ['A former worker at the mill, who asked not to be named, was bitter. By her own account, she left in 2010.', [
      ['anonymous-source', 'who asked not to be named'],
      ['anonymous-source', 'By her own account'],
    ]],
    ['In other words, the plan failed.', []],
  ])('"by all accounts" and "in her words" frame what follows as someone\'s telling: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a frame opening the sentence ends at its comma: what follows is the claim', () => {
    for (const [text, source] of [
      ['By most accounts, the law worked.', 'most accounts'],
      ["By Marsh's count, the law worked.", "Marsh's count"],
    ]) expect(read(text as string).map((a) => a.source)).toEqual([source]);
  });

  test.each([
    ['The fire is contained, fire officials said.', [['vague-attribution', 'fire officials']]],
    ['The fire is contained, state fire officials said.', [['vague-attribution', 'state fire officials']]],
    // With its particle it is the cue.
    ['Reed hit back at the council.', [['named-source', 'Reed hit back']]],
  ])('a noun that is a cue only as a verb with its particle is part of the source phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed hit back at critics who said the plan failed.', [['named-source', 'Reed hit back'], ['vague-attribution', 'critics']]],
    ['Reed took aim at critics who said the plan failed.', [['named-source', 'Reed took aim'], ['vague-attribution', 'critics']]],
  ])('a cue\'s particle ends the source phrase of the clause after it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['In constructor words, the plan failed.', []],
    ['By toString account, the plan failed.', []],
    ['In her words, the plan failed.', [['named-source', 'In her words']]],
  ])('a word that names a property of every object is only a word to the frames: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["Reed undermines voters' faith by suggesting the vote may be rigged.", [['named-source', 'Reed']]],
    ['Reed hurt trust by suggesting the vote may be rigged.', [['named-source', 'Reed']]],
  ])('a plural possessive ends no subject; the name before its verb does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A man said to be his brother was arrested.', []],
    // No one holds the belief: the writer passes it on.
    ['The files believed to be missing were found.', [['hedge', 'believed to']]],
    ['The documents determined to be secret rose to 500.', [['unverified-figure', '500']]],
    // Active: the object moved before its subject, or a pronoun's own claim.
    ['It was what most growers considered to be a mistake.', [['vague-attribution', 'most growers']]],
    ['He claimed to be a doctor.', [['named-source', 'He claimed']]],
  ])('a passive cut short describes the noun before it, and no one speaks: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The bank released documents that showed his anger.', [['named-source', 'documents that showed']]],
    ['The trove included documents that showed both his anger and his doubts.', [['named-source', 'documents that showed']]],
    ['Acme hired analysts who said the plan would fail.', [['vague-attribution', 'analysts']]],
    // An adjective after its article stays.
    ['The signed documents that showed his anger were shared.', [['named-source', 'The signed documents that showed']]],
  ])('a past verb before the noun a relative clause follows is no part of it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed did not revisit his bank remarks on Sunday.', []],
    ['Reed Remarks Spark Anger', []],
    ['Marsh is the head of the club and a strong voice in the town.', []],
    ['The groups that signed are Acme Watch, Leeds Family Voices and Hull Now.', []],
    // The verbs stay cues.
    ['Reed remarked that the plan was sound.', [['named-source', 'Reed remarked']]],
    ['Reed took a moment to voice support for the plan.', [['named-source', 'Reed']]],
    ['Residents voice concerns about the plan.', [['vague-attribution', 'Residents']]],
  ])('"remark" and "voice" are nouns unless the sentence makes them verbs: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The footage shows the car on fire.', [['named-source', 'The footage shows']]],
    ['Phone footage showed the car on fire.', [['named-source', 'Phone footage showed']]],
    ['The recording shows that Reed knew.', [['named-source', 'The recording shows']]],
    ['Text messages show that Reed knew.', [['named-source', 'Text messages show']]],
    ['Her first videos show a different person.', [['named-source', 'Her first videos show']]],
    ['The latest batch of emails shows that Reed knew.', [['named-source', 'The latest batch of emails shows']]],
    // A record no one is named for stays vague, as "a study" does.
    ['A trove of documents shows that Reed knew.', [['vague-attribution', 'A trove of documents']]],
    // Described by a passive cut short, they say nothing.
    ['The release brings the number of messages determined to be secret to over 500.', [['unverified-figure', 'over 500']]],
  ])('records of what happened are sources, and a batch of them is read to its records: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Both sides said the talks had stalled.', [['named-source', 'Both sides said']]],
    ['Each side said the other was to blame.', [['named-source', 'Each side said']]],
    ['Both campaigns said the talks had stalled.', [['named-source', 'Both campaigns said']]],
    ['The two countries said the talks had stalled.', [['named-source', 'The two countries said']]],
    // Uncounted, they point back to no one: a crowd of bodies, as "many banks" is.
    ['Many parties said the talks had stalled.', [['vague-attribution', 'Many parties']]],
  ])('"both sides", "each side": parties the story has named, as "both firms" are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A spokeswoman for the council declined to comment, citing the ongoing inquiry.', []],
    ['The police did not name the victim, citing the inquiry.', []],
    // Citing a record for what one does or says still credits it.
    ['Acme raised its forecast, citing figures from the Leeds council.', [['named-source', 'citing figures from the Leeds council']]],
    // A reason cited for an act credits the body that gave it, and the figures in it.
    ['The Hull council cut its timetable, citing a shortage of 40 crew.', [['named-source', 'The Hull council']]],
  ])('what is cited after a refusal to speak is its reason, not a source; after an act, the subject\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Analysts at Acme Capital estimate the market could be worth $12 billion by 2030.', [['named-source', 'Analysts at Acme Capital estimate']]],
    ['Officials with the agency report that the river is rising.', [['named-source', 'Officials with the agency report']]],
    ['Farmers with large herds fear the levy.', [['vague-attribution', 'Farmers with large herds']]],
  ])('people "at" or "with" a body, then the bare form of a cue, are its subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Records from the county show that the loans were moved.', [['named-source', 'Records from the county show']]],
    ['Files from the bank show that the loans were moved.', [['named-source', 'Files from the bank show']]],
    ['Records from Acme show that the loans were moved.', [['named-source', 'Records from Acme show']]],
    ['Reports in the region suggest the dam failed.', [['vague-attribution', 'Reports in the region']]],
  ])('a plural record opening the sentence before where or whose it is, is the subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The review seems to show that she would run.', [['named-source', 'The review seems to show']]],
    ['The data appear to show that prices fell.', [['named-source', 'The data appear to show']]],
    // A person showing a feeling shows no finding.
    ['The candidate appeared to show little remorse.', []],
    // So does one that goes on or starts to show it.
    ['Polls continue to show Marsh ahead in Hull.', [['vague-attribution', 'Polls']]],
    ['The council data began to show a fall in rents.', [['named-source', 'The council data began to show']]],
    ['The candidate continued to show little remorse.', []],
  ])('a record that seems to show something shows it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Minutes later they changed course, rushed everyone inside and said they would count the votes.', []],
    ['Years later Reed wrote that the plan had failed.', [['named-source', 'Reed wrote']]],
    ['Weeks earlier the council had warned that the bridge was unsafe.', [['named-source', 'the council had warned']]],
    ['So far Reed has said the levy is fair.', [['named-source', 'Reed has said']]],
    ['So far growers have said the levy is fair.', [['vague-attribution', 'growers']]],
    ['In Hull, far right groups claimed the march was banned.', [['vague-attribution', 'far right groups']]],
    // So is a day or week, or "now", opening it: the counted officials stay informants, not a crowd.
    ['Last week two officials said the count would start at nine.', [['anonymous-source', 'two officials']]],
    ['On Tuesday the council said the count would start at nine.', [['named-source', 'the council said']]],
    ['Now Reed, who helped raise money for the fund, says he regrets it.', [['named-source', 'Reed']]],
    ['Last month Ann Marsh, the party chair, said the vote was lost.', [['named-source', 'Ann Marsh']]],
    // A programme's name is no time: "Last Week Tonight"; nor is a weekday opening a paper's or a club's name.
    ['Last Week Tonight host Tom Reed said the show would end.', [['named-source', 'Last Week Tonight host Tom Reed said']]],
    ['Sunday Courier editor Tom Reed said the paper would close.', [['named-source', 'Sunday Courier editor Tom Reed said']]],
  ])('a span of time, a day, "later" or "so far" opening the clause without a comma is no source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['It was the moment Reed said he would quit.', [['named-source', 'Reed said']]],
    ['One reason growers say they signed is the price of feed.', [['vague-attribution', 'growers']]],
    ['That was the third time Acme said it would close the depot.', [['named-source', 'Acme said']]],
    ['The day workers said the shift would end at six.', [['vague-attribution', 'The day workers']]],
    // Only after a determiner: a compound's noun heads no clause.
    ['A part time Acme cleaner said the shift ran late.', [['anonymous-source', 'A part time Acme cleaner']]],
    ['Two point guards said the coach had left.', [['anonymous-source', 'Two point guards']]],
    // A title before a name is no such noun.
    ['The mayor Tom Reed said the count was fair.', [['named-source', 'The mayor Tom Reed said']]],
  ])('a noun of when or what right before a name heads a clause whose subject is the name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed started the debate saying that Marsh was qualified.', [['named-source', 'Reed']]],
    ['Reed spent the day insisting that the plan had failed.', [['named-source', 'Reed']]],
    ['Acme filed a claim last year alleging that Reed had cheated 80 buyers.', [['named-source', 'Acme']]],
    // A thing's clause says nothing.
    ['It means acknowledging that the plan failed.', []],
  ])('a participle with what was said, after an object, is the clause subject\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Leeds poll has a margin of error of 2.7 points.', []],
    ['Our survey had a sampling error of two points.', []],
    // What a poll has for someone is its finding.
    ['The Acme poll has Reed ahead by four points.', [['named-source', 'The Acme poll has']]],
  ])('what a poll has of its own is no finding of it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['According to a statement by his family, Reed died peacefully.', [['named-source', 'According to a statement by his family']]],
    ['A statement from the family said Reed died peacefully.', [['named-source', 'A statement from the family said']]],
    ['A report by his campaign found the claims false.', [['named-source', 'A report by his campaign found']]],
    // A body the reader is not told the name of stays vague.
    ['A study by a university found that bees were less active.', [['vague-attribution', 'A study by a university']]],
  ])('a record by an owner\'s body or by the family is theirs, on the record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Officials speaking on background said the strike was imminent.', [['anonymous-source', 'Officials speaking on background']]],
    ['Officials speaking anonymously said the strike was imminent.', [['anonymous-source', 'Officials speaking anonymously']]],
    // Another adverb before the verb is still stepped over.
    ['Officials repeatedly said the strike was imminent.', [['vague-attribution', 'Officials']]],
  ])('speaking "on background" or "anonymously" makes officials unnamed sources: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The photos, which purport to show the crash site, spread quickly.', [['hedge', 'purport to']]],
    ['A letter purporting to be from Reed was sent.', [['hedge', 'purporting to']]],
    ['The purported leak was a hoax.', [['hedge', 'The purported']]],
  ])('what purports to be something is the writer\'s unchecked claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a ruling is an act of stance: an attribution to annotators, no finding', () => {
    expect(read('The judge ruled that the evidence was admissible.').map((a) => [a.source, a.cue])).toEqual([['The judge', 'ruled']]);
    expect(kinds('The judge ruled that the evidence was admissible.')).toEqual([]);
    expect(kinds('A federal judge ruled on Monday that the law was unfair.')).toEqual([]);
    // The nouns stay nouns.
    expect(read('The ruling party won.')).toEqual([]);
  });

  test.each([
    ['Partisans in both parties fear the levy will ruin the town.', [['vague-attribution', 'Partisans in both parties']]],
    ['Fact-checkers soon noted that Reed may have been joking.', [['vague-attribution', 'Fact-checkers']]],
    ['Critics soon noted that Reed may have been joking.', [['vague-attribution', 'Critics']]],
  ])('partisans and fact-checkers are crowds, and "soon" stands between a source and its verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A growing body of evidence suggests that sleep affects memory.', [['vague-attribution', 'A growing body of evidence']]],
    ["The agency's own modelling suggests the policy will fail.", [['named-source', "The agency's own modelling suggests"]]],
    ['Modelling by the Leeds council shows the river will flood.', [['named-source', 'Modelling by the Leeds council shows']]],
  ])('a body of evidence is read to the evidence, and modelling is a record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Analysts who predicted that the bank would fail say the crisis is over.', [['vague-attribution', 'Analysts who predicted that the bank would fail']]],
    ['Officials who said last year that the plant was safe now say it must close.', [['vague-attribution', 'Officials who said last year that the plant was safe']]],
    ['A spokesman who did not wish to be named because of company policy said the plant would close.', [['anonymous-source', 'A spokesman who did not wish to be named because of company policy']]],
    ['Growers who found that the fee was unfair, in turn, said it was too high.', [['vague-attribution', 'Growers who found that the fee was unfair']]],
    // The relative clause's own claim stays its own.
    ['People who say the levy is unfair are wrong.', [['vague-attribution', 'People']]],
  ])('a source described by a relative clause with a clause of its own is read whole: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['People familiar with the matter put the price at about $2 billion.', [['anonymous-source', 'People familiar with the matter'], ['unverified-figure', 'about $2 billion']]],
    ['Analysts put its deficit at 3 percent of output.', [['vague-attribution', 'Analysts'], ['unverified-figure', '3 percent']]],
    ['Acme Bank puts their valuation at $40 million.', [['named-source', 'Acme Bank puts']]],
    // Their bags at the door are no estimate.
    ['She put their bags at the door.', []],
  ])('putting a price, a rate or a shortfall at a figure, after "its" or "their" too, is estimating it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Residents are still not expected to vote on Friday.', []],
    ['The mayor was not seriously expected to survive the vote.', []],
  ])('a verb of belief in the passive is about its subject, with two adverbs between too: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Aid agencies estimate that two million people need food.', [['vague-attribution', 'Aid agencies'], ['unverified-figure', 'two million people']]],
    ['Think tanks say the rules are too strict.', [['vague-attribution', 'Think tanks']]],
    ['Schools say the rules are too strict.', [['vague-attribution', 'Schools']]],
    ['The rules are too strict, several governments say.', [['vague-attribution', 'several governments']]],
    // Bodies the story has just named stay named.
    ['The agencies said the rules were too strict.', [['named-source', 'The agencies said']]],
  ])('unnamed bodies in the plural speak as a crowd does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['But the anger among the poorest farmers underscores a larger problem.', []],
    ['But the doubt among the richest investors shows how hard the change will be.', []],
    // People in a place are still the crowd.
    ['The officials in several countries say the deal is fair.', [['vague-attribution', 'The officials in several countries']]],
  ])('a thing a crowd feels, with the crowd after "in" or "among", is no source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Republican and Democratic lawmakers said the bill was unfair.', [['vague-attribution', 'Republican and Democratic lawmakers']]],
    ['The deal was fair, according to French and German officials.', [['vague-attribution', 'according to French and German officials']]],
    ['The French and German governments said the deal was fair.', [['named-source', 'The French and German governments said']]],
    ['In a statement, the Russian and Syrian defence ministries accused the rebels of lying.', [['named-source', 'the Russian and Syrian defence ministries accused']]],
    ['Ann Marsh and Tom Reed said the deal was fair.', [['named-source', 'Ann Marsh and Tom Reed said']]],
  ])('two nationalities or parties joined by "and" describe one phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Wall Street analysts expect a cut in rates.', [['vague-attribution', 'Wall Street analysts']]],
    ['Silicon Valley investors say the bubble will burst.', [['vague-attribution', 'Silicon Valley investors']]],
    // So is a crowd of a region or a country named in two words; the country alone speaks for itself.
    ['Middle East observers believe Hull will gain from the deal.', [['vague-attribution', 'Middle East observers']]],
    ['Latin America experts believe the deal will hold.', [['vague-attribution', 'Latin America experts']]],
    ['North Korea said the test was a success.', [['named-source', 'North Korea said']]],
    ['A campaign group said rents had soared.', [['vague-attribution', 'A campaign group']]],
    ["A tenants' group said rents had soared.", [['vague-attribution', "A tenants' group"]]],
    ['A police union said the cuts were unsafe.', [['vague-attribution', 'A police union']]],
    // A record of a body, a newspaper on that street, and a group the story has in view stay named.
    ['A police report said the driver was drunk.', [['named-source', 'A police report said']]],
    ['The Wall Street Journal reported that the deal was off.', [['named-source', 'The Wall Street Journal reported']]],
    ["The tenants' group said rents had soared.", [['named-source', "The tenants' group said"]]],
  ])('a crowd on Wall Street and a group of a kind are no one named: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Polls show farmers are skeptical of the plan.', [['vague-attribution', 'Polls'], ['vague-attribution', 'farmers']]],
    ['Data show voters are split on the issue.', [['vague-attribution', 'Data'], ['vague-attribution', 'voters']]],
    // A capital inside the sentence, or an acronym, names the record; a show is a show.
    ['FEC records show he backed both men.', [['named-source', 'FEC records show']]],
    // So are a name's reports before "show": the reports are no verb of their own.
    ['He sold more bread last year, Acme Foods reports show.', [['named-source', 'Acme Foods reports show']]],
    ['But Acme Foods reports show he sold more bread.', [['named-source', 'Acme Foods reports show']]],
    ['Talk show host Ann Marsh declared that the vote was rigged.', [['named-source', 'Talk show host Ann Marsh declared']]],
  ])('a record whose capital only opens the sentence is the subject of the cue after it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some critics found the ending rushed.', [['vague-attribution', 'Some critics']]],
    ['Diners in Hull found it bland.', [['vague-attribution', 'Diners in Hull']]],
    // Finding a thing, with no verdict on it, is coming upon it.
    ['A family friend found the car in Hull.', []],
  ])('a crowd finding a thing so gives its verdict: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['In the film, Ann Marsh plays a widow who insists the boat is safe.', []],
    ['Tom Reed plays Kath’s brother, a ferry captain who claims the storm was planned.', []],
    // Played in another sense, the source stays one.
    ['Reed played golf with a banker who said the levy would fall.', [['anonymous-source', 'a banker']]],
    ['Having played for Hull, Tom Reed said the club was broke.', [['named-source', 'Tom Reed said']]],
    ['Hull played Leeds on Friday, sources said.', [['anonymous-source', 'sources']]],
    ['Reed played the lead, critics said.', [['vague-attribution', 'critics']]],
  ])('a character a synopsis casts speaks only to other characters: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reporters asked Ann Marsh about the letter.', []],
    ['Voters asked Tom Reed whether the levy would rise.', []],
    ['The moderators asked Reed about the levy, and he said it would stay.', [['named-source', 'he said']]],
    // A crowd asking why, with no one asked, raises a doubt of its own; people asked are a source.
    ['Critics asked why the council had kept the levy.', [['vague-attribution', 'Critics']]],
    ['Residents asked about the levy said it was unfair.', [['vague-attribution', 'Residents']]],
  ])('a question put to someone claims nothing; the answer is the claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['My doctor told me I would need surgery.', [['anonymous-source', 'My doctor']]],
    ['My landlord said the rent would go up in May.', [['anonymous-source', 'My landlord']]],
    // A name given with the role names the person.
    ['My colleague Tom Reed said the plan was bad.', [['named-source', 'My colleague Tom Reed said']]],
    // So does one the paragraph names beside the same words.
    ['My husband, Tom Reed, runs the pub. My husband says trade is slow.', [['named-source', 'My husband says']]],
  ])('the writer\'s own unnamed doctor or landlord is an unnamed individual, as "a friend" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    'Leeds claimed a 2-1 win at Hull on Saturday.',
    'Hull conceded twice in the first half.',
    'The keeper denied Reed from close range.',
    'Gwen Parry denied Hull a late winner.',
    'Leeds confirmed their promotion with a win over Hull.',
    'The referee signalled for a free-kick.',
    'Hull hit back through Tom Reed.',
    'The referee pointed to the spot.',
    'Leeds announced themselves as title contenders.',
  ])('a match report\'s verbs of play claim nothing: %s', (text) => {
    expect(kinds(text).filter(([kind]) => kind !== 'unverified-figure')).toEqual([]);
  });

  test.each([
    ['The minister conceded twice that mistakes had been made.', [['named-source', 'The minister conceded']]],
    ['Ann Marsh conceded three points to the opposition.', [['named-source', 'Ann Marsh conceded']]],
    ['The mayor hit back to say the plan was sound.', [['named-source', 'The mayor hit back']]],
    ['The minister hit back with a claim that the levy was fair.', [['named-source', 'The minister hit back']]],
    ['Reed is claiming a moral victory in Hull.', [['named-source', 'Reed is claiming']]],
    // A relative "that" after the thing played is no clause said; a side hitting back to level plays.
    ['Hull conceded a late penalty that cost them the match.', []],
    ['Tom Reed conceded early on that he had lost the seat.', [['named-source', 'Tom Reed conceded']]],
    ['Hull hit back to level through Tom Reed.', []],
    ['Reed conceded defeat on Friday.', [['named-source', 'Reed conceded']]],
    ['Reed denied the charges.', [['named-source', 'Reed denied']]],
    ['Reed hit back at the critics.', [['named-source', 'Reed hit back']]],
    ['The bank signalled that rates would rise.', [['named-source', 'The bank signalled']]],
  ])('the same verbs claim something outside play: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Projections suggest the levy would raise more than expected.', [['vague-attribution', 'Projections']]],
    ['Preliminary forecasts suggest the harvest was poor.', [['vague-attribution', 'Preliminary forecasts']]],
    // "shows" before a gerund takes it as its object: the record is what speaks.
    ['Ticket sales fell, Acme Research data shows, with viewing down too.', [['named-source', 'Acme Research data shows']]],
    ['Acme Research data shows viewing fell in Leeds.', [['named-source', 'Acme Research data shows']]],
    ['Ferry fares to rise again, projections show', [['vague-attribution', 'projections']]],
    ['Marsh won the county, according to early returns.', [['vague-attribution', 'according to early returns']]],
    // So are bare "records show", "figures show", "documents show", "leaks suggest": they say neither whose nor which.
    ['Leaks suggest the Acme X6 will have a bigger battery.', [['vague-attribution', 'Leaks']]],
    ['Reviews suggest the film is a return to form.', [['vague-attribution', 'Reviews']]],
    ['He bought the farm in 2010, records show.', [['vague-attribution', 'records']]],
    ['Ferry fares to rise again, figures show', [['vague-attribution', 'figures']]],
    ['Leaked documents show the bridge was never funded.', [['vague-attribution', 'Leaked documents']]],
    // A kind of record, one the writer points back to, stays checkable.
    ['Budget projections show the bridge was never funded.', [['named-source', 'Budget projections show']]],
    ['The projections show the bridge was never funded.', [['named-source', 'The projections show']]],
    ['The figures show the bridge was never funded.', [['named-source', 'The figures show']]],
    // Projections a named body released speak for it, as its data do.
    ['The ferry company released forecasts that showed a loss.', [['named-source', 'The ferry company released forecasts']]],
    // A poll's own results or findings name no poll, as "a poll" does not (guide: poll results need a named poll).
    ['Poll results show Marsh ahead in Hull.', [['vague-attribution', 'Poll results']]],
    ['Exit poll results show Marsh ahead in Hull.', [['vague-attribution', 'Exit poll results']]],
    ['Survey findings suggest the levy is unpopular in Hull.', [['vague-attribution', 'Survey findings']]],
    ['Acme Research poll results show Marsh ahead in Hull.', [['named-source', 'Acme Research poll results show']]],
  ])('projections, forecasts and returns no one is named for are as vague as bare data: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Records show the office spent $40,000 on taxis.', [['vague-attribution', 'Records'], ['unverified-figure', '$40,000']]],
    ['Figures show that thefts in Hull rose by 40%.', [['vague-attribution', 'Figures'], ['unverified-figure', '40%']]],
    // Records the sentence's subject put out, or whose maker a relative clause gives, are that maker's.
    ['The harbour board released figures that showed a loss of $2 million.', [['named-source', 'figures that showed']]],
    ['Growers sold $9,000 of apples, according to figures which were issued on Friday by the Hull Fruit Board.', [['named-source', 'according to figures'], ['named-source', 'issued on Friday by the Hull Fruit Board']]],
  ])('bare records say neither whose nor which, unless the sentence gives their maker: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a record\'s maker after its participle names the record', () => {
    const text = 'Figures published on Monday by the Harbour Board show the port lost trade.';
    const parsed = findAttributions(text).map((a) => [a.kind, text.slice(a.source.start, a.source.end)]);
    expect(parsed).toEqual([['named-source', 'Figures published on Monday by the Harbour Board']]);
  });

  test.each([
    ['A spokesperson for the singer confirmed the split.', [['named-source', 'A spokesperson for the singer confirmed']]],
    ['A spokesman for the family said the funeral would be private.', [['named-source', 'A spokesman for the family said']]],
    ['A spokeswoman for the mayor said the road would reopen.', [['named-source', 'A spokeswoman for the mayor said']]],
    ['A spokesperson for the prime minister said the road would reopen.', [['named-source', 'A spokesperson for the prime minister said']]],
    ['A spokesman for the finance minister said the road would reopen.', [['named-source', 'A spokesman for the finance minister said']]],
    // A crowd's spokesman speaks for no one a reader could ask.
    ['A spokesman for the protesters said they would march.', [['vague-attribution', 'A spokesman for the protesters']]],
  ])('a spokesperson for the one person or the family the story is about speaks on the record: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Lawmakers from both parties have questioned the cost.', [['vague-attribution', 'Lawmakers from both parties']]],
    ['Voters of both parties say the economy matters most.', [['vague-attribution', 'Voters of both parties']]],
    // The people of two bodies the story named stay named.
    ['Executives of both companies announced the deal.', [['named-source', 'Executives of both companies announced']]],
  ])('a public of both parties is a crowd as wide as the two: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The claims were denied by the company.', [['named-source', 'denied by the company']]],
    ['The view was echoed by several analysts.', [['vague-attribution', 'several analysts']]],
    ['The error was acknowledged by the ministry.', [['named-source', 'acknowledged by the ministry']]],
    // A request refused is no claim denied.
    ['The appeal was denied by the court.', []],
    ['His requests were denied by the council.', []],
  ])('denial and assent credit their agent after "by", as blame and praise do: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Evidence suggests the policy has failed.', [['vague-attribution', 'Evidence']]],
    ['Growing evidence suggests the policy has failed.', [['vague-attribution', 'Growing evidence']]],
    ['It is generally agreed that the policy has failed.', [['vague-attribution', 'It is generally agreed']]],
    ['It is widely acknowledged that the policy has failed.', [['vague-attribution', 'It is widely acknowledged']]],
    // Evidence the story has in view, or a body's, can be looked up.
    ['The evidence suggests the policy has failed.', [['named-source', 'The evidence suggests']]],
    ['Police evidence showed he was at the scene.', [['named-source', 'Police evidence showed']]],
  ])('evidence no one is named for is vague, as data are, and so is what "is generally agreed": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });


  test.each([
    ['The review is being conducted by outside auditors.', []],
    ['The poll was conducted by Acme Research.', []],
    // A record conducted by someone credits them with what it shows.
    ['A poll conducted by Acme Research shows the plan is popular.', [['named-source', 'A poll conducted by Acme Research shows']]],
  ])('who carries out the work, in a clause of its own, claims nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["A victim's mother said she felt betrayed.", [['anonymous-source', "A victim's mother"]]],
    ["One victim's mother said she felt betrayed.", [['anonymous-source', "One victim's mother"]]],
    ['The mother of one victim said she felt betrayed.', [['anonymous-source', 'The mother of one victim']]],
    ["A victim's relatives said they felt betrayed.", [['vague-attribution', "A victim's relatives"]]],
    // A relative of someone named is named.
    ["Reed's mother said she felt betrayed.", [['named-source', "Reed's mother said"]]],
  ])('the relative of someone unnamed is unnamed too: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Defense attorneys argued that the evidence had been planted.', [['named-source', 'Defense attorneys argued']]],
    ['Defence lawyers said the trial was unfair.', [['named-source', 'Defence lawyers said']]],
    // Former ones, some of them, or lawyers of no side speak from outside the case.
    ['Former defense attorneys said the trial was unfair.', [['vague-attribution', 'Former defense attorneys']]],
    ['Some defence lawyers say the law is unfair.', [['vague-attribution', 'Some defence lawyers']]],
    ['Lawyers argued that the evidence had been planted.', [['vague-attribution', 'Lawyers']]],
  ])('defence lawyers are the counsel of the accused, named as prosecutors are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A parent said the cuts were cruel.', [['anonymous-source', 'A parent']]],
    ['One parent, whose son has special needs, said the cuts were cruel.', [['anonymous-source', 'One parent, whose son has special needs']]],
    ['A mother who did not want to be named said the cuts were cruel.', [['anonymous-source', 'A mother who did not want to be named']]],
    ['A headteacher in Hull, who asked not to be named, said she had cut four posts.', [['anonymous-source', 'A headteacher in Hull, who asked not to be named']]],
    // The one the story is about stays for the references to read.
    ['The governor said the cuts were cruel.', [['named-source', 'The governor said']]],
  ])('one parent, one mother, one headteacher is an unnamed individual: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Suppliers say the rules are too strict.', [['vague-attribution', 'Suppliers']]],
    ['Apprentices say the rules are too strict.', [['vague-attribution', 'Apprentices']]],
    ['Peers say the rules are too strict.', [['vague-attribution', 'Peers']]],
    ['Stewards say the rules are too strict.', [['vague-attribution', 'Stewards']]],
  ])('crowds with an agent ending read as crowds when they open the sentence: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Estate agents say buyers are nervous.', [['vague-attribution', 'Estate agents']]],
    ['Travel agents report a rush of bookings.', [['vague-attribution', 'Travel agents']]],
    ['Federal agents said the suspect fled.', [['vague-attribution', 'Federal agents']]],
    // Agents of a body the reader can identify speak for it, as its officials do.
    ['Border Patrol agents said the suspect fled.', [['named-source', 'Border Patrol agents said']]],
    ['Chemical agents were found at the site, police said.', [['named-source', 'police said']]],
  ])('agents are people: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Prices fell by about a fifth in some towns.', [['unverified-figure', 'about a fifth']]],
    ['Rents have risen by nearly half since 2020.', [['unverified-figure', 'nearly half']]],
    ['Costs were cut by half.', [['unverified-figure', 'half']]],
    // Time, not a share.
    ['The flight was delayed by half an hour.', []],
    ['The shop opens by half past nine.', []],
    ['Leeds led 2-0 by half time.', []],
    ['The crowd had thinned by about half time.', []],
  ])('a change by a share is a figure with its approximator too: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Migrants interviewed by the BBC described being beaten at the border.', [['vague-attribution', 'Migrants interviewed by the BBC']]],
    ['People interviewed by Reuters said the water had run out.', [['vague-attribution', 'People interviewed by Reuters']]],
    ['Two economists questioned by Reuters said rates would rise.', [['anonymous-source', 'Two economists questioned by Reuters']]],
    // A named body's poll of them is a source (the guide's "economists polled by Reuters").
    ['Economists polled by Reuters expect rates to rise.', [['named-source', 'Economists polled by Reuters expect']]],
  ])('the outlet that interviewed people is not their source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["The company's lawyers said the claim was baseless.", [['named-source', "The company's lawyers said"]]],
    ["The firm's executives said the deal was off.", [['named-source', "The firm's executives said"]]],
    ['Lawyers for the company said the claim was baseless.', [['named-source', 'Lawyers for the company said']]],
    // Its critics and customers speak for no one.
    ["The company's critics said the deal was bad.", [['vague-attribution', "The company's critics"]]],
  ])('the representatives of "the company" named as "lawyers for the company" are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The suspect, said to be in his 30s, fled on foot.', [['hedge', 'said to']]],
    ['A man believed to be in his 40s was arrested.', [['hedge', 'believed to']]],
    ['The painting, thought to be a fake, was withdrawn.', [['hedge', 'thought to']]],
    ['Sales, said to have doubled since May, lifted the shop.', [['hedge', 'said to'], ['unverified-figure', 'doubled']]],
    ['A man believed to have fled the country was arrested.', [['hedge', 'believed to']]],
    ['Tom Reed said to have patience.', [['named-source', 'Tom Reed said']]],
    // Named for it, or the belief of a subject, or someone saying it.
    ['A man believed to be in his 40s was arrested, police said.', [['named-source', 'police said']]],
    ['They backed what many farmers believed to be a fair deal.', [['vague-attribution', 'many farmers']]],
    ['Tom Reed said to be careful.', [['named-source', 'Tom Reed said']]],
    // Before a verb of amount, which no one says to anyone.
    ['His fee, thought to exceed £90,000, was paid by the club.', [['hedge', 'thought to'], ['unverified-figure', '£90,000']]],
    ['Losses said to top £3 million forced the sale.', [['hedge', 'said to'], ['unverified-figure', '£3 million']]],
    ['Acme said to top up the fund would cost too much.', [['named-source', 'Acme said']]],
  ])('"said to be" describing a noun is a hedge as "is said to be" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["Moody's said the outlook was negative.", [['named-source', "Moody's said"]]],
    ["Sainsbury's told investors it would cut prices.", [['named-source', "Sainsbury's told"]]],
    ["A spokesman for Moody's said the outlook was negative.", [['named-source', "A spokesman for Moody's said"]]],
    // A possessive before a word that can be a noun or an adjective determines it.
    ["Acme's reported profit rose.", []],
    ["The victim's mother testified, describing the night.", []],
  ])('a name written as a possessive speaks before a verb of saying: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The union, which represents nurses, called the offer derisory.', [['named-source', 'The union']]],
    ['Acme called the claims unfounded.', [['named-source', 'Acme called']]],
    ['Critics called the ruling inappropriate.', [['vague-attribution', 'Critics']]],
    // A call on the phone names nothing.
    ['She called the office twice.', []],
  ])('calling something by a judgement without an adjective ending is a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A government spokesperson said the report was wrong.', [['named-source', 'A government spokesperson said']]],
    ['An army spokesman said the report was wrong.', [['named-source', 'An army spokesman said']]],
    ['A spokesman for the government said the report was wrong.', [['named-source', 'A spokesman for the government said']]],
    // Its officials are people with access, not the body on the record.
    ['A government official said the report was wrong.', [['anonymous-source', 'A government official']]],
  ])('a spokesperson of a body before the role speaks for it, as one "for" it does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A police spokesman, who asked not to be named, said the report was wrong.', [['anonymous-source', 'A police spokesman, who asked not to be named']]],
    ['An Acme spokesman, who declined to be named, said the report was wrong.', [['anonymous-source', 'An Acme spokesman, who declined to be named']]],
    // Without the aside the body speaks on the record.
    ['An Acme spokesman said the report was wrong.', [['named-source', 'An Acme spokesman said']]],
  ])('a spokesperson who asks not to be named is anonymous even for a named body (guide): %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Early polls show a tight race.', [['vague-attribution', 'Early polls']]],
    ['Elderly residents say the bus cuts hurt.', [['vague-attribution', 'Elderly residents']]],
    // Times stay times.
    ['Early Tuesday, police said the road had reopened.', [['named-source', 'police said']]],
    ['Early last week, analysts said the plan would fail.', [['vague-attribution', 'analysts']]],
  ])('"early" and "elderly" before a noun are adjectives of the phrase, not adverbs: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The court heard the victim had been stabbed 14 times.', [['named-source', 'The court heard']]],
    ['The inquest heard that the driver had been using his phone.', [['named-source', 'The inquest heard']]],
    ['The jury was told the defendant had fled the country.', [['named-source', 'The jury was told']]],
    // A case the court took is no evidence given.
    ['The court heard an appeal against the ruling.', []],
    // Whom it heard from is who gave the evidence, not the court.
    ['The Leeds inquiry heard evidence from the harbour master on Monday.', []],
    ['The jury heard from Ann Marsh on Tuesday.', []],
    ['The inquest was told from the start that the brakes had failed.', [['named-source', 'The inquest was told']]],
    // Unless what it heard follows.
    ['The court heard evidence from a Leeds clerk that £9,000 went missing.', [['named-source', 'The court heard']]],
    // Not those who sat in court, nor an order.
    ['Relatives of the victim in court heard that the guard had lied.', []],
    ['Jurors were told to disregard the messages.', []],
    ['“It was a mistake,” jurors heard.', [['named-source', 'jurors heard']]],
    // The court named, or its jurors, before what was heard; not a case a named court took.
    ['Hull Crown Court heard that the guard had taken £4,000 in bribes.', [['named-source', 'Hull Crown Court heard']]],
    ['Jurors heard that the guard had taken £4,000 in bribes.', [['named-source', 'Jurors heard']]],
    ['Leeds Crown Court heard an appeal against the ruling.', []],
    // Or after what was heard, the court named or not.
    ['The victim had been stabbed 14 times, the court heard.', [['named-source', 'the court heard']]],
    ['The driver had taken £9,000 from the till, Hull Crown Court heard.', [['named-source', 'Hull Crown Court heard']]],
    ['The crane had failed twice before, the hearing at Leeds Coroner’s Court was told.', [['named-source', 'the hearing at Leeds Coroner’s Court was told']]],
  ])('evidence a court or an inquest heard is on its record, and sources the figures in it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Critics online said the advert was crass.', [['vague-attribution', 'Critics online']]],
    ['Residents nearby said the noise was unbearable.', [['vague-attribution', 'Residents nearby']]],
    ['Investors overseas said the plan was risky.', [['vague-attribution', 'Investors overseas']]],
  ])('a crowd with a place adverb after it is still the crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Posts claim the vaccine contains a microchip.', [['vague-attribution', 'Posts']]],
    ['Some posts claim the vaccine contains a microchip.', [['vague-attribution', 'Some posts']]],
    ['Videos show the officer striking the man.', [['vague-attribution', 'Videos']]],
    // Owned by a name, or by whom a pronoun stands for, they are that one's records.
    ["Acme's posts claim the vaccine is safe.", [['named-source', "Acme's posts claim"]]],
    ['Her posts claim the vaccine is safe.', [['named-source', 'Her posts claim']]],
    ['Their estimates suggest a rise.', [['named-source', 'Their estimates suggest']]],
  ])('posts, tweets and videos no one is named for are vague, as reports are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Videos posted by the police show the officer striking the man.', [['named-source', 'Videos posted by the police show']]],
    ['Photos posted by the police show the damage.', [['named-source', 'Photos posted by the police show']]],
  ])('records posted by a named body are its records, up to the sentence\'s own verb of showing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ["The deal is bad for Reed, a second person briefed on last weekend's trade phone call said.", [['anonymous-source', "a second person briefed on last weekend's trade phone call"]]],
    // Without its article the phrase had read as a kind of record a reader can look up.
    ['Rents rose sharply, a survey of tenants in most of the northern towns found.', [['vague-attribution', 'a survey of tenants in most of the northern towns']]],
  ])('an article the length limit falls after opens the source phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['At least 12 people are feared dead.', [['unverified-figure', 'At least 12 people'], ['hedge', 'are feared dead']]],
    ['It is feared that dozens more are buried under the rubble.', [['hedge', 'It is feared that'], ['unverified-figure', 'dozens']]],
    // In a named source's words the fear is its own, and the toll its figure.
    ['At least 12 people are feared dead, police said.', [['named-source', 'police said']]],
    ['Reed feared that the bridge would collapse.', [['named-source', 'Reed feared']]],
  ])('a toll or a fear passed on with no one holding it is a hedge: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Fears are growing that the bridge could collapse.', [['vague-attribution', 'Fears are growing that']]],
    ['Concerns have mounted in recent weeks that the bridge could collapse.', [['vague-attribution', 'Concerns have mounted in recent weeks that']]],
    ['His fears grew so large that he left.', []],
  ])('growing fears and concerns no one is said to hold are vague, as "there are fears that" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Police Say Suspect Fled On Foot', [['named-source', 'Police Say']]],
    ['Officials Say Suspect Fled On Foot', [['vague-attribution', 'Officials']]],
    ['Residents Fear Flooding Will Return', [['vague-attribution', 'Residents']]],
    // A crowd in a title-case headline is a crowd, its capitals the headline's.
    ['Aid Workers Say Pay Is Low', [['vague-attribution', 'Aid Workers']]],
    // A short headline, where most words have three letters: it is title case still.
    ['Police Say Two Men Were Arrested', [['named-source', 'Police Say']]],
    ['Officials Say Men Were Hurt', [['vague-attribution', 'Officials']]],
    // So does a crowd opening the headline's tag, after a comma or a dash.
    ['Leeds Tram Plan Is Too Dear, Critics Say', [['vague-attribution', 'Critics']]],
    ['Hull Ferry Will Be Sold – Sources Say', [['anonymous-source', 'Sources']]],
    ['Ferry Thefts Rise Again, Humberside Police Say', [['named-source', 'Humberside Police Say']]],
    // Not a crowd inside the headline's phrase, nor after a question's word.
    ['The Values Leeds Farmers Believe In', []],
    ['Why Cuts Make Parents Feel Ignored', []],
  ])('in a title-case headline a crowd opening it takes its verb with no "s": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Study Finds Coffee Cuts Risk Of Stroke', [['vague-attribution', 'Study']]],
    // Its count is unverified, its only source vague.
    ['Acme To Cut 1,000 Jobs, Report Says', [['unverified-figure', '1,000'], ['vague-attribution', 'Report']]],
    // A headline's office with no article is the one holder the story is about, as "the sheriff" is.
    ['Four die in Hull fire, sheriff says', [['named-source', 'sheriff says']]],
    ['Prime minister says the talks will go on', [['named-source', 'Prime minister says']]],
    // Guards: one of a rank or a party, not the one holder.
    ['Senior minister says the talks will go on', [['anonymous-source', 'Senior minister']]],
    ['Tory MP says the talks will go on', [['anonymous-source', 'Tory MP']]],
    // In a headline written in sentence case too, where no determiner was lost after the comma.
    ['Night buses to be cut, review says', [['vague-attribution', 'review']]],
    ['Fewer pupils walk to school, survey finds', [['vague-attribution', 'survey']]],
    // A determiner makes one the story has in view.
    ['The report found that rents had risen.', [['named-source', 'The report found']]],
  ])('a headline\'s record with no article is "a study", vague; its office is the one holder: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // "claims" with its preposition after it is the noun.
    ['Lost-luggage claims at Hull airport rose sharply last year.', []],
    // Guards: a number after the verb ("claims at least 40") and a denial before the noun, both read so before.
    ['The rebel group claims at least 40 soldiers were killed.', [['named-source', 'The rebel group claims']]],
    ['The mayor denied claims of bias in the tender.', [['named-source', 'The mayor denied']]],
    // Not the verb after "to": "to claim credit for".
    ['Members of the group used a forum to claim credit for the fire.', [['vague-attribution', 'Members of the group']]],
  ])('claims as a noun is no cue: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Hospital trusts say the plan is unworkable.', [['vague-attribution', 'Hospital trusts']]],
    ['Several networks have accused the ratings firm of undercounting viewers.', [['vague-attribution', 'Several networks']]],
    // A medium between a body and its record leaves the record the body's.
    ['A campaign radio ad accuses Reed of sleaze.', [['named-source', 'A campaign radio ad accuses']]],
  ])('bodies of a kind in the plural are a crowd of them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A broadcaster is named, "TV" and all.
    ['Iranian state TV said the town had fallen.', [['named-source', 'Iranian state TV said']]],
    // Tallies an industry body put out are its record.
    ['Industry figures published by the Leeds Motor Society show car sales fell.', [['named-source', 'Industry figures published by the Leeds Motor Society show']]],
    // A trade that is as often a surname stays a name.
    ['Falconer said the bill would pass.', [['named-source', 'Falconer said']]],
  ])('named sources the crowd and role rules leave alone: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Leeds Wildlife Trust counted 412 otters in the county last year.', [['named-source', 'The Leeds Wildlife Trust counted']]],
    ['The beavers built 14 dams, volunteers from the Hull Wildlife Trust have counted.', [['named-source', 'volunteers from the Hull Wildlife Trust have counted']]],
    // Guard: unnamed counters did the counting the story reports; no informants, and the named tag gives the count.
    ['Volunteers counted 9,300 butterflies this winter, the Leeds Pollinator Society said.', [['named-source', 'the Leeds Pollinator Society said']]],
    // Relying on something, or ranking among others, is no count.
    ['Reed counted on the votes of 40 members.', [['unverified-figure', '40 members']]],
    ['Acme counted as one of the largest firms in Leeds.', []],
  ])('a count reports what it counts, as a record does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a phrase of where set off before an inverted tag that ends the clause is no aside of a subject', () => {
    const text = "Acme lobbied on issues tied to Reed's firms, at both the state and federal levels in Leeds and Hull, said lobbyist Tom Ode, a former partner.";
    expect(kinds(text)).toEqual([['named-source', 'Acme lobbied'], ['named-source', 'said lobbyist Tom Ode']]);
  });

  test.each([
    ['Satellite images show new trenches near the border.', [['vague-attribution', 'Satellite images']]],
    ['Photos show new trenches near the border.', [['vague-attribution', 'Photos']]],
    ['Images released by the army show new trenches.', [['named-source', 'Images released by the army show']]],
  ])('images and photos no one is named for are vague, as videos are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // However the words after the participle run, the record is the subject of "show".
    ['Documents released under freedom of information law show the plan cost £4m.', [['named-source', 'Documents released under freedom of information law show']]],
    // And of a verb of seeming.
    ['Video shared widely on social media appeared to show troops near the border.', [['vague-attribution', 'Video shared widely on social media']]],
  ])('a record released, seen or put out is the subject of its verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A campaign spokesman, Tom Ode, called the report a smear.', [['named-source', 'Tom Ode']]],
    ['Ann Marsh called the claims a distraction.', [['named-source', 'Ann Marsh called']]],
    // A call on the phone names nothing.
    ['Reed called the police a few times.', []],
  ])('calling a thing whose noun is also a verb something is a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Hospital leaders fear the winter will be the worst on record.', [['vague-attribution', 'Hospital leaders']]],
    ['Party elders have urged him to step aside.', [['vague-attribution', 'Party elders']]],
    ['The ward will close, hospital leaders said.', [['vague-attribution', 'hospital leaders']]],
    // Who speak for a body, lead the company the story is about, or a named one's, stay named.
    ['Agency officials said the launch would go ahead.', [['named-source', 'Agency officials said']]],
    ['Company leaders said the plant would close.', [['named-source', 'Company leaders said']]],
    ['Council bosses said the cuts were unavoidable.', [['named-source', 'Council bosses said']]],
    ['The ward will close, Leeds hospital leaders said.', [['named-source', 'Leeds hospital leaders said']]],
  ])('the leaders or members of a sector\'s bodies are a crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some economists, though, remain skeptical.', [['vague-attribution', 'Some economists']]],
    ['Many voters, nonetheless, remain wary of the plan.', [['vague-attribution', 'Many voters']]],
    ['It appears, though, that the plan failed.', []],
  ])('", though," between a crowd and its view is an aside, as ", however," is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The prevailing view among economists is that rates will rise.', [['vague-attribution', 'economists']]],
    ['The mood among donors is gloomy.', [['vague-attribution', 'donors']]],
    ['The view from the hill was lovely.', []],
  ])('a view or a mood among a crowd is theirs, as a consensus among them is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The plant will close in 2027, per a company filing.', [['named-source', 'per a company filing']]],
    ['Sales rose 12%, per a statement from the club.', [['named-source', 'per a statement from the club']]],
    // A rate, or terms agreed, name no source.
    ['The deal closed, per the agreement signed in May.', []],
  ])('", per" a record or a body set off by a comma is "according to": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The trustees blamed the loss on bad advice.', [['named-source', 'The trustees blamed']]],
    ['The directors said the fund was sound.', [['named-source', 'The directors said']]],
    // With no article, a crowd of a kind.
    ['Directors say the rules are too strict.', [['vague-attribution', 'Directors']]],
  ])('"the trustees", "the directors" are the board the story has in view, as "the organisers" are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh will star in the new series, the studio said on Monday.\n\nThe series will be filmed in Leeds, according to The Hollywood Reporter.', 'The Hollywood Reporter'],
    ['Ann Marsh will star in the new series, the studio said on Monday.\n\nThe Leeds Argus Leader said the series would be filmed in Leeds.', 'The Leeds Argus Leader'],
  ])('a name ending in a capitalised role word refers to no one named before it: %s', (text, name) => {
    const finding = analyzeText(text).find((f) => f.text.includes(name));
    expect(finding?.kind).toBe('named-source');
    expect(finding?.reason).not.toContain('refers to');
  });

  test('a role in lower case after a capitalised body still refers back: "the Labour candidate"', () => {
    const reasons = analyzeText('Ann Marsh is standing in Leeds. The Labour candidate said the seat was winnable.').map((f) => f.reason);
    expect(reasons.some((r) => r.includes('refers to “Ann Marsh”'))).toBe(true);
  });

  test.each([
    ['Sales fell, according to a person who has seen the figures.', [['anonymous-source', 'according to a person who has seen the figures']]],
    ['Sales fell, according to analysts who follow the company, and shares slid.', [['vague-attribution', 'according to analysts who follow the company']]],
    // A clause about a thing is not who the source is.
    ['Sales fell, according to the report, which was published on Monday.', [['named-source', 'according to the report']]],
  ])('after "according to", who the person is runs to the clause\'s end, as before a verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Economists have questioned the figure.', [['vague-attribution', 'Economists']]],
    ['Doctors questioned the safety of the drug.', [['vague-attribution', 'Doctors']]],
    // Questioning a person is an interview, no doubt voiced.
    ['Police questioned the suspect for six hours.', []],
  ])('questioning a figure, an estimate or a drug\'s safety voices a doubt, as questioning the figures does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The battery is glued in, iFixit said.', [['named-source', 'iFixit said']]],
    ['According to a teardown by iFixit, the battery is glued in.', [['named-source', 'According to a teardown by iFixit']]],
    // Nor is an abbreviation in capitals after its first letter.
    ['The mRNA vaccines work, doctors said.', [['vague-attribution', 'doctors']]],
  ])('a name written with its capital second ("iFixit", "eBay") is a name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Around one in 70 people had the virus last week, the ONS estimates.', [['named-source', 'the ONS estimates']]],
    ['The ONS said unemployment rose.', [['named-source', 'The ONS said']]],
    ['Unemployment rose, the NHS says.', [['named-source', 'the NHS says']]],
  ])('initials ending in "S" are a name, not the plural of a word: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Modelling suggests 500 people could die.', [['vague-attribution', 'Modelling'], ['unverified-figure', '500 people']]],
    // The modelling the story has in view, or a body's, is theirs.
    ['Modelling by the Leeds Institute suggests 500 people could die.', [['named-source', 'Modelling by the Leeds Institute suggests']]],
  ])('modelling no one is named for is vague, as research is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh toured a factory in North Hull on Monday. The company said it would hire 300 workers.', 'The company said', 'North Hull'],
    ['Voters in Leeds went to the polls on Tuesday, with Ann Marsh and Tom Reed neck and neck. The poll showed Marsh ahead.', 'The poll showed', 'Tom Reed'],
  ])('a body or a record does not refer to a name met in passing: %s', (text, finding, passing) => {
    const reason = analyzeText(text).find((f) => f.text === finding)?.reason;
    expect(reason).toBeDefined();
    expect(reason).not.toContain(passing);
  });

  test('a body refers past a pronoun that refers to no one, to the body named before it', () => {
    const reason = analyzeText('Acme Bank said profits rose. It said costs fell. The bank said it would hire staff.').find((f) => f.text === 'The bank said')?.reason;
    expect(reason).toContain('refers to “Acme Bank”');
  });

  test('a person described by role may still refer to a name met in passing', () => {
    const reason = analyzeText('Voters cheered Ann Marsh on Monday. The candidate said she would win.').find((f) => f.text.startsWith('The candidate'))?.reason;
    expect(reason).toContain('refers to “Ann Marsh”');
  });

  test.each([
    ['According to a statement from the palace, the king is resting.', [['named-source', 'According to a statement from the palace']]],
    ['An airline spokesman said the flight was cancelled.', [['named-source', 'An airline spokesman said']]],
    ['Prison officials said the inmate had died.', [['named-source', 'Prison officials said']]],
    ['The church said the roof would be repaired.', [['named-source', 'The church said']]],
  ])('an airline, a palace, a prison, a church speak on the record as a company or a hospital does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Farmers feel the pinch of rising prices.', []],
    ['The council feels the heat over the closures.', []],
    ['Farmers felt the full force of the drought.', []],
    // Feeling a clause, a state or a sense of something is a view or a feeling held (guide).
    ['Traders felt the effects would be short-lived.', [['vague-attribution', 'Traders']]],
    ['Some voters feel betrayed.', [['vague-attribution', 'Some voters']]],
    ['Many voters feel a deep sense of betrayal.', [['vague-attribution', 'Many voters']]],
  ])('feeling the pinch or the heat is undergoing it, no view held: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Opposition parties said the vote was rigged.', [['vague-attribution', 'Opposition parties']]],
    ['Smaller parties complained of being shut out.', [['vague-attribution', 'Smaller parties']]],
    // Parties the story has in view, pointed back to.
    ['The parties said the deal was fair.', [['named-source', 'The parties said']]],
    ['Both political parties said the deal was fair.', [['named-source', 'Both political parties said']]],
  ])('parties no one names speak as a crowd, as unnamed groups and unions do: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Users on Reddit report that the update drains batteries.', [['vague-attribution', 'Users on Reddit']]],
    ['Fans on Twitter report that tickets sold out in minutes.', [['vague-attribution', 'Fans on Twitter']]],
    // A possessive after "on" opens a noun phrase: "show" there is the noun.
    ['Participants on Monday’s edition of his radio show were chosen at random.', []],
  ])('people on a named platform or place report as people in one do: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // With its own article the crowd was found already.
    ['Acme said 300 jobs would go, a figure the unions disputed.', [['named-source', 'Acme said'], ['named-source', 'the unions disputed']]],
    ['Acme said 300 jobs would go, a number unions disputed.', [['named-source', 'Acme said'], ['vague-attribution', 'unions']]],
    ['The army said 40 rebels were killed, an account residents rejected.', [['named-source', 'The army said'], ['vague-attribution', 'residents']]],
    // "a number of", "a figure skater": one phrase.
    ['A number of analysts disputed the figures.', [['vague-attribution', 'A number of analysts']]],
    ['A figure skater said the ice was too soft.', [['anonymous-source', 'A figure skater']]],
  ])('a crowd right after a claim\'s noun is who disputes it, the claim their object: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The memo outlines a plan to cut 2,000 jobs.', [['named-source', 'The memo outlines']]],
    ['The report details 40 cases of abuse.', [['named-source', 'The report details']]],
    ['Acme Rich lists the family’s wealth at $40 billion.', [['named-source', 'Acme Rich lists']]],
    ['On its website, the agency lists “fraud as its top priority.”', [['named-source', 'the agency lists']]],
    // With no object after them they are the nouns they mostly are.
    ['At least six firms now compile rich lists.', [['unverified-figure', 'At least six firms']]],
    ['Full details of the plan were not released.', []],
  ])('a record or a body that lists, details or outlines reports what it sets out: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A video posted online shows a fire at the plant.', [['vague-attribution', 'A video posted online']]],
    ['Photos posted on Telegram show the bridge collapsed.', [['vague-attribution', 'Photos posted on Telegram']]],
    // "media shows" is no noun after a record put out on it.
    ['Footage shared on social media shows soldiers firing on the crowd.', [['vague-attribution', 'Footage shared on social media']]],
    ['A statement posted on the Acme website said the sale was off.', [['named-source', 'A statement posted on the Acme website said']]],
    // Whoever posts a record still speaks.
    ['The campaign posted a statement saying the vote was rigged.', [['named-source', 'The campaign posted a statement saying']]],
  ])('how a record was put out ("posted online") is part of the record, not a claim of its own: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A video released by police shows the driver fleeing.', [['named-source', 'A video released by police shows']]],
    ['A statement from police said 40 people died.', [['named-source', 'A statement from police said']]],
    ['A report by prosecutors found 40 payments to the firm.', [['named-source', 'A report by prosecutors found']]],
    // Former prosecutors speak from outside the case, as they do alone.
    ['A statement from former prosecutors said 40 people died.', [['vague-attribution', 'A statement from former prosecutors'], ['unverified-figure', '40 people']]],
  ])('a record by police or prosecutors is theirs with or without "the", as their own words are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A photo posted by the council shows the damage to the bridge.', [['named-source', 'A photo posted by the council shows']]],
    ['The photo shows the damage to the bridge.', [['named-source', 'The photo shows']]],
    ['A photo shows the damage to the bridge.', [['vague-attribution', 'A photo']]],
  ])('a photo is a record as a video is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A photo taken by Tom Reed shows the damage.', [['named-source', 'A photo taken by Tom Reed shows']]],
    ['Photos taken by the council show the damage.', [['named-source', 'Photos taken by the council show']]],
    ['A video taken by a resident shows the damage.', [['vague-attribution', 'A video taken by a resident']]],
  ])('who took a record describes it, and is no subject of what it shows: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A video on YouTube shows the blast at the plant.', [['vague-attribution', 'A video on YouTube']]],
    ['Tom Reed spent the week trading jokes on Twitter and getting into disputes with his rivals.', []],
    // A platform's own people and a named owner still count.
    ['A Twitter spokesman said the account had been suspended.', [['named-source', 'A Twitter spokesman said']]],
    ['A video posted by Acme on YouTube shows the blast.', [['named-source', 'A video posted by Acme on YouTube shows']]],
  ])('a platform after "on" is where something was put out, not a name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed has courted farmers with promises to cut fuel duty.', []],
    ['The firm is under investigation for claims it misled investors.', []],
    // A verb after a subject still is one.
    ['Ann Marsh said in remarks to reporters that the deal was done.', [['named-source', 'Ann Marsh said']]],
  ])('a cue word after "with", "for", "into" and the like is a noun, as after "on": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A study published in Nature found the drug cut the risk of stroke by 40 percent.', [['named-source', 'A study published in Nature found']]],
    ['A report compiled by the Acme Trust found the scheme a success.', [['named-source', 'A report compiled by the Acme Trust found']]],
    // Someone finding a thing still came upon it.
    ['A neighbour found the dog in the garden.', []],
  ])('a record published or conducted, then "found", reports a finding: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed’s counsel said the charges were false.', [['named-source', 'Reed’s counsel said']]],
    ['Ann Marsh’s defense counsel told the court she had repaid the money, calling the case a misunderstanding.', [['named-source', 'Ann Marsh’s defense counsel told']]],
    ['Defense counsel argued the search was illegal.', [['named-source', 'Defense counsel argued']]],
    ['The defence barrister said Reed was at home.', [['named-source', 'The defence barrister said']]],
    // Any defence lawyer, not the one in the case.
    ['A defense lawyer said the law was unclear.', [['anonymous-source', 'A defense lawyer']]],
  ])('counsel is a person’s role, and the defence’s counsel is the accused’s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The prosecution alleged that Reed forged 40 invoices.', [['named-source', 'The prosecution alleged']]],
    ['The defence alleged that the police had planted the invoices.', [['named-source', 'The defence alleged']]],
  ])('the prosecution and the defence are the sides of the case, as prosecutors are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One astronomer described the pictures as breathtaking.', [['anonymous-source', 'One astronomer']]],
    ['A forecaster said the storm would weaken overnight.', [['anonymous-source', 'A forecaster']]],
    ['A carer told us the home had been short of staff for months.', [['anonymous-source', 'A carer']]],
    ['The filmmaker, Ann Marsh, said the shoot took two years.', [['named-source', 'Ann Marsh']]],
  ])('more professions are people’s roles: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Officials at the ministry, who spoke on condition they not be named, said the decision was final.', [['anonymous-source', 'Officials at the ministry, who spoke on condition they not be named']]],
    ['An aide to Reed, speaking on condition that he not be identified, said the deal was dead.', [['anonymous-source', 'An aide to Reed, speaking on condition that he not be identified']]],
  ])('a condition that they "not be named" is anonymity asked, as "not to be named" is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The figures, released on Thursday, show a sharp rise in homelessness.', [['named-source', 'The figures']]],
    ['The data, published in May, show a fall in crime.', [['named-source', 'The data']]],
    // A singular record was read so already.
    ['The report, released on Thursday, shows a sharp rise in homelessness.', [['named-source', 'The report']]],
  ])('a plural record, then its participle aside, then its bare verb, reports: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme shares have lost a third of their value this year.', []],
    ['The pound has lost a fifth of its value since June.', []],
    // A share of people is still a figure.
    ['Half of voters back the plan.', [['unverified-figure', 'Half of voters']]],
  ])('a market that moves by a fraction moves, as by a percentage: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Polling by Acme Research puts support for the plan at 38%.', [['named-source', 'Polling by Acme Research puts']]],
    ['Acme puts support for the plan at 38%.', [['named-source', 'Acme puts']]],
    // A plural noun before a bare verb is still its subject.
    ['The reports support the view that prices will rise.', [['vague-attribution', 'The reports']]],
    ['Reed put his feet up at 10.', [['unverified-figure', '10']]],
  ])('a poll that puts support at a figure estimates it, and "puts support" is no subject and verb: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed maintains the plan is sound.', [['named-source', 'Reed maintains']]],
    ['Tom Reed has long maintained his innocence.', [['named-source', 'Tom Reed has long maintained']]],
    // Keeping a thing is no claim, nor is a verb the subject shares after "and".
    ['Reed maintained his lead in the polls.', []],
    ['The council maintains the roads and will repair them.', []],
  ])('maintaining a clause or one’s innocence is a claim; maintaining a thing is not: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh, a teacher at the school for two decades told the paper that classes had grown.', [['named-source', 'Ann Marsh']]],
    ['On Monday, Tom Ode, a former official at the ministry told reporters the plan had failed.', [['named-source', 'Tom Ode']]],
    // The description is the subject itself after a clause or a time, and a tag between commas is its own.
    ['After meeting Tom Reed, a senior official said the plan had failed.', [['anonymous-source', 'a senior official']]],
    ['Last Monday, a senior official said the plan had failed.', [['anonymous-source', 'a senior official']]],
    ['Tom Reed, a colleague said, was often late.', [['anonymous-source', 'a colleague']]],
  ])('a name’s description whose closing comma is left out is still the named person’s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A survey published by Acme Research found Marsh ahead by 4 points.', [['named-source', 'A survey published by Acme Research found']]],
    ['A poll released Monday by Acme Research shows Marsh ahead by 4 points.', [['named-source', 'A poll released Monday by Acme Research shows']]],
    // The verb before a document it issued still gives it its speaker.
    ['The council put out a notice Friday saying the road would close.', [['named-source', 'The council put out a notice Friday saying']]],
  ])('a record put out by a maker whose name ends in a record’s noun is the maker’s, no document issued: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme released a report that shows most voters back the plan.', [['named-source', 'Acme released a report that shows']]],
    ['The council published data that show the money was lost.', [['named-source', 'The council published data that show']]],
    // "that" before a noun it determines is no relative pronoun.
    ['Reed watched that show every week.', []],
  ])('a record’s relative clause with "that" reports, in the singular and the plural: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['There’s no way back for Ode after accusing the board of fraud.', []],
    ['It’s hard for Marsh to win after accusing the mayor of lying.', []],
    // "Here’s Reed on the levy:" brings on a speaker.
    ['Here’s Reed on the levy: “It has to go.”', [['named-source', 'Here’s Reed on the levy:']]],
  ])('no one after an impersonal “there’s” or “it’s” is the clause’s subject: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh, after first saying the plant was safe, ordered it closed in May.', [['named-source', 'Ann Marsh']]],
    ['The mayor, despite saying in May that taxes would not rise, raised them in June.', [['named-source', 'The mayor']]],
    // An adverb of manner makes an act ("after accidentally posting").
    ['Reed resigned after accidentally posting the photo.', []],
  ])('a participle after "despite" or "upon", or after an adverb of time, is its clause’s subject’s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed Monday night defended the budget.', [['named-source', 'Reed Monday night defended']]],
    ['Acme Monday denied the claims.', [['named-source', 'Acme Monday denied']]],
    // A day named for an event is a name, and a record's participle keeps its day.
    ['Voters on Super Tuesday said the economy mattered most.', [['vague-attribution', 'Voters on Super Tuesday']]],
    ['A report published Tuesday by the council showed the road was unsafe.', [['named-source', 'A report published Tuesday by the council showed']]],
    // After a noun too, as wire copy writes it; a record's participle or a preposition keeps its day.
    ['Residents of the estate Monday said the lifts had failed again.', [['vague-attribution', 'Residents of the estate']]],
    ['The top candidates for governor Thursday said the budget was a mess.', [['vague-attribution', 'The top candidates for governor']]],
    ['A letter sent Friday said the depot would close.', []],
    // Before a participle the noun is an object, and the participle's subject is before it.
    ['Mayor Ann Reed toured the depot Friday promising that the buses would keep running.', [['named-source', 'Mayor Ann Reed toured the depot Friday promising']]],
  ])('a weekday alone between a name and its verb is when, not who: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Leeds’s coroner said the driver had been drinking.', [['named-source', 'Leeds’s coroner said']]],
    ['Leeds’s chief medical examiner concluded that the driver had been drinking.', [['named-source', 'Leeds’s chief medical examiner concluded']]],
    ['A medical examiner said the driver had been drinking.', [['anonymous-source', 'A medical examiner']]],
    ['Hull’s registrar confirmed that the records were lost.', [['named-source', 'Hull’s registrar confirmed']]],
    // One of them with no owner is one unnamed person.
    ['A magistrate said the case should never have come to court.', [['anonymous-source', 'A magistrate']]],
    // Offices as often surnames are left out: "Dean" here is a senator.
    ['Several senators, including Dean, said the ferry should keep running.', [['named-source', 'Several senators, including Dean, said']]],
  ])('a named place’s office holder is named, as its governor is: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Criminology tells us that such towns never recover.', [['vague-attribution', 'Criminology']]],
    // A firm's, a journal's or a channel's name that ends like a field, or is one, stays a name.
    ['Geomatics said its survey of the dam was sound.', [['named-source', 'Geomatics said']]],
    ['Autonomy said its sales rose last year.', [['named-source', 'Autonomy said']]],
    ['History said the series would return in May.', [['named-source', 'History said']]],
  ])('a field of knowledge opening a sentence is a vague authority, not a name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme stood by its report. It accused the council of hiding the figures.', [['named-source', 'It accused']]],
    ['It blamed the weather for the delay.', [['named-source', 'It blamed']]],
    // A thing condemns people to a fate; no body speaks.
    ['It condemned thousands to poverty.', [['unverified-figure', 'thousands']]],
    // A verdict or a demand; a thing only calls something to mind.
    ['The growers’ union said the offer was low. It called the deal “an insult”.', [['named-source', 'The growers’ union said'], ['named-source', 'It called']]],
    ['The growers’ union met on Friday. It called for talks with Acme.', [['named-source', 'It called']]],
    // What a thing needs, in the present.
    ['The recipe is simple. It calls for 200g of flour and two eggs.', []],
    ['The flood hit Hull. It called to mind the storm of 1953.', []],
  ])('"it" that accuses, blames, criticises or calls is a body making a charge: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['There is a widespread belief that the election was stolen.', [['vague-attribution', 'There is a widespread belief']]],
    ['There is a sense that the town has been forgotten.', [['vague-attribution', 'There is a sense']]],
    ['It is often said that all politics is local.', [['hedge', 'It is often said that']]],
    // A feeling in a room is no view anyone holds about a claim.
    ['There was a feeling of relief in the room.', []],
  ])('a belief or a sense held by no one named is vague, and how often something is said changes no hedge: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The county lost 10,000 jobs last year, Reed said, a number the council disputes.', [['named-source', 'Reed said'], ['named-source', 'the council disputes']]],
    ['The plan would cost $4 billion, Marsh said, though critics disagree.', [['named-source', 'Marsh said'], ['vague-attribution', 'critics']]],
    ['Marsh said the plan would cost $4 billion, a figure her rivals dispute.', [['named-source', 'Marsh said'], ['vague-attribution', 'her rivals']]],
    // With no one else to source it, a figure someone disputes stays unverified.
    ['About 40 people died, a toll the army denies.', [['unverified-figure', 'About 40 people'], ['named-source', 'the army denies']]],
  ])('a figure is its speaker’s, not the source of a clause that disputes it after the tag: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some 300 homes were destroyed, per the county’s emergency office.', [['named-source', 'per the county’s emergency office']]],
    // A rate stays a rate.
    ['They paid $5 per the county’s rules.', []],
  ])('"per" a body named through its possessive is "according to" it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tourism keeps growing, with some 12,000 visitors expected at the festival.', [['unverified-figure', 'some 12,000 visitors']]],
    ['The count ends on Friday, with Ode expected to keep his seat.', []],
    // A feeling held after "with" is still a view, and a relative clause has its own subject.
    ['Shares fell, with many investors worried that the deal would fail.', [['vague-attribution', 'many investors']]],
    ['Reed sided with Marsh, who has said the plan is dead.', [['named-source', 'Marsh, who has said']]],
  ])('after "with", a past form is a passive participle, not a crowd’s view: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The senator is recovering, a spokeswoman for his office said.', [['named-source', 'a spokeswoman for his office said']]],
    ['A spokesman for the governor’s office said the road would reopen.', [['named-source', 'A spokesman for the governor’s office said']]],
    ['A spokeswoman for her campaign said the ad would run.', [['named-source', 'A spokeswoman for her campaign said']]],
    // For a body not yet said whose, the spokesperson is still unnamed.
    ['A spokesman for a rival firm said the ad was misleading.', [['anonymous-source', 'A spokesman for a rival firm']]],
  ])('a spokesperson for a body whose owner the story has named speaks for it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The paper was told by a source that the minister would resign.', [['anonymous-source', 'a source']]],
    ['Marsh was told by Reed that the plan had failed.', [['named-source', 'told by Reed']]],
    // Told to do something is an instruction, no claim.
    ['Staff were told by the company to work on Sunday.', []],
  ])('"told by" names who told, as "informed by" does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Patients treated at the clinic said they had waited all night.', [['vague-attribution', 'Patients treated at the clinic']]],
    ['Workers laid off at the mill say the pay-outs were late.', [['vague-attribution', 'Workers laid off at the mill']]],
    ['Families moved from the estate said the new flats were damp.', [['vague-attribution', 'Families moved from the estate']]],
    // A past form that is the clause's own verb describes no one: the speaker is after "as".
    ['Crowds gathered in the square as officials said the vote was fair.', [['vague-attribution', 'officials']]],
  ])('a past participle with its place after a crowd describes the crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Parents waiting outside the school said the gates opened late.', [['vague-attribution', 'Parents waiting outside the school']]],
    ['Patients questioned outside the hospital said the queue was short.', [['vague-attribution', 'Patients questioned outside the hospital']]],
    // After a determiner "inside" describes: an insider.
    ['An inside source said the board would meet again.', [['anonymous-source', 'An inside source']]],
  ])('"outside" places a crowd, whose head stays the crowd: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The warning label says the pills can cause drowsiness.', [['named-source', 'The warning label says']]],
    ['The reply letter said the case was closed.', [['named-source', 'The reply letter said']]],
    ['A warning letter sent to the firm said the site was unsafe.', [['vague-attribution', 'A warning letter sent to the firm']]],
  ])('a cue word between an article and a noun modifies the noun: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A letter sent to the mayor said the flats were unsafe.', [['vague-attribution', 'A letter sent to the mayor']]],
    ['A letter addressed to the head teacher said the roof leaked.', [['vague-attribution', 'A letter addressed to the head teacher']]],
    // Whose letter it is still names it.
    ['A letter from Acme sent to the mayor said the flats were unsafe.', [['named-source', 'A letter from Acme sent to the mayor said']]],
  ])('who a record was sent to is not what the phrase is about: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The agency called the fraud one of the worst it had seen.', [['named-source', 'The agency called']]],
    ['Marsh called the vote the biggest test of her term.', [['named-source', 'Marsh called']]],
    // A call on a given day is a telephone call.
    ['Reed called the office the next day.', []],
  ])('calling something one of a kind or the most of it is a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The plan was unworkable, according to two people present.', [['anonymous-source', 'according to two people present']]],
    ['Officials responsible for the scheme said it would be delayed.', [['vague-attribution', 'Officials responsible for the scheme']]],
    ['Residents aware of the plan said it came as a shock.', [['vague-attribution', 'Residents aware of the plan']]],
    // Before its noun the adjective is the noun's.
    ['The present mayor said the plan was dead.', [['named-source', 'The present mayor said']]],
  ])('an adjective after its noun describes it, as "familiar" does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Police put the crowd at closer to 8,000.', [['named-source', 'Police put']]],
    // Without "at": "closer to", "nearer" a figure.
    ['Acme says 500 jobs will go; the union puts the number closer to 800.', [['named-source', 'Acme says'], ['named-source', 'the union puts']]],
    ['Other estimates put the cost nearer £6 million.', [['vague-attribution', 'Other estimates'], ['unverified-figure', '£6 million']]],
    ['The council put the cost of the repairs at just under £4m.', [['named-source', 'The council put']]],
    ['Officials put the toll at as many as 900.', [['vague-attribution', 'Officials'], ['unverified-figure', 'as many as 900']]],
  ])('a count put at an approximate figure is estimated: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One, a nurse on the ward, said the beds were full.', [['anonymous-source', 'One, a nurse on the ward']]],
    ['Another, a teacher in Leeds, said the plan was unfair.', [['anonymous-source', 'Another, a teacher in Leeds']]],
    ['One, Ann Marsh, said the beds were full.', [['named-source', 'Ann Marsh']]],
    // A crowd set beside an example stays the crowd.
    ['Some, like Reed, said the beds were full.', [['vague-attribution', 'Some']]],
  ])('one of a group described or named between commas is that person: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The claims were dismissed as "nonsense" by a council spokesman.', [['named-source', 'dismissed as "nonsense" by a council spokesman']]],
    ['The deal was hailed as a breakthrough by Ann Marsh.', [['named-source', 'hailed as a breakthrough by Ann Marsh']]],
    ['Reed was seen as a likely winner by many analysts.', [['vague-attribution', 'many analysts']]],
    // With no agent the view is still pinned on no one; a dash ends the clause the agent could be in.
    ['The deal was hailed as a breakthrough.', [['vague-attribution', 'hailed as']]],
    ['Ode — who was regarded as an outsider — was beaten by Reed.', [['vague-attribution', 'regarded as']]],
    // A pronoun before it makes the verb active, the view its subject's.
    ['Ann Marsh said growers were angry at a levy that they regarded as unfair.', [['named-source', 'Ann Marsh said']]],
  ])('what a participle calls its object may stand between it and its agent: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Her account was corroborated by two colleagues.', [['anonymous-source', 'two colleagues']]],
    ['Her story, corroborated by police records, was accepted.', [['named-source', 'corroborated by police records']]],
    ['Two colleagues corroborated her account.', [['anonymous-source', 'Two colleagues']]],
  ])('corroborating is confirming: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['By the council’s own admission, the works are behind schedule.', [['named-source', 'By the council’s own admission']]],
    ['Reed was, by his own admission, a poor student.', [['named-source', 'by his own admission']]],
    // No one's admission: a ticket.
    ['Entry to the hall is by admission only.', []],
  ])('by someone’s own admission is by their account: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One passenger said the train had stopped for an hour.', [['anonymous-source', 'One passenger']]],
    ['A bystander said the van did not slow down.', [['anonymous-source', 'A bystander']]],
    ['One reviewer called the play "a triumph".', [['anonymous-source', 'One reviewer']]],
    ['A shareholder at the meeting said the bonus was obscene.', [['anonymous-source', 'A shareholder at the meeting']]],
    // Their plurals were crowds already.
    ['Passengers said the train had stopped for an hour.', [['vague-attribution', 'Passengers']]],
  ])('everyday people unnamed are sources too: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The state auditor said the payments were improper.', [['named-source', 'The state auditor said']]],
    ['An auditor at the firm said the accounts were sound.', [['anonymous-source', 'An auditor at the firm']]],
    ['"It is a scandal," one advocate said.', [['anonymous-source', 'one advocate']]],
    ['Advocates say the plan is cruel.', [['vague-attribution', 'Advocates']]],
  ])('an auditor is an office as a comptroller is, and an advocate a person: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Claims have circulated online that the vaccine is unsafe.', [['vague-attribution', 'Claims have circulated online that']]],
    ['Allegations have swirled for months that the count was rigged.', [['vague-attribution', 'Allegations have swirled for months that']]],
    // A result clause says what the claims did, not what they said.
    ['The claims spread so fast that the council had to respond.', []],
  ])('claims and allegations with no one making them are talk, as rumours are: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed theorised that the plan was flawed.', [['named-source', 'Reed theorised']]],
    ['Some scientists theorise that the gene is old.', [['vague-attribution', 'Some scientists']]],
  ])('"theorise" is "theorize" in British spelling: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Some financiers say the plan is flawed.', [['vague-attribution', 'Some financiers']]],
    ['Hoteliers in Leeds say bookings are down.', [['vague-attribution', 'Hoteliers in Leeds']]],
    ['Many townspeople say the plan is flawed.', [['vague-attribution', 'Many townspeople']]],
  ])('trades and townspeople the agent endings miss are crowds: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh and Tom Reed toured the mill on Friday. They said the floor was unsafe.', [['named-source', 'They said']]],
    ['Ann Marsh, a teacher, and Tom Reed stood outside the depot. They argue that the bus route should stay.', [['named-source', 'They argue']]],
    // A crowd met after the pair may be who "they" are: judged on its own words, as before.
    ['Ann Marsh and Tom Reed met farmers in Hull. They said the levy was unfair.', []],
    // Two names not joined as a pair say nothing of "they".
    ['Tom Reed met Ann Marsh. They said the plan was dead.', []],
  ])('"they" after two names joined by "and" is the pair: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The council put shop vacancies at 18%.', [['named-source', 'The council put']]],
    ['Acme puts inflation at 3 percent next year.', [['named-source', 'Acme puts']]],
    // Put somewhere that is no rate is no estimate.
    ['The storm put homes at risk.', []],
  ])('putting anything at a rate is estimating it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Monitors said the count was fair.', [['vague-attribution', 'Monitors']]],
    ['But election monitors reported irregularities at three polling stations.', [['vague-attribution', 'election monitors']]],
    ['A monitor from the Leeds mission said the count was fair.', [['anonymous-source', 'A monitor from the Leeds mission']]],
    // A pronoun takes no noun after it, and a word in -s before its object is the verb.
    ['It monitors and rates its couriers, demanding that they lease its vans.', [['named-source', 'It']]],
    ['The firm monitors its couriers, demanding that they lease its vans.', [['named-source', 'The firm']]],
  ])('monitors are people who report what they watch: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['In a statement read to the court, she said she was frightened.', [['named-source', 'she said']]],
    ['In a letter read out by his lawyer, Tom Reed said he was sorry.', [['named-source', 'Tom Reed said']]],
    // What a statement or a sign reads is still what it says.
    ['The statement read: the firm regrets the delay.', [['named-source', 'The statement read']]],
  ])('a statement read by someone says nothing itself: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A survey, carried out for the Hull Times, put support at 38%.', [['named-source', 'A survey, carried out for the Hull Times']]],
    ['A study, published by the Hull Medical Journal, found that 40% of patients improved.', [['named-source', 'A study, published by the Hull Medical Journal']]],
    ['A poll, by Acme Research, found 40% support.', [['named-source', 'A poll, by Acme Research']]],
    ['A report, commissioned by the council, found that 400 homes were at risk.', [['named-source', 'A report, commissioned by the council']]],
    // An aside that names no maker leaves the record unnamed.
    ['A study, which looked at patients in Leeds, found that 40% improved.', [['vague-attribution', 'A study'], ['unverified-figure', '40%']]],
  ])('an aside naming who made a record names it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Leeds firms are the biggest investors in Hull and the so- called ‘golden link’ with Paris has lasted decades.', []],
    ['Critics called it a disaster.', [['vague-attribution', 'Critics']]],
  ])('"so-called" split by a line break calls nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Staff said the ward was full.', [['vague-attribution', 'Staff']]],
    ['Some staff said they felt unsafe on the ward.', [['vague-attribution', 'Some staff']]],
    ['Nursing staff warned that beds were scarce.', [['vague-attribution', 'Nursing staff']]],
    ['Two staff members said the ward was full.', [['anonymous-source', 'Two staff members']]],
    // Staff for a named body speak for it, as its officials do.
    ['Staff for the Leeds Housing Committee said the report was late.', [['named-source', 'Staff for the Leeds Housing Committee said']]],
  ])('staff are people: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A witness questioned by council investigators said the loan was approved.', [['anonymous-source', 'A witness questioned by council investigators']]],
    ['A nurse questioned by police said the door was locked.', [['anonymous-source', 'A nurse questioned by police']]],
    ['Residents interviewed by the council said the road was unsafe.', [['vague-attribution', 'Residents interviewed by the council']]],
  ])('one person asked by a crowd heads the phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One season-ticket holder said he could no longer afford to go.', [['anonymous-source', 'One season-ticket holder']]],
    ['One holder of the bonds said the offer was too low.', [['anonymous-source', 'One holder of the bonds']]],
    ['Ticket holders said the offer was too low.', [['vague-attribution', 'Ticket holders']]],
  ])('a holder is a person: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Bondholders said the offer was too low.', [['vague-attribution', 'Bondholders']]],
    ['Policymakers warned that rates would rise.', [['vague-attribution', 'Policymakers']]],
    ['Peacekeepers said the ceasefire was holding.', [['vague-attribution', 'Peacekeepers']]],
    // A surname in -ers stays a name.
    ['Rogers said the offer was too low.', [['named-source', 'Rogers said']]],
  ])('a crowd written as one word opening the sentence is no name: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The rallies fell well below the 40,000 per day council staff estimated.', [['named-source', 'council staff estimated']]],
    ['The plant is far from the 300 a year Acme Foods says it will hire.', [['named-source', 'Acme Foods says']]],
  ])('a rate\'s unit ends the figure a source\'s relative clause reports: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['It is short of the 300 jobs Acme Foods says it will cut.', [['named-source', 'Acme Foods says']]],
    ['It is short of the jobs Tom Reed said they would create.', [['named-source', 'Tom Reed said']]],
    // An adjective before a name describes it, and the phrase is one subject.
    ['A weary Tom Reed said he would stay.', [['named-source', 'A weary Tom Reed said']]],
  ])('a name after things in the plural opens their relative clause: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Farmers have reported crop losses of up to 40% in the worst-hit counties.', [['vague-attribution', 'Farmers'], ['unverified-figure', 'up to 40%']]],
    // Firms publishing their accounts pin no view on a crowd.
    ['Many firms reported losses last year.', []],
  ])('people reporting losses tell of them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Campaign groups say the country needs a heat plan.', [['vague-attribution', 'Campaign groups']]],
    ['Campaign staff said the candidate was tired.', [['anonymous-source', 'Campaign staff']]],
  ])('campaign groups are a crowd, campaign staff insiders: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A Treasury source, however, said spending would be cut.', [['anonymous-source', 'A Treasury source']]],
    ['Two aides, meanwhile, said the plan was dead.', [['anonymous-source', 'Two aides']]],
  ])('a linking adverb set off describes no one: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Many of the county party leaders who would much sooner be out handing leaflets today for Reed or Marsh or Tom Ode said they had come round to the ticket.', [['vague-attribution', 'Many of the county party leaders who would much sooner be out handing leaflets today for Reed or Marsh or Tom Ode']]],
    // A name right before the verb, with no "who" behind it, is the subject.
    ['The plan drew fire from farmers, and Tom Ode said it was unfair.', [['named-source', 'Tom Ode said']]],
  ])('a long relative clause is read back to its "who": %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Teenager charged after city centre stabbing', []],
    ['Two men charged over Leeds warehouse fire', []],
    ['Man charged in connection with Hull robbery', []],
    ['The firm charged for parking at the clinic.', []],
    // A speaker's tag and a charge made stay attributions.
    ['"You lied," Ann Marsh charged in her speech.', [['named-source', 'Ann Marsh charged']]],
    ['Police charged a man with theft.', [['named-source', 'Police charged']]],
  ])('someone charged after, over or for something made no charge: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A lawyer representing the customers told the Post that she expected a trial.', [['anonymous-source', 'A lawyer representing the customers']]],
    ['An adviser working for the growers said the levy was unfair.', [['anonymous-source', 'An adviser working for the growers']]],
    // A crowd doing something stays a crowd.
    ['Scientists using a telescope confirmed the find.', [['vague-attribution', 'Scientists using a telescope']]],
  ])('one person acting for a crowd heads the phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Officers were called to Kirkgate at about 11.40pm following reports of a fight.', []],
    ['Firefighters rushed to the mill after reports of smoke.', []],
    // Reports as the setting of news stay vague.
    ['The minister quit following reports of an affair.', [['vague-attribution', 'following reports']]],
  ])('reports that sent police or crews somewhere were made to them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A lawyer representing more than 2,000 customers told the Post that she expected a trial.', [['anonymous-source', 'A lawyer representing more than 2,000 customers']]],
    ['A group of more than 200 farmers told the Courier the levy was unfair.', [['vague-attribution', 'A group of more than 200 farmers']]],
    // A comparison is still a clause of its own.
    ['Prices rose more than analysts expected.', [['vague-attribution', 'analysts']]],
  ])('"than" in a count is no clause word: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['About 40 people were hurt, police said on March 3.', [['named-source', 'police said']]],
    ['About 40 people were hurt, police said at 10pm.', [['named-source', 'police said']]],
    ['The 6.8 quake hit at dawn, the Leeds Seismic Unit said, at a depth of 10km.', [['named-source', 'the Leeds Seismic Unit said']]],
  ])('a closing tag with a date or a time after it sources the figures before it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The two mayors agreed on Thursday to reopen the talks.', []],
    ['The council agreed in 2019 to a split pay scale.', []],
    // Agreeing that something is so, or with someone, is a view.
    ['Most economists agree that rates will rise.', [['vague-attribution', 'Most economists']]],
    ['Reed and Marsh implicitly agreed the mill problem can be solved by waiting.', [['named-source', 'Reed and Marsh implicitly agreed']]],
  ])('agreeing to do something is a commitment, no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Trade fell by 12% last year, customs data show.', [['named-source', 'customs data show']]],
    ['Income fell by 3% last year, tax data show.', [['named-source', 'tax data show']]],
    // Data no office is named for stay vague.
    ['Recent data show that rents are rising.', [['vague-attribution', 'Recent data']]],
  ])('customs and tax data are an office\'s records: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['At least five children have died, a WHO spokesperson told reporters in Geneva.', [['named-source', 'a WHO spokesperson told']]],
    ['The WHO said five children had died.', [['named-source', 'The WHO said']]],
    // The pronoun stays one.
    ['Officials who asked not to be named said the talks had failed.', [['anonymous-source', 'Officials who asked not to be named']]],
  ])('"WHO" in capitals is the health body, not the pronoun: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Leaked memo reveals plan to cut support', [['vague-attribution', 'Leaked memo']]],
    ['The plan would save £90m a year, according to a leaked memo.', [['unverified-figure', '£90m'], ['vague-attribution', 'according to a leaked memo']]],
    ['The internal document says the move would save £90m a year.', [['vague-attribution', 'The internal document'], ['unverified-figure', '£90m']]],
    // Whose it is makes it one a reader can ask about.
    ['The council\'s internal review found that 40 homes were at risk.', [['named-source', 'The council\'s internal review found']]],
    ['A leaked memo from the council shows the plan was dropped.', [['named-source', 'A leaked memo from the council shows']]],
  ])('a record kept from the public names no source unless its owner is named: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Her office later corrected the figure to 11.', [['named-source', 'Her office later corrected']]],
    ['The Leeds Bank lowered its growth forecast to 1.2 percent.', [['named-source', 'The Leeds Bank lowered']]],
    ['Officials raised the death toll to 30 on Tuesday.', [['vague-attribution', 'Officials'], ['unverified-figure', '30']]],
    ['Acme Foods trimmed its sales forecast to 4 percent.', [['named-source', 'Acme Foods trimmed']]],
    // A price set, a passive with no one to credit, and the verbs' base forms as adjectives are none.
    ['Acme Foods raised the price to $5.', []],
    ['Families on lower incomes said they were struggling.', [['vague-attribution', 'Families on lower incomes']]],
  ])('an estimate changed to a figure is the changer\'s estimate: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One councillor, speaking privately, put his chances of surviving the summer at “fifty-fifty at best”.', [['anonymous-source', 'One councillor, speaking privately'], ['unverified-figure', 'fifty-fifty']]],
    ['Acme Wealth put his fortune at "about $4 billion".', [['named-source', 'Acme Wealth put']]],
  ])('a figure put in quotation marks is still put: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Acme Wealth put his fortune at $4.5 billion.', [['named-source', 'Acme Wealth put']]],
    ['Acme Wealth put Ann Marsh\'s fortune at £30 million.', [['named-source', 'Acme Wealth put']]],
    ['The Leeds Argus pegged her at $2.9 billion.', [['named-source', 'The Leeds Argus pegged']]],
    ['The council pegs the cost at $3 million.', [['named-source', 'The council pegs']]],
    // A person put somewhere, or a currency pegged to another, is no estimate.
    ['Police put him at the scene.', []],
    ['The bank pegged its currency to the dollar.', []],
  ])('putting or pegging a fortune, a worth or a cost at a sum is estimating it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed answered by scoring twice in the second half.', []],
    ['Reed answered questions from reporters for an hour.', []],
    ['Reed answered that the plan was sound.', [['named-source', 'Reed answered']]],
    ['"It is sound," Reed answered.', [['named-source', 'Reed answered']]],
  ])('answering reports a claim only with what was said, as responding does: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The play, written by a local teacher, opens on Friday.', []],
    ['The song was written by a nurse.', []],
    ['The shop sells a memoir written by the former mayor.', []],
    // A record written by someone says what it says.
    ['The letter, written by the mayor, says the road will close.', [['named-source', 'The letter, written by the mayor, says']]],
  ])('who wrote a work is its author, no source: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['She read a poem by her son at the service.', []],
    ['Reed reads the book to his class every year.', []],
    // Works counted, or outlined, as well.
    ['Ann Marsh wrote three more novels in Hull.', []],
    ['Tom Reed had outlined the book before he died.', []],
    // Words may describe the work, its noun after them.
    ['Tom Reed and Ann Marsh wrote the two early programs that ran the flood model.', []],
    // A work that goes on to say something says it; a work's word in the writer's title is no work.
    ['Ann Marsh wrote a new book arguing that the plan was dead.', [['named-source', 'Ann Marsh wrote']]],
    ['“It works,” wrote software engineer Tom Reed.', [['named-source', 'wrote software engineer Tom Reed']]],
    // "of" is a count's only after a number: written of, a work is a topic.
    ['Ann Marsh wrote of the memoir that whole pages were copied.', [['named-source', 'Ann Marsh wrote']]],
    // A statement read says what it says.
    ['Marsh read a statement saying the plant would close.', [['named-source', 'Marsh read']]],
  ])('a work read, as one written, says nothing in the sentence: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The Hull Post has asked Acme for comment.', []],
    ['The Leeds Herald asked the council for a response on Monday.', []],
    // A question asked says what is asked.
    ['Tom Reed asked whether the levy was fair.', [['named-source', 'Tom Reed asked']]],
  ])('a request for comment is an outlet\'s own act, no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Marsh showed her class in the final set.', []],
    ['Reed showed his nerve under pressure.', []],
    // A strength the data show is what they report.
    ['The data showed strength in exports.', [['named-source', 'The data showed']]],
  ])('a quality someone shows is on show, no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed has shown no inclination to back down.', []],
    ['Ode has shown no real interest in the figures.', []],
    ['The growers showed much of a desire for a strike.', []],
    // Without an amount before it, the interest a record shows is what it reports.
    ['A new poll showed interest in the race rising.', [['vague-attribution', 'A new poll']]],
  ])('how much will someone showed is no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['One former trustee said warnings had been ignored. Another said the board had been asleep.', [['anonymous-source', 'One former trustee'], ['anonymous-source', 'Another']]],
    ['One source said the deal was off. Another said talks would resume.', [['anonymous-source', 'One source'], ['anonymous-source', 'Another']]],
    // After a crowd or a name, "another" is judged on its own words.
    ['Several trustees said warnings had been ignored. Another said the board had been asleep.', [['vague-attribution', 'Several trustees'], ['vague-attribution', 'Another']]],
    ['Tom Reed said warnings had been ignored. Another said the board had been asleep.', [['named-source', 'Tom Reed said'], ['vague-attribution', 'Another']]],
  ])('"another" after an unnamed person is one more like them: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('the reason for "another" says it is someone else of the same description', () => {
    const text = 'One former trustee said warnings had been ignored. Another said the board had been asleep.';
    expect(analyzeText(text).at(-1)?.reason).toContain('“Another” is one more of those described as “One former trustee”');
  });

  test.each([
    ['A close friend of the singer said she was devastated.', [['anonymous-source', 'A close friend of the singer']]],
    ['A longtime close aide said Reed would run.', [['anonymous-source', 'A longtime close aide']]],
    // Before "to" it describes an informant after the head.
    ['Sources close to Reed said he would run.', [['anonymous-source', 'Sources close to Reed']]],
  ])('"close" before a noun describes it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Most of the money comes from two sources: ticket sales and a grant from the arts council.', []],
    ['The town\'s water comes from two sources.', []],
    ['Funding comes from multiple sources, mostly private donors.', []],
    // People listed, or a claim's sources, are informants.
    ['Reuters heard it from two sources: a minister and an aide.', [['anonymous-source', 'two sources']]],
    ['The claim was confirmed by two sources.', [['anonymous-source', 'two sources']]],
  ])('where a supply comes from is no source of information: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Investors will be watching when the bank reports in July.', []],
    ['Acme Foods reports next week.', []],
    // A tag after what was reported, or one before it, reports it; so does "as … reported".
    ['Sales fell, Acme Foods reported on Tuesday.', [['named-source', 'Acme Foods reported']]],
    ['Acme Foods reported on Monday, in a filing, that sales fell.', [['named-source', 'Acme Foods reported']]],
    ['The mayor met the board that day, as the Leeds Argus reported on Tuesday, and will meet it again.', [['named-source', 'the Leeds Argus reported']]],
  ])('when a firm reports, with nothing reported, is no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The film tells the story of a girl who runs away to sea.', []],
    // A story of how things went recounts them; a story the data tell sums them up.
    ['Ann Marsh often tells the tale of how the mill closed.', [['named-source', 'Ann Marsh often tells']]],
    ['The data tell a story of decline.', [['named-source', 'The data tell']]],
    // So is one told in the past, a joke or stories at a dinner; not jokes told "that" something is so.
    ['Reed told a joke about the mayor.', []],
    // People who told the tale of someone tell what befell them.
    ['Ann Marsh told the tale of her neighbour, who walked home from the ward.', [['named-source', 'Ann Marsh told']]],
    ['Marsh told the story of how the mill had closed.', [['named-source', 'Marsh told']]],
    ['Reed told jokes that the mayor was a crook.', [['named-source', 'Reed told']]],
    // Stories told of someone or in which something happened tell it.
    ['Survivors told stories in which guards beat them.', [['vague-attribution', 'Survivors']]],
  ])('a story told is no claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The song says a lot about her.', []],
    ['The album title says it all.', []],
    ['Reed said a few words at the funeral.', []],
    // What is said after them is said.
    ['Reed said it all came down to money.', [['named-source', 'Reed said']]],
    ['Reed said a lot of growers felt cheated.', [['named-source', 'Reed said']]],
    ['The title says it all: “Leeds Forever”.', [['named-source', 'The title says']]],
    ['Reed said very little about the levy had been explained to growers.', [['named-source', 'Reed said']]],
  ])('how much something says of someone, or a speech given, claims nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh recalled the envoy as a careful man.', [['named-source', 'Ann Marsh recalled']]],
    ['Hull recalled its ambassador for consultations.', []],
    ['Acme rejected the offer as too low.', [['named-source', 'Acme rejected']]],
    ['Acme denied the offer existed.', [['named-source', 'Acme denied']]],
    ['The pilot, Tom Reed, reported to base at dawn that the engine had failed.', [['named-source', 'Tom Reed']]],
    ['Acme lost money, its Tax Returns show.', [['named-source', 'its Tax Returns show']]],
    ['Edith Coyle remembers that the mill closed in 1982.', [['named-source', 'Edith Coyle remembers']]],
    ['Gwen Parry claimed pension credit last year.', []],
    ['Ann Marsh has written to the chain three times.', []],
    ['The tariff is 24.5p per kWh for power.', []],
    ['Reports are coming in of a fire at the depot.', [['vague-attribution', 'Reports are coming in']]],
    ['We are getting reports that the bridge has closed.', [['vague-attribution', 'We are getting reports']]],
    ['Early tracking suggests a slow start.', [['vague-attribution', 'Early tracking']]],
    ['Scientists tracking the storm say it will weaken.', [['vague-attribution', 'Scientists']]],
    ['The man who filmed it said it was taken at 2pm.', [['anonymous-source', 'The man who filmed it']]],
    ['An eyewitness told our reporter that the car was speeding.', [['anonymous-source', 'An eyewitness']]],
    ['Tom Reed reported the fake account to the platform.', []],
    ['Acme reported the results to investors, saying sales fell.', [['named-source', 'Acme reported']]],
    ['The Acme tracking poll puts his approval at 49.5 percent.', [['named-source', 'The Acme tracking poll puts']]],
    // From a third review: what follows such words may still be said or shown.
    ['Reed claimed asylum seekers were costing the city £1m.', [['named-source', 'Reed claimed']]],
    ['Ann Marsh has written to the council expressing concern about the plan.', [['named-source', 'Ann Marsh has written']]],
    ['Acme is reporting figures that show a loss.', [['named-source', 'Acme is reporting']]],
    ['Ann Marsh’s reporting shows the plan failed.', [['named-source', 'Ann Marsh’s reporting shows']]],
    ['Recent reporting suggests the plan failed.', [['vague-attribution', 'Recent reporting']]],
    ['Draft reports were circulating that morning.', []],
    ['Hull recalled its ambassador to Corvinia on Monday.', []],
    ['Acme rejected the application submitted by Hull Foods.', []],
    ['Reed reported for duty that morning.', []],
    ['Edith Coyle remembers that winter well.', []],
    ['Church Shooting survivors said they were angry.', [['vague-attribution', 'survivors']]],
    ['British Muslims’ accounts of the march differ.', []],
    ['The tour concluded at a stadium that had sold 60,000 tickets.', [['unverified-figure', '60,000 tickets']]],
    // From a fourth review.
    ['Reed claimed a refund after the flight was cancelled.', []],
    ['Hull recalled the ambassador to Corvinia telling him to pack.', [['named-source', 'Hull recalled']]],
    ['Acme denied the offer submitted by Hull Foods had been received.', [['named-source', 'Acme denied']]],
    ['Acme reported a loss to shareholders.', [['named-source', 'Acme reported']]],
    ['A stranger told our children to go home.', []],
    ['Reports were emerging that evening of gunfire.', [['vague-attribution', 'Reports were emerging']]],
    ['According to Tom Legend, the show sold out.', [['named-source', 'According to Tom Legend']]],
    // From a fifth review.
    ['Reed reported the fire to the fire service.', []],
    ['Ann Marsh remembers that the winter after the mill shut was the hardest.', [['named-source', 'Ann Marsh remembers']]],
    ['Ann Marsh remembers that hit song.', []],
    ['Hull recalled its ambassador from Beijing on Monday.', []],
    ['Hull recalled its ambassador and is weighing sanctions.', []],
    ['Acme rejected the application submitted by Hull Foods, which has since appealed.', []],
    ['According to Leeds folklore, the well never runs dry.', [['vague-attribution', 'According to Leeds folklore']]],
    ['He never drank, according to those who knew Ann Marsh.', [['vague-attribution', 'according to those who knew Ann Marsh']]],
    ['An eyewitness told our political editor that the car was speeding.', [['anonymous-source', 'An eyewitness']]],
    ['Two officials who received and reviewed it said the memo was genuine.', [['anonymous-source', 'Two officials who received and reviewed it']]],
    // From a last check on ordinary copy: a person threatened, and a trial going on.
    ['The defendant allegedly threatened a witness outside the court.', [['hedge', 'allegedly']]],
    ['Reed threatened that he would quit.', [['named-source', 'Reed threatened']]],
    ['The trial, which is expected to last three weeks, continues.', []],
    ['“Is he so naive?” the mayor continued.', [['named-source', 'the mayor continued']]],
    // From a sixth review.
    ['Acme reported the fire to be under control.', [['named-source', 'Acme reported']]],
    ['Acme reported the damage to its warehouse had cost £40,000.', [['named-source', 'Acme reported']]],
    ['He never drank, according to those who worked at the council.', [['vague-attribution', 'according to those who worked at the council']]],
    ['Hull recalled the ambassador to Corvinia at the time had warned of war.', [['named-source', 'Hull recalled']]],
    ['Acme denied the offer made by Acme Ltd last month had been received.', [['named-source', 'Acme denied']]],
    ['A coach told the team to train harder.', []],
    ['Ann Marsh remembers that dark night when the mill burned.', []],
  ])('acts that claim nothing and claims that look like acts, from a second review and three probes: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh recalled the envoy had warned her.', [['named-source', 'Ann Marsh recalled']]],
    ['Acme denied the offer was too low.', [['named-source', 'Acme denied']]],
    ['Hull United denied that an approach had been made.', [['named-source', 'Hull United denied']]],
    ['The museum objects were returned in May.', []],
    ['It is commonly felt in the legs after a long walk.', []],
  ])('an envoy recalled, an offer rejected, an object and a pain felt claim nothing, but what is said of them is said: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed reported for duty on Monday.', []],
    ['The nurses report to work at six.', []],
    // Reporting to base what happened reports it.
    ['The pilot, Tom Reed, reported to base that the engine had failed.', [['named-source', 'Tom Reed']]],
    ['Ann Marsh sang at her Leeds show.', []],
    // A body's records at the end still show.
    ['Prices rose, figures from the Leeds Grain Board show.', [['named-source', 'figures from the Leeds Grain Board show']]],
    ['Acme lost money last year, its Annual Accounts show.', [['named-source', 'its Annual Accounts show']]],
  ])('turning up for work, or a show closing a sentence, reports nothing: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The researchers observed the comet for 17 nights.', []],
    // A remark: with "that", after a comma, or as a tag with when it was said.
    ['Ann Marsh observed that the plan had failed.', [['named-source', 'Ann Marsh observed']]],
    ['If Leeds can build a wall, Reed observed this week, then so can Hull.', [['named-source', 'Reed observed']]],
  ])('observing something is watching it, no remark: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The figures bore out her claim.', [['named-source', 'The figures bore out']]],
    ['Records bear out what the council said.', [['vague-attribution', 'Records']]],
    // Without its particle, bearing is carrying.
    ['Reed bore the cost himself.', []],
  ])('bearing out a claim confirms it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Tom Reed, who says Ann Marsh denied the story, left early.', { source: 'Ann Marsh', cue: 'denied' }],
    ['Marsh, who says the council denied the report, asked again.', { source: 'the council', cue: 'denied' }],
    ['Marsh, who believes the mayor warned the council, asked again.', { source: 'the mayor', cue: 'warned' }],
  ])('the subject after a relative clause\'s cue is its own, without the cue: %s', (text, expected) => {
    expect(read(text)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ['Several nurses at the hospital described chaotic scenes. They said patients waited for hours.', 'Several nurses at the hospital'],
    ['Many members of the union condemned the closures. The members wrote that the closures were rushed.', 'Many members of the union'],
  ])('people before where they work are who a later "they" or "the members" refers to: %s', (text, antecedent) => {
    const findings = analyzeText(text);
    expect(findings.map((f) => f.kind)).toEqual(['vague-attribution', 'vague-attribution']);
    expect(findings[1]?.reason).toContain(`refers to “${antecedent}”`);
  });

  test.each([
    ['The vote went to Acme Holdings, and Ann Marsh took to Twitter, calling it a disgrace.', [['named-source', 'Ann Marsh']]],
    ['Marsh has a new deal with Acme Records, and the Leeds Group was left to ask: "Where did it all go wrong for us?"', [['named-source', 'the Leeds Group']]],
    // A list of names ends at its last name, with no clause between its commas.
    ['Reed, Marsh, and Ode said the vote was rigged.', [['named-source', 'Reed, Marsh, and Ode said']]],
  ])('a clause after ", and" has its own subject, though a name ends the one before: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Ann Marsh emailed members saying the vote would be rerun.', [['named-source', 'Ann Marsh emailed members saying']]],
    ['The company texted customers warning that prices would rise.', [['named-source', 'The company texted customers warning']]],
    // Met in person, the people are the ones complaining.
    ['Reed met farmers complaining about the levy.', [['vague-attribution', 'farmers']]],
  ])('what a message sent to people says is the sender\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A past verb the participle's phrase opens with is another clause's, its subject before it; its object is whom the
    // participle describes.
    ['The speech, which included Reed vowing to keep the ferry, ran long.', [['named-source', 'Reed vowing']]],
    ['The jobs report cheered growers hoping to keep the levy.', [['vague-attribution', 'growers']]],
  ])('the object of a verb before a participle is its subject, not the verb with it: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The cuts have left half of the growers saying the levy is unfair.', 'saying', 'half of the growers'],
    ['Ben Ode, who, like other classmates, remembered Tom claiming that his father was a miller, left.', 'claiming', 'Tom'],
  ])('so in the source phrase: %s', (text, cue, phrase) => {
    expect(read(text).filter((a) => a.cue === cue).map((a) => a.source)).toEqual([phrase]);
  });

  test('a surname alone names, for "he", the person the article gave it to in full', () => {
    const text =
      '“We will talk,” said Tom Reed.\n\n“It matters more for him,” said one former aide, who asked not to be named.\n\n' +
      'Reed later left the hall. On the levy, he argues that it can wait.';
    const he = analyzeText(text).find((f) => f.text.startsWith('he argues'));
    expect(he?.kind).toBe('named-source');
    expect(he?.reason).toContain('“Reed”');
  });

  test('a surname the article never gave, in full or as a speaker, names no one for "he"', () => {
    const text =
      '“We will talk,” said the mayor.\n\n“It matters more for him,” said one former aide, who asked not to be named.\n\n' +
      'Reed later left the hall. On the levy, he argues that it can wait.';
    expect(analyzeText(text).find((f) => f.text.startsWith('he argues'))?.kind).toBe('anonymous-source');
    // A speaker given by the one name is given it: "said Reed", then "Reed … he".
    const spoken = text.replace('said the mayor', 'said Reed');
    expect(analyzeText(spoken).find((f) => f.text.startsWith('he argues'))?.reason).toContain('“Reed”');
  });

  test.each([
    ['“Will they really spend 40 million pounds on the ads?” Marsh asked.', [['named-source', 'Marsh asked']]],
    ['“We won 14 votes!” Reed said as the count began.', [['named-source', 'Reed said']]],
    ['“We lost 4,000 letters in the move.” Reed said.', [['named-source', 'Reed said']]],
    // A sentence longer than a tag is none; nor is a speaker in the next paragraph.
    ['“We won 14 votes!” The count began at noon in the town hall, and Reed, who had run the count, told us it was close.', [['unverified-figure', '14 votes'], ['named-source', 'Reed']]],
    ['“We won 14 votes!”\n\nReed said.', [['unverified-figure', '14 votes'], ['named-source', 'Reed said']]],
  ])('a speaker tag written as its own sentence after the closing mark sources the quotation\'s figures: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Supporters of Ann Marsh and Tom Reed say the race is close.', [['vague-attribution', 'Supporters of Ann Marsh and Tom Reed']]],
    ['Aides to Ann Marsh and Tom Reed said the race was close.', [['anonymous-source', 'Aides to Ann Marsh and Tom Reed']]],
    // Names joined on their own are the speakers.
    ['Ann Marsh and Tom Reed said the race was close.', [['named-source', 'Ann Marsh and Tom Reed said']]],
  ])('names joined after a preposition go on with its object; the people before it speak: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Two people familiar with the talks between the ministry and the union said a deal was near.', [['anonymous-source', 'Two people familiar with the talks between the ministry and the union']]],
    ['People close to both the mayor’s office and the Leeds council said the two would not appear together.', [['anonymous-source', 'People close to both the mayor’s office and the Leeds council']]],
  ])('an informant\'s description the phrase limit falls inside is read back to whom it describes: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A counted crowd doing the story's act, then what they want: the count is the figure, the wanting no claim.
    ['More than 400 dockers walked out on Friday, demanding back pay.', [['unverified-figure', 'More than 400 dockers']]],
    ['Dozens of growers queued at the depot, hoping to sell their crop.', [['unverified-figure', 'Dozens of growers']]],
    // Saying something is so stays a claim, and a crowd uncounted stays vague.
    ['Some 40 growers met the minister, saying the levy was unfair.', [['unverified-figure', 'Some 40'], ['vague-attribution', 'growers']]],
    ['Farmers blocked the road on Friday, demanding a meeting.', [['vague-attribution', 'Farmers']]],
  ])('a counted crowd that acts and wants something is counted, not quoted: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Shapes close to rules that read a thing added, trades joined before a crowd, a crowd after one thing, a
  // headline's passive, talk circulating, amounts said to be topped, the parts of one building, a tag closing two
  // clauses, a spokesperson for one thing, a body's owners, a group's name, a role before a name, counted people of a
  // body, people kept informed, a firm of a trade, a ratio and a crowd wanting something: each as it must read.
  test.each([
    ['About 300 jobs will go, Reed added later.', [['named-source', 'Reed added']]],
    ['Marsh and senior aides said the plan would cost £2 million.', [['named-source', 'Marsh and senior aides said']]],
    ['A local farmers group said 200 sheep were killed.', [['vague-attribution', 'A local farmers group'], ['unverified-figure', '200 sheep']]],
    ['Acme reported on Tuesday that sales rose 12 percent', [['named-source', 'Acme reported']]],
    ['Reports of burglary have grown 12% this year, police figures show.', [['named-source', 'police figures show']]],
    ['Reed said to reach a deal both sides would need to cut 300 jobs.', [['named-source', 'Reed said']]],
    ['The hospital now has 120 empty beds.', [['unverified-figure', '120']]],
    ['Sales rose 11% last year, but costs, Reed said, including fuel, climbed sharply.', [['unverified-figure', '11%'], ['named-source', 'Reed said']]],
    ['A spokeswoman at the scene said 12 cars were damaged.', [['anonymous-source', 'A spokeswoman at the scene'], ['unverified-figure', '12 cars']]],
    ['The dog was found near the Severn Bridge on Monday, its owners said.', [['vague-attribution', 'its owners']]],
    ['Marsh Allies Say Levy Cost $40 Million', [['vague-attribution', 'Marsh Allies'], ['unverified-figure', '$40 Million']]],
    ['A witness, unlike her friend Ann Marsh, said 20 shots were fired.', [['anonymous-source', 'A witness, unlike her friend Ann Marsh'], ['unverified-figure', '20 shots']]],
    ['Three judges of the Court of Appeal said the convictions were unsafe.', [['named-source', 'Three judges of the Court of Appeal said']]],
    ['Sales kept falling, Reed informed the board, and 300 jobs would go.', [['named-source', 'Reed informed']]],
    ['One carrier said fares would rise 10%.', [['vague-attribution', 'One carrier'], ['unverified-figure', '10%']]],
    ['Reed scored one goal for every three games last season.', []],
    ['Hundreds of farmers marched, asking why the council had spent £3 million.', [['unverified-figure', 'Hundreds of'], ['vague-attribution', 'farmers'], ['unverified-figure', '£3 million']]],
  ])('near a rule, but not its shape: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A headline's "accused of" names no speaker; a thing going on says nothing, a speaker going on does; a body
    // that is "not being named" is kept anonymous; a headline's closing "sources"; a hyphenated role; a company's
    // unit speaks for it.
    ['Ministers accused of ignoring the ban on burning', []],
    ['Farmers accused of ignoring the ban on burning', []],
    ['The trial continues.', []],
    ['“Is it fair?” Ann Marsh continued.', [['named-source', 'Ann Marsh continued']]],
    ['The retailer, which is not being named, said orders fell 20%.', [['anonymous-source', 'The retailer, which is not being named'], ['unverified-figure', '20%']]],
    ['Acme to close 12 depots: sources', [['unverified-figure', '12 depots'], ['anonymous-source', 'sources']]],
    ['A sous-chef said the kitchen was short of staff.', [['anonymous-source', 'A sous-chef']]],
    ['Acme\'s European unit said it would cut 400 jobs.', [['named-source', 'Acme\'s European unit said']]],
  ])('headlines, tags and roles of other shapes: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Taking a product back is no remembering aloud: a count, a body's batch, a headline's bare product; a speaker
    // still recalls.
    ['Drugmaker recalls blood-pressure pills over impurity', []],
    ['Acme is recalling 14,000 kettles after reports of fires.', [['unverified-figure', '14,000 kettles'], ['vague-attribution', 'after reports']]],
    ['The company recalled the batch on Monday.', []],
    ['Reed recalled that the pier had flooded in 1990.', [['named-source', 'Reed recalled']]],
    ['“It was chaos,” Ann Marsh recalled last week.', [['named-source', 'Ann Marsh recalled']]],
  ])('a recall of goods is no remark: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Driver identified in crash on Leeds ring road.', []],
    ['Man identified after fire at Hull warehouse.', []],
    // With its object, identifying is naming.
    ['Police identified the driver as Tom Reed.', [['named-source', 'Police identified']]],
    // So is any past form in a headline that its subject opens and no stop closes.
    ['Layoffs confirmed at Leeds depot', []],
    ['Shortlist announced', []],
    ['Drought declared in two counties', []],
    // Not a sentence that ends with its stop, nor a headline with a comma before its verb.
    ['Acme confirmed at the hearing that the depot would close.', [['named-source', 'Acme confirmed']]],
    ['Depot to close, Acme confirmed', [['named-source', 'Acme confirmed']]],
    // A Q&A's label names no speaker.
    ['Q&A: What the levy means for growers', []],
  ])('a headline\'s "identified" before where or when is a passive, no one naming anyone: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['What moved them was hearing a senior minister admitting how far the plan had slipped.', [['anonymous-source', 'a senior minister']]],
    // After a noun, the -ing form describes it, and the phrase goes on.
    ['Scientists using a new telescope have confirmed the find.', [['vague-attribution', 'Scientists using a new telescope']]],
  ])('an -ing verb after an auxiliary takes the phrase after it as its object: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['A study cited by the council quoted two engineers on the bridge.', { source: 'the council', cue: 'cited' }],
    // A past form that names what follows is part of the agent's phrase.
    ['The plan was criticised by a group called the Leeds League.', { source: 'a group called the Leeds League', cue: 'criticised' }],
  ])('an agent after "by" ends before the sentence\'s own past cue: %s', (text, expected) => {
    expect(read(text)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ['The vote went according to plan.', []],
    ['Diners pick a table, according to their own taste.', []],
    ['Players are ranked according to their scores.', []],
    // Set off at the sentence's start, a plan is a document that says something.
    ['According to the plan, 300 homes will be built.', [['named-source', 'According to the plan']]],
    // Without its article it is the way again.
    ['According to plan, the plant reopens on Monday.', []],
    ['According to tradition, the mayor rings the bell at noon.', []],
    // Hearsay, or people no one could name, are vague.
    ['According to family legend, the farm was won in a card game.', [['vague-attribution', 'According to family legend']]],
    ['He never drank, according to those who knew him.', [['vague-attribution', 'according to those who knew him']]],
  ])('"according to" a way of doing things credits no one: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a reason never cites a pronoun as the name a pronoun refers to', () => {
    const text = 'When Reed came in, the room fell quiet as he apologized for the delay.\n\n“Carry on!” he told them.';
    const reasons = analyzeText(text).map((f) => f.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(/refers to “(?:he|she|his|her)/i);
  });

  test.each([
    ['Tom Reed, a farmer from Leeds, who said he had lost his crop, was angry.', [['named-source', 'Tom Reed']]],
    ['The plan was opposed by Sen. Ann Marsh of Leeds, who has blasted it for months.', [['named-source', 'Sen. Ann Marsh of Leeds, who has blasted']]],
    // Someone's ally is who the relative clause may speak of, as before.
    ['It was backed by an ally of Sen. Tom Reed, who later said it was fair.', [['named-source', 'Sen. Tom Reed, who later said']]],
  ])('the place a person is from or of is not who a relative clause speaks of: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['“We are friends,” said Ann Ode, a nurse from Hove, East Sussex, who said she knew the family.', 'Ann Ode, a nurse from Hove, East Sussex'],
    ['“It will work,” said Ann Ode, the union\'s leader, who added that talks would go on.', 'Ann Ode, the union\'s leader'],
    // A relative clause of any other verb describes the speaker.
    ['“It will work,” said Ann Ode, a nurse who supports the plan.', 'Ann Ode, a nurse who supports the plan'],
  ])('a relative clause with a verb of saying after a speaker\'s description is no part of it: %s', (text, source) => {
    const said = findAttributions(text).find((a) => a.cue !== undefined && a.cue.end <= a.source.start);
    expect(said && text.slice(said.source.start, said.source.end)).toBe(source);
  });

  test.each([
    ['While some growers say the levy would work better if it were lower - a common complaint - others say it is fair.'],
    ['While some growers say the levy would work better if it were lower -- a common complaint -- others say it is fair.'],
    ['While some growers say the levy would work better if it were lower — a common complaint — others say it is fair.'],
  ])('what was said ends at a dash, typed as a spaced hyphen or not, and a crowd after it speaks for itself: %s', (text) => {
    expect(kinds(text)).toEqual([
      ['vague-attribution', 'some growers'],
      ['vague-attribution', 'others'],
    ]);
  });

  test.each([
    ['The council confirmed the judge was on leave.', [['named-source', 'The council confirmed']]],
    ['Acme confirmed that its nominee would join the board.', [['named-source', 'Acme confirmed']]],
  ])('confirming what a judge or a nominee did is saying, as confirming them in office is not: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed continued that the port would close in May.', [['named-source', 'Reed continued']]],
    ['The mayor continued that, in May, the port was safe.', [['named-source', 'The mayor continued']]],
    // "that" before a noun is its determiner: a policy kept up, nothing said.
    ['The mayor continued that policy for years.', []],
  ])('"continued that" with a clause after it goes on saying: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['The lawsuit says the rules are unfair.\n\nThe lawsuit also alleges that voters were turned away.', 'The lawsuit also alleges'],
    ['The statement said the talks had failed. The statement continued: “We will not give up.”', 'The statement continued'],
  ])('a reason never cites the same words as what they refer to: %s', (text, finding) => {
    const reason = analyzeText(text).find((f) => f.text === finding)?.reason;
    expect(reason).toBe(REASONS['named-source']);
  });

  test.each([
    ['“It is over,” said one aide.\n\nDuring the spring, Marsh faced angry farmers when she said the levy would stay.', '“Marsh”'],
    ['“It is over,” said Tom Reed.\n\nAt the depot on Friday, Ode was angry when he said the levy was unfair.', '“Ode”'],
  ])('a surname past the opening phrase, with its verb after it, is who "he" or "she" in the sentence is: %s', (text, name) => {
    const reasons = analyzeText(text).map((f) => f.reason);
    expect(reasons.some((r) => r.includes(`refers to ${name}`))).toBe(true);
  });

  test.each([
    ['The report ordered by the council said the levy raised little.', [['named-source', 'The report ordered by the council said']]],
    ['The review requested by the council found the levy raised little.', [['named-source', 'The review requested by the council found']]],
    ['A study presented at the conference found the levy raised little.', [['vague-attribution', 'A study presented at the conference']]],
    ['A paper funded by growers found the levy raised little.', [['vague-attribution', 'A paper funded by growers']]],
    // Participles of a record not in -ed still count ("taken").
    ['A survey taken in May found the levy raised little.', [['vague-attribution', 'A survey taken in May']]],
    ['An independent review found the levy raised little.', [['vague-attribution', 'An independent review']]],
    ['A report ordered by the council said the levy raised little.', [['named-source', 'A report ordered by the council said']]],
    ['Growers backed by the union say the levy is unfair.', [['vague-attribution', 'Growers backed by the union']]],
    // Someone finding a thing came upon it.
    ['A neighbour walking by found the car.', []],
    ['The reporter whose article ran on Monday found the car.', []],
    // "By" with a time or a manner after a verb of saying brings no agent; the verb is the clause's.
    ['The council warned by the end of May that the levy would rise.', [['named-source', 'The council warned']]],
    ['In Hull, Reed warned by the end of May that the levy would rise.', [['named-source', 'Reed warned']]],
    ['The board agreed by a vote of five to two that the levy was unfair.', [['named-source', 'The board agreed']]],
    // A record its agent rejects is not the agent's.
    ['Rumours denied by Acme suggest 40 jobs would go.', [['vague-attribution', 'Rumours']]],
  ])('a record with a participle after it is the subject of the later verb, not the participle\'s: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['People keeping chickens in Hull say the levy is unfair.', [['vague-attribution', 'People keeping chickens in Hull']]],
    ['Farmers growing wheat near Leeds say the levy is unfair.', [['vague-attribution', 'Farmers growing wheat near Leeds']]],
    // A surname that ends like a crowd, and an owner, are no crowd.
    ['Peters using a telescope in Hull said the find was real.', [['named-source', 'Peters using a telescope in Hull said']]],
    // A force's or an office's people speak for the one the story is about.
    ['Officers investigating the attack in Leeds said the man was armed.', [['named-source', 'Officers investigating the attack in Leeds said']]],
    ['Reed’s campaign letter to his backers notes that the levy failed.', [['named-source', 'Reed’s campaign letter to his backers notes']]],
  ])('a crowd doing something somewhere is a crowd; the place after it names no one: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Newly published data show the levy raised little.', [['vague-attribution', 'Newly published data']]],
    ['Widely shared videos suggest the levy failed.', [['vague-attribution', 'Widely shared videos']]],
    // An adverb before a verb with its own subject stays the clause's.
    ['The council quickly published a memo saying the levy failed.', [['named-source', 'The council quickly published a memo saying']]],
    // A name that ends like an adverb is a name.
    ['Kelly released data showing the levy failed.', [['named-source', 'Kelly released data showing']]],
  ])('an adverb before a participle that describes the noun is part of the phrase: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['Reed weighed in at 96 kilograms, up two from May.', []],
    ['The boxer weighed in at about 90 kilograms.', []],
    // At a time, weighing in is still giving a view.
    ['Reed weighed in at around midnight, calling the levy unfair.', [['named-source', 'Reed weighed in']]],
    ['Marsh weighed in at 9 a.m. with a post saying the levy was unfair.', [['named-source', 'Marsh weighed in']]],
    // Weighing in on something, or at a meeting, still gives a view.
    ['Reed weighed in on the levy, saying it was unfair.', [['named-source', 'Reed weighed in']]],
    ['Marsh weighed in at the hearing that the levy was unfair.', [['named-source', 'Marsh weighed in']]],
  ])('"weighed in at" a number is a weight taken, no view given: %s', (text, expected) => {
    expect(kinds(text).filter(([kind]) => kind !== 'unverified-figure')).toEqual(expected);
  });

  test.each([
    // Counted officials or staff of a named body are a small unnamed group; its spokesmen and lawyers speak for it.
    ['Two officials at the Hull Water Agency told the Courier the river was rising.', [['anonymous-source', 'Two officials at the Hull Water Agency']]],
    ['Three managers at Acme said the depot would shut.', [['anonymous-source', 'Three managers at Acme']]],
    ['Two lawyers for Ann Marsh said she would appeal.', [['named-source', 'Two lawyers for Ann Marsh said']]],
    // A named open place is where a crowd is, no body it speaks for.
    ['Traders at Kisumu market said trade was slow.', [['vague-attribution', 'Traders at Kisumu market']]],
    ['Fans at Hull stadium said the roof leaked.', [['vague-attribution', 'Fans at Hull stadium']]],
    ['Researchers at Leeds University said the drug worked.', [['named-source', 'Researchers at Leeds University said']]],
    // Crowds the lexicon lacked: members of an assembly by their initials, the online public, the faithful.
    ['Opposition MLAs said the bill was rushed.', [['vague-attribution', 'Opposition MLAs']]],
    ['Netizens slammed the minister over the remark.', [['vague-attribution', 'Netizens']]],
    ['Devotees said the shrine was crowded.', [['vague-attribution', 'Devotees']]],
    // An Arabic article joined to a name is part of it.
    ['Hassan al-Nuaimi said the talks had failed.', [['named-source', 'Hassan al-Nuaimi said']]],
    ['Dr el-Sayed told the Leeds Post the clinic was full.', [['named-source', 'Dr el-Sayed told']]],
    // Results no one is named for are as vague as bare figures.
    ['Ann Marsh won the seat, according to unofficial results.', [['vague-attribution', 'according to unofficial results']]],
    // Saying nothing is silence; saying that nothing happened is a claim.
    ['Reed said nothing as the crowd cheered.', []],
    ['Marsh said little at the Hull hearing on Monday.', []],
    ['Reed said nothing had changed.', [['named-source', 'Reed said']]],
    // A count of pledges or claims reaching a total is no one pledging.
    ['Aid pledges reached $6.7bn.', [['unverified-figure', '$6.7bn']]],
    ['Asylum claims approached 80,000 in Corvinia.', [['unverified-figure', '80,000']]],
    // The writer's hedge after an article opening a weak source's phrase.
    ['An unverified video appears to show the blast.', [['hedge', 'unverified'], ['vague-attribution', 'video']]],
    // A credit in brackets after the figure it sources; a bare one names no one.
    ['Jobless claims in Hull rose to 4,000 (Leeds Statistics Office figures).', [['named-source', 'Leeds Statistics Office figures']]],
    ['Jobless claims in Hull rose to 4,000 (source: Leeds Statistics Office).', [['named-source', 'source: Leeds Statistics Office']]],
    ['Jobless claims in Hull rose to 4,000 (figures).', [['unverified-figure', '4,000']]],
    // A body puts a measure of a place at a figure.
    ['The Leeds Statistics Office puts unemployment at 4,000.', [['named-source', 'The Leeds Statistics Office puts']]],
    ['The flood put emissions at risk in Hull.', []],
    // A part of a record is the record's; a record with whom it was filed shows, as any record does.
    ['Page 47 of the Hull inspectors’ report says 14% of schools failed.', [['named-source', 'Page 47 of the Hull inspectors’ report says']]],
    ['A filing with the FCA shows Acme lost $40m.', [['named-source', 'A filing with the FCA shows']]],
    // What a body put out, then when, then what it shows.
    ['The Leeds schools office published figures on Friday showing 1,400 posts unfilled.', [['named-source', 'The Leeds schools office published figures on Friday showing']]],
    // A crowd opening the sentence before, then what they are of: "they" are that crowd.
    ['Critics of the levy spoke at the Hull meeting. They said it would raise rents.', [['vague-attribution', 'They']]],
    // Unnamed people who talked to the press are its informants; a named one talking says nothing yet.
    ['Two people close to the case spoke to the Hull Courier on Monday.', [['anonymous-source', 'Two people close to the case']]],
    ['Tom Reed spoke to the Hull Courier on Monday.', []],
    ['Two residents spoke to the council about the noise.', []],
    // A headline's "said to" without its "is" passes a claim on; said to someone, or to do something, stays saying.
    ['Acme said to weigh sale of Leeds plant', [['hedge', 'said to']]],
    ['Acme Said To Eye Hull Rival', [['hedge', 'Said To']]],
    ['Reed said to reporters that the plant would close.', [['named-source', 'Reed said']]],
    // Polls in the plural give and have as one poll does; an online poll is a poll.
    ['National polls give Marsh a lead in Hull.', [['vague-attribution', 'National polls']]],
    ['The polls have the Leeds race neck and neck.', [['vague-attribution', 'The polls']]],
    ['Polls have been wrong in Hull before.', []],
    ['An online poll found most Leeds voters back the levy.', [['vague-attribution', 'An online poll']]],
    // GPs are doctors, not initials of a name.
    ['Some GPs say the wait in Hull is too long.', [['vague-attribution', 'Some GPs']]],
    ['A GP told the Hull Gazette the clinic was full.', [['anonymous-source', 'A GP']]],
    // Second review's near-misses: outlets by name or initials, a writer; credits of bodies of two words or an
    // agency; more forecasts; silence before a question; polls that closed or that voters go to; role initials.
    ['A source spoke to Channel 4 News on Monday.', [['anonymous-source', 'A source']]],
    ['A source spoke to the Associated Press.', [['anonymous-source', 'A source']]],
    ['A source spoke to this writer.', [['anonymous-source', 'A source']]],
    ['Sales in Hull rose 12% (source: Reuters).', [['named-source', 'source: Reuters']]],
    ['Sales in Hull rose 12% (Hull Royal Infirmary figures).', [['named-source', 'Hull Royal Infirmary figures']]],
    ['The Hull Weather Office forecasts wage growth next year.', [['named-source', 'The Hull Weather Office forecasts']]],
    ['Marsh said little about whether the Hull plant would close.', []],
    ['Polls have closed in Hull.', []],
    ['The polls have tightened in Leeds.', []],
    ['A Labour MSP said the bill was rushed.', [['anonymous-source', 'A Labour MSP']]],
    ['TD Bank economists expect a cut.', [['named-source', 'TD Bank economists expect']]],
    // Third review's near-misses: bodies by initials and audiences are no press; a writer is one only as "this
    // writer"; dates and places in two capitalised words credit nothing; forecasts "about" a thing are the noun;
    // polls that "have put" someone ahead report it.
    ['A senior official spoke to the UN about the plan.', []],
    ['A senior official spoke to the Spending Review panel.', []],
    ['A source spoke to a Leeds writer about the book.', []],
    ['Sales in Hull rose by 300% (Boxing Day figures).', [['unverified-figure', '300%']]],
    ['Acme Bank forecasts about the economy missed by 30% last year.', [['unverified-figure', '30%']]],
    ['Hull Examiner polls have put Ann Marsh 12 points ahead.', [['named-source', 'Hull Examiner polls have']]],
    // Fourth review's near-misses: an outlet with an adverb after it; initials of papers and agencies; people and
    // firms with a date's or a compass word in their names; forecasts of more, of none, of about one in five.
    ['A source spoke to the BBC yesterday.', [['anonymous-source', 'A source']]],
    ['A source spoke to PA on Monday.', [['anonymous-source', 'A source']]],
    ['Sales in Hull rose by 300% (source: Tom Day).', [['named-source', 'source: Tom Day']]],
    ['Sales in Hull rose by 300% (source: South Leeds Trust).', [['named-source', 'source: South Leeds Trust']]],
    ['The Hull Weather Office forecasts more rain.', [['named-source', 'The Hull Weather Office forecasts']]],
    ['Sailors trust Hull Weather Office forecasts more than apps.', []],
    ['The Hull Weather Office forecasts no growth.', [['named-source', 'The Hull Weather Office forecasts']]],
    // Troops are a crowd, as soldiers are; counted, a small group.
    ['Troops at the front said supplies were running low.', [['vague-attribution', 'Troops at the front']]],
    ['Two troops told the Leeds Post the bridge had fallen.', [['anonymous-source', 'Two troops']]],
    // Near those rules and not theirs: forecasts as a noun; a claim that nothing happened; talk to anyone but the
    // press; a place or a season in brackets; a body whose name holds initials; members of a chapter.
    ['The Hull Weather Office forecasts cover the next ten days.', []],
    ['The Hull Weather Office forecasts team won an award.', []],
    ['Police said nothing in the house had been taken.', [['named-source', 'Police said']]],
    ['A council official spoke to the Leeds planning committee.', []],
    ['A council official spoke to the station manager.', []],
    ['Sales in Hull rose 12% (Christmas figures).', [['unverified-figure', '12%']]],
    ['A spokeswoman for MSP Airport said flights were late.', [['named-source', 'A spokeswoman for MSP Airport said']]],
    ['Chapter members of the union said the strike would go on.', [['vague-attribution', 'Chapter members of the union']]],
  ])('sources of this kind, read by the guide: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('probes of legal, local, sports, science, economics and magazine copy', () => {
  test.each([
    // A counted small group of relatives, or of a body's officials, is anonymous, as "three residents" are.
    ['Three parents told the Leeds Post the school was cold.', [['anonymous-source', 'Three parents']]],
    ['Two agency officials said the pier would reopen.', [['anonymous-source', 'Two agency officials']]],
    ['Two state party officials said the vote would move to May.', [['anonymous-source', 'Two state party officials']]],
    // Someone unnamed described by where they live or whom they work for: the name after is no name of theirs.
    ['A farmer living near Hull said the river rose overnight.', [['anonymous-source', 'A farmer living near Hull']]],
    ['A strategist allied with the Acme Fund said the ads were working.', [['anonymous-source', 'A strategist allied with the Acme Fund']]],
    ['Nurses working in Hull say the ward will close.', [['vague-attribution', 'Nurses working in Hull']]],
    // Crowds the lists lacked, and people where they live holding a fear.
    ['Households fear the rise will hit them hardest.', [['vague-attribution', 'Households']]],
    ['Savers say the rate is too low.', [['vague-attribution', 'Savers']]],
    ['Residents living near the park fear the noise will get worse.', [['vague-attribution', 'Residents living near the park']]],
    // A body's log, a person's remarks and a maker's leaflet say what they say.
    ['Acme’s incident log records 41 falls in a year.', [['named-source', 'Acme’s incident log records']]],
    ['Reed’s remarks suggested the levy would stay.', [['named-source', 'Reed’s remarks suggested']]],
    ['An Acme leaflet claims the pill cuts fat by 40%.', [['named-source', 'An Acme leaflet claims']]],
    // One who no longer speaks for the body is an unnamed person; "former" of the employer is not.
    ['A former Acme press officer said the firm had hidden the fault.', [['anonymous-source', 'A former Acme press officer']]],
    ['A former Acme spokesman said the firm had hidden the fault.', [['anonymous-source', 'A former Acme spokesman']]],
    ['The former mayor’s spokeswoman told the Leeds Post that Reed would skip the event.', [['named-source', 'The former mayor’s spokeswoman told']]],
    ['Transport ministry officials told the Hull inquiry that the line would reopen.', [['named-source', 'Transport ministry officials told']]],
    // A body's press or media officer speaks for it, as its spokesman does; its veterans are a crowd of a kind.
    ['The Hull press officer said the match would go ahead.', [['named-source', 'The Hull press officer said']]],
    ['A council media officer said the road would reopen.', [['named-source', 'A council media officer said']]],
    ['Party veterans say the leader has lost the room.', [['vague-attribution', 'Party veterans']]],
    // A reckoning at a figure in words is one too.
    ['Some estimates put the cost of the recount at several million dollars.', [['vague-attribution', 'Some estimates'], ['unverified-figure', 'several million dollars']]],
    // A study, a record or a body that links one thing to another claims the link; a name's linking is an act.
    ['A study has linked the chemical to liver damage.', [['vague-attribution', 'A study']]],
    ['Studies link poor sleep with weight gain.', [['vague-attribution', 'Studies']]],
    ['Police linked the deaths to a gang.', [['named-source', 'Police linked']]],
    // A habit of saying is a saying; a wish is not.
    ['Gwen Parry likes to tell visitors that she began with £5,000.', [['named-source', 'Gwen Parry likes to tell']]],
    ['Tom Reed loves to say that Hull is the best city in England.', [['named-source', 'Tom Reed loves to say']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Nothing said, an apology, turning up for training, an interview under caution, a hearing held, a lawyer's work.
    'The witness said nothing under cross-examination.',
    'Hale said sorry to the fans after the match.',
    'Gwen Parry reported for pre-season training on Monday.',
    'Tom Reed was questioned by detectives for eight hours.',
    'The inquiry heard evidence over 23 days.',
    'Ann Marsh defended Tom Reed in court.',
    'Reed would like to argue the case in court.',
    'Reed made a speech in Leeds on Monday.',
    'Acme linked its app to the bank.',
    'Militants linked to the group attacked the town.',
    'The club website has links for new members.',
    // Other senses of a record's words, and a habit of telling stories or a wish.
    'Hull’s leaky defence suggests a long winter for the club.',
    'Her sunny outlook shows in everything she does.',
    'Tom Reed loves to tell stories about his days at sea.',
    'Tom Reed would dearly love to say the pier is safe, but he cannot.',
    'She’d like to tell the council about the pier.',
    // Thanks to something is a cause, and an account questioned is a doubt (below); a person questioned is not.
    'Two men were questioned by police in Leeds.',
  ])('acts that claim nothing: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test.each([
    // What was said, after the same words, still is.
    ['Police said nothing in the house had been taken.', [['named-source', 'Police said']]],
    ['The inquiry heard that the pipes leaked for years.', [['named-source', 'The inquiry heard']]],
    ['Tom Reed defended the levy as fair.', [['named-source', 'Tom Reed defended']]],
    ['The figures were questioned by economists.', [['vague-attribution', 'economists']]],
    ['Tom Reed’s account was questioned by Hull police.', [['named-source', 'questioned by Hull police']]],
    ['The decision to free Reed was questioned by Leeds detectives.', [['named-source', 'questioned by Leeds detectives']]],
    // Lawyers speak for whom they work for, counted or described; people of streets near a river are the street's.
    ['Lawyers working for Tom Reed said the fine was unlawful.', [['named-source', 'Lawyers working for Tom Reed said']]],
    ['Two agency lawyers said the fine was lawful.', [['named-source', 'Two agency lawyers said']]],
    ['Residents of streets near the river worry that the banks will burst.', [['vague-attribution', 'Residents of streets near the river']]],
    ['Ann Marsh said thanks to the new grant, the library will stay open.', [['named-source', 'Ann Marsh said']]],
    ['Reed said nothing over the summer changed his mind.', [['named-source', 'Reed said']]],
    ['The court heard evidence Reed had been drinking.', [['named-source', 'The court heard']]],
    ['Ann Marsh defended her decision in court.', [['named-source', 'Ann Marsh defended']]],
    ['Ann Marsh defended Tom Reed in court filings as a man of good character.', [['named-source', 'Ann Marsh defended']]],
  ])('the same words with a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('probes of farming, transport, defence, borders, labour, media, local TV and wire copy', () => {
  test.each([
    // A hearsay adverb in what a named source's verb reports is the source's (guide: the hedge must be the writer's
    // own); before a tag closing the sentence, or in a clause of the writer's, it stays the writer's.
    ['Hull Police said the chemist allegedly sold the pills without prescriptions.', [['named-source', 'Hull Police said']]],
    ['Ann Marsh said Tom Reed reportedly fled to Spain.', [['named-source', 'Ann Marsh said']]],
    ['Reed is allegedly furious about the deal, according to the Leeds Post.', [['hedge', 'allegedly'], ['named-source', 'according to the Leeds Post']]],
    ['Tom Reed claimed victory as the council ended its inquiry into the allegedly rigged count.', [['named-source', 'Tom Reed claimed'], ['hedge', 'allegedly']]],
    ['Reed insisted he was at home although a neighbour reportedly saw him in Leeds.', [['named-source', 'Reed insisted'], ['hedge', 'reportedly']]],
    ['Reed said on the day he was allegedly attacked that he felt safe.', [['named-source', 'Reed said'], ['hedge', 'allegedly']]],
    ['Ann Marsh insisted on a recount of the allegedly rigged ballots.', [['named-source', 'Ann Marsh insisted'], ['hedge', 'allegedly']]],
    ['Ann Marsh told the Leeds Post that Reed had reportedly fled.', [['named-source', 'Ann Marsh told']]],
    ['Hull Police said four men had allegedly attacked the driver.', [['named-source', 'Hull Police said']]],
    ['Tom Reed told journalists the suspect had allegedly fled.', [['named-source', 'Tom Reed told']]],
    // The writer's voice again after a colon, a spaced hyphen, or "but" with a subject of its own; a frame after whom.
    ['Tom Reed said the club had no comment - the manager has reportedly been sacked.', [['named-source', 'Tom Reed said'], ['hedge', 'reportedly']]],
    ['Reed said he was staying: his agent is reportedly talking to Corvinia.', [['named-source', 'Reed said'], ['hedge', 'reportedly']]],
    ['Acme said sales rose but the firm is reportedly planning job cuts.', [['named-source', 'Acme said'], ['hedge', 'reportedly']]],
    ['Reed said the man was arrested but had allegedly resisted.', [['named-source', 'Reed said']]],
    ['Ann Marsh told the Hull Echo on the night she was allegedly attacked that she feared for her life.', [['named-source', 'Ann Marsh told'], ['hedge', 'allegedly']]],
    ['According to palace circles, the prince is unwell.', [['vague-attribution', 'According to palace circles']]],
    ['No 10 said nothing new.', []],
    ['Number 10 said the vote would be close.', [['named-source', 'Number 10 said']]],
    ['Finance ministry officials told the Hull Echo the budget would balance.', [['anonymous-source', 'Finance ministry officials']]],
    ['The Hull regulator linked the price rises to a shortage of gas.', [['named-source', 'The Hull regulator linked']]],
    ['The Greens said the vote would be close.', [['named-source', 'The Greens said']]],
    // Circles of a kind or a place are people left unsaid.
    ['According to diplomatic circles, the talks in Hull failed.', [['vague-attribution', 'According to diplomatic circles']]],
    ['It is widely said that the mayor will quit.', [['vague-attribution', 'It is widely said']]],
    // A wire's "it is learnt", as "it is understood".
    ['It is learnt that the minister will resign.', [['hedge', 'It is learnt that']]],
    // A court's ruling with when or how before its "that".
    ['The Hull court ruled on Wednesday that the levy was unlawful.', [['named-source', 'The Hull court ruled']]],
    ['The Hull court ruled unanimously that the levy was unlawful.', [['named-source', 'The Hull court ruled']]],
    // A ministry's or an agency's officials briefing the press are anonymous, as "Pentagon officials told reporters" are;
    // on the record they speak for it.
    ['Finance ministry officials told reporters the package was ready.', [['anonymous-source', 'Finance ministry officials']]],
    ['Transport ministry officials told Parliament the line was safe.', [['named-source', 'Transport ministry officials told']]],
    ['Government department officials told reporters the plan was dead.', [['named-source', 'Government department officials told']]],
    ['Agency officials said the line was shut.', [['named-source', 'Agency officials said']]],
    // Respondents of a poll whose maker is named speak through it, their share with them (guide: "economists polled by
    // Reuters").
    ['Most pilots surveyed by Acme Research said they were tired.', [['named-source', 'Most pilots surveyed by Acme Research said']]],
    ['About 40% of pilots polled by Acme Research said they were tired.', [['named-source', '40% of pilots polled by Acme Research said']]],
    ['About 40% of pilots said they were tired.', [['unverified-figure', 'About 40% of pilots']]],
    ['Nearly half of drivers polled by phone in Hull said fares were too high.', [['unverified-figure', 'Nearly half of drivers']]],
    // A whip, a party's figures counted, records and models of no one named, some of them.
    ['A former chief whip said the vote would be close.', [['anonymous-source', 'A former chief whip']]],
    ['Two party figures said the vote would be close.', [['anonymous-source', 'Two party figures']]],
    ['Some models suggest the ice will melt by 2060.', [['vague-attribution', 'Some models']]],
    ['Simulations suggest the ice will melt by 2060.', [['vague-attribution', 'Simulations']]],
    // "Staff", a plural with no "s", holding a fear.
    ['Staff fear the ward will close.', [['vague-attribution', 'Staff']]],
    // An unnamed person with a relative "that".
    ['A neighbour that lives nearby said she heard shots.', [['anonymous-source', 'A neighbour that lives nearby']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Claims handled as cases, a debt written off, a price by weight, "ruled out".
    'The unit processes claims from Corvinia.',
    'The tribunal hears claims every week.',
    'Prices at the Hull market vary according to weight.',
    'Fees rise according to the size of the farm.',
    'The Hull court ruled out a retrial.',
    'The Hull judge ruled so quickly that no one noticed.',
    'Grey circles on the map show the towns.',
    'The officials concerned were told to act at once.',
    'The council has linked the CCTV cameras to the police control room.',
    'Commuters linked their bank cards to the app.',
    'The police linked every patrol car with a camera in the control room.',
    'Some fans surveyed by phone in Hull said the ground was cold.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test.each([
    // The same words with a claim: a record claiming, claims with their makers and content, words written down, a paper
    // called by a measure's name, a hedge "said to".
    ['A Treasury review claims the levy works.', [['named-source', 'A Treasury review claims']]],
    ['The inquiry heard claims from nurses about bullying.', [['vague-attribution', 'nurses']]],
    ['Reed wrote down that the gate was open.', [['named-source', 'Reed wrote']]],
    ['According to the Age, Reed quit.', [['named-source', 'According to the Age']]],
    ['It is widely said to have cost the town dearly.', [['hedge', 'is widely said to']]],
  ])('the same words with a claim: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a debt written off is the lender’s act, its sum unverified', () => {
    expect(kinds('The lender wrote off £40m of debt.')).toEqual([['unverified-figure', '£40m']]);
  });
});

describe('probes of faith, retail, games, cars, pharma, crypto, arts and security copy', () => {
  test.each([
    // A show's audiences are a crowd; games' people are people.
    ['Audiences say the show is too long.', [['vague-attribution', 'Audiences']]],
    ['A dataminer said the map had been cut.', [['anonymous-source', 'A dataminer']]],
    ['Streamers say the patch broke the game.', [['vague-attribution', 'Streamers']]],
    // A blessing said is a rite; a blessing said to be a gift is a claim, and a Mass that will return is reported.
    ['Reed said the blessing was a gift.', [['named-source', 'Reed said']]],
    ['The diocese said Mass in Latin would return.', [['named-source', 'The diocese said']]],
    ['Reed said Mass, not the concert, would open the festival.', [['named-source', 'Reed said']]],
    ['The coach said Blessing, 24, would start.', [['named-source', 'The coach said']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    'Father Reed said Mass at noon.',
    'The bishop said the blessing.',
    'Pilgrims say the rosary at dawn.',
  ])('a rite said claims nothing: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

});

describe('probes of political copy', () => {
  test.each([
    // The holders of an office in the plural opening a sentence are a crowd of them, as they are inside one.
    ['Ministers said the plan would be published next week.', [['vague-attribution', 'Ministers']]],
    ['Governors warned that the cuts would hurt schools.', [['vague-attribution', 'Governors']]],
    ['On Monday, governors warned that the cuts would hurt schools.', [['vague-attribution', 'governors']]],
    // The relatives of a crowd are a crowd; of someone named, theirs.
    ["Patients' relatives alleged that the ward was understaffed for months.", [['vague-attribution', "Patients' relatives"]]],
    ["Victims' families say the inquiry was too slow.", [['vague-attribution', "Victims' families"]]],
    ["Marsh's parents said she was happy.", [['named-source', "Marsh's parents said"]]],
    // Those who work in a body do not speak for it; its officials and spokespeople do.
    ['Staff at the hospital say the ward was understaffed for months.', [['vague-attribution', 'Staff at the hospital']]],
    ['Employees at Acme said the plant was unsafe.', [['vague-attribution', 'Employees at Acme']]],
    ['Two staff at the hospital said the ward was full.', [['anonymous-source', 'Two staff at the hospital']]],
    ['Officials at the agency said the rules would change.', [['named-source', 'Officials at the agency said']]],
    // Whom someone advises describes them; their clause's verb of saying is the attribution.
    ['A pollster advising Reed said the race was tightening.', [['anonymous-source', 'A pollster advising Reed']]],
    ['Ann Marsh, a lawyer advising the family, said the case was closed.', [['named-source', 'Ann Marsh']]],
    // Intelligence assessments are kept from the public, unless one the story has named is pointed back to.
    [
      'Western intelligence assessments put the number of troops at 40,000.',
      [['vague-attribution', 'Western intelligence assessments'], ['unverified-figure', '40,000']],
    ],
    ['The number of troops is 40,000, according to a Pentagon intelligence assessment.', [['named-source', 'according to a Pentagon intelligence assessment']]],
    [
      'The Pentagon released an intelligence report on Monday. The intelligence report said 40,000 troops were massing.',
      [['named-source', 'The intelligence report said']],
    ],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Only those who work for a body speak for it: not its critics, watchers or visitors.
    ['Agency critics argue the rule is too weak.', [['vague-attribution', 'Agency critics']]],
    ['Reporters at City Hall say the mayor rarely takes questions.', [['vague-attribution', 'Reporters at City Hall']]],
    // Nor offices spread over many places, nor the members of a party with a word before them.
    ['Prosecutors in several counties say the change is dangerous.', [['vague-attribution', 'Prosecutors in several counties']]],
    ['Vulnerable Democrats in swing districts say they are nervous.', [['vague-attribution', 'Vulnerable Democrats in swing districts']]],
    // A campaign's supporters are its public; its staff are insiders.
    ['Campaign supporters say the reform will end decades of corruption.', [['vague-attribution', 'Campaign supporters']]],
    // Crowds the lists lacked, and counted few of them.
    ['Election deniers claim the machines were rigged.', [['vague-attribution', 'Election deniers']]],
    ['Three county chairs told the Ledger they had asked Reed to resign.', [['anonymous-source', 'Three county chairs']]],
    // Someone described by a clause of their own; people on background; what an aide keeps watch on.
    ['Someone who was in the room told me the governor walked out halfway through.', [['anonymous-source', 'Someone who was in the room']]],
    ['Senate negotiators, speaking on background, said the two sides had agreed on a topline.', [['anonymous-source', 'Senate negotiators, speaking on background']]],
    ['Marsh voted with Democrats on background checks, Tester added.', [['named-source', 'Tester added']]],
    ['According to a senior aide tracking the count, the vote will be close.', [['anonymous-source', 'According to a senior aide tracking the count']]],
    // A legislature confirming someone in office votes; it claims nothing.
    ['The Senate confirmed Marsh on Friday.', []],
    ['Reed, 57, was confirmed by the Senate in February.', []],
    ['The figures were confirmed by the ministry.', [['named-source', 'confirmed by the ministry']]],
    // A court's holding is its ruling; holding a view or a hearing is none.
    ['The majority opinion holds that the agency must point to clear congressional authorization.', [['named-source', 'The majority opinion holds']]],
    ['The court has long held that the rule applies.', [['named-source', 'The court has long held']]],
    ['The judge held that hearing in private.', []],
    // An age after "is", for a person by name or by role.
    ['The new president is 45.', []],
    ['Marsh is 61 and a former prosecutor.', []],
    ['The death toll is 45.', [['unverified-figure', '45']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // "that" after what ties an informant to a matter is its determiner.
    ['A person familiar with that inquiry said it involves at least 20 other dealerships.', [['anonymous-source', 'A person familiar with that inquiry'], ['unverified-figure', 'at least 20']]],
    ['The council voted on that plan and Reed said it would pass.', [['named-source', 'Reed said']]],
    // A name's own document; a poll's share as British usage writes it; a count put as "it".
    ["Corvinia's brief says the rule is unlawful.", [['named-source', "Corvinia's brief says"]]],
    ['The latest Acme poll puts Labour on 31 percent.', [['named-source', 'The latest Acme poll puts']]],
    ['Votewatch put it at 45,000.', [['named-source', 'Votewatch put it']]],
    ['She put it on the table.', []],
    // Estimates of no one's opening the sentence without a comma.
    ['By some estimates the movement has 80,000 members.', [['vague-attribution', 'By some estimates'], ['unverified-figure', '80,000 members']]],
    // A dash crediting the quotation before it, whose figures its speaker sources.
    ['"Corvinia spends more on consultants than on nurses." — Nell Hart', [['named-source', '— Nell Hart']]],
    ['“Turnout in Beeston was 61%. Thank you!” — Ann Marsh', [['named-source', '— Ann Marsh']]],
    ['She left — Tom Reed stayed.', []],
    // Verbs of saying for acts that pass on no claim; words added still are.
    ['Marsh joked with reporters as she left the podium.', []],
    ['Marsh reported for jury duty on Monday.', []],
    ['The clerk reports to the county commission.', []],
    ['The mayor told a lie, and she knows it.', []],
    ['The economy added jobs in each of the last twelve months.', []],
    ['He added a note of caution about the plan.', [['named-source', 'He added']]],
    ['The chairman read the letter aloud and then adjourned the hearing.', []],
    // "they" with its auxiliary run in; concern raised, by a crowd or by no one; anonymity asked for after what about.
    ['Several Ode associates say she is ready. She could help Marsh in the fall, they’ve suggested.', [['vague-attribution','Several Ode associates'],['vague-attribution','they’ve']]],
    ['Critics raised concern that the levy would hurt farmers.', [['vague-attribution','Critics']]],
    ['Concerns were raised that the levy would hurt farmers.', [['vague-attribution','Concerns were raised']]],
    ['Questions were raised by auditors about the levy.', []],
    ['Several senators raised the specter of a floor fight.', [['vague-attribution','Several senators']]],
    ['Senior officials spoke about the missions only on the condition of anonymity because the details are classified.', [['anonymous-source','spoke about the missions only on the condition of anonymity']]],
    // Where a speaker spoke, and a "who" clause after an inverted tag, are the writer's counts, not the speaker's.
    ['Nunez said in front of a crowd of about 1,200 people who packed the gym that the plan would fail.', [['named-source','Nunez said'],['unverified-figure','about 1,200 people']]],
    ['“We will win this,” Ortega said to a crowd of about 600.', [['named-source','Ortega said'],['unverified-figure','about 600']]],
    ['She seemed to concede, before millions of viewers, that the plan had failed.', [['named-source','She seemed to concede'],['unverified-figure','millions of viewers']]],
    ['Prices will keep rising, said Lena Ortiz, a retired teacher in Dover, who has given more than $300,000 to candidates since 2012.', [['named-source','said Lena Ortiz'],['unverified-figure','more than $300,000']]],
    ['Prices will keep rising, said Lena Ortiz, who estimated that 300 jobs would go.', [['named-source','Lena Ortiz, who estimated']]],
    // After a quotation's tag, a contrasting clause of the writer's own; not what the speaker goes on to add.
    ['“Look at what happened here,” Ortega told supporters in Dover, Del., while 475 delegates in Salem were casting their ballots.', [['named-source','Ortega told'],['unverified-figure','475 delegates']]],
    ['“We will fight,” Reed said, adding that 300 jobs would go, but 40 would stay.', [['named-source','Reed said']]],
    // A line that only announces the quotation below hands it to the speaker before it.
    ['Senator Ruiz said, “We are ready.”\n\nFull remarks as follows:\n\n"We lost 40,000 jobs in two years.\n\n"Now we have added 90,000.', [['named-source','Senator Ruiz said']]],
    // The tag of a quotation of several sentences stands in the first: the next paragraph's quotation goes on in its
    // speaker's voice; with no tag, its figures stay unsourced.
    ['Senator Ruiz said, “We are ready. We will win.”\n\n"We lost 40,000 jobs in two years.', [['named-source','Senator Ruiz said']]],
    ['Senator Ruiz spoke. “We are ready. We will win.”\n\n"We lost 40,000 jobs in two years.', [['unverified-figure','40,000 jobs']]],
    // A chamber between a count and its seats: no model's name.
    ['Republicans have 24 Senate seats up in November.', [['unverified-figure','24']]],
    // A poll's method line: the people it asked and how exact it is are its specification, no claim; not a count
    // its findings give.
    ['The poll collected data online from 2,040 registered voters with a three percent plus or minus margin of error.', []],
    ['Acme Research conducted its poll May 3-6 by phone, surveying 1,210 adults, including 960 registered voters.', []],
    ['The statewide poll was conducted May 3 to 6 with 512 likely voters.', []],
    ['A poll found Marsh leading, with 300 voters undecided.', [['vague-attribution','A poll'],['unverified-figure','300 voters']]],
    // A wage floor's level is a rule's, as a legal penalty is; what workers earn is still a figure.
    ['Ortiz supports raising the minimum wage to $15 by 2020.', []],
    ['She backs a $15 federal minimum wage.', []],
    ['The current federal minimum wage is $7.25.', []],
    ['Workers there earn $9 and want $15.', [['unverified-figure','$9'],['unverified-figure','$15']]],
    // A line ending in a colon that credits a source introduces the excerpt below it; one that credits no one does not.
    ['The ministry found 600 files, according to the Courier.\n\nThe Gazette reports:\n\n…at least four of the files had their markings changed.', [['named-source','The ministry found'],['named-source','according to the Courier'],['named-source','The Gazette reports']]],
    ['Here is what we know:\n\nAt least 40 people died.', [['unverified-figure','At least 40 people']]],
    // "for many," is a view frame only where it opens its clause.
    ['The governor fits that bill for many people, she added.', [['named-source','she added']]],
    ['And in a turn that called to mind, for some, an old refrain.', [['vague-attribution','for some,']]],
    // Sayings and slogans count nothing; "six figures" is a sum; "voices" a crowd; "late last week" is when.
    ['The new rules go too far in favor of the 1 percent.', []],
    ['Turnout rose from the 1 percent who voted early last time.', [['unverified-figure','1 percent']]],
    ['A good cartoon is worth a thousand words.', []],
    ['One sharp editorial is worth a thousand of a candidate’s own words.', []],
    ['Her speaking fees often ran into six figures.', [['unverified-figure','six figures']]],
    ['Her appeal to rural voters is only half the story.', []],
    ['Other voices counter that the levy is overdue.', [['vague-attribution','Other voices']]],
    ['Polls of Ohio voters late last week indicated that a third of voters were undecided.', [['vague-attribution','Polls of Ohio voters'],['unverified-figure','a third of voters']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A record showing a clause whose subject a participle describes; a show's reporters report.
    ['Home Office figures show recorded crime rose by 9% last year.', [['named-source', 'Home Office figures show']]],
    ['The TV shows reported that ratings fell.', [['named-source', 'The TV shows reported']]],
    // A headline's "said to be …ing" is a hedge; telling someone to be careful is none.
    ['Kale Said To Be Considering Leadership Bid', [['hedge', 'Said To']]],
    ['Reed said to be careful on the roads.', []],
    // Everyone of a place claiming common knowledge.
    ['Everyone at the Capitol knows the speaker wants to be governor.', [['vague-attribution', 'Everyone at the Capitol knows']]],
    ['Make sure everyone at the party knows the rules.', []],
    // Numbers that are labels or one document's length, not claims; many pages released are.
    ["The mayor can be reached through the city's 311 line.", []],
    ['The city received 311 complaints last year.', [['unverified-figure', '311 complaints']]],
    ['The appeal was filed under 28 U.S.C. 1292.', []],
    ['The text runs just over 40 pages.', []],
    ["The bill's 800 pages were released on Friday night.", []],
    ['The agency released 2,000 pages of documents.', [['unverified-figure', '2,000 pages']]],
    ["The candidates' offices are at 9 and 11 Bank Street.", []],
    // A section's kicker before a colon is no speaker.
    ['Newsletter: Your Tuesday Briefing', []],
    ['Corvinia Budget: Brenn Cuts Fuel Duty, Raises Borrowing', []],
    // "is alleged to" in a named source's claim is the source's, as "is said to" is.
    ['The nominee is alleged to have misled the committee, according to a complaint filed by the Office of Special Counsel.', [['named-source', 'according to a complaint filed by the Office of Special Counsel']]],
    ['The nominee is alleged to have misled the committee.', [['hedge', 'is alleged to']]],
    // Signs speak only to annotators.
    ['"Vote!" read the banners on every lamppost.', []],
    ['The sign company said it would appeal.', [['named-source', 'The sign company said']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Reporters, observers and lobbyists of a named body work for it; at a place they are a crowd.
    ['Reporters at Reuters reported that the plant had closed.', [['named-source', 'Reporters at Reuters reported']]],
    ['Lobbyists at Acme Energy said the bill would pass.', [['named-source', 'Lobbyists at Acme Energy said']]],
    ['Lobbyists at the Capitol say the session is chaotic.', [['vague-attribution', 'Lobbyists at the Capitol']]],
    // One force across its state is one office; staff of a press office or of a place's council speak for it.
    ['State troopers across the state said the roads were closed.', [['named-source', 'State troopers across the state said']]],
    ['Staff at the Acme press office said 300 jobs would go.', [['named-source', 'Staff at the Acme press office said']]],
    ['Staff at the council said the road would reopen.', [['named-source', 'Staff at the council said']]],
    ['County chairs said the party must change.', [['vague-attribution', 'County chairs']]],
    ['Company leaders said the plant would close.', [['named-source', 'Company leaders said']]],
    // "on background" only as a way of speaking; an adviser's aside is someone else's.
    ['Tom Reed, an expert on background radiation, said the levels were safe.', [['named-source', 'Tom Reed']]],
    ['An aide advising Reed, who said the vote would fail, left the room.', [['named-source', 'Reed, who said']]],
    // A dash credits a quotation that ends a sentence, not a title or a byline.
    ['Book of the week: “The Long Tide” — Ann Marsh', []],
    ['“Crisis at the docks” — By Tom Reed, Political Editor', []],
    ['Some 2,000 people signed “Save Hull Baths” — Gwen Parry, a swimmer, started it.', [['unverified-figure', 'Some 2,000 people']]],
    // A name's own document, not its silence; someone's count, not a head count.
    ["Reed's silence says a great deal.", []],
    ['By head count Leeds has 400 staff.', [['unverified-figure', '400 staff']]],
    // A legislature confirms people; its offices and committees confirm facts.
    ['The Senate on Thursday confirmed Ann Marsh as ambassador to Peru.', []],
    ['The $4bn shortfall was confirmed by the Senate budget office.', [['named-source', 'confirmed by the Senate budget office']]],
    ["The House speaker's office confirmed Reed and Marsh had both resigned.", [['named-source', "The House speaker's office confirmed"]]],
    // A court's holding is a clause; "that Senate seat" is none.
    ['Justice Reed held that Senate seat for two terms.', []],
    ['The court held that Congress lacked the power.', [['named-source', 'The court held']]],
    // A measure against a mark is no estimate; a clause after "joked with" or "added" is what was said.
    ['Delays put it at 30% over budget.', [['unverified-figure', '30%']]],
    ['Reed joked with reporters the bill was dead on arrival.', [['named-source', 'Reed joked']]],
    ['Reed added costs had risen by 9%.', [['named-source', 'Reed added']]],
    ['The judge read the verdict finding Reed guilty of taking $40,000.', [['named-source', 'The judge read']]],
    // An age with a person's role after it; a count with a thing after it.
    ['Turnout is 61, a record low.', [['unverified-figure', '61']]],
    // Staff of a named body speak for it; "background and experience" is no way of speaking.
    ['Staff at the Office for National Statistics said the figures would be revised.', [['named-source', 'Staff at the Office for National Statistics said']]],
    ['Press office staff at Acme said the chief executive was travelling.', [['named-source', 'Press office staff at Acme said']]],
    ['Pay depends on background and experience, Acme said in a statement.', [['named-source', 'Acme said']]],
    // A fact confirmed by a legislature; a joke with a clause after a clause of when.
    ['The Senate confirmed Corvinia on Monday as the source of the leaked files.', [['named-source', 'The Senate confirmed']]],
    ['Marsh joked with reporters after the vote that Acme owed her a lunch.', [['named-source', 'Marsh joked']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // A paper's name ending in a record's word; an administration briefing the press; informants of two parties.
    ['Marsh spent $2 million on the race, according to a report in the Sunday Ledger.', [['named-source', 'according to a report in the Sunday Ledger']]],
    ['Administration officials told reporters the strike had failed.', [['anonymous-source', 'Administration officials']]],
    ['Three aides in both parties said the deal was close.', [['anonymous-source', 'Three aides in both parties']]],
    // Ages in words, an age reached, an age at a life's turn.
    ['Marsh left school at sixteen.', []],
    ['When she was eleven, her family moved to Leeds.', []],
    ['Reed joined the Navy at 18.', []],
    ['Her grandmother lived to 101.', []],
    ['Eleven people were hurt.', [['unverified-figure', 'Eleven people']]],
    // A hedge opening the sentence; reporting for a first day.
    ['Alleged links between the two men were never proved.', [['hedge', 'Alleged']]],
    ['The senator reported for her first day on Monday.', []],
    // Reckonings giving seats, a race called, reports dismissed or spreading.
    ['Early projections gave the party 88 seats.', [['vague-attribution', 'Early projections'], ['unverified-figure', '88 seats']]],
    ["Acme's projections gave the party 88 seats.", [['named-source', "Acme's projections gave"]]],
    ['The AP called the race for Marsh shortly after midnight.', [['named-source', 'The AP called']]],
    ['The AP declared Marsh the winner shortly after midnight.', [['named-source', 'The AP declared']]],
    ['The governor called the election for November.', []],
    ['Reed dismissed reports that he would resign.', [['named-source', 'Reed dismissed'], ['vague-attribution', 'reports']]],
    // Opening a sentence, "Reports that …" are as often papers ("Reports that arrive after Friday will not be counted").
    ['Reports that the deal had collapsed circulated on Monday.', []],
    ['Reed said he denied reports that came in after the deadline.', [['named-source', 'Reed said']]],
    ['The ministry confirmed reports that two soldiers had died.', [['named-source', 'The ministry confirmed']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // Papers kept on the record; not a market's index.
    ["The Electoral Commission's register shows donations to the party fell by half this year.", [['named-source', "The Electoral Commission's register shows"]]],
    ["The opposition's manifesto promises to build 1.5 million homes.", [['named-source', "The opposition's manifesto promises"]]],
    ['The minutes show no objection from Reed.', [['named-source', 'The minutes show']]],
    ['Minutes later, the roof fell in.', []],
    // The press as a whole; the papers the story named.
    ['The tabloids say the minister will resign.', [['vague-attribution', 'The tabloids']]],
    ['Acme and Hull Media own two newspapers. The newspapers said sales fell.', [['named-source', 'The newspapers said']]],
    // When an inquiry reports; the writer's own column.
    ["Corvinia's COVID-19 inquiry reports in the autumn, after polling day.", []],
    ['The inquiry reports in the autumn that the ward was unsafe.', [['named-source', 'The inquiry reports']]],
    ['This column has argued for reform for years.', []],
    ['This report found that the ward was unsafe.', [['named-source', 'This report found']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // From review rounds of the rules above: their edges, each once wrong.
  test.each([
    ['Government sources have been briefing that the ruling was political.', [['anonymous-source', 'Government sources']]],
    ['People briefed on the matter said the deal was close.', [['anonymous-source', 'People briefed on the matter']]],
    ['The minister briefed reporters on the plan.', [['named-source', 'The minister briefed']]],
    ['Newsletter: Your Tuesday briefing on the Hull by-election.', []],
    ['Some ministers privately accept that the funding formula is broken.', [['vague-attribution', 'Some ministers']]],
    ['Reed accepted the award on Monday.', []],
    ['Prosecutors in several filings have argued that the law is void.', [['named-source', 'Prosecutors in several filings have argued']]],
    ['Reporters at the Capitol Gazette reported that the plant had closed.', [['named-source', 'Reporters at the Capitol Gazette reported']]],
    ['Many aides in both parties say the deal is close.', [['vague-attribution', 'Many aides in both parties']]],
    ['Staff at the Register said they stood by their report.', [['named-source', 'Staff at the Register said']]],
    ['By March the estimates had grown to £9m.', [['unverified-figure', '£9m']]],
    ['Parry called the vote for Easter Monday.', []],
    ['Stewards called the race Saturday.', []],
    ['Race director Gwen Parry declared Tom Reed the winner.', []],
    ['Her exam results gave her a place at Leeds.', []],
    ['Rumours that she spread about her rival cost Marsh her job.', []],
    ["By Friday's count the party had 31 seats.", [['unverified-figure', '31 seats']]],
    ['Read more: “Why Hull Voted Leave.” — Leeds Post', []],
    ['“We will not give up on Hull.” — Hull Resident', []],
    ['Everyone in Hull knows the way to the ferry.', []],
    ['Corvinia Election Commission: Turnout reached 61 percent.', [['named-source', 'Corvinia Election Commission:']]],
    ['The council has said to be expecting delays.', []],
    ['The Banner reported that the mill would close.', [['named-source', 'The Banner reported']]],
    ['The number of complaints against Acme was sixteen.', [['unverified-figure', 'sixteen']]],
    ['Attendance was 90, an official said.', [['unverified-figure', '90'], ['anonymous-source', 'an official']]],
    ['Members who joined after the merger settled at 60.', [['unverified-figure', '60']]],
    ['The city received 311 calls last year.', [['unverified-figure', '311 calls']]],
    ['More than 300 USC students marched.', [['unverified-figure', 'More than 300']]],
    ["The union's 40 chapters voted to strike.", [['unverified-figure', '40 chapters']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Lobby, wire and analysis copy: a named court's ruling, MPs counted, No 10, told colleagues or the lobby, sitting
  // days, the press's own eyes.
  test.each([
    ["Corvinia's constitutional court ruled that the ban was unlawful.", [['named-source', "Corvinia's constitutional court ruled"]]],
    ['25 MPs have signed the letter.', [['unverified-figure', '25']]],
    ['The letter was signed by 48 MPs.', [['unverified-figure', '48']]],
    ['No 10 said the plan would go ahead.', [['named-source', 'No 10 said']]],
    ['No 10 said nothing new.', []],
    ['A senior minister told colleagues the plan was dead.', [['anonymous-source', 'A senior minister']]],
    ['Government sources told the lobby the plan was dead.', [['anonymous-source', 'Government sources']]],
    ['An officer told the girl to stay inside.', []],
    ['The MP was suspended for ten sitting days.', []],
    ['Reporters saw smoke rising from the building.', []],
    // Briefing an audience before an act passes nothing on; the story's own MPs are no claim.
    ['The surgeon briefed the family before the operation.', []],
    ['Government sources briefed the lobby that the plan was dead.', [['anonymous-source', 'Government sources']]],
    ['The 25 MPs on the committee will visit Leeds.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // From a third review round, on ordinary copy and at the last rules' edges.
  test.each([
    ['He accepted that invitation with thanks.', []],
    ['Strikes cost the economy 2.4 million working days.', [['unverified-figure', '2.4 million']]],
    ['Parry said nothing else mattered to her.', [['named-source', 'Parry said']]],
    ['Reporters saw the speech as a turning point.', [['vague-attribution', 'Reporters']]],
    ['The manager told the lobby staff to lock the doors.', []],
    ["Saturday's referee ruled that the goal should stand.", []],
    ['Attendance was 90, an official at the club confirmed.', [['unverified-figure', '90'], ['anonymous-source', 'an official at the club']]],
    ['In the final count, Hull was eleven.', [['unverified-figure', 'eleven']]],
    ["By lunchtime's count the appeal had raised £40,000.", [['unverified-figure', '£40,000']]],
    ['Opinion: “Who will pay for the new bridge?” — Tom Reed', []],
    ['Everyone in Leeds knows that song by heart.', []],
    ['Reporters at The Hill said the vote would be close.', [['named-source', 'Reporters at The Hill said']]],
    ['The FIA called the race for Reed.', []],
    ['Her exam results gave her three A grades.', []],
    ['The results gave Marsh 52 percent of the vote.', [['named-source', 'The results gave']]],
    ['The city has 311 lines in service.', [['unverified-figure', '311 lines']]],
    ['The campaign ran about 40 pages in local papers.', [['unverified-figure', 'about 40 pages']]],
    ['A steward told supporters the game had been called off.', []],
    ['The papers show Reed signed the contract.', [['named-source', 'The papers show']]],
    ['The mayor denied reports that the Hull Register published on Friday.', [['named-source', 'The mayor denied']]],
    ['Acme denied reports that its chief executive was about to resign.', [['named-source', 'Acme denied'], ['vague-attribution', 'reports']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Metro, wire, regional and cable-news copy.
  test.each([
    ['Investors have grown nervous about the standoff.', [['vague-attribution', 'Investors']]],
    ['Economists grow nervous when the yield curve inverts.', [['vague-attribution', 'Economists']]],
    ['The fruit has grown ripe in the sun.', []],
    ["The president's approval rating stands at 41% in the latest Harlow tracking poll.", [['named-source', 'in the latest Harlow tracking poll']]],
    ['The drone attack wounded 34 US service members.', [['unverified-figure', '34']]],
    ['The attack wounded 34 UN peacekeepers.', [['unverified-figure', '34']]],
    ['The airline ordered 20 MAX jets.', []],
    ['According to Brennholt media reports, the deal was brokered in Doha.', [['vague-attribution', 'According to Brennholt media reports']]],
    ['According to Armenian press reports, the border was shut.', [['vague-attribution', 'According to Armenian press reports']]],
    ['According to an Acme press release, the deal was signed.', [['named-source', 'According to an Acme press release']]],
    ['The magnitude 6.2 quake struck 40 km south of Hull.', []],
    ['A 6.2-magnitude earthquake struck the coast.', []],
    ['The quake measured 6.1 on the Richter scale.', []],
    ['The quake killed 62 people.', [['unverified-figure', '62 people']]],
    ["Acme's chief executive, Ruth Dalby, is 54.", []],
    ["Ruth Dalby, Acme's chief executive, is 54.", []],
    ['The satellite orbits at an altitude of 500 km.', []],
    ['The bridge spans 1.2 kilometres across the estuary.', []],
    ['Mr. Brennan was born in Corvinia in 1937 and moved to Leeds at 19.', []],
    ['He recorded an album in 1972.', []],
    ['Police recorded 1,200 burglaries last year.', [['named-source', 'Police recorded']]],
    ['The survey recorded a sharp rise in thefts.', [['named-source', 'The survey recorded']]],
    ['Officials have compiled the number of potholes filled.', [['vague-attribution', 'Officials']]],
    ['Lily has raised more than £1,200 for the hospice.', [['unverified-figure', 'more than £1,200']]],
    ['Tickets cost £12 for the matinee.', []],
    ['Acme Valley NHS Trust runs the hospital. A trust spokesman said the ward would reopen.', [['named-source', 'A trust spokesman said']]],
    ['The ambulance arrived 40 minutes after the first 999 call.', []],
    ['There are 211 call centres in the region.', [['unverified-figure', '211']]],
    ['Questions can be put to the team by phoning 01482 300300.', []],
    ['One reader, who asked us not to publish her name, said the bins had not been emptied.', [['anonymous-source', 'One reader, who asked us not to publish her name']]],
    ['It is widely feared the closure could become permanent.', [['vague-attribution', 'It is widely feared']]],
    ['Regulars at the Crown say the landlord had been threatened.', [['vague-attribution', 'Regulars at the Crown']]],
    ['Riders should allow at least 20 extra minutes for their trips.', []],
    ['Workers lost 800 full days of pay.', [['unverified-figure', '800']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Fact checks, live blogs, investigations and the money pages.
  test.each([
    ['3.55pm: Meteorologists say the storm will weaken.', [['vague-attribution', 'Meteorologists']]],
    ['BREAKING: Election monitors said turnout was low.', [['vague-attribution', 'Election monitors']]],
    ['• Opposition MPs say the vote was rigged.', [['vague-attribution', 'Opposition MPs']]],
    ['3.55pm: Ann Marsh says the storm will weaken.', [['named-source', 'Ann Marsh says']]],
    ['Polls have now closed across the country.', []],
    ['Polls have Marsh ahead by four points.', [['vague-attribution', 'Polls'], ['unverified-figure', 'four points']]],
    ['Households could save up to £300 a year by switching.', [['unverified-figure', 'up to £300']]],
    ['Save £100 on the X5 this weekend.', []],
    ['Customers who say yes will be switched automatically.', []],
    ['Critics say no deal is possible.', [['vague-attribution', 'Critics']]],
    ['Residents along the riverbank say the smell is worse.', [['vague-attribution', 'Residents along the riverbank']]],
    ['Health and safety experts say the site is dangerous.', [['vague-attribution', 'Health and safety experts']]],
    ['Smith and Jones said the site was dangerous.', [['named-source', 'Smith and Jones said']]],
    ['A spreadsheet from Hull Police shows 41 arrests.', [['named-source', 'A spreadsheet from Hull Police shows']]],
    ['Her son was 14 at the time.', []],
    ['Her salary was 40,000 a year.', [['unverified-figure', '40,000']]],
    ["The company's offices are at 12 Princes Dock Street.", []],
    ['The force took five months to respond.', []],
    ['Financial advisers say cash savings remain good value.', [['vague-attribution', 'Financial advisers']]],
    ['Advisers say the president will veto the bill.', [['anonymous-source', 'Advisers']]],
    ['Anyone who thinks they have been targeted should call their bank on 159.', []],
    ['Report the message by forwarding it to 7726.', []],
    ['The firm sent letters to 7,726 customers.', [['unverified-figure', '7,726 customers']]],
    ['The BBC, quoting a police source, said the gunman had fled.', [['named-source', 'The BBC'], ['anonymous-source', 'a police source']]],
    ['Anyone with information should call 101, quoting log 482.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // From a review of the last two rounds' rules at their edges.
  test.each([
    ['Hull police recorded a sharp rise in burglaries.', [['named-source', 'Hull police recorded']]],
    ['Walter Brennan recorded his first album in 1962.', []],
    ['Marsh leads by six points in the latest tracking poll.', [['unverified-figure', 'six points']]],
    ["Marsh leads by six points in Monday's tracking poll.", [['unverified-figure', 'six points']]],
    ["Trump slipped back to 39 percent in Monday's poll.", [['named-source', "in Monday's poll"]]],
    ['The Met Office measured the strongest gust at Hull airport.', [['named-source', 'The Met Office measured']]],
    ['Tom Reed recorded a tribute to his late father.', []],
    ['The force took a week to respond and later said 400 calls had been missed.', [['named-source', 'The force']]],
    ['Ann Marsh, quoting a letter from her doctor, said she could not travel.', [['named-source', 'Ann Marsh']]],
    ['Analysts who say no recession is coming point to jobs data.', [['vague-attribution', 'Analysts']]],
    ['Critics who say no to the budget argue it is unfair on the poor.', [['vague-attribution', 'Critics']]],
    ['Ann Catalan chairs the board. Catalan said the plan was fair.', [['named-source', 'Catalan said']]],
    ['Save £40 in the January sale on the Acme Z3.', []],
    ['Acme raised the price to £1,200 for the Pro model.', []],
    ['Membership of the club under its chairman, Tom Reed, is 85.', [['unverified-figure', '85']]],
    ['Nurses worked 2 million extra hours last year.', [['unverified-figure', '2 million']]],
    ['The ship moved into port with cases at 61.', [['unverified-figure', '61']]],
    ['At least 6 magnitude 3.0 tremors shook the town.', [['unverified-figure', 'At least 6']]],
    ['It was a disaster of the magnitude of 7 deaths a day.', [['unverified-figure', '7 deaths']]],
    ['Council cuts stretching to 40 million pounds were agreed.', [['unverified-figure', '40 million pounds']]],
    ['By then the farm\'s owner, Gwen Parry, was 84.', []],
    ['Complaints sent to the regulator rose to 450.', [['unverified-figure', '450']]],
    ['The tally of calls stood on 320.', [['unverified-figure', '320']]],
    ['Rangers log 40 of the birds each spring.', [['unverified-figure', '40 of the birds']]],
    ['He moved with his family to Hull at 12.', []],
    ['Ann Marsh, who moved to Leeds at 19, is now the chair.', []],
    ['Production moved to Hull with output at 70.', [['unverified-figure', '70']]],
    ['A magnitude 4.7 shock hit the town.', []],
    ['Save £15 over two nights at the Hull Marina hotel.', []],
    ['Households could save £350 over a year by switching.', [['unverified-figure', '£350']]],
    ['The appeal has raised its total to £5,000 for the family.', [['unverified-figure', '£5,000']]],
    ['The park spans 300 acres.', []],
    ['Bailiffs evicted 30 Kings Cross Road tenants.', [['unverified-figure', '30']]],
    ['The road was closed for 150 more days.', []],
    ['Staff logged 30 additional days of sick leave in March.', [['unverified-figure', '30']]],
    ["Reed's financial advisers told the Courier the deal was poor.", [['anonymous-source', "Reed's financial advisers"]]],
    ['Customers who say yes to the offer will get a discount.', []],
    ['Police tracked the stolen car to a garage.', []],
    ['The minister, quoting unpublished figures, said crime had fallen.', [['named-source', 'The minister']]],
    ['Reed took to Twitter to respond that the claims were false.', [['named-source', 'Reed']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Letters pages, lifestyle, statistics releases and the transfer window.
  test.each([
    ['Hull paid a fee said to be £28m.', [['hedge', 'said to be'], ['unverified-figure', '£28m']]],
    ['The club agreed a fee understood to be £28m.', [['hedge', 'understood to be'], ['unverified-figure', '£28m']]],
    ['The man said to be the leader was arrested.', []],
    ['A Brandon spokesman, speaking anonymously, said the deal was off.', [['anonymous-source', 'A Brandon spokesman, speaking anonymously']]],
    ['He has scored 40 goals over 10 seasons.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Property, wildlife, entertainment and consumer-technology pages.
  test.each([
    ['The associations found by the Hull team suggest a link.', [['named-source', 'the Hull team suggest']]],
    ['Building societies say the rules are too strict.', [['vague-attribution', 'Building societies']]],
    ['A developer said the files reference a new character.', [['anonymous-source', 'A developer']]],
    ['A leaker posted the specs on Monday. According to the leaker, the phone will cost less.', [['anonymous-source', 'According to the leaker']]],
    ['According to prolific leaker Evan Blass, the phone will cost less.', [['named-source', 'According to prolific leaker Evan Blass']]],
    ['Racing tipsters say the favourite will win.', [['vague-attribution', 'Racing tipsters']]],
    ['Opponents rejected the scheme.', [['vague-attribution', 'Opponents']]],
    ['Viewers watched 94 million hours of the show in its first week.', [['unverified-figure', '94 million']]],
    ['The trial lasted 14 hours.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  // Political news read whole: a chain of tags, places after a crowd, polls of a party, acts that claim nothing.
  test.each([
    ['Two officials said the plan had failed, the newspaper reported.', [['anonymous-source', 'Two officials'], ['named-source', 'the newspaper reported']]],
    ['People familiar with the talks said a deal was close, Acme News reported.', [['anonymous-source', 'People familiar with the talks'], ['named-source', 'Acme News reported']]],
    ['Analysts said prices would rise, the Courier reported.', [['vague-attribution', 'Analysts'], ['named-source', 'the Courier reported']]],
    ['Most residents rejected the plans, the council said.', [['named-source', 'the council said']]],
    ['Acme executives told the cast that Reed would not return, one actor said.', [['anonymous-source', 'one actor']]],
    ['Donors pledged more than 6 billion dollars, the conference chair, Gwen Parry, said.', [['named-source', 'Gwen Parry']]],
    ['Prices will rise because investors fear inflation, analysts said.', [['vague-attribution', 'analysts']]],
    ['Sources say the mayor, Ann Lee, has not decided.', [['anonymous-source', 'Sources']]],
    ['Voters in Ohio and Florida said the economy mattered most.', [['vague-attribution', 'Voters in Ohio and Florida']]],
    ['Many officials in and around the capital believe the deal is dead.', [['vague-attribution', 'Many officials in and around the capital']]],
    ['Farm leaders across Ohio and Indiana say the levy is unfair.', [['vague-attribution', 'Farm leaders across Ohio and Indiana']]],
    ['Growers in Kent and Sussex say the levy is unfair.', [['vague-attribution', 'Growers in Kent and Sussex']]],
    ['Supporters of Ann Marsh and Tom Reed said the vote was rigged.', [['vague-attribution', 'Supporters of Ann Marsh and Tom Reed']]],
    ['Reed leads in many Republican polls.', []],
    ['Marsh is ahead in the New Hampshire polls.', []],
    ['Marsh is ahead by 20 points in the New Hampshire polls.', [['unverified-figure', '20 points']]],
    ['Reed leads by 12 points in the latest Harlow poll.', [['named-source', 'in the latest Harlow poll']]],
    ['The senator said almost nothing about the plan.', []],
    ['The governor has revealed next to nothing about his intentions.', []],
    ['Reed has said nothing publicly about the deal.', []],
    ['Reed said almost nothing had changed.', [['named-source', 'Reed said']]],
    ['Marsh boasts a 45-point lead among young voters.', [['unverified-figure', '45-point']]],
    ['Reed boasted that the plan had created 300 jobs.', [['named-source', 'Reed boasted']]],
    ['The senator was confirmed by the U.S. Senate in 2012.', []],
    ['Ann Reed was confirmed by the Senate Judiciary Committee.', []],
    ['The death was confirmed by police.', [['named-source', 'confirmed by police']]],
    ['Ann Reed ran the shop for years. It was sold last spring, her neighbor said.', [['anonymous-source', 'her neighbor']]],
    ["Tom Reed's childhood friend told the paper he was kind.", [['anonymous-source', "Tom Reed's childhood friend"]]],
    ['His friend Ann Ode said he was kind.', [['named-source', 'His friend Ann Ode said']]],
    ['His brother said he was kind.', [['named-source', 'His brother said']]],
    ['Ann Marsh Explained Why She Quit The Council.', [['named-source', 'Ann Marsh Explained']]],
    ['Candidates Give Calculated Answers On Tax.', []],
    ['Senator Reed reads the newspaper every morning.', []],
    ['The mayor reads from prepared texts at every rally.', []],
    ['Three-fourths of the voters oppose the plan.', [['unverified-figure', 'Three-fourths of the voters']]],
    ['Rescuers found the nine people who were killed in the blast.', [['unverified-figure', 'nine people']]],
    ['Police named the three men killed in the crash.', [['unverified-figure', 'three men']]],
    ['Her two sons died in the war.', []],
    ['The three candidates met on Monday.', []],
    ['A Harlow poll came out on Tuesday. Reed stood at 45 percent in the poll.', []],
    ['A new poll came out on Tuesday. Reed stood at 45 percent in the poll.', [['unverified-figure', '45 percent']]],
    ['An Ohio poll came out on Tuesday. Reed stood at 45 percent in the poll.', [['unverified-figure', '45 percent']]],
    ['Reed is ahead by 20 points in the polls.', [['unverified-figure', '20 points']]],
    ['Top Pentagon officials told reporters the plan had failed.', [['anonymous-source', 'Top Pentagon officials']]],
    ['Senior White House aides told reporters the plan had failed.', [['anonymous-source', 'Senior White House aides']]],
    ['Investigations have revealed a pattern of abuse.', [['vague-attribution', 'Investigations']]],
    ['It is a common misconception that the poor pay no tax.', [['vague-attribution', 'It is a common misconception that']]],
    ['Acme said it had lost 40,000 customers and that its rival had reportedly cut prices.', [['named-source', 'Acme said']]],
    ['Reed wrote that the smugglers had reportedly fled.', [['named-source', 'Reed wrote']]],
    ['Reed added that, in Leeds, many voters reportedly stayed home.', [['named-source', 'Reed added']]],
    ['Reed said sales rose, but the firm is reportedly planning cuts.', [['named-source', 'Reed said'], ['hedge', 'reportedly']]],
    ['Harlow Research found most voters backed the levy.', [['named-source', 'Harlow Research found']]],
    ['In its survey, the Leeds Post found Democrats favored Marsh, 52 percent to 40 percent.', [['named-source', 'the Leeds Post found']]],
    ['Police found two men injured in the street.', [['unverified-figure', 'two men']]],
    ['Reed found the door locked.', []],
    ['There have also been various reports of abuse at the camp.', [['vague-attribution', 'There have also been various reports']]],
    ['Results of an exit poll of Ohio voters showed that Reed had won.', [['vague-attribution', 'Results of an exit poll of Ohio voters']]],
    ['Results of the Harlow poll showed that Reed led.', [['named-source', 'Results of the Harlow poll showed']]],
    ['Marsh has a big lead in the most recent polls.', []],
    ['Reed led in the latest poll.', [['named-source', 'in the latest poll']]],
    ['Ann Ode of Austin, Texas says the plan will fail.', [['named-source', 'Ann Ode of Austin, Texas says']]],
    ['”The company says it cares, but it lies,” said Jane Roe.', [['named-source', 'said Jane Roe']]],
    ['Jane Smith wrote a $2 million check to the group.', [['unverified-figure', '$2 million']]],
    ['Benghazi Panel Reveals New Emails.\n\nThe U.S. media has always claimed the attack was spontaneous.', [['named-source', 'Benghazi Panel Reveals'], ['vague-attribution', 'The U.S. media']]],
    ['The Leeds Post ran the story. The press said the mayor would quit.', [['vague-attribution', 'The press']]],
    ['Reed told The Press the mayor would quit.', [['named-source', 'Reed told']]],
    ["The results of Tuesday's primary showed Reed winning 61 percent.", [['named-source', "The results of Tuesday's primary showed"]]],
    ['Results from a new poll show Reed ahead.', [['vague-attribution', 'Results from a new poll']]],
    ['Reed found residents opposed to the tower at every door.', []],
    ['The governor reads the newspaper every morning, an aide said.', [['anonymous-source', 'an aide']]],
    ["Reed's appointment was confirmed by the Senate on Tuesday.", []],
    ['Senate Confirmed Her Nomination On Tuesday.', []],
    ['The Senate confirmed her 53-47.', [['unverified-figure', '53-47']]],
    ['Ann Marsh Explained Nothing About Her Exit.', []],
    ["It's a common misconception that the poor pay no tax.", [['vague-attribution', "It's a common misconception that"]]],
    ['FBI officials told reporters the plan had failed.', [['anonymous-source', 'FBI officials']]],
    ['Iraqi officials told reporters the plan had failed.', [['vague-attribution', 'Iraqi officials']]],
    ['Acme News reported that two officials said the plan had failed.', [['named-source', 'Acme News reported'], ['anonymous-source', 'two officials']]],
    ['Reed said that a senior aide told him the plan had failed.', [['named-source', 'Reed said'], ['anonymous-source', 'a senior aide']]],
    ['Reed said a detective told the girl to leave.', [['named-source', 'Reed said']]],
    ['She said a supervisor told her to keep working.', [['named-source', 'She said']]],
    ['Reed said that a senior aide warned him the plan would fail.', [['named-source', 'Reed said'], ['anonymous-source', 'a senior aide']]],
    ['He was called a second time.', []],
    ["It's been reported that the mayor will resign.", [['hedge', "It's been reported that"]]],
    ['The putatively independent panel backed Reed.', [['hedge', 'putatively']]],
    ['Ms. Lee spoke about how the city had changed.', [['named-source', 'Ms. Lee spoke']]],
    ['Reed talked about how the plan had failed.', [['named-source', 'Reed talked']]],
    ['Many farmers spoke about how the levy hurt them.', [['vague-attribution', 'Many farmers']]],
    ['Reed talked about the plan.', []],
    ['Christie attacked Rubio for not answering the question.', [['named-source', 'Christie attacked']]],
    ['Reed attacked Marsh as a liar.', [['named-source', 'Reed attacked']]],
    ['Critics attacked the plan as wasteful.', [['vague-attribution', 'Critics']]],
    ['The gunman attacked the guards for ten minutes.', []],
    ['Carson attacked critics as scrutiny heats up.', []],
    ['Americans are mad about the plan.', [['vague-attribution', 'Americans']]],
    ['Many Republicans remain unpersuaded.', [['vague-attribution', 'Many Republicans']]],
    ['Investors are jittery about rates.', [['vague-attribution', 'Investors']]],
    ['Voters were scared off by the storm.', []],
    ['The mayor is thrilled.', []],
    ['The meeting got people talking about whether Reed would run.', []],
    ['The group runs the 90,000-member Facebook group.', [['unverified-figure', '90,000-member']]],
    ['The DJ blasted out a song that topped the charts.', []],
    ['Police found men opposed to the eviction who were blocking the door.', []],
    ['Michael Bloomberg spoke on Monday. The billionaire said the plan was sound.', [['named-source', 'The billionaire said']]],
    ['Prosecutors in Leeds allege that the defendant wrote the ransomware himself.', [['named-source', 'Prosecutors in Leeds allege']]],
    ['The alliance chief, Mara Quist, said 14 member states had agreed.', [['named-source', 'Mara Quist']]],
    ['The two soldiers were killed when their vehicle struck a mine.', []],
    ['Police were called a dozen times.', [['unverified-figure', 'a dozen times']]],
    ['The judge read her opinion, which found Acme liable for $4m.', [['named-source', 'The judge read']]],
    ['Reed said farmers believe the levy is unfair.', [['named-source', 'Reed said']]],
    ['New Mexico election officials said the count was fair.', [['vague-attribution', 'New Mexico election officials']]],
    ['An earlier report in a New Hampshire paper said Reed would quit.', [['vague-attribution', 'An earlier report in a New Hampshire paper']]],
    ['North Carolina State University said the count was fair.', [['named-source', 'North Carolina State University said']]],
    ['The group runs a 57,000-member Facebook page.', [['unverified-figure', '57,000-member']]],
    ['A 12-person jury was sworn in.', []],
    ['The campaign blasted out an email to supporters.', []],
    ['Reed blasted the plan as a waste.', [['named-source', 'Reed blasted']]],
    // A crowd brought into what a named source said or did, with a clause of saying, believing or naming of its own.
    ['Reed mocked critics who argued that the levy was unfair.', [['named-source', 'Reed mocked'], ['vague-attribution', 'critics']]],
    ['Marsh dismissed experts who believe the bridge will fail.', [['vague-attribution', 'experts']]],
    ['On Friday, Reed brushed off critics who called the remarks sexist.', [['named-source', 'Reed brushed off'], ['vague-attribution', 'critics']]],
    // Wanting to do something is no view of a claim.
    ['Reed mocked any rival who wants to win Leeds “by default.”', [['named-source', 'Reed mocked']]],
    ['On Friday, Marsh bashed the plan to close the port.', [['named-source', 'Marsh bashed']]],
    ['The festival was a big bash.', []],
    ['TV analysts are predicting a close race.', [['vague-attribution', 'TV analysts']]],
    ['Acme TV said the race was close.', [['named-source', 'Acme TV said']]],
    ['Now TV said the service would resume on Friday.', [['named-source', 'TV said']]],
    ['A woman at a rally for Sen. Ann Marsh spoke up. The Marsh supporter said the vote was rigged.', [['anonymous-source', 'The Marsh supporter']]],
    ['A Texas newspaper reported that Reed would quit.', [['vague-attribution', 'A Texas newspaper']]],
    ['A local Ohio TV station reported that Reed would quit.', [['vague-attribution', 'A local Ohio TV station']]],
    ['The Texas Tribune reported that Reed would quit.', [['named-source', 'The Texas Tribune reported']]],
    ['The plan was praised widely by economists.', [['vague-attribution', 'economists']]],
    ['The senator drew widespread criticism for the vote.', [['vague-attribution', 'drew widespread criticism']]],
    ['The senator drew criticism from Democrats.', [['vague-attribution', 'Democrats']]],
    ['The plan has come under intense criticism.', [['vague-attribution', 'come under intense criticism']]],
    ['He has been called a Republican Obama.', [['vague-attribution', 'called']]],
    ['This is called a “third-party request.”', []],
    ['Reed was called to testify.', []],
    ['The campaign blasted out a text claiming Reed had lied.', [['named-source', 'The campaign blasted out']]],
    ['The bill passed the 100-member Senate.', []],
    ['Auditors found staff opposed to the change had been reassigned.', [['vague-attribution', 'Auditors']]],
    ['There have been reports from residents of shortages.', [['vague-attribution', 'There have been reports']]],
    ['The poll had Reed ahead. [538.]', [['named-source', 'The poll had']]],
    ['The fine was [$500].', [['unverified-figure', '$500']]],
    ['Reed referred to the plan as a waste.', [['named-source', 'Reed referred']]],
    ['Critics referred to the plan as a waste.', [['vague-attribution', 'Critics']]],
    ['Reed referred to the plan, as he often does.', []],
    ['Polling shows the race is tight. The same polling suggests voters are angry.', [['vague-attribution', 'Polling'], ['vague-attribution', 'The same polling suggests'], ['vague-attribution', 'voters']]],
    ['A Harlow poll shows the race is tight. The same polling suggests voters are angry.', [['named-source', 'A Harlow poll shows'], ['named-source', 'The same polling suggests'], ['vague-attribution', 'voters']]],
    // A phrase of when with no comma before the subject of a trailing participle.
    ['On Friday evening Reed made a second attempt to answer his critics, writing on Facebook that the plan had worked.', [['named-source', 'Reed']]],
    ['Last week the council voted against the pier, saying it was too costly.', [['named-source', 'the council']]],
    ['By Monday night Ann Lee had postponed the fair, citing the storm.', [['named-source', 'Ann Lee']]],
    ['In May 2015 the growers quit the board, citing two reasons.', [['vague-attribution', 'the growers']]],
    ['On Monday the pier closed, citing the storm.', []],
    // A name, then a word in -s with a noun after it: the name's verb, no crowd of the name's.
    ['Reed primes supporters to distrust the press and says the crowds prove it.', [['named-source', 'Reed']]],
    ['Reed supporters say the crowds prove it.', [['vague-attribution', 'Reed supporters']]],
    ['Civil rights leaders say the rule is unfair.', [['vague-attribution', 'Civil rights leaders']]],
    // A form more often a noun is a verb right after the subject pronoun that opens its clause.
    ['Ann Lee chairs the board. She suspects that the pier was sold too cheaply.', [['named-source', 'She suspects']]],
    ['Ann Lee chairs the board. She often jokes, “The pier is older than I am.”', [['named-source', 'She often jokes']]],
    ['Her jokes about the pier were old.', []],
    ['How she answers that letter will matter.', []],
    ['He remarks on the weather every morning.', []],
    ['When she talks, the room goes quiet.', []],
    // So is one that tags the quotation closing just before its speaker, ending the clause.
    ['“The pier is older than I am,” Ann Lee jokes.', [['named-source', 'Ann Lee jokes']]],
    ['“The pier is older than I am,” she answers.', [['named-source', 'she answers']]],
    ['The answers Ann Lee gave were short.', []],
    // Relatives in the plural, described or joined, are a crowd; a lower-case crowd after a phrase of when; one witness more.
    ['Teachers and parents claim that the school is unsafe.', [['vague-attribution', 'Teachers and parents']]],
    ['Local parents say the school is unsafe.', [['vague-attribution', 'Local parents']]],
    ['On Monday police in Leeds released the video, saying it showed the attack.', [['named-source', 'police in Leeds']]],
    ['According to more than one witness, the car was red.', [['anonymous-source', 'According to more than one witness']]],
    ['Critics show how the plan fails.', [['vague-attribution', 'Critics']]],
    ['Voters show how angry they are.', [['vague-attribution', 'Voters']]],
    ['The firm faced criticism for the move from its Chicago hub.', [['vague-attribution', 'faced criticism']]],
    ['Ann Lee chairs the board. She often talks about how the pier must be saved.', [['named-source', 'She often talks']]],
    ['Acme’s lobbying disclosures list a $750,000 payment to the council.', [['named-source', 'Acme’s lobbying']]],
    // A title that lists its portfolios, the last after ", and": the list is no aside of a crowd in it.
    ['“The plan works,” Ann Lee, secretary for housing, farmers, and transport, said on the call.', [['named-source', 'Ann Lee']]],
    ['The pier is a slum, which Tom Reed, and others, have said for years.', [['named-source', 'Tom Reed']]],
    ['The growers, and families, say the plan works.', [['vague-attribution', 'The growers']]],
    // A record's word inside a name that goes on is no record.
    ['“It is possible,” said Tom Reed, a fellow in the Economic Studies Program at the Acme Institution.', [['named-source', 'said Tom Reed']]],
    ['In a Harlow Survey Research Center poll, Reed led with 40 percent.', [['named-source', 'In a Harlow Survey Research Center poll']]],
    // People who show how they are say nothing; records do.
    ['With every hearing, the senators show how ill-equipped they are to govern.', []],
    ['Polls show how divided voters are.', [['vague-attribution', 'Polls']]],
    // Criticism for something, then from whom.
    ['The firm is facing criticism for the move from Ann Lee and Tom Reed.', [['named-source', 'criticism for the move from Ann Lee and Tom Reed']]],
    ['The firm drew criticism for the move from Ohio to Mexico.', [['vague-attribution', 'drew criticism']]],
    ['The firm drew criticism for moving jobs from Ohio to Mexico.', [['vague-attribution', 'drew criticism']]],
    // Two joined by "and" agree with a bare form that is more often a noun, with what they say after it.
    ['Reed and Lee claim that the pier was sold too cheaply.', [['named-source', 'Reed and Lee claim']]],
    ['The book and the film blame Tom Reed for the fire.', [['named-source', 'The book and the film blame']]],
    ['They ignore the Growth and Renewal Plan report and the strategy behind it.', []],
    // A death toll increased to a figure, as one revised or lowered.
    ['The regional fire service increases the death toll to 31.', [['named-source', 'The regional fire service increases']]],
    ['The council increased the budget to 40 million dollars.', [['unverified-figure', '40 million dollars']]],
    // Informants knowledgeable about something, perhaps directly.
    ['According to people directly knowledgeable about the talks, a deal is near.', [['anonymous-source', 'According to people directly knowledgeable about the talks']]],
    ['The memo, provided to the Courier by people knowledgeable about the talks, was brief.', [['anonymous-source', 'people knowledgeable about the talks']]],
    ['An official closely involved in the talks said the deal is close.', [['anonymous-source', 'An official closely involved in the talks']]],
    ["It's widely assumed the deal will pass.", [['vague-attribution', 'widely assumed']]],
    // The trade is no act of lobbying; a seat is claimed, nothing said.
    ['Acme is a Washington lobbying shop.', []],
    ['The firm has been lobbying for the bill.', [['named-source', 'The firm has been lobbying']]],
    ['The seat might be claimed by one of his rivals.', []],
    // Crowds' views told by other words, and reports from no one.
    ['Many growers foresee a bumper year.', [['vague-attribution', 'Many growers']]],
    ['Reed foresees a bumper year.', [['named-source', 'Reed foresees']]],
    ['Bank lobbyists are generally leery of the rule.', [['vague-attribution', 'Bank lobbyists']]],
    ['Reed, still excoriated by farmers for closing the mill, says it.', [['named-source', 'Reed'], ['vague-attribution', 'farmers']]],
    ['Reports have emerged that the mayor was a donor.', [['vague-attribution', 'Reports have emerged that']]],
    ['It has emerged that the mayor was a donor.', [['vague-attribution', 'It has emerged that']]],
    ['A common complaint is that the pier is unsafe.', [['vague-attribution', 'A common complaint is that']]],
    ['The plan seemed, to many, a mistake.', [['vague-attribution', 'seemed, to many']]],
    ['It seemed to some extent a mistake.', []],
    ['All his novels hold a stretch where the reader will be utterly baffled.', []],
    // Descriptions, reactions, views and standings pinned on no one.
    ['She held what is often described as the city’s toughest job.', [['vague-attribution', 'is often described as']]],
    ['The pier has been described as the worst in Europe.', [['vague-attribution', 'has been described as']]],
    ['The suspect was described as a tall man.', []],
    ['The language is raising eyebrows in Washington.', [['vague-attribution', 'raising eyebrows']]],
    ['The campaign was meant to raise eyebrows.', []],
    ['For many, the question is simple.', [['vague-attribution', 'For many,']]],
    ['For many years, the pier was closed.', []],
    ['For many, many years, the plant was the biggest employer.', []],
    ['He has pulled even with Lee in many polls.', [['vague-attribution', 'in many polls']]],
    ['He has sagged in the polls.', []],
    ['Amid concerns that the bridge is unsafe, the council closed it.', [['vague-attribution', 'Amid concerns that']]],
    ['Despite objections that the law is unfair, the council passed it.', [['vague-attribution', 'Despite objections that']]],
    ['Despite the rain, the council met.', []],
    ['Of course, the ruling didn’t set well with some.', [['vague-attribution', 'set well with some']]],
    ['The plan did not go down well with many voters.', [['vague-attribution', 'go down well with many voters']]],
    ['It went well with some wine.', []],
    // A count's approximation after "according to" is no name; news sources are outlets.
    ['According to more than 20 economists, the plan will fail.', [['vague-attribution', 'According to more than 20 economists']]],
    ['According to at least three officials, the plan will fail.', [['anonymous-source', 'According to at least three officials']]],
    ['Several media sources reported that the plan failed.', [['vague-attribution', 'Several media sources']]],
    ['Two sources said the plan failed.', [['anonymous-source', 'Two sources']]],
    // Rumours, speculation and reports that something is so, from no one; a portrayal from no one.
    ['Hours before reports that the firm had been sold, shares rose.', [['vague-attribution', 'reports that']]],
    ['Rumors that the company was for sale lifted the stock.', [['vague-attribution', 'Rumors that']]],
    ['Rumours that circulated last spring proved false.', []],
    ['Rumours that nobody can trace are the hardest to fight.', []],
    ['The agency reports that the firm was sold.', [['named-source', 'The agency reports']]],
    ['The mayor is being portrayed as corrupt.', [['vague-attribution', 'is being portrayed as']]],
    // An -ing form between a noun and its clause's auxiliary is a noun: no one is bashing here.
    ['With one tycoon onstage, the tycoon bashing could reach new heights.', []],
    ['The Reed bashing has gone too far.', []],
    // Majorities with no number told are a crowd, as "most growers" are.
    ['Majorities see the levy as a burden.', [['vague-attribution', 'Majorities']]],
    // "finding that" after what finds it, not after a determiner; a count approximated by "fully"; people expected.
    ['Reed leads, with Gallup finding that 45 percent back him.', [['named-source', 'Gallup finding']]],
    ['Its finding that 45 percent back him is new.', [['unverified-figure', '45 percent']]],
    ['The board, finding that the pier was unsafe, closed it.', [['named-source', 'The board']]],
    ['Fully 140 firms signed the letter.', [['unverified-figure', 'Fully 140 firms']]],
    ['Attendance will rise with over 5,000 pilgrims expected on Tuesday.', [['unverified-figure', 'over 5,000 pilgrims']]],
    ['Analysts expected, in the end, a close race.', [['vague-attribution', 'Analysts']]],
    ['Attendance will rise with over 12,000 pilgrims expected.', [['unverified-figure', 'over 12,000 pilgrims']]],
    ['More voters came than analysts expected.', [['vague-attribution', 'analysts']]],
    ['In May officials postponed the vote, citing security concerns.', [['vague-attribution', 'officials']]],
    ['Last week two senior aides quit, saying the campaign was broke.', [['anonymous-source', 'two senior aides']]],
    ['First some residents said the water smelled of gas.', [['vague-attribution', 'some residents']]],
    // An account based on interviews with people unnamed.
    ['The account is based on interviews with people close to her.', [['anonymous-source', 'based on interviews with people close to her']]],
    ['This article is based on the accounts of three former aides.', [['anonymous-source', 'based on the accounts of three former aides']]],
    ['The plan is based on the idea of fairness.', []],
    ['The mayor thanked the city and then said the plan would work.', [['named-source', 'The mayor']]],
    ['The report, based on interviews with staff, said the ward was unsafe.', [['named-source', 'The report']]],
    ['The group said its findings were based on interviews with 31 people.', [['named-source', 'The group said']]],
    ['A strategist allied with the super PAC said the ads were working.', [['anonymous-source', 'A strategist allied with the super PAC']]],
    // Labels, wisdom and knocks from no one named.
    ['The storm caused what some call the worst flood in a century.', [['vague-attribution', 'what some call']]],
    ['Conventional wisdom holds that turnout decides the race.', [['vague-attribution', 'Conventional wisdom holds that']]],
    ['Trump has upended the conventional wisdom.', []],
    ['She received a slew of criticism.', [['vague-attribution', 'received a slew of criticism']]],
    ['The 300 students are divided into four groups.', [['unverified-figure', '300 students']]],
    ['Voters are divided over the plan.', [['vague-attribution', 'Voters']]],
    // A body told only by its kind's acronym; a record filed is no source.
    ['A super PAC said the ads would run in Iowa.', [['vague-attribution', 'A super PAC']]],
    ['Forward Ohio, a super PAC, said the ads would run.', [['named-source', 'Forward Ohio']]],
    ['That is the deadline for firms to file reports detailing their finances.', []],
    ['Among aides, there is chatter that he will quit.', [['vague-attribution', 'there is chatter']]],
    ['Support fell one percentage point.', [['unverified-figure', 'one percentage point']]],
    ['At one point, support fell.', []],
    ['It was a highly criticized decision.', [['vague-attribution', 'highly criticized']]],
    ['For many economists, the plan is a mistake.', [['vague-attribution', 'For many economists,']]],
    ['The soldiers had come under fire near the border.', []],
    ['Reed came under fire for his remarks.', [['vague-attribution', 'came under fire']]],
    ['Senator Smith reminds me of the 1990s.', []],
    ['Ann Lee spoke first. She reminded voters of the years her family lived there.', [['named-source', 'She reminded']]],
    ['The knock on the governor is that he is aloof.', [['vague-attribution', 'The knock on the governor is that']]],
    // More feelings caused and stances held: rankled, irritated, annoyed; distrust, detest, despise.
    ['The decision rankled Republican leaders.', [['vague-attribution', 'Republican leaders']]],
    ['That rankled many in the union.', [['vague-attribution', 'many in the union']]],
    ['The vote angered many in 2016.', []],
    ['Voters distrust the council.', [['vague-attribution', 'Voters']]],
    ['Reed despises what he calls red tape.', [['named-source', 'Reed despises']]],
    ['The plan was contested by critics.', [['vague-attribution', 'critics']]],
    ['The seat was contested by four candidates.', []],
    ['He leads in national polls.', [['vague-attribution', 'in national polls']]],
    ['He leads in recent polls from the Harlow Institute.', [['named-source', 'in recent polls from the Harlow Institute']]],
    // A pronoun with its auxiliary run in refers as the pronoun does.
    ['Democrats met on Monday. They’ve said the plan will pass.', [['vague-attribution', 'They’ve']]],
    ['Ann Lee met them. She’d said the plan would pass.', [['named-source', 'She’d said']]],
    // Stories are records, no name; scrutiny and criticism from no one.
    ['Stories suggest the mayor lied.', [['vague-attribution', 'Stories']]],
    ['The plan has come under scrutiny.', []],
    ['It was a widely criticized decision.', [['vague-attribution', 'widely criticized']]],
    ['The plan was widely criticized by economists.', [['vague-attribution', 'economists']]],
    // A feeling caused in a crowd with no quantifier; not one that might be, nor a name that ends like a plural.
    ['The decision angered local farmers.', [['vague-attribution', 'local farmers']]],
    ['The ruling angered American voters.', [['vague-attribution', 'American voters']]],
    ['The plan rattled Democrats.', [['vague-attribution', 'Democrats']]],
    ['The decision angered China.', []],
    ['Be careful not to anger Mr. Sanders.', []],
    ['Asked what might surprise people, she smiled.', []],
    ['Local groups yield upset victories for outsiders like Reed.', []],
    // Crying foul; a pretence; keeping track; a count of those polled.
    ['Critics are crying foul over the new rules.', [['vague-attribution', 'Critics']]],
    ['Reed cried foul over the new rules.', [['named-source', 'Reed cried foul']]],
    ['A man claiming to be a police officer robbed the store.', []],
    ['Days after a driver claiming allegiance to a gang crashed the van, Reed spoke.', []],
    ['Lee has echoed Reed’s success online.', []],
    ['Lee echoed Reed’s criticism of the bank.', [['named-source', 'Lee echoed']]],
    ['Pollsters tracking the race say Reed leads.', [['vague-attribution', 'Pollsters']]],
    ['The share who said they would vote fell.', []],
    // A capitalised currency word with a name after it is the name: a ranked list.
    ['8 Rand Tate.', []],
    // A word of sequence opening the clause without its comma.
    ['First the council announced it was closing the pier.', [['named-source', 'the council announced']]],
    ['First Minister Ann Lee said the pier would close.', [['named-source', 'First Minister Ann Lee said']]],
    // How one replied, what one prefers to do and how often one posted are acts that claim nothing.
    ['The board, which is close to Reed, responded by abruptly cutting her budget.', []],
    ['Reed, who was angry, responded by calling the levy a scam.', [['named-source', 'Reed']]],
    ['Marsh dodged the questions she preferred not to answer.', []],
    ['Most days he prefers to cycle to the depot.', []],
    ['Commuters prefer to travel before eight.', [['vague-attribution', 'Commuters']]],
    ['Reed has posted more than 4,000 times since March, according to Acme Data.', [['named-source', 'according to Acme Data']]],
    ['The clerk, who invoked her Fifth Amendment rights at the hearing, now helps the inquiry.', []],
    // The conjunction of a clause of when opens no name set off by an aside.
    ['When Ms. Marsh, at a debate in 1981, said the mill should close, Reed laughed.', [['named-source', 'Ms. Marsh']]],
    ['After Acme, a Leeds bank, said profits rose, its shares fell.', [['named-source', 'Acme']]],
    // Those close to a named person, as a crowd.
    ['Reed’s inner circle believes she has earned the right to set the terms.', [['vague-attribution', 'Reed’s inner circle']]],
    // An amount of people counts no one, as "many" does.
    ['A slew of party leaders agree with her reading of the vote.', [['vague-attribution', 'A slew of party leaders']]],
    ['Scores of Acme drivers say the depot is unsafe.', [['vague-attribution', 'Scores of Acme drivers']]],
    ['A handful of party insiders say there will be a fight.', [['anonymous-source', 'A handful of party insiders']]],
    // A numbered part of a law or a treaty is a document the reader can look up.
    ['Article 33 affirms: “No state shall expel a refugee.”', [['named-source', 'Article 33 affirms']]],
    ['Article 12 of the charter says that no fee may be charged.', [['named-source', 'Article 12 of the charter says']]],
    ['Section 8 tenants said the lifts were broken.', [['vague-attribution', 'Section 8 tenants']]],
    // A small group of a named body's people, as "two Acme employees" are, not the body on the record.
    ['A handful of Acme employees told the Leeds Post the depot was unsafe.', [['anonymous-source', 'A handful of Acme employees']]],
    ['A couple of Acme employees said the depot was unsafe.', [['anonymous-source', 'A couple of Acme employees']]],
    ['A couple of Acme spokesmen said the depot was safe.', [['named-source', 'A couple of Acme spokesmen said']]],
    // An inquiry named after a medium is no document said in.
    ['There is no sign that a grand jury sits in the email inquiry.', []],
    // A verb after a modal takes the name its relative clause follows as its object.
    ['Any appeal would involve Judge Ann Marsh, who told the court the case was closed.', [['named-source', 'Judge Ann Marsh, who told']]],
    ['It was former Mayor Tom Reed, who said the pier would close.', [['named-source', 'former Mayor Tom Reed, who said']]],
    // Whom someone helps or lets do something: a bare infinitive, no claim of theirs.
    ['Ode meets the board often, sometimes simply helping the firm think through its results.', []],
    ['Reed helped growers who said the levy was unfair.', [['vague-attribution', 'growers']]],
    // A poll the story dates refers back to the one it named.
    ['An Acme News poll last month found Reed ahead. Thirty-nine percent of voters backed him in the mid-January poll.', [['named-source', 'An Acme News poll last month found'], ['named-source', 'in the mid-January poll']]],
    ['Reed trailed in January polls.', []],
    ['An Acme News poll found Reed ahead. Just 13% of voters in the nationwide survey approved.', [['named-source', 'An Acme News poll found'], ['named-source', 'in the nationwide survey']]],
    // The last of a pair denied with "neither … nor" said nothing, as "did not say" says nothing.
    ['Neither Reed nor Marsh said the plant would close.', []],
    ['But neither he nor Marsh echoed the mayor’s tone.', []],
    // A deal a firm advised on is a client served.
    ['Acme Partners advised on two of those mergers.', []],
    ['Doctors advised on Monday that the water was unsafe.', [['vague-attribution', 'Doctors']]],
    // A subject with its copula run in ("they’re hopeful") holds a stance as "they are hopeful" does; named, it is no claim.
    ['Growers met on Monday. This year, they’re hopeful the levy will fall.', [['vague-attribution', 'they']]],
    ['Reed and Marsh met on Monday. Still, they’re confident the levy will fall.', []],
    // "It shows" speaks for a record the sentence before names; after an event it is a thing that shows.
    ['The council filed its audit on Monday. It showed £200,000 in payments to Acme.', [['named-source', 'It showed']]],
    ['Reed visited the depot on Monday. It shows that she cares about 300 drivers.', [['unverified-figure', 'about 300 drivers']]],
    // A view voiced by someone is theirs: the agent of "expressed", "voiced" is its source, up to the sentence's own verb.
    ['The concerns voiced by many Leeds growers go beyond the levy.', [['vague-attribution', 'many Leeds growers']]],
    ['The concerns voiced by Ann Marsh go beyond the levy.', [['named-source', 'voiced by Ann Marsh']]],
    // A disclaimer disowns views and reports none.
    ['The views expressed by readers on this site are their own.', []],
    // A view no one holds by name, with "there’s" run in; a complaint counted without its makers.
    ['There’s a widespread recognition that the depot needs repairs.', [['vague-attribution', 'There’s a widespread recognition']]],
    ['Another complaint is that the buses run late.', [['vague-attribution', 'Another complaint is that']]],
    // Records, one of them named by its maker, are named as a crowd with a member named is; a place is no maker.
    ['Reed leads, according to three recent polls, including one from Acme University released Thursday.', [['named-source', 'according to three recent polls']]],
    ['Several growers, including one from Leeds, said the levy was unfair.', [['vague-attribution', 'Several growers']]],
    // A record a maker's capitals name in passing, after the sentence's opening article, is what "the poll" refers to.
    ['Reed leads, according to a new poll. The Acme News-Leeds Post poll of 2,047 voters was released Wednesday. The poll shows Reed beating Marsh 45 to 40 percent.', [['vague-attribution', 'according to a new poll'], ['named-source', 'The poll shows']]],
    // What an unnamed examination examined is no one who made it; a maker after "by" still names it.
    ['But a recent review of Ann Reed’s emails seems to show that a reporter helped her.', [['vague-attribution', 'a recent review of Ann Reed’s emails']]],
    ['An analysis of Reed’s tax returns by Acme News found that she paid no tax.', [['named-source', 'An analysis of Reed’s tax returns by Acme News found']]],
    // A dispute with no one disputing; not with its parties, a motion debated where it is put, nor what would be debated.
    ['The root causes of the fire are hotly debated.', [['vague-attribution', 'are hotly debated']]],
    ['The figures are disputed by the council.', [['named-source', 'disputed by the council']]],
    ['The levy was debated in parliament on Monday.', []],
    ['In another year these are questions that would be hotly debated.', []],
    // After a perfect's participle the phrase before a relative clause is a verb's: its object is who "that" stands for;
    // "which" after a comma is about the clause.
    ['The levy has largely fallen out of favor with green groups that once regarded it as fair.', [['vague-attribution', 'green groups']]],
    ['Reed has generally beaten Marsh handily among older voters, which describes much of the county.', []],
    // A long description right after a named speaker is the writer's epithet for them, unless an unnamed person was met.
    ['One of the authors, Ann Marsh, said the report was right. “He went the other way,” said the former top aide to Governor Tom Reed.', [['named-source', 'Ann Marsh'], ['named-source', 'said the former top aide to Governor Tom Reed']]],
    ['Tom Ode, the councillor from Leeds, told the Post the rules would change. The influential delegate and veteran activist, who backs Reed, warned of a fight.', [['named-source', 'Tom Ode'], ['named-source', 'The influential delegate and veteran activist, who backs Reed, warned']]],
    ['A nurse said the wait was long. “It was bad,” said the young nurse from Leeds.', [['anonymous-source', 'A nurse'], ['anonymous-source', 'the young nurse from Leeds']]],
    // A capital before a body's noun is where it is from: the name given after "called" is who reports; a person's
    // "called" stays a verdict.
    ['A Leeds news site called The Harbour Post reported that the ferry would close.', [['named-source', 'The Harbour Post reported']]],
    ['A Reed spokesman called Marsh a liar.', [['named-source', 'A Reed spokesman called']]],
    // A record its maker's name puts on the record speaks through the quotation a colon opens, and sources its figures.
    ['Likewise, a paper from the Acme Institute had this to say about the levy: “Families would pay 24% more.”', [['named-source', 'a paper from the Acme Institute']]],
    ['A study had this to say about the levy: “Families would pay 24% more.”', [['unverified-figure', '24%']]],
    // "have taken to social media to complain" as "took to Twitter to"; not "has taken years to say".
    ['Fans of the film have taken to social media to complain about the actor.', [['vague-attribution', 'Fans of the film']]],
    ['Reed is taking to the airwaves to argue that the levy is fair.', []],
    ['It has taken years to say that the levy is fair.', []],
    // A named person's call for or to something is their demand, and sources its figures; a call that asks for nothing
    // is none. A subordinator opening the sentence is no part of the name after it.
    ['Marsh backed Ann Reed’s original call for a £1.9 million flood fund.', [['named-source', 'Ann Reed’s original call']]],
    ['Reed’s recent call to close the depot could anger drivers.', [['named-source', 'Reed’s recent call']]],
    ['The referee’s call was wrong.', []],
    ['Reed’s phone calls to donors raised £2 million.', [['unverified-figure', '£2 million']]],
    ['While Reed’s clarion call for a levy draws crowds to her rallies, Marsh struggles.', [['named-source', 'Reed’s clarion call']]],
    ['Ode said the cases differed, whereas Marsh acknowledged that she knew.', [['named-source', 'Ode said'], ['named-source', 'Marsh acknowledged']]],
    // Blame, criticism and fears no one is said to voice or hold; with their makers named the source analysis credits them.
    ['Reed is under fire for failing to deliver on her vow.', [['vague-attribution', 'is under fire']]],
    ['The soldiers were under fire for hours.', []],
    ['Ode returned the money after public criticism.', [['vague-attribution', 'after public criticism']]],
    ['Ode quit after public criticism from Ann Reed.', [['named-source', 'criticism from Ann Reed']]],
    ['The blast raised fears that the bridge would fail.', [['vague-attribution', 'raised fears']]],
    ['Growers met as a way of raising doubts about the levy.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a colon between digits opens no clause', () => {
    expect(read('He went on to recite Psalm 23:1-4 from the Bible, saying: “The Lord is my shepherd.”').map((a) => a.source)).toEqual(['He']);
  });

  test('a description set before a name after a verb of saying opens after the verb', () => {
    expect(read('Aides say the governor, Jerry Brown, believes the plan will fail.').map((a) => a.source)).toEqual(['Aides', 'the governor, Jerry Brown']);
  });

  test('a person described by role is no body the story named before', () => {
    const [, judge] = analyzeText('The Leeds Post reported the ruling. The judge said the law was void.');
    expect(judge?.reason).not.toContain('Leeds Post');
  });
});
