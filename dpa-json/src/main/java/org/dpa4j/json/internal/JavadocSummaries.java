package org.dpa4j.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first sentences of the model's Javadoc, read from its sources when the schema is generated:
 * the one place where the meaning of a type, an attribute or an enum constant is written.
 *
 * <p>The English text is the first sentence of the comment; a paragraph {@code <p class="nl">} in
 * the same comment gives the Dutch. Keys are {@code pkg.Type} for a type, {@code pkg.Type#getX} for
 * an accessor and {@code pkg.Type.CONSTANT} for an enum constant.
 */
final class JavadocSummaries {
  private static final Pattern COMMENT =
      Pattern.compile(
          // A comment ends at its first "*/": one that documents no type, accessor or constant
          // (such as that of date(kind)) is skipped, never joined to the next comment.
          "/\\*\\*([^*]*\\*+(?:[^/*][^*]*\\*+)*)/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
              + "(?:(?:public|protected|abstract|static|final|sealed)\\s+)*"
              + "(?:(?:class|interface|enum)\\s+(\\w+)"
              + "|[\\w.<>?@ ,]+?\\s+((?:get|is)[A-Z]\\w*)\\s*\\(\\s*\\)"
              + "|([A-Z][A-Z0-9_]*)\\s*[(,;])",
          Pattern.DOTALL);
  private static final Pattern DUTCH =
      Pattern.compile("<p class=\"nl\">(.*?)(?:<p|$)", Pattern.DOTALL);
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|value) ([^}]*)}");
  private static final Pattern LINK =
      Pattern.compile("\\{@link(?:plain)? +([^} ]+)(?: +([^}]*))?}");
  private static final Pattern ACCESSOR = Pattern.compile("(?:get|is)([A-Z]\\w*)");
  private static final Pattern LAST_WORD = Pattern.compile("[A-Za-z.]+$");
  // Abbreviations after which a full stop does not end a sentence.
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("e.g", "i.e", "art", "arts", "cf", "no", "nr", "para", "etc", "resp");
  private static final Pattern HTML = Pattern.compile("<[^>]+>");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)");

  private final Map<String, Summary> texts;

  private JavadocSummaries(Map<String, Summary> texts) {
    this.texts = texts;
  }

  /**
   * Reads the Javadoc of every source file under a root.
   *
   * @param sourceRoot a source root such as {@code dpa-model/src/main/java}
   * @return the summaries
   */
  static JavadocSummaries read(Path sourceRoot) {
    Map<String, Summary> texts = new HashMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = sourceRoot.relativize(file).toString().replace('\\', '/');
        String type = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        scan(type, Files.readString(file, StandardCharsets.UTF_8), texts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JavadocSummaries(texts);
  }

  private static void scan(String type, String source, Map<String, Summary> texts) {
    Matcher m = COMMENT.matcher(source);
    while (m.find()) {
      String key;
      if (m.group(2) != null) {
        key = type;
      } else if (m.group(3) != null) {
        key = type + "#" + m.group(3);
      } else {
        key = type + "." + m.group(4);
      }
      String body = m.group(1);
      String comment = body.substring(0, body.length() - 1).replaceAll("(?m)^\\s*\\*", " ");
      String english = firstSentence(comment.split("<p|@(?:return|param|throws)", 2)[0]);
      Matcher nl = DUTCH.matcher(comment);
      String dutch = nl.find() ? firstSentence(nl.group(1)) : "";
      if (!english.isEmpty()) {
        texts.putIfAbsent(key, new Summary(english, dutch.isEmpty() ? null : dutch));
      }
    }
  }

  private static String firstSentence(String comment) {
    String text = comment.replaceAll("\\s+", " ");
    text = INLINE_TAG.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    text =
        LINK.matcher(text)
            .replaceAll(
                r ->
                    Matcher.quoteReplacement(
                        r.group(2) != null ? r.group(2) : memberName(r.group(1))));
    text = HTML.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find()) {
      Matcher word = LAST_WORD.matcher(text.substring(0, end.start()));
      if (!word.find() || !ABBREVIATIONS.contains(word.group())) {
        text = text.substring(0, end.end());
        break;
      }
    }
    if (text.startsWith("Returns ")) {
      text = Character.toUpperCase(text.charAt(8)) + text.substring(9);
    }
    return text;
  }

  /** The JSON name of a linked member: {@code #getRole()} is {@code role}. */
  private static String memberName(String link) {
    String member = link.substring(link.lastIndexOf('#') + 1).replace("()", "");
    Matcher accessor = ACCESSOR.matcher(member);
    return accessor.matches()
        ? Character.toLowerCase(accessor.group(1).charAt(0)) + accessor.group(1).substring(1)
        : member;
  }

  /**
   * Returns the summary of a key.
   *
   * @param key a key as described on the class
   * @return the summary, or empty when the source has no Javadoc there
   */
  Optional<Summary> get(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  /**
   * The first sentence of one comment.
   *
   * @param english the first sentence
   * @param dutch the first sentence of its {@code <p class="nl">} paragraph, or null
   */
  record Summary(String english, String dutch) {}
}
