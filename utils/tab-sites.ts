// Which site each tab shows, as the background learns it from the tab's content script. The popup needs
// the host for "off on this site", and without the "tabs" permission the browser only tells it the tab's
// address after a toolbar click (activeTab), not when the popup is opened any other way.
import { storage } from 'wxt/utils/storage';
import { isWebPage } from './page-access';

const key = (tabId: number) => `session:tab-site-${tabId}` as const;

export async function rememberTabSite(tabId: number, pageUrl: string): Promise<void> {
  if (isWebPage(pageUrl)) await storage.setItem(key(tabId), new URL(pageUrl).hostname);
}

export const tabSite = (tabId: number) => storage.getItem<string>(key(tabId));

export const forgetTabSite = (tabId: number) => storage.removeItem(key(tabId));
