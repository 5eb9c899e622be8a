// `npm run test:e2e`: the explorer and GraphiQL in a real browser against a real server.
// Builds the explorer and the server (`npm run build`), starts the compiled server as
// `npm run serve` does, on a free port with a fresh embedded database
// (seeded on start), drives Debian's chromium through playwright-core, and prints
// "N passed, N failed" last. Not part of `npm test`: it needs /usr/bin/chromium
// (`apt-get install -y chromium`); it never downloads a browser.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import getPort from "get-port";
import { createSchema, createYoga } from "graphql-yoga";
import { type BrowserContext, chromium, type Page, type Route } from "playwright-core";
import { useExplorer } from "../../src/explorer/serve.js";
import { EXAMPLE_OPERATION_NAMES, GRAPHIQL_DEFAULT_QUERY } from "../../src/server/graphiql-examples.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCREENSHOTS = join(ROOT, "tests/e2e/screenshots");
const CHROMIUM = "/usr/bin/chromium";
const SEED_PEOPLE = ["Kitazawa", "Ban", "Nakae", "Ma Xiaotian"];
const KITAZAWA_QUOTE = "met with then Defense Minister Kitazawa";

// ---------------------------------------------------------------------------------------------
// A tiny runner: each check passes or fails.

const results = { passed: 0, failed: 0 };

async function check(name: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await body();
    results.passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.failed += 1;
    console.log(
      `  ✗ ${name}\n      ${String((error as Error).stack ?? error)
        .split("\n")
        .slice(0, 6)
        .join("\n      ")}`,
    );
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// The server under test.

interface Server {
  url: string;
  child: ChildProcess;
  logFile: string;
  dataDir: string;
  /** The embedded PostgreSQL's port, so the test can make an API key in its database. */
  pgPort: number;
}

async function startServer(workDir: string): Promise<Server> {
  const port = await getPort();
  const pgPort = await getPort();
  const dataDir = join(workDir, "data");
  const logFile = join(workDir, "server.log");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: "info",
  };
  // A fresh embedded database, whatever the calling shell points at.
  delete env.DATABASE_URL;
  delete env.PERSISTED_OPERATIONS_FILE;
  delete env.REDIS_URL;
  // One process (not through npm), so SIGTERM reaches the server and it stops its PostgreSQL.
  const child = spawn(process.execPath, ["dist/src/index.js"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode} before it was ready:\n${tail(logFile)}`);
    const ready = await fetch(`${url}/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { url, child, logFile, dataDir, pgPort };
    await sleep(500);
  }
  throw new Error(`the server was not ready within 180 s:\n${tail(logFile)}`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once("exit", resolve));
    server.child.kill("SIGTERM");
    await Promise.race([exited, sleep(25_000)]);
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
  }
  // If the server could not stop it, stop the PostgreSQL it started (its pid is in its data dir).
  const pidFile = join(server.dataDir, "postgres", "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid > 0) {
      try {
        process.kill(pid, "SIGTERM");
        await sleep(2_000);
      } catch {
        // Already gone.
      }
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tail = (file: string) =>
  existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-30).join("\n") : "(no log)";

async function graphql<T>(
  server: Server,
  body: Record<string, unknown>,
  apiKey?: string,
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

/** An editor API key, made with `npm run apikey` in the server's embedded database. */
function createEditorKey(server: Server): string {
  // The embedded server's credentials (src/infra/embedded-postgres.ts) and database (src/infra/database.ts).
  const databaseUrl = `postgresql://accord:accord@127.0.0.1:${server.pgPort}/accord`;
  const created = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/api-keys.ts", "create", "e2e-editor"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const key = created.stdout.trim().split("\n").at(-1)?.trim();
  if (created.status !== 0 || !key) throw new Error(`npm run apikey failed: ${created.stdout}${created.stderr}`);
  return key;
}

/** Sets a commitment's status through the API, as an editor would. */
async function setCommitmentStatus(server: Server, apiKey: string, commitmentId: string, status: string, note: string) {
  const result = await graphql<{ updateCommitmentStatus: { __typename: string; data?: { status: string } } }>(
    server,
    {
      query: `mutation E2ESetStatus($input: UpdateCommitmentStatusInput!) {
        updateCommitmentStatus(input: $input) {
          __typename
          ... on MutationUpdateCommitmentStatusSuccess { data { status } }
          ... on Error { message }
        }
      }`,
      variables: { input: { commitmentId, status, note } },
    },
    apiKey,
  );
  const outcome = result.data?.updateCommitmentStatus;
  assert(outcome?.data?.status === status, `updateCommitmentStatus answered ${JSON.stringify(result)}`);
}

/** How many subscriptions the server holds open, from /metrics. */
async function openSubscriptions(server: Server): Promise<number> {
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  const line = metrics.split("\n").find((text) => text.startsWith("accord_subscriptions_open"));
  assert(line, "/metrics has no accord_subscriptions_open");
  return Number(line.split(" ").at(-1));
}

// ---------------------------------------------------------------------------------------------
// The browser.

async function launchBrowser(workDir: string): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  const context = await chromium.launchPersistentContext(join(workDir, "chromium-profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 1440, height: 1000 },
  });
  return context;
}

