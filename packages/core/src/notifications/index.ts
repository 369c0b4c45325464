export * from './kinds';
export * from './layout';
export * from './delivery';
