import type { Customer } from '../../../types/crm';
import { crmApi } from './api';

// Customers seen in the list, so the detail page opens at once (there is no `crm.get`).
const seen = new Map<string, Customer>();

export function rememberCustomers(customers: readonly Customer[]): void {
  for (const c of customers) seen.set(c.id, c);
}

export function cachedCustomer(customerId: string): Customer | null {
  return seen.get(customerId) ?? null;
}

/** Pages through `crm.list` until the customer turns up (opened from a link, not from the list); null when not there. */
export async function findCustomer(customerId: string, maxPages: number = 50): Promise<Customer | null> {
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await crmApi.list({ ...(cursor ? { cursor } : {}) });
    rememberCustomers(page.customers);
    const found = page.customers.find((c) => c.id === customerId);
    if (found) return found;
    if (!page.nextCursor) return null;
    cursor = page.nextCursor;
  }
  return null;
}
