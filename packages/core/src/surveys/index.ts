export * from './model';
export * from './answers';
export * from './progress';
export * from './inputs';
export * from './results-schema';
export * from './results-filter';
export * from './results';
export * from './results-format';
export {
  COMPOSITE_COMBINATIONS,
  compositeConditionSchema,
  compositeProblems,
  compositeRuleSchema,
  describeComposite,
  type CompositeCondition,
  type CompositeRule,
} from './composite';
export * from './crosstab';
export * from './templates/index';
export * from './composite-input';
export * from './stacked-chart';
export * from './report-labels';
export * from './raw-answers';
export * from './progress';
