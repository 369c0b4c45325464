export * from './indicators';
export * from './aggregate';
export * from './cells';
export * from './format';
export * from './suppression';
export * from './gender-equality';
export * from './before-after';
export * from './charts';
