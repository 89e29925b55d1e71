package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.json.JsonProblemCode;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Reads a document into an agreement: hardened parsing into a tree, then binding that reports every
 * problem at once, with pointers, lines and columns. Immutable and thread-safe.
 */
public final class DocumentReader {
  /** The name of the root property that carries the format version. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  private final DpaJsonOptions options;
  private final JsonFactory factory;
  private final ObjectMapper mapper;

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
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Keep decimals as written in extensions: 1.50 stays 1.50.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /**
   * Returns the hardened mapper, for reading extension values back.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Reads a document.
   *
   * @param source the document as {@code byte[]} (UTF-8) or {@code String}
   * @return the agreement
   * @throws DpaJsonException listing every problem of the document
   */
  public DataProcessingAgreement read(Object source) {
    JsonNode tree = parse(source);
    Binder binder = new Binder(options.isLenient(), options.getMaxProblems());
    Object agreement = bindRoot(binder, tree);
    if (!binder.problems().isEmpty()) {
      throw new DpaJsonException(Locator.locate(factory, source, binder.problems()));
    }
    return (DataProcessingAgreement) agreement;
  }

  private static Object bindRoot(Binder binder, JsonNode tree) {
    Object agreement = null;
    if (!tree.isObject()) {
      binder.report(JsonProblemCode.WRONG_TYPE.at("", JsonTypes.OBJECT, JsonTypes.of(tree)));
    } else {
      JsonNode version = tree.get(SCHEMA_VERSION);
      if (version == null) {
        binder.report(JsonProblemCode.MISSING_PROPERTY.at("/" + SCHEMA_VERSION, SCHEMA_VERSION));
      } else if (!version.isTextual()
          || !DataProcessingAgreement.SCHEMA_VERSION.equals(version.textValue())) {
        binder.report(
            JsonProblemCode.SCHEMA_VERSION.at(
                "/" + SCHEMA_VERSION,
                Excerpt.of(version.isTextual() ? version.textValue() : version.toString()),
                DataProcessingAgreement.SCHEMA_VERSION));
      }
      agreement = binder.bind(ModelMapping.get().root(), tree, "", SCHEMA_VERSION);
    }
    return agreement;
  }

  /**
   * Binds a tree that a caller parsed, such as a Jackson deserializer, without line numbers.
   *
   * @param type the model type
   * @param tree the tree
   * @return the model object
   * @throws DpaJsonException listing every problem
   */
  public Object bind(ObjectType type, JsonNode tree) {
    // For the root the schema version is checked as in read().
    Binder binder = new Binder(options.isLenient(), options.getMaxProblems());
    Object value =
        type == ModelMapping.get().root()
            ? bindRoot(binder, tree)
            : binder.bind(type, tree, "", null);
    if (!binder.problems().isEmpty()) {
      throw new DpaJsonException(binder.problems());
    }
    return value;
  }

  /**
   * Parses a document into a tree with the hardening of this reader.
   *
   * @param source the document as {@code byte[]} or {@code String}
   * @return the tree
   * @throws DpaJsonException when it cannot be parsed
   */
  public JsonNode parseTree(Object source) {
    return parse(source);
  }

  /**
   * Adds locations to problems that point into a document.
   *
   * @param source the document
   * @param problems the problems
   * @return the located problems
   */
  public List<Problem> locate(Object source, List<Problem> problems) {
    return Locator.locate(factory, source, problems);
  }

  private JsonNode parse(Object source) {
    int length = source instanceof byte[] ? ((byte[]) source).length : ((String) source).length();
    if (length > options.getMaxDocumentLength()) {
      throw single(
          JsonProblemCode.LIMIT_EXCEEDED
              .at("", LIMIT_DOCUMENT, options.getMaxDocumentLength())
              .atLocation(1, 1));
    }
    try (JsonParser parser =
        source instanceof byte[]
            ? factory.createParser((byte[]) source)
            : factory.createParser((String) source)) {
      try {
        return readTree(parser);
      } catch (JsonProcessingException e) {
        throw single(translate(e, parser));
      } catch (CharConversionException e) {
        throw single(located(JsonProblemCode.INVALID_ENCODING.at(pointer(parser)), parser));
      } catch (NumberFormatException e) {
        // A number Jackson cannot represent, such as 1e912111111 as a BigDecimal.
        throw single(
            located(JsonProblemCode.INVALID_VALUE.at(pointer(parser), BAD_NUMBER), parser));
      }
    } catch (CharConversionException e) {
      // Raised while the parser detects the encoding, before any token: not UTF-8, -16 or -32.
      throw single(JsonProblemCode.INVALID_ENCODING.at("").atLocation(1, 1));
    } catch (IOException e) {
      // The input is in memory: an I/O exception here is malformed input, never a failed read.
      throw single(JsonProblemCode.SYNTAX.at("", UNEXPECTED_CHARACTER).atLocation(1, 1));
    }
  }

