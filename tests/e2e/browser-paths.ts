// Where the end-to-end tests and the bench find the browsers they drive: Debian's chromium and
// firefox-esr by default, or the binaries named by SOURCELIGHT_CHROMIUM and SOURCELIGHT_FIREFOX.

/** The binary itself: the /usr/bin/chromium wrapper adds flags and noise. */
export const CHROMIUM_PATH = process.env.SOURCELIGHT_CHROMIUM || '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.SOURCELIGHT_FIREFOX || '/usr/bin/firefox-esr';
