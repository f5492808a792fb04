import { functions } from '../../cloud/core/functions';
import { invokeRules } from '../../cloud/core/invoke-rules';
import { authedAction, publicAction } from '../../cloud/core/runtime/action';
import { z } from 'zod';

describe('the cloud function security rules', () => {
  const rules = invokeRules(functions, ['timer', 'payCallback']);

  it('let Moments’ single-page mode (no login) reach the public reads: the shop and the product', () => {
    expect(rules.shop).toEqual({ invoke: true });
    expect(rules.catalog).toEqual({ invoke: true });
  });

  it('let a seller browse supply without a login; supply\'s writes answer UNAUTHENTICATED themselves', () => {
    expect(rules.supply).toEqual({ invoke: true });
    const writes = ['open', 'create', 'update', 'archive'] as const;
    expect(writes.map((a) => functions.supply[a].identity)).toEqual(['required', 'required', 'required', 'required']);
  });

  it('let a friend open a drop shared into a group without a login; its seller actions answer UNAUTHENTICATED themselves', () => {
    expect(rules.drop).toEqual({ invoke: true });
    const owners = ['open', 'list', 'close', 'pickList'] as const;
    expect(owners.map((a) => functions.drop[a].identity)).toEqual(['required', 'required', 'required', 'required']);
  });

  it('need a login for every function without a public action, and close platform-only functions to clients', () => {
    expect(rules['*']).toEqual({ invoke: 'auth != null' });
    for (const name of ['order', 'post', 'crm', 'stats', 'export']) expect(rules[name]).toBeUndefined();
    expect(rules.timer).toEqual({ invoke: false });
    expect(rules.payCallback).toEqual({ invoke: false });
  });

  it('follow the table: a function gains an open rule only with a public action', () => {
    const none = z.object({});
    const table = { a: { x: authedAction(none, async () => 1) }, b: { y: authedAction(none, async () => 1), z: publicAction(none, async () => 2) } };
    expect(invokeRules(table, [])).toEqual({ '*': { invoke: 'auth != null' }, b: { invoke: true } });
  });
});
