export * from './lifecycle';
export * from './evidence';
export * from './access';
export * from './programme-logic/index';
export * from './effectiveness/index';
export * from './revisions';
