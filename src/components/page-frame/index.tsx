import { useRef, type ReactNode } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ApiError } from '../../api';
import type { Resource } from '../../hooks/use-resource';
import { ErrorState, LoadingState } from '../state-views';

interface PageFrameProps<T> {
  /** The page's root class. */
  className: string;
  /** The root class once the data is here, when it depends on it (the order page's side). */
  readyClassName?: (data: T) => string;
  state: Resource<T>;
  /** Asks again with the data on screen: pull-to-refresh, and back on the page when `refreshOnShow`. */
  refresh?: () => Promise<void>;
  /** Back on the page: 'whenReady' refreshes data on screen; 'afterFirst' asks on every show but the first (the initial load). */
  refreshOnShow?: 'whenReady' | 'afterFirst';
  /** Retry after an error; with no `error`, the default error state offers it. */
  reload?: () => void;
  /** Shown above every state (a page's status tabs). */
  top?: ReactNode;
  /** While loading (a skeleton of the page's shape); the spinner by default. */
  loading?: ReactNode;
  /** The error state, when the page says more than the message and a retry (a way on when it is gone). */
  error?: (error: ApiError) => ReactNode;
  /** Shown under every state (the friend bar), given the data once it is here. */
  bottom?: (data: T | null) => ReactNode;
  children: (data: T, refreshError: ApiError | null) => ReactNode;
}

/**
 * A page that shows one backend answer: loading, the error, or the data, with pull-to-refresh and a
 * quiet refresh when the page shows again. Pages pass their own skeleton and bars (features stay
 * out of src/components). Taro's page hooks work in a page's child: they find the page through
 * React context (https://docs.taro.zone/en/docs/react-page/, plugin-framework-react's createTaroHook).
 * Pull-down needs `enablePullDownRefresh` in the page config; stopPullDownRefresh ends the animation
 * (https://developers.weixin.qq.com/miniprogram/dev/api/ui/pull-down-refresh/wx.stopPullDownRefresh.html).
 */
export function PageFrame<T>({ className, readyClassName, state, refresh, refreshOnShow, reload, top, loading, error, bottom, children }: PageFrameProps<T>) {
  const shown = useRef(false);
  useDidShow(() => {
    const again = shown.current;
    shown.current = true;
    if (!refresh) return;
    if (refreshOnShow === 'whenReady' ? state.status === 'ready' : refreshOnShow === 'afterFirst' && again) void refresh();
  });
  usePullDownRefresh(() => {
    if (refresh) void refresh().finally(() => Taro.stopPullDownRefresh());
    else void Taro.stopPullDownRefresh();
  });

  const data = state.status === 'ready' ? state.data : null;
  const root = state.status === 'ready' && readyClassName ? readyClassName(state.data) : className;
  return (
    <View className={root}>
      {top}
      {state.status === 'loading' ? (loading ?? <LoadingState />) : null}
      {state.status === 'error' ? (error ? error(state.error) : <ErrorState message={state.error.message} onRetry={reload} />) : null}
      {state.status === 'ready' ? children(state.data, state.refreshError) : null}
      {bottom ? bottom(data) : null}
    </View>
  );
}
