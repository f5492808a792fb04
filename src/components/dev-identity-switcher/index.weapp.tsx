/**
 * The mini program knows its caller from WeChat, so there is no identity to switch (the H5 switcher is ./index.tsx):
 * this stub keeps the switcher's code and styles out of the main package, under the launch page.
 */
export function DevIdentitySwitcher(): null {
  return null;
}
