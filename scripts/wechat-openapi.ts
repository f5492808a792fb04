/**
 * Which open APIs a bundled cloud function can call: every `openapi.<group>.<method>` in its JavaScript, read from
 * the syntax tree rather than the text, so however esbuild prints it — `cloud.openapi.security.msgSecCheck`,
 * `import_wx_server_sdk.openapi["security"].msgSecCheck`, `(0, e.openapi.wxacode.getUnlimited)(…)`, optional chaining,
 * or through a name (`const { openapi } = cloud`, `const sec = cloud.openapi.security`, `const { send } = …subscribeMessage`) —
 * it is found, including in shared modules pulled into the bundle. An access whose group or method is computed at
 * run time cannot be checked and is reported as such.
 * (Open APIs are reached from wx-server-sdk's `openapi` namespace:
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html — "云调用 API 均挂载在 wx-server-sdk 模块的
 * openapi 对象下，各个开放接口类别在 openapi 对象下设二级命名空间对象".)
 */
import { parse, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';

interface AnyNode extends Node {
  [key: string]: unknown;
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** The name a member access reads when it is known before run time (`a.b`, `a["b"]`, a template without `${}`). */
function staticProperty(member: AnyNode): string | null {
  const property = member.property;
  if (!isNode(property)) return null;
  if (!member.computed && property.type === 'Identifier') return String(property.name);
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  if (property.type === 'TemplateLiteral' && Array.isArray(property.expressions) && property.expressions.length === 0 && Array.isArray(property.quasis)) {
    const [quasi] = property.quasis as AnyNode[];
    const value = quasi?.value as { cooked?: string } | undefined;
    return value?.cooked ?? null;
  }
  return null;
}

export interface OpenApiUse {
  /** "group.method" (or a deeper name such as "wxa.sec.order.uploadShippingInfo"), sorted, each once. */
  calls: string[];
  /** Accesses whose group or method is computed at run time, e.g. "openapi[…]" or "openapi.security[…]". */
  dynamic: string[];
}

/**
 * The namespace, or a path under it. Names may nest (`openapi.wxa.sec.order.uploadShippingInfo`: the SDK's openapi
 * is a proxy that joins every property read into the API's name), so a path is an API once nothing more is read
 * from it: called, passed on, or kept in a name that is never read further.
 */
type Ref = { kind: 'namespace' } | { kind: 'path'; path: string[] };

/** Every open API a bundle's code reaches through an `openapi` namespace. */
export function findOpenApiCalls(js: string): OpenApiUse {
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true }) as unknown as AnyNode;
  const calls = new Set<string>();
  const dynamic = new Set<string>();
  // Names bound to the namespace or to a group. Scopes are not told apart: a bundle's names rarely repeat, and a
  // collision can only add a use (the check then fails and names it), never hide one.
  const aliases = new Map<string, Ref>();
  const label = (ref: Ref): string => (ref.kind === 'namespace' ? 'openapi' : `openapi.${ref.path.join('.')}`);
  const under = (ref: Ref, name: string): Ref => ({ kind: 'path', path: ref.kind === 'namespace' ? [name] : [...ref.path, name] });
  /** Names read further (`sec.order…`): their path is a namespace, not an API. */
  const readFurther = new Set<string>();

  /** What an expression is, if it is the namespace or one of its groups. */
  const refOf = (node: unknown): Ref | null => {
    if (!isNode(node)) return null;
    if (node.type === 'ChainExpression') return refOf(node.expression);
    if (node.type === 'Identifier') return aliases.get(String(node.name)) ?? null;
    if (node.type !== 'MemberExpression') return null;
    const name = staticProperty(node);
    if (name === 'openapi') return { kind: 'namespace' };
    const outer = refOf(node.object);
    if (outer && name !== null) return under(outer, name);
    return null;
  };

  /** A name or pattern that receives `ref` (or any value, when ref is null: `{ openapi }` still takes the namespace). */
  const bind = (target: unknown, ref: Ref | null): void => {
    if (!isNode(target)) return;
    if (target.type === 'AssignmentPattern') return bind(target.left, ref);
    if (target.type === 'Identifier') {
      if (ref) aliases.set(String(target.name), ref);
      return;
    }
    if (target.type !== 'ObjectPattern' || !Array.isArray(target.properties)) return;
    for (const prop of target.properties as AnyNode[]) {
      if (prop.type !== 'Property' || !isNode(prop.key)) continue;
      const key = !prop.computed && prop.key.type === 'Identifier' ? String(prop.key.name) : prop.key.type === 'Literal' ? String(prop.key.value) : null;
      if (key === 'openapi') bind(prop.value, { kind: 'namespace' });
      else if (!ref) continue;
      else if (key === null) dynamic.add(`${label(ref)}[…] (destructured)`);
      else bind(prop.value, under(ref, key));
    }
  };

  // Bindings first (a function may use a name bound further down the file), then the uses.
  ancestor(ast, {
    VariableDeclarator(node) {
      const n = node as unknown as AnyNode;
      bind(n.id, refOf(n.init));
    },
    AssignmentExpression(node) {
      const n = node as unknown as AnyNode;
      if (n.operator === '=') bind(n.left, refOf(n.right));
    },
  });

  /**
   * A path that is not read from, nor bound to a name, is used: an API when it is two names or more deep (a wrong
   * guess can only add a use, which the check then names); the namespace or a lone group goes somewhere this check
   * cannot follow.
   */
  const checkEscape = (node: AnyNode, ref: Ref, parents: Node[]): void => {
    let parent = parents[parents.length - 2] as AnyNode | undefined;
    let self: AnyNode = node;
    if (parent?.type === 'ChainExpression') {
      self = parent;
      parent = parents[parents.length - 3] as AnyNode | undefined;
    }
    if (!parent) return;
    const read = parent.type === 'MemberExpression' && parent.object === self;
    const bound = (parent.type === 'VariableDeclarator' && parent.init === self) || (parent.type === 'AssignmentExpression' && parent.right === self);
    if (read) {
      if (self.type === 'Identifier') readFurther.add(String(self.name));
      return;
    }
    if (bound) return;
    if (ref.kind === 'path' && ref.path.length >= 2) calls.add(ref.path.join('.'));
    else dynamic.add(`${label(ref)} passed on as a value`);
  };

  ancestor(ast, {
    MemberExpression(node, _state, parents) {
      const n = node as unknown as AnyNode;
      const ref = refOf(n);
      if (ref) return checkEscape(n, ref, parents);
      const outer = refOf(n.object);
      if (outer) dynamic.add(`${label(outer)}[…]`);
    },
    Identifier(node, _state, parents) {
      const n = node as unknown as AnyNode;
      const ref = aliases.get(String(n.name));
      if (ref) checkEscape(n, ref, parents);
    },
  });
  // A name holding a path of two or more that is never read further is an API (`const { send } = …subscribeMessage`).
  for (const [name, ref] of aliases) if (ref.kind === 'path' && ref.path.length >= 2 && !readFurther.has(name)) calls.add(ref.path.join('.'));
  return { calls: [...calls].sort(), dynamic: [...dynamic].sort() };
}

/** The open APIs a bundle uses that its declaration leaves out, and what cannot be checked. */
export function undeclaredOpenApis(js: string, declared: readonly string[]): { undeclared: string[]; dynamic: string[]; calls: string[] } {
  const { calls, dynamic } = findOpenApiCalls(js);
  return { calls, undeclared: calls.filter((c) => !declared.includes(c)), dynamic };
}
