// What controllers need to validate requests the contract's way.
export * from './date-time.validators';
export * from './free-text.validators';
export * from './identifier.validators';
export * from './temporal-query.dto';
export * from './whole-number.validators';
