/**
 * An app kiosk joined to a hub, as its own process (so a test can SIGKILL it), voting as fast
 * as it is answered: argv = DATA_DIR LINK_JSON COUNT [CODES_FILE]. It prints `ACK <ballotId>`
 * each time a voter would read « A voté », then, after COUNT of them, waits until its outbox
 * is empty and prints DRAINED. A restarted kiosk resumes its own count from ACK_FILE.
 * With codes, a ballot whose answer was lost is sent again under the same id and code until
 * the hub says yes or no: the hub knows the id, so the code is never burned twice.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OPTION_IDS } from './options';
import type { HubLink } from '../../../src-main/core/network/hub-client';
import { JoinedKiosk } from '../../../src-main/core/network/joined-kiosk';

const [dataDir, linkFile, countRaw, codesFile] = process.argv.slice(2);
if (!dataDir || !linkFile || !countRaw)
  throw new Error('usage: kiosk-process DIR LINK COUNT [CODES]');
const link = JSON.parse(fs.readFileSync(linkFile, 'utf8')) as HubLink;
const kiosk = new JoinedKiosk({
  link,
  dataDir,
  outbox: { minDelayMs: 50, maxDelayMs: 500 },
  reportEveryMs: 500,
});
kiosk.start();

const ackFile = path.join(dataDir, 'acks.txt');
// A line cut by a kill is test bookkeeping that never finished: that ballot is retried below.
const acked = fs.existsSync(ackFile)
  ? fs
      .readFileSync(ackFile, 'utf8')
      .split('\n')
      .filter((l) => /^[0-9a-f]{32}$/.test(l))
  : [];
if (fs.existsSync(ackFile)) fs.writeFileSync(ackFile, acked.map((l) => `${l}\n`).join(''));
const codes = codesFile ? fs.readFileSync(codesFile, 'utf8').split('\n').filter(Boolean) : [];
const count = Number(countRaw);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A voting code, once tried, stays with its ballot id (kept on disk before the first try).
const triesFile = path.join(dataDir, 'trying.json');
let n = acked.length;
const deadline = Date.now() + 120_000;
while (n < count && Date.now() < deadline) {
  let attempt: { ballotId: string; ranking: string[]; code?: string };
  if (fs.existsSync(triesFile))
    attempt = JSON.parse(fs.readFileSync(triesFile, 'utf8')) as typeof attempt;
  else {
    const ranking = [...OPTION_IDS]
      .sort(() => Math.random() - 0.5)
      .slice(0, 1 + (n % OPTION_IDS.length));
    attempt = { ballotId: randomBytes(16).toString('hex'), ranking };
    if (codes.length) attempt.code = codes[n];
    // Written whole or not at all: a kill mid-write must not leave half an attempt.
    fs.writeFileSync(`${triesFile}.tmp`, JSON.stringify(attempt));
    fs.renameSync(`${triesFile}.tmp`, triesFile);
  }
  const r = await kiosk.call({ method: 'kiosk.cast', input: attempt });
  if (r.ok) {
    // The voter reads « A voté » now.
    fs.appendFileSync(ackFile, `${attempt.ballotId}\n`);
    fs.rmSync(triesFile);
    console.log(`ACK ${attempt.ballotId}`);
    n++;
    // The next voter takes a moment: the votes span the test's faults.
    await sleep(Number(process.env.KIOSK_PACE_MS ?? 0));
  } else if (r.error.code === 'code-used') {
    // Burned by another ballot: cannot happen with one code per ballot id; say so loudly.
    console.log(`CODE-USED ${attempt.ballotId}`);
    fs.rmSync(triesFile);
    n++;
  } else await sleep(30);
}
while (kiosk.outbox.waiting > 0 && Date.now() < deadline) await sleep(50);
console.log(kiosk.outbox.waiting === 0 ? 'DRAINED' : `WAITING ${kiosk.outbox.waiting}`);
kiosk.stop();
process.exit(0);
