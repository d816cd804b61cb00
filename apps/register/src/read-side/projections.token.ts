/**
 * The projections the service runs (`registerProjections()` from
 * @register/projections); tests override it with projections of their own.
 */
export const PROJECTIONS = Symbol('Projections');
