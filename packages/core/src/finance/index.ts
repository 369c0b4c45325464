export * from './apportion';
export * from './allocation-model';
export * from './equity-guideline';
export * from './key-figures';
export * from './contributions';
export * from './cp437';
export * from './sie';
export * from './sie-outcome';
