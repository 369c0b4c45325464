export * from './indicators';
export * from './aggregate';
export * from './cells';
export * from './format';
export * from './suppression';
export * from './gender-equality';
