export { RefundForm } from './RefundForm';
export { ResolvePanel, lastReturnAddress } from './ResolvePanel';
export { BuyerReturnStep, SellerAfterSaleSteps } from './ReturnSteps';
export { NoteCode } from './NoteCode';
export { refundableFen, chosenItemsFen, parseYuan, amountProblem, returnStep, owedTransfers, refundLine } from './rules';
