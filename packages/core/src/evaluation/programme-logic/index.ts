export * from './content';
export * from './fulfilment';
export * from './template';
export * from './format';
