/** The seller subpackage's customer pages. */
export const crmRoutes = {
  customers: '/seller/customers/index',
  customer: (customerId: string) => `/seller/customer/index?customerId=${encodeURIComponent(customerId)}`,
  followUps: '/seller/followups/index',
};
