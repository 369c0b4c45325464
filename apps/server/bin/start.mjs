#!/usr/bin/env node
// Runs the TypeScript sources through tsx (docs/decisions/0002-typescript-at-runtime.md).
import { register } from 'tsx/esm/api';

register();
const { startServer } = await import('../src/server.ts');
try {
  await startServer();
} catch (error) {
  console.error(`\nInsikt kunde inte starta: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
