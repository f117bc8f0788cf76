// A V8 code cache for the command's build (out/cli): node 20 compiles every file it requires
// from its source on every run (module.enableCompileCache came in node 22). Here the files of
// one folder are compiled with V8's cached data from an earlier run, kept in a folder beside
// them (out/cli/.code-cache, emptied by every build), and a file compiled without it leaves its
// cache when the process ends, with the functions that ran by then compiled too. A cache that
// cannot be read or written (a read-only install) changes nothing but the time; one V8 rejects
// (another node) is made again. Nothing but the require of files in that folder is changed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** Compiles the CommonJS files required from `dir` with a code cache kept in `dir`/.code-cache. */
function useCodeCache(dir) {
  const prefix = dir + path.sep;
  const cacheDir = path.join(dir, '.code-cache');
  const original = Module.prototype._compile;
  const pending = [];
  Module.prototype._compile = function (content, filename, ...rest) {
    // A file with a dynamic import() compiles as node compiles it: a script made here would need
    // vm's experimental import hook (which warns on stderr, and lost its callback when the script
    // came from the cache).
    if (!filename.startsWith(prefix) || !filename.endsWith('.js') || DYNAMIC_IMPORT.test(content)) return original.call(this, content, filename, ...rest);
    let stat;
    try {
      stat = fs.statSync(filename);
    } catch {
      return original.call(this, content, filename, ...rest);
    }
    // The file's size and time name its cache: a rebuilt file (cli.js keeps its name) never takes another's code.
    const cacheFile = path.join(cacheDir, `${path.basename(filename)}.${stat.size}.${Math.trunc(stat.mtimeMs)}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) pending.push({ script, cacheFile });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    if (pending.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      for (const { script, cacheFile } of pending) {
        // Written beside and renamed: two commands ending together never leave half a file.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, cacheFile);
      }
    } catch {
      // Not writable (an installed copy): the next run compiles again.
    }
  });
}

/** The require a module's code is given, as node makes it (resolve, resolve.paths, main, cache, extensions). */
function requireFor(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

module.exports = { useCodeCache };
