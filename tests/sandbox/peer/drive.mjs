// Fidelity test: the official JavaScript client (npm `replicate`, pinned) against `r8 sandbox`.
// Usage: node drive.mjs PATH_TO_r8   (NODE_PATH / R8_PEER_DIR point at the installed node_modules)
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import readline from "node:readline";
import path from "node:path";

const require = createRequire(path.join(process.env.R8_PEER_DIR || ".", "index.js"));
const Replicate = require("replicate");

const r8 = process.argv[2];
const child = spawn(r8, ["sandbox", "--json", "--port", "0", "--speed", "20"], { stdio: ["ignore", "pipe", "inherit"] });
const first = await new Promise((resolve, reject) => {
  readline.createInterface({ input: child.stdout }).once("line", resolve);
  child.once("exit", (code) => reject(new Error(`r8 sandbox exited early (${code})`)));
});
const info = JSON.parse(first);
const token = info.tokens.find((t) => !t.disabled).token;
const replicate = new Replicate({ auth: token, baseUrl: info.base_url });
const steps = [];
async function step(name, fn) {
  await fn();
  steps.push(name);
  console.log(`ok - ${name}`);
}

try {
  await step("run flux-schnell (Prefer: wait, data: URI file output)", async () => {
    const out = await replicate.run("black-forest-labs/flux-schnell", { input: { prompt: "a lighthouse" } });
    assert.equal(out.length, 1);
    const blob = await out[0].blob();
    assert.equal(blob.type, "image/webp");
    assert.ok(blob.size > 100);
  });
  await step("run hello-world by version", async () => {
    const model = await replicate.models.get("replicate", "hello-world");
    const out = await replicate.run(`replicate/hello-world:${model.latest_version.id}`, { input: { text: "node" } });
    assert.equal(out, "hello node");
  });
  let created;
  await step("predictions.create + wait", async () => {
    created = await replicate.predictions.create({ model: "meta/meta-llama-3-8b-instruct", input: { prompt: "hi" } });
    assert.equal(created.status, "starting");
    const done = await replicate.wait(created, { interval: 50 });
    assert.equal(done.status, "succeeded");
    assert.ok(done.output.join("").length > 0);
  });
  await step("predictions.get", async () => {
    const p = await replicate.predictions.get(created.id);
    assert.equal(p.id, created.id);
    assert.equal(p.status, "succeeded");
  });
  await step("predictions.cancel", async () => {
    const p = await replicate.predictions.create({ model: "meta/meta-llama-3-8b-instruct", input: { prompt: "stop" } });
    const c = await replicate.predictions.cancel(p.id);
    assert.equal(c.status, "canceled");
  });
  await step("paginate(predictions.list)", async () => {
    const ids = [];
    for await (const page of replicate.paginate(replicate.predictions.list)) ids.push(...page.map((p) => p.id));
    assert.ok(ids.includes(created.id));
    assert.equal(new Set(ids).size, ids.length);
  });
  await step("stream() of the language model, in order, ending with done", async () => {
    let text = "";
    const events = [];
    for await (const event of replicate.stream("meta/meta-llama-3-8b-instruct", { input: { prompt: "tell me" } })) {
      events.push(event.event);
      if (event.event === "output") text += event.data;
    }
    assert.equal(events.at(-1), "done");
    assert.ok(text.startsWith("You asked:"), text);
    const list = await replicate.predictions.list();
    const last = list.results[0];
    assert.equal(last.output.join(""), text);
  });
  await step("accounts.current", async () => {
    const a = await replicate.accounts.current();
    assert.equal(a.username, "demo");
  });
  await step("models.get", async () => {
    const m = await replicate.models.get("meta", "meta-llama-3-8b-instruct");
    assert.equal(m.latest_version.openapi_schema.components.schemas.Output["x-cog-array-type"], "iterator");
  });
  await step("models.versions.list", async () => {
    const v = await replicate.models.versions.list("stability-ai", "sdxl");
    assert.equal(v.results.length, 2);
    assert.equal(v.results[0].id.length, 64);
  });
  await step("401 with a bad token", async () => {
    const bad = new Replicate({ auth: "r8_" + "x".repeat(37), baseUrl: info.base_url });
    await assert.rejects(bad.accounts.current(), (err) => {
      assert.equal(err.response.status, 401);
      assert.match(err.message, /You did not pass a valid authentication token/);
      return true;
    });
  });
  console.log(`all ${steps.length} steps passed`);
} finally {
  child.kill("SIGTERM");
}
const code = await new Promise((resolve) => child.once("exit", (c, s) => resolve(c ?? s)));
assert.equal(code, 0, "r8 sandbox exits cleanly on SIGTERM");
