export * from './registry';
export * from './template-file';
export * from './wording';
export * from './rows-format';
export * from './rows-write';
export * from './rows-read';
