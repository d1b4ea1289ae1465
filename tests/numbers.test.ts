import { describe, expect, test } from 'vitest';
import { findNumbers, isFigureClaim, type NumberKind, type NumberMention } from '../utils/engine/numbers';

/** Each mention of `text` as [its text, its kind]. */
const read = (text: string): [string, NumberKind][] => findNumbers(text, 0, text.length).map((m) => [text.slice(m.start, m.end), m.kind]);
const claims = (text: string): string[] =>
  findNumbers(text, 0, text.length)
    .filter(isFigureClaim)
    .map((m) => text.slice(m.start, m.end));
const only = (text: string): NumberMention => {
  const found = findNumbers(text, 0, text.length);
  expect(found).toHaveLength(1);
  return found[0] as NumberMention;
};

describe('quantities a reader may want a source for', () => {
  test.each<[string, string, NumberKind]>([
    // A bond a debtor pays is no bail.
    ['The Leeds bank owes a $120 million bond payment in June.', '$120 million', 'money'],
    // A count with its scale glued on, before what it counts.
    ['The breach exposed data on 2.3M customers.', '2.3M customers', 'count'],
    ['The Leeds app now has 1.2B users.', '1.2B users', 'count'],
    ['Thieves took 10K records from the clinic.', '10K records', 'count'],
    // Below ten, a count of what an event did to people or things, or of the events themselves.
    ['Six residents were treated for smoke at the scene.', 'Six residents', 'count'],
    ['Seven pupils suffered cuts and bruises.', 'Seven pupils', 'count'],
    ['Three depots were damaged in the storm.', 'Three depots', 'count'],
    ['The bend has seen four crashes since May.', 'four crashes', 'count'],
    ['The line was hit by two serious crashes in May.', 'two serious', 'count'],
    // In a title-case headline a count before its plural is no name's number, as "Fox 5" is.
    ['Fire Destroys 40 Homes In Hull', '40', 'count'],
    ['Acme To Cut 500 Jobs', '500', 'count'],
    ['ACME CUTS 500 JOBS', '500', 'count'],
    ['The council unveiled a £5,000 grant scheme for growers.', '£5,000', 'money'],
    ['Acme unveils £4,000 pay rise for nurses', '£4,000', 'money'],
    // A headline's verb of saying, or one in -ed, comes before its count too.
    ['Critics Say 300 Jobs At Risk In Hull', '300', 'count'],
    ['Fire Destroyed 40 Homes In Hull', '40', 'count'],
    // A count after "bill" is no bill's number.
    ['The budget bill 120 members voted against passed.', '120 members', 'count'],
    ['The victims in Hull received £900 each.', '£900', 'money'],
    ['Hull house prices are 20% off the peak.', '20%', 'percent'],
    // A rating told by its band of ten is a figure, no decade.
    ['Reed’s approval rating is in the low 40s.', 'low 40s', 'count'],
    ['Sales in Hull ended the week 2% down.', '2%', 'percent'],
    // A multiple written as one word after its verb; one told by its factor, or against someone's or some time's.
    ['Rents in Hull have risen fivefold.', 'fivefold', 'multiple'],
    ['The backlog grew tenfold in Leeds.', 'tenfold', 'multiple'],
    ['The gap in Hull has widened by a factor of three.', 'a factor of three', 'multiple'],
    ['Hull is building at three times last year’s pace.', 'three times', 'multiple'],
    ['Leeds recycles at twice Hull’s rate.', 'twice', 'multiple'],
    // Money per head spent is no price of a dish.
    ['Corvinia spends $410 per head on schools.', '$410', 'money'],
    // A party's vote share moving is a statistic, not a market.
    ['The Leeds party’s vote share fell 6 points.', '6 points', 'percent'],
    // A temperature against another.
    ['Hull was 1.5C above its long-run average last year.', '1.5C', 'measure'],
    ['Summer in Leeds was 2C warmer than usual.', '2C', 'measure'],
    // An area burned across a region, not one thing's width.
    ['Fires burned 1.3 million hectares across the north.', '1.3 million hectares', 'measure'],
    // Currencies by their codes and South Asia's scales; per cent as "pc"; thousands grouped in the Indian way.
    ['The new bridge will cost Rs 450 crore.', 'Rs 450 crore', 'money'],
    ['Over 2 lakh pilgrims reached the shrine.', 'Over 2 lakh pilgrims', 'count'],
    ['The bank paid CHF 80m in fines.', 'CHF 80m', 'money'],
    ['The co-op lost KSh 2bn last year.', 'KSh 2bn', 'money'],
    ['The fund now holds ₦50bn.', '₦50bn', 'money'],
    ['The state spent Rs 5,00,000 on the fair.', 'Rs 5,00,000', 'money'],
    ['Food prices in Hull rose 12pc in March.', '12pc', 'percent'],
    // A rate takes its base; "no fewer than" is one bound.
    ['The Leeds murder rate is 12 per 100,000 people.', '12 per 100,000 people', 'count'],
    ['There were 31 deaths per 1,000 births in Hull.', '31 deaths per 1,000 births', 'count'],
    ['No fewer than 15 councillors quit.', 'No fewer than 15 councillors', 'count'],
    // Near the new rules and not theirs: balls sold, a phone bill, a count after "were over", a rise that was a multiple.
    ['The Hull shop sold 300 balls in a week.', '300 balls', 'count'],
    ['The mayor ran up a £4,500 phone bill in Leeds.', '£4,500', 'money'],
    ['Claims lodged by victims in Hull were over 50.', 'over 50', 'count'],
    ['The rise in Leeds rents was fivefold.', 'fivefold', 'multiple'],
    ['Measles cases in Hull trebled last year.', 'trebled', 'multiple'],
    ['Marchers carried a banner reading “Two Thousand Jobs Gone” through Hull.', 'Two Thousand', 'count'],
    ['In Hull, queues of patients were over 100.', 'over 100', 'count'],
    ['The rock is 5 metres across by 3 metres high and 40 tonnes of it fell.', '40 tonnes', 'measure'],
    ['Acme filled the pool with 10,000 balls.', '10,000 balls', 'count'],
    ['Boats ferried 2,000 refugees across by night.', '2,000 refugees', 'count'],
    ['“Fifty people came to the Hull rally,” Reed said.', 'Fifty people', 'count'],
    ['Fires burned 2,000 acres across rural Corvinia.', '2,000 acres', 'measure'],
    ['Temperatures in Hull rose to 3C above normal.', '3C', 'measure'],
    ['Funding in Hull is £45 per head.', '£45', 'money'],
    ['Acme lost KSH 2bn last year.', 'KSH 2bn', 'money'],
    ['Rs 450 Crore Scam Hits Hull', 'Rs 450 Crore', 'money'],
    ['The growth in Hull rents was fivefold.', 'fivefold', 'multiple'],
    ['Fires burned 2,000 acres across Corvinia.', '2,000 acres', 'measure'],
    ['Stocks in the Hull warehouse were 30% lower.', '30%', 'percent'],
    ['Families in Hull got £200 a head in damages.', '£200', 'money'],
    // A change in a price, a sum paid out or earned, advice on saving: no price.
    ['Ferry fares are £5 higher than last year.', '£5', 'money'],
    ['The flood victims in Hull received £900 each.', '£900', 'money'],
    ['Save 30% of your income, the bank says.', '30%', 'percent'],
    // A party's points, a record in court: no sports results.
    ['The Greens are on 12 points in Hull.', '12 points', 'percent'],
    ['Acme Bank has 27 wins in court this decade.', '27 wins', 'count'],
    // A stock of goods is no share price; a company's name before a session's verb is.
    ['Acme’s stock of unsold flats was 8% higher than in May.', '8%', 'percent'],
    ['Ticket sales closed 10% higher than last season.', '10%', 'percent'],
    ['The growers bank roughly $115 each month in Hull.', 'roughly $115', 'money'],
    // A party's points in a poll are a share, not a league standing.
    ['In the Hull poll, Labour are on 40 points.', '40 points', 'percent'],
    // A lower-case "m" before people, or what is counted as they are, is millions.
    ['The floods have driven 1.3m people from Leeds.', '1.3m people', 'count'],
    ['Some 4.5m growers now sell online.', 'Some 4.5m growers', 'count'],
    ['Over 1m homes in Hull lost power.', 'Over 1m homes', 'count'],
    // The century's end counts something when a plural follows it.
    ['The plant employs 2100 people.', '2100 people', 'count'],
    // A scale joined to its currency as one word, and scales in a row, are one amount.
    ['The 9.6 billion-euro deal was signed on Friday.', '9.6 billion-euro', 'money'],
    ['The plant cost several hundred million dollars.', 'several hundred million dollars', 'money'],
    // A currency by its name, as "dollars" is.
    ['The new bridge will cost 40 billion shillings.', '40 billion shillings', 'money'],
    ['The port lost 900 million dinars last year.', '900 million dinars', 'money'],
    ['Marsh is five points behind Reed.', 'five points', 'percent'],
    ['The vote brought the tally to 31.', '31', 'count'],
    ['The poll found 1,000 voters undecided.', '1,000 voters', 'count'],
    // A crowd counted after "among" in no poll's method line is a count.
    ['Among 1,200 workers at the plant, most were laid off.', '1,200 workers', 'count'],
    ['Labour won 412 seats.', '412 seats', 'count'],
    // Many homes' sales, or a home that stands for many, are sums reported.
    ['Homes on Ode Street sold for $41 million last year.', '$41 million', 'money'],
    ['The average house in Hull is listed at £240,000.', '£240,000', 'money'],
    // After "a" person, a plural after the number is what is counted.
    ['Marsh beat a rival over 30 votes in Leeds.', 'over 30 votes', 'count'],
    // What many things hold, or one thing built or sold, is counted.
    ['The borough has 9,300 empty homes.', '9,300', 'count'],
    ['The developer sold 318 flats in Hull.', '318 flats', 'count'],
    // A count after a colon is no code, nor a five-digit count a ZIP code where no state's letters come before it.
    ['Keep one total in mind: 2,380.', '2,380', 'count'],
    ['The plant employs 10500 people.', '10500 people', 'count'],
    ['He earns twice a nurse\'s salary.', 'twice', 'multiple'],
    // A bond the bank owes is debt, not bail.
    ['The bank must make a $35 million bond payment.', '$35 million', 'money'],
    ['More than 2,000 people marched.', 'More than 2,000 people', 'count'],
    ['The plant hired about 1500 workers last year.', 'about 1500 workers', 'count'],
    // A share or a change, not a year.
    ['The risk is one in 1000.', 'one in 1000', 'fraction'],
    ['The toll rose by 1200 in a week.', '1200', 'count'],
    ['About 2000-3000 people lined the route.', 'About 2000-3000 people', 'count'],
    ['Of the 40 members, 12 and 14 voted no in turn.', '12', 'count'],
    ['Fires burned 300 square miles of forest.', '300 square miles', 'measure'],
    // No market word before the move: a firm's own figures.
    ['Sales were weak, down 3% from last year.', '3%', 'percent'],
    ['Sales at Acme rose to a record 400 units.', '400 units', 'count'],
    ['The sea is 3 inches higher than in 1990.', '3 inches', 'measure'],
    ['Sales rose 3% last year at 400 stores.', '400 stores', 'count'],
    ['The plant hired about 2000-2010 workers.', 'about 2000-2010 workers', 'count'],
    ['It cost $1.6 billion.', '$1.6 billion', 'money'],
    ['Between 10 and 20 percent of them left.', 'Between 10 and 20 percent', 'percent'],
    ['Sixty-two percent of voters agreed.', 'Sixty-two percent of voters', 'percent'],
    ['Fifty-one percent said no.', 'Fifty-one percent', 'percent'],
    ['About three-quarters of voters agreed.', 'About three-quarters of voters', 'fraction'],
    ['He sold half of the cars.', 'half of the cars', 'fraction'],
    ['One in five adults smoke.', 'One in five adults', 'fraction'],
    ['About 4 in 10 voters back the levy.', 'About 4 in 10 voters', 'fraction'],
    ['Nine out of 10 doctors agree.', 'Nine out of 10 doctors', 'fraction'],
    // So is a count of a counted whole with no "out" ("Seven of 10"), one figure rather than two.
    ['Seven of 10 voters back the levy.', 'Seven of 10 voters', 'fraction'],
    ['Ode took 18 of 25 seats on the council.', '18 of 25 seats', 'fraction'],
    // A share of a percentage is one percentage.
    ['He led by less than one-half of 1 percent.', 'less than one-half of 1 percent', 'percent'],
    // "over" as a verb's particle is no approximator.
    ['Donors handed over $25 million to the group.', '$25 million', 'money'],
    // The tens and the unit written apart are one number, as "Forty-six" is.
    ['Forty six percent of voters back the levy.', 'Forty six percent of voters', 'percent'],
    // A ratio with "for every", what is counted perhaps between, and a share with "in every".
    ['Hull now has about one bus shelter for every 900 riders.', 'about one bus shelter for every 900 riders', 'fraction'],
    ['Leeds has roughly one for every six flats.', 'roughly one for every six flats', 'fraction'],
    ['Nearly one in every four shops on Ode Street is shut.', 'Nearly one in every four shops', 'fraction'],
    // A count after "over" is a figure; an age group is not (below).
    ['Over 60 people backed Reed.', 'Over 60 people', 'count'],
    ['The bill went back to 1500 pages.', '1500 pages', 'count'],
    // A number after a lone name closing the sentence is no age.
    ['The vote was Leeds, 43.', '43', 'count'],
    // A thing's number to come is no age, nor a count after a name's "of" ("one of 20 firms").
    ['The levy will be 58 in June.', '58', 'count'],
    ['Acme, one of 20 firms in the race, quit.', '20 firms', 'count'],
    ['The council passed a $100 million bill.', '$100 million', 'money'],
    // A multiple of something, or many times over, is a figure; how often something happened is not (below).
    ['Fees are four times higher than last year.', 'four times', 'multiple'],
    ['The clip was shared 4,100 times.', '4,100 times', 'count'],
    ['A dozen protesters were there.', 'A dozen protesters', 'count'],
    // A preposition opening the sentence is no name: "Between 100-120" is a range of people.
    ['Between 100-120 people came to the hall.', 'Between 100-120 people', 'count'],
    ['Half a dozen donors signed on.', 'Half a dozen donors', 'count'],
    // A place of origin or a party between the count and its people is no name: "75 Syrian refugees".
    ['The town took in 75 Syrian refugees.', '75 Syrian refugees', 'count'],
    // Nor a name after a scale: a model is never "1.2 billion".
    ['The order has 1.3 billion Roman Catholics.', '1.3 billion', 'count'],
    // A plural that qualifies the next one counts with it.
    ['A gunman killed five police officers.', 'five police officers', 'count'],
    ['The army sent 200 troops overseas last month.', '200 troops', 'count'],
    ['At least 40 Democratic senators signed the letter.', 'At least 40 Democratic senators', 'count'],
    // So in one hyphenated word.
    ['A half-dozen donors signed on.', 'A half-dozen donors', 'count'],
    ['The fund has more than half-dozen backers.', 'more than half-dozen backers', 'count'],
    ['Dozens of flybys are planned.', 'Dozens of flybys', 'count'],
    ['Hundreds marched downtown.', 'Hundreds', 'count'],
    ['Tens of thousands of protesters came.', 'Tens of thousands of protesters', 'count'],
    ['They laid off scores of reporters.', 'scores of reporters', 'count'],
    ['Millions watched the debate.', 'Millions', 'count'],
    ['He told a few thousand teachers.', 'a few thousand teachers', 'count'],
    ['Several hundred workers lost jobs.', 'Several hundred workers', 'count'],
    ['The attack killed 130 and injured hundreds.', '130', 'count'],
    ['Sales fell 40% last year.', '40%', 'percent'],
    ['Rates rose by half a percentage point.', 'half a percentage point', 'percent'],
    ['The Fed cut rates by a quarter-point.', 'quarter-point', 'percent'],
    ['The mayor has a 12 point lead.', '12 point', 'percent'],
    ['The listing raised 88 billion Hong Kong dollars.', '88 billion Hong Kong dollars', 'money'],
    ['The firm raised $12.9bn in Hong Kong.', '$12.9bn', 'money'],
    ['Each farmer got Rs 300 in aid.', 'Rs 300', 'money'],
    ['She earns a six-figure salary.', 'a six-figure', 'money'],
    ['Sales were three times as high.', 'three times', 'multiple'],
    ['Prices saw a double-digit rise.', 'a double-digit', 'count'],
    ['Nearly half a million people fled the valley.', 'Nearly half a million people', 'count'],
    ['The harbour works cost half a billion dollars.', 'half a billion dollars', 'money'],
    ['The program halved the error rate.', 'halved', 'multiple'],
    ['The town has twice as many doctors.', 'twice', 'multiple'],
    ['The population has grown fivefold since 1950.', 'fivefold', 'multiple'],
    ['Sales fell by half in the first quarter.', 'half', 'fraction'],
    ['About 2 inches of rain fell.', 'About 2 inches', 'measure'],
    ['It was a 30-60 per cent chance.', '30-60 per cent', 'percent'],
    // One line opening with a number and a capital is a headline's count, not a list's item.
    ['Storm update.\n10 Boats Sink In Hull Storm.', '10', 'count'],
    // A thing's number after "is" stays a figure; only a person's is an age.
    ['The tally is 45, and rising.', '45', 'count'],
    ['Turnout was 45.', '45', 'count'],
    ['He is 45 points ahead.', '45 points', 'percent'],
    // A harvest's yield is no market's.
    ['Corn yields rose 12% this year.', '12%', 'percent'],
    // Rain in millimetres and a sea rising by them are measured; a home's average price is no product's.
    ['About 20 millimetres of rain fell.', 'About 20 millimetres', 'measure'],
    ['Sea levels rose 3 millimeters a year.', '3 millimeters', 'measure'],
    ['The average price of a home is $350,000.', '$350,000', 'money'],
    // A sum stolen before the prison term, and a poll's net rating, stay figures.
    ['He was jailed for stealing $2 million.', '$2 million', 'money'],
    ['Reed had a net rating of -11 points.', '-11 points', 'percent'],
    // Nor are fares or unemployment, whatever they moved to and from.
    ['Fares rose to $30 from $25.', '$25', 'money'],
    ['Unemployment fell to 5 percent from 6 percent.', '6 percent', 'percent'],
    // An amount of a traded commodity is a statistic, not its market.
    ['Oil exports rose 12% in May.', '12%', 'percent'],
    ['Gold demand fell 5% in the quarter.', '5%', 'percent'],
    // A large part of the story's set is a count reported: the part, not the whole it is out of.
    ['About 300 of the 1,200 workers will lose their jobs.', 'About 300', 'count'],
    // An area's unit is both words.
    ['The county lost 90,000 square feet of wetland.', '90,000 square feet', 'measure'],
    // A list one name short of its count leaves the count a claim.
    ['Reed won at least four wards on Tuesday: Hull, Leeds and York.', 'at least four wards', 'count'],
    // A sum someone made, or earns, is a figure; so is a share that rose.
    ['He admitted making more than $90,000 from hidden gifts.', 'more than $90,000', 'money'],
    ['Clerks earn $40,000 a year.', '$40,000', 'money'],
    ['Fees rose from $600 to $900.', 'from $600 to $900', 'money'],
    // A thing's count after "was still" or "now", or a rate after "at", is no one's age.
    ['The toll was still 40 on Monday.', '40', 'count'],
    ['Now 46 people have died.', '46 people', 'count'],
    ['At 16 percent the rate is the highest in years.', '16 percent', 'percent'],
    // A sum "fined" does not reach across what the fine was for.
    ['Regulators fined the bank for moving $300 million through shell accounts.', '$300 million', 'money'],
    // From ten on, a count in words is one in digits (guide).
    ['Twelve pharmacies have closed in Leeds since March.', 'Twelve pharmacies', 'count'],
    // What a firm or a vehicle carried is a count, as what a fund holds.
    ['The Hull ferry carried 300 refugees in May.', '300 refugees', 'count'],
    ['The fund holds 3,000 shares in Acme.', '3,000 shares', 'count'],
    ['The Hull ferry carries 2 million passengers a year.', '2 million passengers', 'count'],
    ['The Leeds stadium holds 40 concerts a year.', '40 concerts', 'count'],
    // A small toll counts a reported event, its verb before it as after it.
    ['Storms kill 9 in Leeds.', '9', 'count'],
    ['The blast killed two and injured 7.', '7', 'count'],
    // "-strong" tells how many there are, not what one thing is like.
    ['A 2,000-strong march wound through Tillbury on Sunday.', '2,000-strong', 'count'],
    ['The firm sent its 40-strong salvage fleet north.', '40-strong', 'count'],
    ['Police met a twenty-strong convoy of tractors.', 'twenty-strong', 'count'],
    // Short units of a make ("a 6mm lens") measure a change or an amount after a verb of moving or reaching, or
    // before "of".
    ['Sea levels off Hull have risen by 20cm since 1950.', '20cm', 'measure'],
    ['Summer heat in Leeds has risen by 2C since the 1960s.', '2C', 'measure'],
    ['Gusts reached 95mph on the Humber bridge.', '95mph', 'measure'],
    ['Officers seized 4 kg of heroin at the port.', '4 kg', 'measure'],
    ['Each Acme shop throws away 70kg of bread a week.', '70kg', 'measure'],
    // A firm's share of a market is a proportion, not a market's move.
    ['Acme’s share of the market fell to 18%.', '18%', 'percent'],
    ['The grocer’s market share has fallen to 9.5%.', '9.5%', 'percent'],
    // What was spent, or an average someone measured, stays a figure; so does a round sum something costs, or a
    // count of people of an age, or a share that did something.
    ['The repairs cost £120,000.', '£120,000', 'money'],
    ['The average age of Hull farmers rose to 59.', '59', 'count'],
    ['The scheme costs taxpayers £750,000 a year.', '£750,000', 'money'],
    ['The new bridge costs £800,000, more than planned.', '£800,000', 'money'],
    ['The number of children under age 5 rose to 90.', '90', 'count'],
    ['In Hull, 45% recycled their plastic last year.', '45%', 'percent'],
  ])('%s → "%s" (%s)', (text, span, kind) => {
    const found = read(text);
    expect(found).toContainEqual([span, kind]);
    expect(isFigureClaim(findNumbers(text, 0, text.length).find((m) => text.slice(m.start, m.end) === span) as NumberMention)).toBe(true);
  });
});

