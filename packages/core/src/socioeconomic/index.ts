export * from './price-list';
export * from './situation';
export * from './flows';
export * from './calculate';
