/** Kept in step with package.json by test/version.test.ts (the bundle cannot read package.json at run time). */
export const TOOL_VERSION = '0.1.0';
