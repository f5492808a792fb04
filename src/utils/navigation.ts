import Taro from '@tarojs/taro';

/** Back to the previous page when there is one (opened from the app), else to `url` (opened from a link). */
function pageDepth(): number {
  try {
    return Taro.getCurrentPages().length;
  } catch {
    return 0;
  }
}

export function goBackOr(url: string): void {
  if (pageDepth() > 1) {
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url }));
  } else {
    void Taro.redirectTo({ url }).catch(() => undefined);
  }
}

export function openPage(url: string): void {
  void Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }).catch(() => undefined));
}

/** A query parameter from the page's params, decoded once if it arrives encoded; '' when missing. */
export function paramFrom(params: Partial<Record<string, string | undefined>>, key: string): string {
  const raw = (params[key] ?? '').trim();
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
