import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeText, analyzeTextSteps, FINDING_KINDS, summarizeAttribution, WEAK_KINDS, type AnalyzeOptions, type Finding, type FindingKind } from '../utils/engine';
import { PATHOLOGICAL_INPUTS } from './pathological-inputs';

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');

const kindsIn = (text: string) => new Set(analyzeText(text).map((f) => f.kind));
const find = (text: string, kind: FindingKind) => analyzeText(text).filter((f) => f.kind === kind).map((f) => f.text);

function expectWellFormed(text: string, findings: Finding[]): void {
  let lastEnd = 0;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(FINDING_KINDS).toContain(f.kind);
    expect(f.reason).toMatch(/^[A-Z].*\.$/);
    lastEnd = f.end;
  }
}

describe('seed article', () => {
  const findings = analyzeText(seed);
  const texts = (kind: FindingKind) => findings.filter((f) => f.kind === kind).map((f) => f.text.toLowerCase());

  test.each<[FindingKind, string]>([
    ['anonymous-source', 'according to sources'],
    ['anonymous-source', 'two informed sources'],
    ['anonymous-source', 'a former us official'],
    ['vague-attribution', 'russian officials'],
    ['hedge', 'reportedly'],
    ['unverified-figure', 'numbering over 21'],
    ['named-source', 'the nbc report'],
  ])('%s on "%s"', (kind, phrase) => {
    expect(texts(kind).some((t) => t.includes(phrase))).toBe(true);
  });

  test('grades weak', () => {
    expect(summarizeAttribution(findings).grade).toBe('weak');
  });

  test('offsets are exact, sorted and non-overlapping', () => {
    expectWellFormed(seed, findings);
  });

  test('anonymous sources carry specificity and the anonymity flag', () => {
    for (const f of findings.filter((f) => f.kind === 'anonymous-source')) {
      expect(['bare', 'generic', 'specific']).toContain(f.specificity);
      expect(f.anonymityReasonGiven).toBe(false);
    }
  });
});

