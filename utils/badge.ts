// The toolbar badge: the grade at a glance, in colour and in a short text, and a title that says it in full.
import type { Grade } from './engine/types';
import { gradeLabel, t, type MessageKey } from './i18n';
import { languageName } from './language';
import type { TabStatus } from './messages';

/** Grey: neither good nor bad news, only that there is no grade. */
const NOT_GRADED_COLOR = '#5c636a';

const BADGES: Record<Grade, { text: MessageKey; color: string }> = {
  strong: { text: 'badgeStrong', color: '#2b8a3e' },
  mixed: { text: 'badgeMixed', color: '#d9480f' },
  weak: { text: 'badgeWeak', color: '#c92a2a' },
  ungraded: { text: 'badgeUngraded', color: NOT_GRADED_COLOR },
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
      const { grade, score } = status.summary;
      return {
        text: t(BADGES[grade].text),
        color: BADGES[grade].color,
        title: grade === 'ungraded' ? t('badgeTitleUngraded') : t('badgeTitleGrade', gradeLabel(grade), score),
      };
    case 'site-off':
      return { text: '', title: t('badgeTitleSiteOff', status.site) };
    case 'not-article':
      return { text: '', title: t('badgeTitleNotArticle') };
    case 'other-language':
      // The language's code ("FR") says at a glance why there is no grade.
      return {
        text: status.language.slice(0, 3).toUpperCase(),
        color: NOT_GRADED_COLOR,
        title: t('badgeTitleOtherLanguage', languageName(status.language, t('pageLanguage'))),
      };
    default:
      return { text: '', title: t('extName') };
  }
}
