package org.dpa4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import java.util.List;
import org.dpa4j.model.Problem;

/**
 * What {@link DpaJacksonModule} throws in a user's own {@code ObjectMapper}: a Jackson {@link
 * JsonMappingException} (so code that handles Jackson's exceptions handles it, and Jackson adds the
 * path from the root of the value being read), carrying the same {@link Problem problems} as the
 * {@link DpaJsonException} that {@link DpaJson} throws for the same document. That exception is its
 * cause.
 */
public final class DpaJsonMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems; a {@code List.copyOf} copy, which is serializable. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  private DpaJsonMappingException(Closeable processor, DpaJsonException cause) {
    super(processor, cause.getMessage(), cause);
    this.problems = cause.getProblems();
  }

  /**
   * Wraps the problems of a value that could not be read.
   *
   * @param parser the parser, for Jackson's location
   * @param cause the problems
   * @return the exception
   */
  static DpaJsonMappingException reading(JsonParser parser, DpaJsonException cause) {
    return new DpaJsonMappingException(parser, cause);
  }

  /**
   * Wraps the problems of a value that could not be written.
   *
   * @param generator the generator
   * @param cause the problems
   * @return the exception
   */
  static DpaJsonMappingException writing(JsonGenerator generator, DpaJsonException cause) {
    return new DpaJsonMappingException(generator, cause);
  }

  /**
   * Returns every problem found, in the order found, each with a stable code, a JSON Pointer
   * relative to the value the module read or wrote, and an English and Dutch message; a problem of
   * reading also has the line and column in the input (Jackson's: characters for text input, bytes
   * for byte input).
   *
   * @return the problems; never empty
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