// Cases from the issue: context decides, not phrase lists alone.
describe('context', () => {
  test.each<[string, FindingKind, boolean]>([
    ['The deal is close, said a person familiar with the talks.', 'anonymous-source', true],
    // Insiders, counted or not, gave the reporter information: anonymous, not a crowd's view (guide).
    ['Two aides said the mayor would not run.', 'anonymous-source', true],
    ['His advisers say the count was fair.', 'anonymous-source', true],
    ['His advisers say the count was fair.', 'vague-attribution', false],
    ['The strikes will continue, said John Kirby, a Pentagon spokesman.', 'named-source', true],
    ['The strikes will continue, said John Kirby, a Pentagon spokesman.', 'anonymous-source', false],
    ['He was not familiar with Fusion GPS.', 'anonymous-source', false],
    ['Berrien County Health Department officials said the water was safe.', 'named-source', true],
    ['Berrien County Health Department officials said the water was safe.', 'vague-attribution', false],
    ['The group claimed responsibility for the attack.', 'hedge', false],
    ['The 45-year-old was arrested in March 2024.', 'unverified-figure', false],
    ['At least 30 people were killed in the blast.', 'unverified-figure', true],
    ['At least 30 people were killed in the blast, the Interior Ministry said.', 'unverified-figure', false],
    // A tag after a second clause covers the first's figure when the speaker's participle goes on after it; not a tag
    // set inside the second clause.
    ['Orders rose 9% in May, and refunds stayed flat, Tallow Foods said, adding that June looked weaker.', 'unverified-figure', false],
    ['Fares fell 6% this spring, while fuel got dearer, the Harwick ferry line said, citing fierce competition.', 'unverified-figure', false],
    ['Fares fell 6% this spring, while fuel, the Harwick ferry line said, got dearer.', 'unverified-figure', true],
    ['“We will rebuild,” he said.', 'named-source', true],
    ['Russian officials have highlighted concerns over the groups.', 'vague-attribution', true],
    ['The Russian Foreign Ministry said the groups were a threat.', 'named-source', true],
    ['The Russian Foreign Ministry said the groups were a threat.', 'vague-attribution', false],
    ['Critics argue the plan will fail.', 'vague-attribution', true],
    ['It is widely believed that the plan will fail.', 'vague-attribution', true],
    ['It is generally felt among growers that the levy is too high.', 'vague-attribution', true],
    ['The bridge is widely expected to close in May.', 'vague-attribution', true],
    ['The council is expected to meet on Tuesday.', 'vague-attribution', false],
    ['The prices could rise and may stay high.', 'hedge', false],
    // "alleged" before what is alleged is a hedge after a preposition too; as a verb it is none.
    ['Reed called for an inquiry into alleged fraud at the council.', 'hedge', true],
    ["That's what the levy is for; it's supposed to pay for the roads.", 'hedge', false],
    ["The mayor's supposed plan failed.", 'hedge', true],
    ['The mill was fined over purported leaks from its tanks.', 'hedge', true],
    ['The growers have alleged the levy broke the law.', 'hedge', false],
    ['The suit, brought in Leeds last May, alleged that the mill lied.', 'hedge', false],
    ['Reuters reported the deal on Monday.', 'hedge', false],
    ['Reuters reported the deal on Monday.', 'named-source', true],
    ['ISIS-K and the G7 discussed COVID-19 on Tuesday, 3rd.', 'unverified-figure', false],
    ['A company spokesperson said in an email that the review continues.', 'anonymous-source', false],
    ['A company spokesperson said in an email that the review continues.', 'named-source', true],
    // The seat of a government speaks for it through its spokesperson, on the record.
    ['Asked about the plan, a White House spokeswoman said no date had been set.', 'named-source', true],
    ['Asked about the plan, a White House spokeswoman said no date had been set.', 'anonymous-source', false],
    // Its officials, unnamed, are still unnamed.
    ['A White House official said no date had been set.', 'anonymous-source', true],
    ['Spot gold added 0.1% to $1,472.19 an ounce.', 'named-source', false],
    ['To start, it confirms recent polling on impeachment.', 'named-source', false],
    ['Reed, who will chair the company, told investors of New Media on Monday.', 'vague-attribution', false],
    ['The company that runs the show, Dick Clark Productions, denied the claim.', 'named-source', true],
    ['The doctor prescribed steroids and told him to rest.', 'anonymous-source', false],
    ['The manager believed the waitress.', 'anonymous-source', false],
    ['Mr Mugabe’s critics have long blamed him for the collapse.', 'vague-attribution', true],
    ['Biden administration officials said they were not notified.', 'vague-attribution', true],
    ['Stadia is launching with 22 games in 14 countries.', 'unverified-figure', true],
    ['The 16-inch model runs at 60 frames per second with 512GB of storage.', 'unverified-figure', false],
  ])('%s → %s %s', (sentence, kind, expected) => {
    expect(kindsIn(sentence).has(kind)).toBe(expected);
  });
});

