export * from './price-list';
export * from './situation';
export * from './flows';
export * from './calculate';
export * from './price-list-rows';
export * from './calculate-input';
export * from './analysis';
export * from './assumptions';
