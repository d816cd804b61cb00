/** A page needs a signed-in user: the filter sends the visitor to /inloggen and back to `returnTo` afterwards. */
export class SignInRequiredError extends Error {
  override name = 'SignInRequiredError';
  constructor(readonly returnTo: string) {
    super('Sign-in required');
  }
}

/** A form post without this session's token or from another site (ui.md: it answers 403). */
export class CrossSiteRequestError extends Error {
  override name = 'CrossSiteRequestError';
}

/** Signed in, but without a role this page is for. */
export class PageForbiddenError extends Error {
  override name = 'PageForbiddenError';
}

/** Anything the user may not see or that does not exist: the same "niet gevonden" page (ui.md). */
export class PageNotFoundError extends Error {
  override name = 'PageNotFoundError';
}

/** The identity provider's answer did not belong to this browser's sign-in, or did not check out. */
export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
}
