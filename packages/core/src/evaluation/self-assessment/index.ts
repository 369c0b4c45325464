export * from './template';
export * from './assessment';
export * from './word-diff';
export * from './rating-chart';
export * from './completeness';
