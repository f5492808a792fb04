import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { getBrowsersList } from 'miniprogram-compat';
import type { IH5Config, IMiniAppConfig } from '@tarojs/taro/types/compile';
import devConfig from './dev';
import prodConfig from './prod';

// Hand-written Taro configuration (see ../../shared/TOOLCHAIN.md): React + webpack 5,
// dist/weapp for the mini program and dist/h5 for the browser build.
// The contract's types, schemas and zh-CN text live in ../types, outside sourceRoot:
// Taro compiles only src/ unless told otherwise. The pure posting policy (no zod, no database) is
// shared too: the seller's time picker greys out forbidden slots with the backend's own rules.
const SHARED = [path.resolve(__dirname, '..', 'types'), path.resolve(__dirname, '..', 'cloud', 'core', 'posting')];
/**
 * The WeChat build also compiles every dependency (babel.config.js gives them preset-env only, for the
 * engines of project.config.json's libVersion): zod ships `?.` and `??`, which the oldest supported iOS (13.0)
 * cannot parse, and any dependency may. Taro compiles only src/ and its own packages unless told.
 * Compiled runtime helpers are left alone. scripts/wechat-syntax.ts proves the result.
 */
const DEPENDENCIES = (file: string): boolean =>
  /[\\/]node_modules[\\/]/.test(file) && !/[\\/]node_modules[\\/](core-js|core-js-pure|@babel[\\/]runtime|regenerator-runtime)[\\/]/.test(file);

/**
 * scripts/size-report.ts builds with TARO_SIZE_REPORT=<file>: the build then also writes source maps (hidden: no
 * sourceMappingURL line, so the .js files keep the bytes WeChat counts; .map files are not uploaded) and webpack's
 * stats (which chunk holds which module, and who imports it) to <file>. Off in every other build.
 */
const SIZE_REPORT = process.env.TARO_SIZE_REPORT;

/**
 * The oldest engines of project.config.json's libVersion (2.32.3 → ['ios 13', 'chrome 86']), WeChat's own table
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html). Null where there is no
 * project.config.json: bench/weapp-size.ts's floor app copies this config alone.
 */
const WEAPP_ENGINES: string[] | null = (() => {
  const file = path.resolve(__dirname, '..', 'project.config.json');
  if (!fs.existsSync(file)) return null;
  const { libVersion } = JSON.parse(fs.readFileSync(file, 'utf8')) as { libVersion?: unknown };
  const engines = getBrowsersList(String(libVersion));
  if (!engines) throw new Error(`project.config.json: no engine data for libVersion ${String(libVersion)}`);
  return engines;
})();
const sizeReport: IMiniAppConfig<'webpack5'> = SIZE_REPORT ? { enableSourceMap: true, sourceMapType: 'hidden-source-map' } : {};

/**
 * src/features/<name>/index.ts only re-export (a feature's public face, the lint zones' rule), so they are marked free
 * of side effects: webpack then links an import through a barrel to the one module that holds the name, and the
 * barrel's other modules stay out. Without it a friend's page importing `bandToFix` from features/catalog pulled in
 * the seller's product form and with it zod (~94 KB) into the main package's vendors.js
 * (https://webpack.js.org/guides/tree-shaking/#mark-the-file-as-side-effect-free, rule.sideEffects).
 */
