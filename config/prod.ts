import type { UserConfigExport } from '@tarojs/cli';

// `taro build` without --watch: minified output.
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
