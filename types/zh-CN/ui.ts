/** Text shown by the app. Keep every visible string here so the wording can be reviewed in one place. */
export const ui = {
  appName: '熟人小店',
} as const;
