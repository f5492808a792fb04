// `@tarojs/taro` under jest: the same H5 implementation the browser build uses (APIs from the H5
// platform plugin, hooks from the React framework plugin), bound to this React.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as apis from '@tarojs/plugin-platform-h5/dist/runtime/apis';
import * as reactRuntime from '@tarojs/plugin-framework-react/dist/runtime';

export * from '@tarojs/plugin-platform-h5/dist/runtime/apis';
export * from '@tarojs/plugin-framework-react/dist/runtime';

// Without this the hooks throw "React.useContext is not a function".
reactRuntime.createH5NativeComponentConfig(null, React, ReactDOM);

// The H5 build rewrites `Taro.someApi` into named imports (babel-plugin-transform-taroapi);
// here the default export carries every API and hook instead.
const Taro = Object.assign({}, apis.default);
for (const source of [apis, reactRuntime]) {
  for (const key of Object.keys(source)) {
    if (key !== 'default' && !(key in Taro)) Taro[key] = source[key];
  }
}

export default Taro;
