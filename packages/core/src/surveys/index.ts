export * from './model';
export * from './answers';
export * from './progress';
export * from './inputs';
export * from './templates/index';
