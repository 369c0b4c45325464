export * from './model';
export * from './flow';
export * from './deadline';
export * from './text-check';
export * from './statistics';
export * from './charts';
