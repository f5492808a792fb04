import type { UserConfigExport } from '@tarojs/cli';

// `taro build --watch` (npm run dev:weapp / dev:h5): readable output, build stats in the log.
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  // `npm run dev:h5` serves the app itself with live reload; the backend is the local host
  // (`npm run host`, PORT 8787 by default), reached through this proxy so cookies stay same-origin.
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: 10086,
      proxy: Object.fromEntries(
        ['/api', '/uploads', '/demo', '/s/'].map((path) => [path, { target: `http://127.0.0.1:${process.env.PORT ?? 8787}`, changeOrigin: false }]),
      ),
    },
  },
} satisfies UserConfigExport<'webpack5'>;
