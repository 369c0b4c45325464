export * from './lifecycle';
export * from './evidence';
export * from './access';
