// Taro's preset for the app builds; a plain Node/TypeScript preset under jest (which sets NODE_ENV=test),
// so that tests of the cloud code are not compiled for old mini program runtimes.
//
// The WeChat build is compiled for the JavaScript engines of the lowest base library the app supports,
// `libVersion` in project.config.json. WeChat's own table (the miniprogram-compat package, which the doc
// "JavaScript 支持情况" points to: https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html)
// maps a base library to the oldest iOS and Chrome that can run it; that list is babel's target.
// Dependencies go through preset-env with the same target: npm packages ship whatever syntax they like
// (zod 4: `?.` and `??`, ES2020, which iOS 13.0's JavaScriptCore cannot parse), and WeChat's own
// "ES6 转 ES5" is off (project.config.json `es6: false`). scripts/wechat-syntax.ts checks the result.
const path = require('node:path');
const fs = require('node:fs');

/** The browserslist of the base library in project.config.json (e.g. 2.32.3 → ['ios 13', 'chrome 86']). */
function weappTargets() {
  const { getBrowsersList } = require('miniprogram-compat');
  const project = JSON.parse(fs.readFileSync(path.join(__dirname, 'project.config.json'), 'utf8'));
  const targets = getBrowsersList(String(project.libVersion));
  if (!targets) throw new Error(`project.config.json: no JavaScript engine data for libVersion ${project.libVersion}`);
  return targets;
}

/** Code from node_modules, except Taro's own packages (Taro's webpack rule always compiles those with its preset). */
const DEPENDENCY = /[\\/]node_modules[\\/](?!@tarojs[\\/]|babel-preset-taro[\\/])/;
/** Already-compiled runtime helpers that must not be compiled again (they would import themselves). */
const RUNTIME = /[\\/]node_modules[\\/](core-js|core-js-pure|@babel[\\/]runtime|regenerator-runtime)[\\/]/;

module.exports = (api) => {
  const isTest = api.env('test');
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-typescript', { allowDeclareFields: true }],
        ['@babel/preset-react', { runtime: 'automatic' }],
      ],
    };
  }
  api.cache.using(() => process.env.TARO_ENV);
  const weapp = process.env.TARO_ENV === 'weapp';
  const targets = weapp ? weappTargets() : undefined;
  const taro = ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(targets ? { targets } : {}) }];
  if (!weapp) return { presets: [taro] };
  return {
    overrides: [
      { exclude: DEPENDENCY, presets: [taro] },
      {
        // The way create-react-app compiles dependencies: syntax only, helpers inlined, CommonJS kept as it is
        // (no transform-runtime imports injected into a `module.exports` file).
        test: DEPENDENCY,
        exclude: RUNTIME,
        sourceType: 'unambiguous',
        presets: [['@babel/preset-env', { targets, modules: false, bugfixes: true }]],
      },
    ],
  };
};
