/** The shop page's address, as shared to chats and used by links inside the app. */
export function shopPagePath(shopId: string): string {
  return `/pages/shop/index?shopId=${encodeURIComponent(shopId)}`;
}

/** `shopId` from the page's query, decoded once if it arrives encoded; '' when missing. */
export function shopIdFromParams(params: Partial<Record<string, string | undefined>>): string {
  const raw = (params.shopId ?? '').trim();
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
