export * from './judgement';
export * from './chart';
