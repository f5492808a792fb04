import { useCallback } from 'react';
import type { ProductWithReviews } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError } from '../../api';
import { useResource, type Resource } from '../../hooks/use-resource';
import { fetchProduct } from './api';

export type ProductState = Resource<ProductWithReviews>;

function missingProductIdError(): ApiError {
  return new ApiError('BAD_INPUT', ui.product.missingProductId, { fields: { productId: ui.product.missingProductId } });
}

/** The public product page's data; `reload()` retries. Answers to superseded requests are dropped. */
export function useProduct(productId: string) {
  const load = useCallback(() => {
    if (!productId) throw missingProductIdError();
    return fetchProduct(productId);
  }, [productId]);
  const { state, reload } = useResource(load, productId ? {} : { initial: { status: 'error', error: missingProductIdError() } });
  return { state, reload };
}