// Real sentences from the project's labelled set (MIT/Apache-licensed corpora), with their labels.
describe('labelled sentences', () => {
  test.each<[string, FindingKind]>([
    ['"Scooter is frustrated because his name is being dragged in the mud," an insider told the outlet on Monday.', 'anonymous-source'],
    ['The priest, Fidelis Mukonori, is acting as a middle-man between Mr Mugabe and the generals, a senior political source told Reuters.', 'anonymous-source'],
    ['Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many as 80 by 2022.', 'vague-attribution'],
    ['Experts say the research should shift thinking about how kids develop food allergies.', 'vague-attribution'],
    ['About 50 other people were wounded, according to local news reports.', 'vague-attribution'],
    ['Officials said Friday that Yoon had ordered the arrest of prominent politicians.', 'vague-attribution'],
    ['Ousted WeWork CEO Adam Neumann can still reportedly name directors to WeWork\'s board, even though he left the company.', 'hedge'],
    ['The brain behind this well-timed startup is said to be Aryavir Kumar and Margarita Kuritsyna.', 'hedge'],
    ['Yersinia pestis is believed to have originated in China, spreading to the West via ships.', 'hedge'],
    ["It was not possible to independently verify the group's claim.", 'hedge'],
    ['Thousands of Tunisians have flocked to join jihadist groups in Syria.', 'unverified-figure'],
    ['Two gunmen died, and three others may have escaped, officials said.', 'unverified-figure'],
    ['The order is valued at $8.8 billion at list prices, but a steep discount is typically negotiated by airlines.', 'unverified-figure'],
    ['Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, according to InfoNation.', 'named-source'],
    ['"US Chinook helicopter shot down," Taliban spokesman Zabihullah Mujahid said in a tweet.', 'named-source'],
    ['That would reduce federal revenue by an additional $631 billion over 10 years, according to the Tax Policy Center.', 'named-source'],
    ['Con Edison officials said they had begun replacing the city’s nearly 1,600 miles of natural gas lines.', 'named-source'],
  ])('%s → %s', (sentence, kind) => {
    expect(kindsIn(sentence).has(kind)).toBe(true);
  });

  test.each<[string, FindingKind]>([
    // A named share's market move has the market as its source (guide); dev.jsonl 5300d9d1bc is now disputed.
    ['Home Depot shares are up about 40% year to date, easily outpacing the Dow Jones Industrial Average.', 'unverified-figure'],
    ['Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, according to InfoNation.', 'unverified-figure'],
    ['For this review, we\'re examining the 2.4GHz 16-inch MacBook Pro, with 512GB of flash storage, 32GB of RAM.', 'unverified-figure'],
    ['Leif Dahleen, the blogger behind the Physician on FIRE, retired from anesthesiology at age 43.', 'unverified-figure'],
    ['A "phase one" trade deal was supposed to be a limited agreement.', 'hedge'],
    ['You are going to be OK," an officer told the girl.', 'anonymous-source'],
    ['After Fiona Hill left the NSC, it was Morrison who took over, and Vindman reported to him.', 'named-source'],
  ])('%s → no %s', (sentence, kind) => {
    expect(kindsIn(sentence).has(kind)).toBe(false);
  });
});

