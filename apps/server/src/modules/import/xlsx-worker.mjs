// Entry of the worker thread that reads an XLSX upload (read-table.ts). On Node 20 a worker does
// not inherit the server's tsx registration (docs/decisions/0002), so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker.ts');
