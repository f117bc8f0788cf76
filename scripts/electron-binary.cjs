// Where the Electron executable is, or null when it was never downloaded, found without
// require('electron') (which tries to download it on first use and fails offline).
const fs = require('node:fs');
const path = require('node:path');

function electronBinary() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = fs.readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const full = path.join(base, executable);
  return fs.existsSync(full) ? full : null;
}

module.exports = { electronBinary };
