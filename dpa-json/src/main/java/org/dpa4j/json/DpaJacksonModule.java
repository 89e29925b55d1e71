package org.dpa4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.dpa4j.json.core.internal.Binder;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.ModelWriter;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.json.internal.DocumentReader;
import org.dpa4j.json.internal.ParserCursor;
import org.dpa4j.json.internal.TreeWriter;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * A Jackson module that reads and writes the dpa4j model in the same JSON form as {@link DpaJson},
 * for an {@code ObjectMapper} of your own.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
 * // or: new ObjectMapper().findAndRegisterModules(), which finds it through ServiceLoader
 * DataProcessingAgreement dpa = mapper.readValue(json, DataProcessingAgreement.class);
 * }</pre>
 *
 * <p>Binding is as strict as {@link DpaJson#standard()}; {@link #lenient()} reads as {@link
 * DpaJson#lenient()} does. A value that cannot be read or written is a {@link
 * DpaJsonMappingException}, a Jackson {@code JsonMappingException} with every problem (pointers
 * relative to the value read) and the {@link DpaJsonException} as its cause; a property given twice
 * in a model object, or a key given twice at any depth of an extension value, is {@code
 * json.duplicate_key} whatever your mapper allows. Documents of schema version 1 are upgraded as
 * {@link DpaJson} upgrades them.
 *
 * <p>Every problem has a line and column, placed where {@link DpaJson} places it; they are
 * Jackson's, so the column counts characters for text input and bytes for byte input, where {@link
 * DpaJson} counts code points. What your parser refuses inside the value is a problem as well
 * ({@code json.syntax}, {@code json.limit_exceeded} with your mapper's limit, {@code
 * json.invalid_encoding}, {@code json.duplicate_key} from {@code STRICT_DUPLICATE_DETECTION}), and
 * the limits of {@link DpaJsonOptions#defaults()} on nesting depth (counted from the value read),
 * string, number and name length apply on top of your mapper's, so that what is read can be
 * written. A string with an unpaired surrogate is {@code json.invalid_encoding} (also from a {@code
 * \u005Cud800} escape, which {@link DpaJson} reads). Not checked here: data after the value, which
 * Jackson 2 ignores unless {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} is on and then
 * reports as its own {@code MismatchedInputException} (it checks after this module has returned);
 * and overlong UTF-8 forms ({@code C0 AF} for {@code /}), which Jackson 2's byte parser decodes
 * silently, so they cannot be seen afterwards ({@link DpaJson} and the Jackson 3 module refuse
 * them). Use {@link DpaJson} to read untrusted input.
 */
public final class DpaJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = loadVersion();

  /** Whether unknown properties are kept as extensions. */
  private final boolean lenient;

  /**
   * Creates the module: strict, as {@link DpaJson#standard()} reads. The constructor ServiceLoader
   * uses.
   *
   * @throws org.dpa4j.model.DpaModelException as {@link DpaJson#standard()}, on first use
   */
  public DpaJacksonModule() {
    this(false);
  }

  private DpaJacksonModule(boolean lenient) {
    super("dpa4j", VERSION);
    this.lenient = lenient;
    // dpa-json's one-time initialisation, on a large stack (see DpaJson.standard()).
    DpaJson.standard();
    DocumentReader reader = new DocumentReader(DpaJsonOptions.defaults().withLenient(lenient));
    TreeWriter writer = new TreeWriter(reader);
    ModelMapping mapping = ModelMapping.get();
    for (ObjectType type : mapping.objectTypes()) {
      register(
          type.getType(), new ObjectSerializer(type, writer), new ObjectDeserializer(type, reader));
    }
    for (ValueType type : mapping.leafTypes()) {
      register(type.getJavaType(), new TextSerializer(type), new TextDeserializer(type));
    }
  }

  /**
   * Returns a module that reads as {@link DpaJson#lenient()} does: unknown properties are kept in
   * the {@code extensions} of the object where they occur (each number as written) and written back
   * unchanged; everything else is as strict as {@link #DpaJacksonModule()}.
   *
   * @return a lenient module
   * @throws org.dpa4j.model.DpaModelException as {@link DpaJson#standard()}, on first use
   */
  public static DpaJacksonModule lenient() {
    return new DpaJacksonModule(true);
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
      Class<?> type, JsonSerializer<?> serializer, JsonDeserializer<?> deserializer) {
    addSerializer((Class) type, (JsonSerializer) serializer);
    addDeserializer((Class) type, (JsonDeserializer) deserializer);
  }

  /** Returns the version of dpa-json, from the build. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = DpaJacksonModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", "0.0.0-unknown"), "org.dpa4j", "dpa-json");
  }

  private static final class ObjectSerializer extends JsonSerializer<Object> {
    private final ObjectType type;
    private final TreeWriter writer;

    ObjectSerializer(ObjectType type, TreeWriter writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      boolean root = type.getType() == DataProcessingAgreement.class;
      try {
        try {
          // As DpaJson.write: a blank or condition that names no term would not read back.
          ModelWriter.checkWritable(type, value);
        } catch (ProblemsException e) {
          throw new DpaJsonException(e.getProblems());
        }
        gen.writeTree(
            writer.write(
                type,
                value,
                root ? DocumentReader.SCHEMA_VERSION : null,
                root ? DataProcessingAgreement.SCHEMA_VERSION : null));
      } catch (DpaJsonException e) {
        throw DpaJsonMappingException.writing(gen, e);
      }
    }
  }

  private static final class ObjectDeserializer extends JsonDeserializer<Object> {
    private final ObjectType type;
    private final DocumentReader reader;

    ObjectDeserializer(ObjectType type, DocumentReader reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return reader.bind(type, parser);
      } catch (DpaJsonException e) {
        throw DpaJsonMappingException.reading(parser, e);
      }
    }
  }

  private static final class TextSerializer extends JsonSerializer<Object> {
    private final ValueType type;

    TextSerializer(ValueType type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(type.format(value));
    }
  }

  private static final class TextDeserializer extends JsonDeserializer<Object> {
    private final ValueType type;

    TextDeserializer(ValueType type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      try {
        return Binder.readText(type, new ParserCursor(parser, true));
      } catch (ProblemsException e) {
        throw DpaJsonMappingException.reading(parser, new DpaJsonException(e.getProblems()));
      }
    }
  }
}
