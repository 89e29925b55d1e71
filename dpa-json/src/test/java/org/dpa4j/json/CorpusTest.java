package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dpa4j.model.DataProcessingAgreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus: public third-party DPAs encoded in {@code examples/agreements/corpus/},
 * each with its fact table in {@code docs/corpus/}, and the fact tables of the five seeds. Every
 * file reads and is canonical; every pointer of a fact table holds a value of the file (or is a
 * term the file marks blank); the table's "typed N of M" line is its own count; and at least 95 %
 * of the facts of each corpus document are typed.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("../examples/agreements/corpus");
  private static final Path SEEDS = Path.of("../examples/agreements");
  private static final Path TABLES = Path.of("../docs/corpus");
  private static final Pattern ROW = Pattern.compile("^\\| *\\d+ *\\|.*\\|\\s*$");
  private static final Pattern TYPED = Pattern.compile("typed (\\d+) of (\\d+)");
  private static final ObjectMapper TREES = new ObjectMapper();
  private final DpaJson json = DpaJson.standard();

  static Stream<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> seeds() {
    return Stream.of("hallo", "voip-express", "ipcall", "callvoip", "digiteam");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusDocumentReadsIsCanonicalAndItsFactTableHolds(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(name + ".json"));
    DataProcessingAgreement dpa = json.read(bytes);
    assertThat(json.write(dpa)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));

    Table table = Table.read(TABLES.resolve(name + ".md"));
    table.assertPointersHoldValuesOf(dpa, TREES.readTree(bytes));
    assertThat(table.toAdd).as("proposals not yet encoded").isEmpty();
    assertThat(table.typed * 100.0 / table.rows)
        .as("%s: typed %d of %d", name, table.typed, table.rows)
        .isGreaterThanOrEqualTo(95.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedFactTableHolds(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(SEEDS.resolve(name + ".json"));
    DataProcessingAgreement dpa = json.read(bytes);
    Table table = Table.read(TABLES.resolve("seed-" + name + ".md"));
    table.assertPointersHoldValuesOf(dpa, TREES.readTree(bytes));
    assertThat(table.toAdd).as("proposals not yet encoded").isEmpty();
  }

  /** A fact table: its rows' pointer cells and its own "typed N of M" line. */
  private static final class Table {
    final List<String> pointers = new ArrayList<>();
    final List<String> toAdd = new ArrayList<>();
    int rows;
    int typed;
    int statedTyped = -1;
    int statedRows = -1;

    static Table read(Path file) throws IOException {
      Table table = new Table();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher typed = TYPED.matcher(line);
        if (table.statedRows < 0 && !line.startsWith("|") && typed.find()) {
          table.statedTyped = Integer.parseInt(typed.group(1));
          table.statedRows = Integer.parseInt(typed.group(2));
        }
        if (!ROW.matcher(line).matches()) {
          continue;
        }
        String[] cells = line.trim().substring(1).split("\\|");
        String pointer = cells[cells.length - 1].trim().replace("`", "");
        table.rows++;
        if (pointer.startsWith("/")) {
          table.pointers.add(pointer);
          table.typed++;
        } else if (pointer.toLowerCase(java.util.Locale.ROOT).startsWith("to add")) {
          table.toAdd.add(pointer);
        } else {
          assertThat(pointer.toLowerCase(java.util.Locale.ROOT))
              .as("%s: a row's last cell is a pointer or 'untyped: reason'", file)
              .startsWith("untyped");
        }
      }
      assertThat(table.rows).as("%s has rows", file).isGreaterThan(50);
      assertThat(table.statedTyped).as("%s: its typed line", file).isEqualTo(table.typed);
      assertThat(table.statedRows).as("%s: its typed line", file).isEqualTo(table.rows);
      return table;
    }

    void assertPointersHoldValuesOf(DataProcessingAgreement dpa, JsonNode tree) {
      for (String pointer : pointers) {
        boolean present = !tree.at(pointer).isMissingNode();
        assertThat(present || dpa.blankAt(pointer).isPresent())
            .as("%s holds a value or is blank", pointer)
            .isTrue();
      }
    }
  }
}
