export * from './lifecycle';
export * from './evidence';
export * from './access';
export * from './self-assessment/index';
