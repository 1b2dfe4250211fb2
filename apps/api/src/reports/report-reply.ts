import type { FastifyReply } from 'fastify';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a file as a download named in Chinese: `filename*` carries the name (RFC 6266),
 * `filename` an ASCII fallback for clients that do not read it.
 */
export function download(
  reply: FastifyReply,
  contentType: string,
  name: string,
  fallback: string,
): void {
  void reply
    .header('Content-Type', contentType)
    .header(
      'Content-Disposition',
      `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
}
