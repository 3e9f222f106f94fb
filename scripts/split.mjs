// Splits the release wasm in two: the app's core and home screen, loaded on
// the first visit, and every other screen, loaded when one is first opened
// (and cached by the service worker for offline use).
//
// Trunk has no wasm splitting of its own (trunk-rs/trunk#1022), so this runs
// as the first step of the post_build hook (scripts/post-build.mjs), on the
// staging folder Trunk is about to publish:
//   1. `wasm-split-cli` cuts cargo's raw output (built with
//      `--cfg unlost_split -Clink-args=--emit-relocs`, see scripts/split-env.sh)
//      at its split points: the screens (`unlost_screens`) and the unlock
//      screen (`unlost_unlock`) in src/routes.rs, and what the store needs only once
//      something is saved (`unlost_store` in src/storage/coder.rs);
//   2. `wasm-bindgen --keep-lld-exports` writes the JS glue for the core;
//   3. `wasm-opt -Oz` shrinks each module;
//   4. the results replace Trunk's single module in the staging folder, each
//      file named after a hash of its contents, and index.html (loader,
//      preload links, their integrity hashes) is pointed at them.
// A build without the split cfg has no split points: this step does nothing.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PLACEHOLDER = '__wasm_split_placeholder__';
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] }).toString();

function targetDir(sourceDir) {
  const meta = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline', '--manifest-path', join(sourceDir, 'Cargo.toml')]));
  return meta.target_directory;
}

/** Splits the wasm in `dir` (Trunk's staging folder). Returns a summary line. */
export async function split(dir, sourceDir, { release = true } = {}) {
  const names = await readdir(dir);
  const glue = names.find((n) => /^unlost-[0-9a-f]+\.js$/.test(n));
  if (!glue) return 'split: no wasm-bindgen glue in the build, nothing to split';
  const glueText = await readFile(join(dir, glue), 'utf8');
  if (!glueText.includes(PLACEHOLDER)) return 'split: this build has no split point (built without --cfg unlost_split)';
  const oldStem = glue.slice(0, -'.js'.length);

  const raw = join(targetDir(sourceDir), 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'unlost.wasm');
  const work = await mkdtemp(join(tmpdir(), 'unlost-split-'));
  try {
    run('wasm-split-cli', [raw, work, '--target', 'web', '--out-name', 'unlost']);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript', '--out-dir', join(work, 'bg'), '--out-name', 'unlost', join(work, 'unlost.wasm')]);
    const optimise = (from, to) =>
      run('wasm-opt', [release ? '-Oz' : '-O0', '--strip-debug', '--strip-producers', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', from, '-o', to]);

    // The chunks: every .wasm wasm-split wrote except the core.
    const chunks = (await readdir(work)).filter((n) => n.endsWith('.wasm') && n !== 'unlost.wasm');
    let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    const written = [];
    for (const chunk of chunks) {
      optimise(join(work, chunk), join(work, `${chunk}.opt`));
      const body = await readFile(join(work, `${chunk}.opt`));
      // split_unlost_screens.wasm -> screens; chunk_3.wasm (shared by two) -> shared-3
      const label = chunk.replace(/\.wasm$/, '').replace(/^split_(unlost_)?/, '').replace(/^chunk_/, 'shared-').replace(/_/g, '-');
      const name = `unlost-${label}-${hash(body)}.wasm`;
      await writeFile(join(dir, name), body);
      loader = loader.split(`"./${chunk}"`).join(`"./${name}"`);
      written.push(name);
    }

    // The core and its glue.
    optimise(join(work, 'bg', 'unlost_bg.wasm'), join(work, 'core.wasm'));
    const core = await readFile(join(work, 'core.wasm'));
    let js = await readFile(join(work, 'bg', 'unlost.js'), 'utf8');
    // The glue names its wasm only as a default that the loader overrides;
    // the split loader imports the glue by name, and the glue imports it back.
    const coreName = `unlost-${hash(core)}_bg.wasm`;
    js = js.split('unlost_bg.wasm').join(coreName);
    // The loader and the glue import each other, so neither name can hash
    // the other's final text: the loader's name hashes both as they are now.
    const loaderName = `unlost-split-${hash(loader + js)}.js`;
    // Only the import statement: the imports object keeps the module name
    // the wasm asks for.
    const importLine = /^(import \* as \w+ from )"\.\/__wasm_split\.js"/gm;
    if (!js.match(importLine)) throw new Error('split: the glue does not import ./__wasm_split.js as expected');
    js = js.replace(importLine, `$1"./${loaderName}"`);
    if (/from "\.\/__wasm_split\.js"/.test(js)) throw new Error('split: an import of ./__wasm_split.js is left');
    const jsName = `unlost-${hash(js)}.js`;
    loader = loader.split('"./unlost.js"').join(`"./${jsName}"`);
    await writeFile(join(dir, coreName), core);
    await writeFile(join(dir, jsName), js);
    await writeFile(join(dir, loaderName), loader);

    // Trunk's single module goes; index.html points at the new files.
    await unlink(join(dir, glue));
    await unlink(join(dir, `${oldStem}_bg.wasm`));
    const indexPath = join(dir, 'index.html');
    let html = await readFile(indexPath, 'utf8');
    html = html.split(`${oldStem}_bg.wasm`).join(coreName).split(`${oldStem}.js`).join(jsName);
    const bodies = { [coreName]: core, [jsName]: Buffer.from(js) };
    html = html.replace(/<link\b[^>]*>/g, (tag) => {
      const file = Object.keys(bodies).find((n) => tag.includes(n));
      return file ? tag.replace(/integrity="[^"]*"/, `integrity="${integrity(bodies[file])}"`) : tag;
    });
    if (html.includes(oldStem)) throw new Error(`split: index.html still names ${oldStem}`);
    await writeFile(indexPath, html);
    const gz = (b) => (execFileSync('gzip', ['-9c'], { input: b }).length / 1024).toFixed(0);
    return `split: core ${coreName} (${gz(core)} KB gzipped) + ${written.length} on demand (${written.join(', ')})`;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
