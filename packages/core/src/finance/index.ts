export * from './apportion';
export * from './allocation-model';
