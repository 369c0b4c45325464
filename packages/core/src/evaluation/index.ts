export * from './lifecycle';
export * from './evidence';
export * from './access';
export * from './evidence-exit-reasons';
export * from './self-assessment/index';
export * from './evidence-items';
