export * from './codes';
export * from './schema';
export * from './board';
export * from './chart';
