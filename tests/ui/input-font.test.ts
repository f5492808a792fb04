import { execFileSync } from 'child_process';
import { join } from 'path';

// Taro's H5 input (.weui-input) inherits size and colour but not the family: without the app's rule, what a
// friend types showed in the browser's default font beside the page's. Read from the compiled stylesheet,
// in a real document: the input's family is whatever the page's is.
describe('text typed into an input (H5)', () => {
  it('is in the app’s font', () => {
    const root = join(__dirname, '../../src');
    // sass's own CLI, in node: its JS API cannot read files under jest's jsdom environment
    const css = execFileSync(process.execPath, [join(__dirname, '../../node_modules/sass/sass.js'), '--no-source-map', `--load-path=${root}`, join(root, 'app.scss')], { encoding: 'utf8' });
    document.head.innerHTML = `<style>${css}</style>`;
    document.body.innerHTML = '<taro-input-core class="form__input"><input class="weui-input" /></taro-input-core>';
    const input = document.querySelector('.weui-input') as HTMLElement;
    expect(getComputedStyle(document.body).fontFamily).toMatch(/PingFang SC/);
    // jsdom leaves the keyword unresolved; a browser draws it in the page's family
    expect(['inherit', getComputedStyle(document.body).fontFamily]).toContain(getComputedStyle(input).fontFamily);
  });
});
