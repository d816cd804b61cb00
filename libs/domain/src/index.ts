// The pure domain: deciders for each aggregate. Nothing here may import Nest,
// TypeORM, a database client, the clock or a random generator.
export {};
