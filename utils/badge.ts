// The toolbar badge: the grade at a glance, in colour and in a short text, and a title that says it in full.
import type { Grade } from './engine/types';
import { gradeLabel, t, type MessageKey } from './i18n';
import type { TabStatus } from './messages';

const BADGES: Record<Grade, { text: MessageKey; color: string }> = {
  strong: { text: 'badgeStrong', color: '#2b8a3e' },
  mixed: { text: 'badgeMixed', color: '#d9480f' },
  weak: { text: 'badgeWeak', color: '#c92a2a' },
};

export interface Badge {
  /** Empty clears the badge. */
  text: string;
  color?: string;
  title: string;
}

export function badgeFor(status: TabStatus): Badge {
  switch (status.status) {
    case 'ready':
      if (!status.highlightsOn) return { text: '', title: t('badgeTitleHighlightsOff') };
      return {
        text: t(BADGES[status.summary.grade].text),
        color: BADGES[status.summary.grade].color,
        title: t('badgeTitleGrade', gradeLabel(status.summary.grade), status.summary.score),
      };
    case 'site-off':
      return { text: '', title: t('badgeTitleSiteOff', status.site) };
    case 'not-article':
      return { text: '', title: t('badgeTitleNotArticle') };
    default:
      return { text: '', title: t('extName') };
  }
}
