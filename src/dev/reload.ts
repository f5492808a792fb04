/** Reloads the H5 page (after the dev identity changed, every request must be asked again). */
export function reloadPage(): void {
  if (typeof window !== 'undefined') window.location.reload();
}