  private JsonNode readTree(JsonParser parser) throws IOException {
    JsonNode tree = mapper.readTree(parser);
    if (tree == null || tree.isMissingNode()) {
      throw single(JsonProblemCode.EMPTY.at("").atLocation(1, 1));
    }
    JsonToken trailing;
    try {
      trailing = parser.nextToken();
    } catch (JsonProcessingException e) {
      trailing = JsonToken.NOT_AVAILABLE;
    }
    if (trailing != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw single(
          JsonProblemCode.TRAILING_DATA.at("").atLocation(at.getLineNr(), at.getColumnNr()));
    }
    return tree;
  }

  private static String pointer(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  private static Problem located(Problem problem, JsonParser parser) {
    JsonLocation location = parser.currentLocation();
    return problem.atLocation(
        Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static final LocalizedText LIMIT_DOCUMENT =
      LocalizedText.of("the document length", "de lengte van het document");
  private static final LocalizedText LIMIT_DEPTH =
      LocalizedText.of("the nesting depth", "de nestingsdiepte");
  private static final LocalizedText LIMIT_STRING =
      LocalizedText.of("the length of a string", "de lengte van een tekst");
  private static final LocalizedText LIMIT_NUMBER =
      LocalizedText.of("the length of a number", "de lengte van een getal");
  private static final LocalizedText LIMIT_NAME =
      LocalizedText.of("the length of a property name", "de lengte van een eigenschapsnaam");
  private static final LocalizedText BAD_NUMBER =
      LocalizedText.of(
          "a number that cannot be represented (its exponent is too large)",
          "een getal dat niet kan worden weergegeven (de exponent is te groot)");
  private static final LocalizedText UNEXPECTED_END =
      LocalizedText.of("unexpected end of input", "onverwacht einde van de invoer");
  private static final LocalizedText UNEXPECTED_CHARACTER =
      LocalizedText.of("unexpected character", "onverwacht teken");

  /** Turns a parser exception into a problem, never passing Jackson's message on. */
  private Problem translate(JsonProcessingException e, JsonParser parser) {
    String pointer = pointer(parser);
    String raw = String.valueOf(e.getOriginalMessage());
    Problem problem;
    if (e instanceof StreamConstraintsException) {
      problem = limit(raw, pointer);
    } else if (e instanceof JsonEOFException) {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_END);
    } else if (e instanceof JsonParseException && raw.startsWith("Duplicate field '")) {
      String name = raw.substring("Duplicate field '".length(), raw.lastIndexOf('\''));
      problem = JsonProblemCode.DUPLICATE_KEY.at(pointer, Excerpt.of(name));
    } else if (raw.contains("Invalid UTF-8") || raw.contains("Invalid UTF8")) {
      problem = JsonProblemCode.INVALID_ENCODING.at(pointer);
    } else {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_CHARACTER);
    }
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? located(problem, parser)
        : problem.atLocation(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private Problem limit(String raw, String pointer) {
    if (raw.contains("nesting depth")) {
      return JsonProblemCode.LIMIT_EXCEEDED.at(pointer, LIMIT_DEPTH, options.getMaxNestingDepth());
    }
    if (raw.contains("Number value length") || raw.contains("number value length")) {
      return JsonProblemCode.LIMIT_EXCEEDED.at(pointer, LIMIT_NUMBER, options.getMaxNumberLength());
    }
    if (raw.contains("Name length") || raw.contains("name length")) {
      return JsonProblemCode.LIMIT_EXCEEDED.at(pointer, LIMIT_NAME, options.getMaxNameLength());
    }
    if (raw.contains("String value length") || raw.contains("string value length")) {
      return JsonProblemCode.LIMIT_EXCEEDED.at(pointer, LIMIT_STRING, options.getMaxStringLength());
    }
    return JsonProblemCode.LIMIT_EXCEEDED.at(
        pointer, LIMIT_DOCUMENT, options.getMaxDocumentLength());
  }

  private static DpaJsonException single(Problem problem) {
    List<Problem> problems = new ArrayList<>(1);
    problems.add(problem);
    return new DpaJsonException(problems);
  }
}
