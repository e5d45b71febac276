import {defineConfig} from 'vitest/config';

/** Checks of the built site (`npm run build` first): `npm run test:build`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
