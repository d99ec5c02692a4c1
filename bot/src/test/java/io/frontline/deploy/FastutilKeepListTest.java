package io.frontline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar keeps of fastutil only the classes Lingua uses and what they use in turn
 * (bot/pom.xml, between the fastutil-keep markers): 1.2 MB of 20. This computes that set from the
 * jars on the class path, by the class names in their constant pools, and fails when the pom's
 * list differs (after an upgrade of Lingua or fastutil), printing the list to paste.
 */
class FastutilKeepListTest {

  private static final Pattern NAME = Pattern.compile("it/unimi/dsi/fastutil/[A-Za-z0-9_/$]+");
  private static final Pattern INCLUDE = Pattern.compile("<include>(it/unimi/dsi/fastutil/[A-Za-z0-9_/]+)\\.class</include>");

  @Test
  void thePomKeepsExactlyWhatLinguaNeeds() throws Exception {
    Path lingua = jarOf(com.github.pemistahl.lingua.api.LanguageDetectorBuilder.class);
    Path fastutil = jarOf(it.unimi.dsi.fastutil.Hash.class);
    Set<String> needed = new TreeSet<>();
    try (ZipFile l = new ZipFile(lingua.toFile()); ZipFile f = new ZipFile(fastutil.toFile())) {
      Deque<String> todo = new ArrayDeque<>();
      l.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> todo.addAll(names(read(l, e.getName()))));
      Set<String> seen = new TreeSet<>();
      while (!todo.isEmpty()) {
        String c = todo.pop();
        if (f.getEntry(c + ".class") == null || !seen.add(c)) {
          continue;
        }
        todo.addAll(names(read(f, c + ".class")));
      }
      // Listed by top-level class; its nested classes go with it ($*).
      seen.forEach(c -> needed.add(c.contains("$") ? c.substring(0, c.indexOf('$')) : c));
    }
    String pom = Files.readString(Path.of("pom.xml"));
    String block = pom.substring(pom.indexOf("<!-- fastutil-keep: begin -->"), pom.indexOf("<!-- fastutil-keep: end -->"));
    Set<String> listed = new TreeSet<>();
    Matcher m = INCLUDE.matcher(block);
    while (m.find()) {
      listed.add(m.group(1));
    }
    String paste = needed.stream()
        .map(c -> "<include>" + c + ".class</include>\n<include>" + c + "$*.class</include>")
        .collect(Collectors.joining("\n"));
    assertThat(listed).as("bot/pom.xml's fastutil-keep list; the list to paste:\n" + paste).isEqualTo(needed);
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String read(ZipFile zip, String entry) {
    try (var in = zip.getInputStream(zip.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> names(String classBytes) {
    Set<String> out = new TreeSet<>();
    Matcher m = NAME.matcher(classBytes);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
