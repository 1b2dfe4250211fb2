/**
 * Uploads one evidence file (POST /files, multipart, part `file`) with its progress. An
 * XMLHttpRequest, not fetch: only it reports how much of the body has gone up, which on a
 * phone over a slow network is the difference between waiting and giving up.
 */
import { ApiError, type Problem } from '../api';
import type { StoredFile } from '../lectures';
import { session } from '../session';

export function uploadFile(file: File, progress: (fraction: number) => void): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/files');
    request.setRequestHeader('accept', 'application/json');
    const csrf = session.value?.csrfToken;
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, null));
    request.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        // A proxy's HTML page, say: the status alone tells what went wrong.
      }
      if (request.status >= 200 && request.status < 300) resolve(answer as StoredFile);
      else reject(new ApiError(request.status, answer as Problem | null));
    };
    request.send(body);
  });
}
