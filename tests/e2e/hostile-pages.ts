// Hostile and huge pages, generated in memory for the end-to-end tests (nothing big is committed).
// Every page carries a probe of its own: a timer that records the longest stall of the page's main
// thread, a click counter, and the body as it was before any extension could touch it.

/** The page's own script: runs before the content script, which starts at document_idle. */
const PROBE = `<script>
  window.__ticks = 0; window.__maxGap = 0; window.__clicks = 0;
  let last = performance.now();
  setInterval(() => { const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - last); last = now; window.__ticks++; }, 10);
  addEventListener('click', () => window.__clicks++);
  document.addEventListener('DOMContentLoaded', () => { window.__bodyBefore = document.body.innerHTML; });
</script>`;

export function articlePage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">
<title>${title}</title>${PROBE}${head}</head><body>${body}</body></html>`;
}

const SENTENCES = [
  'According to sources familiar with the talks, the ministry reportedly approved 30 new permits.',
  'John Kirby, a Pentagon spokesman, said the review would continue into next year.',
  'Officials say the plan is believed to cost $5 billion, though no budget has been published.',
  'A senior official, who spoke on condition of anonymity because the talks are private, said two delegations were invited.',
  'The figures, numbering over 21 districts, could not be independently verified.',
];

/** Prose with something of every kind in it; `n` varies it so that paragraphs are not all alike. */
export const paragraph = (n: number) => `${SENTENCES[n % 5]} ${SENTENCES[(n + 2) % 5]} In district ${n}, residents described the change.`;

const article = (paragraphs: string[]) => `<article><h1>The review</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

export interface HostilePage {
  /** Served at `/${name}.html`. */
  name: string;
  title: string;
  html: string;
  /** Pages the hostile page loads in frames. */
  extra?: Record<string, string>;
  /** The page rewrites itself, so its body can never equal a snapshot taken before: check the marks are gone instead. */
  mutates?: boolean;
}

function fiveMegabytes(): HostilePage {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    paragraphs.push(paragraph(i));
    size += paragraphs[i]!.length + 7;
  }
  return { name: 'five-megabytes', title: 'A 5 MB article', html: articlePage('A 5 MB article', article(paragraphs)) };
}

const fiftyThousandParagraphs = (): HostilePage => ({
  name: 'fifty-thousand-paragraphs',
  title: '50,000 paragraphs',
  html: articlePage('50,000 paragraphs', article(Array.from({ length: 50_000 }, (_, i) => `Officials said ${i} people attended, reportedly.`))),
});

// The HTML parser caps nesting (Chromium at 512), so the page nests its article 5,000 deep itself.
const nestedFiveThousandDeep = (): HostilePage => ({
  name: 'nested-5000',
  title: 'Nested 5,000 deep',
  html: articlePage(
    'Nested 5,000 deep',
    `${article(Array.from({ length: 12 }, (_, i) => paragraph(i)))}<script>
      // Out of layout: Chromium's renderer itself hangs laying out 5,000 nested boxes (with or without
      // extensions), so the chain is display:none and the page stays alive for the test.
      const article = document.querySelector('article');
      let parent = document.body.appendChild(document.createElement('div'));
      parent.style.display = 'none';
      for (let i = 0; i < 5000; i++) parent = parent.appendChild(document.createElement('div'));
      parent.appendChild(article);
    </script>`,
  ),
});

const hundredThousandTextNodes = (): HostilePage => ({
  name: 'text-nodes-100000',
  title: '100,000 text nodes',
  html: articlePage(
    '100,000 text nodes',
    article(
      Array.from({ length: 100 }, (_, p) => {
        const words = paragraph(p).split(' ');
        return Array.from({ length: 1000 }, (_, i) => `<span>${words[i % words.length]} </span>`).join('');
      }),
    ),
  ),
});

const frames = (): HostilePage => ({
  name: 'frames',
  title: 'An article with frames',
  html: articlePage('An article with frames', `${article(Array.from({ length: 8 }, (_, i) => paragraph(i)))}<iframe src="/framed-article.html" width="600" height="300"></iframe>`),
  extra: { '/framed-article.html': articlePage('The framed article', article(Array.from({ length: 8 }, (_, i) => paragraph(i + 1)))) },
});

