import { useCallback } from 'react';
import type { StatementLine } from '../../../types/supply';
import { useResource } from '../../hooks/use-resource';
import { sourcingApi } from './api';

export interface SellerStatement {
  lines: StatementLine[];
  /** whether the shop carries anything: the section is shown only then (or when there are lines to settle) */
  carries: boolean;
}

/**
 * The seller's 货源对账: their line per supplier from `supply.statement`. With no line yet, the catalog says
 * whether the shop carries anything at all (a shop that carries nothing sees no section).
 */
export function useSellerStatement(enabled: boolean) {
  const load = useCallback(async (): Promise<SellerStatement> => {
    const { lines } = await sourcingApi.statement();
    if (lines.length > 0) return { lines, carries: true };
    const catalog = await sourcingApi.myCatalog();
    return { lines, carries: [...catalog.active, ...catalog.archived].some((p) => p.source !== null) };
  }, []);
  return useResource(load, { enabled });
}
