// Exact restore on saved real news pages, in both browsers. The whole corpus is swept by
// `npm run restore:corpus`; these are the pages shipped with the tests.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, serveFixtures, type BrowserUnderTest, type FixtureServer } from './harness';
import { NO_PAGE_SCRIPTS, openRestoreSession, type RestoreSession } from './restore-check';

const PAGES = readdirSync('tests/fixtures').filter((f) => f.startsWith('corpus-') && f.endsWith('.html'));

describe.each(BROWSERS)('exact restore in %s', (name) => {
  let subject: BrowserUnderTest;
  let server: FixtureServer;
  let session: RestoreSession;

  beforeAll(async () => {
    server = await serveFixtures({ headers: NO_PAGE_SCRIPTS });
    subject = await launch(name);
    session = await openRestoreSession(subject, `${server.origin}/${PAGES[0]}`);
  });
  afterAll(async () => {
    await session?.close();
    await subject?.close();
    await server?.close();
  });

  test.each(PAGES)('%s: highlights appear, and turning them off restores the body byte for byte', async (file) => {
    const result = await session.check(`${server.origin}/${file}`);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('ready');
    expect(result.findings).toBeGreaterThan(0);
    expect(result.marks).toBeGreaterThanOrEqual(result.findings);
    expect(result.restored).toBe(true);
  });
});
