// The toolbar badge: the grade at a glance, in colour and in a short text.
import type { Grade } from './engine/types';
import type { TabStatus } from './messages';

const BADGES: Record<Grade, { text: string; color: string }> = {
  strong: { text: 'OK', color: '#2b8a3e' },
  mixed: { text: 'MIX', color: '#e67700' },
  weak: { text: 'WEAK', color: '#c92a2a' },
};

export function badgeFor(status: TabStatus): { text: string; color?: string } {
  if (status.status !== 'ready' || !status.highlightsOn) return { text: '' };
  return BADGES[status.summary.grade];
}
