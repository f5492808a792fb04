import type { ContentSecurity, Verdict } from '../runtime/ports';

import { LOCAL_REJECT_IMAGE_MARKER, LOCAL_REJECT_MARKER } from '../../../types/zh-CN/content';

export { LOCAL_REJECT_IMAGE_MARKER, LOCAL_REJECT_MARKER };

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * The local host's content security: deterministic and immediate. Texts are refused only for the
 * marker; images pass at once unless their address holds the image marker, so the demo and the tests
 * show their pictures while a test can still exercise a rejected image.
 */
export function localContentSecurity(): ContentSecurity {
  return {
    async checkText(_openId, text): Promise<Verdict> {
      return text.includes(LOCAL_REJECT_MARKER) ? 'risky' : 'pass';
    },
    async submitImage(_openId, url) {
      return { verdict: url.includes(LOCAL_REJECT_IMAGE_MARKER) || decoded(url).includes(LOCAL_REJECT_IMAGE_MARKER) ? 'risky' : 'pass' };
    },
  };
}
