export * from './cell-key';
export * from './calendar-period';
