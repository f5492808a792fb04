import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { applyDevIdentityFromUrl } from './dev/identity';
import { useSession } from './stores/session';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // Cloud development: the default environment of the mini program's appid.
  Taro.cloud.init({ traceUser: true });
}

if (process.env.TARO_ENV === 'h5') {
  // `?as=<id>` becomes the dev identity cookie before any page asks the host anything.
  // (A production host ignores that cookie, so this is harmless outside dev mode.)
  applyDevIdentityFromUrl();
  useSession.getState().syncDevIdentity();
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
