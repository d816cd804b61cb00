// A journey signs in, fills forms and waits for pages of a real browser: longer than jest's default 5 s per test.
jest.setTimeout(30_000);
