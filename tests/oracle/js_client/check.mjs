// Gradio's official JavaScript client (@gradio/client, pinned in package.json) against
// tests/oracle/client_app.py: `node check.mjs <url>` prints as JSON what each call gave.
import { Client, handle_file } from "@gradio/client";

const url = process.argv[2];
const out = {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Each event of a submission to `on` until its status is complete or error. Not a
// for-await with `break`: in this client, leaving a submission's iterator early waits
// forever (its return() awaits an event that never comes), against any server.
async function follow(submission, on) {
  const events = submission[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await events.next();
    if (done) return;
    on(value);
    if (value.type === "status" && (value.stage === "complete" || value.stage === "error")) return;
  }
}

// Each check names itself on stderr as it starts: a call that never answers shows where.
const step = (name) => process.stderr.write(`${name}\n`);
// Status events too, not only data: what a page showing progress listens to.
const client = await Client.connect(url, { events: ["data", "status"] });

const api = await client.view_api();
step("endpoints");
out.endpoints = Object.keys(api.named_endpoints).sort();
step("parameters");
out.parameters = api.named_endpoints["/predict"].parameters.map((p) => [p.parameter_name, p.parameter_has_default]);
step("positional");
out.positional = (await client.predict("/predict", ["Ada", 3])).data;
step("keyword");
out.keyword = (await client.predict("/predict", { name: "Kay", intensity: 1 })).data;
step("default");
out.default = (await client.predict("/predict", { name: "Bo" })).data;

// submit(): an async iterator of status and data events.
const stages = [];
const generated = [];
await follow(client.submit("/count", [4]), (message) => {
  if (message.type === "data") generated.push(message.data[0]);
  if (message.type === "status" && stages.at(-1) !== message.stage) stages.push(message.stage);
});
step("generated");
out.generated = generated;
step("stages");
out.stages = stages;

// cancel() of an endless generator: the job ends and no more values arrive.
const endless = client.submit("/forever", []);
const ticks = [];
const cancelStages = [];
const reading = (async () => {
  for await (const message of endless) {
    if (message.type === "data") ticks.push(message.data[0]);
    if (message.type === "status") cancelStages.push(message.stage);
  }
})();
while (ticks.length < 2) await sleep(50);
await endless.cancel();
await Promise.race([reading, sleep(3000)]);
const seen = ticks.length;
await sleep(1000);
step("cancel_stopped");
out.cancel_stopped = ticks.length === seen;
step("cancel_ticks_at_least_2");
out.cancel_ticks_at_least_2 = seen >= 2;

// gr.Progress: status events carry progress_data.
const progress = [];
let worked = null;
await follow(client.submit("/work", [3]), (message) => {
  if (message.type === "data") worked = message.data[0];
  for (const p of (message.type === "status" && message.progress_data) || []) {
    const item = [p.index, p.length, p.unit, p.desc];
    if (!progress.some((q) => JSON.stringify(q) === JSON.stringify(item))) progress.push(item);
  }
});
step("work");
out.work = worked;
step("progress");
out.progress = progress;

// handle_file(): a Buffer is uploaded; the file output is fetched by its URL.
const shouted = (await client.predict("/shout", [handle_file(Buffer.from("quiet words\n"))])).data[0];
step("file_url_absolute");
out.file_url_absolute = shouted.url.startsWith(url);
step("file_name");
out.file_name = shouted.orig_name;
step("file_bytes");
out.file_bytes = await (await fetch(shouted.url)).text();

// gr.State lives in the client's session across calls.
step("state");
out.state = [(await client.predict("/remember", ["a"])).data[0], (await client.predict("/remember", ["b"])).data[0]];

// gr.Error: predict() rejects with an error status carrying the message.
try {
  await client.predict("/refuse", ["tea"]);
  out.error = null;
} catch (e) {
  out.error = [e.type, e.stage, e.message];
}
try {
  await client.predict("/predict", ["Ann", "three"]);
  out.invalid = null;
} catch (e) {
  out.invalid = [e.type, e.stage, e.message];
}
step("after_invalid");
out.after_invalid = (await client.predict("/predict", ["Al", 1])).data;

console.log(JSON.stringify(out));
process.exit(0);
