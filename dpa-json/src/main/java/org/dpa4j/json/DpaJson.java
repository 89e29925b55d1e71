package org.dpa4j.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.TermPointers;
import org.dpa4j.json.internal.CanonicalText;
import org.dpa4j.json.internal.DocumentReader;
import org.dpa4j.json.internal.TreeWriter;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.model.internal.LargeStack;

/**
 * Reads and writes agreements as JSON.
 *
 * <p>{@link #standard()} is strict and hardened: unknown properties, duplicate keys, trailing data,
 * wrong scalar types ({@code 7} for {@code "7"} and back), {@code null} for required values or
 * lists, and input over the {@linkplain DpaJsonOptions size limits} are all errors. Every problem
 * of a document is reported at once in a {@link DpaJsonException}, each with a stable code, a JSON
 * Pointer, line and column. {@link #lenient()} keeps unknown properties as extensions instead, and
 * writes them back.
 *
 * <p>Every way in ({@code byte[]}, {@code String}, {@code InputStream}, {@code Reader}) follows one
 * policy: bytes are strict UTF-8, text has no unpaired surrogates, one leading byte order mark is
 * ignored, and lines and columns (in code points) are the same whichever way a document came in. A
 * document whose canonical form would be longer than the size limit is rejected when read, and
 * {@link #write} never returns text longer than it: what one instance writes, it reads back.
 *
 * <p>{@link #write} gives the canonical form: properties sorted by name ({@code schemaVersion}
 * first), two-space indentation, LF line ends, a final newline; empty optional values and empty
 * lists are left out. Writing what was read gives back the same bytes for every canonical file.
 *
 * <pre>{@code
 * DpaJson json = DpaJson.standard();
 * DataProcessingAgreement dpa = json.read(Files.readAllBytes(path));
 * String canonical = json.write(dpa);
 * }</pre>
 *
 * <p>Two kinds of failure are kept apart: a document that is wrong is a {@link DpaJsonException}
 * (with its problems); a file or stream that cannot be read or written is an {@link
 * UncheckedIOException} whose cause is the {@link java.io.IOException} ({@link
 * java.nio.file.NoSuchFileException}, {@link java.nio.file.AccessDeniedException}, ...).
 *
 * <p>Instances are immutable and thread-safe; build one and reuse it.
 */
public final class DpaJson {
  // No static initialiser that loads other classes: see standard().
  private static volatile DpaJson standard;
  private static final String SCHEMA_RESOURCE = "dpa-agreement.schema.json";

  private final DpaJsonOptions options;
  private final DocumentReader reader;
  private final TreeWriter treeWriter;
  private final CanonicalText pretty = CanonicalText.pretty();
  private final CanonicalText compact = CanonicalText.compact();

  private DpaJson(DpaJsonOptions options) {
    this.options = options;
    this.reader = new DocumentReader(options);
    this.treeWriter = new TreeWriter(reader);
  }

  /**
   * Returns the standard instance: strict, with the default limits.
   *
   * <p>The first call initialises dpa-json (Jackson and the model's classes, a warm-up read and
   * write) on a thread of its own with a 2 MiB stack and waits for it, so that a caller on a thread
   * with a small stack cannot break the library for the rest of the JVM: loading classes takes far
   * more stack than reading does.
   *
   * @return the shared standard instance
   * @throws org.dpa4j.model.DpaModelException ({@code model.initialisation_failed}) when that
   *     initialisation fails; a later call tries again
   */
  public static DpaJson standard() {
    DpaJson instance = standard;
    if (instance == null) {
      synchronized (DpaJson.class) {
        instance = standard;
        if (instance == null) {
          instance =
              LargeStack.call(
                  LocalizedText.of("the JSON reader and writer", "de JSON-lezer en -schrijver"),
                  DpaJson::initialised);
          standard = instance;
        }
      }
    }
    return instance;
  }

  /**
   * A version 1 document with extensions, for the warm-up: it goes through the upgrade, the tree
   * reader and both writers.
   */
  private static final String WARM_UP =
      "{\"schemaVersion\":\"1\",\"metadata\":{\"title\":\"t\",\"date\":\"2024\"},"
          + "\"processor\":{\"role\":\"processor\",\"legalName\":\"p\",\"kvkNumber\":\"12345678\"},"
          + "\"controller\":{\"role\":\"controller\",\"placeholder\":true,\"description\":\"c\"},"
          + "\"x\":[1,-0.5e1,{\"y\":true,\"z\":null}]}";

