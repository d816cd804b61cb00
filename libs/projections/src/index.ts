// Projector runtime, read-model entities and the bitemporal queries (issue 4).
export {};
