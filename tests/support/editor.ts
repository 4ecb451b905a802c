/** Helpers shared by the editor-tooling build tests. */
import { crc32, deflateSync } from 'node:zlib';

/** A solid-colour PNG, so a fixture can use a real image without a binary in the repository. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** Imports content/images/editor-figure.png in an article and puts `figure` before its first section. */
export const withFigure = (text: string, figure: string) =>
  text.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\nimport shot from '../../images/editor-figure.png';\n`).replace('\n## ', `\n${figure}\n\n## `);
