export * from './roles';
export * from './password-policy';
export * from './organisation';
export * from './schemas';
export * from './permissions';
export * from './participation';
export * from './outcome/index';