  /**
   * Makes the standard instance and runs each path of the library once, so that the classes it
   * needs are loaded and initialised here, on the large stack.
   */
  private static DpaJson initialised() {
    DpaJson json = new DpaJson(DpaJsonOptions.defaults());
    DocumentReader.initialiseModel();
    DpaJson lenient = json.lenient();
    DataProcessingAgreement read = lenient.read(WARM_UP.getBytes(StandardCharsets.UTF_8));
    lenient.read(lenient.write(read));
    lenient.read(lenient.writeCompact(read));
    try {
      json.read(WARM_UP);
      throw new IllegalStateException("the warm-up document has an unknown property");
    } catch (DpaJsonException expected) {
      // The path of a problem report, locations included.
    }
    return json;
  }

  /**
   * Returns an instance with other options.
   *
   * @param options strictness and limits
   * @return a new instance
   * @throws org.dpa4j.model.DpaModelException as {@link #standard()}
   */
  public static DpaJson withOptions(DpaJsonOptions options) {
    Objects.requireNonNull(options, "options");
    standard();
    return new DpaJson(options);
  }

  /**
   * Returns a copy of this instance that keeps unknown properties as extensions.
   *
   * @return a lenient instance with the same limits
   */
  public DpaJson lenient() {
    return new DpaJson(options.withLenient(true));
  }

  /**
   * Returns the options of this instance.
   *
   * @return the options
   */
  public DpaJsonOptions getOptions() {
    return options;
  }

