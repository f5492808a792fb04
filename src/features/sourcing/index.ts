export { sourcingApi } from './api';
export { shortPrice, startingPriceFen, validateCarry, carriedSupplyIds, type Band, type CarryErrors } from './band';
export { useSupplyList } from './use-supply-list';
export { useCarry } from './use-carry';
export { useCarriedIds } from './use-carried-ids';
export { useSellerStatement, type SellerStatement } from './use-statement';
export { StatementSection } from './components/statement-section';
