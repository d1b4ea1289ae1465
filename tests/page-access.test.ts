import { expect, test } from 'vitest';
import { unansweredState } from '../utils/page-access';

test.each([
  ['https://www.example.com/news/story', 'unreachable'],
  ['http://127.0.0.1:8080/article.html', 'unreachable'],
  [null, 'unreachable'],
  ['https://example.com/report.pdf', 'unsupported'],
  ['https://example.com/report.PDF?download=1', 'unsupported'],
  ['https://chromewebstore.google.com/detail/abc', 'unsupported'],
  ['https://chrome.google.com/webstore/detail/abc', 'unsupported'],
  ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'unsupported'],
  ['chrome://extensions/', 'unsupported'],
  ['about:blank', 'unsupported'],
  ['file:///home/reader/story.html', 'unsupported'],
  ['https://example.com/pdf-guide.html', 'unreachable'],
] as const)('%s → %s', (url, state) => {
  expect(unansweredState(url)).toBe(state);
});
