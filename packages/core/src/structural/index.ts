export * from './errors';
export * from './activities';
export * from './activity-input';
export * from './activity-report';
export * from './recurrence';
export * from './actualisations';
export * from './national-figures';
export * from './activity-chart';