const shadowDom = (): HostilePage => ({
  name: 'shadow-dom',
  title: 'An article with shadow DOM',
  html: articlePage(
    'An article with shadow DOM',
    `${article(Array.from({ length: 8 }, (_, i) => paragraph(i)))}<comment-box></comment-box><script>
      document.querySelector('comment-box').attachShadow({ mode: 'open' }).innerHTML =
        '<p>According to sources, officials reportedly said 40 people agreed.</p>';
    </script>`,
  ),
});

const rightToLeftAndCjk = (): HostilePage => ({
  name: 'rtl-cjk',
  title: 'Right to left and CJK',
  html: articlePage(
    'Right to left and CJK',
    article([
      paragraph(0),
      '<span dir="rtl">قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل، according to sources، وفقا لمصادر مطلعة.</span>',
      '<span dir="rtl">מקורות אמרו כי officials say the deal is reportedly off, לדברי גורמים בכירים.</span>',
      '据知情人士透露，officials said 30 people 参加了会议。消息人士称谈判将继续。',
      '関係者によると、a senior official said 交渉は続く。 John Kirby, a Pentagon spokesman, said 한국 측도 동의했다.',
      `\u202eAccording to sources\u202c the plan \u2066reportedly\u2069 failed. ${paragraph(1)}`,
      paragraph(2),
    ]),
  ),
});

const emojiWithJoiners = (): HostilePage => ({
  name: 'emoji',
  title: 'Emoji with joiners',
  html: articlePage(
    'Emoji with joiners',
    article(
      Array.from({ length: 10 }, (_, i) =>
        `👩‍👩‍👧According to sources👍🏽, officials🏳️‍🌈 said 30 people🇺🇦 attended. 1️⃣ ${paragraph(i).replaceAll(' ', i % 2 ? ' ' : '\u200d')} 𝒜 reportedly 𠀋.`,
      ),
    ),
  ),
});

// Rewrites text inside the article and adds and removes a node every few milliseconds, for ever.
const mutating = (): HostilePage => ({
  name: 'mutating',
  title: 'A page that never stops changing',
  mutates: true,
  html: articlePage(
    'A page that never stops changing',
    `${article([`Live: <span id="live">0</span> readers.`, ...Array.from({ length: 12 }, (_, i) => paragraph(i))])}<script>
      let n = 0;
      const live = document.getElementById('live');
      const article = document.querySelector('article');
      setInterval(() => {
        live.textContent = String(++n);
        const note = document.createElement('p');
        note.textContent = 'Officials said update ' + n;
        article.append(note);
        if (n > 3) article.lastElementChild.previousElementSibling.remove();
      }, 4);
    </script>`,
  ),
});

// Unwraps every mark Sourcelight adds, the moment it appears.
const markRemover = (): HostilePage => ({
  name: 'mark-remover',
  title: 'A page that removes marks',
  html: articlePage(
    'A page that removes marks',
    `${article(Array.from({ length: 12 }, (_, i) => paragraph(i)))}<script>
      window.__unwrapped = 0;
      new MutationObserver(() => {
        for (const mark of document.querySelectorAll('sourcelight-mark')) { mark.replaceWith(...mark.childNodes); window.__unwrapped++; }
      }).observe(document.body, { childList: true, subtree: true });
    </script>`,
  ),
});

// Small pages first: a huge page that stalls its renderer would delay whatever shares the process next.
export const HOSTILE_PAGES: (() => HostilePage)[] = [
  frames,
  shadowDom,
  rightToLeftAndCjk,
  emojiWithJoiners,
  mutating,
  markRemover,
  nestedFiveThousandDeep,
  hundredThousandTextNodes,
  fiftyThousandParagraphs,
  fiveMegabytes,
];

/** Every page and its frames, by path, for `serveFixtures({ pages })`. */
export function servedPages(pages: HostilePage[]): Record<string, string> {
  return Object.assign({}, ...pages.map((p) => ({ [`/${p.name}.html`]: p.html, ...p.extra })));
}
