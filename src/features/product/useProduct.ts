import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProductWithReviews } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError, toApiError } from '../../api';
import { fetchProduct } from './api';

export type ProductState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; product: ProductWithReviews };

function missingProductIdError(): ApiError {
  return new ApiError('BAD_INPUT', ui.product.missingProductId, { fields: { productId: ui.product.missingProductId } });
}

/** The public product page's data; `reload()` retries. Answers to superseded requests are dropped. */
export function useProduct(productId: string) {
  const [state, setState] = useState<ProductState>(() =>
    productId ? { status: 'loading' } : { status: 'error', error: missingProductIdError() },
  );
  const latest = useRef(0);

  const reload = useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    if (!productId) {
      setState({ status: 'error', error: missingProductIdError() });
      return;
    }
    setState({ status: 'loading' });
    try {
      const product = await fetchProduct(productId);
      if (request === latest.current) setState({ status: 'ready', product });
    } catch (err) {
      if (request === latest.current) setState({ status: 'error', error: toApiError(err) });
    }
  }, [productId]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  return { state, reload };
}
