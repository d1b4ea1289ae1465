// Fixed phrases that need no source analysis: hedges, agentless weasel wording, anonymity formulas.
// Each pattern is a chain of literal words with small optional parts, so matching stays linear.

export interface PhraseRule {
  kind: 'hedge' | 'vague-attribution' | 'anonymous-source' | 'named-source';
  /** Lower-case words one of which the pattern needs; sentences without any skip the pattern. */
  triggers: readonly string[];
  /**
   * Pieces of text in lower case one of which every match holds: a sentence whose lower case has none skips the
   * pattern, whose scan is dear. Only letters that nothing but their capitals match under /iu ("s" is also "ſ").
   */
  needs?: readonly string[];
  pattern: RegExp;
}

const BE = '(?:is|are|was|were|be|been|being)';
const w = (list: string): readonly string[] => list.split(' ');
/** Verbs a headline's "said to" passes on without its "is": "Acme said to weigh sale" (not "said to be careful"). */
export const SAID_TO_VERBS: ReadonlySet<string> = new Set(w('weigh plan eye mull consider seek explore face prepare near favour favor target'));
// Shared by the rules of talk and feelings no one holds: the auxiliaries before their verb ("have been swirling",
// "are growing"), and up to four words between the verb and "that" ("for weeks", "in Leeds").
// A market crowd's view in its possessive: "analysts' expectations", "economists' consensus forecast".
const CROWD_VIEW = String.raw`(?:analysts|economists|experts|forecasters|traders|investors|strategists|pundits|markets)['’] (?:average |consensus |median |earlier |previous |own )?(?:expectations?|forecasts?|predictions?|estimates?|consensus|projections?)\b`;
const PERFECT_OR_BE = String.raw`(?:(?:have|has|had|are|is|was|were) (?:been )?)?`;
const WORDS_BEFORE_THAT = String.raw`(?: (?!so\b|such\b|enough\b)[\w’']+){0,4}?`;
// Verbs of talk going about: "have swirled", "surfaced", "spread online".
const TALK_SPREADING = String.raw`swirled|swirl|swirls|swirling|circulated|circulate|circulates|circulating|surfaced|surface|surfaces|emerged|emerge|emerges|spread|spreading`;
// Not after a modal ("can be seen as", "might be considered", "must be viewed as their ally"), nor after "to"
// ("hopes to be regarded as", "eager to be viewed as"): a possible reading, a need or an aim, which no one holds yet.
const WRITERS_READING = String.raw`(?<!\b(?:can|could|may|might|must|should|will|would|to)(?: not| also| well| easily)? be )`;
// Who hear evidence: a court or an inquest, by its kind or by its name ("Hull Crown Court", "the Harrow Bridge inquiry"),
// or those sitting in it.
const COURT = String.raw`(?:the|an?) (?:court|inquest|jury|tribunal|hearing|inquiry|trial)`;
const NAMED_COURT = (words: number) => String.raw`(?:\p{Lu}[\p{L}'’-]*\s){1,${words}}(?:Court|Tribunal|Inquest|Inquiry|inquest|inquiry)`;
const HEARERS = 'jurors|magistrates';
const HEARD_FORMS = '(?:heard|was told|were told|has been told|had been told)';
// What a court heard, after whoever heard it: not a case it took ("heard an appeal"), nor an order ("were told to leave").
// Nor whom it heard from ("heard from Ann Marsh", "heard evidence from eleven witnesses"), who are the ones to credit,
// unless what it heard follows ("heard evidence from Reed that …", "heard from the start that …"); nor evidence heard
// for a time with nothing of what it said ("heard evidence over 23 days").
const HEARD = String.raw` (?:has |had |have )?${HEARD_FORMS}\b(?! to\b)(?! (?:an? |the |this |that |his |her |their |its )?(?:appeals?|cases?|arguments?|submissions?|applications?|challenges?|motions?|petitions?|trials?|matters?|bids?|claims?)\b)(?!(?<=heard) (?:(?:evidence|testimony|statements?) )?from\b(?![^.;:]*\bthat\b))(?!(?<=heard) (?:evidence|testimony)(?:[.;]| (?:over|for|during|throughout|on|in|at)\b(?![^.;:]*\b(?:that|how|showing)\b)))(?= (?:that|how|\p{L}))`;

// Times a "that" may point at: "that morning", "that week".
const TIMES_OF_DAY = '(?:morning|afternoon|evening|night|day|week|month|year)';
/** The writer's adverbs of a claim passed on unverified: "reportedly", "allegedly". */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(w('reportedly allegedly purportedly supposedly reputedly ostensibly putatively'));