function miniWebpackChain(chain: Parameters<NonNullable<IMiniAppConfig<'webpack5'>['webpackChain']>>[0]): void {
  chain.module.rule('featureBarrels').test(/[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/).set('sideEffects', false);
  // Taro's terser for the mini program keeps ascii_only (@tarojs/webpack5-runner MiniBaseConfig), which writes every
  // Chinese character of the zh-CN texts as \uXXXX (6 bytes instead of UTF-8's 3): ~27 KB of the main package. The files
  // are UTF-8 and WeChat's own compiler keeps the characters (scripts/wechat-compile.ts compiles the build with it).
  // Set here rather than as `mini.terser` (which Taro reads but its config type does not declare); only production
  // builds have the minimizer.
  const minimizers = (chain.optimization as { minimizers?: { has(name: string): boolean } }).minimizers;
  if (minimizers?.has('terserPlugin')) chain.optimization.minimizer('terserPlugin').tap(utf8Output);
  if (SIZE_REPORT) chain.plugin('sizeReportStats').use(SizeReportStats, [SIZE_REPORT]);
}

interface TerserPluginOptions {
  terserOptions?: { output?: Record<string, unknown> };
}
function utf8Output(args: unknown[]): unknown[] {
  const [options, ...rest] = args as [TerserPluginOptions, ...unknown[]];
  return [{ ...options, terserOptions: { ...options.terserOptions, output: { ...options.terserOptions?.output, ascii_only: false } } }, ...rest];
}

const H5_COMPONENTS = path.resolve(__dirname, 'h5-components', 'index.js');
type H5Chain = Parameters<NonNullable<IH5Config<'webpack5'>['webpackChain']>>[0];

/**
 * The H5 build: the same side-effect-free feature barrels as the weapp build (the shop page imports a barrel's one
 * hook and should not carry its siblings), and a split of the page chunks. Taro splits only the entry's modules
 * (splitChunks.chunks 'initial'), so every async page chunk carried its own copy of the Taro components and
 * whatever else pages share: modules two or more pages use now go to shared async chunks (grouped by the pages
 * that use them, so a page loads only what it uses), which the browser caches from one page to the next. At most
 * three requests per page (its own chunk and two shared ones): a shop link opened cold fetches them beside the
 * entry's scripts, and a browser opens six connections per host over HTTP/1.1.
 * https://webpack.js.org/plugins/split-chunks-plugin/#splitchunkscachegroups
 */
function h5WebpackChain(chain: H5Chain): void {
  // One module per Taro component (h5-components/index.js says why); after Taro's own alias, which this replaces.
  chain.resolve.alias.set('@tarojs/components$', H5_COMPONENTS);
  chain.module.rule('h5Components').test(H5_COMPONENTS).set('sideEffects', false);
  chain.module.rule('featureBarrels').test(/[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/).set('sideEffects', false);
  const split = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false | undefined;
  if (split) {
    chain.optimization.splitChunks({
      ...split,
      cacheGroups: { ...split.cacheGroups, pagesShared: { chunks: 'async', minChunks: 2, minSize: 20_000, maxAsyncRequests: 3, priority: 0, reuseExistingChunk: true } },
    });
  }
  if (SIZE_REPORT) chain.plugin('sizeReportStats').use(SizeReportStats, [SIZE_REPORT]);
}

interface StatsCompiler {
  hooks: { done: { tap(name: string, fn: (stats: { toJson(options: object): unknown }) => void): void } };
}

interface StatsModule {
  name: string;
  size: number;
  chunks: (string | number)[];
  reasons?: { moduleName?: string | null }[];
  modules?: StatsModule[];
}
interface StatsJson {
  chunks: { id: string | number; names: string[]; files: string[] }[];
  modules: StatsModule[];
}

class SizeReportStats {
  constructor(private readonly file: string) {}
  apply(compiler: StatsCompiler): void {
    compiler.hooks.done.tap('SizeReportStats', (stats) => {
      const json = stats.toJson({ all: false, ids: true, chunks: true, modules: true, modulesSpace: Infinity, nestedModules: true, nestedModulesSpace: Infinity, reasons: true, reasonsSpace: Infinity }) as StatsJson;
      // Only what the report reads: each chunk's names and files, each module's chunks and importers.
      const modules = json.modules.flatMap((m) => (m.modules ?? [m]).map((inner) => ({ name: inner.name, size: inner.size, chunks: m.chunks, issuers: [...new Set((inner.reasons ?? []).map((r) => r.moduleName).filter((n): n is string => typeof n === 'string'))] })));
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify({ chunks: json.chunks.map((c) => ({ id: c.id, names: c.names, files: c.files })), modules }));
    });
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'shuren',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // TARO_OUTPUT lets several people build the H5 app side by side without overwriting one another's dist/h5.
    outputRoot: process.env.TARO_OUTPUT || `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // The subscription template ids (JSON: template name → id, the same WX_TEMPLATES the cloud functions
    // read; names in types/messages-templates.ts), fixed into the build: the app asks for exactly these.
    defineConstants: { 'process.env.WX_TEMPLATES': JSON.stringify(process.env.WX_TEMPLATES ?? '') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [...SHARED, DEPENDENCIES] },
      // lazyCodeLoading ("requiredComponents", 按需注入) stays off, on evidence: Taro issue #10885 (open) reports a white
      // screen — "Path `../../base.wxml` not found", "Template `taro_tmpl` not found" — for a plain Taro React app
      // with it on, from base library 2.20.x; the same error was reproduced in 2023 (msojocs/wechat-web-devtools-linux#77),
      // and Taro #14539 / #17766 (2023, 2025, still open) report white screens with it in subpackages. Our pages are
      // built the same way (each page.wxml imports base.wxml and renders `taro_tmpl`), and what it would save is small:
      // every Taro page uses the same one custom component (comp). The miniprogram-ci quality check therefore reports
      // LAZYCODE_LOADING_OPEN as not met; scripts/wechat-compile.ts prints it as a deliberate exception.
      // https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
      // Modules only the seller subpackage imports (zod, the forms, uploads) go to seller/sub-vendors
      // instead of the main package (Taro's default, spelled out because the main package budget relies on it).
      optimizeMainPackage: { enable: true },
      ...sizeReport,
      webpackChain: miniWebpackChain,
      // Class names are BEM and never rely on stylesheet order; pages import shared styles in different orders.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        // Prefixes for the engines of the lowest base library only (miniprogram-compat, as babel.config.js): the
        // package.json browserslist (iOS 8, Android 4.1) doubled every flex rule with -webkit-/-ms- forms that no
        // supported WeChat needs, about a sixth of the main package's stylesheets.
        autoprefixer: { enable: true, config: WEAPP_ENGINES ? { overrideBrowserslist: WEAPP_ENGINES } : {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      compile: { include: SHARED },
      staticDirectory: 'static',
      webpackChain: h5WebpackChain,
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