describe('anonymous sources', () => {
  test.each([
    ['Sources said the talks had stalled.', 'bare'],
    ['The talks had stalled, said a person familiar with the matter.', 'generic'],
    ['The talks had stalled, said a senior State Department official involved in the talks.', 'specific'],
  ])('%s → %s', (sentence, specificity) => {
    const f = analyzeText(sentence).find((f) => f.kind === 'anonymous-source');
    expect(f?.specificity).toBe(specificity);
  });

  test('a reason for anonymity is noticed and softens the penalty', () => {
    const withReason = 'The talks had stalled, said an official who spoke on condition of anonymity because they were not authorized to speak publicly.';
    const without = 'The talks had stalled, said an official.';
    const a = analyzeText(withReason).find((f) => f.kind === 'anonymous-source');
    const b = analyzeText(without).find((f) => f.kind === 'anonymous-source');
    expect(a?.text).toBe('an official');
    expect(a?.anonymityReasonGiven).toBe(true);
    expect(b?.anonymityReasonGiven).toBe(false);
    expect(a?.reason).not.toBe(b?.reason);
    expect(summarizeAttribution([a as Finding]).score).toBeGreaterThanOrEqual(summarizeAttribution([b as Finding]).score);
  });

  test.each([
    ['Two councillors, who asked not to be named because the vote is not yet public, said they would vote no.', true],
    ['A grower, who asked not to be named to protect her job, said the levy was unfair.', true],
    ['An aide, who wished to stay unnamed because of how much sensitivity surrounds the levy, said a deal was close.', true],
    ['“We lost everything,” said a grower who could not be named for fear her stall would close.', true],
    ['“We lost everything,” said a grower who would rather not be identified out of fear of the council.', true],
    // Why the claim is made is no reason for the anonymity.
    ['Two councillors, who asked not to be named, said they would vote no because the levy was unfair.', false],
  ])('a reason for anonymity, in its own words: %s', (text, given) => {
    expect(analyzeText(text).find((f) => f.kind === 'anonymous-source')?.anonymityReasonGiven).toBe(given);
  });

  test('a body described as one kind is not a body of another kind named before it', () => {
    const text = 'Reed raised $4 million, his campaign said. Turnout was 32 percent, the state elections board said.';
    const reasons = analyzeText(text).map((f) => [f.text, f.reason]);
    const board = reasons.find(([t]) => t === 'the state elections board said');
    expect(board?.[1]).not.toContain('refers to');
    // A bare kind may still stand for a body named as another ("the group" for a foundation).
    const again = analyzeText('The Leeds Growers Foundation said the levy was unfair. The group said it would sue.').find((f) => f.text === 'The group said');
    expect(again?.reason).toContain('refers to “The Leeds Growers Foundation”');
  });

  test('a company called by what it makes ("the food maker") refers to the company named before', () => {
    const found = analyzeText('Hull Biscuits reported a loss on Thursday. The food maker blamed higher energy costs.').find((f) => f.text === 'The food maker blamed');
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).toContain('refers to “Hull Biscuits”');
  });

  test('a body or a person is never a record the article named before it', () => {
    const text = 'A trial of the Acme drug was published in the Leeds Journal of Medicine. About 13 percent of patients had side effects, the study found. Two deaths were linked to the drug, the company said.';
    const company = analyzeText(text).find((f) => f.text === 'the company said');
    expect(company?.kind).toBe('named-source');
    expect(company?.reason).not.toContain('refers to “the study”');
  });

  test.each([
    ['A councillor has quit the Leeds Labour group. Gwen Parry said she had been bullied. The councillor said she would sit alone.', 'The councillor said', 'Gwen Parry'],
    ['A doctor has been suspended by Hull Royal. Dr Isaac Brenner said he would appeal. The doctor said he had done nothing wrong.', 'The doctor said', 'Dr Isaac Brenner'],
    ['A councillor has quit the Leeds Labour group. Gwen Parry, a councillor for Hull West, said she had been bullied. The councillor said she would sit alone.', 'The councillor said', 'Gwen Parry'],
    // A title's words are the name's again; the reference may come in the next paragraph.
    ['A judge has ruled that the Hull ferry deal was unlawful. Mr Justice Harlow said the council had broken its rules.\n\n“The council acted in haste,” the judge wrote.', 'the judge wrote', 'Mr Justice Harlow'],
  ])('the person met unnamed in passing, whom the next sentence names speaking, is that person: %s', (text, reference, name) => {
    const found = analyzeText(text).find((f) => f.text === reference);
    expect(found?.kind).toBe('named-source');
    expect(found?.reason).toContain(`refers to “${name}”`);
  });

  test.each([
    // The speaker was named in the first sentence, as someone else.
    'A doctor treating Tom Reed has been suspended. Reed said he was shocked. The doctor said he had done nothing wrong.',
    // The speaker is given another role.
    'A councillor has quit the Leeds Labour group. Party leader Tom Reed said he was sorry. The councillor said she would sit alone.',
    'A doctor has been suspended by Hull Royal. Ann Marsh, a nurse on the ward, said staff were shocked. The doctor said he would appeal.',
    // A body, or a name said to be someone else, before or after it.
    'A pilot was held at Leeds airport. Police said he was drunk. The pilot said he was sober.',
    'A doctor has been suspended. Hull Royal said the case was under review. The doctor said he would appeal.',
    'A teacher has been sacked. Her husband, Tom Reed, said she was innocent. The teacher said she would appeal.',
    'A councillor has quit the group. Tom Reed, who leads the group, said he was sorry. The councillor said she would sit alone.',
    // An informant, not the story's subject, stays unnamed.
    'A senior official said talks had stalled. Ann Marsh said she was hopeful. The official said the gap was wide.',
  ])('an unnamed person stays unnamed when the next sentence names someone else: %s', (text) => {
    const found = analyzeText(text).find((f) => /^The (?:doctor|councillor|official|pilot|teacher)\b/.test(f.text));
    expect(found?.kind).toBe('anonymous-source');
  });

  test('"one of them" after an unnamed group is one of that group, with its reason for anonymity', () => {
    const text = 'Two aides, speaking anonymously because they were not authorised to comment, said the deal was close. One of them said a vote was due.';
    const one = analyzeText(text).find((f) => f.text === 'One of them');
    expect(one?.kind).toBe('anonymous-source');
    expect(one?.anonymityReasonGiven).toBe(true);
    expect(one?.reason).toContain('is one of those first described as “Two aides');
    // After a crowd it is judged on its own words.
    expect(analyzeText('Critics say the levy is unfair. One of them said it would ruin growers.').find((f) => f.text === 'One of them')?.anonymityReasonGiven).toBe(false);
  });

  test('a named speaker\'s relative clause that reports a figure sources it, though the sentence\'s verb credits the speaker again', () => {
    const text = 'Ann Marsh, who estimated that 300 of the dockers backed the strike, said she would vote for it.';
    expect(analyzeText(text).map((f) => f.kind)).not.toContain('unverified-figure');
    // A hope is no report of a figure.
    expect(analyzeText(text.replace('estimated', 'hoped')).map((f) => f.kind)).toContain('unverified-figure');
  });

  test.each([
    '“We moved twice,” said the tenant, who was granted anonymity because she feared eviction by her landlord.',
    'A dock worker, who wished to stay anonymous because he worried about his job, said the crane had failed.',
  ])('the reason a source goes unnamed is no second source: %s', (sentence) => {
    expect(analyzeText(sentence).filter((f) => f.kind === 'anonymous-source')).toHaveLength(1);
  });

  test.each([
    ['The talks had stalled, said an aide, who asked that her name be withheld because of Acme policy.', true],
    ['The talks had stalled, said an official, who was granted anonymity under company policy.', true],
    ['The talks had stalled over policy, said an official.', false],
  ])('a rule of the body’s is a reason for anonymity too: %s', (sentence, given) => {
    expect(analyzeText(sentence).find((f) => f.kind === 'anonymous-source')?.anonymityReasonGiven).toBe(given);
  });

  test.each([
    // Why the aside's act was done is a clause inside the aside: the source before it still speaks.
    ['A Leeds council official, speaking on background because the talks are private, said the deal was close.', ['A Leeds council official, speaking on background because the talks are private']],
    // A place set off after the source's place is where it is, not who speaks.
    ['Port officials in Hull, England, speaking on condition of anonymity, said the dock would close.', ['Port officials in Hull, England, speaking on condition of anonymity']],
  ])('the source before an aside of anonymity is found through what the aside holds: %s', (sentence, spans) => {
    expect(find(sentence, 'anonymous-source')).toEqual(spans);
  });

  test.each([
    ['A farmer interviewed in Tillbury said the rains came late.', 'anonymous-source', 'A farmer interviewed in Tillbury'],
    // Counsel acting for a named client still speaks for it.
    ['Lawyers representing Acme said the deal was fair.', 'named-source', 'Lawyers representing Acme said'],
  ])('where a person was questioned names no one; counsel for a named client speaks for it: %s', (sentence, kind, span) => {
    expect(find(sentence, kind as FindingKind)).toEqual([span]);
  });

  test('a name set beside a place is who speaks, not a place', () => {
    expect(find('One shopkeeper in Hull, Ann Marsh, speaking by phone, said the shop would close.', 'named-source')).toEqual(['Ann Marsh']);
  });

  test('a name after a phrase of when is who speaks, not a place', () => {
    expect(find('In a letter in May, Tom Reed, the mayor of Hull, said the dock would close.', 'named-source')).toEqual(['Tom Reed']);
  });

  test('the span is the source phrase, not the sentence', () => {
    expect(find('The plan was approved, citing two informed sources.', 'anonymous-source')).toEqual(['two informed sources']);
  });

  test('the voice reading an ad speaks its makers\' words: a narrator is no anonymous informant', () => {
    const text = 'The Acme campaign released an ad on Monday. “Prices go up, farms close,” says a narrator.';
    expect(find(text, 'anonymous-source')).toEqual([]);
    expect(find(text, 'named-source')).toEqual(['says a narrator']);
  });

  test.each([
    ['“Prices go up, farms close,” says the voice-over of the Acme spot.', 'says the voice-over of the Acme spot'],
    ['“Prices go up,” a narrator in the Acme ad says.', 'a narrator in the Acme ad says'],
    ['The narrator of the spot says that farms are closing.', 'The narrator of the spot says'],
  ])('a voice said to be in the ad speaks for it as "a narrator" alone does: %s', (text, finding) => {
    expect(find(text, 'anonymous-source')).toEqual([]);
    expect(find(text, 'named-source')).toEqual([finding]);
  });

  test.each([
    '“It was cold,” a narrator in the book says.',
    // An unnamed video or film is no ad the story has in view.
    'A narrator in a video posted online claims the levy doubled.',
  ])('a narrator of a book or of an unnamed video is no ad\'s voice: %s', (text) => {
    expect(find(text, 'named-source')).toEqual([]);
  });

  test('"the narrator" after "a narrator" speaks for the ad as the first did, and its figures are sourced', () => {
    const text = 'The Acme campaign released an ad on Monday. “Prices go up,” a narrator says over the music. The narrator continues that the town loses 40 farms every week.';
    expect(find(text, 'anonymous-source')).toEqual([]);
    expect(find(text, 'unverified-figure')).toEqual([]);
    expect(find(text, 'named-source')).toEqual(['a narrator says', 'The narrator continues']);
  });

  test.each([
    ['“It is coming,” said an adviser to some of the growers.', 'an adviser to some of the growers'],
    ['An aide to the protesters said the march would go ahead.', 'An aide to the protesters'],
  ])('one person\'s role before a preposition heads the phrase, whatever crowd follows: %s', (sentence, span) => {
    expect(find(sentence, 'anonymous-source')).toEqual([span]);
    expect(find(sentence, 'vague-attribution')).toEqual([]);
  });

  test.each([
    ['“We are stunned,” one Acme employee told a local television station.', 'one Acme employee'],
    ['One worker told state media the mill was shut.', 'One worker'],
  ])('an outlet described before its noun is the press told: %s', (sentence, span) => {
    expect(find(sentence, 'anonymous-source')).toEqual([span]);
  });
});

