/**
 * Fetches a JSON document for the app (a story or a control layer) and turns
 * every failure into one readable sentence naming the URL.
 */
export async function fetchJson(url: string, what: string, fetcher: typeof fetch = fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetcher(url, { credentials: 'same-origin' });
  } catch {
    throw new Error(`Could not load the ${what} from ${url}: the address cannot be reached.`);
  }
  if (!res.ok) throw new Error(`Could not load the ${what} from ${url}: the server answered ${res.status} ${res.statusText}`.trim() + '.');
  const text = await res.text();
  if (text.length > 20 * 1024 * 1024) throw new Error(`The ${what} at ${url} is too large (over 20 MB).`);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`The ${what} at ${url} is not valid JSON (${(e as Error).message}).`);
  }
}
