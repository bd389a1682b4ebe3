import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text on a printed page; y grows upwards from the page's bottom edge. */
export interface PdfText {
  text: string;
  y: number;
}

/** The text of each page of a PDF (e.g. Chromium's `page.pdf()`), read with pdf.js. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfText[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: PdfText[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() ? [{ text: item.str.trim(), y: item.transform[5] }] : [],
      ),
    );
  }
  await document.destroy();
  return pages;
}