describe('options', () => {
  const text = 'Officials said the plan was reportedly approved. Reuters reported it first.';

  test('kinds filters the findings', () => {
    const findings = analyzeText(text, { kinds: ['hedge'] });
    expect(findings.map((f) => f.kind)).toEqual(['hedge']);
  });

  test('extraPhrases flags the reader’s phrases as whole words, case-insensitively', () => {
    const findings = analyzeText('The Plan was approved. Planning continues.', { extraPhrases: { hedge: ['plan'] } });
    expect(findings.map((f) => f.text)).toEqual(['Plan']);
    expect(findings[0]?.kind).toBe('hedge');
  });

  test('the reader’s phrases win over overlapping engine findings', () => {
    const findings = analyzeText('Officials said the plan was approved.', { extraPhrases: { hedge: ['officials said'] } });
    expect(findings.map((f) => [f.kind, f.text])).toEqual([['hedge', 'Officials said']]);
  });

  test('ignorePhrases drops findings whose text contains one', () => {
    const findings = analyzeText(text, { ignorePhrases: ['REPORTEDLY'] });
    expect(findings.some((f) => f.text.toLowerCase().includes('reportedly'))).toBe(false);
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('score', () => {
  test('an article with nothing found is not graded', () => {
    const summary = summarizeAttribution([]);
    expect(summary.grade).toBe('ungraded');
    expect(summary.contributions).toEqual([]);
  });

  test('contributions add up exactly to the score', () => {
    const findings = analyzeText(seed);
    const summary = summarizeAttribution(findings);
    const base = summarizeAttribution([]).score;
    expect(summary.contributions.map((c) => c.index)).toEqual(findings.map((_, k) => k));
    expect(base + summary.contributions.reduce((a, c) => a + c.points, 0)).toBe(summary.score);
    expect(summary.counts['anonymous-source']).toBe(findings.filter((f) => f.kind === 'anonymous-source').length);
  });

  const finding = fc.record({
    kind: fc.constantFrom(...FINDING_KINDS),
    specificity: fc.constantFrom('bare' as const, 'generic' as const, 'specific' as const),
    anonymityReasonGiven: fc.boolean(),
  }).map(({ kind, specificity, anonymityReasonGiven }): Finding => ({
    kind, start: 0, end: 1, text: 'x', reason: 'x.',
    ...(kind === 'anonymous-source' ? { specificity, anonymityReasonGiven } : {}),
  }));
  const named: Finding = { kind: 'named-source', start: 0, end: 1, text: 'x', reason: 'x.' };
  const weak = finding.filter((f) => WEAK_KINDS.includes(f.kind));

  test('is monotonic: a named source never lowers it, a weakness never raises it', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), weak, fc.nat(60), (findings, w, at) => {
        const before = summarizeAttribution(findings).score;
        const k = Math.min(at, findings.length);
        expect(summarizeAttribution([...findings.slice(0, k), named, ...findings.slice(k)]).score).toBeGreaterThanOrEqual(before);
        expect(summarizeAttribution([...findings.slice(0, k), w, ...findings.slice(k)]).score).toBeLessThanOrEqual(before);
      }),
    );
  });

  test('stays within 0–100, grades consistently and adds up exactly', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (findings) => {
        const s = summarizeAttribution(findings);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(s.score)).toBe(true);
        expect(summarizeAttribution([]).score + s.contributions.reduce((a, c) => a + c.points, 0)).toBe(s.score);
        for (const c of s.contributions) {
          expect(Math.sign(c.points) * (findings[c.index]?.kind === 'named-source' ? 1 : -1)).not.toBe(-1);
        }
      }),
    );
  });
});