/** Collects script errors so a check can fail on them instead of on a vague timeout. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

async function personNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="person-item"] .name').allInnerTexts();
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  // Fresh screenshots only, so none left from an earlier run passes for this one's.
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  const workDir = await mkdtemp(join(tmpdir(), "accord-e2e-"));
  // As root, the embedded PostgreSQL runs as `postgres`, which must reach DATA_DIR inside it.
  await chmod(workDir, 0o755);

  console.log("building the explorer and the server…");
  const explorerBuild = spawnSync(
    join(ROOT, "node_modules/.bin/vite"),
    ["build", "--config", "src/explorer/vite.config.ts", "--logLevel", "warn"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  const build =
    explorerBuild.status === 0 ? spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" }) : explorerBuild;
  if (build.status !== 0) {
    console.log(build.stdout, build.stderr);
    results.failed += 1;
    return finish(workDir);
  }

  await check("serve: a missing build answers 503 saying how to build it", async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: "type Query { ok: Boolean }" }),
      plugins: [useExplorer({ distDir: join(workDir, "no-build") })],
      logging: false,
    });
    const response = await yoga.fetch("http://localhost/");
    assert(response.status === 503, `status ${response.status}`);
    const text = await response.text();
    assert(text.includes("npm run build:explorer"), `body: ${text}`);
  });

  console.log("starting the server (fresh embedded PostgreSQL, seeded)…");
  let server: Server;
  try {
    server = await startServer(workDir);
    running = server;
  } catch (error) {
    console.log(`  ✗ start the server\n      ${(error as Error).message}`);
    results.failed += 1;
    return finish(workDir);
  }
  const { url } = server;
  let context: BrowserContext | undefined;

  try {
    await check("serve: GET / is the page, /assets/* the hashed files, with cache headers", async () => {
      const page = await fetch(`${url}/`);
      assert(page.status === 200, `GET / answered ${page.status}`);
      assert(
        page.headers.get("content-type")?.startsWith("text/html"),
        `content-type ${page.headers.get("content-type")}`,
      );
      assert(page.headers.get("cache-control") === "no-cache", `cache-control ${page.headers.get("cache-control")}`);
      const html = await page.text();
      const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      const style = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
      assert(script && style, "the page names no /assets/ script or stylesheet");
      const js = await fetch(`${url}${script}`);
      assert(
        js.status === 200 && js.headers.get("content-type")?.startsWith("text/javascript"),
        `${script}: ${js.status} ${js.headers.get("content-type")}`,
      );
      assert(
        js.headers.get("cache-control")?.includes("immutable"),
        `${script}: cache-control ${js.headers.get("cache-control")}`,
      );
      const css = await fetch(`${url}${style}`);
      assert(
        css.status === 200 && css.headers.get("content-type")?.startsWith("text/css"),
        `${style}: ${css.status} ${css.headers.get("content-type")}`,
      );
      const missing = await fetch(`${url}/assets/nope.js`);
      assert(missing.status === 404, `a missing asset answered ${missing.status}`);
      const outside = await fetch(`${url}/assets/..%2F..%2Fserve.ts`);
      assert(outside.status === 404, `a path out of dist/assets answered ${outside.status}`);
    });

    // (a) GraphiQL and its examples.
    await check("GraphiQL: the page at /graphql opens with every example operation", async () => {
      const response = await fetch(`${url}/graphql`, { headers: { accept: "text/html" } });
      const html = await response.text();
      for (const name of EXAMPLE_OPERATION_NAMES)
        assert(html.includes(`query ${name}`), `the GraphiQL page lacks ${name}`);
      assert(
        html.includes("Authorization") && html.includes("Bearer <API key>"),
        "the GraphiQL page does not say how to send credentials",
      );
    });

    await check("GraphiQL: every example operation runs on the seed", async () => {
      const japan = await graphql<{ country: { id: string } }>(server, {
        query: GRAPHIQL_DEFAULT_QUERY,
        operationName: "CommitmentsMadeToJapan",
      });
      const expectations: Record<string, string> = {
        MeetingsWithParticipantsAndCommitments: "Kitazawa",
        CommitmentsMadeToJapan: "Government of Japan",
        OpenCommitmentsToParty: "DEFERRED",
        SearchMisspeltName: "Kitazawa",
        CommitmentThread: "RESPONSE",
        CommitmentStatsByMakerCountry: '"JP"',
        CommitmentsDueOrUrgent: '"asSoonAsPossible":true',
        RoleThenAndNow: "Kitazawa",
        MeetingsInAugust2011: "Meeting between UN Secretary-General Ban and Prime Minister Kan",
      };
      for (const name of EXAMPLE_OPERATION_NAMES) {
        const variables = name === "OpenCommitmentsToParty" ? { party: japan.data?.country.id } : {};
        const result = await graphql(server, { query: GRAPHIQL_DEFAULT_QUERY, operationName: name, variables });
        assert(!result.errors, `${name}: ${JSON.stringify(result.errors)}`);
        const expected = expectations[name];
        assert(
          expected && JSON.stringify(result.data).includes(expected),
          `${name}: no ${expected} in ${JSON.stringify(result.data).slice(0, 300)}`,
        );
      }
    });

    context = await launchBrowser(workDir);

    await check("GraphiQL: runs the default query in the browser and shows seed data", async () => {
      const page = await context!.newPage();
      await page.goto(`${url}/graphql`);
      const editor = page.locator(".graphiql-query-editor, .graphiql-editor").first();
      try {
        await editor.waitFor({ state: "visible", timeout: 30_000 });
      } catch (error) {
        await page.screenshot({ path: join(SCREENSHOTS, "graphiql-not-loaded.png") });
        throw error;
      }
      // The cursor picks the operation: put it in the first one, then run it.
      await page.waitForTimeout(1_000);
      await page.getByText("query MeetingsWithParticipantsAndCommitments").first().click();
      await page.keyboard.press("Control+Enter");
      const response = page.locator(".result-window, .graphiql-response").first();
      await response.getByText("Kitazawa").first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(SCREENSHOTS, "graphiql.png") });
      await page.close();
    });

    // (b) The explorer.
    const page = await context.newPage();
    const errors = watchErrors(page);
    const graphqlRequests: { query: string; variables: Record<string, unknown> }[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST")
        graphqlRequests.push(JSON.parse(request.postData() ?? "{}"));
    });

    await check("explorer: shows the seed's people in the list and the network", async () => {
      await page.goto(`${url}/`);
      await page.locator('[data-testid="person-item"]').first().waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => (window.accordExplorer?.graphLabels().length ?? 0) > 0);
      const names = await personNames(page);
      for (const name of SEED_PEOPLE)
        assert(names.includes(name), `the people list lacks ${name}: ${names.join(", ")}`);
      const labels = await page.evaluate(() => window.accordExplorer?.graphLabels() ?? []);
      for (const name of SEED_PEOPLE) assert(labels.includes(name), `the network lacks ${name}: ${labels.join(", ")}`);
      await page.screenshot({ path: join(SCREENSHOTS, "explorer.png"), fullPage: true });
      const box = await page.getByTestId("graph").boundingBox();
      assert(box && box.width > 300 && box.height > 200, `the graph is ${box?.width}×${box?.height}`);
      assert(errors.length === 0, `script errors: ${errors.join("; ")}`);
    });

    await check("explorer: pages meetings 50 at a time and never asks for more", async () => {
      const meetingQueries = graphqlRequests.filter((request) => request.query.includes("ExplorerMeetings"));
      assert(meetingQueries.length === 1, `${meetingQueries.length} meeting queries on load`);
      assert(meetingQueries[0]?.query.includes("meetings(first: 50"), "the meetings query does not ask for first: 50");
      const loadMore = page.getByTestId("load-more");
      assert(await loadMore.isHidden(), "load more is shown although all 6 meetings are loaded");
    });

    await check(
      "explorer: the timeline lists meetings with dated ones first and undated planned ones last",
      async () => {
        const items = page.getByTestId("timeline").locator('[data-testid="timeline-item"]');
        assert((await items.count()) === 6, `${await items.count()} timeline items`);
        const texts = await items.allInnerTexts();
        assert(texts[0]?.includes("9 Aug 2011"), `first item: ${texts[0]}`);
        assert(
          texts.some((text) => text.includes("Aug 2011") && text.includes("month only")),
          "no month-precision date shown",
        );
        assert(texts.at(-1)?.includes("Planned, undated"), `last item: ${texts.at(-1)}`);
        assert(texts.join("\n").includes("Request"), "no commitments in the timeline");
      },
    );

    await check("explorer: selecting Kitazawa shows his meeting and cited quotes", async () => {
      await page.locator('[data-testid="person-item"]', { hasText: "Kitazawa" }).click();
      const detail = page.getByTestId("detail-panel");
      await detail.locator("h2", { hasText: "Kitazawa" }).waitFor({ timeout: 10_000 });
      await detail
        .getByText("Meeting between Defense Minister Kitazawa and UN Secretary-General Ban")
        .first()
        .waitFor();
      await detail.getByText("Defense Minister").first().waitFor();
      const quotes = await detail.getByTestId("citation-quote").allInnerTexts();
      assert(
        quotes.some((quote) => quote.includes(KITAZAWA_QUOTE)),
        `no citation quote contains "${KITAZAWA_QUOTE}": ${quotes.slice(0, 3).join(" | ")}`,
      );
      assert(
        await detail
          .getByText("Meeting between then Defense Minister Kitazawa and UN Secretary-General")
          .first()
          .isVisible(),
        "no document title shown",
      );
      assert(
        ((await page.locator('[data-testid="person-item"][aria-pressed="true"]').textContent()) ?? "").includes(
          "Kitazawa",
        ),
        "the list does not mark Kitazawa as selected",
      );
      assert(errors.length === 0, `script errors: ${errors.join("; ")}`);
      await page.screenshot({ path: join(SCREENSHOTS, "explorer-kitazawa.png"), fullPage: true });
    });

    await check("explorer: the people list works from the keyboard", async () => {
      await page.locator('[data-testid="person-item"]').first().focus();
      await page.keyboard.press("ArrowDown");
      const focused = await page.evaluate(() => document.activeElement?.querySelector(".name")?.textContent ?? "");
      const names = await personNames(page);
      assert(focused === names[1], `ArrowDown focused "${focused}", expected "${names[1]}"`);
      await page.keyboard.press("Enter");
      await page.getByTestId("detail-panel").locator("h2", { hasText: focused }).waitFor({ timeout: 10_000 });
    });

    await check("explorer: selecting an organization shows its parent, parts and meetings", async () => {
      await page.locator('[data-testid="org-item"]', { hasText: "Ministry of Defense" }).first().click();
      const detail = page.getByTestId("detail-panel");
      await detail.locator("h2", { hasText: "Ministry of Defense" }).waitFor({ timeout: 10_000 });
      await detail.getByText("Government of Japan").first().waitFor();
      await detail.getByText("Bureau of Defense Policy").first().waitFor();
      await detail.getByText("9th Japan-China Defense Vice-Ministerial Meeting").first().waitFor();
    });

    // (c) Filters.
    await check("explorer: the country filter changes the people list", async () => {
      const before = await personNames(page);
      await page.getByLabel("Country").selectOption("CN");
      // The list empties while the filtered page loads; wait for it to fill again.
      await page.waitForFunction(() => {
        const names = Array.from(
          document.querySelectorAll('[data-testid="person-item"] .name'),
          (element) => element.textContent,
        );
        return names.length > 0 && !names.includes("Kitazawa");
      });
      const after = await personNames(page);
      assert(after.join() !== before.join(), "the list did not change");
      assert(
        after.includes("Ma Xiaotian") && after.includes("Nakae"),
        `China's meeting lacks its people: ${after.join(", ")}`,
      );
      assert(!after.includes("Ban"), `Ban is listed for China: ${after.join(", ")}`);
      await page.screenshot({ path: join(SCREENSHOTS, "explorer-country-cn.png"), fullPage: true });
    });

    await check("explorer: the date range filter narrows the timeline and rejects bad dates", async () => {
      await page.getByLabel("Country").selectOption("");
      await page.getByLabel("From").fill("2011-08");
      await page.getByLabel("To").fill("2011-08");
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-item"]').length === 2);
      await page.getByLabel("From").fill("Aug 2011");
      await page.getByRole("button", { name: "Apply" }).click();
      await page.getByRole("alert").getByText("is not a date").waitFor({ timeout: 5_000 });
    });

    // (d) Live updates: a status changed through the API shows without a reload.
    await page.close();
    const live = await context.newPage();
    const liveErrors = watchErrors(live);
    const detail = live.getByTestId("detail-panel");
    // A commitment the timeline shows too (it lists each meeting's first 5).
    const meetings = await graphql<{
      meetings: {
        edges: {
          node: {
            title: string;
            commitments: { edges: { node: { id: string; statement: string; status: string } }[] };
          };
        }[];
      };
    }>(server, {
      query:
        "{ meetings(first: 50) { edges { node { title commitments(first: 5) { edges { node { id statement status } } } } } } }",
    });
    const target = meetings.data?.meetings.edges
      .flatMap(({ node }) => node.commitments.edges.map((edge) => ({ ...edge.node, meeting: { title: node.title } })))
      .at(0);
    const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
    const before = target?.status ?? "OPEN";
    const after = before === "FULFILLED" ? "DECLINED" : "FULFILLED";
    const statusBadge = (within: typeof detail) => within.locator(`[data-commitment-status="${target?.id}"]`);
    const liveMark = detail.getByTestId("live-indicator").filter({ hasText: /^live$/ });
    let apiKey = "";

    await check(
      "explorer live: a commitment's page opens from its address with its status and a live mark",
      async () => {
        assert(target, `no seed meeting with a commitment: ${JSON.stringify(meetings)}`);
        apiKey = createEditorKey(server);
        await live.goto(`${url}/#/commitment/${encodeURIComponent(target.id)}`);
        await detail.locator("h2", { hasText: target.statement.slice(0, 40) }).waitFor({ timeout: 20_000 });
        await liveMark.waitFor({ timeout: 10_000 });
        const shown = await statusBadge(detail).first().textContent();
        assert(shown === humanize(before), `the page shows status "${shown}", the API ${before}`);
        assert(
          (await detail.getByTestId("status-history").locator("li:not(.empty)").count()) >= 1,
          "no status history shown",
        );
        // Set on this page: a reload would clear it.
        await live.evaluate(() => {
          (window as Window & { e2eNoReload?: string }).e2eNoReload = "same page";
        });
      },
    );

    await check(
      "explorer live: a status changed through the API shows on the commitment's page without a reload",
      async () => {
        assert(target && apiKey, "no commitment page open");
        await setCommitmentStatus(server, apiKey, target.id, after, "e2e: changed while the page was open");
        await statusBadge(detail)
          .filter({ hasText: humanize(after) })
          .first()
          .waitFor({ timeout: 10_000 });
        await statusBadge(live.getByTestId("timeline"))
          .filter({ hasText: humanize(after) })
          .first()
          .waitFor();
        await detail.getByTestId("status-history").getByText("e2e: changed while the page was open").waitFor();
        const marker = await live.evaluate(() => (window as Window & { e2eNoReload?: string }).e2eNoReload);
        assert(marker === "same page", "the page was reloaded");
        assert(liveErrors.length === 0, `script errors: ${liveErrors.join("; ")}`);
        await live.screenshot({ path: join(SCREENSHOTS, "explorer-commitment-live.png"), fullPage: true });
      },
    );

    await check(
      "explorer live: the meeting's page and the timeline show the next change without a reload",
      async () => {
        assert(target?.meeting && apiKey, "no commitment page open");
        await detail.getByRole("button", { name: target.meeting.title }).first().click();
        await detail.locator("h2", { hasText: target.meeting.title }).waitFor({ timeout: 10_000 });
        await liveMark.waitFor({ timeout: 10_000 });
        const inTimeline = statusBadge(live.getByTestId("timeline"));
        await setCommitmentStatus(server, apiKey, target.id, before, "e2e: changed back");
        await statusBadge(detail)
          .filter({ hasText: humanize(before) })
          .first()
          .waitFor({ timeout: 10_000 });
        await inTimeline
          .filter({ hasText: humanize(before) })
          .first()
          .waitFor({ timeout: 5_000 });
        const marker = await live.evaluate(() => (window as Window & { e2eNoReload?: string }).e2eNoReload);
        assert(marker === "same page", "the page was reloaded");
      },
    );

    await check("explorer live: choosing something else closes the stream", async () => {
      assert((await openSubscriptions(server)) === 1, `${await openSubscriptions(server)} subscriptions open`);
      await live.locator('[data-testid="org-item"]').first().click();
      await detail.locator("h3", { hasText: "Part of" }).waitFor({ timeout: 10_000 });
      let open = await openSubscriptions(server);
      for (let tries = 0; open !== 0 && tries < 20; tries += 1) {
        await sleep(250);
        open = await openSubscriptions(server);
      }
      assert(open === 0, `${open} subscriptions still open after leaving the meeting`);
      assert(liveErrors.length === 0, `script errors: ${liveErrors.join("; ")}`);
    });

    await check(
      "explorer live: a failed stream is retried, and a change made meanwhile shows once it is back",
      async () => {
        assert(target && apiKey, "no commitment to open");
        // The browser refuses every subscription until unrouted; queries still pass.
        const refuseStreams = (route: Route) =>
          route.request().headers().accept?.includes("text/event-stream") ? route.abort() : route.continue();
        await live.route("**/graphql", refuseStreams);
        await live.evaluate(
          (hash) => {
            window.location.hash = hash;
          },
          `#/commitment/${encodeURIComponent(target.id)}`,
        );
        await detail.locator("h2", { hasText: target.statement.slice(0, 40) }).waitFor({ timeout: 10_000 });
        await detail.getByTestId("live-indicator").filter({ hasText: "reconnecting…" }).waitFor({ timeout: 10_000 });
        await setCommitmentStatus(server, apiKey, target.id, after, "e2e: changed while the stream was down");
        await live.unroute("**/graphql", refuseStreams);
        await liveMark.waitFor({ timeout: 20_000 });
        await statusBadge(detail)
          .filter({ hasText: humanize(after) })
          .first()
          .waitFor({ timeout: 10_000 });
        await detail.getByTestId("status-history").getByText("e2e: changed while the stream was down").waitFor();
        const marker = await live.evaluate(() => (window as Window & { e2eNoReload?: string }).e2eNoReload);
        assert(marker === "same page", "the page was reloaded");
        await setCommitmentStatus(server, apiKey, target.id, before, "e2e: changed back again");
        await statusBadge(detail)
          .filter({ hasText: humanize(before) })
          .first()
          .waitFor({ timeout: 10_000 });
      },
    );
  } finally {
    await context?.close().catch(() => undefined);
    await stopServer(server);
  }
  return finish(workDir);
}

async function finish(workDir: string): Promise<number> {
  await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  console.log(`screenshots: ${SCREENSHOTS}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 ? 1 : 0;
}

/** The server while it runs, so a watchdog or crash can still stop it. */
let running: Server | undefined;

async function abort(reason: string): Promise<never> {
  console.log(`e2e: ${reason}`);
  if (running) await stopServer(running).catch(() => undefined);
  console.log(`${results.passed} passed, ${results.failed + 1} failed`);
  process.exit(1);
}

// A hung browser or server must not hang CI.
const watchdog = setTimeout(() => void abort("gave up after 10 minutes"), 600_000);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error) => abort(String((error as Error).stack ?? error)),
);
