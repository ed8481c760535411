// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-run*/', 'node_modules/', 'results/', '.voe-cache/', 'scratch/', 'native/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The page served by `voe serve`: plain browser modules (and one AudioWorklet), no build step.
    files: ['web/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly', navigator: 'readonly', fetch: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        AudioContext: 'readonly', AudioWorkletNode: 'readonly', AudioWorkletProcessor: 'readonly', registerProcessor: 'readonly',
        // web/local/: the page of `voe export-web`, which runs the predictor itself.
        window: 'readonly', location: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', performance: 'readonly',
        console: 'readonly', OfflineAudioContext: 'readonly',
      },
    },
  },
  {
    // The install-time build script of the native addon: plain Node, run before TypeScript is compiled.
    files: ['native/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
