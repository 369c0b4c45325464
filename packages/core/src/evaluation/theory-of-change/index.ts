export * from './schema';
export * from './plan';
export * from './staffing';
export * from './seed-001';
export * from './content';
