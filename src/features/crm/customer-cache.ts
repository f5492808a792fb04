import { isApiError } from '../../api';
import type { Customer } from '../../../types/crm';
import { crmApi } from './api';

// Customers seen in the list, so the detail page opens at once without another request.
const seen = new Map<string, Customer>();

export function rememberCustomers(customers: readonly Customer[]): void {
  for (const c of customers) seen.set(c.id, c);
}

export function cachedCustomer(customerId: string): Customer | null {
  return seen.get(customerId) ?? null;
}

/** One customer by id (`crm.get`, for a detail page opened from a link); null when not found. */
export async function findCustomer(customerId: string): Promise<Customer | null> {
  try {
    const customer = await crmApi.get(customerId);
    rememberCustomers([customer]);
    return customer;
  } catch (err) {
    if (isApiError(err) && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}
