// The "weapp" jest project: the app's modules load as in the mini program build. Taro's build replaces
// process.env.TARO_ENV with 'weapp' at compile time; here it is set before any module is required, so
// the build-time switches (`process.env.TARO_ENV === 'weapp'`) take the WeChat branch.
process.env.TARO_ENV = 'weapp';
process.env.TARO_PLATFORM = 'mini';
