export * from './model';
export * from './answers';
