import { DOMParser, type Document } from '@xmldom/xmldom';

/** Parses an exported file as XML, failing the test on any error or warning (a strict reader's view). */
export function parseXml(text: string, mimeType: 'image/svg+xml' | 'text/xml' = 'text/xml'): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, mimeType);
}
