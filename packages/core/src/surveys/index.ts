export * from './model';
export * from './answers';
export * from './inputs';
