// The popup's report of one scanned article, as Markdown for the clipboard and as JSON to keep.
import { verdictFor } from '../../components/GradeSummary';
import { FINDING_KINDS } from '../../utils/engine/types';
import { gradeLabel, kindPlural, t } from '../../utils/i18n';
import type { TabStatus } from '../../utils/messages';

type ReadyStatus = Extract<TabStatus, { status: 'ready' }>;

const pointsOf = (status: ReadyStatus) => new Map(status.summary.contributions.map((c) => [c.index, Math.round(c.points * 10) / 10]));

export function reportMarkdown(status: ReadyStatus): string {
  const points = pointsOf(status);
  const lines = [`# ${status.title || t('reportUntitled')}`, ''];
  if (status.url) lines.push(`<${status.url}>`, '');
  const { grade, score } = status.summary;
  const scored = grade === 'ungraded' ? '' : ` · ${score}/100`;
  lines.push(`**${gradeLabel(grade)}**${scored} · ${t('gradeCaption')}`, '', verdictFor(status.summary.counts));
  for (const kind of FINDING_KINDS) {
    const found = status.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.kind === kind);
    if (found.length === 0) continue;
    lines.push('', `## ${kindPlural(kind)} (${found.length})`, '');
    for (const { finding, index } of found) {
      const score = points.get(index) ?? 0;
      lines.push(`- “${finding.text}” (${score > 0 ? '+' : ''}${score}): ${finding.reason}`);
    }
  }
  lines.push('', `_${t('reportFooter')}_`);
  return lines.join('\n') + '\n';
}

export function reportJson(status: ReadyStatus): string {
  const points = pointsOf(status);
  const report = {
    title: status.title,
    url: status.url,
    grade: status.summary.grade,
    // Nothing to grade has no score: the base it would start from is not one.
    score: status.summary.grade === 'ungraded' ? null : status.summary.score,
    counts: status.summary.counts,
    findings: status.findings.map((finding, index) => ({
      kind: finding.kind,
      text: finding.text,
      reason: finding.reason,
      points: points.get(index) ?? 0,
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

/** Letters of the title kept in a file name, at most: long enough to tell reports apart, short enough to read. */
const SLUG_LENGTH = 48;

/** "sourcelight-biden-administration-reviews-expansion.json": the title's first words, none cut in half. */
export function reportFileName(status: ReadyStatus): string {
  const words = status.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > SLUG_LENGTH) {
      // A first word too long on its own is cut: a name of some sort beats none.
      if (!slug) slug = word.slice(0, SLUG_LENGTH);
      break;
    }
    slug = longer;
  }
  return `sourcelight-${slug || 'report'}.json`;
}
