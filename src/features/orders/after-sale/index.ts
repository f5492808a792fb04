export { RefundForm } from './refund-form';
export { ResolvePanel, lastReturnAddress } from './resolve-panel';
export { BuyerReturnStep, SellerAfterSaleSteps } from './return-steps';
export { NoteCode } from './note-code';
export { refundableFen, chosenItemsFen, parseYuan, amountProblem, returnStep, owedTransfers, refundLine } from './rules';
