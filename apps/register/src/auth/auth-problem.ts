/** The body of an error answer, api.md's `{"type","title","status","code","detail"}`. */
export interface AuthProblem {
  readonly type: 'about:blank';
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
}

export function authProblem(status: number, title: string, code: string, detail: string): AuthProblem {
  return { type: 'about:blank', title, status, code, detail };
}
