package org.dpa4j.json.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.dpa4j.json.core.internal.Binder;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.ModelWriter;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.json.core.internal.UpgradingBinder;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.model.DataProcessingAgreement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes the dpa4j model in the same JSON form as dpa-json's
 * {@code DpaJson} and its Jackson 2 module, for a {@code JsonMapper} of your own: Spring Boot 4
 * registers it by itself when it is on the class path (as a {@code JacksonModule} bean or through
 * {@code findAndAddModules()}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DpaJackson3Module()).build();
 * // or: JsonMapper.builder().findAndAddModules().build(), which finds it through ServiceLoader
 * DataProcessingAgreement dpa = mapper.readValue(json, DataProcessingAgreement.class);
 * }</pre>
 *
 * <p>Binding is that of dpa-json's Jackson 2 module, through the same binder: strict (an unknown
 * property, {@code null}, {@code 7} for {@code "7"} and back are problems), every problem of a
 * value reported at once in a {@link DpaJackson3MappingException}, a Jackson {@code
 * DatabindException} with each problem's code, pointer (relative to the value read) and English and
 * Dutch message; a property given twice in a model object is {@code json.duplicate_key} whatever
 * your mapper allows, at any depth of an extension value too. Every problem has a line and column,
 * placed where dpa-json places it; they are Jackson's, so the column counts characters for text
 * input and bytes for byte input, where {@code DpaJson} counts code points. What your parser
 * refuses inside the value is a problem as well ({@code json.syntax}, {@code json.limit_exceeded}
 * with your mapper's limit, {@code json.invalid_encoding}, {@code json.duplicate_key} from {@code
 * STRICT_DUPLICATE_DETECTION}), and dpa-json's default limits on nesting depth (counted from the
 * value read), string, number and name length apply on top of your mapper's, so that what is read
 * can be written; a string with an unpaired surrogate (also from a {@code \u005Cud800} escape) is
 * {@code json.invalid_encoding}. Nothing is changed in your mapper's own settings. Data after the
 * value is refused by Jackson 3's default ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS})
 * after this module has returned, so it is Jackson's own {@code MismatchedInputException}, without
 * a problem code. Documents of schema version 1 are upgraded on the way in, as dpa-json upgrades
 * them, and problems in them point at the version 2 form. {@link #lenient()} keeps unknown
 * properties as extensions, as {@code DpaJson.lenient()} does. Writing refuses, as {@code
 * DpaJson.write} does, an agreement whose blanks or conditions name no term.
 */
public final class DpaJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = loadVersion();

  /** Whether unknown properties are kept as extensions. */
  private final boolean lenient;

  /**
   * Creates the module: strict, as {@code DpaJson.standard()} reads (an unknown property is {@code
   * json.unknown_property}). The constructor ServiceLoader and Spring Boot use.
   */
  public DpaJackson3Module() {
    this(false);
  }

  private DpaJackson3Module(boolean lenient) {
    super("dpa4j", VERSION);
    this.lenient = lenient;
    ModelMapping mapping = ModelMapping.get();
    for (ObjectType type : mapping.objectTypes()) {
      register(type.getType(), new ObjectSerializer(type), new ObjectDeserializer(type, lenient));
    }
    for (ValueType type : mapping.leafTypes()) {
      register(type.getJavaType(), new TextSerializer(type), new TextDeserializer(type));
    }
  }

  /**
   * Returns a module that reads as {@code DpaJson.lenient()} does: unknown properties are kept in
   * the {@code extensions} of the object where they occur (each number as written) and written back
   * unchanged; everything else is as strict as {@link #DpaJackson3Module()}.
   *
   * <pre>{@code
   * JsonMapper mapper = JsonMapper.builder().addModule(DpaJackson3Module.lenient()).build();
   * }</pre>
   *
   * @return a lenient module
   */
  public static DpaJackson3Module lenient() {
    return new DpaJackson3Module(true);
  }

  /**
   * Tells whether this module keeps unknown properties as extensions.
   *
   * @return true for {@link #lenient()}
   */
  public boolean isLenient() {
    return lenient;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void register(
      Class<?> type, ValueSerializer<?> serializer, ValueDeserializer<?> deserializer) {
    addSerializer((Class) type, (ValueSerializer) serializer);
    addDeserializer((Class) type, (ValueDeserializer) deserializer);
  }

  /** Returns the version of dpa-json-jackson3, from the build. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = DpaJackson3Module.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", "0.0.0-unknown"), "org.dpa4j", "dpa-json-jackson3");
  }

  private static final class ObjectSerializer extends ValueSerializer<Object> {
    private final ObjectType type;

    ObjectSerializer(ObjectType type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
      boolean root = type.getType() == DataProcessingAgreement.class;
      try {
        ModelWriter.checkWritable(type, value);
        ModelWriter.write(
            type,
            value,
            root ? Binder.SCHEMA_VERSION : null,
            root ? DataProcessingAgreement.SCHEMA_VERSION : null,
            new GeneratorSink(gen));
      } catch (ProblemsException e) {
        throw new DpaJackson3MappingException(gen, e);
      } catch (IOException e) {
        // The sink throws Jackson 3's unchecked exceptions only.
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class ObjectDeserializer extends ValueDeserializer<Object> {
    private final ObjectType type;
    private final boolean lenient;

    ObjectDeserializer(ObjectType type, boolean lenient) {
      this.type = type;
      this.lenient = lenient;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return UpgradingBinder.bindAll(type, new ParserCursor(parser), lenient);
      } catch (ProblemsException e) {
        throw new DpaJackson3MappingException(parser, e);
      } catch (IOException e) {
        // The cursor throws Jackson 3's unchecked exceptions only.
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class TextSerializer extends ValueSerializer<Object> {
    private final ValueType type;

    TextSerializer(ValueType type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(type.format(value));
    }
  }

  private static final class TextDeserializer extends ValueDeserializer<Object> {
    private final ValueType type;

    TextDeserializer(ValueType type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return Binder.readText(type, new ParserCursor(parser));
      } catch (ProblemsException e) {
        throw new DpaJackson3MappingException(parser, e);
      } catch (IOException e) {
        // The cursor throws Jackson 3's unchecked exceptions only.
        throw new UncheckedIOException(e);
      }
    }
  }
}
