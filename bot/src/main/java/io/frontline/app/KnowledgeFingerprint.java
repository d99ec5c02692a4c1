package io.frontline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the knowledge files look like now, in twelve hex digits: each folder's real path (a
 * symlink swapped to a new release changes it), and every file's path, size and modification
 * time. Cheap enough to take every few seconds; it reads no file's content.
 */
final class KnowledgeFingerprint {

  /** The fingerprint of folders that cannot be read (deleted, being replaced). */
  static final String UNREADABLE = "unreadable";

  private KnowledgeFingerprint() {}

  static String of(List<Path> folders) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try {
      for (Path folder : folders) {
        Path real = folder.toRealPath();
        sha.update(real.toString().getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(real)) {
          for (Path f : files.sorted().toList()) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            if (a.isRegularFile()) {
              sha.update((real.relativize(f) + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis() + "\n")
                  .getBytes(StandardCharsets.UTF_8));
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return UNREADABLE;
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 6);
  }
}
