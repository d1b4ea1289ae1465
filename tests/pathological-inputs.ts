// Inputs built to make a text engine backtrack or go quadratic. The engine tests check each finishes;
// the bench times each at two sizes, where a linear engine takes about twice as long for twice the text.

/** Each input as a function of its size in characters (about). */
export const PATHOLOGICAL_INPUTS: [name: string, make: (chars: number) => string][] = [
  ['repeated words', (n) => 'a '.repeat(n / 2)],
  ['a run of digits', (n) => '7'.repeat(n)],
  ['repeated verbs', (n) => 'said '.repeat(n / 5)],
  ['no newline or punctuation', (n) => 'officials familiar with the matter according to people '.repeat(n / 56)],
  ['numbers and currency', (n) => '$1 30 people 2,000 '.repeat(n / 19)],
  ['dots and capitals', (n) => 'A. '.repeat(n / 3)],
  ['a run of full stops', (n) => '.'.repeat(n)],
  ['runs of terminators and closing quotes', (n) => '.!?…’’’” '.repeat(n / 10)],
  ['one long word', (n) => 'x'.repeat(n) + 'ly said'],
  ['digit groups', (n) => '1,'.repeat(n / 2)],
  // Each agentless passive looks ahead for its agent ("criticized by"); unbounded, that read the rest of a
  // sentence without punctuation once per passive.
  ['agentless passives', (n) => 'Reed is widely criticized and is considered a rival '.repeat(n / 52)],
];
