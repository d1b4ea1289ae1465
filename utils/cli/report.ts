// The human-readable report printed by `sourcelight analyze FILE`.
import { FINDING_KINDS, type AttributionSummary, type Finding } from '../engine/types';
import { GRADE_LABELS, KIND_DESCRIPTIONS } from '../kinds';
import { languageName } from '../language';
import type { InputAnalysis, PageInfo } from './analyze-input';

const LABEL_WIDTH = Math.max(...FINDING_KINDS.map((kind) => KIND_DESCRIPTIONS[kind].plural.length));

export function formatReport(name: string, analysis: InputAnalysis): string {
  const { summary, page, language } = analysis;
  const lines = [`File:    ${name}`];
  if (page?.title) lines.push(`Title:   ${page.title}`);
  if (page) lines.push(`Scanned: ${describeScan(page)}`);
  if (!language.supported) {
    const name = languageName(language.language, 'en');
    lines.push(`Grade:   not graded: the text is in ${name}, and Sourcelight reads English only so far`);
    return lines.join('\n');
  }
  lines.push(`Grade:   ${describeGrade(summary)}`, '', 'Counts');
  for (const kind of FINDING_KINDS) {
    lines.push(`  ${KIND_DESCRIPTIONS[kind].plural.padEnd(LABEL_WIDTH)}  ${summary.counts[kind]}`);
  }
  lines.push('', ...formatFindings(analysis));
  return lines.join('\n');
}

function describeGrade({ grade, score }: AttributionSummary): string {
  return grade === 'ungraded' ? `${GRADE_LABELS[grade]} (no sources and no figures found)` : `${GRADE_LABELS[grade]} (score ${score}/100)`;
}

function describeScan({ mode }: PageInfo): string {
  return mode === 'article' ? 'the article body' : 'the whole page (no article detected; scanned anyway)';
}

function formatFindings({ findings, summary }: InputAnalysis): string[] {
  if (findings.length === 0) return ['No findings.'];
  const pointsByIndex = new Map(summary.contributions.map(({ index, points }) => [index, points]));
  // In reading order, whatever order the engine returned them in; contributions refer to that order.
  const inReadingOrder = findings
    .map((finding, index) => ({ finding, points: pointsByIndex.get(index) ?? 0 }))
    .sort((a, b) => a.finding.start - b.finding.start);
  const numberWidth = String(findings.length).length;
  const indent = ' '.repeat(numberWidth + 4);
  const lines = [`Findings (${findings.length})`];
  inReadingOrder.forEach(({ finding, points }, position) => {
    const number = String(position + 1).padStart(numberWidth);
    const quoted = `"${finding.text.replace(/\s+/g, ' ')}"`;
    lines.push(`  ${number}. ${KIND_DESCRIPTIONS[finding.kind].label} ${quoted} (${formatPoints(points)})`);
    lines.push(`${indent}${finding.reason}`);
    if (finding.kind === 'anonymous-source') lines.push(`${indent}${describeAnonymity(finding)}`);
  });
  return lines;
}

function formatPoints(points: number): string {
  const unit = Math.abs(points) === 1 ? 'point' : 'points';
  return `${points > 0 ? '+' : ''}${points} ${unit}`;
}

function describeAnonymity({ specificity, anonymityReasonGiven }: Finding): string {
  const reason = anonymityReasonGiven ? 'reason for anonymity given' : 'no reason given for anonymity';
  return `specificity: ${specificity ?? 'not rated'}; ${reason}`;
}
