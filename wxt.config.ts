import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export const GECKO_ID = 'sourcelight@sourcelight.dev';

// One source, both browsers: WXT builds Chrome MV3 and Firefox MV2 from this config.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a module's imports show what it depends on.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'See how well a news article backs up what it says: anonymous sources, vague attribution, hedges and unsourced figures, highlighted in place.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Sourcelight' },
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
