package org.dpa4j.json.core.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Writes model objects in canonical form to a {@link JsonSink}: properties sorted by name, empty
 * optional values and empty lists left out, extensions merged in at their level. The one walk of
 * the model that both Jackson modules write with. Thread-safe.
 */
public final class ModelWriter {
  /** The message of {@code json.invalid_value} for an extension value that is not JSON. */
  public static final LocalizedText BAD_EXTENSION =
      LocalizedText.of(
          "an extension value is not valid JSON", "een extensiewaarde is geen geldige JSON");

  private ModelWriter() {}

  /**
   * Refuses an agreement that could not be read back: one whose blanks or conditions name no term
   * of the model. Other types pass.
   *
   * @param type the model type
   * @param value the model object
   * @throws ProblemsException ({@code json.invalid_value}) at each pointer that names no term
   */
  public static void checkWritable(ObjectType type, Object value) {
    if (type.getType() == DataProcessingAgreement.class) {
      List<Problem> wrong = TermPointers.of((DataProcessingAgreement) value);
      if (!wrong.isEmpty()) {
        throw new ProblemsException(wrong);
      }
    }
  }

  /**
   * Writes a model object as a JSON object.
   *
   * @param type the model type
   * @param value the model object
   * @param first a property to put first (for {@code schemaVersion}), or {@code null}
   * @param firstValue its value
   * @param sink where to write
   * @throws IOException when the sink fails
   * @throws ProblemsException ({@code json.invalid_value}) when an extension value is not JSON;
   *     ({@code json.limit_exceeded}) when it is beyond a limit of {@link ReadLimits}, which the
   *     sink throws as a {@code ProblemsException}
   */
  public static void write(
      ObjectType type, Object value, String first, String firstValue, JsonSink sink)
      throws IOException {
    writeObject(type, value, new PathStack(), first, firstValue, sink);
  }

  private static void writeObject(
      ObjectType type, Object value, PathStack path, String first, String firstValue, JsonSink sink)
      throws IOException {
    sink.startObject();
    if (first != null) {
      sink.name(first);
      sink.string(firstValue);
    }
    Map<String, Object> extensions = type.extensions(value);
    if (extensions.isEmpty()) {
      // The attributes come sorted by name.
      for (Attribute attribute : type.getAttributes()) {
        attribute(attribute, attribute.get(value), path, sink);
      }
    } else {
      // Only extensions need sorting in among the attributes. An attribute of the same name wins
      // when it is written: the model's value is the one that is typed. So does the first property
      // (the schema version): an extension must not replace it.
      Map<String, Object> members = new TreeMap<>();
      for (Attribute attribute : type.getAttributes()) {
        if (isWritten(attribute, attribute.get(value))) {
          members.put(attribute.getName(), attribute);
        }
      }
      for (Map.Entry<String, Object> extension : extensions.entrySet()) {
        if (!members.containsKey(extension.getKey()) && !extension.getKey().equals(first)) {
          members.put(extension.getKey(), extension.getValue());
        }
      }
      for (Map.Entry<String, Object> member : members.entrySet()) {
        if (member.getValue() instanceof Attribute) {
          Attribute attribute = (Attribute) member.getValue();
          attribute(attribute, attribute.get(value), path, sink);
        } else {
          sink.name(member.getKey());
          extension((ExtensionValue) member.getValue(), path.pointer(member.getKey()), sink);
        }
      }
    }
    sink.endObject();
  }

  private static boolean isWritten(Attribute attribute, Object value) {
    switch (attribute.getCardinality()) {
      case OPTIONAL:
        return ((Optional<?>) value).isPresent();
      case LIST:
      case SET:
        return !((Collection<?>) value).isEmpty();
      default:
        return true;
    }
  }

  /** Writes an attribute's name and value, or nothing when the canonical form leaves it out. */
  private static void attribute(Attribute attribute, Object value, PathStack path, JsonSink sink)
      throws IOException {
    if (!isWritten(attribute, value)) {
      return;
    }
    sink.name(attribute.getName());
    path.push(attribute.getName());
    switch (attribute.getCardinality()) {
      case OPTIONAL:
        scalar(attribute.getValueType(), ((Optional<?>) value).get(), path, sink);
        break;
      case LIST:
      case SET:
        Collection<?> collection = (Collection<?>) value;
        sink.startArray(collection.size());
        int i = 0;
        for (Object element : collection) {
          path.push(i++);
          scalar(attribute.getValueType(), element, path, sink);
          path.pop();
        }
        sink.endArray();
        break;
      default:
        scalar(attribute.getValueType(), value, path, sink);
    }
    path.pop();
  }

  private static void scalar(ValueType type, Object value, PathStack path, JsonSink sink)
      throws IOException {
    switch (type.getKind()) {
      case OBJECT:
        writeObject(type.getObjectType(), value, path, null, null, sink);
        break;
      case BOOLEAN:
        sink.bool((Boolean) value);
        break;
      case INTEGER:
        sink.integer((Integer) value);
        break;
      case STRING:
        sink.string((String) value);
        break;
      default:
        sink.string(type.format(value));
    }
  }

  private static void extension(ExtensionValue value, String pointer, JsonSink sink)
      throws IOException {
    try {
      // One value and nothing after it: "1 2" or "{} []" would be written as their first value;
      // empty text has no value to write, and "name": with nothing after it is no JSON.
      sink.json(value.getJson());
    } catch (ProblemsException e) {
      // A value beyond a limit of the sink's reader: the limit it is, not "not valid JSON".
      List<Problem> under = new java.util.ArrayList<>();
      for (Problem problem : e.getProblems()) {
        under.add(problem.under(pointer));
      }
      throw new ProblemsException(under);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ProblemsException(
          List.of(JsonProblemCode.INVALID_VALUE.at(pointer, BAD_EXTENSION)));
    }
  }
}
