// The two lines about suppliers that the main package shows (the launch page's way in, the H5 dev switcher's choice):
// apart from supplier-console.ts so that the launch page does not carry the supplier console's text.

export const supplierEntryUi = {
  entry: '供货商后台',
  /** the dev identity switcher's choice (H5 against a dev host only) */
  devAsSupplier: (id: string) => `以供货商身份（${id}）`,
};
