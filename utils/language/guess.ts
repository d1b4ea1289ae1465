// franc-min's guess, with its data and its scoring, indexed for speed. franc measures a text against
// each language of its script by looking up every trigram of the text in that language's table, one
// table after another (44 tables for Latin script). Here each trigram is looked up once, in an index
// from trigram to the languages that have it and its rank in each, built on first use. The distances
// are the same integers, compared in the same order, so the answer is franc's (tested against it).
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: texts shorter than MIN_LENGTH are 'und'; only the first MAX_LENGTH characters are read. */
const MIN_LENGTH = 10;
const MAX_LENGTH = 2048;
/** What a trigram a language's table lacks adds to its distance. */
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  /** The script's languages, in franc's order: the first of equally distant ones wins. */
  languages: string[];
  /** Trigram → [language index, rank, language index, rank, …] for the languages whose table holds it. */
  ranks: Map<string, number[]>;
}

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string): ScriptIndex {
  let index = indexes.get(script);
  if (index) return index;
  const models = data[script]!;
  const languages = Object.keys(models);
  const ranks = new Map<string, number[]>();
  languages.forEach((language, l) => {
    const model = models[language]!.split('|');
    model.forEach((trigram, rank) => {
      const entry = ranks.get(trigram);
      if (!entry) ranks.set(trigram, [l, rank]);
      // franc fills each table from the last trigram to the first: a trigram listed twice keeps its first rank.
      else if (entry[entry.length - 2] !== l) entry.push(l, rank);
    });
  });
  indexes.set(script, (index = { languages, ranks }));
  return index;
}

const scriptNames = Object.keys(expressions);

/**
 * franc's most frequent script: the first of those with the most matches of its expression. No character
 * outside the astral planes matches both Latin and another script (tested), so in text without surrogates
 * whose characters are more than half Latin, Latin comes first without counting the others.
 */
function topScript(value: string): { script: string; count: number } {
  if (!/[\uD800-\uDFFF]/.test(value)) {
    const latin = value.match(expressions.Latin!)?.length ?? 0;
    if (latin * 2 > value.length) return { script: 'Latin', count: latin };
  }
  let top = { script: scriptNames[0]!, count: -1 };
  for (const script of scriptNames) {
    const count = value.match(expressions[script]!)?.length ?? 0;
    if (count > top.count) top = { script, count };
  }
  return top;
}

/** Each trigram of the text with its count, as trigram-utils makes them (its `clean`, padded with a space). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** franc's guess (`franc(value)` of franc-min, default options): an ISO 639-3 code, or 'und'. */
export function guessLanguage(value: string): string {
  if (!value || value.length < MIN_LENGTH) return 'und';
  value = value.slice(0, MAX_LENGTH);
  const { script, count } = topScript(value);
  if (!(script in data)) return count === 0 ? 'und' : script;
  const { languages, ranks } = scriptIndex(script);
  const counts = trigramCounts(value);
  // Every trigram counts MAX_DIFFERENCE against a language, less where the language's table holds it.
  const distances = new Array<number>(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, occurrences] of counts) {
    const entry = ranks.get(trigram);
    if (!entry) continue;
    for (let k = 0; k < entry.length; k += 2) {
      distances[entry[k]!]! += Math.abs(occurrences - entry[k + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (distances[l]! < distances[best]!) best = l;
  return languages[best]!;
}