export const PHRASE_RULES: readonly PhraseRule[] = [
  { kind: 'hedge', triggers: [...HEDGE_ADVERBS, ...w('rumoured rumored unconfirmed unverified unsubstantiated')], pattern: /\b(?:reportedly|allegedly|purportedly|supposedly|reputedly|rumou?red|unconfirmed|unverified|unsubstantiated|ostensibly|putatively)\b/gi },
  // "the alleged attack", "this purported severance", "a supposed seizure" — but not "prosecutors alleged that",
  // "is supposed to", "it's supposed to pay for the roads" (a duty, and a contracted "is").
  { kind: 'hedge', triggers: w('alleged purported suspected supposed'), pattern: /\b(?:the|an?|this|that|his|her|their|its) (?:alleged|purported|suspected|supposed)\b(?! to\b)|(?<=\p{L}['’]s )(?<!\b(?:it|that|what|there|he|she|who|here|where|this)['’]s )(?:alleged|purported|suspected|supposed)\b(?! to\b)/giu },
  // "an inquiry into alleged fraud", "charged over purported links": after a preposition, before what is alleged.
  {
    kind: 'hedge',
    triggers: w('alleged purported supposed'),
    // So opening the sentence: "Alleged links between the two men were never proved".
    pattern: /(?:(?<=\b(?:of|for|into|about|over|in|on|with|against|from|amid|among|at|under|after|despite|including) )|^)(?:alleged|purported|supposed)(?= (?!(?:to|that|by|in)\b)\p{Ll})/giu,
  },
  // "photos which purport to show the crash", "a letter purporting to be from Reed": a claim the writer has not checked.
  { kind: 'hedge', triggers: w('purport purports purported purporting'), pattern: /\bpurport(?:s|ed|ing)? to\b/gi },
  // "groups suspected of links to smuggling rings", "the regime, which was suspected of arming rebels": a suspicion the
  // writer passes on, with no one holding it.
  { kind: 'hedge', triggers: w('suspected'), pattern: /\bsuspected of\b/gi },
  {
    kind: 'hedge',
    triggers: w('said believed thought rumoured rumored reported alleged claimed understood presumed suspected reputed estimated'),
    // The verbs' endings before "to", which hold no "s".
    needs: ['aid to', 'ved to', 'ght to', 'red to', 'ted to', 'ged to', 'med to', 'ood to'],
    // "He's said to be", "she’s thought to favor it": a contracted "is" too, not "he's said to reporters" ("has").
    // Nor "was reported to police", "were reported to health officials": whom a case or a crime was reported to.
    // "are estimated to have left": an estimate no one is named for, as "it is estimated that" is.
    pattern: new RegExp(
      `\\b(?:${BE}|(?:he|she|it|who|that)['’]s) (?:all |also |still |widely |generally |commonly )?(?:said|believed|thought|rumou?red|reported|alleged|claimed|understood|presumed|suspected|reputed|estimated) to\\b(?! (?:the|a|an|his|her|their|its|me|us|him|them|you|reporters)\\b)(?! (?:(?:local|health|state|federal|city|county|school|hospital|prison|council|border|military|transport|fire|traffic|airport) )?(?:police|officers|authorities|officials|investigators|detectives|prosecutors|regulators|inspectors|staff|customs|insurers|lenders|banks|employers|managers|teachers|parents|moderators)\\b)`,
      'giu',
    ),
  },
  // Without "is", describing a noun: "the suspect, said to be in his 30s", "a man believed to be in his 40s", "sales,
  // said to have doubled" ("said" only after a comma, where no one can be saying it; not "what critics believed to
  // be", whose subject holds it).
  {
    kind: 'hedge',
    triggers: w('said believed thought rumoured rumored reported understood alleged reputed'),
    needs: [' to be', ' to have'],
    // The word first, then what stands before it: a lookbehind tried at every position would cost each sentence with
    // "said" a scan back per character.
    pattern: /\b(?:(?:said|believed|thought|rumou?red|reported|understood|alleged|reputed)(?<=, \p{L}+)|(?:believed|thought|rumou?red|reputed)(?<=\p{Ll} \p{L}+)(?<!\bwhat\b[^,.;:]{0,60})) to(?= (?:be|have)\b)/giu,
  },
  // A headline's "said to" with its "is" left out, after its subject: "Acme said to weigh sale of Leeds plant", "Kale
  // Said To Be Considering Leadership Bid" (a progressive; "said to be careful" is an order).
  {
    kind: 'hedge',
    triggers: w('said'),
    needs: ['aid to'],
    pattern: new RegExp(`(?<=\\p{L} )(?<!\\b(?:has|had|have|having|is|was|are|were|be|been) )said to(?= (?:${[...SAID_TO_VERBS].join('|')}|be \\p{L}+ing)\\b)`, 'giu'),
  },
  // So before a verb of amount, which no one says to anyone: "fees said to top $250,000", "debts thought to exceed
  // £2 million", "a crowd reported to number 5,000".
  {
    kind: 'hedge',
    triggers: w('said believed thought rumoured rumored reported understood estimated'),
    needs: [' to top', ' to exceed', ' to total', ' to number', 'urpa'],
    pattern: /\b(?:said|believed|thought|rumou?red|reported|understood|estimated)(?<=[\p{L},] \p{L}+) to(?= (?:top(?! up\b)|exceed|total|number|surpass)\b)/giu,
  },
  // "It is thought that…", and without "that" before a clause's subject: "It is understood the minister will…".
  {
    kind: 'hedge',
    triggers: w("it it's it’s"),
    // Or set off after the claim, or inside it: "Reed has resigned, it was reported.", "the mill, it is said, will close".
    // "It is often said that": how often changes nothing. "It's been reported that": the contraction too.
    pattern: /\bit(?: (?:is|was|has been|had been)|['’]s(?: been)?) (?:(?:often|sometimes|frequently|also|long|now|still) )?(?:said|believed|thought|understood|alleged|claimed|reported|rumou?red|feared|estimated|assumed)(?: that\b|(?= (?:the|a|an|he|she|they|we|his|her|their|its|this|these|those|there|some|many|more|most|several|both)\b)|(?<=, it [a-z ]+)(?=[.,;]))/gi,
  },
  // "It is learnt that", a wire's phrase, as "it is understood that"; only with its "that" ("Swimming is learned").
  { kind: 'hedge', triggers: w('it'), pattern: /\bit (?:is|was|has been|had been) (?:learnt|learned) that\b/gi },
  // "…, the Echo understands.", "…, the Gazette has learned.": a paper passing on what it was told without saying by
  // whom; set off at the claim's end, and not an office or a body ("…, the Chancellor understands." is her view).
  { kind: 'hedge', triggers: w('understands learned learnt'), pattern: /(?<=, )[Tt]he (?!(?:\p{Lu}[\p{L}&]* ){0,2}(?:Minister|Secretary|Chancellor|President|Committee|Council|Department|Ministry|Office|Party|Government|Treasury|Speaker|Police|King|Queen)\b)\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*){0,2} (?:understands|has (?:learned|learnt))(?=[.;])/gu },
  // "a fee said to be £28m", "an offer reported to be worth £28m": a hedge on a noun the article names, with no verb of
  // being before it ("a fee thought to be" already read).
  { kind: 'hedge', triggers: w('said reported rumoured rumored understood'), needs: [' to be'], pattern: /(?<=\b(?:a|an|the)\s(?!(?:was|were|is|are|be|been|has|have|had)\b)[a-z][\w-]*(?:\s(?!(?:was|were|is|are|be|been|has|have|had)\b)[a-z][\w-]*)?\s)(?:said|reported|rumou?red|understood) to be\b/g },
  // "At least 12 people are feared dead": a toll no one has confirmed, passed on.
  { kind: 'hedge', triggers: w('feared'), pattern: new RegExp(`\\b${BE} (?:now |still )?feared (?:dead|killed|drowned|missing|lost|trapped)\\b`, 'gi') },
  // "the reported increase", "a fee of a reported $50 million": the writer passes on a report without checking it.
  { kind: 'hedge', triggers: w('reported'), pattern: /\b(?:the|a) reported\b(?! (?:to|that|by)\b)/gi },
  {
    kind: 'hedge',
    triggers: w('verified confirmed verify confirm'),
    // The negation may sit on the subject: "Neither claim could be verified", "None of the figures can be confirmed".
    // Not who someone is or what caused a thing, opening the sentence, which no one has claimed yet: "The man's
    // identity has not been confirmed", "The cause of death was not confirmed".
    pattern: /\b(?<!^(?:(?:the|his|her|their|its) )?(?:[\p{L}-]+ )?(?:[\p{L}’'-]+['’]s )?(?:identity|identities|name|names|cause|whereabouts)(?: of(?: the| his| her| their)? [\p{L}-]+)? )(?:(?:cannot|can't|couldn't|could not|has not|have not|had not|hasn't|haven't|was not|were not|wasn't|weren't) (?:be |been |yet been )?(?:independently )?(?:verified|confirmed|verify|confirm)|(?:not possible|impossible|unable|not (?:been )?able) to (?:independently )?(?:verify|confirm)|(?:neither|none)(?: [\w’'-]+){0,4}? (?:could|can) be (?:independently )?(?:verified|confirmed)|no(?: [\w’'-]+)? (?:figures|claims|numbers|details|reports|accounts|tolls) (?:could|can) be (?:independently )?(?:verified|confirmed))\b/giu,
  },
  { kind: 'vague-attribution', triggers: w('it'), pattern: /\bit is (?:widely|generally|commonly) (?:believed|thought|feared|said(?! to\b)|felt(?= (?:that|among|by)\b)|accepted|agreed|acknowledged|recogni[sz]ed|known|assumed|held|understood)\b/gi },
  // Talk with no one talking: "Rumours swirled that", "Claims have circulated online that", "Conventional wisdom
  // holds that", "Word is that"; a time or a place may stand before "that": "Rumors have swirled for weeks that",
  // "speculation is rife in Leeds that"; not "so" or "such" and what follows from them ("spread so fast that").
  {
    kind: 'vague-attribution',
    triggers: w('rumours rumors rumour rumor wisdom word speculation claims allegations'),
    pattern: new RegExp(
      String.raw`\b(?:(?:rumou?rs?|speculation|claims|allegations) ${PERFECT_OR_BE}(?:swirled|swirl|swirls|swirling|circulated|circulate|circulates|circulating|spread|spreading|persist|persists|persisted|abound|abounds|abounded|mounted|mounting|grown|growing|grew|rife)${WORDS_BEFORE_THAT}|rumou?rs? (?:have|has)|rumou?r has it|conventional wisdom (?:holds|held|says|said|is)|(?:the )?word is) that\b`,
      'gi',
    ),
  },
  // The same talk with what it is about between: "Rumours of a sale have circulated for weeks", "Reports of
  // looting surfaced on Monday", "Claims about the vote spread online"; no one is said to have made them. Opening
  // its clause (not "insurance claims over …"), and not counted ("Reports of burglary have grown 12%"): reports,
  // claims and allegations only circulate or surface, where rumours and speculation may also grow.
  {
    kind: 'vague-attribution',
    triggers: w('rumours rumors rumour rumor speculation claims allegations reports'),
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.;:!?,"“”(—–]\s*|\b(?:and|but|as|while|after|amid|since)\s))(?:(?:rumou?rs?|speculation) (?:of|about|over)\b(?: (?!(?:said|says|have|has|had|is|are|was|were)\b)[\w’'-]+){1,7}? ${PERFECT_OR_BE}(?:${TALK_SPREADING}|persisted|persist|persists|mounted|mounting|grown|growing|grew)|(?:claims|allegations|reports) (?:of|about|over)\b(?: (?!(?:said|says|have|has|had|is|are|was|were)\b)[\w’'-]+){1,7}? ${PERFECT_OR_BE}(?:${TALK_SPREADING}))\b(?! (?:by |to )?(?:\d|about\b|some\b|more\b|nearly\b|almost\b))`,
      'gi',
    ),
  },
  // A crowd's expectation of a figure, in its possessive, that a result is set against or that opens its sentence to
  // be stated: "beat analysts' expectations of £1.1bn", "fell short of economists' forecasts", "Analysts' consensus
  // was for £400m"; the crowd holds the view, and no one of them is named. Not one a named body owns or compiled
  // ("Acme's analysts' forecasts", "analysts' estimates compiled by LSEG", "according to a Reuters poll"), nor a topic
  // ("manage investors' expectations", "Investors' expectations matter").
  {
    kind: 'vague-attribution',
    triggers: w('analysts economists experts forecasters traders investors strategists pundits markets'),
    pattern: new RegExp(
      String.raw`(?:(?<=\b(?:beat|beats|beating|missed|miss|misses|missing|exceeded|exceeds|exceed|exceeding|topped|tops|surpassed|confounded|defied|matched|trailed|trailing|trails|outstripped|outpaced|versus|vs|of|with|below|above) )(?<!['’]s )${CROWD_VIEW}(?! (?:compiled|polled|gathered|collected|surveyed)\b)(?=(?:(?!\b(?:compiled|polled|gathered|according)\b)[^.;])*(?:[.;]|$))|(?<=(?:^|[.!?]["”’]?\s+|\n))${CROWD_VIEW}(?= (?:was|were|is|are|had been|has been) for\b| (?:had |have )?(?:pointed|put|suggested)\b))`,
      'gi',
    ),
  },
  // A view held by no one in particular: "A familiar refrain was that", "the prevailing view is that", "It is a common
  // misconception that" ("among economists" names whose view it is: sources.ts).
  {
    kind: 'vague-attribution',
    triggers: w('refrain view belief assumption perception notion sentiment misconception'),
    pattern: /\b(?:(?:a|the) (?:common|popular|familiar|frequent|recurring|widespread|prevailing|widely held|general) (?:refrain|view|belief|assumption|perception|notion|sentiment|misconception) (?:is|was|has been|had been)|it(?: is|['’]s| was| has been| had been) a (?:common|popular|widespread|widely held|general) (?:view|belief|assumption|perception|notion|misconception)) that\b/gi,
  },
  // Feelings no one is said to hold, growing: "Fears are growing that", "concerns have mounted in Leeds that" (as
  // "there are fears that").
  {
    kind: 'vague-attribution',
    triggers: w('fear fears concern concerns worries doubt doubts'),
    pattern: new RegExp(String.raw`\b(?:fears?|concerns?|worries|doubts?) ${PERFECT_OR_BE}(?:mounted|mounting|grown|growing|grew|rising|risen|rose)${WORDS_BEFORE_THAT} that\b`, 'gi'),
  },
  // Reports no one is said to have made, as the cause or setting of news: "Oil rose on reports that output would be
  // cut", "amid media reports of abuse". Not the calls that sent police or crews somewhere ("Officers were called to the
  // street following reports of a fight"): those reports were made to them.
  {
    kind: 'vague-attribution',
    triggers: w('reports rumours rumors'),
    pattern: /\b(?<!\b(?:called|sent|dispatched|responded|rushed|scrambled|attended)\b(?:[^.;!?]|\.\d){0,60})(?:on|amid|after|following|despite|over) (?:(?:unconfirmed|media|news|press|recent|earlier|widespread|growing|mounting|fresh|local) ){0,2}(?:reports|rumou?rs)(?= (?:that|of)\b)/gi,
  },
  // Reports someone dismisses or denies, with no one named for them: "Reed dismissed reports that he would resign".
  {
    kind: 'vague-attribution',
    triggers: w('reports rumours rumors'),
    // "that" opening what they say, its subject next, not a relative clause ("reports that came in late"); not "the
    // reports", pointing back, nor reports a named paper ran ("reports that the Hull Register published").
    pattern: /(?<=\b(?:dismissed|dismisses|denied|denies|rejected|rejects|addressed|addresses|downplayed|played down|brushed off|laughed off|shrugged off|refuted|refutes) (?:(?:unconfirmed|media|news|press|recent|earlier|widespread|persistent) )?)(?:reports|rumou?rs)(?= that (?:the|a|an|he|she|it|they|we|i|you|his|her|their|its|this|these|those|\p{Lu}\p{L}*|\d)\b)(?! that (?:the )?(?:\p{Lu}\p{L}* ){1,3}(?:published|ran|carried|aired|broadcast|printed|reported)\b)/gu,
  },
  // A live page's news passed on as it arrives: "Reports are coming in of a fire", "We are getting reports that",
  // "reports are emerging that".
  {
    kind: 'vague-attribution',
    triggers: w('reports'),
    // Past a time it is given at ("reports were emerging that evening of gunfire"), which no "that" after it opens either.
    pattern: new RegExp(
      String.raw`\b(?:(?:unconfirmed |fresh |more )?reports (?:are|were|have been) (?:coming in|emerging|circulating)|(?:we are|we['’]re|we have been|we['’]ve been) (?:getting|hearing|receiving) (?:(?:unconfirmed|some|more|fresh) )?reports)(?=(?: that ${TIMES_OF_DAY})? (?:of|that)\b(?! ${TIMES_OF_DAY}\b))`,
      'gi',
    ),
  },
  // Common knowledge claimed for everyone: "Everyone knows the council lied"; not "make sure everyone knows".
  {
    kind: 'vague-attribution',
    triggers: w('everyone everybody'),
    // Everyone of a place too: "Everyone at the Capitol knows", "everybody in Hull agrees".
    // With the place, only before what they hold ("knows the speaker wants", not "knew Tom Reed", "agreed to wait").
    pattern: /\b(?<!\b(?:sure|make|makes|let|lets|ensure|ensures|so|until) )(?:everyone|everybody)(?: (?:knows|knew|agrees|agreed|says|said|thinks|believes|understands)\b| (?:at|in|around) (?:the )?(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:knows|knew|agrees|agreed|says|said|thinks|believes|understands)(?= (?:that (?:the|a|an|he|she|it|they|we|there)|he|she|it|they|there)\b| (?:the|this|his|her|their) \p{L}+ (?:\p{Ll}+(?:s|ed)|is|was|has|had|will|would|can|could)\b))/giu,
  },
  // The same consensus claimed by denying anyone holds otherwise: "Nobody expects the plan to pass", "no one
  // doubts that"; not "nobody knows how many died" (no view), nor "no one denied the charge" (what happened).
  {
    kind: 'vague-attribution',
    triggers: w('nobody no'),
    pattern: /\b(?<!\b(?:sure|make|makes|let|lets|ensure|ensures|so|until) )(?:nobody|no one) (?:expects|expected|thinks|thought|believes|believed|doubts|doubted)\b/gi,
  },
  // "Hours before reports that the firm had been sold", "Rumors that the company was for sale lifted the stock": bare
  // reports, rumours and speculation that something is so are no one's ("the NBC report that" is a report's own).
  {
    kind: 'vague-attribution',
    triggers: w('reports rumors rumours speculation'),
    // "reports" only after a preposition, where it cannot be a verb ("the agency reports that" is the agency's).
    // Not a relative clause ("Rumours that she spread about her rival"), nor "on reports that", read already.
    pattern: /(?<!\b(?:the|these|those|his|her|its|their|our|such|\w+['’]s) )\b(?:rumou?rs|speculation) that\b(?= (?:the |a |an |this |his |her |its |their )?[\w'’-]+(?: [\w'’-]+)? (?:would|was|were|had|is|are|has|have|will|could|might|may)\b)(?! (?:nobody|no one|everyone|anyone) )|(?<=\b(?:before|after|following|over|with|by|of|to|despite|amidst) )reports that\b/gi,
  },
  // Reports that come out from no one: "Reports have emerged that", "news surfaced that", "It has emerged that".
  {
    kind: 'vague-attribution',
    triggers: w('emerged surfaced circulated'),
    pattern: /\b(?:(?:reports|news|word|rumou?rs|accounts) (?:have |has |had )?(?:since |also |now )?|it (?:has|had) (?:since |also |now )?)(?:emerged|surfaced|circulated) that\b/gi,
  },
  // A view held in common by no one named: "A common complaint is that", "one frequent criticism was that".
  {
    kind: 'vague-attribution',
    triggers: w('complaint criticism refrain view belief argument concern objection worry gripe grievance'),
    pattern: /\b(?:(?:a|one|the) (?:common|frequent|familiar|popular|widespread|recurring|oft-repeated) (?:complaint|criticism|refrain|view|belief|argument)|(?:one|another) (?:(?:common|frequent|familiar|popular|widespread|recurring|major|big|key|chief|main) )?(?:complaint|criticism|concern|objection|worry|gripe|grievance)) (?:is|was|has been) that\b/gi,
  },
  // "seemed, to many, a mistake", "looks to some like a bailout": whom it seems so to are no one named.
  {
    kind: 'vague-attribution',
    triggers: w('many some most others'),
    pattern: /\b(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked|sound|sounds|sounded),? to (?:many|some|most|others)\b(?! (?:extent|degree|point|length|of us)\b)/gi,
  },
  // A description pinned on no one: "what is often described as", "is widely described as a failure", "has been
  // described as the worst"; not a plain past ("The suspect was described as tall", whose describer is often near),
  // and with its agent ("described by aides as") the source analysis credits the agent.
  {
    kind: 'vague-attribution',
    triggers: w('described portrayed painted caricatured characterized characterised depicted cast'),
    pattern: /\b(?:(?:is|are|was|were|being) (?:often|widely|commonly|frequently|sometimes|generally|variously|routinely|usually|repeatedly)|(?:is|are|was|were) being|(?:has|have|had) been(?: (?:often|widely|commonly|frequently|sometimes|generally|variously|routinely|usually|repeatedly|also))?) (?:described|portrayed|painted|caricatured|characterized|characterised|depicted|cast) as\b(?![^.,;:]{0,120}\bby\b)/gi,
  },
  // "is raising eyebrows in Washington", "raised a few eyebrows": a reaction of people left unsaid; not an aim ("meant
  // to raise eyebrows").
  { kind: 'vague-attribution', triggers: w('eyebrows'), pattern: /\b(?<!\bto )(?:raise|raises|raised|raising) (?:(?:some|many|a few|more than a few|a lot of) )?eyebrows\b/gi },
  // "For many, the question is …": a view held by people left unsaid; not "For many years". It opens its clause (after
  // the sentence's start, a comma or a conjunction), not "fits that bill for many people, he added".
  { kind: 'vague-attribution', triggers: w('many some most'), pattern: /(?<=^|[\n.!?:;,—–("“'‘”’]\s*|\b(?:and|but|or|yet|so|that|while|though|because)\s)\bfor (?:(?:many|some),(?! (?:many|more|some|several)\b)|(?:many|some|most) (?:[a-z]+ )?(?:voters|economists|activists|analysts|conservatives|liberals|progressives|democrats|republicans|americans|people|supporters|critics|observers|residents|investors|experts|fans|parents|members|officials),)/gi },
  // "He has pulled even with Reed in many polls": a standing in polls no one names, as "many polls show".
  { kind: 'vague-attribution', triggers: w('polls surveys'), pattern: /\bin (?:(?:many|several|some|most|multiple|numerous|various|a number of|a series of)(?: recent)?(?: national| state| statewide| public| opinion)?|recent(?: national| statewide)?|national|statewide) (?:polls|surveys)\b(?! (?:from|by|for|of|conducted|released|commissioned|taken|published)\b)/gi },
  // Views held by no one named, as the setting of the sentence: "Amid concerns that the bridge is unsafe", "despite
  // objections that the law is unfair", "amid growing allegations that" (as "amid reports that" already is).
  {
    kind: 'vague-attribution',
    triggers: w('amid amidst despite'),
    pattern: /\b(?:amid|amidst|despite) (?:(?:growing|mounting|widespread|persistent|lingering|renewed|fresh|new|rising) )?(?:concerns|complaints|objections|fears|worries|suspicions|allegations|accusations|claims|speculation|rumou?rs|criticism) (?:that|of)\b/gi,
  },
  // "This did not sit well with some", "went down badly with many voters": a reaction of people left unsaid.
  {
    kind: 'vague-attribution',
    triggers: w('well badly poorly'),
    pattern: /\b(?:sit|sits|sat|sitting|set|sets|go|goes|went|gone|going|play|plays|played|playing)(?: down| over)? (?:well|badly|poorly) with (?:(?:some|many|most|others)(?=\s*[.,;:!?)]|\s*$)|(?:some|many|most) [a-z]+s\b)/gi,
  },
  // "what some call a tax", "what many describe as a rout": a label pinned by people left unsaid (as "what critics
  // call" is).
  {
    kind: 'vague-attribution',
    triggers: w('some many others most'),
    pattern: /\bwhat (?:some|many|others|most) (?:have )?(?:call|called|describe as|described as|see as|saw as|consider|term|termed|dub|dubbed)\b/gi,
  },
  // "Conventional wisdom holds that", "according to conventional wisdom": a view held by no one named; not the phrase
  // mentioned ("upended the conventional wisdom").
  { kind: 'vague-attribution', triggers: w('wisdom'), pattern: /\baccording to (?:the )?conventional wisdom\b|\b(?:the )?conventional wisdom (?:holds|held|says|said|dictates|dictated|suggests|suggested|has it|had it|(?:is|was) that)\b/gi },
  // "The knock on the governor is that …", "The criticism of the plan was that …": a complaint no one is said to make.
  {
    kind: 'vague-attribution',
    triggers: w('knock rap criticism complaint'),
    pattern: /\b(?:the|one|a) (?:knock|rap|criticism|complaint) (?:on|of|about|against) (?:[\w'’-]+ ){1,4}(?:is|was|has been) that\b/gi,
  },
  // "widely seen as", not "a widely seen debate" (one many watched).
  // "a highly criticized decision", "the plan was roundly condemned": criticism held at large, with no agent after it.
  // (A hyphenated "much-maligned" is one word, which no trigger here reads.)
  {
    kind: 'vague-attribution',
    triggers: w('highly heavily roundly much'),
    pattern: /\b(?:highly|heavily|roundly|much)[ -](?:criticized|criticised|maligned|derided|ridiculed|condemned|panned|disputed)\b(?![^.,;:]{0,60}\bby\b)/gi,
  },
  { kind: 'vague-attribution', triggers: w('widely'), pattern: /\bwidely (?:believed|thought|assumed|presumed|regarded|considered|expected|accepted|held|reported|(?:criticized|criticised|condemned|denounced|derided|ridiculed|mocked|panned|praised|lauded|acclaimed)(?![^.,;:]{0,60}\bby\b)|(?:seen|viewed)(?= (?:as|to)\b))\b/gi },
  // A cause pinned on no one: "the decline is widely blamed on pesticides", "the recovery is largely credited to the
  // treaty"; not with its agent ("credited with the win by Reed"), though a participle's agent is the cause's own
  // ("pesticides used by farmers").
  {
    kind: 'vague-attribution',
    triggers: w('widely largely generally commonly'),
    pattern: new RegExp(`(?<=\\b${BE} )(?:widely|largely|generally|commonly) (?:blamed|credited)(?= (?:on|for|to|with)\\b)(?![^.,;:]{0,120}(?<!\\p{L}ed) by\\b)`, 'giu'),
  },
  // What markets expect, told as a bet: "Traders are betting that", "markets are pricing in two cuts", "investors are
  // bracing for", "forecasters have pencilled in".
  {
    kind: 'vague-attribution',
    triggers: w('traders investors markets forecasters'),
    pattern: /\b(?:traders|investors|markets|forecasters) (?:(?:are|were|have been|had been) (?:now |still |increasingly |already )?(?:betting(?= (?:that|on)\b)|pricing in|bracing for|pencill?ing in)|(?:have|had) (?:now |already )?pencill?ed in)\b/gi,
  },
  // Agentless reputation and expectation: someone unnamed holds the view ("seen as the lone success"). "It can be
  // seen as", "could be viewed as" are the writer's own reading, offered as one possible, and pinned on no one.
  // With its agent after the name given ("hailed as a breakthrough by Ann Marsh") the view is the agent's; so with a
  // pronoun before it, whose active verb it is ("a rule that they regarded as unfair").
  {
    kind: 'vague-attribution',
    triggers: w('seen regarded viewed hailed touted'),
    pattern: new RegExp(`${WRITERS_READING}(?<!\\b(?:they|we|I|he|she|you) )\\b(?:seen|regarded|viewed|hailed|touted) as\\b(?!(?:\\s+[^\\s.,;:—–]+){1,6}?\\s+by\\s+(?!the (?:end|time)\\b))`, 'gi'),
  },
  // A name put about with no one putting it: "has been mentioned as a likely chair", "a name floated as a mayor";
  // not "Reed mentioned as an aside".
  {
    kind: 'vague-attribution',
    triggers: w('mentioned floated'),
    pattern: new RegExp(`(?<=\\b(?:${BE}|(?!has\\b)[a-z]+s) (?:(?:prominently|frequently|often|widely|also|repeatedly) )?)(?:mentioned|floated) as\\b`, 'gi'),
  },
  // "is considered a favourite", "has long been considered a lifeline"; with an agent ("by the board") the source
  // analysis credits the agent, and "the board considered a plan" is no passive.
  {
    kind: 'vague-attribution',
    triggers: w('considered'),
    pattern: new RegExp(`(?<=\\b${BE} )${WRITERS_READING}(?:(?:widely|generally|long|often|also|still|now|already) )?considered(?= (?:a|an|the|one)\\b)(?![^.,;:]{0,120}\\bby\\b)`, 'gi'),
  },
  // Blame with no one blaming, as a state: "Johnson is under fire for failing to deliver"; not fire from anyone.
  {
    kind: 'vague-attribution',
    triggers: w('under'),
    pattern: /(?<!\b(?:soldiers|troops|forces|police|officers|convoy|patrol|base|ship|vessel|unit|marines) )\b(?:is|are|was|were|been|remains|remained) under (?:(?:heavy|intense|sharp|fierce|growing|increasing|renewed) )?(?:fire|attack)(?= (?:for|over)\b)(?![^.,;:]{0,60}\b(?:from|by)\b)/gi,
  },
  // Criticism no one is said to voice, as the reason for an act: "returned the money after public criticism".
  {
    kind: 'vague-attribution',
    triggers: w('after following'),
    pattern: /\b(?:after|following) (?:(?:public|widespread|fierce|sharp|intense|mounting|growing|an?) )+(?:criticism|outcry|backlash|uproar)\b(?! (?:from|by|among|over [^.,;:]{0,40}\bfrom)\b)/gi,
  },
  // Fears no one is said to hold: "the bloodshed raised fears that militants were expanding their operations"; not an
  // act of raising them ("as a way of raising doubts about her ethics").
  {
    kind: 'vague-attribution',
    triggers: w('raised raises raising sparked sparks sparking fuelled fueled fuels fuelling fueling stoked stokes stoking'),
    pattern: /(?<!\b(?:of|by|for) )\b(?:raised|raises|raising|sparked|sparks|sparking|fuelled|fueled|fuels|fuelling|fueling|stoked|stokes|stoking) (?:(?:fresh|new|renewed|growing|serious|widespread) )?(?:fears|concerns|worries|doubts)(?= (?:that|about|over)\b)(?![^.;]{0,80}\b(?:among|from|by)\b)/gi,
  },
  // Praise or blame with no one doing it: "the plan has been widely criticized", "she was lambasted as weak".
  // With an agent ("criticized by economists") the source analysis credits the agent instead.
  {
    kind: 'vague-attribution',
    triggers: w('criticized criticised lambasted condemned derided ridiculed mocked panned denounced decried faulted assailed lauded praised'),
    pattern: new RegExp(
      `\\b${BE} (?:(?:often|also|roundly|sharply|heavily|harshly|frequently|repeatedly|widely|much|long|since|now|already) )?(?:criticized|criticised|lambasted|condemned|derided|ridiculed|mocked|panned|denounced|decried|faulted|assailed|lauded|praised)\\b(?![^.,;:]{0,120}\\bby\\b)`,
      'gi',
    ),
  },
  // Criticism drawn with no one said to make it: "drew widespread criticism", "has faced sharp criticism for the vote";
  // with its makers after "from" ("criticism from economists", "criticism for the move from Ann Marsh") the source
  // analysis credits them.
  {
    kind: 'vague-attribution',
    triggers: w('criticism condemnation backlash ridicule'),
    pattern: /\b(?:drew|draws|drawn|drawing|faced|faces|facing|received|receives|receiving|sparked|sparks|sparking|attracted|attracts|endured|endures|come under|came under|comes under|coming under)(?: (?:widespread|sharp|heavy|harsh|fierce|growing|strong|bipartisan|public|intense|much|some|heavy|scathing|withering|a (?:slew|wave|storm|torrent|barrage|flood|chorus|flurry) of))? (?:criticism|condemnation|backlash|ridicule)\b(?! (?:from|by|among|within|in)\b)(?! (?:for|over) (?:the|a|an|his|her|its|their|this|that)(?: [\w'’-]+){1,2} (?:from|by)\b(?!(?: [\w'’-]+){1,2} to\b)(?! (?:its|his|her|their|our|the)\b))/gi,
  },
  // A label pinned with no one pinning it: "He has been called a Republican Obama", "the plan was branded a failure";
  // with an agent ("called a traitor by critics") the source analysis credits the agent.
  {
    kind: 'vague-attribution',
    triggers: w('called branded dubbed labeled labelled'),
    // Not a name for a thing ("This is called a “third-party request”", "what is called a debate").
    pattern: new RegExp(`(?<!\\b(?:this|that|what|which|it|is|are) ${BE} (?:(?:often|also|widely|sometimes|repeatedly|long|since|even) )?)(?<=\\b${BE} (?:(?:often|also|widely|sometimes|repeatedly|long|since|even) )?)(?:called|branded|dubbed|labeled|labelled)(?= (?:a|an) (?!["“'‘]|(?:dozen|few|number|couple|handful|total|lot|bit|second|third|fourth|last|final|week|day|month|year|time|times|meeting|vote|halt|truce|strike|recess)\\b))(?![^.,;:]{0,120}\\bby\\b)`, 'gi'),
  },
  // "is widely expected to" pins a forecast on everyone; a bare "is expected to host" is a schedule.
  { kind: 'vague-attribution', triggers: w('renowned expected'), pattern: new RegExp(`\\b${BE} (?:(?:widely |largely |generally )?renowned|(?:widely|largely|generally) expected to)\\b`, 'gi') },
  // Views with no holder: "there are fears the bridge will not hold"; a belief held by no one named: "there is a
  // widespread belief that".
  {
    kind: 'vague-attribution',
    triggers: w("there there's there’s"),
    pattern: /\bthere(?: is|['’]s| was| has been| had been) an? (?:(?:widespread|growing|general|common|strong|deep|popular|broad) )?(?:belief|perception|feeling|sense|suspicion|assumption|expectation|recognition|consensus|understanding|impression|fear|concern)(?= that\b)/gi,
  },
  {
    kind: 'vague-attribution',
    triggers: w("there there's there’s"),
    pattern: /\bthere(?: is|['’]s| are| was| were| (?:have|has|had)(?: also| long| since)? been)(?: (?:growing|widespread|mounting|increasing|some|also|many|serious|deep|lingering|now|several|various|numerous|repeated|persistent|unconfirmed|conflicting))* (?:fears?|concerns?|worries|doubts?|suggestions?|speculation|rumou?rs|reports|claims|allegations|talk|chatter|grumbling|whispers|calls|criticism|complaints)\b/gi,
  },
  // Doubts with no one doubting: "questions have been raised about the deal", "it has been suggested that"; with an
  // agent ("raised by auditors") the source analysis credits the agent.
  {
    kind: 'vague-attribution',
    triggers: w('raised voiced expressed aired'),
    // So in the simple past or present: "concerns were raised that …".
    pattern: /\b(?:questions|concerns|doubts|fears|objections|allegations|complaints) (?:(?:have|has|had) (?:also |repeatedly |long )?been |(?:were|are|was|is) (?:also |repeatedly )?(?:being )?)(?:raised|voiced|expressed|aired)\b(?![^.,;:]{0,120}\bby\b)/gi,
  },
  // A dispute with no one disputing: "The root causes are hotly debated", "the figures are disputed"; not with its
  // parties ("disputed by the council"), nor a motion debated where it is put ("was debated in parliament"), nor what
  // would be debated.
  {
    kind: 'vague-attribution',
    triggers: w('debated disputed'),
    pattern: new RegExp(`(?<!\\b(?:would|could|will|might|may|should|to|can) )\\b${BE} (?:(?:(?:still|widely|much|hotly|fiercely|bitterly|often) )?disputed|(?:still|widely|much|hotly|fiercely|bitterly|often) debated)\\b(?! (?:by|between|among|in|at)\\b)`, 'gi'),
  },
  {
    kind: 'vague-attribution',
    triggers: w('suggested argued claimed alleged speculated'),
    pattern: /\bit (?:has|had) (?:also |often |long )?been (?:suggested|argued|claimed|alleged|speculated) that\b/gi,
  },
  // Blame with no one blaming: "the plan has come under fire"; not "came under sniper fire", nor "under fire from
  // farmers" or "under attack on Monday from farmers", whose source the analysis credits.
  {
    kind: 'vague-attribution',
    triggers: w('under'),
    // Nor fire at soldiers or at a place: "The soldiers had come under fire near the border".
    pattern: /(?<!\b(?:soldiers|troops|forces|police|officers|convoy|patrol|base|ship|vessel|unit|marines)(?: (?:had|have|has|had been|were|was))? )\b(?:came|come|comes|coming) under (?:(?:heavy|intense|sharp|fierce|growing|increasing|renewed|withering) )?(?:fire|criticism|attack)\b(?![^.,;:]{0,30}\b(?:from|by)\b)(?! (?:near|outside|along|while|during|at the)\b)/gi,
  },
  { kind: 'vague-attribution', triggers: w('observers'), pattern: /\b(?:international|independent|foreign|western) observers\b/gi },
  // "Some say …"; but "wanted some say in the matter" is a share in a decision, the object of a verb.
  {
    kind: 'vague-attribution',
    triggers: w('some many'),
    pattern: /\b(?<!\b(?:have|has|had|having|want|wants|wanted|get|gets|got|give|gives|gave|given|seek|seeks|sought) )(?:some|many) (?:say|believe|argue|think|claim|suggest)\b/gi,
  },
  {
    kind: 'anonymous-source',
    triggers: w('anonymity named identified'),
    // "Senior officials spoke about the missions only on the condition of anonymity": what about may come between.
    pattern: /\b(?:who|speaking|spoke|spoken)(?: about(?: [\p{L}’'-]+){1,8}?)?(?: only)? (?:on|under) (?:the )?condition of anonymity\b|\bwho (?:asked|requested|declined|did not want|didn't want) (?:not )?to be (?:named|identified)\b/giu,
  },
  // A headline's tag at its end, with no verb: "Acme to cut 400 jobs: sources", "… - insiders".
  {
    kind: 'anonymous-source',
    triggers: w('sources insiders'),
    pattern: /(?<=\S\s*(?::|\s[-–—]|[-–—])\s*)(?:sources|insiders)(?=\s*$)/gi,
  },
  // "The source could not provide details": a source phrase with no verb of saying in reach.
  {
    kind: 'anonymous-source',
    triggers: w('source sources'),
    pattern: /\b(?:the|a|an|one|two|three|four|several|multiple|other) (?:(?:senior|former|informed|anonymous|unnamed|government|political|military|diplomatic|security|official|reliable|knowledgeable|well-placed|industry|insurgent|[a-z]+-based) )?sources?\b(?! of\b)/gi,
  },
  // A document the claim comes from: "the patient described in the case report"; but "the man in the case report"
  // is someone the document is about, and "a grand jury in the email investigation" names an inquiry, no document.
  {
    kind: 'named-source',
    triggers: w('statement report study paper filing interview tweet post letter email address testimony memo'),
    pattern: /(?<!\b(?:man|woman|men|women|patient|patients|person|people|child|children|boy|girl) )\bin (?:the|a|an|his|her|its|their) (?:new |recent |latest |case )?(?:statement|report|study|paper|filing|interview|tweet|blog post|letter|email|address|testimony|memo)\b(?! (?:investigation|inquiry|probe|case|scandal|server|controversy|saga|affair|matter|leak|hack|practices)\b)/gi,
  },
  // "The court heard that …", "the inquest was told", "jurors were told": evidence given in a court or an inquest is on
  // its record; not "the court heard an appeal", a case it took, nor "were told to leave", an order.
  {
    kind: 'named-source',
    triggers: w('heard told'),
    pattern: new RegExp(`\\b(?:${COURT}|${HEARERS})${HEARD}`, 'giu'),
  },
  // So is a court or an inquiry named before it: "Hull Crown Court heard that", "The Harrow Bridge inquiry heard that".
  // Case matters here: a capital opens each word of the name.
  {
    kind: 'named-source',
    triggers: w('heard told'),
    pattern: new RegExp(`\\b${NAMED_COURT(4)}${HEARD}`, 'gu'),
  },
  // Or after what was heard: "…, the court heard.", "…,” jurors heard.", "…, Leeds Crown Court heard.", "…, the hearing at
  // Hull Magistrates' Court was told.".
  {
    kind: 'named-source',
    triggers: w('heard told'),
    pattern: new RegExp(String.raw`(?<=,["”’]? )(?:${COURT}(?: (?:at|in) (?:\p{Lu}[\p{L}'’-]*\s){1,5}(?:Court|Tribunal|Centre|Center|Hall))?|${NAMED_COURT(5)}|${HEARERS}) ${HEARD_FORMS}(?=\s*[.;!]|\s*$)`, 'gu'),
  },
  // "I'm told", "we've been told about times when…": the writer's informants, unnamed. But "we're told that we reveal…"
  // is what everyone is told, about everyone: a commonplace, pinned on no one in particular.
  // "I was told that …" too; not "we were told to wait", an instruction.
  { kind: 'anonymous-source', triggers: w('told'), pattern: /\b(?:I['’]m|I am|I['’]ve been|we['’]ve been|we['’]re|I have been|we have been|I was|we were|I had been|we had been) told\b(?! (?:that )?we\b)(?! to\b)/gi },
  { kind: 'vague-attribution', triggers: w('told'), pattern: /\b(?:we['’]ve been|we['’]re|we are|we have been|we were) told(?= (?:that )?we\b)/gi },
];

/** Whether the text says why a source is unnamed ("because they were not authorised to speak publicly"). */
const ANONYMITY_REASON =
  /\b(?:not |un)authori[sz]ed to\b|\bnot (?:allowed|permitted|cleared) to\b|\banonymity (?:to|because|so|in order to|for fear|as)\b|\bfear(?:s|ing|ed)? (?:of )?(?:reprisals?|retaliation|retribution|losing)\b|\b(?:named|identified) (?:for|out of) fear\b|\bto (?:discuss|describe|speak about|talk about) (?:private|internal|confidential|sensitive|classified|ongoing|closed-door)\b|\bbecause (?:\w+ ){0,8}?(?:private|confidential|sensitive|sensitivity|classified|public|publicly|announced|ongoing|authori[sz]ed|reprisals?|retaliation|policy|policies|protocol)\b|\bto protect (?:their|his|her|its|the source's) (?:jobs?|identit(?:y|ies)|safety|privacy|famil(?:y|ies))\b|\b(?:in line with|under|per|citing) (?:\w+ ){0,3}?(?:policy|policies|protocol)\b/i;

export function givesAnonymityReason(text: string): boolean {
  return ANONYMITY_REASON.test(text);
}
