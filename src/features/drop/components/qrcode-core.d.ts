// qrcode's encoder alone: the package's entry (lib/browser.js for the mini program and the browser) also brings its
// canvas and SVG renderers, which a code drawn with views never uses (~4 KB of the main package). The encoder's API is
// the package's own `create` (lib/core/qrcode.js exports it; lib/browser.js re-exports it unchanged).
declare module 'qrcode/lib/core/qrcode' {
  export { create } from 'qrcode';
}
