import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../utils/badge';
import { parseTabStatusChanged } from '../utils/messages';

export default defineBackground(() => {
  // Chrome MV3 has `action`, Firefox MV2 `browserAction`: the same API under two names.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message, sender) => {
    const changed = parseTabStatusChanged(message);
    const tabId = sender.tab?.id;
    if (!changed || tabId === undefined) return undefined;
    const badge = badgeFor(changed.status);
    void action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) void action.setBadgeBackgroundColor({ tabId, color: badge.color });
    return undefined;
  });
});
