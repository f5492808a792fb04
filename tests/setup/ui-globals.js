// Build-time constants that Taro's runtime and components expect (the h5 build defines them).
Object.assign(globalThis, {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  TARO_PLATFORM: 'web',
  TARO_ENV: 'h5',
  DEPRECATED_ADAPTER_COMPONENT: false,
});
process.env.TARO_PLATFORM = 'web';
process.env.TARO_ENV = 'h5';
process.env.FRAMEWORK = 'react';
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
process.env.SUPPORT_DINGTALK_NAVIGATE = 'disabled';

// jsdom has no IntersectionObserver (Taro's Image uses it for lazyLoad): report everything visible.
if (typeof globalThis.IntersectionObserver === 'undefined') {
  globalThis.IntersectionObserver = class IntersectionObserver {
    constructor(callback) {
      this.callback = callback;
    }
    observe(target) {
      this.callback([{ isIntersecting: true, intersectionRatio: 1, target }], this);
    }
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
}