  /**
   * Reads an agreement from UTF-8 bytes.
   *
   * @param json the document
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   */
  public DataProcessingAgreement read(byte[] json) {
    return readChecked(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads an agreement from a string.
   *
   * @param json the document
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   */
  public DataProcessingAgreement read(String json) {
    return readChecked(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads an agreement from a UTF-8 stream, reading at most the document size limit plus one byte.
   * The stream is not closed.
   *
   * @param json the document
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   * @throws UncheckedIOException when the stream cannot be read
   */
  public DataProcessingAgreement read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      byte[] buffer = new byte[8192];
      // At most MAX_DOCUMENT_LENGTH + 1: never overflows.
      int limit = options.getMaxDocumentLength() + 1;
      int n;
      while (out.size() < limit
          && (n = json.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
        out.write(buffer, 0, n);
      }
      return readChecked(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an agreement from a UTF-8 file, reading at most the document size limit plus one byte, as
   * {@link #read(InputStream)} does.
   *
   * @param file the file
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   * @throws UncheckedIOException when the file cannot be opened or read (its cause says why: {@link
   *     java.nio.file.NoSuchFileException}, {@link java.nio.file.AccessDeniedException}, ...)
   */
  public DataProcessingAgreement read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an agreement from characters, reading at most the document size limit plus one. The
   * reader is not closed.
   *
   * @param json the document
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   * @throws UncheckedIOException when the reader fails
   */
  public DataProcessingAgreement read(Reader json) {
    Objects.requireNonNull(json, "json");
    try {
      StringBuilder out = new StringBuilder(8192);
      char[] buffer = new char[8192];
      // At most MAX_DOCUMENT_LENGTH + 1: never overflows.
      int limit = options.getMaxDocumentLength() + 1;
      int n;
      while (out.length() < limit
          && (n = json.read(buffer, 0, Math.min(buffer.length, limit - out.length()))) > 0) {
        out.append(buffer, 0, n);
      }
      return readChecked(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How much larger than its input the canonical form of a strict document can be, at most, with a
   * margin of two: its largest list element that may be written as {@code {}} (a sub-processor,
   * with the defaults of schema version 2) comes out as about 200 bytes for its 3. {@code
   * CanonicalLengthTest} holds the model to it. Inputs up to the limit divided by this are not
   * counted.
   */
  static final int STRICT_EXPANSION_BOUND = 160;

  /**
   * Reads a document and rejects it when its canonical form would not be readable again: longer
   * than the document size limit in UTF-8 bytes. Counting walks the model without writing text; it
   * is skipped for strict inputs too small to grow past the limit, and never skipped in lenient
   * mode, where extension values may nest as deep as the nesting limit allows.
   */
  private DataProcessingAgreement readChecked(Object source) {
    DataProcessingAgreement agreement = reader.read(source);
    long limit = options.getMaxDocumentLength();
    long input =
        source instanceof byte[]
            ? ((byte[]) source).length
            // A character of text input can take up to 3 bytes in UTF-8.
            : 3L * ((String) source).length();
    if (!options.isLenient() && input <= limit / STRICT_EXPANSION_BOUND) {
      return agreement;
    }
    long canonical =
        treeWriter.length(
            ModelMapping.get().root(),
            agreement,
            DocumentReader.SCHEMA_VERSION,
            DataProcessingAgreement.SCHEMA_VERSION,
            pretty,
            limit);
    if (canonical > limit) {
      throw new DpaJsonException(
          List.of(
              JsonProblemCode.LIMIT_EXCEEDED
                  .at("", TreeWriter.CANONICAL_LENGTH, limit)
                  .atLocation(1, 1)));
    }
    return agreement;
  }

  /** Refuses to return text that this instance could not read back: longer than the limit. */
  private String readable(String text) {
    long limit = options.getMaxDocumentLength();
    if (text.length() > limit || utf8Length(text) > limit) {
      throw new DpaJsonException(
          List.of(JsonProblemCode.LIMIT_EXCEEDED.at("", TreeWriter.CANONICAL_LENGTH, limit)));
    }
    return text;
  }

  private static long utf8Length(String text) {
    long n = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // Two bytes up to U+07FF, three above; a surrogate pair is four for its two chars.
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return n;
  }

  /**
   * Parses any JSON document with this instance's hardening (limits, duplicate keys, trailing data)
   * into a tree, for formats next to the agreement such as a validation policy.
   *
   * @param json the document, UTF-8
   * @return the tree
   * @throws DpaJsonException when the document is not well-formed or breaks a limit
   */
  public JsonNode readTree(byte[] json) {
    return reader.parseTree(Objects.requireNonNull(json, "json"));
  }

  /**
   * Adds line and column to problems that point into a document, for formats read with {@link
   * #readTree(byte[])}.
   *
   * @param json the document
   * @param problems problems with pointers into it
   * @return the problems with locations
   */
  public List<Problem> locate(byte[] json, List<Problem> problems) {
    return reader.locate(json, problems);
  }

  /**
   * Writes an agreement in the canonical, pretty form.
   *
   * @param agreement the agreement
   * @return the JSON text, ending with a newline
   * @throws DpaJsonException ({@code json.limit_exceeded}) when the text would be longer than the
   *     document size limit in UTF-8 bytes, so that this instance could not read it back; {@code
   *     json.invalid_value} when an extension value is not JSON, or when a blank's pointer or a
   *     condition's duty names no term of the model (at {@code /blanks/N/pointer}, {@code
   *     /SECTION/conditions/N/duty})
   */
  public String write(DataProcessingAgreement agreement) {
    return readable(pretty.write(tree(agreement)));
  }

  /**
   * Writes an agreement in the canonical, pretty form to a stream, as UTF-8 bytes, and flushes it.
   * Nothing is written when the agreement cannot be written. The stream is not closed.
   *
   * @param out the stream
   * @param agreement the agreement
   * @throws DpaJsonException as {@link #write(DataProcessingAgreement)}
   * @throws UncheckedIOException when the stream fails
   */
  public void write(OutputStream out, DataProcessingAgreement agreement) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = write(agreement).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an agreement in the canonical, pretty form to a file, as UTF-8 bytes, creating it or
   * replacing its content. When the agreement cannot be written the file is not touched.
   *
   * @param file the file
   * @param agreement the agreement
   * @throws DpaJsonException as {@link #write(DataProcessingAgreement)}
   * @throws UncheckedIOException when the file cannot be written (its cause says why)
   */
  public void write(Path file, DataProcessingAgreement agreement) {
    Objects.requireNonNull(file, "file");
    byte[] bytes = write(agreement).getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an agreement in the canonical form without white space.
   *
   * @param agreement the agreement
   * @return the JSON text
   * @throws DpaJsonException as {@link #write}
   */
  public String writeCompact(DataProcessingAgreement agreement) {
    return readable(compact.write(tree(agreement)));
  }

  private com.fasterxml.jackson.databind.node.ObjectNode tree(DataProcessingAgreement agreement) {
    // An agreement built in code may name terms that do not exist; such JSON would not read back.
    List<Problem> wrong = TermPointers.of(Objects.requireNonNull(agreement, "agreement"));
    if (!wrong.isEmpty()) {
      throw new DpaJsonException(wrong);
    }
    return treeWriter.write(
        ModelMapping.get().root(),
        Objects.requireNonNull(agreement, "agreement"),
        DocumentReader.SCHEMA_VERSION,
        DataProcessingAgreement.SCHEMA_VERSION);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this jar at {@code
   * org/dpa4j/json/dpa-agreement.schema.json}.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = DpaJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "DpaJson[" + options + "]";
  }
}