describe('numbers that are not figure claims', () => {
  test.each<[string, string, NumberKind]>([
    ['It happened in 2019.', '2019', 'year'],
    // A page's style rule carried into its text.
    ['.bio-text { width:100%; font-family: Helvetica }', '100%', 'spec'],
    // A name's number in a title-case headline stays a name's; metres before a race's men stay metres.
    ['Acme Phone 11 Users Face Update Delays', 'Phone 11', 'name'],
    ['Hull Airline Grounds Boeing 737 Jets', 'Boeing 737', 'name'],
    ['Tom Reed won the 50m men in Leeds.', '50m', 'model'],
    // Metres before a plural that is no one counted: waves, a race, divers from a height.
    ['Huge 5m waves hit Leeds.', '5m', 'model'],
    ['The 10m divers trained in Hull.', '10m', 'model'],
    ['He retired in the 1990s.', '1990s', 'year'],
    // Earlier years after a word of when.
    ['The mill was founded in 1750.', '1750', 'year'],
    ['The family has farmed here since 1603.', '1603', 'year'],
    // What one home is offered for, at any sum.
    ['The flat has an asking price of £325,000.', '£325,000', 'price'],
    ['The house is on the market for $450,000.', '$450,000', 'price'],
    // The century's end that projections run to.
    ['Seas may rise a metre by 2100.', '2100', 'year'],
    ['The call on July 25 changed things.', 'July 25', 'date'],
    ['The concert was on November 18th.', 'November 18th', 'date'],
    ['They met on Nov. 3 in Ohio.', 'Nov. 3', 'date'],
    ['The address began at 10:30 p.m. local time.', '10:30 p.m', 'time'],
    ['Doors open at 10 a.m. sharp.', '10 a.m', 'time'],
    // Page furniture copied with the article: a live blog's time with its colon spaced out, a comment widget's date
    // run into the word before it, a video player's error code, a notice's ZIP code.
    ['9: 42 a.m. The mayor has reached the quay.', '9: 42 a.m', 'time'],
    ['Ann Marsh 3ptsModeratorFeaturedMarch 4, 2024 9:12PM Reed Takes The Stage', '3ptsModeratorFeaturedMarch 4, 2024', 'date'],
    ['This video cannot be played in your regionEcode: 17.', '17', 'label'],
    ['Error code: 23.', '23', 'label'],
    // Sports tallies: a league standing, a record, a player's goals in a season or a career, an average, a winning
    // margin, an innings' total, a golfer's score.
    ['Leeds are on 47 points after the win.', '47 points', 'score'],
    ['Reed has 15 goals this season.', '15 goals', 'score'],
    ['Ann Marsh now has 100 career goals.', '100 career goals', 'score'],
    ['The Hull Lions are 23-11 this year.', '23-11', 'score'],
    ['Leeds have 27 wins this year.', '27 wins', 'score'],
    ['Pell is averaging 24.6 points a game.', '24.6 points', 'score'],
    ['Hull won by 24 runs.', '24 runs', 'score'],
    ['Leeds were bowled out for 187.', '187', 'score'],
    ['Gwen Holt is 12 under par.', '12 under par', 'score'],
    ['Hull have conceded 42 goals this year.', '42 goals', 'score'],
    ['Yorkshire declared at 420 for six.', '420', 'score'],
    // A resolution or a bill by its number, in lower case too.
    ['The council backed resolution 2417 on Monday.', '2417', 'label'],
    // A 24-hour clock's four digits: with "local time" or "hours", or opening with a nought.
    ['The raid began at 0530 local time.', '0530 local time', 'time'],
    ['The ferry sails at 2300 local time.', '2300 local time', 'time'],
    ['The curfew in Hull runs from 2200 to 0600.', '2200 to 0600', 'time'],
    ['Gifts may be sent to 12 Quay Road, Hull, MA, 02045.', '02045', 'address'],
    ['The process took 18 months.', '18 months', 'duration'],
    ['After a three-year silence, news came.', 'three-year', 'duration'],
    ['Police arrested the 52-year-old on Friday.', '52-year-old', 'age'],
    ['A man aged 40 was held.', '40', 'age'],
    ['Only adults between the ages of 30 and 64 were counted.', '64', 'age'],
    // An age bracket after any people it counts: "turnout among farmers 30 to 44".
    ['Turnout was lower among farmers 30 to 44.', '30 to 44', 'age'],
    ['Tom Reed, 38 – who runs the farm – said no.', '38', 'age'],
    ['He retired at age 43.', '43', 'age'],
    ['He moved back to Leeds at the age of 81.', '81', 'age'],
    // The age at which a life turned: died, retired, married, elected.
    ['Tom Reed, who died Tuesday at 84, was a teacher.', '84', 'age'],
    ['She retired at 60 and moved to Leeds.', '60', 'age'],
    ['He was elected at 35, the youngest mayor in the city.', '35', 'age'],
    // A count the sentence lists name by name right after it.
    ['Reed won at least three wards on Tuesday: Hull, Leeds and York.', 'at least three wards', 'story-count'],
    ['The only two ferries still running – Ode Star and Hull Queen – left at dawn.', 'only two ferries', 'story-count'],
    // A group named by its share or by the line drawn under its income, no claim about it.
    ['Most of the new wealth flowed to the top 2 percent.', '2 percent', 'bracket'],
    ['The plan leaves the bottom 90 percent of earners alone.', '90 percent of earners', 'bracket'],
    ['The rule covers clerks earning up to $40,000 a year.', 'up to $40,000', 'bracket'],
    ['Tenants with incomes below $30,000 pay less.', 'below $30,000', 'bracket'],
    ['Families on the estate live on an income of $45,000 or less.', '$45,000', 'bracket'],
    // A time adverb beside "was", an age opening the sentence without its comma, one set before the superlative it
    // makes true, and one after "Now" opening the sentence.
    ['The rule did not cover Reed because he already was 19 when it began.', '19', 'age'],
    ['She was still 17 when the family left Leeds.', '17', 'age'],
    ['At 16 she left Hull for good.', '16', 'age'],
    // A name opening the sentence at an age, or an age standing alone.
    ['Ann Marsh at 70, just the way she is.', '70', 'age'],
    ['At 30.', '30', 'age'],
    ['Ann Marsh marched in front, at 14 the youngest captain in its history.', '14', 'age'],
    ['Now 52 and running a bakery, he rarely speaks of the strike.', 'Now 52', 'age'],
    ['Marsh did best with drivers under 25 in Hull.', 'under 25', 'age'],
    ['At the count, most members were 50 or older.', '50 or older', 'age'],
    ['Canvassers as young as 17 set out.', '17', 'age'],
    ['Among those 35 to 44, Marsh trails.', '35 to 44', 'age'],
    // An age group after any people, in words or after "aged"; a count or a time after "over" stays one.
    ['The jab is for children over five.', 'over five', 'age'],
    ['Pensioners over 80 were asked first.', 'over 80', 'age'],
    // An agent's plural, one person, or "who" before the limit: people, whose limit is an age.
    ['Gamblers under 21 were turned away at the casino door.', 'under 21', 'age'],
    ['Anyone under 18 needs a parent to sign the form.', 'under 18', 'age'],
    // One person after a determiner of one; after "every", "any", "each" or "no" the word ending in "s" is its verb.
    ['The Hull arcade may not let a player under 16 in after dark.', 'under 16', 'age'],
    ['Every passenger under 14 travels free on the Ode line.', 'under 14', 'age'],
    ['The club signs young riders, many of whom are under 19.', 'under 19', 'age'],
    ['The scheme is open to those aged over 18.', 'over 18', 'age'],
    ['Trials took patients aged between 18 and 65.', '18 and 65', 'age'],
    ['Children aged between 5 and 11 were left out.', '5 and 11', 'age'],
    // How old something is, by the year it dates from; a count that goes back to a number stays one.
    ['The church dates from 1750.', '1750', 'year'],
    ['The custom dates back to 1066.', '1066', 'year'],
    ['He hired lawyers over 20 years.', 'over 20 years', 'duration'],
    // Ages by their bound after people, with when, or closing a list of names.
    ['Marsh led with voters 50 and over.', '50 and over', 'age'],
    ['Children 12 and under go free.', '12 and under', 'age'],
    ['Among voters younger than 30, Reed won.', 'younger than 30', 'age'],
    ['Buildings older than 50 years were listed.', '50 years', 'duration'],
    ['The board saw Ann Marsh, then 44, as the pick.', 'then 44', 'age'],
    ['She was elected to the council at 30.', '30', 'age'],
    ['She qualified as a doctor at 41.', '41', 'age'],
    ['Reed has two sons, Tom, 44, and Ben, 43.', '43', 'age'],
    ['Tips for a stay.\nAnn Ode, 40.', '40', 'age'],
    ['She beat rivals over three rounds.', 'three rounds', 'story-count'],
    // Below ten a count in words or in digits is read the same way.
    ['Nine pharmacies have closed in Leeds since March.', 'Nine pharmacies', 'story-count'],
    ['Her two sons were treated kindly by the staff.', 'two', 'story-count'],
    // What the counted did is no event done to them.
    ['Two scandals damaged the minister.', 'Two scandals', 'story-count'],
    ['Four guests were treated to a tour.', 'Four guests', 'story-count'],
    ['Ann Marsh will be 58 in June.', '58', 'age'],
    ['By then, Judge Reed will be 78 and Judge Ode will be 83.', '83', 'age'],
    ['At 17, she left Hull for an apprenticeship.', '17', 'age'],
    ['A neighbour saw the car and called 911.', '911', 'label'],
    ['Ode won 6-3, 7-6 (7) to level the tie.', '7', 'score'],
    ['The biggest knock against the console is its $500 price.', '$500 price', 'price'],
    // What a ticket, a dish or a room is, one of them, in brackets on a menu, or a verdict's price; a shop's discount.
    ['Tickets for the Hull show are £45.', '£45', 'price'],
    ['Cocktails at the Anchor are £11 each.', '£11 each', 'price'],
    ['The tasting menu is £75 a head.', '£75 a head', 'price'],
    ['Fish and chips (£14) came with peas.', '£14', 'price'],
    ['At $799, the Acme X5 is good value.', '$799', 'price'],
    ['Save 30% on the Acme X5 this week.', '30%', 'price'],
    ['Get 20% off all coats in Leeds.', '20%', 'price'],
    // A payout word after the sum names no payout: "including tax".
    ['Tickets are £45, including tax.', '£45', 'price'],
    ['Acme unveils £1,299 laptop with support', '£1,299', 'price'],
    // A price before the product a firm brings out; not a sum spent or paid out as a grant or a bonus.
    ['Acme unveils £19.99 smart kettle', '£19.99', 'price'],
    ['Acme launched a £499 e-bike in Hull on Monday.', '£499', 'price'],
    ['The older console launched at $400 last year.', '$400', 'price'],
    // A shop widget's line of its own beside a product; "from $600 to $900" in a sentence is a change.
    ['from $349.99', '$349.99', 'price'],
    ['It has a 1 terabyte hard drive.', '1 terabyte', 'spec'],
    ['Reed carried the county twice.', 'twice', 'frequency'],
    ['He repeated the same phrase three times.', 'three times', 'frequency'],
    ['Flights will run twice a week from April.', 'twice', 'frequency'],
    ['Buses run three times a day.', 'three times', 'frequency'],
    ['The win lifts City to fifth, four points off the promotion places.', 'four points', 'score'],
    ['Leeds are three points clear in the table.', 'three points', 'score'],
    ['Okafor scored twice, taking his tally for the season to 18.', '18', 'score'],
    ['The jets seat 232 passengers.', '232 passengers', 'spec'],
    // What a work under review is made of: tracks, pages, dishes, walks.
    ['The album has 12 tracks about Hull.', '12 tracks', 'spec'],
    ['The novel has 400 pages.', '400 pages', 'spec'],
    ['The menu lists 30 dishes from Leeds.', '30 dishes', 'spec'],
    ['The city may issue $100 summonses to marchers.', '$100 summonses', 'legal-penalty'],
    ['The poll of 900 adults in Leeds was taken online.', '900 adults', 'spec'],
    ['A survey of 2,000 adults found wide support.', '2,000 adults', 'spec'],
    ['The council poll surveyed 1,200 residents in March.', '1,200 residents', 'spec'],
    // The sample it took in, and the next of a list of its sample or its margins.
    ['The council poll included 640 tenants.', '640 tenants', 'spec'],
    ['The council poll surveyed 1,200 residents in Hull and 300 in York.', '300', 'spec'],
    ['The margins of error are plus or minus 3.1 percent and 5.6 percent.', '5.6 percent', 'spec'],
    ['The survey was run by phone over five days among 812 adults.', '812 adults', 'spec'],
    ['The new stadium will seat about 60,000 fans.', 'about 60,000 fans', 'spec'],
    ['The arena has a capacity of 18,000.', '18,000', 'spec'],
    // How many one thing holds or carries, its subject named before the verb; a vehicle's parts, one model of it.
    ['The Leeds stadium holds 30,000 fans.', '30,000 fans', 'spec'],
    ['The new ferry can carry up to 500 passengers.', 'up to 500 passengers', 'spec'],
    ['The Hull bus has 70 seats.', '70 seats', 'spec'],
    ['The new trains have 12 carriages.', '12 carriages', 'spec'],
    ['She moved to Leeds when she turned 21.', '21', 'age'],
    ['The mayor turns 65 in May.', '65', 'age'],
    ['Parata, 75, has seen it all.', '75', 'age'],
    ['The former quiz star, 42, was voted off the show.', '42', 'age'],
    ['She is 45.', '45', 'age'],
    ['Ann Marsh was 92.', '92', 'age'],
    ['You feel it when you’re 50, she said.', '50', 'age'],
    ['Tom Reed, who was 19 at the time, stayed.', '19', 'age'],
    // Two people's ages set off together after them.
    ['Brothers Tom and Ben Ode, 24 and 17, were talking.', '24', 'age'],
    ['Brothers Tom and Ben Ode, 24 and 17, were talking.', '17', 'age'],
    ['The twins, 8 and 10 respectively, said no.', '10', 'age'],
    ['She left Hull when she was around 10, and never went back.', '10', 'age'],
    ['The club ran a 2021 members survey in the spring.', '2021', 'year'],
    ['The band played the 1998 and 2002 festivals.', '2002', 'year'],
    ['The mill fed the valley for almost three generations.', 'almost three generations', 'duration'],
    // A count in words of units of time is a span of time too, an age with "old".
    ['Growers have farmed the valley for hundreds of years.', 'hundreds of years', 'duration'],
    ['The Leeds oak is thousands of years old.', 'thousands of years', 'duration'],
    ['Ships bring the fiscal year 2019 imports to port.', '2019', 'year'],
    // News writes a count of thousands with a comma: a bare four digits before a plural is a year.
    ['Her speech echoed 1968 protests in Paris.', '1968', 'year'],
    ['The 1998 floods ruined the crop.', '1998', 'year'],
    ['1999 shows how fast a club can fall.', '1999', 'year'],
    // A span of years, the second whole or cut to its last digits.
    ['Farms failed in the slump of 2011-2.', '2011-2', 'year'],
    ['The 2003-05 drought hurt farms.', '2003-05', 'year'],
    ['She was mayor of Hull, 1971-1979.', '1971-1979', 'year'],
    ['The 1999-2000 season was his last.', '1999-2000', 'year'],
    ['Tips for a stay.\n4. Hotel rooms are priced by size.', '4', 'label'],
    ['The ranking:\n2) Norway', '2', 'label'],
    // A reference's mark or a link's label in square brackets.
    ['The levy was first debated in the spring [12].', '12', 'label'],
    ['Ann Marsh on why the count was late. [538]', '538', 'label'],
    // A number alone on its line, a gallery's counter, and a numbered list's items without a mark.
    ['Best lines of the year\n17\nTom Reed on the ferry.', '17', 'label'],
    ['Slides\n1 / 5\nThe ferry at its berth.', '1', 'label'],
    ['The ranking:\n1 Ann Marsh.\n\n2 Tom Reed.\n\n3 Ben Ode.', '2', 'label'],
    ['He faces up to ten years in prison.', 'up to ten years', 'legal-penalty'],
    ['She was sentenced to 5 years.', '5 years', 'legal-penalty'],
    // A run of time with a word between the count and its unit.
    ['The party has run the town for 27 consecutive years.', '27 consecutive years', 'duration'],
    ['For 14 straight years the ferry ran at a loss.', '14 straight years', 'duration'],
    // Fines and bail: sums a court or a league orders.
    ['Reed faces a maximum of two years in jail and up to a $25,000 fine.', '$25,000 fine', 'legal-penalty'],
    ['Both clubs received $50,000 fines.', '$50,000 fines', 'legal-penalty'],
    ['The bank was handed a $40 million penalty.', '$40 million penalty', 'legal-penalty'],
    ['Ann Marsh: theft, held in jail in lieu of $7,000 bond.', '$7,000 bond', 'legal-penalty'],
    ['Each must post $10,000 bail by Friday.', '$10,000 bail', 'legal-penalty'],
    ['The court ordered him to repay $62,000 to the club.', '$62,000', 'legal-penalty'],
    // Whom the fine was laid on may stand between the verb and the sum.
    ['The press regulator fined the Leeds channel Hull TV £80,000.', '£80,000', 'legal-penalty'],
    // Not a resolution, a race, a sprint in metres or a screen's pixels.
    ['The 4K sets sold well.', '4K', 'spec'],
    ['He ran a 10K race in Leeds.', '10K', 'spec'],
    ['The 16K pixels of the panel glow.', '16K', 'spec'],
    // What one product goes on sale for.
    ['The Leeds phone goes on sale for $799 next week.', '$799', 'price'],
    ['The laptop is available for $1,299 from Friday.', '$1,299', 'price'],
    ['The judge ordered the firm to pay $3 million in damages.', '$3 million', 'legal-penalty'],
    // Bail a court sets, and the charges of the case.
    ['The judge set bail at $1 million.', '$1 million', 'legal-penalty'],
    ['He was held on a $5 million bond.', '$5 million bond', 'legal-penalty'],
    ['Tom Reed pleaded guilty to 11 counts of fraud.', '11 counts', 'story-count'],
    ['Call 555-1234 for details.', '555-1234', 'address'],
    // A phone number in spaced groups, each group its own token.
    ['Claims can be made on 0800 555 0192 from Monday.', '0800', 'address'],
    ['Callers from abroad should ring +44 20 7946 0958.', '7946', 'address'],
    ['The helpline is (020) 7946 0958, open all week.', '0958', 'address'],
    ['They live at 123 Main Street now.', '123 Main Street', 'address'],
    ['Growers were left unable to make 911 calls.', '911', 'label'],
    ['A 911 dispatcher took the call.', '911', 'label'],
    ['The 737 Max is grounded.', '737', 'model'],
    ['The mid-size 787-9 jet is a longer variant.', '787-9', 'model'],
    // An area in the singular before a noun is one thing's size, with its hyphen or without.
    ['The firm cannot rent a 12,000 square-foot office.', '12,000 square-foot', 'size'],
    ['The 2,000 square mile reserve is closed.', '2,000 square mile', 'size'],
    ['They fought over a marsh only 300 square miles in size.', 'only 300 square miles', 'size'],
    ['It costs $19.99 a month.', '$19.99 a month', 'price'],
    ['The phone costs $999 and ships in May.', '$999', 'price'],
    ['The juice bar charges Rs 250 for ten minutes.', 'Rs 250', 'price'],
    // A shopping list's line: a product's name, camel case and its kind included, then its price.
    ['Acme iPhone 11 Pro Max for $999', '$999', 'price'],
    ['Leeds Hybrid HR smartwatch for $195', '$195', 'price'],
    ['“Leeds Rising” ($30) is the best of the lot.', '$30', 'price'],
    ['Acme Racer ($20) gets the party going.', '$20', 'price'],
    ['Those who paid $129 for the Founder\'s Edition get a pad.', '$129', 'price'],
    ['It has a 6.1-inch screen.', '6.1-inch', 'spec'],
    ['It has up to 277 miles of range.', 'up to 277 miles of range', 'spec'],
    ['It has 512GB of storage.', '512GB', 'spec'],
    ['Top speed is 124 mph.', '124 mph', 'spec'],
    ['The statue weighs 200 pounds.', '200 pounds', 'size'],
    ['The wall is 10 feet tall.', '10 feet', 'size'],
    // Between "a" and what it measures, one thing's size.
    ['Acme will build a 2 GW solar array near Hull.', '2 GW', 'size'],
    ['A 40 ton truck blocked the road.', '40 ton', 'size'],
    ['The wreck lies three miles off the coast.', 'three miles', 'distance'],
    ['The tanker sank 40 nautical miles off the coast.', '40 nautical miles', 'distance'],
    ['The lorry stopped near mile marker 112.', '112', 'label'],
    ['The van was found at kilometre 45 of the motorway.', '45', 'label'],
    // One person's height in two units.
    ['Crane is 5 feet 4 inches tall.', '5 feet', 'size'],
    ['Spain won 2-1 over Russia.', '2-1', 'score'],
    ['They topped Jarry 6-3, 7-5 in the doubles.', '6-3', 'score'],
    // Sets after a name of two words, with their tiebreaks.
    ['Ann Marsh edged Tom Reed 7-6 (5), 7-6 (4) and Ben Ode beat Sam Hill 7-6 (6), 6-3.', '7-6', 'score'],
    ['Ann Marsh edged Tom Reed 7-6 (5), 7-6 (4) and Ben Ode beat Sam Hill 7-6 (6), 6-3.', '6-3', 'score'],
    // An age with a space before its hyphen; a specification after "range of up to"; a product line's price.
    ['They want the 88 year-old to serve out his term.', '88 year-old', 'age'],
    ['With a range of up to 6km, the drone is light.', '6km', 'spec'],
    ['Acme Phone 12 Max for $640', '$640', 'price'],
    ['He scored 30 points in the final.', '30 points', 'score'],
    ['On the speed test, the new laptop scored a 129.', '129', 'score'],
    // A test's scores, as a machine's reviewer measures them.
    ['Last year’s model reached an overall score of 1830 and peak FPS of 131.5.', '131.5', 'score'],
    ['Single-core scores rose from 1061 to 1128 on the test.', '1061 to 1128', 'score'],
    ['Leeds had won all previous 15 meetings with Hull.', '15 meetings', 'score'],
    ['The club has won just five matches this season.', 'five matches', 'score'],
    ['Over 20 years she compiled a record of 211-140.', '211-140', 'score'],
    ['Under Ode the club went 10-6.', '10-6', 'score'],
    ['It was their 50th anniversary.', '50th', 'ordinal'],
    ['Emirates is the number one buyer.', 'number one', 'ordinal'],
    ['The third case was reported.', 'third', 'ordinal'],
    ['See page 5 of the report.', '5', 'label'],
    ['Section 230 protects platforms.', '230', 'label'],
    ['The film takes its title from verse 71 of the poem.', '71', 'label'],
    ['Clause 4 of the bill sets the levy.', '4', 'label'],
    ['The G7 summit ended.', 'G7', 'name'],
    ['Ministers met at a Group of 7 summit in Leeds.', '7', 'name'],
    ['Reed’s face is printed on a giant $100 bill.', '$100 bill', 'label'],
    ['COVID-19 spread quickly.', 'COVID-19', 'name'],
    ['The story aired on Fox 5 last night.', 'Fox 5', 'name'],
    ['The Artemis 3 mission slipped.', 'Artemis 3', 'name'],
    ['Seals came ashore on Forty Mile Beach overnight.', 'Forty Mile', 'name'],
    ['The Nikkei fell 1.2% on Monday.', '1.2%', 'market-move'],
    // Or its direction after its size, with a market's word or a session's verb before it.
    ['Hull Bank shares were 3% lower in early trading.', '3%', 'market-move'],
    ['Stocks in Tokyo were 1.5% lower on Friday.', '1.5%', 'market-move'],
    ['Acme ended the session 2% down.', '2%', 'market-move'],
    ['Acme closed 1.5% lower on Friday.', '1.5%', 'market-move'],
    // A headline's present tense moves them too.
    ['Hull Bank shares slump 12% as profits fall', '12%', 'market-move'],
    ['Acme shares soar 8% after results', '8%', 'market-move'],
    // An aside between the market and its move, a currency, the trading day, a move's running total.
    ['Shares in Acme, the Leeds carmaker, jumped 14% on Monday.', '14%', 'market-move'],
    // A description before the name, or a relative clause after it, however long.
    ['Shares in discount garden tools maker Brackwell tumbled 18% on Friday.', '18%', 'market-move'],
    ['The Harlow Timber Index, which follows what sawmills pay for cut logs, fell 1.4% to 903 points.', '1.4% to 903', 'market-move'],
    ['Stock in Pennick Rail, which opened its first depot in 1921, rose 3% on the news.', '3%', 'market-move'],
    ['The rand fell 1.2% against the dollar.', '1.2%', 'market-move'],
    ['Acme jumped 14% in early trading.', '14%', 'market-move'],
    // The move told as a noun.
    ['A 38 percent slump in Acme’s share price alarmed the fund.', '38 percent', 'market-move'],
    ['A 2% drop in the Nikkei rattled traders.', '2%', 'market-move'],
    ['The index fell 2%, shedding 300 points.', '300 points', 'market-move'],
    ['Acme stock rose 5% on Friday, extending gains to 34% this year.', '34%', 'market-move'],
    ['The results helped lift the tech-heavy Nasdaq 0.8 percent on Friday.', '0.8 percent', 'market-move'],
    ['Acme’s stock closed down 4.1 percent at $17.05.', '$17.05', 'market-move'],
    // A share's move with a description of the company set off between its name and the verb.
    ['Acme, the parent company of Ode Foods, rose $4.20, or 2.2 percent, to $196.10.', '2.2 percent', 'market-move'],
    ['Home Depot shares are up about 40% this year.', 'about 40%', 'market-move'],
    ['The Dow fell 300 points.', '300 points', 'market-move'],
    ['Spot gold rose 0.4% on Tuesday.', '0.4%', 'market-move'],
    ['The euro EUR= was up 0.05% on the day.', '0.05%', 'market-move'],
    ['The Leeds composite (LDX) slumped 0.2% on Monday.', '0.2%', 'market-move'],
    ['The Acme 100 index increased 0.4% in early trade.', '0.4%', 'market-move'],
    ['The pound eased 0.3% against the euro.', '0.3%', 'market-move'],
    ['Acme’s share price collapsed by 9 percent that year.', '9 percent', 'market-move'],
    // A second verb of the market named before the comma, with no subject of its own.
    ['The Leeds composite fell early on, but was last trading up about 0.6%.', 'about 0.6%', 'market-move'],
    // Bonds and their yields are quoted by the market as shares are; so is a currency that strengthens.
    ['The 10-year note last rose 7/32 in price to yield 1.79%.', '1.79%', 'market-move'],
    ['The yield on the 10-year Acme bond has risen by half a percentage point.', 'half a percentage point', 'market-move'],
    ['The yen strengthened 0.13% versus the dollar.', '0.13%', 'market-move'],
    // A quote row: a share's price, then its change signed.
    ['ACME ACME FARMS INC. 225.86 -12.99 -5.44%', '-12.99', 'market-move'],
    ['ACME ACME FARMS INC. 225.86 -12.99 -5.44%', '-5.44%', 'market-move'],
    ['Brent crude was last at $60.70, down 2.7% on the day.', '2.7%', 'market-move'],
    // The exchange it trades on, with its ticker, may stand between a market and its move.
    ['Zinc on the Leeds Metal Exchange LMZN2 gained 0.4% to $2,310 a tonne.', '0.4% to $2,310', 'market-move'],
    ['Zinc on the LME gained 0.4%.', '0.4%', 'market-move'],
    // Periods of office or of work are time: "over two spells".
    ['Ode coached the Hull side over two spells.', 'over two spells', 'duration'],
    ['Oil prices rose 3 percent on Friday.', '3 percent', 'market-move'],
    ['Heating oil slipped to $2.10 a gallon.', '$2.10', 'market-move'],
    // A record level reached, and a move set off after a short clause about the share.
    ['The Leeds 100 index scaled a new all-time high of 7,816.38 in morning trade.', '7,816.38', 'market-move'],
    ['The index closed at a record 9,512.40 on Friday.', '9,512.40', 'market-move'],
    ['The Leeds 100 index rose to a record 7,900 on Friday.', '7,900', 'market-move'],
    ['Rival Acme’s stock is off too, down 1.8%.', '1.8%', 'market-move'],
    ['The yen strengthened 0.13% against the euro at 121.40 per euro.', '121.40', 'market-move'],
    ['The display size will remain 13.3 inches.', '13.3 inches', 'size'],
    // One thing's size against another's; a level compared over time stays a measure.
    ['The new model is two inches wider than the old one.', 'two inches', 'size'],
    ['The new tower is 40 feet taller than the old one.', '40 feet', 'size'],
    ['That promises 355 horsepower and 414 lb-ft of torque.', '355 horsepower', 'spec'],
    ['You are looking at 21.7 cu.ft. in total.', '21.7 cu.ft', 'spec'],
    ['The Sportback is rated for up to 277 miles.', 'up to 277 miles', 'size'],
    ['Pricing will start at 71,350 euro with deliveries from spring.', '71,350 euro', 'price'],
    // The share and the level of the same move, and an index's ticker between it and its verb.
    ['The Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.70.', '20.72 points', 'market-move'],
    ['The Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.70.', '0.24%', 'market-move'],
    ['The Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.70.', '8,570.70', 'market-move'],
    // A test's reading after "a", with no noun of its own; a machine's throughput and sizes under a centimetre.
    ['The new model managed a 21757 while the old one garnered only a 13919.', '21757', 'score'],
    ['The old one clocked in at a 126.8.', '126.8', 'score'],
    ['A GPU with 6 teraflops of computing power.', '6 teraflops', 'spec'],
    ['The port runs at 40 gigabits per second.', '40 gigabits', 'spec'],
    ['Key travel is 0.7 millimeters on the older keyboard.', '0.7 millimeters', 'size'],
    // A product's price told with "is", and a discount off it.
    ['The retail price on this model is $3,299.', '$3,299', 'price'],
    ['Leeds Tech is knocking up to $438 off select models.', 'up to $438', 'price'],
    ['Shoppers can save $100 on the retail models.', '$100', 'price'],
    ['It should be good, for a starting price of $2,400.', '$2,400', 'price'],
    ['Get a cable for around $8.', 'around $8', 'price'],
    // A player's line is a sports result (guide).
    ['Reed scored 28 points and grabbed 12 rebounds.', '12 rebounds', 'score'],
    // More of a player's line and record: aces, saves, knockouts; fights unbeaten, games missed.
    ['He served 14 aces in the final.', '14 aces', 'score'],
    ['The keeper made 11 saves in the final.', '11 saves', 'score'],
    ['He has 27 knockouts in his career.', '27 knockouts', 'score'],
    ['She is unbeaten in 31 fights.', '31 fights', 'score'],
    ['He has missed 12 games with a knee injury.', '12 games', 'score'],
    ['Reed hit .310 with 25 home runs.', '25 home runs', 'score'],
    ['Reed threw for 300 yards and three touchdowns.', '300 yards', 'score'],
    ['The quarterback completed 24 of 31 passes.', '24 of 31 passes', 'score'],
    // A fine beside a prison term; an instrument's reading or a rating.
    ['Reed could face up to 10 years in prison and have to pay $250,000.', '$250,000', 'legal-penalty'],
    ['Some monitors maxed out with readings of 999 on Monday.', '999', 'score'],
    // A move set off by a comma after the shares that moved.
    ['Acme shares, up 12% this year, fell on Monday.', '12%', 'market-move'],
    ['It adds to a gain for Acme shares, climbing 40% so far this year.', '40%', 'market-move'],
    // A reviewer's rating, halves and stars included.
    ['Score 4.5 out of 5', '4.5 out of 5', 'score'],
    ['We rate it 4 out of 5 stars.', '4 out of 5 stars', 'score'],
    ['Reviewers gave it 8 out of 10.', '8 out of 10', 'score'],
    // The level a move reached, and the one it moved from.
    ['The Leeds index fell 30 points, or 0.3%, to close at 9,512.40.', '9,512.40', 'market-move'],
    ['The pound rose to $1.2231 from $1.2158 the day before.', '$1.2231', 'market-move'],
    ['The pound rose to $1.2231 from $1.2158 the day before.', '$1.2158', 'market-move'],
    ['The dollar dropped to 101.50 yen from 104.20 yen.', '101.50 yen', 'market-move'],
    ['Gold closed up $12.40, to settle at $1,402 an ounce.', '$1,402', 'market-move'],
    ['The Treasury yield fell to 1.62% from 1.70%.', '1.70%', 'market-move'],
    // What a shop asks, and a sound system's channels.
    ['Second-hand copies went for $180 on eBay last year.', '$180', 'price'],
    ['The console plays films in 7.1 surround sound.', '7.1 surround', 'spec'],
    ['Of the three candidates, one spoke.', 'three', 'story-count'],
    ['Two of the four finalists withdrew.', 'Two', 'story-count'],
    // The whole a count is out of is the story's set, however large.
    ['Twelve of the 40 schools passed the inspection.', '40', 'story-count'],
    ['Twelve of the 40 schools passed the inspection.', 'Twelve', 'story-count'],
    // A demonstrative points back to a set already counted, however large.
    ['These 150 deportees had overstayed their visas.', '150', 'story-count'],
    // "All", "the other", "the remaining" and a ranking's "top" count a set the story has in view, however large.
    ['All 14 firms are now free to bid for the work.', '14', 'story-count'],
    ['She thanked the other 16 people who stood for the seat.', '16', 'story-count'],
    ['The league’s top 20 play their final games tonight.', '20', 'story-count'],
    // An age after a name's comma and "now", with more about the person after "and".
    ['Mr. Ode, now 81 and living in Hull, said the swap was tricky.', 'now 81', 'age'],
    ['She has two sons.', 'two sons', 'story-count'],
    ['There are two problems with this.', 'two problems', 'story-count'],
    ['The 777 program faced delays.', '777', 'model'],
    ['She still has her old iPhone 4 in a drawer.', 'iPhone 4', 'name'],
    ['The game runs in 4K at 30 FPS.', '30 FPS', 'spec'],
    // One thing's size, in whatever unit it is counted.
    ['The novel is over 140,000 words long.', 'over 140,000 words', 'size'],
    ['The new hall is five storeys high.', 'five storeys', 'size'],
    // The parts one building or scheme is made of, with a verb of having, as "a 40-storey tower" is.
    ['The Ode Quay tower will have 41 storeys and a roof garden.', '41 storeys', 'spec'],
    ['The Marsh Lane scheme comprises 318 new flats.', '318 new flats', 'spec'],
    ['A ferry with 520 cabins docked at Hull.', '520 cabins', 'spec'],
    ['The patch shrinks the file to a mere 39 kilobytes.', 'a mere 39 kilobytes', 'spec'],
    // A number alone in parentheses: a rank, an age or a note's mark.
    ['2. Ann Marsh (1.)', '1', 'label'],
    ['Savers can put more into a 401(k) this year.', '401', 'name'],
    ['Reed has type 2 diabetes.', '2', 'label'],
    ['It was a category 4 storm.', '4', 'label'],
    // A named share's close and its move are the market's own figures, with where and when before the level.
    ['Acme shares closed in Leeds on Tuesday at $185.25, up 0.35%.', '0.35%', 'market-move'],
    ['Buyers can add the $49 Acme adapter to any order.', '$49', 'price'],
    // What one home is listed, priced or on sale for, at any sum.
    ['The five-bedroom farmhouse on Reed Lane is listed at $614,500.', '$614,500', 'price'],
    ['The Ode family cottage went on sale for £1.3 million.', '£1.3 million', 'price'],
    ['Reed (68) and Ode (74) are the oldest.', '68', 'label'],
    ['The five-strong jury returned after an hour.', 'five-strong', 'story-count'],
    // The line a rule draws, as a law sets a penalty; the people drawn by what they give.
    ['She is short of the 218 votes needed to pass the bill.', '218 votes', 'threshold'],
    ['The league keeps its 12 percent threshold for entry.', '12 percent', 'threshold'],
    ['The motion cleared the 218 vote threshold on Friday.', '218', 'threshold'],
    ['Turnout fell below a threshold of 40% set by law.', '40%', 'threshold'],
    ['Most came from donors giving $50 or less.', '$50', 'bracket'],
    // A list of bare numbers is what the item with the word that tells says.
    ['Police are holding three men, aged 19, 22 and 25.', '22', 'age'],
    ['The talks will be held in Leeds on 3 and 4 June.', '3', 'date'],
    ['Hearings are set for 2, 9 and 16 October.', '9', 'date'],
    ['The M62 was shut between junctions 24 and 25.', '25', 'label'],
    ['The lorry overturned near junction 14.', '14', 'label'],
    // One thing's size, the unit glued on.
    ['The new border fence is 400km long.', '400km', 'size'],
    // A make: no verb of moving before it, nothing measured after it; what one thing holds.
    ['The phone has a 6mm lens.', '6mm', 'spec'],
    ['Each Acme sack holds 5kg of flour.', '5kg', 'spec'],
    ['The pack contains 2kg of rice.', '2kg', 'spec'],
    ['Flights from terminals 2 and 3 were cancelled.', '2', 'label'],
    // A live blog's entry opening with the time, written with a dot.
    ['14.20 Analysts say the pound could fall further.', '14.20', 'time'],
    // A price told in the present, or a list price, at any sum a shop asks.
    ['The Hull Roadster costs $42,990.', '$42,990', 'price'],
    ['It goes on sale at a starting price of £31,500.', '£31,500', 'price'],
    // What a product is made of, by share.
    ['The cider is 6.5% alcohol.', '6.5%', 'spec'],
    ['The coat is made from 80 percent wool.', '80 percent', 'spec'],
    // An age a rule sets, or a life's turn.
    ['Leeds raised the retirement age to 67.', '67', 'age'],
    ['The minimum age for buying fireworks is 18.', '18', 'age'],
    ['Reed left school at 15.', '15', 'age'],
    // A number in words opening a title in quotation marks.
    ['Her book “Fifty Ways to Leave Leeds” sold well.', 'Fifty Ways', 'name'],
    ['She wrote “Half a Million Reasons” in Hull.', 'Half a Million Reasons', 'name'],
    // A race by its distance; how many parts a plan has; the weight of one product; a price before a kind of product.
    ['Ann Marsh ran the 100 metres in Leeds.', '100 metres', 'name'],
    ['Tom Reed won the 5km race in Hull.', '5km race', 'name'],
    ['Marsh won the 1,500m final.', '1,500m final', 'name'],
    ['The council set out a five-point plan.', 'five-point plan', 'name'],
    ['The Acme band weighs 32 grams.', '32 grams', 'size'],
    ['The $799 phone goes on sale in Leeds on Friday.', '$799', 'price'],
    ['Most of the Hull patients were over 75.', 'over 75', 'age'],
    ['The majority of patients were over 65.', 'over 65', 'age'],
    ['Hull won with 20 balls to spare.', '20 balls', 'score'],
    ['The podcast “Ten Thousand Steps” began in Leeds.', 'Ten Thousand Steps', 'name'],
    ['Reed hit 50 in 30 balls.', '30 balls', 'score'],
    // People's age at the clause's end.
    ['Most of those who died in Hull were over 75.', 'over 75', 'age'],
    // An innings' balls, overs and boundaries.
    ['Reed made 112 off 98 balls.', '98 balls', 'score'],
    ['Hull were bowled out in 38 overs.', '38 overs', 'score'],
    ['Reed hit 12 fours in Leeds.', '12 fours', 'score'],
  ])('%s → "%s" (%s)', (text, span, kind) => {
    const found = read(text);
    expect(found).toContainEqual([span, kind]);
    expect(claims(text)).toEqual([]);
  });

  test.each([
    // A toll is of people: "killed two amendments" is none.
    'The Senate killed two amendments on Tuesday.',
    // How many parts a thing has; a defibrillator's code before a distance; a street; pieces; an oven's setting; a
    // hotel's price by its budget option; one lake's width.
    'The problem in Hull is twofold: cost and time.',
    'The AED 20 metres away was locked.',
    'She lives at 14 Crore Lane in Leeds.',
    'Acme sells a 4pc set of pans for £30.',
    'Bake the bread at 200C above the middle shelf.',
    'The budget option at the Hull hotel is £45 per person.',
    'The lake in Leeds is 2 miles across at its widest.',
    'He was one of the few who knew.',
    'It was a one-time payment.',
    'At one point, the band played.',
    'One says the plan will fail.',
    'No one answered the phone.',
    'It is a double standard.',
    'There are about two things to know.',
    'Gallery: harvest day | 9 Photos',
    // A half by where it is is a part, no amount.
    'Fixing it meant replacing the upper half of the case.',
    'Sales fell in the first half of the year.',
    // "One" that goes on a name is no share's first number.
    'The fund bought Acme One in two stages last year.',
  ])('no figure in "%s"', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

// Sentences of the project's own labelled set (eval/dev.jsonl), with the figure claims the guide expects.
test('a small sum in a sentence about buying, or one something is had for, is a price', () => {
  expect(claims('The game will launch in May for a flat fee of $9.99.')).toEqual([]);
  expect(claims('You can pay $10 to unlock every level at once.')).toEqual([]);
  expect(claims('You get the whole game for $10 without ads.')).toEqual([]);
  expect(claims('The offer fell short of the $20 a share the fund demanded.')).toEqual(['$20']);
});

test('a product\'s price is no figure; money spent, raised or paid for a company is', () => {
  expect(claims('The firm paid $200 million for the company.')).toEqual(['$200 million']);
  expect(claims('Acme raised $500 for charity.')).toEqual(['$500']);
  expect(claims('It is priced at $49.')).toEqual([]);
});

test('a measure restated in other units in brackets is the same quantity, claimed once', () => {
  expect(read('Her cat had roamed more than 1,200 miles (1,931 kilometers) from home.')).toEqual([
    ['more than 1,200 miles', 'measure'],
    ['1,931 kilometers', 'conversion'],
  ]);
  expect(claims('The sale raised 88 billion Hong Kong dollars ($11.2 billion).')).toEqual(['88 billion Hong Kong dollars']);
  // A second count in brackets is no conversion.
  expect(claims('Reed won 53 (54) votes.')).toEqual(['53', '54']);
});

test('a wire\'s share quote is a market move: the move, its share of the price, the price', () => {
  expect(read('Acme fell $2.40, or 2.1 percent, to $112.30.')).toEqual([
    ['$2.40', 'market-move'],
    ['2.1 percent', 'market-move'],
    ['$112.30', 'market-move'],
  ]);
  expect(claims('Ode Corp. climbed 45 cents, or 0.3 percent, to $151.20.')).toEqual([]);
  // Accounts in millions or billions are figures.
  expect(claims('Acme revenue fell $1.2 billion, or 3 percent, to $40 billion.')).toEqual(['$1.2 billion', '3 percent', '$40 billion']);
});

test('ages in a list closed by semicolons are ages', () => {
  expect(read('Their children are Tom, 38; Ann, 34; and Jo.')).toEqual([
    ['38', 'age'],
    ['34', 'age'],
  ]);
});

test('a list of numbers is no age, and "doubled down" or "doubled as" is no multiple', () => {
  expect(claims('The rates were 3, 42, and 17 percent.')).toEqual(['3', '42', '17 percent']);
  expect(claims('The mayor saw the reaction and doubled down on the plan.')).toEqual([]);
  expect(claims('The rally doubled as a farewell to the old mayor.')).toEqual([]);
  expect(claims('Sales doubled as prices fell.')).toEqual(['doubled']);
  expect(claims('Sales doubled last year.')).toEqual(['doubled']);
  expect(claims('Polls closed.\n4.5 percent of voters stayed home.')).toEqual(['4.5 percent of voters']);
});

test('a number in words in a headline\'s capitals, or before a plural, is still a figure', () => {
  expect(claims('Reed’s Lead Twice That Of Marsh’s In New Poll')).toEqual(['Twice']);
  expect(claims('He said Three People had died.')).toEqual(['Three']);
});

test('a multiple to come, after "to" or a modal, is a figure; "double as", "double down" and "double digits" are not', () => {
  expect(claims('The number of cases is expected to almost triple by 2040.')).toEqual(['almost triple']);
  expect(claims('Rents could double by next spring.')).toEqual(['double']);
  expect(claims('Leeds plans to more than double its bus fleet.')).toEqual(['more than double']);
  expect(claims('The pods would double as beds.')).toEqual([]);
  expect(claims('Reed decided to double down on the plan.')).toEqual([]);
  expect(read('Marsh rose to double digits in the polls.')).toEqual([['double digits', 'count']]);
});

describe('sentences from the labelled set', () => {
  test.each<[string, string[]]>([
    ['MagSafe\'s introduction in January 2006 halved accidental damage service calls by 2009.', ['halved']],
    ['Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing in Hong Kong, pricing its shares at a 2.8 per cent discount to their New York close.', ['up to $12.9bn', '2.8 per cent']],
    ['The deal sets up for a reduction to a prior commitment of 777x jets from the U.S. plane-maker, down by 30 to 126, which Emirates is opting for by employing its substitution rights.', ['30 to 126']],
    ['Emirates is the number one buyer of Airbus\' iconic A380, the world\'s largest airliner, with 123 of the planes in its fleet.', ['123 of the planes']],
    ['To win South Carolina, which holds the first Southern primary of 2020, he would need a base of support from the black voters who comprise roughly two-thirds of the state’s Democratic electorate.', ['roughly two-thirds']],
    ['Twenty-two months, over 20 lawyers and investigators and $35 million later, Mueller folded his tent without criminal referrals or findings of presidential crimes.', ['over 20 lawyers', '$35 million']],
    ['Health bosses said that 28 people in close contact with the hunter were initially quarantined to stop it being transmitted further.', ['28 people']],
    ['Those suffering from bubonic plague have a 30-60 per cent chance of dying from the disease.', ['30-60 per cent']],
    ['A storm system dumped about 2 inches (50.8 millimeters) of rain in the San Diego County area on Tuesday and more was expected Wednesday.', ['about 2 inches']],
    ['Seven decades later, Parata, 75, has now overseen more than 500 strandings and is renowned in New Zealand as the leading Māori whale expert.', ['more than 500 strandings']],
    ['There are typically between 400 and 600 water main breaks each year in New York City, an official said.', ['between 400 and 600']],
    ['Thousands of Tunisians have flocked to join jihadist groups in Syria, including the Islamic State, making the country one of the major sources of foreign fighters in the conflict.', ['Thousands of Tunisians']],
    ['The Federal Reserve’s decision to cut its benchmark interest rate by a quarter-point last month should keep auto interest rates low for the remainder of the year.', ['quarter-point']],
    ['Leif Dahleen, the blogger behind the Physician on FIRE, retired from anesthesiology at age 43.', []],
    ['The 777 program has faced delays due to engine problems and other technical issues in its testing phase.', []],
    ['It came as legislators gather for organizational meetings ahead of their 2020 session that starts in early January.', []],
    ['Joining the Audi e-tron SUV, the new e-tron Sportback will have Quattro electric all-wheel drive as standard and, in Europe, up to 277 miles of range.', []],
    ['Top speed is an electronically-limited 124 mph.', []],
    ['MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback in the decisive doubles match to give the hosts a 2-1 win over Russia in the inaugural Davis Cup Finals.', []],
    ['At the Michoud Assembly Facility in New Orleans, workers completed installation of the four RS-25 engines into the rocket’s core stage.', []],
    // A result the game ended or finished with.
    ['The derby at Elland Road ended 3-1 after extra time.', []],
    // A vote's tally is a result too.
    ['The ward board voted 5-2 to close the library.', []],
    ['In a 52-48 vote, the board kept the levy.', []],
    // Near the vote or the act it decided, written with a dash or with "to".
    ['The final vote on the ward levy was 27-14.', []],
    ['The tally was 27-14.', []],
    ['The harbour bill cleared the upper house, 31-9.', []],
    ['The parish council deadlocked 11-11 on the car park.', []],
    ['The levy was carried by a vote of 19 to 14.', []],
    ['After the vote, 40 to 50 growers marched to the hall.', ['40 to 50 growers']],
    // Counts near "passed" or "approved" that are no vote's tally, and a projection of votes.
    ['The storm that passed over Hull left 20 to 30 dead.', ['20 to 30']],
    ['Since the vote, 15 to 20 have been arrested each night.', ['15 to 20']],
    ['Regulators approved 30 to 40 of the 120 applications.', ['30 to 40']],
    ['Reed is on course to take about 12,000 votes to 9,000 for Marsh.', ['about 12,000 votes', '9,000']],
    ['The council, which approved the budget on Monday, has a majority of 12.', ['12']],
    // "half" as an adverb, "a quarter" as a period.
    ['Residents of Dunmore half expected the mill to close.', []],
    ['Retailers enter a quarter expected to be weak.', []],
    ['Fewer than a third approve of the ferry plan.', ['Fewer than a third']],
    // A sum before when it was paid is no duration; a fine set as a share of earnings is a penalty; the currency's
    // area is no sum.
    ['The developer gave $80,000 days before the planning vote.', ['$80,000']],
    ['Ferry firms face fines of up to 4% of annual turnover.', []],
    ['The 20 euro area ministers meet in June.', []],
    // A division's or an election's result, and the margin it gave.
    ['Councillors backed the levy by 31 votes to 12, a majority of 19.', []],
    ['Marsh took 9,412 votes to 7,118 for Reed.', []],
    // A ratio of views or of numbers is a share, no result: a poll's margin, one side outnumbering another.
    ['By nearly 2-1, tenants say the levy is too high.', ['nearly 2-1']],
    ['Older tenants agree with her by 2-1.', ['2-1']],
    ['Growers favour the ferry plan by a 4-to-1 margin.', ['4-to-1 margin']],
    ['In Hull, millers outnumber growers 3-1.', ['3-1']],
    // A vote's margin and a game's score stay results, whoever is said to hold a view in the sentence.
    ['The council approved the levy by a 5-to-2 margin.', []],
    ['Leeds beat Hull by 2-1, its fans say.', []],
    // So does any margin a view is not held by, whatever view the sentence holds elsewhere; a board's backing is a vote.
    ['The Hull side, whom fans believe deserved more, went down by 3-1 at home.', []],
    ['Growers believe their side were robbed by 3-1 in the final.', []],
    ['The seven-member board backs the ferry by 5-2.', []],
    ['A majority of 19 growers signed the letter.', ['19 growers']],
    // A commodity's price moves as a market's does, right before its move; an amount of it is a statistic.
    ['Platinum slipped 1.2% to $912 an ounce.', []],
    ['Cocoa futures rose 3% to $8,040 a tonne.', []],
    ['The wheat harvest fell 12% this year.', ['12%']],
    ['Demand for coffee rose 10% last year.', ['10%']],
    ['Shares in Acme\'s nickel unit fell 8%.', []],
    ['Revenue from parking fines made up 8% of council income.', ['8%']],
    ['The share of renters was unchanged at 36%.', ['36%']],
    ['Yields of sugar beet could fall by as much as 20 per cent.', ['as much as 20 per cent']],
    // A share of those asked that holds a view, with no "of" after it.
    ['About half approve of the new ferry timetable.', ['About half']],
    ['Nearly a third say the ferry is too dear.', ['Nearly a third']],
    ['More than half have an unfavorable view of the ferry.', ['More than half']],
    ['The second half went better for the home side.', []],
    ['Half the time the ferry runs late.', []],
    // Names at numbers beside each other are a tally, no ages.
    ['Tom Reed at 40, Ann Marsh at 46.', ['40', '46']],
    // Won twice: a result, not a multiple.
    ['Ann Marsh has won the ward twice, with 52 percent last time.', ['52 percent']],
    // A change by a share of the whole.
    ['Sales at the mill fell by a quarter last year.', ['a quarter']],
    ['The bus left by a quarter past five.', []],
    ['Gears of War 4 runs natively in 4K at 30 FPS with Dolby Atmos and HDR (high dynamic range lighting) support.', []],
    ['Wi-Fi 6 is still launching and there is only a smattering of ax routers on the market, but they will when they have this machine in two-three years and Wi-Fi 6 has been more widely adopted.', []],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('spans and values', () => {
  test('offsets are absolute into the text, and only the sentence asked for is read', () => {
    const text = 'First, 5 people. Then 30 more people came. Finally 7 people.';
    const start = text.indexOf('Then');
    const end = text.indexOf('Finally') - 1;
    const found = findNumbers(text, start, end);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['30']);
    expect(found[0]?.start).toBe(text.indexOf('30'));
  });

  test('a day number whose month ended the sentence before is a date', () => {
    const text = 'The deal was announced Nov. 15, 2019: both sides agreed.';
    const start = text.indexOf('15');
    expect(findNumbers(text, start, text.length).map((m) => m.kind)).toEqual(['date']);
  });

  test('no trailing full stop in a span', () => {
    expect(read('They counted 2,000 people.')).toEqual([['2,000 people', 'count']]);
  });

  test.each<[string, Partial<NumberMention>]>([
    ['more than 2,000 people', { value: 2000, approximate: true }],
    ['$1.6 billion', { value: 1.6e9 }],
    ['between 10 and 20 percent', { value: 10, high: 20 }],
    ['three-quarters of voters', { value: 0.75 }],
    ['Three quarters of voters agree', { value: 0.75, kind: 'fraction' }],
    ['Two thirds say no', { value: 2 / 3, kind: 'fraction' }],
    // A time counted in quarters stays a count.
    ['two quarters of growth', { value: 2 }],
    ['Sixty-two percent', { value: 62 }],
    ['Forty six percent', { value: 46 }],
    ['Seven of 10 voters', { value: 0.7, kind: 'fraction' }],
    ['a dozen eggs', { value: 12 }],
    ['three hundred and fifty people', { value: 350 }],
    ['one in five adults', { value: 0.2 }],
    ['three in 10 voters', { value: 0.3 }],
    ['tens of thousands of people', { value: 2e4 }],
  ])('%s reads as %o', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe('linear time', () => {
  // Timed as a ratio between two sizes of the same input, which a shared machine's load changes far less than
  // milliseconds: four times the text takes about 4 times as long when linear, 16 times when quadratic. The
  // two sizes are timed in turn, best of three each, so a busy spell slows both.
  const timeOnce = (text: string) => {
    const t0 = performance.now();
    findNumbers(text, 0, text.length);
    return performance.now() - t0;
  };
  test.each<[string, string]>([
    ['numbers and number words', '1,234 twenty-two hundreds of thousands 3-4 $5 million 12% one in five half a dozen 2019 May 5 '],
    ['a run of digits', '7'],
    ['digit groups', '1,'],
    ['small number words', 'two '],
    ['chained scales', 'twenty-two hundred and '],
    ['ranges', 'between 1 and '],
  ])('%s: 1 MB finishes, and four times the text takes less than ten times as long', { timeout: 120_000 }, (_, unit) => {
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const found = findNumbers(large, 0, large.length);
    expect(found.every((m) => m.start >= 0 && m.end <= large.length && m.start < m.end)).toBe(true);
    // Below about 0.2 MB the words of one call never leave the young heap and run far faster than linear.
    const small = unit.repeat(Math.ceil(250_000 / unit.length));
    let smallBest = Infinity;
    let largeBest = Infinity;
    for (let r = 0; r < 3; r++) {
      smallBest = Math.min(smallBest, timeOnce(small));
      largeBest = Math.min(largeBest, timeOnce(large));
    }
    // A megabyte read in a few milliseconds is fast whatever the ratio, which noise decides at that scale.
    expect(largeBest).toBeLessThan(Math.max(10 * smallBest, 50));
  });
});

test('a day or a year before a share or a sum says when the first one stood, and ends no range', () => {
  expect(claims('Support rose from 30 percent on June 3 to 35 percent on June 9.')).toEqual(['30 percent', '35 percent']);
  expect(claims('Sales rose from $2 million in 2011 to $5 million in 2012.')).toEqual(['$2 million', '$5 million']);
  // A range of days, or of shares, stays one.
  expect(read('The fair runs May 18 to 20.')).toEqual([['May 18 to 20', 'date']]);
  expect(claims('Support rose from 30 to 35 percent.')).toEqual(['from 30 to 35 percent']);
});

test('a plural count takes its noun only with "of": what follows it bare is a verb', () => {
  expect(claims('A petition signed by thousands calls for the park to be saved.')).toEqual(['thousands']);
  expect(claims('Thousands of people marched.')).toEqual(['Thousands of people']);
  expect(claims('About 2,000 people marched.')).toEqual(['About 2,000 people']);
});

test('a count below ten in digits reads as the same count in words', () => {
  expect(claims('The storm destroyed 3 homes.')).toEqual([]);
  expect(claims('The storm destroyed three homes.')).toEqual([]);
  expect(claims('The series goes on in part 2 next week.')).toEqual([]);
  // An approximate count of an event, and a number sharing a later one's unit, still count.
  expect(claims('At least 3 people died.')).toEqual(['At least 3 people']);
  expect(claims('The rates were 3, 42, and 17 percent.')).toEqual(['3', '42', '17 percent']);
});

test('a sum needed is someone\'s estimate, and a count still to win is a count, not a rule\'s line', () => {
  expect(claims('The council says $4 million needed to repair the pier.')).toEqual(['$4 million']);
  expect(claims('She still needs 30 votes to reach the total.')).toEqual(['30 votes']);
  // What a task needs is someone's estimate; what a contest needs is its rule.
  expect(claims('The 300 welders needed to finish the bridge have not been hired.')).toEqual(['300 welders']);
  expect(claims('He neared the 1,900 delegates needed for the Green Party nomination.')).toEqual([]);
});

test('a listed figure after a poll\'s sample or margin is its finding when a verb of its own follows, and no product\'s specification lends it its kind', () => {
  expect(claims('A phone poll surveyed 900 tenants and 40 had no view.')).toEqual(['40']);
  expect(claims('The Orbit phone has a 6.4-inch screen and 200 shops have sold out.')).toEqual(['200 shops']);
  // A month after the sample is no verb of its own.
  expect(claims('The Hale Institute surveyed 900 tenants and 250 shop owners in May.')).toEqual([]);
});

test('a move of a named market told as a noun is the market\'s; of prices, imports or an index of prices it is a figure', () => {
  expect(claims('A 4 percent rise in the retail price index hurt savers.')).toEqual(['4 percent']);
  expect(claims('A 6 percent rise in fuel imports worried the board.')).toEqual(['6 percent']);
  expect(claims('A 9 percent drop in shares of Acme followed the report.')).toEqual([]);
  // A name of two words, or an owner, before the shares.
  expect(claims('A 30 percent fall in Venmark Energy shares stunned the board.')).toEqual([]);
  expect(claims('A 12 percent drop in its shares followed.')).toEqual([]);
});

test('a poll\'s margin of error is its specification, no count of anything', () => {
  expect(read('Each survey carries a margin of error of 3.8 percentage points.')).toEqual([['3.8 percentage points', 'spec']]);
  expect(claims('The survey is accurate to plus or minus 3 points.')).toEqual([]);
  // A share of someone after a margin is the poll's finding, no second margin.
  expect(claims('Its margin is plus or minus 2 points and 45 percent of tenants back the plan.')).toEqual(['45 percent of tenants']);
  expect(claims('Its confidence interval of two points is wide.')).toEqual([]);
  // The poll's findings still count.
  expect(claims('Reed leads Marsh by 6 percentage points.')).toEqual(['6 percentage points']);
});

test('the second of two ages, and a record of results, are no figures', () => {
  expect(claims('The victims, aged 19 and 23, were taken to hospital.')).toEqual([]);
  expect(claims('Children aged 6 to 12 can enter free.')).toEqual([]);
  expect(claims('The team has won 14 of its last 16 games.')).toEqual([]);
  // Counted things that are no results still count.
  expect(claims('The team sold 14 of its last 16 players.')).toEqual(['14', '16 players']);
});

test('"across" with more after it says where, not how wide; appearances are a player\'s line', () => {
  expect(read('The trial enrolled 4,500 patients across 12 countries.')).toEqual([['4,500 patients', 'count'], ['12 countries', 'count']]);
  expect(read('The crater is 40 metres across.')).toEqual([['40 metres', 'size']]);
  expect(claims('The striker has scored 20 goals in 25 appearances this season.')).toEqual([]);
  // A competition may name the games of a record.
  expect(claims('The striker has scored 11 goals in 19 league games.')).toEqual([]);
  expect(claims('The club sold 19 league tickets.')).toEqual(['19']);
});

describe('numbers from probes of magazine, sports and markets copy', () => {
  test.each([
    // An age when something happened, a document's length, a league's gap, a penalty in the table, a season's total.
    'Marsh was 71 when she died.',
    'The minutes of the meeting run to eleven pages.',
    'The ruling ran to 86 pages.',
    'Hull’s run of 14 home wins ended with a draw.',
    'He spent half of his life in Hull.',
    'She married a man half her age.',
  ])('no figure claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test.each([
    ['The fund lost nearly half its value in a month.', ['nearly half']],
    ['The union shed nearly half its members in May.', ['nearly half']],
    ['Marsh is nine points ahead of Reed.', ['nine points']],
    ['Ann Marsh is eight points clear of Tom Reed.', ['eight points']],
    ['The campaign has cost Reed 7 points.', ['7 points']],
    ['Turnout was 38 when the polls closed.', ['38']],
    ['Acme sold 3,000 home games consoles.', ['3,000']],
    ['The bell was cast from 2 tonnes of Whitby bronze.', []],
    ['Costs ran to £40,000.', ['£40,000']],
    // Places on a plane, a ship or an airfield, and one ship's or plane's size.
    ['The fire started in row 14 of the jet.', []],
    ['The jet landed on runway 27.', []],
    ['Its wingspan is 35.8 metres.', []],
    // A person's age by role after "the was"; a police appeal's line and reference.
    ['The star was 21 when she met him.', []],
    ['Anyone with information should dial 101, quoting reference 412.', []],
    // A share told as one of a kind in a whole, or in sixths.
    ['One household in three in Hull has no car.', ['One household in three']],
    ['One-sixth of the homes in Hull flooded.', ['One-sixth of the homes']],
    ['One man in Leeds said no.', []],
    ['Reed scored one goal in 14 appearances.', []],
    ['The storm left one car in two pieces.', []],
    ['Customers who spend £10 a month get free delivery.', []],
    ['In the front carriage 40 passengers were hurt.', ['40 passengers']],
    ['The number of complaints against the doctor was 12.', ['12']],
    ['The draft budget includes 300 million pounds.', ['300 million pounds']],
    // Pay by the hour or the day is a sum earned, no price asked; a wage floor is a rule's level.
    ['Cleaners in Hull earn £12 an hour.', ['£12']],
    ['Hull backs a living wage floor of £13 an hour.', []],
    ['The Acme app costs £4.99 a month.', []],
    // A weight of a substance written by its formula is no distance "of" a place.
    ['The forests absorb 90 million tonnes of CO2 a year.', ['90 million tonnes']],
  ])('a figure claim: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
