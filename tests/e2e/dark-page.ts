// The seed article as a dark-themed site would serve it: its own dark background, whatever the system's theme.
import { readFileSync } from 'node:fs';

export const DARK_SEED_PATH = '/seed-article-dark.html';

export const darkSeedArticle = () =>
  readFileSync('tests/fixtures/seed-article.html', 'utf8').replace(
    '</style>',
    '  body { background: #121417; color: #e3e6ea; }\n    article a { color: #8ab4f8; }\n  </style>',
  );
