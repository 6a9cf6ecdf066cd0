/** The tool's version, as reports print it. Keep in step with package.json. */
export const VERSION = '0.1.0';
