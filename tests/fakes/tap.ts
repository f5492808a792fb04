/**
 * "Only inside a tap": WeChat lets some APIs (requestSubscribeMessage, …) run only as the direct,
 * synchronous result of a user's tap — after an `await` the gesture is gone (Taro issue #5065:
 * "can only be invoked by user TAP gesture"). Tests fire a tap through `tap(() => fireEvent.click(el))`;
 * the fakes ask `inTap()` when they are called and refuse like WeChat does when it is false.
 */
let depth = 0;

export function tap<T>(fire: () => T): T {
  depth += 1;
  try {
    return fire(); // only what runs synchronously inside the handler counts as the tap
  } finally {
    depth -= 1;
  }
}

export function inTap(): boolean {
  return depth > 0;
}
