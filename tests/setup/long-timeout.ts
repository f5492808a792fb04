// Integration and e2e tests open a database (PGlite's cold start takes a couple of seconds) or a browser.
jest.setTimeout(120_000);
