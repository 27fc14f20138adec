// The API client: every call carries the signed-in key; errors arrive as problem+json (Vietnamese / English).
import { currentSession } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function headers(extra = {}) {
  // The stored key, even while sign-in checks it (role 'pending').
  let key = currentSession()?.key;
  try {
    key ??= JSON.parse(window.sessionStorage.getItem('tthc.session') ?? 'null')?.key;
  } catch {
    key = undefined;
  }

  return key ? { Authorization: `Bearer ${key}`, ...extra } : { ...extra };
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { title: `HTTP ${response.status}` };
  }
}

/** GET/POST/PUT/DELETE a JSON route under /api. */
export async function api(path, { method = 'GET', body, contentType } = {}) {
  const init = { method, headers: headers(contentType ? { 'Content-Type': contentType } : body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
  if (body !== undefined) init.body = contentType ? body : JSON.stringify(body);
  const response = await fetch(`/api/${path}`, init);
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.status === 204 ? null : response.json();
}

/** Uploads a report file with progress (XMLHttpRequest reports upload progress; fetch does not). */
export function uploadReport(unit, file, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/reports/${encodeURIComponent(unit)}/${encodeURIComponent(file.name)}`);
    for (const [name, value] of Object.entries(headers({ 'Content-Type': 'application/octet-stream' }))) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(request.response);
      } else {
        reject(new ApiError(request.status, request.response));
      }
    });
    request.addEventListener('error', () => reject(new ApiError(0, { title: 'Mất kết nối / Connection lost' })));
    request.send(file);
  });
}

/** Downloads a file route (with the key) and hands it to the browser as a download. */
export async function download(path, fallbackName) {
  const response = await fetch(`/api/${path}`, { headers: headers() });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/** The indicator catalog, fetched once per page load. */
let catalog;
export async function indicators() {
  catalog ??= api('indicators').then((list) => new Map(list.map((i) => [i.code, i])));
  return catalog;
}

/** Polls a submission until its status is final (accepted, rejected, failed). */
export async function waitForSubmission(id, { timeoutMs = 120000, intervalMs = 500 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const submission = await api(`submissions/${encodeURIComponent(id)}`);
    if (['accepted', 'rejected', 'failed'].includes(submission.status) || Date.now() > until) return submission;
    await new Promise((r) => window.setTimeout(r, intervalMs));
  }
}
