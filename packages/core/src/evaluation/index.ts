export * from './lifecycle';
export * from './evidence';
export * from './access';
export * from './implementation/index';
export * from './theory-of-change/index';
export * from './self-assessment/index';
