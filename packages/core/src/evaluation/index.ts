export * from './lifecycle';
export * from './evidence';
export * from './access';
export * from './theory-of-change/index';
