package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.Peek;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Picks the chat text out of a WhatsApp zip (FORMATS §1.1): the .txt member whose first lines hold
 * the most message headers. Names are localized ("_chat.txt", "WhatsApp Chat with Ann.txt", "与Ann的
 * WhatsApp 聊天.txt") and media can include .txt documents, so content decides.
 */
final class ZipMembers {
  private ZipMembers() {}

  static ZipEntry chooseChat(ZipFile zip, String zipName, long cap) {
    ZipEntry best = null;
    int bestHeaders = 0;
    String firstTxt = null;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (!isText(entry)) {
        continue;
      }
      String what = zipName + "/" + entry.getName();
      if (entry.getSize() > cap) {
        throw CappedInputStream.tooBig(what, cap);
      }
      firstTxt = firstTxt == null ? entry.getName() : firstTxt;
      int headers = headersInHead(zip, entry, cap, what);
      if (headers > bestHeaders) {
        best = entry;
        bestHeaders = headers;
      }
    }
    if (best == null) {
      throw new ImportException(
          firstTxt == null
              ? zipName
                  + ": holds no .txt chat file (a WhatsApp export has _chat.txt or"
                  + " \"WhatsApp Chat with ….txt\")"
              : zipName
                  + "/"
                  + firstTxt
                  + ": no line among the first 500 looks like a WhatsApp"
                  + " message header");
    }
    return best;
  }

  private static boolean isText(ZipEntry entry) {
    String name = entry.getName();
    return !entry.isDirectory()
        && name.toLowerCase(Locale.ROOT).endsWith(".txt")
        && !name.startsWith("__MACOSX/");
  }

  private static int headersInHead(ZipFile zip, ZipEntry entry, long cap, String what) {
    try (InputStream in = new CappedInputStream(zip.getInputStream(entry), cap, what)) {
      byte[] head = in.readNBytes(Peek.HEAD_BYTES);
      return HeadCheck.headers(head);
    } catch (IOException e) {
      throw new ImportException(what + ": cannot read it from the zip (" + e.getMessage() + ")", e);
    }
  }
}
