export * from './errors';
export * from './activities';
export * from './recurrence';
export * from './actualisations';
export * from './national-figures';
