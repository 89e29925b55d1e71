package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.Binder;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.Pointers;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.json.core.internal.ReadLimits;
import org.dpa4j.json.core.internal.UpgradingBinder;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Reads a document into an agreement: hardened parsing, bound as it streams by a {@link Binder}
 * that reports every problem at once, with pointers; lines and columns are added afterwards.
 * Immutable and thread-safe.
 */
public final class DocumentReader {
  /** The name of the root property that carries the format version. */
  public static final String SCHEMA_VERSION = Binder.SCHEMA_VERSION;

  private final DpaJsonOptions options;
  private final JsonFactory factory;

  /**
   * Creates a reader.
   *
   * @param options strictness and limits
   */
  public DocumentReader(DpaJsonOptions options) {
    this.options = options;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(options.getMaxDocumentLength())
                    .maxNestingDepth(options.getMaxNestingDepth())
                    .maxStringLength(options.getMaxStringLength())
                    .maxNumberLength(options.getMaxNumberLength())
                    .maxNameLength(options.getMaxNameLength())
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /**
   * Loads and initialises the classes of every model type and its builder, for {@code DpaJson}'s
   * one-time initialisation on a large stack.
   */
  public static void initialiseModel() {
    for (ObjectType type : ModelMapping.get().objectTypes()) {
      type.newBuilder();
    }
  }

  /**
   * Reads a document.
   *
   * @param input the document as {@code byte[]} (UTF-8) or {@code String}
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   */
  public DataProcessingAgreement read(Object input) {
    Object source = TextInput.withoutTextBom(input);
    UpgradingBinder binder = new UpgradingBinder(options.isLenient(), options.getMaxProblems());
    Object agreement;
    try {
      agreement =
          parse(source, parser -> binder.bind(ModelMapping.get().root(), new ParserCursor(parser)));
    } catch (DpaJsonException e) {
      // Data after a complete document does not hide the document's own problems.
      List<Problem> problems = binder.problems();
      if (problems.isEmpty()
          || e.getProblems().size() != 1
          || !JsonProblemCode.TRAILING_DATA.getCode().equals(e.getProblems().get(0).getCode())) {
        throw e;
      }
      List<Problem> all = new ArrayList<>(problems);
      if (!JsonProblemCode.TOO_MANY_PROBLEMS
          .getCode()
          .equals(problems.get(problems.size() - 1).getCode())) {
        all.add(e.getProblems().get(0));
      }
      throw new DpaJsonException(Locator.locate(factory, source, all));
    }
    if (!binder.problems().isEmpty()) {
      throw new DpaJsonException(Locator.locate(factory, source, binder.problems()));
    }
    return (DataProcessingAgreement) agreement;
  }

  /**
   * Binds a value from a caller's parser, such as in a Jackson deserializer; an agreement of schema
   * version 1 is upgraded. Pointers are relative to the value; a duplicate key in an extension
   * value has the parser's line and column.
   *
   * @param type the model type
   * @param parser the parser, at the value's first token
   * @return the model object
   * @throws DpaJsonException listing every problem
   * @throws IOException when the parser fails
   */
  public Object bind(ObjectType type, JsonParser parser) throws IOException {
    try {
      return UpgradingBinder.bindAll(type, new ParserCursor(parser, true), options.isLenient());
    } catch (ProblemsException e) {
      throw new DpaJsonException(e.getProblems());
    }
  }

  /**
   * Parses a document into a tree with the hardening of this reader.
   *
   * @param source the document as {@code byte[]} or {@code String}
   * @return the tree
   * @throws DpaJsonException when it cannot be parsed
   */
  public JsonNode parseTree(Object source) {
    return parse(TextInput.withoutTextBom(source), TreeReader::read);
  }

  /**
   * Adds locations to problems that point into a document.
   *
   * @param source the document
   * @param problems the problems
   * @return the located problems
   */
  public List<Problem> locate(Object source, List<Problem> problems) {
    return Locator.locate(factory, TextInput.withoutTextBom(source), problems);
  }

  /** What is done with a document's value: the parser is at its first token. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(JsonParser parser) throws IOException;
  }

  private <T> T parse(Object source, ValueReader<T> valueReader) {
    int length = source instanceof byte[] ? ((byte[]) source).length : ((String) source).length();
    if (length > options.getMaxDocumentLength()) {
      throw single(
          ReadLimits.Kind.DOCUMENT.at("", options.getMaxDocumentLength()).atLocation(1, 1));
    }
    int illFormed = TextInput.firstIllFormed(source);
    if (illFormed >= 0) {
      throw single(illFormed(source, illFormed));
    }
    if (source instanceof byte[]
        && ((byte[]) source).length == 3
        && TextInput.startsWithBom((byte[]) source)) {
      // A byte order mark and nothing else is empty, as it is for text: the parser's byte
      // bootstrapper would call it malformed.
      throw single(JsonProblemCode.EMPTY.at("").atLocation(1, 1));
    }
    try (JsonParser parser = parser(source)) {
      try {
        return readWhole(source, parser, valueReader);
      } catch (JsonProcessingException e) {
        Problem problem = translate(e, parser, source);
        if (problem.getLine().isEmpty()) {
          // A duplicate key in a tree: found once its value is read, located at its name.
          throw new DpaJsonException(Locator.locate(factory, source, List.of(problem)));
        }
        throw single(problem);
      } catch (CharConversionException e) {
        throw single(located(JsonProblemCode.INVALID_ENCODING.at(pointer(parser)), parser, source));
      } catch (StackOverflowError e) {
        // Nesting raised beyond what the thread's stack holds (reading an extension's tree
        // recurses): the nesting limit, as a problem, never an Error.
        throw single(
            located(
                JsonProblemCode.LIMIT_EXCEEDED.at("", LIMIT_STACK, options.getMaxNestingDepth()),
                parser,
                source));
      } catch (NumberFormatException e) {
        // A backstop: dpa-json converts no number it does not bind (trees keep numbers as
        // written), and those it binds are integers.
        throw single(
            located(JsonProblemCode.INVALID_VALUE.at(pointer(parser), BAD_NUMBER), parser, source));
      }
    } catch (CharConversionException e) {
      // Raised while the parser detects the encoding, before any token.
      throw single(JsonProblemCode.INVALID_ENCODING.at("").atLocation(1, 1));
    } catch (IOException e) {
      // The input is in memory: an I/O exception here is malformed input, never a failed read.
      throw single(JsonProblemCode.SYNTAX.at("", UNEXPECTED_CHARACTER).atLocation(1, 1));
    }
  }

  private JsonParser parser(Object source) throws IOException {
    return source instanceof byte[]
        ? factory.createParser((byte[]) source)
        : factory.createParser((String) source);
  }

  /**
   * The encoding problem at an offset, with the pointer of the value that holds it: the source is
   * read up to there (the parser itself accepts some ill-formed sequences, such as overlong ones).
   */
  private Problem illFormed(Object source, int offset) {
    String pointer = "";
    try (JsonParser parser = parser(source)) {
      while (parser.nextToken() != null) {
        long start = TextInput.offset(source, parser.currentTokenLocation());
        if (start > offset) {
          break;
        }
        pointer = pointer(parser);
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
          // Decode the string now, so that a failure inside it stops here.
          parser.getText();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Stopped at or near the offset: the last pointer is the value that holds it.
    }
    long[] at = TextInput.position(source, offset);
    return JsonProblemCode.INVALID_ENCODING.at(pointer).atLocation(at[0], at[1]);
  }

  private static <T> T readWhole(Object source, JsonParser parser, ValueReader<T> valueReader)
      throws IOException {
    if (parser.nextToken() == null) {
      throw single(JsonProblemCode.EMPTY.at("").atLocation(1, 1));
    }
    T value = valueReader.read(parser);
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      // Jackson reads a string's characters lazily: finish it, so that a broken one is a syntax
      // problem here rather than trailing data below.
      parser.getText();
    }
    // Where the value ends: the trailing data is the first character after it that is not white
    // space. The parser's own place for it is the last token's when it cannot read that character
    // (a NUL, a comment).
    long end = TextInput.offset(source, parser.currentLocation());
    JsonToken trailing;
    try {
      trailing = parser.nextToken();
    } catch (JsonProcessingException e) {
      trailing = JsonToken.NOT_AVAILABLE;
    }
    if (trailing != null) {
      Problem problem = JsonProblemCode.TRAILING_DATA.at("");
      throw single(
          end < 0
              ? at(problem, source, parser.currentTokenLocation())
              : atOffset(problem, source, TextInput.firstNonWhiteSpace(source, end)));
    }
    return value;
  }

  private static String pointer(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  private static Problem located(Problem problem, JsonParser parser, Object source) {
    return at(problem, source, parser.currentLocation());
  }

  /** Locates a problem in code points (see {@link TextInput}), from the parser's offset. */
  static Problem at(Problem problem, Object source, JsonLocation location) {
    long offset = location == null ? -1 : TextInput.offset(source, location);
    if (offset < 0) {
      return location == null || location.getLineNr() < 1
          ? problem.atLocation(1, 1)
          : problem.atLocation(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
    return atOffset(problem, source, offset);
  }

  private static Problem atOffset(Problem problem, Object source, long offset) {
    long[] position = TextInput.position(source, TextInput.characterStart(source, offset));
    return problem.atLocation(position[0], position[1]);
  }

  private static final LocalizedText LIMIT_STACK =
      LocalizedText.of(
          "the nesting depth (too deep for the reading thread's stack)",
          "de nestingsdiepte (te diep voor de stack van de lezende thread)");
  private static final LocalizedText BAD_NUMBER =
      LocalizedText.of(
          "a number that cannot be represented (its exponent is too large)",
          "een getal dat niet kan worden weergegeven (de exponent is te groot)");
  private static final LocalizedText UNEXPECTED_END = ReadLimits.UNEXPECTED_END;
  private static final LocalizedText UNEXPECTED_CHARACTER = ReadLimits.UNEXPECTED_CHARACTER;

  /**
   * Turns a parser exception into a problem, never passing Jackson's message on. A duplicate key is
   * left without a location: the parser has moved past its name, which the caller locates.
   */
  private Problem translate(JsonProcessingException e, JsonParser parser, Object source) {
    String pointer = pointer(parser);
    String raw = String.valueOf(e.getOriginalMessage());
    Problem problem;
    if (e instanceof StreamConstraintsException) {
      JsonStreamContext context = parser.getParsingContext();
      problem =
          limit(
              raw,
              pointer,
              context.inObject() && context.hasCurrentName() ? Pointers.parent(pointer) : pointer);
    } else if (e instanceof JsonEOFException) {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_END);
    } else if (e instanceof TreeReader.DuplicateKey) {
      // From reading a tree: the parser is at the repeated name.
      return JsonProblemCode.DUPLICATE_KEY.at(
          pointer, Excerpt.of(((TreeReader.DuplicateKey) e).name()));
    } else if (raw.contains("Invalid UTF-8") || raw.contains("Invalid UTF8")) {
      problem = JsonProblemCode.INVALID_ENCODING.at(pointer);
    } else {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_CHARACTER);
    }
    if (parser.currentToken() == null
        && !parser.isClosed()
        && problem.getCode().equals(JsonProblemCode.SYNTAX.getCode())
        && !(e instanceof JsonEOFException)) {
      // Nothing read yet: the parser places a character that cannot start a JSON value (a second
      // byte order mark, a currency sign) after it; it is the first that is not white space. A
      // value that starts well and breaks later ("-x") is where the parser says.
      long first = TextInput.firstNonWhiteSpace(source, 0);
      if (!startsValue(source, first)) {
        return atOffset(problem, source, first);
      }
    }
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return located(problem, parser, source);
    }
    return problem.getCode().equals(JsonProblemCode.SYNTAX.getCode())
        ? atSyntax(problem, source, location)
        : at(problem, source, location);
  }

  /** Tells whether the character at an offset can start a JSON value (RFC 8259). */
  private static boolean startsValue(Object source, long offset) {
    int c = TextInput.codeUnit(source, offset);
    return c >= 0 && VALUE_STARTS.indexOf(c) >= 0;
  }

  /**
   * Locates a syntax problem. The parser places a control character that it meets where white space
   * may stand (a NUL after a comma) after it: a control character other than white space right
   * before its place is always the one it stopped at, since it is never allowed there.
   */
  private static Problem atSyntax(Problem problem, Object source, JsonLocation location) {
    long offset = TextInput.offset(source, location);
    int before = TextInput.codeUnit(source, offset - 1);
    if (before >= 0 && before < 0x20 && before != '\t' && before != '\n' && before != '\r') {
      return atOffset(problem, source, offset - 1);
    }
    return at(problem, source, location);
  }

  private static final String VALUE_STARTS = "{[\"-0123456789tfn";

  private Problem limit(String raw, String pointer, String objectPointer) {
    ReadLimits.Kind kind = ReadLimits.Kind.of(raw);
    switch (kind) {
      case DEPTH:
        return kind.at(pointer, options.getMaxNestingDepth());
      case NUMBER:
        return kind.at(pointer, options.getMaxNumberLength());
      case NAME:
        // The name is not read, so the context still holds the previous sibling's: the problem is
        // in the object, not at that sibling.
        return kind.at(objectPointer, options.getMaxNameLength());
      case STRING:
        return kind.at(pointer, options.getMaxStringLength());
      default:
        return kind.at(pointer, options.getMaxDocumentLength());
    }
  }

  private static DpaJsonException single(Problem problem) {
    List<Problem> problems = new ArrayList<>(1);
    problems.add(problem);
    return new DpaJsonException(problems);
  }
}
