/**
 * The projections the service runs (`registerProjections()` from
 * @register/projections and the log's LogTreeProjection); tests override it
 * with projections of their own.
 */
export const PROJECTIONS = Symbol('Projections');
