package org.dpa4j.json.core.internal;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.model.internal.ModelCalls;

/** The JSON shape of one value of the model: a scalar, a code, a text form, or an object. */
public final class ValueType {

  /** The kinds of value. */
  public enum Kind {
    /** A JSON string. */
    STRING,
    /** A JSON boolean. */
    BOOLEAN,
    /** A JSON integer in the range of {@code int}. */
    INTEGER,
    /** A string that is the code of an enum constant. */
    CODE,
    /** A string in the text form of a value type, read with its {@code parse} method. */
    TEXT,
    /** A JSON object of a model type. */
    OBJECT
  }

  private final Kind kind;
  private final Class<?> javaType;
  private final Map<String, Object> codes;
  private final ModelCalls.Unary parse;
  private ObjectType objectType;

  private ValueType(Kind kind, Class<?> javaType, Map<String, Object> codes, Method parse) {
    this.kind = kind;
    this.javaType = javaType;
    this.codes = codes;
    this.parse = parse == null ? null : ModelCalls.unary(parse);
  }

  static ValueType scalar(Kind kind, Class<?> javaType) {
    return new ValueType(kind, javaType, Map.of(), null);
  }

  static ValueType code(Class<?> enumType) {
    Map<String, Object> codes = new LinkedHashMap<>();
    for (Object constant : enumType.getEnumConstants()) {
      codes.put(((CodedEnum) constant).getCode(), constant);
    }
    return new ValueType(Kind.CODE, enumType, Collections.unmodifiableMap(codes), null);
  }

  static ValueType text(Class<?> type, Method parse) {
    return new ValueType(Kind.TEXT, type, Map.of(), parse);
  }

  static ValueType object(Class<?> type) {
    return new ValueType(Kind.OBJECT, type, Map.of(), null);
  }

  void resolve(ObjectType type) {
    this.objectType = type;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the Java type of the value.
   *
   * @return the type
   */
  public Class<?> getJavaType() {
    return javaType;
  }

  /**
   * Returns the constants by code, for {@link Kind#CODE}.
   *
   * @return the codes in declaration order
   */
  public Map<String, Object> getCodes() {
    return codes;
  }

  /**
   * Returns the object type, for {@link Kind#OBJECT}.
   *
   * @return the object type
   */
  public ObjectType getObjectType() {
    return objectType;
  }

  /**
   * Reads the value of a JSON string, for {@link Kind#STRING}, {@link Kind#CODE} and {@link
   * Kind#TEXT}.
   *
   * @param text the string
   * @return the value
   * @throws ProblemsException with one problem at pointer {@code ""}: an unknown code ({@link
   *     JsonProblemCode#UNKNOWN_CODE}) or a text the type does not accept ({@link
   *     JsonProblemCode#INVALID_VALUE})
   */
  public Object read(String text) {
    switch (kind) {
      case STRING:
        return text;
      case CODE:
        Object constant = codes.get(text);
        if (constant == null) {
          throw new ProblemsException(
              List.of(
                  JsonProblemCode.UNKNOWN_CODE.at(
                      "", Excerpt.of(text), String.join(", ", codes.keySet()))));
        }
        return constant;
      case TEXT:
        try {
          return parse.call(text);
        } catch (DpaModelException e) {
          Problem problem = e.getProblems().get(0);
          throw new ProblemsException(
              List.of(
                  JsonProblemCode.INVALID_VALUE.at(
                      "",
                      LocalizedText.of(
                          problem.getMessage(Locale.ENGLISH),
                          problem.getMessage(LocalizedText.DUTCH)))));
        }
      default:
        throw new IllegalStateException("not read from a string: " + kind);
    }
  }

  /**
   * Returns the text form written for a value, for {@link Kind#TEXT} and {@link Kind#CODE}.
   *
   * @param value the value
   * @return its text
   */
  public String format(Object value) {
    return kind == Kind.CODE ? ((CodedEnum) value).getCode() : value.toString();
  }
}
