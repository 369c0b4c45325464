export * from './window';
export * from './record';
export * from './report';
export * from './persistence';
