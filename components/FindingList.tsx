import type { AttributionSummary, Finding } from '../utils/engine/types';
import { KIND_DESCRIPTIONS } from '../utils/kinds';
import { KindSwatch } from './KindSwatch';

function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Finding by finding, what raised and what lowered the score. */
export function FindingList({ findings, summary }: { findings: Finding[]; summary: AttributionSummary }) {
  const points = new Map(summary.contributions.map((c) => [c.index, c.points]));
  return (
    <details class="findings">
      <summary>Why this score ({findings.length} {findings.length === 1 ? 'finding' : 'findings'})</summary>
      <ol>
        {findings.map((finding, index) => (
          <li key={index} class="finding" title={finding.reason}>
            <KindSwatch kind={finding.kind} />
            <span class="finding-text">
              <q>{finding.text}</q>
              <span class="finding-kind">{KIND_DESCRIPTIONS[finding.kind].label}</span>
            </span>
            <span class={(points.get(index) ?? 0) >= 0 ? 'points up' : 'points down'}>
              {formatPoints(points.get(index) ?? 0)}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