describe('properties', () => {
  const words = fc.constantFrom(
    'said', 'according to', 'sources', 'officials', 'reportedly', '30', '$5 billion', 'a', 'the', 'John', 'Kirby',
    ',', '.', '“', '”', '\n', 'at least', 'people', 'killed', 'experts', 'say', 'who', 'familiar with', '45-year-old',
  );
  const prose = fc.array(words, { maxLength: 80 }).map((ws) => ws.join(' '));
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), prose);

  test('never throws; offsets are exact, sorted and non-overlapping; deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const findings = analyzeText(text);
        expectWellFormed(text, findings);
        expect(analyzeText(text)).toEqual(findings);
      }),
      { numRuns: 500 },
    );
  });

  test('reader options never break the invariants', () => {
    fc.assert(
      fc.property(prose, fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), (text, phrases) => {
        const findings = analyzeText(text, { extraPhrases: { hedge: phrases }, ignorePhrases: phrases.slice(1) });
        expectWellFormed(text, findings);
      }),
    );
  });
});

describe('pathological input of 1 MB completes', () => {
  test.each(PATHOLOGICAL_INPUTS)('%s', { timeout: 120_000 }, (_, make) => {
    const text = make(1_000_000);
    // A generous limit: the point is that it finishes (no catastrophic backtracking), not how fast.
    const findings = analyzeText(text);
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.every((f) => text.slice(f.start, f.end) === f.text)).toBe(true);
  });
});

describe('analyzeTextSteps', () => {
  const text = Array.from({ length: 40 }, (_, i) => seed.split('\n').slice(i % 7).join(i % 3 ? '\n' : ' ')).join('\n');

  test.each<[string, AnalyzeOptions]>([
    ['the defaults', {}],
    ['chosen kinds', { kinds: ['hedge', 'named-source'] }],
    ['the reader’s phrases', { extraPhrases: { hedge: ['the talks'], 'anonymous-source': ['former'] }, ignorePhrases: ['informed'] }],
  ])('finds exactly what analyzeText finds, pausing every few hundred sentences, with %s', (_, options) => {
    const steps = analyzeTextSteps(text, options);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value).toEqual(analyzeText(text, options));
    expect(pauses).toBeGreaterThan(1);
  });
});
