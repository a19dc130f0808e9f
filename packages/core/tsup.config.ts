import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'reference/index': 'src/reference/index.ts',
    'sample/index': 'src/sample/index.ts',
    'search/index': 'src/search/index.ts',
    'synthetic/index': 'src/synthetic/index.ts',
    'contract/openapi': 'src/contract/openapi.ts',
    'matching/index': 'src/matching/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
