export * from './registry';
export * from './rows-format';
export * from './rows-write';
export * from './rows-read';
