/**
 * A kiosk in a process of its own, for the client-kill test: casts the ballots it reads from
 * argv (a JSON list of [id, body]) one after the other, printing `SENT id` before each request
 * and `ACK id` once the host answered that it was recorded.
 */
export {};

const [url, list] = process.argv.slice(2) as [string, string];
const ballots = JSON.parse(list) as [string, Record<string, unknown>][];
for (const [id, body] of ballots) {
  process.stdout.write(`SENT ${id}\n`);
  const res = await fetch(`${url}/api/kiosk.cast`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ballotId: id, ...body }),
  });
  if (!res.ok) {
    process.stdout.write(`REFUSED ${id} ${res.status}\n`);
    process.exit(1);
  }
  process.stdout.write(`ACK ${id}\n`);
}
