// The app's version, written into backups for people to read (compatibility goes by the schema
// version). Kept equal to package.json's by a test, since the pure layer cannot read that file.
export const APP_VERSION = '0.1.0';
