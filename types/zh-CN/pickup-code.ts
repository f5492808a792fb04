// The pickup code's check digit (types/rules/pickup-code.ts): what the seller reads when a digit is mistyped.

export const pickupCodeText = {
  mistyped: '取货码有误，请核对',
};
