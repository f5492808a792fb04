import { useCallback } from 'react';
import type { DropView } from '../../../types/drop';
import { dropUi } from '../../../types/zh-CN/drop-ui';
import { ApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { dropApi } from './api';

function missingDropIdError(): ApiError {
  return new ApiError('BAD_INPUT', dropUi.missingDropId, { fields: { dropId: dropUi.missingDropId } });
}

/** The drop page's data (`drop.get`, public: no identity needed); `reload()` retries, `refresh()` re-reads quietly. */
export function useDrop(dropId: string) {
  const load = useCallback(() => {
    if (!dropId) throw missingDropIdError();
    return dropApi.get(dropId) as Promise<DropView>;
  }, [dropId]);
  return useResource(load, dropId ? {} : { initial: { status: 'error', error: missingDropIdError() } });
}
