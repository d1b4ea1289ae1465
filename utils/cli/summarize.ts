// `sourcelight summarize OUT.jsonl`: the figures researchers publish, per outlet and month, from the
// lines of an earlier `analyze --jsonl` or `--warc` run.
import type { Grade } from '../engine/types';
import { parseJsonObject } from './json-object';

export type SummaryFormat = 'csv' | 'json';

/** Stands for every outlet or every month in the total rows, and for a record that has none. */
export const ALL = 'all';
export const UNKNOWN = 'unknown';

export interface SummaryRow {
  /** The host of the record's URL without a leading `www.`; `unknown` for records without a URL (such as files). */
  outlet: string;
  /** YYYY-MM of the record's date (UTC); `unknown` for records without a readable date. */
  month: string;
  articles: number;
  /** Articles with at least one anonymous source, as a share of `articles`. */
  anonymousSourceShare: number;
  /** Articles with at least one unverified figure, as a share of `articles`. */
  unverifiedFigureShare: number;
  meanScore: number;
  strong: number;
  mixed: number;
  weak: number;
}

export interface SummaryTally {
  rows: SummaryRow[];
  /** Lines that are not JSON objects (a cut-off last line, say). */
  unreadable: number;
  /** Error lines: records that could not be analysed. */
  errors: number;
  /** Pages with no article, scanned whole (`"mode": "page"`): a crawl's home and section pages. */
  notArticles: number;
  /** Answers with no grade (an outcome this summary does not count). */
  ungraded: number;
}

interface Group {
  outlet: string;
  month: string;
  articles: number;
  withAnonymousSource: number;
  withUnverifiedFigure: number;
  scoreSum: number;
  grades: Record<GivenGrade, number>;
}

interface GradedLine {
  url?: unknown;
  date?: unknown;
  score: number;
  grade: GivenGrade;
  mode?: unknown;
  counts?: Partial<Record<string, number>>;
}

/** The grades a graded article gets; an article with nothing to grade has no row of its own. */
type GivenGrade = Exclude<Grade, 'ungraded'>;
const GRADES: readonly GivenGrade[] = ['strong', 'mixed', 'weak'];

export async function summarizeLines(lines: AsyncIterable<string>): Promise<SummaryTally> {
  const groups = new Map<string, Group>();
  const tally = { unreadable: 0, errors: 0, notArticles: 0, ungraded: 0 };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const value = parseJsonObject(line);
    if (!value) tally.unreadable += 1;
    else if ('error' in value) tally.errors += 1;
    else if (!isGraded(value)) tally.ungraded += 1;
    else if (value.mode === 'page') tally.notArticles += 1;
    else {
      const outlet = outletOf(value.url);
      const month = monthOf(value.date);
      addTo(groups, outlet, month, value);
      addTo(groups, outlet, ALL, value);
      addTo(groups, ALL, ALL, value);
    }
  }
  const rows = [...groups.values()].sort(byOutletThenMonth).map(toRow);
  return { rows, ...tally };
}

export function formatSummary(rows: readonly SummaryRow[], format: SummaryFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const columns = Object.keys(emptyRow()) as (keyof SummaryRow)[];
  return [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))].join('\n');
}

function addTo(groups: Map<string, Group>, outlet: string, month: string, line: GradedLine): void {
  const key = JSON.stringify([outlet, month]);
  let group = groups.get(key);
  if (!group) {
    group = { outlet, month, articles: 0, withAnonymousSource: 0, withUnverifiedFigure: 0, scoreSum: 0, grades: { strong: 0, mixed: 0, weak: 0 } };
    groups.set(key, group);
  }
  group.articles += 1;
  if ((line.counts?.['anonymous-source'] ?? 0) > 0) group.withAnonymousSource += 1;
  if ((line.counts?.['unverified-figure'] ?? 0) > 0) group.withUnverifiedFigure += 1;
  group.scoreSum += line.score;
  group.grades[line.grade] += 1;
}

function toRow(group: Group): SummaryRow {
  const share = (count: number) => round(count / group.articles, 3);
  return {
    outlet: group.outlet,
    month: group.month,
    articles: group.articles,
    anonymousSourceShare: share(group.withAnonymousSource),
    unverifiedFigureShare: share(group.withUnverifiedFigure),
    meanScore: round(group.scoreSum / group.articles, 1),
    ...group.grades,
  };
}

function emptyRow(): SummaryRow {
  return { outlet: '', month: '', articles: 0, anonymousSourceShare: 0, unverifiedFigureShare: 0, meanScore: 0, strong: 0, mixed: 0, weak: 0 };
}

/** Outlets in order, each one's months in order with its total after them, and the grand total last. */
function byOutletThenMonth(a: Group, b: Group): number {
  return compareWithAllLast(a.outlet, b.outlet) || compareWithAllLast(a.month, b.month);
}

function compareWithAllLast(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ALL) return 1;
  if (b === ALL) return -1;
  return a < b ? -1 : 1;
}

function outletOf(url: unknown): string {
  if (typeof url !== 'string') return UNKNOWN;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

function monthOf(date: unknown): string {
  if (typeof date !== 'string') return UNKNOWN;
  const isoMonth = /^\d{4}-\d{2}/.exec(date.trim());
  if (isoMonth) return isoMonth[0];
  const time = Date.parse(date);
  return Number.isNaN(time) ? UNKNOWN : new Date(time).toISOString().slice(0, 7);
}

function isGraded(value: object): value is GradedLine {
  const { score, grade } = value as { score?: unknown; grade?: unknown };
  return typeof score === 'number' && GRADES.includes(grade as GivenGrade);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
